import type { SnapshotFrom } from 'xstate';
import { levelResult } from '../../core/journey';
import { roomOutcome, type levelMachine } from '../../core/machines/level';
import { button, h } from '../dom';
import type { UiContext } from '../context';
import { readable } from '../readAloud';
import { glossaryList, glossed, wordsOfLevel } from '../glossary';

export function starsText(n: number): string {
  return '★'.repeat(n) + '☆'.repeat(3 - n);
}

/** After each level: what you did, the competences, a question to discuss, a story. */
export function debriefView(ctx: UiContext, snap: SnapshotFrom<typeof levelMachine>, close: () => void, closeLabel = ctx.t('debrief.back')): HTMLElement {
  const { t, tx } = ctx;
  const { level, results } = snap.context;
  const result = levelResult(level, roomOutcome(snap.context), results);
  const story = level.debrief.story;
  const words = wordsOfLevel(ctx.catalogue.glossary ?? [], level, ctx.lang);
  return h(
    'section',
    { class: 'debrief', attrs: { 'aria-labelledby': 'debrief-title' } },
    h('h3', { attrs: { id: 'debrief-title', tabindex: -1, 'data-autofocus': true } }, t('debrief.title')),
    h(
      'p',
      // An image of stars, named in words (a <p> alone may not carry a name).
      { class: 'stars', attrs: { role: 'img', 'aria-label': t('debrief.stars', { n: result.stars }) } },
      h('span', { attrs: { 'aria-hidden': 'true' } }, starsText(result.stars)),
    ),
    h('h4', {}, t('debrief.did')),
    readable(ctx, t('read.summary'), tx(level.debrief.summary), 'debrief-summary', h('p', {}, ...glossed(ctx, tx(level.debrief.summary), 'debrief-summary'))),
    h('h4', {}, t('debrief.competences')),
    h(
      'ul',
      { class: 'competences' },
      ...level.competences.map((id) => {
        const points = result.points[id] ?? 0;
        // A competence worked on without points is still named, but never as "+0 pt".
        const earned = points > 0 ? t('debrief.points', { n: points }) : t('debrief.noPoints');
        return h('li', {}, h('span', {}, t(`comp.${id}`)), h('span', { class: points > 0 ? 'points' : 'points none' }, earned));
      }),
    ),
    h('h4', {}, t('debrief.reflection')),
    readable(
      ctx,
      t('read.reflection'),
      tx(level.debrief.reflection),
      'debrief-reflection',
      h('p', { class: 'reflection' }, ...glossed(ctx, tx(level.debrief.reflection), 'debrief-reflection')),
    ),
    h(
      'aside',
      { class: 'story card', attrs: { 'aria-label': t('debrief.story') } },
      h('p', { class: 'story-kicker' }, t('debrief.story')),
      h('p', { class: 'story-name' }, h('strong', {}, story.name), ` · ${tx(story.business)}`),
      readable(
        ctx,
        t('read.story'),
        `${story.name}, ${tx(story.business)}.\n${tx(story.text)}`,
        'debrief-story',
        h('p', {}, ...glossed(ctx, tx(story.text), 'debrief-story')),
      ),
    ),
    // The words met in this level, to look at again together (the trainer's glossary of the day).
    words.length ? h('h4', {}, t('glossary.met')) : null,
    words.length ? glossaryList(ctx, words, 'debrief-words') : null,
    level.badge ? h('p', { class: 'badge' }, t('debrief.badge', { badge: tx(level.badge.label) })) : null,
    button(closeLabel, close, { key: 'debrief-close', class: 'primary' }),
  );
}
