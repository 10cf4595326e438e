/**
 * The live classroom on the big screen and in the trainer's panel: the lobby (code, QR code,
 * address, who joined by team), the live tally of a vote (bars and counts, no names), and the
 * trainer's controls for votes and the phones' self-check.
 */
import type { LevelActor } from '../../core/machines/level';
import type { OpenChoice } from '../../core/puzzle';
import { TEAM_COLOURS } from '../../core/workshop/plan';
import { puzzleKind } from '../../puzzles';
import { button, h } from '../dom';
import type { UiContext } from '../context';
import type { WorkshopController } from './controller';
import type { LiveRoomView } from './live';
import { onlyThisComputer, phoneAddress } from './liveRoom';
import { teamBadge } from './teams';

const REASON_FIELD = 'vote-reason';

/** The choice the players face on screen now, with where it is. */
export function choiceOnScreen(workshop: WorkshopController): { choice: OpenChoice; levelId: string; puzzleId: string } | null {
  const snap = workshop.snapshot();
  const level = snap?.children.level as LevelActor | undefined;
  const c = level?.getSnapshot().context;
  const puzzle = c?.level.puzzles.find((p) => p.id === c.activePuzzle);
  if (!c || !puzzle || !c.puzzleRef) return null;
  const choice = puzzleKind(puzzle.kind)?.openChoice(c.puzzleRef) ?? null;
  return choice && choice.options.length >= 2 ? { choice, levelId: c.level.id, puzzleId: puzzle.id } : null;
}

/** Opens a vote on the choice on screen: the team whose turn it is votes (every phone, all together). */
export function openVote(workshop: WorkshopController): boolean {
  const link = workshop.phones.link;
  const here = choiceOnScreen(workshop);
  const snap = workshop.snapshot();
  if (!link || !here || !snap || workshop.phones.vote?.result === null) return false;
  const voteId = `v${Date.now().toString(36)}`;
  const plan = snap.context.plan;
  const teams = plan.mode === 'turns' ? [plan.teams[snap.context.turn]!.id] : undefined;
  link.send('vote.open', { voteId, question: here.choice.question, options: here.choice.options, ...(teams ? { teams } : {}) });
  workshop.phones.vote = {
    voteId,
    key: here.choice.key,
    levelId: here.levelId,
    puzzleId: here.puzzleId,
    question: here.choice.question,
    options: here.choice.options,
    result: null,
  };
  workshop.changed();
  return true;
}

export function closeVote(workshop: WorkshopController): boolean {
  const vote = workshop.phones.vote;
  if (!vote || vote.result || !workshop.phones.link) return false;
  workshop.phones.link.send('vote.close', { voteId: vote.voteId });
  return true;
}

/** Plays the room's choice (or the trainer's, with the reason said to the class), and records the vote. */
function playChoice(ctx: UiContext, optionId: string): void {
  const { workshop } = ctx;
  const vote = workshop.phones.vote;
  const here = choiceOnScreen(workshop);
  if (!vote?.result || !here || here.choice.key !== vote.key) return;
  const reason = document.querySelector<HTMLInputElement>(`[data-key="${REASON_FIELD}"]`)?.value.trim().slice(0, 200) ?? '';
  workshop.running?.actor.send({
    type: 'live.vote',
    vote: {
      levelId: vote.levelId,
      puzzleId: vote.puzzleId,
      question: vote.question,
      options: vote.options,
      counts: vote.result.counts,
      majority: vote.result.choice,
      played: optionId,
      reason: optionId === vote.result.choice ? '' : reason,
    },
  });
  workshop.phones.vote = null;
  here.choice.play(optionId);
  workshop.changed();
}

function roomTeams(view: LiveRoomView | null, ctx: UiContext) {
  const plan = ctx.workshop.snapshot()?.context.plan;
  return (plan?.teams ?? []).map((team) => ({
    team,
    phones: Object.entries(view?.phones ?? {})
      .filter(([, p]) => p.team === team.id)
      .map(([seat, p]) => ({ seat, ...p })),
  }));
}

