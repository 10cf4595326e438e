/**
 * The board between two levels: today's levels (played, next, to come), whose turn it is, and
 * the trainer's way on: play the next level, pass it, or end the session.
 */
import { findLevel } from '../../core/level/catalogue';
import { currentLevelId, type SessionSnapshot } from '../../core/machines/session';
import { button, h } from '../dom';
import type { Screen, UiContext } from '../context';
import { teamBadge } from './teams';

export function boardScreen(ctx: UiContext, snap: SessionSnapshot): Screen {
  const { t, tx, workshop, catalogue } = ctx;
  const c = snap.context;
  const actor = workshop.running!.actor;
  const nextId = currentLevelId(c);
  const next = nextId ? findLevel(catalogue, nextId) : undefined;
  const done = new Set(c.played.map((p) => p.levelId));
  const passed = new Set(c.passed);
  const turnTeam = c.plan.teams[c.turn]!;

  const list = h(
    'ol',
    { class: 'board-levels' },
    ...c.plan.levels.map((id, i) => {
      const level = findLevel(catalogue, id);
      const state = done.has(id) ? 'done' : passed.has(id) ? 'passed' : i === c.levelIndex ? 'next' : 'later';
      return h(
        'li',
        { class: `board-level ${state}`, attrs: state === 'next' ? { 'aria-current': 'step' } : {} },
        h('span', { class: 'board-mark', attrs: { 'aria-hidden': 'true' } }, state === 'done' ? '✓' : state === 'passed' ? '–' : String(i + 1)),
        h('span', { class: 'board-title' }, level ? tx(level.title) : id),
        h('span', { class: 'board-state' }, t(`workshop.board.${state}`)),
      );
    }),
  );

  const nextCard = next
    ? h(
        'section',
        { class: 'board-next', attrs: { 'aria-labelledby': 'board-next-title' } },
        h('h2', { attrs: { id: 'board-next-title' } }, tx(next.title)),
        h('p', { class: 'goal' }, tx(next.goal)),
        h('p', { class: 'level-minutes' }, t('workshop.minutes', { n: workshop.minutes(next.id) })),
        c.plan.mode === 'turns' ? h('p', { class: 'board-turn' }, t('workshop.firstTurn'), ' ', teamBadge(turnTeam)) : null,
        h(
          'div',
          { class: 'actions' },
          button(t('workshop.play', { level: tx(next.title) }), () => actor.send({ type: 'level.start' }), {
            key: 'board-play',
            class: 'primary',
            attrs: { 'data-autofocus': true },
          }),
          button(t('workshop.passLevel'), () => actor.send({ type: 'level.pass' }), { key: 'board-pass', class: 'quiet' }),
        ),
      )
    : nextId
      ? // A level of the plan the catalogue no longer has (its file was removed): say so, and let it be passed.
        h(
          'section',
          { class: 'board-next' },
          h('p', { class: 'feedback wrong', attrs: { role: 'alert' } }, t('workshop.levelMissing', { id: nextId })),
          button(t('workshop.passLevel'), () => actor.send({ type: 'level.pass' }), { key: 'board-pass', attrs: { 'data-autofocus': true } }),
        )
      : h(
          'section',
          { class: 'board-next' },
          h('h2', {}, t('workshop.allPlayed')),
          button(t('workshop.end'), () => actor.send({ type: 'session.end' }), { key: 'board-end', class: 'primary', attrs: { 'data-autofocus': true } }),
        );

  const panel = h(
    'section',
    { class: 'screen workshop-board', attrs: { 'aria-labelledby': 'screen-title' } },
    h(
      'h1',
      { attrs: { id: 'screen-title', tabindex: -1 } },
      t('workshop.boardTitle', { n: Math.min(c.levelIndex + 1, c.plan.levels.length), of: c.plan.levels.length }),
    ),
    h('ul', { class: 'board-teams', attrs: { 'aria-label': t('workshop.teams') } }, ...c.plan.teams.map((team) => h('li', {}, teamBadge(team)))),
    nextCard,
    h('h2', { class: 'board-today' }, t('workshop.today')),
    list,
  );
  return { key: `workshop-board-${c.levelIndex}`, panel, overlay: [], world: { kind: 'title' }, layout: 'page' };
}
