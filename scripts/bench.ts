/**
 * How fast Envol starts, side by side with a bare Phaser 4 page (one scene, a text, a moving
 * sprite) built and measured in the same run, so a shared, noisy machine compares like with like.
 *
 * Builds both, serves both on loopback, and in Chromium (software GL) measures over several runs
 * (medians): the JS and all bytes fetched before the title is interactive (raw and gzip); the time
 * to an interactive title at 1× and 4× CPU, and on slow 4G with 4× CPU; the longest main-thread
 * task from then until the world is up; the time from Play, pressed the moment the title works,
 * to the journey's first question (slow 4G, 4× CPU); frame times (median, p95) under 4× CPU while the world
 * moves; the heap over the nine levels; then Lighthouse (mobile), as many runs, medians too.
 * Writes bench/results.json and prints each figure with its ratio to the bare page and its budget.
 *
 * Usage: npm run bench [-- --runs 3] [-- --no-lighthouse]; LIGHTHOUSE=path/to/lighthouse to use an installed one.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM } from '../tests/e2e/harness';

const ROOT = join(import.meta.dirname, '..');
const RUNS = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 3;
const LIGHTHOUSE = !process.argv.includes('--no-lighthouse');
const GAME = '/tmp/envol-bench/game';
const BARE = '/tmp/envol-bench/bare';

/** The budgets the issue set; each is checked against the figure measured here. */
const BUDGETS = {
  interactiveRatio1x: 0.5,
  interactiveRatio4x: 0.5,
  titleJsGzip: 80_000,
  slow4gMs: 2500,
  p95FrameRatio: 1.1,
  heapGrowthMb: 20,
  longestTaskMs: 200,
  lighthousePerformance: 90,
  lighthouseAccessibility: 100,
  lighthouseBestPractices: 100,
};

const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.wav': 'audio/wav',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
};

/** Compressed as any web host would send them: text files gzipped, the rest as they are. */
const COMPRESSED = new Set(['.html', '.js', '.css', '.json', '.svg', '.webmanifest']);

async function serve(dir: string): Promise<{ url: string; close(): void }> {
  const server = createServer((req, res) => {
    let file = join(dir, normalize(decodeURIComponent((req.url ?? '/').split('?')[0]!)).replace(/^(\.\.[/\\])+/, ''));
    if (existsSync(file) && !extname(file)) file = join(file, 'index.html');
    if (!existsSync(file)) return void res.writeHead(404).end();
    const gzip = COMPRESSED.has(extname(file)) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', ...(gzip ? { 'Content-Encoding': 'gzip' } : {}) });
    res.end(gzip ? gzipSync(readFileSync(file)) : readFileSync(file));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, close: () => server.close() };
}

interface Sample {
  interactiveMs: number;
  jsRaw: number;
  jsGzip: number;
  allRaw: number;
  allGzip: number;
  /** The longest task on the main thread from the moment the title can be used until the world is up, and a second more. */
  longestTaskMs: number;
}

/** The moment the title can be used: its first button is there and the main thread has come back to the page. */
const TITLE_PROBE = `
  const mark = () => {
    if (window.__shown) return;
    if (!document.querySelector('[data-key="play"], [data-key="continue"]')) return;
    window.__shown = performance.now();
    setTimeout(() => (window.__interactive = performance.now()), 0);
  };
  new MutationObserver(mark).observe(document, { subtree: true, childList: true });
  window.__tasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__tasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
`;

/** A page on a CPU `cpu` times slower, and on Lighthouse's slow 4G if asked. */
async function throttledPage(browser: Browser, cpu: number, slow4g: boolean): Promise<{ page: Page; context: BrowserContext }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
  if (slow4g) {
    await cdp.send('Network.enable');
    // Lighthouse's "slow 4G": 150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up.
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 150,
      downloadThroughput: (1.6 * 1024 * 1024) / 8,
      uploadThroughput: (750 * 1024) / 8,
    });
  }
  return { page, context };
}

