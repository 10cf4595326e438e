/**
 * What the trainer steers with, on keys and in a panel the players do not see unless the
 * trainer opens it: pause (the screen is covered, every timer stands still), hint, reveal,
 * skip, next team, points with a reason, the scores shown or hidden, a message on the big
 * screen, the end of the session. `?` lists the keys; no key acts while a field is being typed in.
 */
import { findLevel } from '../../core/level/catalogue';
import { currentLevelId, MESSAGE_MAX, POINTS_MAX, REASON_MAX, type SessionActor, type SessionSnapshot } from '../../core/machines/session';
import type { LevelActor } from '../../core/machines/level';
import { TEAM_COLOURS } from '../../core/workshop/plan';
import { choiceOptions, type SessionReport } from '../../core/workshop/report';
import { button, h } from '../dom';
import type { UiContext } from '../context';
import type { WorkshopController } from './controller';
import { teamBadge } from './teams';
import { closeVote, lobbyDialog, openVote, phonesSection, tallyCard } from './phones';
import './workshop.css';

/** The trainer's keys, in the order the key list shows them. */
export const TRAINER_KEYS = [
  { key: 'p', action: 'pause' },
  { key: 'h', action: 'hint' },
  { key: 'r', action: 'reveal' },
  { key: 's', action: 'skip' },
  { key: 'n', action: 'nextTeam' },
  { key: 'v', action: 'scores' },
  { key: 'a', action: 'message' },
  { key: 'l', action: 'phones' },
  { key: 'o', action: 'vote' },
  { key: 't', action: 'panel' },
  { key: 'e', action: 'end' },
  { key: '?', action: 'help' },
] as const;
export type TrainerAction = (typeof TRAINER_KEYS)[number]['action'];

const MESSAGE_FIELD = 'trainer-message';
const REASON_FIELD = 'trainer-reason';

/** Is the player typing (a text field, a list, an editable area)? Then letters are words, not keys. */
export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return target instanceof HTMLInputElement && !['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color'].includes(target.type);
}

/** Does what a trainer's key or button says; false when it does not apply now. */
export function trainerAction(workshop: WorkshopController, action: TrainerAction, confirmEnd: () => boolean): boolean {
  const actor = workshop.running?.actor;
  const snap = actor?.getSnapshot();
  if (!actor || !snap || snap.status !== 'active') return false;
  const paused = snap.matches({ level: 'paused' });
  switch (action) {
    case 'pause':
      if (!snap.matches('level')) return false;
      actor.send({ type: paused ? 'session.resume' : 'session.pause' });
      return true;
    case 'hint':
      actor.send({ type: 'trainer.hint' });
      return snap.matches({ level: 'playing' });
    case 'reveal':
      actor.send({ type: 'trainer.reveal' });
      return snap.matches({ level: 'playing' });
    case 'skip':
      actor.send({ type: 'trainer.skip' });
      return snap.matches({ level: 'playing' });
    case 'nextTeam':
      actor.send({ type: 'turn.next' });
      return snap.matches({ level: 'playing' }) && snap.context.plan.mode === 'turns';
    case 'scores':
      actor.send({ type: 'scores.toggle' });
      return true;
    case 'message':
      workshop.panelOpen = true;
      workshop.changed();
      setTimeout(() => document.querySelector<HTMLElement>(`[data-key="${MESSAGE_FIELD}"]`)?.focus());
      return true;
    case 'panel':
      workshop.panelOpen = !workshop.panelOpen;
      workshop.changed();
      return true;
    case 'phones':
      void workshop.openPhones();
      return true;
    case 'vote':
      return workshop.phones.vote && !workshop.phones.vote.result ? closeVote(workshop) : openVote(workshop);
    case 'end':
      if (!confirmEnd()) return false;
      actor.send({ type: 'session.end' });
      // The room closes with the session: nothing about the learners is kept.
      if (workshop.phones.status !== 'off') workshop.closePhones();
      return true;
    case 'help':
      workshop.helpOpen = !workshop.helpOpen;
      workshop.changed();
      return true;
  }
}

