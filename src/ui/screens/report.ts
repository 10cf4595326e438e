import { keyChoices } from '../../core/choices';
import { levelRecord } from '../../core/journey';
import { buildReport, competencesOf, AREAS } from '../../core/report';
import { button, h } from '../dom';
import { downloadText } from '../files';
import type { Screen, UiContext } from '../context';
import { glossaryList, wordsOfLevel } from '../glossary';

const SVG = 'http://www.w3.org/2000/svg';

export function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number>, text?: string): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  if (text !== undefined) el.textContent = text;
  return el;
}

// The areas' colours as on their labels above the chart: each bar stands out from its track by 3:1 at least (WCAG 1.4.11).
const AREA_COLORS = { ideas: '#a3401f', resources: '#137a6f', action: '#7a4fa0' } as const;

/**
 * A bar per competence, grouped and coloured by area, its name above it: readable from the
 * back of the room and still on a phone.
 */
function profileChart(ctx: UiContext, competences: Record<string, number>): SVGSVGElement {
  const rows = AREAS.flatMap((area) => competencesOf(area).map((id) => ({ id, area })));
  const max = Math.max(5, ...Object.values(competences));
  const rowH = 58;
  const width = 640;
  const barW = width - 70;
  const chart = svg('svg', { viewBox: `0 0 ${width} ${rows.length * rowH + 6}`, class: 'chart', role: 'img', 'aria-labelledby': 'chart-title' });
  chart.append(svg('title', { id: 'chart-title' }, ctx.t('report.chart')));
  rows.forEach((r, i) => {
    const y = i * rowH + 4;
    const value = competences[r.id] ?? 0;
    const w = (barW * value) / max;
    chart.append(
      svg('text', { x: 0, y: y + 20, class: 'chart-label' }, ctx.t(`comp.${r.id}`)),
      svg('rect', { x: 0, y: y + 28, width: barW, height: 22, fill: '#eee6d8', rx: 6 }),
      svg('rect', { x: 0, y: y + 28, width: w, height: 22, fill: AREA_COLORS[r.area], rx: 6 }),
      svg('text', { x: w + 8, y: y + 46, class: 'chart-value' }, String(value)),
    );
  });
  return chart;
}

/**
 * Wide tables scroll on their own instead of pushing the page sideways on a phone. The scrolling
 * box takes the focus (named by its heading), so it scrolls with the arrow keys too (WCAG 2.1.1).
 */
export function scrollable(table: HTMLElement, labelledBy: string): HTMLElement {
  return h('div', { class: 'table-scroll', attrs: { role: 'region', tabindex: 0, 'aria-labelledby': labelledBy } }, table);
}

/** "45 s" under a minute, then whole minutes: short levels do not read "0 min". */
export function duration(t: UiContext['t'], ms: number): string {
  return ms < 60_000 ? t('report.seconds', { n: Math.round(ms / 1000) }) : t('report.minutes', { n: Math.round(ms / 60_000) });
}

export function reportScreen(ctx: UiContext): Screen {
  const { t, tx, state, catalogue, journey } = ctx;
  const report = buildReport(catalogue.levels, state.progress, new Date());
  const save = () => downloadText(`envol-report-${report.generatedAt.slice(0, 10)}.json`, JSON.stringify(report, null, 2));
  // The words met so far: those of every level played to its end, each once.
  const glossary = catalogue.glossary ?? [];
  const met = new Set(catalogue.levels.filter((l) => levelRecord(state.progress, l.id)).flatMap((l) => wordsOfLevel(glossary, l, ctx.lang).map((w) => w.id)));
  const words = glossary.filter((w) => met.has(w.id));
  const choices = catalogue.levels.flatMap((l) => keyChoices(l, levelRecord(state.progress, l.id)?.choices ?? []));
  const before = state.progress.selfCheck.before;
  const after = state.progress.selfCheck.after;
  const panel = h(
    'section',
    { class: 'screen report', attrs: { 'aria-labelledby': 'screen-title' } },
    h('h2', { attrs: { id: 'screen-title', tabindex: -1 } }, t('report.title')),
    h(
      'dl',
      { class: 'report-summary' },
      h('dt', {}, t('report.stars')),
      h('dd', {}, `${report.stars.earned} / ${report.stars.max}`),
      h('dt', {}, t('report.time')),
      h('dd', {}, duration(t, report.timeMs)),
      h('dt', {}, t('report.hints')),
      h('dd', {}, String(report.hintsUsed)),
    ),
    h('h3', {}, t('report.areas')),
    h(
      'ul',
      { class: 'areas' },
      ...AREAS.map((area) =>
        h('li', { class: `area ${area}` }, h('strong', {}, t('ui.label', { label: t(`area.${area}`) })), t('report.points', { n: report.areas[area] })),
      ),
    ),
    profileChart(ctx, report.competences),
    h('h3', { attrs: { id: 'report-self-check' } }, t('report.selfCheck')),
    scrollable(
      h(
        'table',
        { class: 'self-check-table' },
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            h('th', { attrs: { scope: 'col' } }, ''),
            h('th', { attrs: { scope: 'col' } }, t('report.before')),
            h('th', { attrs: { scope: 'col' } }, t('report.after')),
          ),
        ),
        h(
          'tbody',
          {},
          ...[0, 1, 2].map((i) =>
            h(
              'tr',
              {},
              h('th', { attrs: { scope: 'row' } }, t(`selfCheck.q${i + 1}`)),
              h('td', {}, before ? `${before[i]} / 5` : '—'),
              h('td', {}, after ? `${after[i]} / 5` : '—'),
            ),
          ),
        ),
      ),
      'report-self-check',
    ),
    h('h3', { attrs: { id: 'report-levels' } }, t('report.levels')),
    scrollable(
      h(
        'table',
        { class: 'levels-table' },
        h('thead', {}, h('tr', {}, ...['report.level', 'report.stars', 'report.hints', 'report.time'].map((k) => h('th', { attrs: { scope: 'col' } }, t(k))))),
        h(
          'tbody',
          {},
          ...report.levels.map((r) => {
            const level = catalogue.levels.find((l) => l.id === r.id)!;
            return h(
              'tr',
              {},
              h('th', { attrs: { scope: 'row' } }, tx(level.title)),
              h('td', {}, '★'.repeat(r.stars)),
              h('td', {}, String(r.hintTier)),
              h('td', {}, duration(t, r.timeMs)),
            );
          }),
        ),
      ),
      'report-levels',
    ),
    h('h3', {}, t('report.choices')),
    choices.length
      ? h('ul', { class: 'choices' }, ...choices.map((c) => h('li', {}, h('strong', {}, t('ui.label', { label: tx(c.puzzle) })), tx(c.choice))))
      : h('p', {}, '—'),
    words.length ? h('h3', {}, t('glossary.soFar')) : null,
    words.length ? glossaryList(ctx, words, 'report-words') : null,
    h(
      'div',
      { class: 'actions no-print' },
      button(t('report.print'), () => window.print(), { key: 'print', class: 'primary' }),
      button(t('report.save'), save, { key: 'save-json' }),
      button(t('debrief.back'), () => journey.send({ type: 'city.open' }), { key: 'report-city' }),
    ),
  );
  return { key: 'report', panel, overlay: [], world: { kind: 'title' }, layout: 'page' };
}
