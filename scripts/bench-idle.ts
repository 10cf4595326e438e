/**
 * How busy the main thread is while the player reads (title, city): the world is still, so
 * an idle game should cost almost nothing on an old laptop. Serves dist/ and measures, with
 * Chromium's own task accounting, the CPU time spent per second of wall time over several
 * runs; prints the median per screen. Usage: npm run build && npm run bench
 */
import { chromium } from 'playwright-core';
import { CHROMIUM, playToCity, serveDist } from '../tests/e2e/harness';

const RUNS = 5;
const WINDOW_MS = 3000;

async function busyShare(url: string, toCity: boolean): Promise<number> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    await page.goto(url);
    await page.waitForSelector('html[data-ready="true"]');
    if (toCity) await playToCity(page);
    await page.waitForTimeout(1500);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    const task = async () => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0;
    const before = await task();
    await page.waitForTimeout(WINDOW_MS);
    return ((await task()) - before) / (WINDOW_MS / 1000);
  } finally {
    await browser.close();
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const server = await serveDist();
try {
  for (const [name, toCity] of [
    ['title', false],
    ['city', true],
  ] as const) {
    const shares: number[] = [];
    for (let i = 0; i < RUNS; i++) shares.push(await busyShare(server.url, toCity));
    console.log(
      `${name.padEnd(6)} idle main-thread busy: median ${(median(shares) * 100).toFixed(1)}% of wall time (runs: ${shares.map((s) => (s * 100).toFixed(1)).join(', ')})`,
    );
  }
} finally {
  await server.close();
}
