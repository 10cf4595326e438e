/**
 * The trainer's answer key (`npm run answer-key`): every answer of the levels it is asked for,
 * read here straight from the level files, is on the sheet; level texts never become markup;
 * a wrong argument is refused in words, with exit code 1; and the sheet never goes where the
 * game is published.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { levelSchema } from '../../src/core/level/schema';
import { PUZZLE_KINDS } from '../../src/puzzles';
import { runAnswerKey } from '../../scripts/answer-key/cli';
import { escapeHtml } from '../../scripts/answer-key/html';
import { answerKeySheet } from '../../scripts/answer-key/sheet';
import { codeLock, hints3, levelData, t } from './support/levels';

const ROOT = join(import.meta.dirname, '..', '..');
const MADE = new Date('2026-01-15T10:00:00Z');

type Texts = { fr: string; en: string };
/** A level file as written, read without the game's code: only what these checks look at. */
interface LevelFile {
  id: string;
  act: number;
  title: Texts;
  goal: Texts;
  competences: string[];
  room?: { hints: Texts[]; hotspots: { label: Texts; text?: Texts }[] };
  puzzles: (Record<string, unknown> & { kind: string; id: string; title: Texts; hints: Texts[] })[];
  debrief: { reflection: Texts };
}

function journeyFiles(): { file: string; level: LevelFile }[] {
  const index = JSON.parse(readFileSync(join(ROOT, 'levels', 'index.json'), 'utf8')) as { levels: string[] };
  return index.levels.map((file) => ({ file, level: JSON.parse(readFileSync(join(ROOT, 'levels', file), 'utf8')) as LevelFile }));
}

