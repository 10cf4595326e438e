import { isJourneyComplete, levelStatus, nextLevel } from '../../core/journey';
import type { Level } from '../../core/level/loader';
import { placeBox, type CityPlace } from '../../world/view';
import { button, h } from '../dom';
import { fileButton } from '../files';
import type { Screen, UiContext } from '../context';
import { hoverHighlight, overlayBox } from './overlay';
import { problemsPanel } from './problems';

/** A trainer's own level files, loaded into the running game without a build. */
function trainerLevels(ctx: UiContext): HTMLElement {
  const { t, tx, catalogue, journey } = ctx;
  return h(
    'section',
    { class: 'trainer-levels', attrs: { 'aria-labelledby': 'trainer-levels-title' } },
    h('h3', { attrs: { id: 'trainer-levels-title' } }, t('trainer.title')),
    h('p', { class: 'hint-text' }, t('trainer.help')),
    catalogue.trainerLevels.length
      ? h(
          'ul',
          { class: 'place-list' },
          ...catalogue.trainerLevels.map((l) =>
            h(
              'li',
              {},
              button(t('trainer.play', { title: tx(l.title) }), () => journey.send({ type: 'place.enter', levelId: l.id }), {
                key: `trainer-${l.id}`,
                class: 'place-button open',
              }),
            ),
          ),
        )
      : null,
    h('div', { class: 'actions' }, fileButton(t('trainer.load'), 'trainer-load', ctx.addTrainerLevel)),
  );
}

export function cityScreen(ctx: UiContext): Screen {
  const { t, tx, catalogue, state, journey } = ctx;
  const levelAt = (placeId: string): Level | undefined => catalogue.levels.find((l) => l.place === placeId);
  const here = nextLevel(catalogue.levels, state.progress)?.id;
  const places: (CityPlace & { name: string; level?: Level })[] = catalogue.places.map((p, i) => {
    const level = levelAt(p.id);
    return {
      current: level !== undefined && level.id === here,
      id: p.id,
      x: p.x,
      y: p.y,
      name: tx(p.name),
      level,
      act: level?.act ?? Math.min(3, Math.floor(i / 3) + 1),
      status: level ? levelStatus(catalogue.levels, state.progress, level.id) : 'soon',
    };
  });

  const enter = (p: (typeof places)[number]) => {
    if ((p.status === 'open' || p.status === 'done') && p.level) journey.send({ type: 'place.enter', levelId: p.level.id });
  };
  const labelOf = (p: (typeof places)[number]) =>
    t('city.place', { name: p.level ? `${p.name} · ${tx(p.level.title)}` : p.name, status: t(`city.status.${p.status}`) });

  // The map is for pointers; the list below is the same choice for keyboards, screen readers and small screens.
  const overlay = places.map((p) => {
    const b = h(
      'button',
      {
        class: `world-button place ${p.status}`,
        attrs: { type: 'button', tabindex: -1, 'aria-hidden': 'true' },
        on: { click: () => enter(p) },
      },
      h('span', { class: 'caption' }, p.name),
    );
    overlayBox(b, placeBox(p));
    hoverHighlight(b, ctx, p.id);
    return b;
  });

  const done = catalogue.levels.filter((l) => state.progress.levels[l.id]).length;
  const acts = [1, 2, 3].filter((a) => places.some((p) => p.act === a));
  const panel = h(
    'section',
    { class: 'screen city-screen', attrs: { 'aria-labelledby': 'screen-title' } },
    h('h2', { attrs: { id: 'screen-title', tabindex: -1 } }, t('city.title')),
    h('p', {}, t('city.intro')),
    h('p', { class: 'progress' }, t('city.progress', { n: done, total: catalogue.levels.length })),
    ...acts.map((act) =>
      h(
        'div',
        { class: 'act' },
        h('h3', {}, t(`act.${act}`)),
        h(
          'ul',
          { class: 'place-list' },
          ...places
            .filter((p) => p.act === act)
            .map((p) => {
              const record = p.level ? state.progress.levels[p.level.id] : undefined;
              const usable = p.status === 'open' || p.status === 'done';
              const b = button('', () => enter(p), {
                key: `place-${p.id}`,
                class: `place-button ${p.status}`,
                attrs: { 'aria-label': labelOf(p), 'aria-disabled': usable ? undefined : 'true' },
              });
              b.append(
                h('span', { class: 'place-name' }, h('strong', {}, p.name), p.level ? h('span', { class: 'level-title' }, tx(p.level.title)) : null),
                h(
                  'span',
                  { class: 'status' },
                  record ? `${'★'.repeat(record.stars)} ${t('city.status.done')}` : t(`city.status.${p.status}`),
                  p.current ? h('span', { class: 'here' }, ` · ${t('city.here')}`) : null,
                ),
              );
              hoverHighlight(b, ctx, p.id);
              return h('li', { class: `place-status ${p.status}` }, b);
            }),
        ),
      ),
    ),
    h(
      'div',
      { class: 'actions' },
      isJourneyComplete(catalogue.levels, state.progress)
        ? button(t('city.report'), () => journey.send({ type: 'report.open' }), { key: 'report', class: 'primary' })
        : null,
      button(t('city.toTitle'), () => journey.send({ type: 'journey.toTitle' }), { key: 'to-title' }),
    ),
    trainerLevels(ctx),
    problemsPanel(ctx),
  );
  return { key: 'city', panel, overlay, world: { kind: 'city', places } };
}
