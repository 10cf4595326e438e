/**
 * Browser tests drive the production build (dist/) in Debian's Chromium through playwright-core,
 * as a player would: by roles, names and keys.
 */
import { createServer, type Server } from 'node:http';
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll } from 'vitest';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type LaunchOptions, type Page } from 'playwright-core';

export const ROOT = join(import.meta.dirname, '..', '..');
/** The build to test: dist/, or another folder named by ENVOL_DIST (a build of one's own, say). */
const DIST = process.env.ENVOL_DIST ?? join(ROOT, 'dist');
export const SHOTS = join(ROOT, 'tests', 'screenshots');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.wav': 'audio/wav',
  '.woff2': 'font/woff2',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
};

export interface Served {
  url: string;
  close(): Promise<void>;
}

/**
 * A tiny static server for dist/ on a free loopback port. `rewrite` may change a file's bytes as
 * they are sent (a test publishing a "next version" of the build).
 */
export async function serveDist(rewrite?: (file: string, body: Buffer) => string | Buffer): Promise<Served> {
  if (!existsSync(join(DIST, 'index.html'))) throw new Error('dist/ is missing: run `npm run build` first');
  const server: Server = createServer((req, res) => {
    const path = normalize(decodeURIComponent((req.url ?? '/').split('?')[0]!)).replace(/^(\.\.[/\\])+/, '');
    let file = join(DIST, path);
    if (!file.startsWith(DIST)) return void res.writeHead(403).end();
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) return void res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
    res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
    const body = readFileSync(file);
    res.end(rewrite ? rewrite(file, body) : body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise((r) => server.close(() => r())) };
}

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export async function launch(extraArgs: string[] = [], options: LaunchOptions = {}): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--autoplay-policy=no-user-gesture-required',
      ...extraArgs,
    ],
    ...options,
  });
}

/** Collects page errors so a test can assert the game never crashed. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  return errors;
}

export async function ready(page: Page): Promise<void> {
  await page.waitForSelector('html[data-ready="true"]', { timeout: 30_000 });
}

export interface OpenGame {
  page: Page;
  /** Page errors thrown while it runs: a test ends by checking there were none. */
  errors: string[];
  close: () => Promise<void>;
}

/**
 * The game in a browser context of its own (a laptop's 1280×720 unless told), loaded and ready;
 * with `save`, the browser already holds that saved progress, as a returning player's would.
 */
export async function openGame(browser: Browser, url: string, options: BrowserContextOptions & { save?: string } = {}): Promise<OpenGame> {
  const { save, ...contextOptions } = options;
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, ...contextOptions });
  const page = await context.newPage();
  const errors = watchErrors(page);
  if (save !== undefined) await page.addInitScript((text) => localStorage.setItem('envol.save', text), save);
  await page.goto(url);
  await ready(page);
  return { page, errors, close: () => context.close() };
}

/** The accessible-ish name of the focused element: aria-label, else its text. */
export async function focusedName(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el) return '';
    return (el.getAttribute('aria-label') ?? el.textContent ?? '').trim();
  });
}

/** Presses Tab (keyboard only) until the focused element's name matches. */
export async function tabTo(page: Page, name: string | RegExp, maxPresses = 80): Promise<void> {
  const matches = (s: string) => (typeof name === 'string' ? s === name : name.test(s));
  for (let i = 0; i < maxPresses; i++) {
    await page.keyboard.press('Tab');
    if (matches(await focusedName(page))) return;
  }
  throw new Error(`Tab never reached "${String(name)}" (last: "${await focusedName(page)}")`);
}

export async function shot(page: Page, name: string): Promise<string> {
  mkdirSync(SHOTS, { recursive: true });
  const path = join(SHOTS, `${name}.png`);
  await page.waitForTimeout(150);
  await page.screenshot({ path });
  return path;
}

/**
 * A screenshot's pixels, decoded by the page itself (whatever drew them), each as `0xrrggbb`,
 * row by row; `scale` shrinks the picture first (a quick look that is still plenty to compare).
 */
