import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { hashAnswer, isRightAnswer, normalizeAnswer } from '../../src/core/answers';
import { isWhole } from '../../src/core/level/acts';
import { INDEX_FILE, loadCatalogue, type Catalogue, type ReadFile } from '../../src/core/level/catalogue';
import { describeProblem, fieldPath, parseLevel, parseLevelIndex, type PuzzleOf, type LevelProblem } from '../../src/core/level/loader';
import { findDeadEnds } from '../../src/core/level/solvable';
import { SCHEMA_MESSAGES } from '../../src/core/level/messages';
import { levelSchema } from '../../src/core/level/schema';
import { codeLock, hints3, levelData, loadLevel, t } from './support/levels';

const LEVELS_DIR = fileURLToPath(new URL('../../levels', import.meta.url));
const ARCHIVE_FILE = 'act-1/archive.json';
const archiveText = readFileSync(join(LEVELS_DIR, ARCHIVE_FILE), 'utf8');

function problemsOf(data: unknown, file = 'test.json'): LevelProblem[] {
  const r = parseLevel(file, data);
  if (r.ok) throw new Error('expected the level to be refused, it loaded');
  return r.problems;
}

/** A problem message in both languages: the English matches, the French is there too. */
const msg = (en: RegExp | string) => ({
  fr: expect.stringMatching(/\S/),
  en: typeof en === 'string' ? expect.stringContaining(en) : expect.stringMatching(en),
});

function fieldsOf(data: unknown): string[] {
  return problemsOf(data).map((p) => p.field);
}

const spot = (id: string, more: Record<string, unknown>) => ({ id, label: t(id), x: 10, y: 10, w: 10, h: 10, prop: 'box', ...more });
const item = (id: string) => ({ id, label: t(id), description: t(`la ${id}`, `the ${id}`) });

/** A room level: the cabinet opens the lock; the other hotspots are given. */
function roomLevel(hotspots: Record<string, unknown>[], items: string[] = [], extra: Record<string, unknown> = {}) {
  return levelData({
    room: {
      items: items.map(item),
      hotspots: [spot('cabinet', { prop: 'cabinet', opens: 'lock-a' }), ...hotspots],
      hints: hints3(),
      goal: 'lock-a',
      ...extra,
    },
  });
}

function combinePuzzle(recipes: Record<string, unknown>[], goal: string, items = ['flour', 'water']) {
  return {
    kind: 'combine',
    id: 'mix',
    title: t('Mélange', 'Mix'),
    prompt: t('Combine', 'Combine'),
    hints: hints3(),
    items: items.map(item),
    recipes,
    goal,
    wrong: t('Non', 'No'),
  };
}
const recipe = (a: string, b: string, result: string) => ({ a, b, result: item(result), text: t(`${a}+${b}`) });

function dialoguePuzzle(nodes: Record<string, unknown>[], start = 'n1') {
  return { kind: 'dialogue', id: 'talk', title: t('Parler', 'Talk'), prompt: t('Parle', 'Talk'), hints: hints3(), start, nodes };
}
const node = (id: string, choices: Record<string, unknown>[]) => ({ id, speaker: t('Ana'), text: t(`texte ${id}`, `text ${id}`), choices });
const choice = (id: string, next: string | null, more: Record<string, unknown> = {}) => ({ id, text: t(id), next, ...more });

describe('the shipped archive level', () => {
  it('loads without problems', () => {
    const r = parseLevel(ARCHIVE_FILE, archiveText);
    expect(r.ok ? [] : r.problems).toEqual([]);
  });

  it('its code is hashed: answerHash and no answer, nowhere in the loaded data', () => {
    const level = loadLevel(archiveText, ARCHIVE_FILE);
    const lock = level.puzzles[0] as PuzzleOf<'code-lock'>;
    expect(lock.kind).toBe('code-lock');
    expect(lock.answerHash).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(lock).not.toHaveProperty('answer');
    expect(JSON.stringify(level.puzzles)).not.toContain('1952');
    expect(lock.answerHash).toBe(hashAnswer('cabinet-lock', '1952'));
  });

  it('isRightAnswer accepts 1952 however it is typed and refuses 1953', () => {
    const lock = loadLevel(archiveText, ARCHIVE_FILE).puzzles[0] as PuzzleOf<'code-lock'>;
    expect(isRightAnswer(lock.id, lock.answerHash, '1952')).toBe(true);
    expect(isRightAnswer(lock.id, lock.answerHash, ' 19 52 ')).toBe(true);
    expect(isRightAnswer(lock.id, lock.answerHash, '1953')).toBe(false);
    expect(isRightAnswer(lock.id, lock.answerHash, '')).toBe(false);
  });

  it('the same answer hashes differently in another puzzle (salted by puzzle id)', () => {
    expect(hashAnswer('cabinet-lock', '1952')).not.toBe(hashAnswer('other-lock', '1952'));
  });
});

