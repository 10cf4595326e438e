/**
 * The workshop's set-up: the teams (2 to 6, a name and a colour each, offered and editable),
 * today's levels (an act at a time or one by one, each with its minutes and the total), how the
 * teams play, and the trainer's settings (the events' countdown, projector mode).
 */
import { addTeam, MAX_TEAMS, MIN_TEAMS, TEAM_COLOURS, TEAM_COLOUR_IDS, TEAM_NAME_MAX, SESSION_MODES, type Team } from '../../core/workshop/plan';
import { button, h } from '../dom';
import type { Screen, UiContext } from '../context';
import { teamBadge } from './teams';

function teamRow(ctx: UiContext, team: Team, index: number): HTMLElement {
  const { t, workshop } = ctx;
  const d = workshop.draft;
  const set = (next: Partial<Team>, redraw = true) => {
    workshop.draft = { ...workshop.draft, teams: workshop.draft.teams.map((x) => (x.id === team.id ? { ...x, ...next } : x)), problem: null };
    if (redraw) workshop.changed();
  };
  const nameId = `team-name-${team.id}`;
  return h(
    'li',
    { class: 'setup-team', style: { '--team': TEAM_COLOURS[team.colour].hex } },
    teamBadge(team, { nameless: true }),
    h('label', { class: 'visually-hidden', attrs: { for: nameId } }, t('workshop.teamName', { n: index + 1 })),
    h('input', {
      key: nameId,
      attrs: { id: nameId, type: 'text', value: team.name, maxlength: TEAM_NAME_MAX, autocomplete: 'off', spellcheck: 'false' },
      // Typing changes the draft without redrawing: the caret stays where it is.
      on: { input: (ev) => set({ name: (ev.target as HTMLInputElement).value }, false) },
    }),
    h(
      'div',
      { class: 'colour-choice', attrs: { role: 'group', 'aria-label': t('workshop.teamColour', { name: team.name }) } },
      ...TEAM_COLOUR_IDS.map((c) =>
        h(
          'button',
          {
            key: `colour-${team.id}-${c}`,
            class: 'colour-swatch',
            style: { '--swatch': TEAM_COLOURS[c].hex },
            attrs: { type: 'button', 'aria-pressed': String(team.colour === c), 'aria-label': t(`workshop.colour.${c}`) },
            on: { click: () => set({ colour: c }) },
          },
          h('span', { attrs: { 'aria-hidden': 'true' } }, TEAM_COLOURS[c].symbol),
        ),
      ),
    ),
    button(
      '×',
      () => {
        workshop.draft = { ...d, teams: d.teams.filter((x) => x.id !== team.id) };
        workshop.changed();
      },
      {
        key: `remove-${team.id}`,
        class: 'quiet remove-team',
        attrs: { 'aria-label': t('workshop.removeTeam', { name: team.name }), disabled: d.teams.length <= MIN_TEAMS },
      },
    ),
  );
}

function levelsSection(ctx: UiContext): HTMLElement {
  const { t, tx, workshop, catalogue } = ctx;
  const d = workshop.draft;
  const chosen = new Set(d.levels);
  const setLevels = (levels: string[]) => {
    workshop.draft = { ...workshop.draft, levels, problem: null };
    workshop.changed();
  };
  const acts = [...new Set(catalogue.levels.map((l) => l.act))];
  const total = catalogue.levels.filter((l) => chosen.has(l.id)).reduce((sum, l) => sum + workshop.minutes(l.id), 0);
  return h(
    'section',
    { class: 'setup-levels', attrs: { 'aria-labelledby': 'setup-levels-title' } },
    h('h2', { attrs: { id: 'setup-levels-title' } }, t('workshop.levelsTitle')),
    h(
      'div',
      { class: 'actions act-picks' },
      ...acts.map((act) =>
        button(t('workshop.pickAct', { n: act }), () => setLevels(catalogue.levels.filter((l) => l.act === act).map((l) => l.id)), {
          key: `pick-act-${act}`,
        }),
      ),
      button(t('workshop.pickAll'), () => setLevels(catalogue.levels.map((l) => l.id)), { key: 'pick-all' }),
    ),
    h(
      'div',
      { class: 'setup-acts' },
      ...acts.map((act) =>
        h(
          'fieldset',
          { class: 'setup-act' },
          h('legend', {}, t(`act.${act}`)),
          ...catalogue.levels
            .filter((l) => l.act === act)
            .map((l) =>
              h(
                'label',
                { class: 'setup-level' },
                h('input', {
                  key: `level-${l.id}`,
                  attrs: { type: 'checkbox', checked: chosen.has(l.id) },
                  on: { change: (ev) => setLevels((ev.target as HTMLInputElement).checked ? [...d.levels, l.id] : d.levels.filter((id) => id !== l.id)) },
                }),
                h('span', { class: 'level-name' }, tx(l.title)),
                h('span', { class: 'level-minutes' }, t('workshop.minutes', { n: workshop.minutes(l.id) })),
              ),
            ),
        ),
      ),
    ),
    h(
      'p',
      { class: 'setup-total', attrs: { 'aria-live': 'polite' } },
      chosen.size === 0 ? t('workshop.noLevel') : t('workshop.total', { levels: chosen.size, n: total }),
    ),
  );
}

