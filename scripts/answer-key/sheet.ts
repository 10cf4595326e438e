/**
 * The trainer's answer key as one self-contained HTML page laid out for A4 paper: for each level
 * its goal, time, competences, room, every puzzle's solution (as the puzzle's kind explains it),
 * the hints and the debrief question. French first with English, or one language only.
 */
import type { Award } from '../../src/core/competences';
import { format } from '../../src/core/i18n';
import type { RawLevel, RawPuzzle, Text } from '../../src/core/level/schema';
import { playMinutes } from '../../src/core/level/minutes';
import type { AnswerKeyLine, AnswerKeySection, PuzzleAnswerKey } from '../../src/core/puzzle';
import enApp from '../../src/locales/en/app.json';
import frApp from '../../src/locales/fr/app.json';
import { puzzleKind } from '../../src/puzzles';
import { el, Markup, markup, type Content } from './html';
import type { SourceLevel } from './levels';
import { SHEET_STYLE } from './style';

/** Both languages, French first; or only one. */
export type SheetLanguage = 'both' | 'fr' | 'en';

export interface SheetOptions {
  lang: SheetLanguage;
  /** The day the sheet is made, printed on its cover. */
  made: Date;
}

/** The sheet's own words. */
const WORDS = {
  title: { fr: 'Envol — corrigé du formateur', en: 'Envol — trainer’s answer key' },
  secret: {
    fr: 'Pour le formateur seulement : toutes les réponses sont ici. Ne pas distribuer.',
    en: 'For the trainer only: every answer is here. Do not hand out.',
  },
  made: { fr: 'Fait à partir des fichiers de niveau le {date}.', en: 'Made from the level files on {date}.' },
  print: {
    fr: 'Pour imprimer : Ctrl+P (⌘P sur Mac), papier A4, « Graphiques d’arrière-plan » cochés.',
    en: 'To print: Ctrl+P (⌘P on a Mac), A4 paper, “Background graphics” ticked.',
  },
  legend: {
    fr: '★ marque la réponse ; dans un dialogue, le chemin le plus court jusqu’à la fin.',
    en: '★ marks the answer; in a dialogue, the shortest way to the end.',
  },
  contents: { fr: 'Les niveaux', en: 'The levels' },
  level: { fr: 'Niveau', en: 'Level' },
  puzzles: { fr: 'Énigmes', en: 'Puzzles' },
  time: { fr: 'Durée', en: 'Time' },
  total: { fr: 'Total', en: 'Total' },
  actLevel: { fr: 'Acte {act} · niveau {order}', en: 'Act {act} · level {order}' },
  goal: { fr: 'Objectif', en: 'Goal' },
  estimated: { fr: 'Durée estimée', en: 'Estimated time' },
  glance: { fr: 'Les réponses en bref', en: 'The answers at a glance' },
  minutes: { fr: '≈ {n} min de jeu, plus le débrief', en: '≈ {n} min of play, plus the debrief' },
  shortMinutes: { fr: '≈ {n} min', en: '≈ {n} min' },
  competences: { fr: 'Compétences', en: 'Competences' },
  room: { fr: 'La salle', en: 'The room' },
  roomEnds: { fr: 'Le niveau se termine quand « {puzzle} » est résolue.', en: 'The level ends when “{puzzle}” is solved.' },
  items: { fr: 'Les objets', en: 'The items' },
  walkthrough: { fr: 'Les endroits, dans un ordre qui marche', en: 'The spots, in an order that works' },
  needs: { fr: 'il faut', en: 'needs' },
  gives: { fr: 'donne', en: 'gives' },
  opens: { fr: 'ouvre', en: 'opens' },
  solvedGives: { fr: 'résolue, elle donne', en: 'once solved, gives' },
  locked: { fr: 'fermé', en: 'locked' },
  solution: { fr: 'Solution', en: 'Solution' },
  hints: { fr: 'Les trois aides', en: 'The three hints' },
  tiers: [
    { fr: 'Coup de pouce', en: 'Nudge' },
    { fr: 'Indice', en: 'Clue' },
    { fr: 'Réponse', en: 'Answer' },
  ],
  points: { fr: 'Points', en: 'Points' },
  once: { fr: 'une fois', en: 'once' },
  sets: { fr: 'note {flag} = {value}', en: 'sets {flag} = {value}' },
  noKey: { fr: 'Pas de corrigé pour ce type d’énigme : voir le fichier du niveau.', en: 'No answer key for this kind of puzzle: see the level file.' },
  debrief: { fr: 'Débrief', en: 'Debrief' },
  reflection: { fr: 'La question pour le groupe', en: 'The question for the group' },
  for: {
    solved: { fr: 'énigme résolue', en: 'solved' },
    'no-answer-hint': { fr: 'sans la 3e aide', en: 'without the 3rd hint' },
    'no-hint': { fr: 'sans aucune aide', en: 'without any hint' },
    'kept-trying': { fr: 'réussie après une erreur', en: 'solved after a mistake' },
    choice: { fr: 'choix « {choice} »', en: 'choice “{choice}”' },
  },
} as const;