describe('answers', () => {
  it('normalizeAnswer drops accents, case, spaces and punctuation', () => {
    expect(normalizeAnswer(' Boulangérie ! ')).toBe('BOULANGERIE');
    expect(normalizeAnswer('1 952')).toBe('1952');
    expect(normalizeAnswer('Ça-va')).toBe('CAVA');
  });

  it('cipher answers are hashed per language; accents and case are ignored', () => {
    const level = makeCipherLevel({ fr: 'Boulangère', en: 'Baker' });
    const cipher = level.puzzles[0] as PuzzleOf<'cipher'>;
    expect(cipher).not.toHaveProperty('answer');
    expect(typeof cipher.answerHash).toBe('object');
    expect(JSON.stringify(cipher)).not.toMatch(/boulang|baker/i);
    expect(isRightAnswer(cipher.id, cipher.answerHash, 'boulangere')).toBe(true);
    expect(isRightAnswer(cipher.id, cipher.answerHash, 'BOULANGÈRE')).toBe(true);
    expect(isRightAnswer(cipher.id, cipher.answerHash, 'baker!')).toBe(true);
    // A player who switched language mid-puzzle may answer in the other one.
    expect(isRightAnswer(cipher.id, cipher.answerHash, 'Boulangère')).toBe(true);
    expect(isRightAnswer(cipher.id, cipher.answerHash, 'baker')).toBe(true);
    expect(isRightAnswer(cipher.id, cipher.answerHash, 'baguette')).toBe(false);
  });

  it('a single cipher answer serves every language', () => {
    const cipher = makeCipherLevel('Mons').puzzles[0] as PuzzleOf<'cipher'>;
    expect(typeof cipher.answerHash).toBe('string');
    expect(isRightAnswer(cipher.id, cipher.answerHash, 'MONS')).toBe(true);
    expect(isRightAnswer(cipher.id, cipher.answerHash, 'mons')).toBe(true);
  });

  it('an answerHash given in the file is kept as is', () => {
    const hash = hashAnswer('lock-a', '4321');
    const level = loadLevel(levelData({ puzzles: [{ ...codeLock('lock-a', '4321'), answer: undefined, answerHash: hash }] }));
    const lock = level.puzzles[0] as PuzzleOf<'code-lock'>;
    expect(lock.answerHash).toBe(hash);
    expect(isRightAnswer('lock-a', lock.answerHash, '4321')).toBe(true);
  });

  function makeCipherLevel(answer: unknown) {
    return loadLevel(
      levelData({
        puzzles: [
          {
            kind: 'cipher',
            id: 'secret',
            title: t('Message'),
            prompt: t('Décode', 'Decode'),
            hints: hints3(),
            method: 'caesar',
            ciphertext: t('Eqwncpigtg', 'Dcnhu'),
            answer,
          },
        ],
      }),
    );
  }
});