/** The lobby on the big screen: how to join, and who is here. */
export function lobbyDialog(ctx: UiContext): HTMLElement | null {
  const { t, workshop } = ctx;
  const phones = workshop.phones;
  if (!phones.lobbyOpen || phones.status === 'off') return null;
  const view = phones.link?.view() ?? null;
  const code = phones.link?.code ?? null;
  const teams = roomTeams(view, ctx);
  const count = Object.keys(view?.phones ?? {}).length;
  return h(
    'div',
    { class: 'lobby', attrs: { role: 'dialog', 'aria-modal': 'true', 'aria-labelledby': 'lobby-title' } },
    h('h2', { attrs: { id: 'lobby-title', tabindex: -1 } }, t('live.lobbyTitle')),
    phones.status === 'connecting'
      ? h('p', { attrs: { role: 'status' } }, t('live.connecting'))
      : code
        ? h(
            'div',
            { class: 'lobby-join' },
            phones.link!.qr(t('live.qr', { code })),
            h(
              'div',
              { class: 'lobby-how' },
              h('p', {}, t('live.goTo')),
              h('p', { class: 'lobby-address' }, phoneAddress().replace(/^https?:\/\//, '')),
              h('p', {}, t('live.typeCode')),
              h('p', { class: 'lobby-code', attrs: { 'aria-label': t('live.codeIs', { code: [...code].join(' ') }) } }, code),
              view?.locked ? h('p', { class: 'feedback wrong' }, t('live.locked')) : null,
              onlyThisComputer() ? h('p', { class: 'feedback wrong' }, t('live.loopback')) : null,
            ),
          )
        : null,
    h('p', { class: 'lobby-count', attrs: { role: 'status' } }, t('live.count', { n: count })),
    h(
      'ul',
      { class: 'lobby-teams' },
      ...teams.map(({ team, phones: list }) =>
        h(
          'li',
          { style: { '--team': TEAM_COLOURS[team.colour].hex } },
          teamBadge(team),
          h(
            'ul',
            { class: 'lobby-names' },
            ...list.map((p) =>
              h(
                'li',
                { class: p.connected ? 'here' : 'away' },
                h('span', { attrs: { 'aria-hidden': 'true' } }, p.connected ? '● ' : '○ '),
                p.name || '…',
                p.connected ? null : h('span', { class: 'visually-hidden' }, ` (${t('live.away')})`),
              ),
            ),
          ),
        ),
      ),
    ),
    button(
      t('live.hideLobby'),
      () => {
        workshop.phones.lobbyOpen = false;
        workshop.changed();
      },
      { key: 'lobby-close', attrs: { 'data-autofocus': true } },
    ),
  );
}

/** The vote on the big screen: the question, a bar and a count per choice, how many voted; never a name. */
export function tallyCard(ctx: UiContext): HTMLElement | null {
  const { t, tx, lang, workshop } = ctx;
  const vote = workshop.phones.vote;
  const view = workshop.phones.link?.view();
  if (!vote || !view || view.vote.id !== vote.voteId) return null;
  const total = view.vote.options.reduce((s, o) => s + o.count, 0);
  const max = Math.max(1, ...view.vote.options.map((o) => o.count));
  const colour = (() => {
    const teamId = view.vote.teams[0];
    const team = ctx.workshop.snapshot()?.context.plan.teams.find((x) => x.id === teamId);
    return team && view.vote.teams.length === 1 ? team : null;
  })();
  return h(
    'section',
    { class: 'tally', attrs: { 'aria-labelledby': 'tally-title' } },
    h('h2', { attrs: { id: 'tally-title' } }, view.vote.open ? t('live.voting') : t('live.voteClosed'), colour ? ' ' : null, colour ? teamBadge(colour) : null),
    h('p', { class: 'tally-question' }, tx(vote.question)),
    h(
      'ul',
      { class: 'tally-bars' },
      ...view.vote.options.map((o) =>
        h(
          'li',
          { class: vote.result?.choice === o.id ? 'winner' : '' },
          h('span', { class: 'tally-label' }, lang === 'en' ? o.en : o.fr),
          h('span', { class: 'tally-bar', attrs: { 'aria-hidden': 'true' } }, h('span', { style: { width: `${(100 * o.count) / max}%` } })),
          h('span', { class: 'tally-count' }, t('live.votes', { n: o.count })),
        ),
      ),
    ),
    h('p', { class: 'tally-total', attrs: { role: 'status' } }, t('live.voters', { n: total })),
  );
}

/** The trainer's controls for the phones, in the panel. */
export function phonesSection(ctx: UiContext): HTMLElement {
  const { t, tx, workshop } = ctx;
  const phones = workshop.phones;
  const view = phones.link?.view() ?? null;
  const here = choiceOnScreen(workshop);
  const vote = phones.vote;
  const status = phones.status;
  const body: (HTMLElement | null)[] = [];
  if (status !== 'on') {
    body.push(
      status === 'unreachable' || status === 'lost' ? h('p', { class: 'feedback wrong' }, t(`live.${status}`)) : null,
      button(status === 'connecting' ? t('live.connecting') : t('live.open'), () => void workshop.openPhones(), {
        key: 'phones-open',
        attrs: { disabled: status === 'connecting', 'aria-keyshortcuts': 'L' },
      }),
    );
  } else {
    body.push(
      h('p', {}, t('live.count', { n: Object.keys(view?.phones ?? {}).length }), ' · ', phones.link!.code),
      h(
        'div',
        { class: 'actions' },
        button(phones.lobbyOpen ? t('live.hideLobby') : t('live.showLobby'), () => void workshop.openPhones(), {
          key: 'phones-lobby',
          attrs: { 'aria-keyshortcuts': 'L' },
        }),
        button(view?.locked ? t('live.unlock') : t('live.lock'), () => phones.link?.send('lock', { locked: !view?.locked }), {
          key: 'phones-lock',
          attrs: { 'aria-pressed': String(!!view?.locked) },
        }),
      ),
    );
    if (!vote)
      body.push(
        button(t('live.openVote'), () => openVote(workshop), {
          key: 'vote-open',
          class: 'primary',
          attrs: { disabled: !here, 'aria-keyshortcuts': 'O' },
        }),
        here ? null : h('p', { class: 'hint-text' }, t('live.noChoice')),
      );
    else if (!vote.result)
      body.push(button(t('live.closeVote'), () => closeVote(workshop), { key: 'vote-close', class: 'primary', attrs: { 'aria-keyshortcuts': 'O' } }));
    else {
      const majority = vote.options.find((o) => o.id === vote.result?.choice);
      body.push(
        h('p', { attrs: { role: 'status' } }, majority ? t('live.majority', { choice: tx(majority.text) }) : t('live.tie')),
        majority ? button(t('live.play', { choice: tx(majority.text) }), () => playChoice(ctx, majority.id), { key: 'vote-play', class: 'primary' }) : null,
        h('label', { attrs: { for: REASON_FIELD } }, t('live.reason')),
        h('input', { key: REASON_FIELD, keep: true, attrs: { id: REASON_FIELD, type: 'text', maxlength: 120 } }),
        ...vote.options
          .filter((o) => o.id !== majority?.id)
          .map((o) => button(t('live.playOther', { choice: tx(o.text) }), () => playChoice(ctx, o.id), { key: `vote-other-${o.id}` })),
      );
    }
    const open = view?.selfCheck.open;
    body.push(
      h('h4', {}, t('live.selfCheckTitle')),
      open
        ? h(
            'div',
            { class: 'actions' },
            h('p', { attrs: { role: 'status' } }, t('live.answered', { n: view?.selfCheck.answered ?? 0 })),
            button(t('live.selfCheckClose'), () => phones.link?.send('selfCheck.close', {}), { key: 'selfcheck-close' }),
          )
        : h(
            'div',
            { class: 'actions' },
            ...(['before', 'after'] as const).map((when) =>
              button(t(`live.selfCheck.${when}`), () => phones.link?.send('selfCheck.open', { when }), { key: `selfcheck-${when}` }),
            ),
          ),
      button(t('live.closeRoom'), () => window.confirm(t('live.confirmClose')) && workshop.closePhones(), { key: 'phones-close', class: 'quiet' }),
    );
  }
  return h(
    'section',
    { class: 'trainer-phones', attrs: { 'aria-labelledby': 'trainer-phones-title' } },
    h('h3', { attrs: { id: 'trainer-phones-title' } }, t('live.title')),
    ...body,
  );
}

/** The room's self-check in the report: per question, how many phones gave each value, before and after. */
export function roomSelfCheckTable(
  ctx: UiContext,
  spread: { before?: { spread: number[][]; answered: number }; after?: { spread: number[][]; answered: number } },
): HTMLElement | null {
  const { t } = ctx;
  if (!spread.before && !spread.after) return null;
  const row = (when: 'before' | 'after', q: number) => {
    const s = spread[when];
    return h('td', {}, s ? s.spread[q]!.map((n, i) => `${i + 1}: ${n}`).join(' · ') : '—');
  };
  return h(
    'table',
    { class: 'teams-table room-self-check' },
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { attrs: { scope: 'col' } }, ''),
        h('th', { attrs: { scope: 'col' } }, `${t('report.before')} (${spread.before?.answered ?? 0})`),
        h('th', { attrs: { scope: 'col' } }, `${t('report.after')} (${spread.after?.answered ?? 0})`),
      ),
    ),
    h('tbody', {}, ...[0, 1, 2].map((q) => h('tr', {}, h('th', { attrs: { scope: 'row' } }, t(`selfCheck.q${q + 1}`)), row('before', q), row('after', q)))),
  );
}