/** The trainer's keys on the whole page, while a session runs. */
export function installTrainerKeys(doc: Document, workshop: WorkshopController, confirmEnd: () => boolean): void {
  doc.addEventListener(
    'keydown',
    (ev) => {
      if (!workshop.running || workshop.running.actor.getSnapshot().status !== 'active') return;
      if (ev.ctrlKey || ev.metaKey || ev.altKey || isTyping(ev.target)) return;
      if (ev.key === 'Escape' && (workshop.helpOpen || workshop.panelOpen)) {
        workshop.helpOpen = false;
        workshop.panelOpen = false;
        workshop.changed();
        ev.preventDefault();
        ev.stopImmediatePropagation();
        return;
      }
      const entry = TRAINER_KEYS.find((k) => k.key === ev.key.toLowerCase());
      if (!entry) return;
      // The key is the trainer's even when it does nothing now: a learner's control under the focus never gets it.
      ev.preventDefault();
      ev.stopImmediatePropagation();
      trainerAction(workshop, entry.action, confirmEnd);
    },
    { capture: true },
  );
}

function keyCap(key: string): HTMLElement {
  return h('kbd', { class: 'keycap' }, key.toUpperCase());
}

/** The team playing now, or "all teams": the first thing a class reads on the big screen. */
export function turnBanner(ctx: UiContext, snap: SessionSnapshot): HTMLElement {
  const { t } = ctx;
  const c = snap.context;
  if (c.plan.mode === 'together')
    return h(
      'p',
      { class: 'turn-banner together', attrs: { role: 'status' } },
      t('workshop.together'),
      ...c.plan.teams.map((team) => teamBadge(team, { nameless: true })),
    );
  const team = c.plan.teams[c.turn]!;
  return h(
    'p',
    { class: 'turn-banner', attrs: { role: 'status' }, style: { '--team': TEAM_COLOURS[team.colour].hex } },
    t('workshop.yourTurn'),
    ' ',
    teamBadge(team),
  );
}

function scoreboard(ctx: UiContext, snap: SessionSnapshot, report: SessionReport): HTMLElement {
  const { t } = ctx;
  return h(
    'section',
    { class: 'scoreboard', attrs: { 'aria-label': t('workshop.scores') } },
    h(
      'ol',
      {},
      ...snap.context.plan.teams.map((team) => {
        const r = report.teams.find((x) => x.id === team.id)!;
        return h(
          'li',
          { class: snap.context.plan.mode === 'turns' && snap.context.plan.teams[snap.context.turn]?.id === team.id ? 'playing' : '' },
          teamBadge(team),
          h('span', { class: 'score' }, t('workshop.score', { n: r.score })),
          h('span', { class: 'team-stars', attrs: { 'aria-label': t('workshop.stars', { n: r.stars }) } }, `★ ${r.stars}`),
        );
      }),
    ),
  );
}

function controls(ctx: UiContext, snap: SessionSnapshot): HTMLElement {
  const { t, workshop } = ctx;
  const playing = snap.matches({ level: 'playing' });
  const inLevel = snap.matches('level');
  const paused = snap.matches({ level: 'paused' });
  const act = (action: TrainerAction) => () => trainerAction(workshop, action, () => window.confirm(t('workshop.confirmEnd')));
  const control = (action: TrainerAction, label: string, enabled: boolean, pressed?: boolean) =>
    h(
      'button',
      {
        key: `trainer-${action}`,
        class: 'trainer-control',
        attrs: {
          type: 'button',
          disabled: !enabled,
          'aria-pressed': pressed === undefined ? undefined : String(pressed),
          'aria-keyshortcuts': TRAINER_KEYS.find((k) => k.action === action)!.key.toUpperCase(),
        },
        on: { click: act(action) },
      },
      keyCap(TRAINER_KEYS.find((k) => k.action === action)!.key),
      h('span', {}, label),
    );
  return h(
    'div',
    { class: 'trainer-controls' },
    control('pause', paused ? t('workshop.key.resume') : t('workshop.key.pause'), inLevel, paused),
    control('hint', t('workshop.key.hint'), playing),
    control('reveal', t('workshop.key.reveal'), playing),
    control('skip', t('workshop.key.skip'), playing),
    snap.context.plan.mode === 'turns' ? control('nextTeam', t('workshop.key.nextTeam'), playing) : null,
    control('scores', snap.context.scoresShown ? t('workshop.key.hideScores') : t('workshop.key.showScores'), true, snap.context.scoresShown),
    control('help', t('workshop.key.help'), true),
    control('end', t('workshop.key.end'), true),
  );
}