describe('problems name the file and the exact field', () => {
  it('invalid JSON: the whole file', () => {
    const problems = problemsOf('{ "formatVersion": 1, ', 'act-2/broken.json');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'act-2/broken.json', field: '' });
    expect(problems[0]!.message.en).toMatch(/not valid JSON/);
    expect(problems[0]!.message.fr).toMatch(/pas du JSON valide/);
  });

  it.each([
    ['an object without formatVersion', { id: 'x' }],
    ['an array', [1, 2]],
    ['null', null],
    ['a string of JSON that is a number', '12'],
  ])('not a level (%s): formatVersion', (_name, data) => {
    const problems = problemsOf(data, 'notes.json');
    expect(problems).toEqual([expect.objectContaining({ file: 'notes.json', field: 'formatVersion', message: msg(/not an Envol level/) })]);
  });

  it('a newer formatVersion asks to update the game', () => {
    const problems = problemsOf(levelData({ formatVersion: 2 }), 'future.json');
    expect(problems).toEqual([{ file: 'future.json', field: 'formatVersion', message: msg(/newer.*update the game/) }]);
  });

  it('an older or odd formatVersion is refused on formatVersion', () => {
    expect(fieldsOf(levelData({ formatVersion: 0 }))).toEqual(['formatVersion']);
    expect(fieldsOf(levelData({ formatVersion: '1' }))).toEqual(['formatVersion']);
  });

  it('a missing English text: title.en', () => {
    expect(problemsOf(levelData({ title: { fr: 'Titre' } }), 'a.json')).toEqual([
      { file: 'a.json', field: 'title.en', message: { fr: 'manquant (attendu : un texte en anglais)', en: 'missing (expected: an English text)' } },
    ]);
  });

  it('an empty or missing text deep inside: the full path', () => {
    const puzzles = [{ ...codeLock('lock-a', '1234'), hints: [t('1'), { fr: '2', en: '' }, t('3')] }];
    expect(problemsOf(levelData({ puzzles }))).toEqual([{ file: 'test.json', field: 'puzzles[0].hints[1].en', message: msg('an English text') }]);
    const intro = [
      { speaker: t('A'), text: t('B') },
      { speaker: { en: 'A' }, text: t('B') },
    ];
    expect(fieldsOf(levelData({ intro }))).toEqual(['intro[1].speaker.fr']);
  });

  it('an unknown puzzle kind: puzzles[i].kind', () => {
    const puzzles = [codeLock('lock-a', '1234'), { ...codeLock('lock-b', '1234'), kind: 'riddle' }];
    const problems = problemsOf(levelData({ puzzles }));
    expect(problems).toHaveLength(1);
    expect(problems[0]!.field).toBe('puzzles[1].kind');
    expect(problems[0]!.message.en).toContain('code-lock');
    expect(problems[0]!.message.fr).toContain('code-lock');
  });

  it('an unknown field (typo) is refused where it is', () => {
    expect(fieldsOf(levelData({ puzzles: [codeLock('lock-a', '1234', { lenght: 4 })] }))).toEqual(['puzzles[0]']);
  });

  it('a hotspot requiring an unknown item: room.hotspots[i].requires', () => {
    const problems = problemsOf(roomLevel([spot('drawer', { requires: 'golden-key', text: t('fiches', 'cards') })], ['brass-key']));
    expect(problems).toEqual([{ file: 'test.json', field: 'room.hotspots[1].requires', message: msg('golden-key') }]);
  });

  it('a hotspot giving an unknown item, or opening an unknown puzzle', () => {
    const fields = fieldsOf(roomLevel([spot('shelf', { gives: 'ghost-key', text: t('x') }), spot('safe', { opens: 'no-such-lock' })], ['brass-key']));
    expect(fields).toEqual(['room.hotspots[1].gives', 'room.hotspots[2].opens']);
  });

  it('a hotspot with nothing to show: the hotspot itself', () => {
    expect(fieldsOf(roomLevel([spot('plant', {})]))).toEqual(['room.hotspots[1]']);
  });

  it('a room goal that no hotspot opens, or that is not a puzzle', () => {
    const notOpened = levelData({
      puzzles: [codeLock('lock-a', '1234'), codeLock('lock-b', '1234')],
      room: { items: [], hotspots: [spot('cabinet', { opens: 'lock-a' })], hints: hints3(), goal: 'lock-b' },
    });
    expect(problemsOf(notOpened)).toEqual([{ file: 'test.json', field: 'room.goal', message: msg(/no hotspot opens/) }]);
    expect(fieldsOf(roomLevel([], [], { goal: 'nothing' }))).toEqual(['room.goal']);
  });

  it('dead end: an item that only a hotspot behind it gives (solvable.ts)', () => {
    // The drawer needs the key; the key is in the box; the box needs the card; the card is in the drawer.
    const problems = problemsOf(
      roomLevel(
        [
          spot('drawer', { requires: 'key', gives: 'card', text: t('tiroir', 'drawer') }),
          spot('box', { requires: 'card', gives: 'key', text: t('boîte', 'box') }),
        ],
        ['key', 'card'],
      ),
    );
    expect(problems).toEqual([
      { file: 'test.json', field: 'room.hotspots[1].requires', message: msg(/needs "key".*no reachable hotspot/) },
      { file: 'test.json', field: 'room.hotspots[2].requires', message: msg(/needs "card"/) },
    ]);
  });

  it('dead end: the goal hotspot needs an item nobody gives', () => {
    const data = levelData({
      room: {
        items: [item('key')],
        hotspots: [spot('cabinet', { opens: 'lock-a', requires: 'key' }), spot('poster', { text: t('affiche', 'poster') })],
        hints: hints3(),
        goal: 'lock-a',
      },
    });
    expect(fieldsOf(data)).toEqual(['room.hotspots[0].requires']);
  });

  it('a chain of items in the right order loads', () => {
    const data = roomLevel([spot('box', { requires: 'card', gives: 'key', text: t('b') }), spot('drawer', { gives: 'card', text: t('d') })], ['key', 'card']);
    expect(parseLevel('ok.json', data).ok).toBe(true);
  });

  it('dead end: a puzzle of a room level that no hotspot opens', () => {
    const data = levelData({
      puzzles: [codeLock('lock-a', '1234'), codeLock('lock-b', '5678')],
      room: { items: [], hotspots: [spot('cabinet', { opens: 'lock-a' })], hints: hints3(), goal: 'lock-a' },
    });
    expect(problemsOf(data)).toEqual([{ file: 'test.json', field: 'puzzles[1]', message: msg('lock-b') }]);
  });

  it('a combine goal that cannot be made: puzzles[i].goal', () => {
    // "bread" needs "dough" which needs "bread": both are known, neither can be made.
    const data = levelData({ puzzles: [combinePuzzle([recipe('flour', 'dough', 'bread'), recipe('bread', 'water', 'dough')], 'bread')] });
    expect(problemsOf(data)).toEqual([{ file: 'test.json', field: 'puzzles[0].goal', message: msg(/"bread" cannot be made/) }]);
  });

  it('a combine recipe or goal naming no item', () => {
    const data = levelData({ puzzles: [combinePuzzle([recipe('flour', 'salt', 'dough')], 'cake')] });
    expect(fieldsOf(data)).toEqual(['puzzles[0].recipes[0].b', 'puzzles[0].goal']);
  });

  it('a combine goal that can be made loads', () => {
    const data = levelData({
      puzzles: [combinePuzzle([recipe('flour', 'water', 'dough'), recipe('dough', 'yeast', 'bread')], 'bread', ['flour', 'water', 'yeast'])],
    });
    expect(parseLevel('ok.json', data).ok).toBe(true);
  });

  it('a combine recipe of an item with itself is refused on its "b"', () => {
    const data = levelData({ puzzles: [combinePuzzle([recipe('flour', 'flour', 'dough')], 'dough')] });
    expect(fieldsOf(data)).toEqual(['puzzles[0].recipes[0].b']);
  });

  it('a dialogue loop that can never end: puzzles[i].nodes[j].choices', () => {
    const data = levelData({ puzzles: [dialoguePuzzle([node('n1', [choice('go', 'n2')]), node('n2', [choice('back', 'n1')])])] });
    expect(problemsOf(data)).toEqual([
      { file: 'test.json', field: 'puzzles[0].nodes[0].choices', message: msg(/never end/) },
      { file: 'test.json', field: 'puzzles[0].nodes[1].choices', message: msg(/never end/) },
    ]);
  });

  it('a dialogue whose only way out is conditional cannot end whatever the flags', () => {
    const data = levelData({
      puzzles: [dialoguePuzzle([node('n1', [choice('stay', 'n1'), choice('leave', null, { when: { flag: 'has-map' } })])])],
    });
    expect(fieldsOf(data)).toEqual(['puzzles[0].nodes[0].choices']);
  });

  it('a loop with an unconditional way out loads; an unreachable node is reported', () => {
    const ok = levelData({ puzzles: [dialoguePuzzle([node('n1', [choice('again', 'n1'), choice('bye', null)])])] });
    expect(parseLevel('ok.json', ok).ok).toBe(true);
    const orphan = levelData({ puzzles: [dialoguePuzzle([node('n1', [choice('bye', null)]), node('n2', [choice('bye', null)])])] });
    expect(problemsOf(orphan)).toEqual([{ file: 'test.json', field: 'puzzles[0].nodes[1]', message: msg(/never be reached/) }]);
  });

  it('dialogue references: a missing start or next node', () => {
    const data = levelData({ puzzles: [dialoguePuzzle([node('n1', [choice('go', 'n9')])], 'n0')] });
    expect(fieldsOf(data)).toEqual(['puzzles[0].start', 'puzzles[0].nodes[0].choices[0].next']);
  });

  it('an award for a competence the level does not declare', () => {
    const puzzles = [
      codeLock('lock-a', '1234', {
        awards: [
          { competence: 'valuing-ideas', points: 1, for: 'solved' },
          { competence: 'creativity', points: 1, for: 'solved' },
        ],
      }),
    ];
    expect(problemsOf(levelData({ puzzles }))).toEqual([{ file: 'test.json', field: 'puzzles[0].awards[1].competence', message: msg('"creativity"') }]);
    const room = roomLevel([], [], { awards: [{ competence: 'planning', points: 2, for: 'solved' }] });
    expect(fieldsOf(room)).toEqual(['room.awards[0].competence']);
  });

  it('an award for a competence that does not exist at all', () => {
    const puzzles = [codeLock('lock-a', '1234', { awards: [{ competence: 'juggling', points: 1, for: 'solved' }] })];
    expect(fieldsOf(levelData({ puzzles }))).toEqual(['puzzles[0].awards[0].competence']);
  });

  it('a code-lock answer of the wrong length, or not digits', () => {
    expect(problemsOf(levelData({ puzzles: [codeLock('lock-a', '1234', { answer: '12345' })] }))).toEqual([
      { file: 'test.json', field: 'puzzles[0].answer', message: msg(/4 characters/) },
    ]);
    expect(problemsOf(levelData({ puzzles: [codeLock('lock-a', '12a4')] }))).toEqual([
      { file: 'test.json', field: 'puzzles[0].answer', message: msg(/digits only/) },
    ]);
    // Spaces are not counted.
    expect(parseLevel('ok.json', levelData({ puzzles: [codeLock('lock-a', '1234', { answer: '12 34' })] })).ok).toBe(true);
    // Letters are fine when the charset says so.
    expect(parseLevel('ok.json', levelData({ puzzles: [codeLock('lock-a', 'ABCD', { charset: 'letters' })] })).ok).toBe(true);
  });

  it('a code-lock with neither answer nor answerHash', () => {
    expect(fieldsOf(levelData({ puzzles: [codeLock('lock-a', '1234', { answer: undefined })] }))).toEqual(['puzzles[0].answer']);
  });

  it('duplicate ids are reported on the second one', () => {
    expect(problemsOf(levelData({ puzzles: [codeLock('same', '1234'), codeLock('same', '4321')] }))).toEqual([
      { file: 'test.json', field: 'puzzles[1].id', message: msg('used twice') },
    ]);
  });

  it('several problems at once are all reported', () => {
    const fields = fieldsOf(levelData({ title: { fr: 'T' }, act: 9, puzzles: [] }));
    expect(fields).toEqual(expect.arrayContaining(['title.en', 'act', 'puzzles']));
  });

  it('describeProblem reads as "file:line:column  field  message", in English unless asked', () => {
    const missing = { fr: 'un texte en anglais', en: 'an English text' };
    expect(describeProblem({ file: 'a.json', field: 'title.en', message: missing })).toBe('a.json  title.en  an English text');
    expect(describeProblem({ file: 'a.json', field: 'title.en', line: 3, column: 5, message: missing }, 'fr')).toBe(
      'a.json:3:5  title.en  un texte en anglais',
    );
    expect(describeProblem({ file: 'a.json', field: '', message: { fr: 'pas du JSON', en: 'not valid JSON' } })).toBe('a.json  not valid JSON');
    expect(describeProblem({ file: 'a.json', field: 'x', severity: 'warning', message: missing })).toBe('a.json  x  warning: an English text');
  });

  it('fieldPath joins keys with dots and indexes with brackets', () => {
    expect(fieldPath(['room', 'hotspots', 2, 'requires'])).toBe('room.hotspots[2].requires');
    expect(fieldPath([0, 'a'])).toBe('[0].a');
    expect(fieldPath([])).toBe('');
  });

  it('findDeadEnds finds nothing in the shipped level', () => {
    const parsed = levelSchema.parse(JSON.parse(archiveText));
    expect(findDeadEnds(parsed)).toEqual([]);
  });
});