async function measureStart(browser: Browser, url: string, dir: string, bare: boolean, cpu: number, slow4g: boolean): Promise<Sample> {
  const { page, context } = await throttledPage(browser, cpu, slow4g);
  if (!bare) await page.addInitScript(TITLE_PROBE);
  await page.goto(url);
  const key = bare ? '__firstFrame' : '__interactive';
  await page.waitForFunction((k) => (window as unknown as Record<string, number | undefined>)[k] !== undefined, key, { timeout: 60_000 });
  const { at, resources } = await page.evaluate((k) => {
    const at = (window as unknown as Record<string, number>)[k]!;
    const resources = performance
      .getEntriesByType('resource')
      .filter((e) => (e as PerformanceResourceTiming).responseEnd <= at)
      .map((e) => new URL(e.name).pathname);
    return { at, resources: [location.pathname, ...resources] };
  }, key);
  const sizes = resources.map((path) => {
    const file = join(dir, path.endsWith('/') ? `${path}index.html` : path);
    const bytes = existsSync(file) ? readFileSync(file) : Buffer.alloc(0);
    return { js: path.endsWith('.js'), raw: bytes.length, gzip: gzipSync(bytes).length };
  });
  const sum = (xs: { raw: number; gzip: number }[], k: 'raw' | 'gzip') => xs.reduce((s, x) => s + x[k], 0);
  let longestTaskMs = 0;
  if (!bare) {
    // While the player can act: the game's code, its levels and the world arrive; none may hold the page long.
    await page.waitForSelector('html[data-ready]', { timeout: 60_000 });
    await page.waitForTimeout(1000);
    longestTaskMs = await page.evaluate(() => {
      const w = window as unknown as { __shown: number; __tasks: { start: number; duration: number }[] };
      return Math.max(0, ...w.__tasks.filter((t) => t.start + t.duration > w.__shown).map((t) => t.duration));
    });
  }
  await context.close();
  const js = sizes.filter((s) => s.js);
  return { longestTaskMs, interactiveMs: at, jsRaw: sum(js, 'raw'), jsGzip: sum(js, 'gzip'), allRaw: sum(sizes, 'raw'), allGzip: sum(sizes, 'gzip') };
}

/**
 * A new player who presses Play the moment the title works, on slow 4G with 4× CPU: the time from
 * the press to the journey's first question (the game's code and the first act's levels in).
 */
async function measurePlay(browser: Browser, url: string): Promise<number> {
  const { page, context } = await throttledPage(browser, 4, true);
  await page.addInitScript(TITLE_PROBE);
  await page.goto(url);
  await page.waitForFunction(() => (window as unknown as { __interactive?: number }).__interactive !== undefined, null, { timeout: 60_000 });
  const pressed = await page.evaluate(() => {
    document.querySelector<HTMLElement>('[data-key="play"]')!.click();
    return performance.now();
  });
  const asked = await page.waitForFunction(() => (document.querySelector('input[name="q1"]') ? performance.now() : null), null, {
    timeout: 60_000,
    polling: 'raf',
  });
  const at = (await asked.jsonValue()) as number;
  await context.close();
  return at - pressed;
}

/**
 * Frame times under 4× CPU, from requestAnimationFrame's own clock, while the world moves: the
 * bare page's sprite moves by itself; Envol's world moves when the player does, so the pointer
 * sweeps the city's map, each place it passes over lighting up.
 */