/** What a reader sees of the page: the text without tags, entities read back. */
function readable(html: string): string {
  return html
    .replace(/<style>[\s\S]*?<\/style>/, '')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

/** The text of every line marked as the answer (★, bold). */
function keyLines(html: string): string[] {
  return [...html.matchAll(/<li class="key">([\s\S]*?)<\/li>/g)].map((m) => readable(m[1]!));
}

/** The positions of texts on the page, each searched for after the one before: -1 when one is missing or out of order. */
function inOrder(page: string, texts: string[]): number {
  let from = 0;
  for (const text of texts) {
    const at = page.indexOf(text, from);
    if (at < 0) return -1;
    from = at + text.length;
  }
  return from;
}

const money = (n: number) => new Intl.NumberFormat('fr').format(n);

let dir: string;
const say = { lines: [] as string[], errors: [] as string[] };
const console_ = { out: (l: string) => say.lines.push(l), error: (l: string) => say.errors.push(l) };
const run = (args: string[]) => runAnswerKey(args, { root: ROOT, cwd: ROOT }, console_, MADE);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'envol-answer-key-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Writes the sheet for these arguments into the test's folder and reads it back. */
async function sheetFor(args: string[], name = 'key.html'): Promise<string> {
  const out = join(dir, name);
  expect(await run([...args, '-o', out])).toBe(0);
  return readFileSync(out, 'utf8');
}

describe('the act-1 answer key', () => {
  const act1 = journeyFiles().filter((f) => f.level.act === 1);
  let html: string;
  let page: string;
  beforeAll(async () => {
    html = await sheetFor(['1']);
    page = readable(html);
  });

  it('has the levels of act 1, in order, and no other', () => {
    expect(act1.length).toBeGreaterThan(0);
    expect(
      inOrder(
        page,
        act1.map((f) => f.level.title.fr),
      ),
    ).toBeGreaterThan(0);
    for (const other of journeyFiles().filter((f) => f.level.act !== 1)) expect(page).not.toContain(other.level.title.fr);
    expect(html.match(/<section class="level"/g)).toHaveLength(act1.length);
  });

  it('holds every answer of act 1, as the level files write them', () => {
    let checked = 0;
    for (const { level } of act1)
      for (const p of level.puzzles) {
        if (typeof p.answer === 'string') {
          expect(readable(html.match(/<p class="solution">[\s\S]*?<\/p>/g)!.join('\n'))).toContain(p.answer);
          checked++;
        }
        if (Array.isArray(p.spots))
          for (const s of p.spots as { target: boolean; label: Texts }[]) {
            if (s.target) expect(keyLines(html).some((l) => l.includes(s.label.fr))).toBe(true);
            checked++;
          }
        if (Array.isArray(p.questions))
          for (const q of p.questions as { text: Texts; options: { text: Texts; correct: boolean }[]; explanation: Texts }[]) {
            for (const o of q.options.filter((o) => o.correct)) expect(keyLines(html).some((l) => l.includes(o.text.fr))).toBe(true);
            expect(page).toContain(q.explanation.fr);
            checked++;
          }
        if (Array.isArray(p.recipes)) {
          const recipes = p.recipes as { result: { id: string; label: Texts } }[];
          const goal = recipes.find((r) => r.result.id === p.goal)!;
          expect(keyLines(html).some((l) => l.includes(`→ ${goal.result.label.fr}`))).toBe(true);
          checked++;
        }
        if (Array.isArray(p.nodes))
          for (const n of p.nodes as { text: Texts; choices: { text: Texts; next: string | null }[] }[]) {
            expect(page).toContain(n.text.fr);
            for (const c of n.choices) expect(page).toContain(c.text.fr);
            checked++;
          }
      }
    expect(checked).toBeGreaterThan(10);
  });

  it('marks a way through each dialogue that ends', () => {
    for (const { level } of act1)
      for (const p of level.puzzles.filter((p) => p.kind === 'dialogue')) {
        const nodes = p.nodes as { id: string; choices: { text: Texts; next: string | null; when?: unknown }[] }[];
        const marked = (c: { text: Texts }) => keyLines(html).some((l) => l.includes(c.text.fr));
        // From the start, follow the marked choice of each node: it must reach an end.
        let node = nodes.find((n) => n.id === p.start);
        for (let steps = 0; node && steps <= nodes.length; steps++) {
          const next: { next: string | null } | undefined = node.choices.find(marked);
          expect(next, `a marked choice at "${node.id}"`).toBeDefined();
          if (next!.next === null) break;
          node = nodes.find((n) => n.id === next!.next);
        }
        expect(node?.choices.find(marked)?.next).toBeNull();
      }
  });

  it('has every hint, the room, the competences, the time and the debrief question', () => {
    for (const { level } of act1) {
      for (const p of level.puzzles) for (const h of p.hints) expect(page).toContain(h.fr);
      for (const h of level.room?.hints ?? []) expect(page).toContain(h.fr);
      for (const spot of level.room?.hotspots ?? []) expect(page).toContain(spot.label.fr);
      expect(page).toContain(level.goal.fr);
      expect(page).toContain(level.debrief.reflection.fr);
      expect(page).toContain(level.debrief.reflection.en);
    }
    expect(page).toContain('Repérer les opportunités');
    expect(page).toMatch(/≈ \d+ min de jeu/);
  });

  it('is one page of its own: A4 print styles, no script, nothing loaded from elsewhere', () => {
    expect(html).toMatch(/@page\s*{[^}]*size: A4/);
    expect(html).toMatch(/\.level\s*{\s*break-before: page;/);
    expect(html).toMatch(/html\s*{\s*font: 11pt/);
    expect(html).not.toMatch(/<script|<link|src=/i);
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'"`);
  });
});

describe('the whole journey', () => {
  let html: string;
  let page: string;
  beforeAll(async () => {
    html = await sheetFor([]);
    page = readable(html);
  });

  it('every kind has an answer key, and every puzzle of the journey gets one', () => {
    expect(PUZZLE_KINDS.filter((k) => !k.answerKey).map((k) => k.kind)).toEqual([]);
    expect(page).not.toContain('Pas de corrigé');
    expect(html.match(/<section class="level"/g)).toHaveLength(journeyFiles().length);
  });

  it('gives codes and cipher words, sequences in order, sort and canvas cards under their heading', () => {
    for (const { level } of journeyFiles())
      for (const p of level.puzzles) {
        const answers = typeof p.answer === 'string' ? [p.answer] : Object.values((p.answer as Record<string, string> | undefined) ?? {});
        for (const a of answers) expect(readable(html.match(/<p class="solution">[\s\S]*?<\/p>/g)!.join('\n'))).toContain(a);
        if (Array.isArray(p.steps))
          expect(
            inOrder(
              page,
              (p.steps as { label: Texts }[]).map((s) => s.label.fr),
            ),
            p.id,
          ).toBeGreaterThan(0);
        if (Array.isArray(p.categories))
          for (const c of p.categories as { id: string; label: Texts }[]) {
            const items = (p.items as { category: string; label: Texts }[]).filter((it) => it.category === c.id).map((it) => it.label.fr);
            expect(inOrder(page, [c.label.fr, ...items]), `${p.id} ${c.id}`).toBeGreaterThan(0);
          }
        if (Array.isArray(p.cards)) for (const card of p.cards as { label: Texts }[]) expect(keyLines(html).some((l) => l.includes(card.label.fr))).toBe(true);
        if (Array.isArray(p.events))
          for (const ev of p.events as { options: { text: Texts; outcome: Texts }[] }[])
            for (const o of ev.options) expect(inOrder(page, [o.text.fr, o.outcome.fr])).toBeGreaterThan(0);
      }
  });

  it('decodes the cipher with its shift', () => {
    const cipher = journeyFiles()
      .flatMap((f) => f.level.puzzles)
      .find((p) => p.kind === 'cipher')!;
    const coded = (cipher.ciphertext as Texts).fr;
    // Found here by brute force: the shift at which the French answer appears.
    const answer = (cipher.answer as Texts).fr;
    const decode = (s: number) => coded.replace(/[A-Z]/g, (ch) => String.fromCharCode(((ch.charCodeAt(0) - 65 - s + 26) % 26) + 65));
    const shift = [...Array(26).keys()].find((s) => decode(s).includes(answer))!;
    expect(page).toContain(`Roue sur ${shift}`);
    expect(keyLines(html).some((l) => l.includes(decode(shift)))).toBe(true);
  });

  it('gives a budget plan that meets every rule of the level file', () => {
    for (const { level } of journeyFiles())
      for (const p of level.puzzles.filter((p) => Array.isArray(p.lines) && typeof p.budget === 'number')) {
        const lines = p.lines as { id: string; label: Texts }[];
        const amountOf = (label: string) => {
          const line = keyLines(html).find((l) => l.startsWith(`${label} : `));
          expect(line, label).toBeDefined();
          return Number(
            line!
              .slice(label.length + 3)
              .split('\u00a0')[0]!
              .replace(/\D/g, ''),
          );
        };
        const plan = new Map(lines.map((l) => [l.id, amountOf(l.label.fr)]));
        const spent = [...plan.values()].reduce((a, b) => a + b, 0);
        if (p.spendAll) expect(spent).toBe(p.budget);
        else expect(spent).toBeLessThanOrEqual(p.budget as number);
        for (const r of (p.rules ?? []) as { line: string; atLeast?: number; atMost?: number }[]) {
          expect(plan.get(r.line)!).toBeGreaterThanOrEqual(r.atLeast ?? 0);
          expect(plan.get(r.line)!).toBeLessThanOrEqual(r.atMost ?? Infinity);
        }
        expect(page).toContain(`Total : ${money(p.budget as number)}`);
      }
  });

  it('in English only, with --lang en', async () => {
    const english = readable(await sheetFor(['--lang', 'en', 'archive'], 'en.html'));
    const archive = journeyFiles().find((f) => f.level.id === 'archive')!.level;
    expect(english).toContain(archive.goal.en);
    expect(english).not.toContain(archive.goal.fr);
    expect(english).toContain('The three hints');
    expect(english).not.toContain('Les trois aides');
  });
});

describe('when a level file holds no plain answer', () => {
  const sheetOf = (puzzles: Record<string, unknown>[]) =>
    readable(answerKeySheet([{ file: 'x.json', level: levelSchema.parse(levelData({ puzzles })), place: undefined }], { lang: 'both', made: MADE }));
  const shifted = (s: string, n: number) => s.replace(/[A-Z]/g, (ch) => String.fromCharCode(((ch.charCodeAt(0) - 65 + n) % 26) + 65));

  it('a cipher whose answer is not in its message: the wheel is found from the letters, and said to be a guess', () => {
    const fr = 'CHERCHE LA BOUTIQUE QUI SENT LE PAIN CHAUD LE MATIN';
    const en = 'LOOK FOR THE SHOP THAT SMELLS OF WARM BREAD IN THE MORNING';
    const page = sheetOf([
      {
        kind: 'cipher',
        id: 'bakery',
        method: 'caesar',
        title: t('Le message'),
        prompt: t('Où aller ?', 'Where to?'),
        hints: hints3(),
        ciphertext: t(shifted(fr, 5), shifted(en, 5)),
        answer: t('BOULANGERIE', 'BAKERY'),
      },
    ]);
    expect(page).toContain('Roue sur 5');
    expect(page).toContain(fr);
    expect(page).toContain(en);
    expect(page).toContain('Position devinée');
    expect(page).toContain('BOULANGERIE');
  });

  it('an answer written only as its hash: the sheet says so, and invents nothing', () => {
    const page = sheetOf([{ ...codeLock('vault', '4321'), answer: undefined, answerHash: `sha256:${'0'.repeat(64)}` }]);
    expect(page).toContain("Le fichier ne garde que l'empreinte de la réponse");
    expect(page).not.toContain('Solution');
  });
});

describe('level texts never become markup', () => {
  it('escapes the five characters that could', () => {
    expect(escapeHtml(`<a href="x" title='y'>Tom & Jerry</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;Tom &amp; Jerry&lt;/a&gt;');
  });

  it('a <script> written in a level file is shown as text on the sheet', () => {
    const evil = '<script>alert("pwned")</script>';
    const data = levelData({
      goal: t(`But ${evil}`, `Goal ${evil}`),
      puzzles: [codeLock('lock-a', '1234', { title: t(`Cadenas <img src=x onerror=alert(1)>`, 'Lock'), hints: [t(evil), t('2'), t('3')] })],
    });
    const level = levelSchema.parse(data);
    const html = answerKeySheet([{ file: 'evil.json', level, place: undefined }], { lang: 'both', made: MADE });
    expect(html).not.toMatch(/<script|<img/i);
    expect(html).toContain('&lt;script&gt;alert(&quot;pwned&quot;)&lt;/script&gt;');
    expect(html).toContain('Cadenas &lt;img src=x onerror=alert(1)&gt;');
    expect(readable(html)).toContain(`But ${evil}`);
  });
});

describe('the command line', () => {
  it('chooses levels by act, id or file, in journey order', async () => {
    const page = readable(await sheetFor(['levels/act-1/fablab.json', 'archive', 'act-1/square.json', 'act-3'], 'some.html'));
    const levels = journeyFiles().map((f) => f.level);
    const want = levels.filter((l) => l.act === 3 || ['archive', 'square', 'fablab'].includes(l.id));
    expect(
      inOrder(
        page,
        want.map((l) => `${l.title.fr}`),
      ),
    ).toBeGreaterThan(0);
    expect(page).not.toContain(levels.find((l) => l.act === 2)!.title.fr);
  });

  it('refuses an argument it does not know, says why, and exits with 1', async () => {
    for (const [args, said] of [
      [['act-7'], 'no act 7'],
      [['nowhere'], '"nowhere" is not an act'],
      [['nowhere.json'], 'no level file "nowhere.json"'],
      [['--colour'], 'unknown option "--colour"'],
      [['--lang', 'de'], '--lang takes fr or en'],
      [['-o'], '-o needs a file name'],
    ] as const) {
      say.errors.length = 0;
      expect(await run([...args]), args.join(' ')).toBe(1);
      expect(say.errors.join('\n')).toContain(said);
      expect(say.errors.join('\n')).toContain('Usage: npm run answer-key');
    }
  });

  it('never writes into dist/ or public/, which are published with the game', async () => {
    for (const out of ['dist/answer-key.html', 'public/key.html']) {
      say.errors.length = 0;
      expect(await run(['-o', out])).toBe(1);
      expect(say.errors.join('\n')).toContain('the answers must stay out of it');
    }
    expect(existsSync(join(ROOT, 'dist', 'answer-key.html'))).toBe(false);
    expect(existsSync(join(ROOT, 'public', 'key.html'))).toBe(false);
  });

  it('as a process: the message on stderr, exit code 1', () => {
    const done = spawnSync(join(ROOT, 'node_modules', '.bin', 'tsx'), [join(ROOT, 'scripts', 'answer-key.ts'), 'act-1', 'archivez'], { encoding: 'utf8' });
    expect(done.status).toBe(1);
    expect(done.stderr).toContain('answer-key: "archivez" is not an act (1, act-2…), a level id (archive, ');
    expect(done.stdout).toBe('');
  });
});