describe('every problem in French and in English', () => {
  /** The one problem of a file, checked to say something, and something different, in both languages. */
  function bilingual(problems: LevelProblem[], field: string): { fr: string; en: string } {
    const p = problems.find((x) => x.field === field);
    expect(p, `no problem on "${field}" in ${JSON.stringify(problems)}`).toBeDefined();
    const { fr, en } = p!.message;
    expect(fr.trim()).not.toBe('');
    expect(en.trim()).not.toBe('');
    expect(fr).not.toBe(en);
    return { fr, en };
  }

  it('invalid JSON', () => {
    const m = bilingual(problemsOf('{ "formatVersion": 1, oops'), '');
    expect(m.fr).toMatch(/^ce n'est pas du JSON valide : .+/);
    expect(m.en).toMatch(/^not valid JSON: .+/);
  });

  it('a missing or empty translation', () => {
    expect(bilingual(problemsOf(levelData({ title: { fr: 'Titre' } })), 'title.en')).toEqual({
      fr: 'manquant (attendu : un texte en anglais)',
      en: 'missing (expected: an English text)',
    });
    expect(bilingual(problemsOf(levelData({ goal: { fr: '', en: 'Goal' } })), 'goal.fr')).toEqual({
      fr: 'attendu : un texte en français (reçu : un texte vide)',
      en: 'expected: a French text (received: an empty text)',
    });
  });

  it('a wrong type, with the value received', () => {
    expect(bilingual(problemsOf(levelData({ order: 'first' })), 'order')).toEqual({
      fr: 'attendu : un nombre (reçu : "first")',
      en: 'expected: a number (received: "first")',
    });
    expect(bilingual(problemsOf(levelData({ order: 1.5 })), 'order')).toEqual({
      fr: 'attendu : un nombre entier (reçu : 1.5)',
      en: 'expected: a whole number (received: 1.5)',
    });
    expect(bilingual(problemsOf(levelData({ intro: { speaker: t('A') } })), 'intro')).toEqual({
      fr: 'attendu : une liste [ … ] (reçu : un objet { … })',
      en: 'expected: a list [ … ] (received: an object { … })',
    });
  });

  it('an unknown key', () => {
    expect(bilingual(problemsOf(levelData({ puzzles: [codeLock('lock-a', '1234', { lenght: 4 })] })), 'puzzles[0]')).toEqual({
      fr: 'champ inconnu : lenght (à retirer ou à corriger)',
      en: 'unknown field: lenght (remove or fix it)',
    });
    const m = bilingual(problemsOf(levelData({ colour: 'red', size: 2 })), '');
    expect(m.fr).toBe('champs inconnus : colour, size (à retirer ou à corriger)');
    expect(m.en).toBe('unknown fields: colour, size (remove or fix them)');
  });

  it('an unknown value of a list of values (a hotspot prop, a competence, an act)', () => {
    const spotted = problemsOf(roomLevel([spot('sofa', { prop: 'sofa', text: t('x') })]));
    const prop = bilingual(spotted, 'room.hotspots[1].prop');
    expect(prop.fr).toMatch(/^attendu : une de ces valeurs : cabinet, shelf, .*, bin \(reçu : "sofa"\)$/);
    expect(prop.en).toMatch(/^expected: one of these values: cabinet, shelf, .*, bin \(received: "sofa"\)$/);
    expect(bilingual(problemsOf(levelData({ competences: ['juggling'] })), 'competences[0]').fr).toContain('planning');
    expect(bilingual(problemsOf(levelData({ act: 9 })), 'act')).toEqual({
      fr: 'attendu : une de ces valeurs : 1, 2, 3 (reçu : 9)',
      en: 'expected: one of these values: 1, 2, 3 (received: 9)',
    });
  });

  it("the schema's own messages: an id, three hints, the format version", () => {
    expect(bilingual(problemsOf(levelData({ id: 'Red Card' })), 'id')).toEqual({
      fr: 'attendu : un identifiant en minuscules, chiffres et tirets, comme "carte-rouge" (reçu : "Red Card")',
      en: 'expected: an id in lower case letters, digits and dashes, like "red-card" (received: "Red Card")',
    });
    const hints = bilingual(problemsOf(levelData({ puzzles: [codeLock('lock-a', '1234', { hints: [t('1')] })] })), 'puzzles[0].hints');
    expect(hints.fr).toBe('attendu : trois indices (un coup de pouce, une piste, la réponse) (reçu : une liste de 1 élément)');
    expect(hints.en).toBe('expected: three hints (a nudge, a clue, the answer) (received: a list of 1 item)');
    expect(bilingual(problemsOf(levelData({ formatVersion: 0 })), 'formatVersion').fr).toContain('le format de niveau que ce jeu lit');
    expect(bilingual(problemsOf(levelData({ formatVersion: 3 })), 'formatVersion').fr).toMatch(/plus récent.*mettre le jeu à jour/);
  });

  it('a union reports inside the one shape that came close', () => {
    // A cipher answer per language, the English one missing: the problem is on answer.en.
    const cipher = { ...codeLock('lock-a', '1234'), kind: 'cipher', method: 'caesar', ciphertext: t('x'), answer: { fr: 'Mons' } };
    delete (cipher as Record<string, unknown>).length;
    expect(bilingual(problemsOf(levelData({ puzzles: [cipher] })), 'puzzles[0].answer.en').en).toBe('missing (expected: an English text)');
  });

  it('a cross-check problem', () => {
    const problems = problemsOf(roomLevel([spot('drawer', { requires: 'golden-key', text: t('fiches', 'cards') })], ['brass-key']));
    expect(bilingual(problems, 'room.hotspots[1].requires')).toEqual({
      fr: 'aucun objet "golden-key" dans room.items',
      en: 'no item "golden-key" in room.items',
    });
  });

  it('a dead end', () => {
    const problems = problemsOf(
      roomLevel(
        [
          spot('drawer', { requires: 'key', gives: 'card', text: t('tiroir', 'drawer') }),
          spot('box', { requires: 'card', gives: 'key', text: t('boîte', 'box') }),
        ],
        ['key', 'card'],
      ),
    );
    expect(bilingual(problems, 'room.hotspots[1].requires')).toEqual({
      fr: 'a besoin de "key", qu\'aucune zone cliquable accessible ne donne',
      en: 'needs "key", which no reachable hotspot gives',
    });
  });

  it('the level index and the catalogue', async () => {
    const index = parseLevelIndex(INDEX_FILE, { formatVersion: 1, places: [{ id: 'a', name: t('A'), x: 1, y: 1 }], levels: ['../secret.txt'] });
    expect(bilingual(index.ok ? [] : index.problems, 'levels[0]')).toEqual({
      fr: 'attendu : un chemin comme "act-1/archive.json" (reçu : "../secret.txt")',
      en: 'expected: a path like "act-1/archive.json" (received: "../secret.txt")',
    });
    const cat = await loadCatalogue(async (path) => {
      if (path === INDEX_FILE) return JSON.stringify({ formatVersion: 1, places: [{ id: 'a', name: t('A'), x: 1, y: 1 }], levels: ['x.json'] });
      throw new Error('404');
    });
    expect(bilingual(cat.problems, '')).toEqual({ fr: 'impossible à lire (404)', en: 'could not be read (404)' });
  });

  it('every message the schema names by key is in both languages, and none is left as a bare key', () => {
    for (const [key, m] of Object.entries(SCHEMA_MESSAGES)) {
      expect(m.fr.trim(), key).not.toBe('');
      expect(m.en.trim(), key).not.toBe('');
      expect(m.fr, key).not.toBe(m.en);
    }
    const keys = new Set(Object.keys(SCHEMA_MESSAGES));
    const problems = problemsOf(levelData({ id: 'X', title: { fr: '' }, puzzles: [codeLock('lock-a', '1', { hints: [] })] }));
    for (const p of problems) {
      expect(keys.has(p.message.fr)).toBe(false);
      expect(keys.has(p.message.en)).toBe(false);
    }
  });

  it('leaves zod itself as it was: its own messages are unchanged for the rest of the app', async () => {
    const { z } = await import('zod');
    problemsOf(levelData({ order: 'first' }));
    expect(z.number().safeParse('x').error?.issues[0]?.message).toBe('Invalid input: expected number, received string');
  });
});

describe('level index', () => {
  it('the shipped index parses', () => {
    const r = parseLevelIndex(INDEX_FILE, readFileSync(join(LEVELS_DIR, INDEX_FILE), 'utf8'));
    expect(r.ok).toBe(true);
  });

  it('a level path that is not a .json path is refused on its field', () => {
    const r = parseLevelIndex(INDEX_FILE, { formatVersion: 1, places: [{ id: 'a', name: t('A'), x: 1, y: 1 }], levels: ['../secret.txt'] });
    expect(r.ok ? [] : r.problems.map((p) => p.field)).toEqual(['levels[0]']);
  });
});

describe('loadCatalogue', () => {
  const place = (id: string) => ({ id, name: t(id), x: 50, y: 50 });
  const indexWith = (levels: string[], places = ['archive', 'fablab']) => JSON.stringify({ formatVersion: 1, places: places.map(place), levels });
  const reader =
    (files: Record<string, string>): ReadFile =>
    async (path) => {
      const text = files[path];
      if (text === undefined) throw new Error(`404 ${path}`);
      return text;
    };
  const level = (id: string, act: number, order: number, place = 'archive') => JSON.stringify(levelData({ id, act, order, place }));

  it('loads the shipped levels with no problem', async () => {
    const cat = await loadCatalogue(async (path) => readFileSync(join(LEVELS_DIR, path), 'utf8'));
    expect(cat.problems).toEqual([]);
    expect(cat.levels.map((l) => l.id)).toContain('archive');
    expect(cat.places.map((p) => p.id)).toContain('archive');
  });

  it('levels come back in journey order (act, then order), whatever the index order', async () => {
    const cat = await loadCatalogue(
      reader({
        [INDEX_FILE]: indexWith(['c.json', 'a.json', 'b.json']),
        'a.json': level('a', 2, 1),
        'b.json': level('b', 1, 2),
        'c.json': level('c', 1, 1),
      }),
    );
    expect(cat.problems).toEqual([]);
    expect(cat.levels.map((l) => l.id)).toEqual(['c', 'b', 'a']);
  });

  it('a broken file is reported and the others still load', async () => {
    const cat = await loadCatalogue(
      reader({
        [INDEX_FILE]: indexWith(['good.json', 'broken.json', 'bad-field.json', 'also-good.json']),
        'good.json': level('good', 1, 1),
        'broken.json': '{ "formatVersion": 1,',
        'bad-field.json': JSON.stringify(levelData({ id: 'bad', title: { fr: 'x' } })),
        'also-good.json': level('also-good', 1, 2, 'fablab'),
      }),
    );
    expect(cat.levels.map((l) => l.id)).toEqual(['good', 'also-good']);
    expect(cat.problems).toEqual([
      { file: 'broken.json', field: '', line: 1, column: 22, message: msg(/not valid JSON/) },
      { file: 'bad-field.json', field: 'title.en', line: 1, column: expect.any(Number), message: msg(/\S/) },
    ]);
  });

  it('a level whose place is not in the index is reported and left out', async () => {
    const cat = await loadCatalogue(reader({ [INDEX_FILE]: indexWith(['a.json', 'b.json']), 'a.json': level('a', 1, 1), 'b.json': level('b', 1, 2, 'moon') }));
    expect(cat.levels.map((l) => l.id)).toEqual(['a']);
    expect(cat.problems).toEqual([{ file: 'b.json', field: 'place', message: msg('"moon"') }]);
  });

  it('an unreadable file (the reader throws) is reported with the reason', async () => {
    const cat = await loadCatalogue(reader({ [INDEX_FILE]: indexWith(['a.json', 'gone.json']), 'a.json': level('a', 1, 1) }));
    expect(cat.levels.map((l) => l.id)).toEqual(['a']);
    expect(cat.problems).toEqual([{ file: 'gone.json', field: '', message: msg(/could not be read.*404 gone\.json/) }]);
  });

  it('a reader that throws something other than an Error is still reported', async () => {
    const cat = await loadCatalogue(async (path) => {
      if (path === INDEX_FILE) return indexWith(['a.json']);
      throw 'offline';
    });
    expect(cat.problems).toEqual([{ file: 'a.json', field: '', message: msg('offline') }]);
    expect(cat.levels).toEqual([]);
  });

  it('two files with the same level id: the second is reported', async () => {
    const cat = await loadCatalogue(reader({ [INDEX_FILE]: indexWith(['a.json', 'copy.json']), 'a.json': level('a', 1, 1), 'copy.json': level('a', 1, 2) }));
    expect(cat.levels).toHaveLength(1);
    expect(cat.problems).toEqual([{ file: 'copy.json', field: 'id', message: msg('"a"') }]);
  });

  it('says how far it has come, and lets the page breathe between two levels', async () => {
    const files = {
      [INDEX_FILE]: indexWith(['a.json', 'b.json', 'c.json']),
      'a.json': level('a', 1, 1),
      'b.json': level('b', 1, 2),
      'c.json': level('c', 2, 1),
    };
    const steps: string[] = [];
    const cat = await loadCatalogue(reader(files), {
      onProgress: (done, total) => steps.push(`${done}/${total}`),
      pause: async () => void steps.push('pause'),
    });
    expect(cat.levels.map((l) => l.id)).toEqual(['a', 'b', 'c']);
    // The glossary and three files read (their order is the network's), then each level checked after a pause.
    expect(steps.slice(0, 4)).toEqual(['1/7', '2/7', '3/7', '4/7']);
    expect(steps.slice(4)).toEqual(['pause', '5/7', 'pause', '6/7', 'pause', '7/7']);
  });

  it('comes act by act: the first act is given to play while the later acts are read, each asked for once the one before is in', async () => {
    const files = {
      [INDEX_FILE]: indexWith(['act-3/e.json', 'act-1/a.json', 'act-2/c.json', 'act-1/b.json', 'extra.json', 'act-2/d.json']),
      'act-1/a.json': level('a', 1, 1),
      'act-1/b.json': level('b', 1, 2),
      'extra.json': level('x', 1, 3),
      'act-2/c.json': level('c', 2, 1),
      'act-2/d.json': level('d', 2, 2),
      'act-3/e.json': level('e', 3, 1),
    };
    const read = reader(files);
    const log: string[] = [];
    const parts: { levels: string[]; pending?: number; whole: boolean }[] = [];
    const cat = await loadCatalogue(
      async (path) => {
        log.push(`read ${path}`);
        return read(path);
      },
      {
        onPart: (part) => {
          log.push(`part ${part.levels.length}`);
          parts.push({ levels: part.levels.map((l) => l.id), pending: part.pending, whole: isWhole(part) });
        },
      },
    );
    // A file outside the act folders comes with the first act.
    expect(parts).toEqual([
      { levels: ['a', 'b', 'x'], pending: 3, whole: false },
      { levels: ['a', 'b', 'x', 'c', 'd'], pending: 1, whole: false },
    ]);
    expect(cat.levels.map((l) => l.id)).toEqual(['a', 'b', 'x', 'c', 'd', 'e']);
    expect(cat.pending).toBeUndefined();
    expect(isWhole(cat)).toBe(true);
    // Act 2 is asked for once act 1 is read (it is read while act 1 is checked); act 3 only after act 1 was given.
    const at = (entry: string) => log.indexOf(entry);
    expect(at('read act-2/c.json')).toBeGreaterThan(at('read act-1/b.json'));
    expect(at('read act-3/e.json')).toBeGreaterThan(at('part 3'));
    expect(at('read act-3/e.json')).toBeLessThan(at('part 5'));
  });

  it("a level filed in another act's folder still plays, with a warning saying where it belongs", async () => {
    const cat = await loadCatalogue(
      reader({ [INDEX_FILE]: indexWith(['act-1/a.json', 'act-1/c.json']), 'act-1/a.json': level('a', 1, 1), 'act-1/c.json': level('c', 2, 1) }),
      {
        readability: false,
      },
    );
    expect(cat.levels.map((l) => l.id)).toEqual(['a', 'c']);
    expect(cat.problems).toEqual([{ file: 'act-1/c.json', field: 'act', severity: 'warning', message: msg('act-2/') }]);
  });

  it('one act only: no part is given before the whole', async () => {
    const parts: unknown[] = [];
    const cat = await loadCatalogue(reader({ [INDEX_FILE]: indexWith(['act-1/a.json']), 'act-1/a.json': level('a', 1, 1) }), { onPart: (p) => parts.push(p) });
    expect(parts).toEqual([]);
    expect(cat.levels.map((l) => l.id)).toEqual(['a']);
  });

  it('gives readability advice unless told not to (the built game starts without it), and still refuses what is wrong', async () => {
    const hard = JSON.stringify(levelData({ id: 'a', intro: [{ speaker: t('Moi', 'Me'), text: t('Tu es un·e entrepreneur·e.', 'You are a founder.') }] }));
    const files = { [INDEX_FILE]: indexWith(['a.json', 'broken.json']), 'a.json': hard, 'broken.json': '{ "formatVersion": 1,' };
    const advised = await loadCatalogue(reader(files));
    expect(advised.problems.filter((p) => p.severity === 'warning').map((p) => p.file)).toEqual(['a.json', 'a.json']);
    const quick = await loadCatalogue(reader(files), { readability: false });
    expect(quick.levels.map((l) => l.id)).toEqual(['a']);
    expect(quick.problems.map((p) => p.file)).toEqual(['broken.json']);
  });

  it('no index or a broken index: no levels, the problem reported', async () => {
    const none = await loadCatalogue(reader({}));
    expect(none).toEqual({ places: [], levels: [], trainerLevels: [], problems: [{ file: INDEX_FILE, field: '', message: msg(/could not be read/) }] });
    const broken = await loadCatalogue(reader({ [INDEX_FILE]: JSON.stringify({ formatVersion: 1, places: [], levels: [] }) }));
    expect(broken.levels).toEqual([]);
    expect(broken.problems.map((p) => [p.file, p.field])).toEqual([
      [INDEX_FILE, 'places'],
      [INDEX_FILE, 'levels'],
    ]);
  });
});

describe('a trainer level loaded in the running game', async () => {
  const { addTrainerLevel, loadCatalogue, withTrainerFiles } = await import('../../src/core/level/catalogue');
  const { readFile } = await import('node:fs/promises');
  const { join } = await import('node:path');
  const dir = join(import.meta.dirname, '..', '..', 'levels');
  const base = await loadCatalogue((p) => readFile(join(dir, p), 'utf8'));
  const archiveText = await readFile(join(dir, 'act-1', 'archive.json'), 'utf8');

  it('adds a valid file as an extra level, and replaces it when loaded again', () => {
    const mine = JSON.parse(archiveText);
    mine.id = 'my-room';
    let cat = addTrainerLevel(base, 'my-room.json', JSON.stringify(mine));
    expect(cat.trainerLevels.map((l) => l.id)).toEqual(['my-room']);
    expect(cat.levels).toBe(base.levels);
    mine.title.fr = 'Ma salle';
    cat = addTrainerLevel(cat, 'my-room.json', JSON.stringify(mine));
    expect(cat.trainerLevels).toHaveLength(1);
    expect(cat.trainerLevels[0]!.title.fr).toBe('Ma salle');
  });

  it('reports a broken file by file and field, and a fixed reload clears the report', () => {
    const broken = JSON.parse(archiveText);
    broken.id = 'my-room';
    broken.puzzles[0].length = 5;
    let cat = addTrainerLevel(base, 'my-room.json', JSON.stringify(broken));
    expect(cat.trainerLevels).toEqual([]);
    expect(cat.problems).toContainEqual(expect.objectContaining({ file: 'my-room.json', field: 'puzzles[0].answer' }));
    broken.puzzles[0].length = 4;
    cat = addTrainerLevel(cat, 'my-room.json', JSON.stringify(broken));
    expect(cat.problems.filter((p) => p.file === 'my-room.json')).toEqual([]);
    expect(cat.trainerLevels).toHaveLength(1);
  });

  it('refuses an id the journey already uses', () => {
    const cat = addTrainerLevel(base, 'copy.json', archiveText);
    expect(cat.problems).toContainEqual(expect.objectContaining({ file: 'copy.json', field: 'id' }));
  });
  it("is checked again when the journey's levels change (an act arriving): its problems kept, an id the journey now uses refused", () => {
    const broken = JSON.parse(archiveText);
    broken.id = 'my-room';
    broken.puzzles[0].length = 5;
    // Loaded while only the first act was in: a copy of the market is a level of its own then.
    const market = base.levels.find((l) => l.id === 'market')!;
    const early: Catalogue = { ...base, levels: base.levels.filter((l) => l.act === 1), pending: 6 };
    const files = new Map([
      ['my-room.json', JSON.stringify(broken)],
      ['market-copy.json', readFileSync(join(dir, 'act-2', 'market.json'), 'utf8')],
    ]);
    let cat = early;
    for (const [file, text] of files) cat = addTrainerLevel(cat, file, text);
    expect(cat.trainerLevels.map((l) => l.id)).toEqual([market.id]);
    // The second act arrives: the copy is refused, as it would have been from the start; the broken file is still reported.
    const whole = withTrainerFiles(base, files);
    expect(whole.trainerLevels).toEqual([]);
    expect(whole.levels).toBe(base.levels);
    expect(whole.problems).toContainEqual(expect.objectContaining({ file: 'market-copy.json', field: 'id' }));
    expect(whole.problems).toContainEqual(expect.objectContaining({ file: 'my-room.json', field: 'puzzles[0].answer' }));
  });
});