function pointsSection(ctx: UiContext, actor: SessionActor, snap: SessionSnapshot, report: SessionReport): HTMLElement {
  const { t } = ctx;
  const reason = () => document.querySelector<HTMLInputElement>(`[data-key="${REASON_FIELD}"]`)?.value.trim() ?? '';
  const give = (teamId: string, delta: number) => actor.send({ type: 'points.add', teamId, delta, reason: reason().slice(0, REASON_MAX) });
  return h(
    'section',
    { class: 'trainer-points', attrs: { 'aria-labelledby': 'trainer-points-title' } },
    h('h3', { attrs: { id: 'trainer-points-title' } }, t('workshop.pointsTitle')),
    h('label', { attrs: { for: REASON_FIELD } }, t('workshop.reason')),
    h('input', {
      key: REASON_FIELD,
      keep: true,
      attrs: { id: REASON_FIELD, type: 'text', maxlength: REASON_MAX, list: 'trainer-reasons', placeholder: t('workshop.reasonExample') },
    }),
    h(
      'datalist',
      { attrs: { id: 'trainer-reasons' } },
      ...['teamwork', 'idea', 'fairPlay', 'noise'].map((r) => h('option', { attrs: { value: t(`workshop.reasons.${r}`) } })),
    ),
    h(
      'ul',
      { class: 'points-list' },
      ...snap.context.plan.teams.map((team) => {
        const score = report.teams.find((x) => x.id === team.id)!.score;
        return h(
          'li',
          {},
          teamBadge(team),
          h('span', { class: 'score' }, t('workshop.score', { n: score })),
          button('−1', () => give(team.id, -1), { key: `points-minus-${team.id}`, attrs: { 'aria-label': t('workshop.minusOne', { name: team.name }) } }),
          button('+1', () => give(team.id, 1), { key: `points-plus-${team.id}`, attrs: { 'aria-label': t('workshop.plusOne', { name: team.name }) } }),
        );
      }),
    ),
    h('p', { class: 'hint-text' }, t('workshop.pointsHelp', { max: POINTS_MAX })),
  );
}

function messageSection(ctx: UiContext, actor: SessionActor, snap: SessionSnapshot): HTMLElement {
  const { t } = ctx;
  const field = () => document.querySelector<HTMLInputElement>(`[data-key="${MESSAGE_FIELD}"]`);
  return h(
    'section',
    { class: 'trainer-message', attrs: { 'aria-labelledby': 'trainer-message-title' } },
    h('h3', { attrs: { id: 'trainer-message-title' } }, h('label', { attrs: { for: MESSAGE_FIELD } }, t('workshop.messageTitle'))),
    h(
      'form',
      {
        on: {
          submit: (ev) => {
            ev.preventDefault();
            actor.send({ type: 'message.show', text: field()?.value ?? '' });
          },
        },
      },
      h('input', {
        key: MESSAGE_FIELD,
        keep: true,
        attrs: { id: MESSAGE_FIELD, type: 'text', maxlength: MESSAGE_MAX, placeholder: t('workshop.messageExample') },
      }),
      h('button', { key: 'message-show', attrs: { type: 'submit' } }, t('workshop.messageShow')),
      snap.context.message ? button(t('workshop.messageClear'), () => actor.send({ type: 'message.clear' }), { key: 'message-clear' }) : null,
    ),
  );
}

