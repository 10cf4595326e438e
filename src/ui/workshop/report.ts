/**
 * The session report, for the debrief and the centre's files: each team's time, stars, hints,
 * reveals, skips and points, the teams' competence profiles side by side in one chart, the
 * choices each team made, and a debrief script. Printed on A4; exported as JSON and CSV.
 */
import { COMPETENCE_IDS } from '../../core/competences';
import { competencesOf, AREAS } from '../../core/report';
import { TEAM_COLOURS } from '../../core/workshop/plan';
import { sessionCsv, type SessionReport, type TeamReport } from '../../core/workshop/report';
import { button, h } from '../dom';
import { downloadText } from '../files';
import type { Screen, UiContext } from '../context';
import { duration, scrollable, svg } from '../screens/report';
import { teamBadge } from './teams';
import { roomSelfCheckTable } from './phones';

/** Each competence a row, and in it one bar per team in the team's colour, its symbol and points at the end. */
function teamsChart(ctx: UiContext, teams: readonly TeamReport[]): SVGSVGElement {
  const rows = AREAS.flatMap((area) => competencesOf(area).map((id) => ({ id, area })));
  const max = Math.max(5, ...teams.flatMap((tm) => COMPETENCE_IDS.map((id) => tm.competences[id])));
  const barH = 12;
  const rowH = 30 + teams.length * (barH + 3);
  const width = 640;
  const barW = width - 90;
  const chart = svg('svg', {
    viewBox: `0 0 ${width} ${rows.length * rowH + 6}`,
    class: 'chart teams-chart',
    role: 'img',
    'aria-labelledby': 'teams-chart-title',
  });
  chart.append(svg('title', { id: 'teams-chart-title' }, ctx.t('workshop.report.chart')));
  rows.forEach((r, i) => {
    const y = i * rowH + 4;
    chart.append(svg('text', { x: 0, y: y + 20, class: 'chart-label' }, ctx.t(`comp.${r.id}`)));
    teams.forEach((team, j) => {
      const value = team.competences[r.id];
      const w = (barW * value) / max;
      const top = y + 28 + j * (barH + 3);
      const colour = TEAM_COLOURS[team.colour];
      chart.append(
        svg('rect', { x: 0, y: top, width: barW, height: barH, fill: '#eee6d8', rx: 4 }),
        svg('rect', { x: 0, y: top, width: w, height: barH, fill: colour.hex, rx: 4 }),
        svg('text', { x: w + 6, y: top + barH - 1, class: 'chart-value small' }, `${colour.symbol} ${value}`),
      );
    });
  });
  return chart;
}

function teamsTable(ctx: UiContext, report: SessionReport): HTMLElement {
  const { t } = ctx;
  const columns = ['time', 'stars', 'hints', 'reveals', 'skips', 'trainerPoints', 'score'] as const;
  const cell = (team: TeamReport, col: (typeof columns)[number]): string => {
    switch (col) {
      case 'time':
        return duration(t, team.timeMs);
      case 'trainerPoints': {
        const n = team.adjustments.reduce((s, a) => s + a.delta, 0);
        return n > 0 ? `+${n}` : String(n);
      }
      default:
        return String(team[col]);
    }
  };
  return scrollable(
    h(
      'table',
      { class: 'teams-table' },
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { attrs: { scope: 'col' } }, t('workshop.report.team')),
          ...columns.map((c) => h('th', { attrs: { scope: 'col' } }, t(`workshop.report.${c}`))),
        ),
      ),
      h(
        'tbody',
        {},
        ...report.teams.map((team) =>
          h(
            'tr',
            { attrs: { 'data-team': team.id } },
            h('th', { attrs: { scope: 'row' } }, teamBadge(team)),
            ...columns.map((c) => h('td', { attrs: { 'data-col': c } }, cell(team, c))),
          ),
        ),
      ),
    ),
    'session-teams-title',
  );
}