function modeSection(ctx: UiContext): HTMLElement {
  const { t, workshop } = ctx;
  const d = workshop.draft;
  const setDraft = (next: Partial<typeof d>) => {
    workshop.draft = { ...workshop.draft, ...next };
    workshop.changed();
  };
  return h(
    'section',
    { class: 'setup-mode', attrs: { 'aria-labelledby': 'setup-mode-title' } },
    h('h2', { attrs: { id: 'setup-mode-title' } }, t('workshop.modeTitle')),
    h(
      'div',
      { class: 'mode-choice', attrs: { role: 'radiogroup', 'aria-labelledby': 'setup-mode-title' } },
      ...SESSION_MODES.map((mode) =>
        h(
          'label',
          { class: `mode-option${d.mode === mode ? ' chosen' : ''}` },
          h('input', {
            key: `mode-${mode}`,
            attrs: { type: 'radio', name: 'mode', value: mode, checked: d.mode === mode },
            on: { change: () => setDraft({ mode }) },
          }),
          h('span', { class: 'mode-name' }, t(`workshop.mode.${mode}`)),
          h('span', { class: 'mode-help' }, t(`workshop.modeHelp.${mode}`)),
        ),
      ),
    ),
    h(
      'div',
      { class: 'setup-settings' },
      ...(['timer', 'projector'] as const).map((setting) =>
        h(
          'label',
          {},
          h('input', {
            key: `setup-${setting}`,
            attrs: { type: 'checkbox', checked: d[setting] },
            on: { change: (ev) => setDraft({ [setting]: (ev.target as HTMLInputElement).checked }) },
          }),
          ' ',
          t(`workshop.${setting}`),
        ),
      ),
    ),
  );
}

export function setupScreen(ctx: UiContext): Screen {
  const { t, workshop, journey, lang } = ctx;
  const d = workshop.draft;
  const panel = h(
    'section',
    { class: 'screen workshop-setup', attrs: { 'aria-labelledby': 'screen-title' } },
    h('h1', { attrs: { id: 'screen-title', tabindex: -1 } }, t('workshop.setupTitle')),
    h('p', { class: 'tagline' }, t('workshop.setupIntro')),
    h(
      'div',
      { class: 'setup-grid' },
      h(
        'section',
        { class: 'setup-teams', attrs: { 'aria-labelledby': 'setup-teams-title' } },
        h('h2', { attrs: { id: 'setup-teams-title' } }, t('workshop.teamsTitle', { n: d.teams.length })),
        h('ol', { class: 'team-list' }, ...d.teams.map((team, i) => teamRow(ctx, team, i))),
        button(
          t('workshop.addTeam'),
          () => {
            workshop.draft = { ...workshop.draft, teams: addTeam(workshop.draft.teams, lang) };
            workshop.changed();
          },
          { key: 'add-team', attrs: { disabled: d.teams.length >= MAX_TEAMS } },
        ),
      ),
      levelsSection(ctx),
      modeSection(ctx),
    ),
    d.problem ? h('p', { class: 'feedback wrong', attrs: { role: 'alert' } }, t(`workshop.problem.${d.problem}`)) : null,
    h(
      'div',
      { class: 'actions setup-go' },
      button(t('workshop.start'), () => workshop.start(), { key: 'workshop-start', class: 'primary' }),
      button(t('workshop.back'), () => journey.send({ type: 'journey.toTitle' }), { key: 'workshop-back', class: 'quiet' }),
    ),
  );
  return { key: 'workshop-setup', panel, overlay: [], world: { kind: 'title' }, layout: 'page' };
}