/** Together: for the puzzle on screen (or the one just done), what each team found and chose. */
function answersSection(ctx: UiContext, actor: SessionActor, snap: SessionSnapshot): HTMLElement | null {
  const { t, tx, catalogue } = ctx;
  const c = snap.context;
  if (c.plan.mode !== 'together') return null;
  const levelId = snap.matches('level') ? currentLevelId(c) : (c.played.at(-1)?.levelId ?? null);
  const level = levelId ? findLevel(catalogue, levelId) : undefined;
  const lsnap = (snap.children.level as LevelActor | undefined)?.getSnapshot();
  const puzzleId =
    lsnap?.context.activePuzzle ?? lsnap?.context.results.at(-1)?.puzzleId ?? c.tallies.find((x) => x.levelId === levelId)?.puzzles.at(-1)?.puzzleId;
  const puzzle = level?.puzzles.find((p) => p.id === puzzleId);
  if (!level || !puzzle) return null;
  const options = choiceOptions(puzzle);
  return h(
    'section',
    { class: 'trainer-answers', attrs: { 'aria-labelledby': 'trainer-answers-title' } },
    h('h3', { attrs: { id: 'trainer-answers-title' } }, t('workshop.answersTitle', { puzzle: tx(puzzle.title) })),
    h(
      'ul',
      {},
      ...c.plan.teams.map((team) => {
        const noted = c.answers.find((a) => a.levelId === level.id && a.puzzleId === puzzle.id && a.teamId === team.id);
        const record = (found: boolean | null, choice: string | null) =>
          actor.send({ type: 'answer.record', puzzleId: puzzle.id, teamId: team.id, found, choice });
        const found = noted?.found ?? null;
        return h(
          'li',
          {},
          teamBadge(team),
          button('✓', () => record(found === true ? null : true, noted?.choice ?? null), {
            key: `found-${team.id}`,
            attrs: { 'aria-pressed': String(found === true), 'aria-label': t('workshop.found', { name: team.name }) },
          }),
          button('✗', () => record(found === false ? null : false, noted?.choice ?? null), {
            key: `missed-${team.id}`,
            attrs: { 'aria-pressed': String(found === false), 'aria-label': t('workshop.missed', { name: team.name }) },
          }),
          options.length
            ? h(
                'select',
                {
                  key: `choice-${team.id}`,
                  attrs: { 'aria-label': t('workshop.teamChoice', { name: team.name }) },
                  on: { change: (ev) => record(found, (ev.target as HTMLSelectElement).value || null) },
                },
                h('option', { attrs: { value: '', selected: !noted?.choice } }, t('workshop.sameAsClass')),
                ...options.map((o) => h('option', { attrs: { value: o.choice, selected: noted?.choice === o.choice } }, tx(o.text))),
              )
            : null,
        );
      }),
    ),
    h('p', { class: 'hint-text' }, t('workshop.answersHelp')),
  );
}

function settingsSection(ctx: UiContext, actor: SessionActor, snap: SessionSnapshot): HTMLElement {
  const { t, state, store } = ctx;
  const s = state.settings;
  const timer = snap.context.plan.timer;
  return h(
    'section',
    { class: 'trainer-settings', attrs: { 'aria-labelledby': 'trainer-settings-title' } },
    h('h3', { attrs: { id: 'trainer-settings-title' } }, t('workshop.settingsTitle')),
    h(
      'div',
      { class: 'actions' },
      button(t('workshop.timerNext'), () => actor.send({ type: 'timer.set', on: !timer }), { key: 'session-timer', attrs: { 'aria-pressed': String(timer) } }),
      button(t('settings.projector'), () => store.getState().setProjector(!s.projector), { key: 'projector', attrs: { 'aria-pressed': String(s.projector) } }),
    ),
  );
}