/** Characters of French and English together that still fit on one line with a separator. */
const SHORT = 70;

const COMPETENCE_NAMES: { fr: Record<string, string>; en: Record<string, string> } = { fr: frApp, en: enApp };

function competenceName(competence: string): Text {
  const key = `comp.${competence}`;
  return { fr: COMPETENCE_NAMES.fr[key] ?? competence, en: COMPETENCE_NAMES.en[key] ?? competence };
}

/** The sheet's words with their blanks filled in; a level text fills a blank in its own language. */
function filled(words: Text, params: Record<string, string | number | Text>): Text {
  const inLang = (lang: 'fr' | 'en') => Object.fromEntries(Object.entries(params).map(([k, v]) => [k, typeof v === 'object' ? v[lang] : v]));
  return { fr: format(words.fr, inLang('fr')), en: format(words.en, inLang('en')) };
}
const same = (words: string): Text => ({ fr: words, en: words });

function answerKeyOf(p: RawPuzzle): PuzzleAnswerKey | null {
  return puzzleKind(p.kind)?.answerKeyOf(p) ?? null;
}

/** The whole sheet, as a page of its own: no script, no file beside it. */
export function answerKeySheet(levels: readonly SourceLevel[], options: SheetOptions): string {
  const write = writer(options.lang);
  const body = [write.cover(levels, options.made), ...levels.map((l) => write.level(l))];
  const htmlLang = options.lang === 'en' ? 'en' : 'fr';
  return (
    '<!doctype html>\n' +
    markup(
      el(
        'html',
        { lang: htmlLang },
        el(
          'head',
          null,
          new Markup('<meta charset="utf-8">'),
          // Nothing on this page may run or load: it only shows texts from the level files.
          new Markup(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`),
          new Markup('<meta name="viewport" content="width=device-width, initial-scale=1">'),
          el('title', null, options.lang === 'en' ? WORDS.title.en : WORDS.title.fr),
          el('style', null, new Markup(SHEET_STYLE)),
        ),
        el('body', null, body),
      ),
    ) +
    '\n'
  );
}

/** How texts are put on the sheet in its language(s), and each part of the sheet. */
function writer(lang: SheetLanguage) {
  /**
   * A text in the sheet's language. In both, the English follows the French: on the same line
   * when asked or when both are short, else on a line of its own.
   */
  const say = (text: Text, layout: 'auto' | 'inline' | 'block' = 'auto'): Content => {
    if (lang !== 'both') return el('span', { lang }, text[lang]);
    if (text.fr === text.en) return text.fr;
    const sameLine = layout === 'inline' || (layout === 'auto' && text.fr.length + text.en.length <= SHORT);
    return [el('span', { lang: 'fr' }, text.fr), el('span', { lang: 'en', class: sameLine ? 'en inline' : 'en' }, text.en)];
  };
  /** The sheet's own words, short: in both languages on one line. */
  const word = (text: Text) => say(text, 'inline');
  const labelled = (label: Text, value: Content, className?: string) => el('p', { class: className }, el('span', { class: 'label' }, word(label)), ' ', value);

  const pointsWords = (competence: string, points: number, why?: Content): Content =>
    el('span', { class: 'award' }, el('b', null, `+${points}`), ' ', word(competenceName(competence)), why ? [' (', why, ')'] : null);

  const awardWhy = (a: Award): Content => (typeof a.for === 'object' ? word(filled(WORDS.for.choice, { choice: a.for.choice })) : word(WORDS.for[a.for]));

  const awardsList = (awards: readonly Award[]): Content =>
    awards.length ? labelled(WORDS.points, join(awards.map((a) => pointsWords(a.competence, a.points, awardWhy(a)))), 'points') : null;

  const line = (l: AnswerKeyLine, awards: readonly Award[]): Content => {
    const own = awards.filter((a) => typeof a.for === 'object' && l.choice !== undefined && a.for.choice === l.choice);
    const effects = [
      ...Object.entries(l.effects?.points ?? {}).map(([competence, n]) => pointsWords(competence, n ?? 0)),
      ...own.map((a) => pointsWords(a.competence, a.points, word(WORDS.once))),
      ...Object.entries(l.effects?.flags ?? {}).map(([flag, value]) => word(filled(WORDS.sets, { flag, value: String(value) }))),
    ];
    return el(
      'li',
      { class: l.key ? 'key' : undefined },
      el('div', { class: 'line' }, say(l.text)),
      (l.notes ?? []).map((n) => el('div', { class: 'note' }, say(n))),
      effects.length ? el('div', { class: 'effects' }, '→ ', join(effects)) : null,
    );
  };

  const section = (s: AnswerKeySection, awards: readonly Award[]): Content =>
    el(
      'div',
      { class: 'section' },
      s.title || s.tag ? el('h5', null, s.tag ? [el('span', { class: 'tag' }, s.tag), ' '] : null, s.title ? say(s.title, 'inline') : null) : null,
      // Without a title, the text is what the section is about (a quiz question).
      s.text ? el(s.title || s.tag ? 'p' : 'h5', { class: 'said' }, say(s.text)) : null,
      (s.notes ?? []).map((n) => el('p', { class: 'note' }, say(n))),
      s.lines.length
        ? el(
            s.ordered ? 'ol' : 'ul',
            { class: 'lines' },
            s.lines.map((l) => line(l, awards)),
          )
        : null,
    );

  const hints = (texts: readonly Text[]): Content => [
    el('h5', null, word(WORDS.hints)),
    el(
      'ol',
      { class: 'hints' },
      texts.map((h, i) => el('li', null, el('span', { class: 'tier' }, word(WORDS.tiers[i] ?? WORDS.tiers[2]!)), ' ', say(h))),
    ),
  ];

  const itemLabel = (level: RawLevel, itemId: string): Text => level.room?.items.find((it) => it.id === itemId)?.label ?? same(itemId);
  const puzzleTitle = (level: RawLevel, puzzleId: string): Text => level.puzzles.find((p) => p.id === puzzleId)?.title ?? same(puzzleId);

  const puzzle = (level: RawLevel, p: RawPuzzle, n: number): Content => {
    const key = answerKeyOf(p);
    const shownOnLines = new Set((key?.sections ?? []).flatMap((s) => s.lines.map((l) => l.choice)).filter((c) => c !== undefined));
    const otherAwards = p.awards.filter((a) => typeof a.for !== 'object' || !shownOnLines.has(a.for.choice));
    return el(
      'article',
      { class: 'puzzle' },
      el('h4', null, `${n}. `, say(p.title, 'inline'), key ? el('span', { class: 'what' }, ' — ', word(key.what)) : null),
      el('p', { class: 'prompt' }, say(p.prompt)),
      key?.solution ? el('p', { class: 'solution' }, el('span', { class: 'label' }, word(WORDS.solution)), ' ', say(key.solution, 'inline')) : null,
      key ? key.sections.map((s) => section(s, p.awards)) : el('p', { class: 'note' }, word(WORDS.noKey)),
      hints(p.hints),
      awardsList(otherAwards),
      p.gives ? labelled(WORDS.solvedGives, say(itemLabel(level, p.gives), 'inline'), 'gives') : null,
    );
  };

  const room = (level: RawLevel): Content => {
    const r = level.room;
    if (!r) return null;
    return el(
      'section',
      { class: 'room' },
      el('h3', null, word(WORDS.room)),
      el('p', null, word(filled(WORDS.roomEnds, { puzzle: puzzleTitle(level, r.goal) }))),
      r.items.length
        ? [
            el('h5', null, word(WORDS.items)),
            el(
              'ul',
              { class: 'lines' },
              r.items.map((it) =>
                el('li', null, el('div', { class: 'line' }, el('strong', null, say(it.label, 'inline'))), el('div', { class: 'note' }, say(it.description))),
              ),
            ),
          ]
        : null,
      el('h5', null, word(WORDS.walkthrough)),
      el(
        'ol',
        { class: 'lines' },
        inPlayableOrder(level).map((h) => {
          const gift = h.opens ? level.puzzles.find((p) => p.id === h.opens)?.gives : undefined;
          const facts = [
            h.requires ? [word(WORDS.needs), ' ', say(itemLabel(level, h.requires), 'inline')] : null,
            h.gives ? [word(WORDS.gives), ' ', say(itemLabel(level, h.gives), 'inline')] : null,
            h.opens ? [word(WORDS.opens), ' ', say(puzzleTitle(level, h.opens), 'inline')] : null,
            gift ? [word(WORDS.solvedGives), ' ', say(itemLabel(level, gift), 'inline')] : null,
          ].filter((f) => f !== null);
          return el(
            'li',
            { class: h.opens || h.gives ? 'key' : undefined },
            el('div', { class: 'line' }, el('strong', null, say(h.label, 'inline')), facts.length ? [' — ', join(facts, ' · ')] : null),
            h.text ? el('div', { class: 'note read' }, say(h.text)) : null,
          );
        }),
      ),
      hints(r.hints),
      awardsList(r.awards),
    );
  };

  /** The answers to say out loud (codes, words), for a trainer going round the groups. */
  const glance = (level: RawLevel): Content => {
    const said = level.puzzles.flatMap((p) => {
      const solution = answerKeyOf(p)?.solution;
      return solution ? [el('span', { class: 'glance' }, say(p.title, 'inline'), ' → ', el('b', null, say(solution, 'inline')))] : [];
    });
    return said.length ? labelled(WORDS.glance, join(said)) : null;
  };

  return {
    cover(levels: readonly SourceLevel[], made: Date): Content {
      const total = levels.reduce((sum, l) => sum + playMinutes(l.level), 0);
      const head = [same('#'), WORDS.level, WORDS.puzzles, WORDS.time].map((w) => el('th', { scope: 'col' }, word(w)));
      return el(
        'header',
        { class: 'cover' },
        el('h1', null, say(WORDS.title, 'block')),
        el('p', { class: 'secret' }, say(WORDS.secret)),
        el('p', { class: 'note' }, word(filled(WORDS.made, { date: made.toISOString().slice(0, 10) }))),
        el('p', { class: 'note screen-only' }, word(WORDS.print)),
        el('p', { class: 'note' }, word(WORDS.legend)),
        el('h2', null, word(WORDS.contents)),
        el(
          'table',
          { class: 'contents' },
          el('thead', null, el('tr', null, head)),
          el(
            'tbody',
            null,
            levels.map(({ level }) =>
              el(
                'tr',
                null,
                el('td', null, `${level.act}.${level.order}`),
                el('td', null, say(level.title, 'inline')),
                el(
                  'td',
                  null,
                  join(
                    level.puzzles.map((p) => word(answerKeyOf(p)?.what ?? same(p.kind))),
                    ', ',
                  ),
                ),
                el('td', { class: 'number' }, word(filled(WORDS.shortMinutes, { n: playMinutes(level) }))),
              ),
            ),
          ),
          el(
            'tfoot',
            null,
            el(
              'tr',
              null,
              el('th', { scope: 'row', colspan: '3' }, word(WORDS.total)),
              el('td', { class: 'number' }, word(filled(WORDS.shortMinutes, { n: total }))),
            ),
          ),
        ),
      );
    },

    level({ level, place }: SourceLevel): Content {
      return el(
        'section',
        { class: 'level', id: `level-${level.id}` },
        el(
          'header',
          null,
          el('p', { class: 'kicker' }, word(filled(WORDS.actLevel, { act: level.act, order: level.order })), place ? [' · ', say(place.name, 'inline')] : null),
          el('h2', null, say(level.title, 'block')),
        ),
        el(
          'div',
          { class: 'facts' },
          labelled(WORDS.goal, say(level.goal)),
          glance(level),
          labelled(WORDS.estimated, word(filled(WORDS.minutes, { n: playMinutes(level) }))),
          labelled(
            WORDS.competences,
            join(
              level.competences.map((c) => word(competenceName(c))),
              ', ',
            ),
          ),
        ),
        room(level),
        el(
          'section',
          { class: 'puzzles' },
          el('h3', null, word(WORDS.puzzles)),
          level.puzzles.map((p, i) => puzzle(level, p, i + 1)),
        ),
        el('section', { class: 'debrief' }, el('h3', null, word(WORDS.debrief)), labelled(WORDS.reflection, say(level.debrief.reflection), 'reflection')),
      );
    },
  };
}

function join(parts: readonly Content[], separator: Content = ' · '): Content[] {
  return parts.flatMap((part, i) => (i === 0 ? [part] : [separator, part]));
}

/** The room's hotspots in an order a player can visit them: each one once what it needs is held. */
function inPlayableOrder(level: RawLevel): NonNullable<RawLevel['room']>['hotspots'] {
  const hotspots = level.room?.hotspots ?? [];
  const held = new Set<string>();
  const order: typeof hotspots = [];
  for (let progress = true; progress;) {
    progress = false;
    for (const h of hotspots) {
      if (order.includes(h) || (h.requires && !held.has(h.requires))) continue;
      order.push(h);
      if (h.gives) held.add(h.gives);
      const gift = h.opens ? level.puzzles.find((p) => p.id === h.opens)?.gives : undefined;
      if (gift) held.add(gift);
      progress = true;
    }
  }
  return [...order, ...hotspots.filter((h) => !order.includes(h))];
}