export async function screenshotPixels(page: Page, png: Buffer, scale = 1): Promise<{ width: number; height: number; pixels: number[] }> {
  return page.evaluate(
    async ({ data, scale }) => {
      const img = new Image();
      img.src = `data:image/png;base64,${data}`;
      await img.decode();
      const c = document.createElement('canvas');
      c.width = Math.ceil(img.width * scale);
      c.height = Math.ceil(img.height * scale);
      const g = c.getContext('2d')!;
      g.drawImage(img, 0, 0, c.width, c.height);
      const d = g.getImageData(0, 0, c.width, c.height).data;
      const pixels: number[] = [];
      for (let i = 0; i < d.length; i += 4) pixels.push((d[i]! << 16) | (d[i + 1]! << 8) | d[i + 2]!);
      return { width: c.width, height: c.height, pixels };
    },
    { data: png.toString('base64'), scale },
  );
}

/**
 * A page in a browser context of its own, not loaded yet (routes can be set first), service
 * workers off: one installing would fetch what a test holds back itself, past the hold.
 */
export async function blankPage(
  browser: Browser,
  viewport: { width: number; height: number },
): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport, serviceWorkers: 'block' });
  const page = await context.newPage();
  return { context, page, errors: watchErrors(page) };
}

/** A returning player's save: the opening self-check answered and these levels done, three stars each. */
export function saveWith(done: readonly string[]): string {
  const record = { stars: 3, points: {}, hintTier: 0, mistakes: 0, choices: [], timeMs: 60_000, completedAt: '2026-11-30T10:00:00.000Z' };
  return JSON.stringify({
    version: 1,
    progress: { levels: Object.fromEntries(done.map((id) => [id, record])), flags: {}, badges: [], selfCheck: { before: [3, 3, 3] }, currentLevel: null },
    settings: { lang: 'fr', muted: true, textSize: 'normal', timer: false },
  });
}

export interface HeldBack {
  /** The paths asked for, in order (a file asked for again is listed again). */
  asked: string[];
  /** How many of them have been answered. */
  readonly answered: number;
  release(): void;
}

/**
 * Holds back the requests `matches` picks until the test calls `release` (not a fixed delay, so
 * no check can race it; never longer than a slow line would take). A path ending as one of
 * `dropOnce` fails the first time it is asked for, as on a connection that drops.
 */
export async function holdBack(page: Page, matches: (url: URL) => boolean, dropOnce: readonly string[] = []): Promise<HeldBack> {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  const asked: string[] = [];
  let answered = 0;
  await page.route(matches, async (route) => {
    const path = new URL(route.request().url()).pathname;
    const dropped = dropOnce.some((end) => path.endsWith(end)) && !asked.includes(path);
    asked.push(path);
    await Promise.race([held, new Promise((r) => setTimeout(r, 20_000))]);
    answered += 1;
    await (dropped ? route.abort('connectionreset') : route.continue()).catch(() => undefined);
  });
  return {
    asked,
    get answered() {
      return answered;
    },
    release: () => release(),
  };
}

/** True when nothing in the page sticks out sideways (text cut off or hidden off-screen). */
export async function horizontalOverflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    return [...document.querySelectorAll<HTMLElement>('#panel *, .topbar *')]
      .filter((el) => {
        const r = el.getBoundingClientRect();
        return r.width > 0 && (r.right > width + 1 || r.left < -1);
      })
      .map((el) => `${el.tagName.toLowerCase()}.${el.className}: ${el.textContent?.slice(0, 40)}`);
  });
}

/** One server for dist/ (or the one `serve` starts) and one Chromium per test file, started before and closed after. */
export function useGame<S extends Served = Served>(
  serve: () => Promise<S> = () => serveDist() as Promise<S>,
): { readonly url: string; readonly browser: Browser; readonly server: S } {
  let server: S | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    server = await serve();
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get url() {
      return server!.url;
    },
    get browser() {
      return browser!;
    },
    get server() {
      return server!;
    },
  };
}

/** From the title of a fresh game: Jouer, the opening self-check (every answer `value`), the city. */
export async function playToCity(page: Page, value = 3): Promise<void> {
  await page.getByRole('button', { name: 'Jouer' }).click();
  for (const q of ['q1', 'q2', 'q3']) await page.locator(`input[name="${q}"][value="${value}"]`).check();
  await page.getByRole('button', { name: 'Valider' }).click();
}
