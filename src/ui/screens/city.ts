import { isJourneyComplete, levelRecord, levelStatus, nextLevel } from '../../core/journey';
import { isWhole } from '../../core/level/acts';
import type { Level } from '../../core/level/loader';
import { PLACE_SIZE, placeBox, placeLook, type CityPlace } from '../../world/view';
import { button, h } from '../dom';
import { fileButton } from '../files';
import type { Screen, UiContext } from '../context';
import { hoverHighlight, overlayBox } from './overlay';
import { problemsPanel } from './problems';
import './city.css';

const SVG = 'http://www.w3.org/2000/svg';

/** A small padlock drawn inline (decoration: the words beside it say "closed"). */
function padlockIcon(): SVGSVGElement {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', '0 0 16 16');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('class', 'padlock');
  const shackle = document.createElementNS(SVG, 'path');
  shackle.setAttribute('d', 'M4.5 7.5 V5 a3.5 3.5 0 0 1 7 0 V7.5');
  shackle.setAttribute('fill', 'none');
  shackle.setAttribute('stroke', 'currentColor');
  shackle.setAttribute('stroke-width', '2');
  const body = document.createElementNS(SVG, 'rect');
  for (const [k, v] of Object.entries({ x: '2.5', y: '7', width: '11', height: '8', rx: '1.5', fill: 'currentColor' })) body.setAttribute(k, v);
  svg.append(shackle, body);
  return svg;
}

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
  // A place whose act is still on its way says so, until its level is in.
  const coming = !isWhole(catalogue);
  const places: (CityPlace & { name: string; level?: Level; onItsWay: boolean })[] = catalogue.places.map((p, i) => {
    const level = levelAt(p.id);
    return {
      current: level !== undefined && level.id === here,
      id: p.id,
      x: p.x,
      y: p.y,
      name: tx(p.name),
      level,
      onItsWay: !level && coming,
      act: level?.act ?? Math.min(3, Math.floor(i / 3) + 1),
      status: level ? levelStatus(catalogue.levels, state.progress, level.id) : 'soon',
      look: placeLook(p.id, level?.backdrop),
    };
  });
  type Place = (typeof places)[number];
  const placeOf = (l: Level | undefined) => (l ? places.find((p) => p.level?.id === l.id) : undefined);

  /** Why a place is not open yet, naming the level to finish first and where to start. */
  const whyLocked = (p: Place): string => {
    if (!p.level) return t(p.onItsWay ? 'city.comingHere' : 'city.soonHere', { place: p.name });
    const i = catalogue.levels.findIndex((l) => l.id === p.level!.id);
    const before = catalogue.levels[i - 1];
    if (!before) return t('city.soonHere', { place: p.name });
    const where = placeOf(before)?.name ?? tx(before.title);
    const after = t('city.lockedAfter', { place: p.name, level: tx(before.title), where });
    const next = nextLevel(catalogue.levels, state.progress);
    const nextPlace = next && next.id !== before.id ? placeOf(next) : undefined;
    return nextPlace ? `${after} ${t('city.lockedStart', { next: nextPlace.name })}` : after;
  };

  // A locked place says why when clicked: beside its button in the list (a live region, so it
  // is heard) and in a bubble on the map, where a player who clicked the map is looking.
  const notes = new Map<string, HTMLElement>();
  const mapNote = h('p', { class: 'map-note', attrs: { 'aria-hidden': 'true', hidden: true } });
  const explain = (p: Place, from: 'map' | 'list') => {
    const text = whyLocked(p);
    for (const [id, note] of notes) note.textContent = id === p.id ? text : '';
    // Pressed in the list: the words show just under the button, scrolled into sight if needed.
    if (from === 'list') notes.get(p.id)?.scrollIntoView({ block: 'nearest' });
    mapNote.textContent = text;
    // Below a place in the top half of the map, above one in the bottom half; centred on it, but
    // never so near an edge that the bubble (at most 60% of the map wide, city.css) would leave the map.
    const below = p.y < 50;
    mapNote.style.left = `${Math.min(70, Math.max(30, p.x))}%`;
    mapNote.style.top = below ? `${p.y + PLACE_SIZE.h / 2 + 6}%` : '';
    mapNote.style.bottom = below ? '' : `${100 - (p.y - PLACE_SIZE.h / 2) + 2}%`;
    mapNote.hidden = false;
    // Shown again: the short fade-in plays again too.
    mapNote.classList.remove('shown');
    void mapNote.offsetWidth;
    mapNote.classList.add('shown');
  };

  const enter = (p: Place, from: 'map' | 'list') => {
    if ((p.status === 'open' || p.status === 'done') && p.level) journey.send({ type: 'place.enter', levelId: p.level.id });
    else explain(p, from);
  };
  // The name says what the button shows, in its order (WCAG 2.5.3): place · level, status, and "you are here".
  const statusOf = (p: Place) => t(p.onItsWay ? 'city.status.coming' : `city.status.${p.status}`);
  const labelOf = (p: Place) =>
    t('city.place', { name: p.level ? `${p.name} · ${tx(p.level.title)}` : p.name, status: statusOf(p) }) + (p.current ? ` · ${t('city.here')}` : '');

  // The map is for pointers; the list below is the same choice for keyboards, screen readers and small screens.
  const overlay: HTMLElement[] = places.map((p) => {
    const b = h(
      'button',
      {
        // A caption near the map's edge is held inside it rather than centred under its place.
        class: `world-button place ${p.status}${p.x < 16 ? ' edge-left' : p.x > 84 ? ' edge-right' : ''}`,
        attrs: { type: 'button', tabindex: -1, 'aria-hidden': 'true' },
        on: { click: () => enter(p, 'map') },
      },
      h(
        'span',
        { class: 'caption' },
        p.name,
        p.status === 'locked' || p.status === 'soon' ? h('span', { class: 'later' }, padlockIcon(), t(p.onItsWay ? 'city.comingCaption' : 'city.later')) : null,
      ),
    );
    overlayBox(b, placeBox(p));
    hoverHighlight(b, ctx, p.id);
    return b;
  });
  overlay.push(mapNote);

  const done = catalogue.levels.filter((l) => levelRecord(state.progress, l.id)).length;
  const acts = [1, 2, 3].filter((a) => places.some((p) => p.act === a));
  const panel = h(
    'section',
    { class: 'screen city-screen', attrs: { 'aria-labelledby': 'screen-title' } },
    h('h2', { attrs: { id: 'screen-title', tabindex: -1 } }, t('city.title')),
    h('p', {}, t('city.intro')),
    h('p', { class: 'progress' }, t('city.progress', { n: done, total: catalogue.levels.length + (catalogue.pending ?? 0) })),
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
              const record = p.level ? levelRecord(state.progress, p.level.id) : undefined;
              const usable = p.status === 'open' || p.status === 'done';
              const b = button('', () => enter(p, 'list'), {
                key: `place-${p.id}`,
                class: `place-button ${p.status}`,
                attrs: { 'aria-label': labelOf(p), 'aria-disabled': usable ? undefined : 'true' },
              });
              // The spaces part the words for whatever reads the text as one line (laid out, a flex box drops them).
              b.append(
                h('span', { class: 'place-name' }, h('strong', {}, p.name), ' ', p.level ? h('span', { class: 'level-title' }, tx(p.level.title)) : null),
                ' ',
                h(
                  'span',
                  { class: 'status' },
                  usable ? null : padlockIcon(),
                  record ? `${'★'.repeat(record.stars)} ${t('city.status.done')}` : statusOf(p),
                  p.current ? h('span', { class: 'here' }, ` · ${t('city.here')}`) : null,
                ),
              );
              hoverHighlight(b, ctx, p.id);
              const note = usable ? null : h('p', { class: 'locked-note', attrs: { role: 'status', id: `why-${p.id}` } });
              if (note) notes.set(p.id, note);
              return h('li', { class: `place-status ${p.status}` }, b, note);
            }),
        ),
      ),
    ),
    h(
      'div',
      { class: 'actions' },
      isJourneyComplete(catalogue, state.progress)
        ? button(t('city.report'), () => journey.send({ type: 'report.open' }), { key: 'report', class: 'primary' })
        : null,
      button(t('city.toTitle'), () => journey.send({ type: 'journey.toTitle' }), { key: 'to-title' }),
    ),
    trainerLevels(ctx),
    problemsPanel(ctx),
  );
  // The world draws the map alone: it is given what it draws, not the levels (whose text the app would compare at each redraw).
  const map: CityPlace[] = places.map(({ id, x, y, status, act, current, look }) => ({ id, x, y, status, act, current, look }));
  return { key: 'city', panel, overlay, world: { kind: 'city', places: map } };
}
