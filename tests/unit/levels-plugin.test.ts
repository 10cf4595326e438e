import { EventEmitter } from 'node:events';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { answerLeft, hashLevelAnswers, LEVELS_CHANGED, levelsPlugin, publishLevel } from '../../vite-plugins/levelsPlugin';

const level = (puzzles: unknown[]) => JSON.stringify({ formatVersion: 1, id: 'x', puzzles });

describe('publishing level files', () => {
  it('replaces code-lock and cipher answers by their hashes', () => {
    const out = hashLevelAnswers(
      level([
        { kind: 'code-lock', id: 'lock', answer: '1952' },
        { kind: 'cipher', id: 'c', answer: { fr: 'voyage', en: 'journey' } },
      ]),
    );
    expect(out).not.toMatch(/1952|voyage|journey/);
    expect(JSON.parse(out).puzzles[0].answerHash).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(answerLeft(out)).toBeNull();
  });

  it('refuses to publish a file it cannot read or an answer left in clear', () => {
    expect(answerLeft('{ "puzzles": [1952,')).toBe('not valid JSON');
    const misspelt = hashLevelAnswers(level([{ kind: 'code_lock', id: 'lock', answer: '1952' }]));
    expect(answerLeft(misspelt)).toContain('puzzles[0]');
    // A dialogue node that happens to be called "answer" is not an answer.
    expect(answerLeft(level([{ kind: 'dialogue', id: 'd', start: 'answer', nodes: [{ id: 'answer' }] }]))).toBeNull();
  });
});

describe('the build and the dev server check a level before hashing it', () => {
  const LEVELS = fileURLToPath(new URL('../../levels', import.meta.url));
  const archive = readFileSync(join(LEVELS, 'act-1', 'archive.json'), 'utf8');

  it('a code lock whose answer does not match its length is refused, not hashed into a lock that never opens', () => {
    const published = publishLevel('act-1/archive.json', archive.replace('"length": 4', '"length": 5'));
    expect(published.ok).toBe(false);
    if (!published.ok) expect(published.problems).toContainEqual(expect.objectContaining({ field: 'puzzles[0].answer', line: expect.any(Number) }));
    const fine = publishLevel('act-1/archive.json', archive);
    expect(fine.ok && fine.text).not.toContain('1952');
  });

  /** Runs the plugin's build step over a copy of the levels with one file replaced. */
  function build(replace: Record<string, string>): { emitted: string[]; error: string | null } {
    const dir = mkdtempSync(join(tmpdir(), 'envol-levels-'));
    cpSync(LEVELS, dir, { recursive: true });
    for (const [file, text] of Object.entries(replace)) writeFileSync(join(dir, file), text);
    const emitted: string[] = [];
    let error: string | null = null;
    const context = {
      emitFile: (f: { fileName: string }) => emitted.push(f.fileName),
      error: (message: string) => {
        error = message;
        throw new Error(message);
      },
    };
    const hook = levelsPlugin(dir).generateBundle as unknown as (this: typeof context) => void;
    try {
      hook.call(context);
    } catch {
      // the error is kept above
    }
    rmSync(dir, { recursive: true });
    return { emitted, error };
  }

  it('publishes the shipped levels, and stops on any level problem, naming file, line and field', () => {
    expect(build({}).error).toBeNull();
    expect(build({}).emitted).toContain('levels/act-1/archive.json');
    const broken = build({ 'act-1/archive.json': archive.replace('"requires": "brass-key"', '"requires": "silver-key"') });
    expect(broken.error).toMatch(/levels\/act-1\/archive\.json:\d+:\d+ {2}room\.hotspots\[2\]\.requires {2}no item "silver-key"/);
    const deep = build({ 'act-1/archive.json': '['.repeat(100_000) });
    expect(deep.error).toMatch(/nested/);
  });
});

describe('the dev server', () => {
  const LEVELS = fileURLToPath(new URL('../../levels', import.meta.url));

  /** The plugin wired to a stand-in dev server: its file watcher, its reload channel and its middleware. */
  function devServer() {
    const watcher = new EventEmitter() as EventEmitter & { add: (path: string) => void };
    watcher.add = () => undefined;
    const sent: unknown[] = [];
    let middleware: ((req: { url: string }, res: Record<string, unknown>, next: () => void) => void) | undefined;
    const server = {
      watcher,
      environments: { client: { hot: { send: (payload: unknown) => sent.push(payload) } } },
      config: { logger: { warn: () => undefined } },
      middlewares: { use: (_path: string, fn: typeof middleware) => (middleware = fn) },
    };
    (levelsPlugin(LEVELS).configureServer as unknown as (s: typeof server) => void)(server);
    const serve = (url: string) => {
      let body = '';
      middleware!({ url }, { setHeader: () => undefined, end: (text = '') => (body = text), statusCode: 200 }, () => undefined);
      return body;
    };
    return { watcher, sent, serve };
  }

  it('tells the open game when a level file changes, and only then', () => {
    const { watcher, sent } = devServer();
    watcher.emit('change', join(LEVELS, 'act-1', 'archive.json'));
    watcher.emit('change', join(LEVELS, '..', 'src', 'main.ts'));
    expect(sent).toEqual([{ type: 'custom', event: LEVELS_CHANGED, data: { file: 'act-1/archive.json' } }]);
  });

  it('serves a checked level with its answers hashed', () => {
    const body = devServer().serve('/act-1/archive.json');
    expect(body).toContain('"answerHash"');
    expect(body).not.toContain('1952');
  });
});