async function measureFrames(browser: Browser, url: string, bare: boolean): Promise<{ median: number; p95: number }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  await page.goto(url);
  if (bare) await page.waitForFunction(() => (window as unknown as { __firstFrame?: number }).__firstFrame !== undefined);
  else {
    await page.waitForSelector('html[data-ready="true"]');
    await page.getByRole('button', { name: 'Jouer', exact: true }).click();
    for (const q of ['q1', 'q2', 'q3']) await page.locator(`input[name="${q}"][value="3"]`).check();
    await page.getByRole('button', { name: 'Valider' }).click();
    await page.waitForSelector('[data-screen="city"]');
  }
  const stage = (await page.locator('#game').boundingBox())!;
  const index = JSON.parse(readFileSync(join(ROOT, 'levels/index.json'), 'utf8')) as { places: { x: number; y: number }[] };
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  // A plain script: the page runs it as written (a transpiled function would carry helpers the page lacks).
  const measured = page.evaluate(`new Promise((resolve) => {
    const out = [];
    let last = performance.now();
    const end = last + 4000;
    function tick(now) {
      out.push(now - last);
      last = now;
      if (now < end) requestAnimationFrame(tick);
      else resolve(out.slice(5));
    }
    requestAnimationFrame(tick);
  })`) as Promise<number[]>;
  if (!bare) {
    const until = Date.now() + 4000;
    for (let i = 0; Date.now() < until; i++) {
      const place = index.places[i % index.places.length]!;
      await page.mouse.move(stage.x + (stage.width * place.x) / 100, stage.y + (stage.height * place.y) / 100, { steps: 4 });
    }
  }
  const deltas = await measured;
  await context.close();
  const sorted = [...deltas].sort((a, b) => a - b);
  return { median: sorted[Math.floor(sorted.length / 2)]!, p95: sorted[Math.floor(sorted.length * 0.95)]! };
}

/**
 * The JS heap after entering and leaving each of the nine levels (from a save where all are
 * open), against the heap at the city first, each read after a forced garbage collection.
 */
async function measureHeap(browser: Browser, url: string): Promise<{ startMb: number; endMb: number; growthMb: number }> {
  const index = JSON.parse(readFileSync(join(ROOT, 'levels/index.json'), 'utf8')) as { levels: string[] };
  const levels = index.levels.map((file) => JSON.parse(readFileSync(join(ROOT, 'levels', file), 'utf8')) as { id: string; title: { fr: string } });
  const record = { stars: 3, points: {}, hintTier: 0, mistakes: 0, choices: [], timeMs: 60_000, completedAt: '2026-11-30T10:00:00.000Z' };
  const save = {
    version: 1,
    progress: { levels: Object.fromEntries(levels.map((l) => [l.id, record])), flags: {}, badges: [], selfCheck: { before: [3, 3, 3] }, currentLevel: null },
    settings: { lang: 'fr', muted: true, textSize: 'normal', timer: false },
  };
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  await page.addInitScript((text) => localStorage.getItem('envol.save') ?? localStorage.setItem('envol.save', text), JSON.stringify(save));
  await page.goto(url);
  await page.waitForSelector('html[data-ready="true"]');
  const cdp = await context.newCDPSession(page);
  const heap = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Runtime.getHeapUsage')).usedSize / 1e6;
  };
  await page.getByRole('button', { name: 'Continuer', exact: true }).click();
  await page.waitForSelector('.city-screen, [data-screen="city"]');
  const startMb = await heap();
  for (const level of levels) {
    await page
      .getByRole('button', { name: new RegExp(level.title.fr.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) })
      .first()
      .click();
    await page.waitForSelector('.level-screen');
    await page.getByRole('button', { name: 'Retour à la ville' }).click();
    await page.waitForSelector('.level-screen', { state: 'detached' });
  }
  const endMb = await heap();
  await context.close();
  return { startMb, endMb, growthMb: endMb - startMb };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const medianSample = (xs: Sample[]): Sample => ({
  interactiveMs: median(xs.map((x) => x.interactiveMs)),
  jsRaw: median(xs.map((x) => x.jsRaw)),
  jsGzip: median(xs.map((x) => x.jsGzip)),
  allRaw: median(xs.map((x) => x.allRaw)),
  allGzip: median(xs.map((x) => x.allGzip)),
  longestTaskMs: median(xs.map((x) => x.longestTaskMs)),
});

