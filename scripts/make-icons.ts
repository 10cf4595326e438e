/**
 * Draws the PNG icons that phones and desktops ask for to install the game, from `public/icon.svg`
 * (the one drawing of the icon), with Debian's Chromium through playwright-core: no image library
 * to install.
 *
 *   npx tsx scripts/make-icons.ts
 *
 * Writes into public/: icon-192.png and icon-512.png (the icon as drawn, rounded corners on a
 * transparent ground) and icon-maskable-512.png (a full square of the icon's ground colour with
 * the drawing inside the middle 70 %, so a launcher may cut it to a circle or a squircle without
 * losing the sun or the flag: the safe zone is the centred circle of 80 % of the width).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const PUBLIC = fileURLToPath(new URL('../public/', import.meta.url));
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** The icon's ground, as in icon.svg and the manifest's background colour. */
const GROUND = '#2d3250';

export interface IconFile {
  file: string;
  size: number;
  /** The share of the side the drawing takes; below 1 it sits on a full square of the ground colour. */
  scale: number;
}

export const ICON_FILES: IconFile[] = [
  { file: 'icon-192.png', size: 192, scale: 1 },
  { file: 'icon-512.png', size: 512, scale: 1 },
  { file: 'icon-maskable-512.png', size: 512, scale: 0.7 },
];

function pageFor(svg: string, { size, scale }: IconFile): string {
  const side = Math.round(size * scale);
  const ground = scale < 1 ? `background:${GROUND};` : 'background:transparent;';
  return `<!doctype html><html><body style="margin:0;width:${size}px;height:${size}px;display:grid;place-items:center;${ground}">
<div style="width:${side}px;height:${side}px">${svg.replace('<svg ', `<svg width="${side}" height="${side}" `)}</div></body></html>`;
}

async function main(): Promise<void> {
  const svg = readFileSync(join(PUBLIC, 'icon.svg'), 'utf8');
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    for (const icon of ICON_FILES) {
      const page = await browser.newPage({ viewport: { width: icon.size, height: icon.size }, deviceScaleFactor: 1 });
      await page.setContent(pageFor(svg, icon));
      writeFileSync(join(PUBLIC, icon.file), await page.screenshot({ omitBackground: icon.scale === 1, type: 'png' }));
      await page.close();
      console.log(`public/${icon.file}: ${icon.size}×${icon.size}`);
    }
  } finally {
    await browser.close();
  }
}

await main();