function choicesAndPoints(ctx: UiContext, report: SessionReport): HTMLElement {
  const { t, tx } = ctx;
  return h(
    'div',
    { class: 'team-cards' },
    ...report.teams.map((team) =>
      h(
        'section',
        { class: 'team-card', style: { '--team': TEAM_COLOURS[team.colour].hex } },
        h('h4', {}, teamBadge(team)),
        h('p', { class: 'team-areas' }, AREAS.map((a) => `${t(`area.${a}`)} ${team.areas[a]}`).join(' · ')),
        team.levels.some((l) => l.choices.length)
          ? h(
              'ul',
              { class: 'choices' },
              ...team.levels.flatMap((l) => l.choices.map((c) => h('li', {}, h('strong', {}, t('ui.label', { label: tx(c.puzzle) })), tx(c.choice)))),
            )
          : h('p', {}, t('workshop.report.noChoice')),
        team.adjustments.length
          ? h(
              'ul',
              { class: 'adjustments' },
              ...team.adjustments.map((a) => h('li', {}, `${a.delta > 0 ? '+' : ''}${a.delta} · ${a.reason || t('workshop.report.noReason')}`)),
            )
          : null,
      ),
    ),
  );
}

function debriefScript(ctx: UiContext, report: SessionReport): HTMLElement {
  const { t, tx } = ctx;
  return h(
    'ol',
    { class: 'debrief-script' },
    ...report.debrief.map((item) =>
      h(
        'li',
        {},
        h('h4', {}, tx(item.title)),
        h('p', { class: 'reflection' }, h('strong', {}, t('ui.label', { label: t('debrief.reflection') })), tx(item.reflection)),
        ...item.votes.map((v) =>
          h(
            'p',
            { class: 'script-vote' },
            h('strong', {}, t('ui.label', { label: t('workshop.report.vote') })),
            `${tx(v.question)} → `,
            v.counts.map((c) => `${tx(c.text)} (${c.votes})`).join(' · '),
            '. ',
            t('workshop.report.played', { choice: tx(v.played) }),
            v.reason ? ` (${v.reason})` : '',
          ),
        ),
        h(
          'ul',
          { class: 'script-teams' },
          ...item.teams.map((tm) => {
            const team = report.teams.find((x) => x.id === tm.teamId)!;
            return h('li', {}, teamBadge(team), ' ', tm.choices.length ? tm.choices.map((c) => tx(c.choice)).join(' · ') : t('workshop.report.noChoice'));
          }),
        ),
      ),
    ),
  );
}

export function sessionReportScreen(ctx: UiContext): Screen {
  const { t, lang, workshop } = ctx;
  const report = workshop.report()!;
  const day = report.session.startedAt.slice(0, 10);
  const started = new Date(report.session.startedAt).toLocaleString(lang, { dateStyle: 'long', timeStyle: 'short' });
  const panel = h(
    'section',
    { class: 'screen report session-report', attrs: { 'aria-labelledby': 'screen-title' } },
    h('h1', { attrs: { id: 'screen-title', tabindex: -1 } }, t('workshop.report.title')),
    h(
      'p',
      { class: 'report-meta' },
      t('workshop.report.meta', { date: started, time: duration(t, report.session.playedMs), mode: t(`workshop.mode.${report.session.mode}`) }),
    ),
    h('h2', { attrs: { id: 'session-teams-title' } }, t('workshop.report.teams')),
    teamsTable(ctx, report),
    h('h2', {}, t('workshop.report.profile')),
    h('ul', { class: 'chart-legend' }, ...report.teams.map((team) => h('li', {}, teamBadge(team)))),
    teamsChart(ctx, report.teams),
    h('h2', {}, t('workshop.report.choices')),
    choicesAndPoints(ctx, report),
    h('h2', {}, t('workshop.report.script')),
    debriefScript(ctx, report),
    ...(report.roomSelfCheck.before || report.roomSelfCheck.after
      ? [
          h('h2', {}, t('workshop.report.roomSelfCheck')),
          h('p', { class: 'hint-text' }, t('workshop.report.roomSelfCheckHelp')),
          roomSelfCheckTable(ctx, report.roomSelfCheck),
        ]
      : []),
    h(
      'div',
      { class: 'actions no-print' },
      button(t('report.print'), () => window.print(), { key: 'print', class: 'primary' }),
      button(t('workshop.report.json'), () => downloadText(`envol-atelier-${day}.json`, JSON.stringify(report, null, 2)), { key: 'session-json' }),
      button(t('workshop.report.csv'), () => downloadText(`envol-atelier-${day}.csv`, sessionCsv(report, lang), 'text/csv'), { key: 'session-csv' }),
      button(t('workshop.report.toTitle'), () => workshop.leave(), { key: 'session-leave' }),
    ),
  );
  return { key: 'workshop-report', panel, overlay: [], world: { kind: 'title' }, layout: 'page' };
}