/** Lighthouse runs beside this process, whose own server must keep answering the page it loads. */
async function lighthouse(url: string): Promise<Record<string, number> | null> {
  try {
    // LIGHTHOUSE names an installed lighthouse 12 binary; otherwise npx fetches that version once.
    const [command, ...first] = process.env.LIGHTHOUSE ? [process.env.LIGHTHOUSE] : ['npx', '--yes', 'lighthouse@12.2.3'];
    const { stdout: out } = await promisify(execFile)(
      command!,
      [...first, url, '--quiet', '--output=json', '--only-categories=performance,accessibility,best-practices', '--chrome-flags=--headless=new --no-sandbox'],
      { env: { ...process.env, CHROME_PATH: CHROMIUM }, maxBuffer: 64 * 1024 * 1024, timeout: 300_000 },
    );
    const report = JSON.parse(out) as { categories: Record<string, { score: number }>; audits: Record<string, { numericValue?: number }> };
    return {
      performance: Math.round(report.categories.performance!.score * 100),
      accessibility: Math.round(report.categories.accessibility!.score * 100),
      bestPractices: Math.round(report.categories['best-practices']!.score * 100),
      totalBlockingTimeMs: Math.round(report.audits['total-blocking-time']?.numericValue ?? 0),
      interactiveMs: Math.round(report.audits.interactive?.numericValue ?? 0),
      largestContentfulPaintMs: Math.round(report.audits['largest-contentful-paint']?.numericValue ?? 0),
    };
  } catch (error) {
    console.warn('Lighthouse could not run:', error instanceof Error ? error.message.split('\n')[0] : error);
    return null;
  }
}

console.log('Building the game and the bare Phaser page…');
await build({ root: ROOT, logLevel: 'error', build: { outDir: GAME, emptyOutDir: true } });
await build({
  root: join(ROOT, 'bench/bare'),
  configFile: false,
  base: './',
  logLevel: 'error',
  build: { outDir: BARE, emptyOutDir: true, chunkSizeWarningLimit: 2000 },
});

const game = await serve(GAME);
const bare = await serve(BARE);
const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
const conditions = [
  { name: '1× CPU', cpu: 1, slow4g: false },
  { name: '4× CPU', cpu: 4, slow4g: false },
  { name: 'slow 4G, 4× CPU', cpu: 4, slow4g: true },
] as const;
const start: Record<string, { game: Sample; bare: Sample }> = {};
for (const c of conditions) {
  const g: Sample[] = [];
  const b: Sample[] = [];
  // Interleaved, so a busy moment of the machine weighs on both alike.
  for (let i = 0; i < RUNS; i++) {
    g.push(await measureStart(browser, game.url, GAME, false, c.cpu, c.slow4g));
    b.push(await measureStart(browser, bare.url, BARE, true, c.cpu, c.slow4g));
  }
  start[c.name] = { game: medianSample(g), bare: medianSample(b) };
}
const plays: number[] = [];
for (let i = 0; i < RUNS; i++) plays.push(await measurePlay(browser, game.url));
const playMs = median(plays);
const frames = { game: await measureFrames(browser, game.url, false), bare: await measureFrames(browser, bare.url, true) };
const heap = await measureHeap(browser, game.url).catch((error: unknown) => {
  console.warn('The heap could not be measured:', error instanceof Error ? error.message.split('\n')[0] : error);
  return null;
});
await browser.close();
/** Lighthouse's scores move by a few points from run to run: each figure is the median of the runs. */
async function lighthouseMedians(url: string): Promise<Record<string, number> | null> {
  const reports: Record<string, number>[] = [];
  for (let i = 0; i < RUNS; i++) {
    const report = await lighthouse(url);
    if (report) reports.push(report);
  }
  if (!reports.length) return null;
  return Object.fromEntries(Object.keys(reports[0]!).map((key) => [key, median(reports.map((r) => r[key]!))]));
}
const lh = LIGHTHOUSE ? await lighthouseMedians(game.url) : null;
game.close();
bare.close();