function helpDialog(ctx: UiContext): HTMLElement {
  const { t, workshop } = ctx;
  return h(
    'div',
    { class: 'trainer-help', attrs: { role: 'dialog', 'aria-modal': 'true', 'aria-labelledby': 'trainer-help-title' } },
    h('h2', { attrs: { id: 'trainer-help-title', tabindex: -1 } }, t('workshop.keysTitle')),
    h('dl', { class: 'key-list' }, ...TRAINER_KEYS.flatMap((k) => [h('dt', {}, keyCap(k.key)), h('dd', {}, t(`workshop.keyHelp.${k.action}`))])),
    h('p', { class: 'hint-text' }, t('workshop.keysNote')),
    button(
      t('level.close'),
      () => {
        workshop.helpOpen = false;
        workshop.changed();
      },
      { key: 'help-close', attrs: { 'data-autofocus': true } },
    ),
  );
}

/** The session running on the big screen, when the workshop's screen is up. */
function runningSession(ctx: UiContext): SessionSnapshot | null {
  const snap = ctx.workshop.snapshot();
  return snap && snap.status === 'active' && ctx.journeySnapshot.value === 'workshop' ? snap : null;
}

/**
 * Above the game, in the page's flow (it covers nothing): the trainer's message to the class,
 * and the scores when the trainer shows them.
 */
export function classStrip(ctx: UiContext): HTMLElement | null {
  const snap = runningSession(ctx);
  if (!snap || (!snap.context.scoresShown && !snap.context.message && !ctx.workshop.phones.vote)) return null;
  return h(
    'div',
    { class: 'class-strip' },
    snap.context.message ? h('p', { class: 'big-message', attrs: { role: 'status' } }, snap.context.message) : null,
    snap.context.scoresShown ? scoreboard(ctx, snap, ctx.workshop.report()!) : null,
    tallyCard(ctx),
  );
}

/** The trainer's panel's switch, in the top bar while a session runs. */
export function trainerToggle(ctx: UiContext): HTMLElement | null {
  if (!runningSession(ctx)) return null;
  return button(ctx.t('workshop.trainer'), () => trainerAction(ctx.workshop, 'panel', () => false), {
    key: 'trainer-toggle',
    class: 'trainer-toggle',
    attrs: { 'aria-expanded': String(ctx.workshop.panelOpen), 'aria-controls': 'trainer-panel', 'aria-keyshortcuts': 'T' },
  });
}

/** Over the game while a session runs: the pause curtain, the trainer's panel and the key list. */
export function trainerLayer(ctx: UiContext): HTMLElement | null {
  const { t, workshop } = ctx;
  const w = workshop.running;
  const snap = runningSession(ctx);
  if (!w || !snap) return null;
  const paused = snap.matches({ level: 'paused' });
  return h(
    'div',
    { class: 'trainer-layer' },
    paused
      ? h(
          'div',
          { class: 'pause-curtain', attrs: { role: 'dialog', 'aria-modal': 'true', 'aria-labelledby': 'pause-title' } },
          h('h2', { attrs: { id: 'pause-title', tabindex: -1 } }, t('workshop.pauseTitle')),
          h('p', {}, t('workshop.pauseText')),
          button(t('workshop.key.resume'), () => w.actor.send({ type: 'session.resume' }), { key: 'pause-resume', class: 'primary' }),
        )
      : null,
    workshop.panelOpen
      ? h(
          'aside',
          { class: 'trainer-panel', attrs: { id: 'trainer-panel', 'aria-labelledby': 'trainer-panel-title' } },
          h(
            'div',
            { class: 'trainer-panel-head' },
            h('h2', { attrs: { id: 'trainer-panel-title' } }, t('workshop.panelTitle')),
            // The panel covers the top bar's switch on a small screen: it closes from inside too.
            button('×', () => trainerAction(workshop, 'panel', () => false), { key: 'trainer-close', attrs: { 'aria-label': t('workshop.closePanel') } }),
          ),
          controls(ctx, snap),
          phonesSection(ctx),
          answersSection(ctx, w.actor, snap),
          pointsSection(ctx, w.actor, snap, workshop.report()!),
          messageSection(ctx, w.actor, snap),
          settingsSection(ctx, w.actor, snap),
        )
      : null,
    lobbyDialog(ctx),
    workshop.helpOpen ? helpDialog(ctx) : null,
  );
}