const kb = (n: number) => `${(n / 1000).toFixed(1)} KB`;
const ms = (n: number) => `${Math.round(n)} ms`;
const ratio = (a: number, b: number) => (b ? a / b : 0);
const ok = (pass: boolean) => (pass ? 'met' : 'NOT MET');
const one = start['1× CPU']!;
const four = start['4× CPU']!;
const slow = start['slow 4G, 4× CPU']!;
interface Row {
  figure: string;
  envol: string;
  bare: string;
  ratio: string;
  budget: string;
  status: string;
}
/** A budget, as printed, and whether the figure keeps it. */
type Budget = [text: string, kept: boolean];
/** A figure measured on both pages: each value, their ratio, and its budget if it has one. */
function compared(figure: string, game: number, barePage: number, unit: (n: number) => string, budget?: (ratio: number) => Budget): Row {
  const r = ratio(game, barePage);
  const [text, kept] = budget?.(r) ?? ['', null];
  return { figure, envol: unit(game), bare: unit(barePage), ratio: r.toFixed(2), budget: text, status: kept === null ? '' : ok(kept) };
}
/** A figure of Envol's alone, and its budget if it has one. */
function alone(figure: string, value: string, budget?: Budget): Row {
  return { figure, envol: value, bare: '', ratio: '', budget: budget?.[0] ?? '', status: budget ? ok(budget[1]) : '' };
}
const rows: Row[] = [
  ...(
    [
      ['1× CPU', one, BUDGETS.interactiveRatio1x],
      ['4× CPU', four, BUDGETS.interactiveRatio4x],
    ] as const
  ).map(([name, c, most]) => compared(`title interactive, ${name}`, c.game.interactiveMs, c.bare.interactiveMs, ms, (r) => [`≤ ${most}×`, r <= most])),
  compared('title interactive, slow 4G + 4× CPU', slow.game.interactiveMs, slow.bare.interactiveMs, ms, () => [
    `< ${BUDGETS.slow4gMs} ms`,
    slow.game.interactiveMs < BUDGETS.slow4gMs,
  ]),
  alone('Play pressed at once → first question, slow 4G + 4× CPU', ms(playMs)),
  compared('JS before the title (gzip)', one.game.jsGzip, one.bare.jsGzip, kb, () => [`≤ ${kb(BUDGETS.titleJsGzip)}`, one.game.jsGzip <= BUDGETS.titleJsGzip]),
  compared('JS before the title (raw)', one.game.jsRaw, one.bare.jsRaw, kb),
  compared('all bytes before the title (gzip)', one.game.allGzip, one.bare.allGzip, kb),
  compared('frame time, median, 4× CPU', frames.game.median, frames.bare.median, ms),
  compared('frame time, p95, 4× CPU', frames.game.p95, frames.bare.p95, ms, (r) => [`≤ ${BUDGETS.p95FrameRatio}×`, r <= BUDGETS.p95FrameRatio]),
  ...[four, slow].map((c, i) =>
    alone(`longest task once the title works, ${i ? 'slow 4G + ' : ''}4× CPU`, ms(c.game.longestTaskMs), [
      `≤ ${BUDGETS.longestTaskMs} ms`,
      c.game.longestTaskMs <= BUDGETS.longestTaskMs,
    ]),
  ),
  ...(heap
    ? [alone('heap growth over the nine levels', `${heap.growthMb.toFixed(1)} MB`, [`< ${BUDGETS.heapGrowthMb} MB`, heap.growthMb < BUDGETS.heapGrowthMb])]
    : []),
  ...(lh
    ? [
        alone('Lighthouse performance (mobile)', String(lh.performance), [
          `≥ ${BUDGETS.lighthousePerformance}`,
          lh.performance! >= BUDGETS.lighthousePerformance,
        ]),
        alone('Lighthouse accessibility', String(lh.accessibility), [
          `${BUDGETS.lighthouseAccessibility}`,
          lh.accessibility! >= BUDGETS.lighthouseAccessibility,
        ]),
        alone('Lighthouse best practices', String(lh.bestPractices), [
          `${BUDGETS.lighthouseBestPractices}`,
          lh.bestPractices! >= BUDGETS.lighthouseBestPractices,
        ]),
        alone('Lighthouse total blocking time', ms(lh.totalBlockingTimeMs!)),
      ]
    : []),
];
console.log(`\nMedians of ${RUNS} runs, Envol against a bare Phaser 4 page built and measured in the same run:`);
console.table(rows);
mkdirSync(join(ROOT, 'bench'), { recursive: true });
writeFileSync(
  join(ROOT, 'bench/results.json'),
  `${JSON.stringify({ date: new Date().toISOString(), runs: RUNS, budgets: BUDGETS, start, playMs, frames, heap, lighthouse: lh, rows }, null, 2)}\n`,
);
console.log('Written to bench/results.json');
