/**
 * Bad input never stops the game: a broken level file, no WebGL, a corrupt save, storage
 * that refuses to write, an unknown URL parameter. Each gets a clear message; play goes on.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ROOT, launch, playToCity, ready, shot, useGame, watchErrors } from './harness';
import { SOFTWARE_GL } from '../../src/scenes/renderer';

const game = useGame();

const panelText = (page: Page) => page.locator('#panel').innerText();
const archive = () => JSON.parse(readFileSync(join(ROOT, 'levels', 'act-1', 'archive.json'), 'utf8'));

async function openPage(init?: (page: Page) => Promise<void>, path = ''): Promise<{ page: Page; errors: string[]; close: () => Promise<void> }> {
  const context = await game.browser.newContext({ viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  const errors = watchErrors(page);
  if (init) await init(page);
  await page.goto(game.url + path);
  await ready(page);
  return { page, errors, close: () => context.close() };
}

describe('a broken level file', () => {
  async function withBrokenArchive(change: (level: ReturnType<typeof archive>) => void) {
    const broken = archive();
    change(broken);
    return openPage(async (p) => {
      await p.route('**/levels/act-1/archive.json', (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(broken) }));
    });
  }
  const problemsAlert = (page: Page) => page.getByRole('alert').filter({ hasText: 'Problèmes dans les fichiers de niveau' });

  it('shows a panel naming the file and the field, and the rest of the game still plays', async () => {
    const { page, errors, close } = await withBrokenArchive((level) => {
      level.room.hotspots[2].requires = 'golden-key';
    });
    await expect.poll(() => problemsAlert(page).count()).toBe(1);
    const text = await problemsAlert(page).innerText();
    expect(text).toContain('act-1/archive.json');
    expect(text).toContain('room.hotspots[2].requires');
    // The problem itself is said in the player's language (French by default).
    expect(text).toContain('aucun objet "golden-key" dans room.items');
    await shot(page, 'level-problems-1280x720');
    // The game keeps working: the title's Play button leads on.
    await page.getByRole('button', { name: 'Jouer' }).click();
    await expect.poll(() => panelText(page)).toMatch(/Avant de partir|La ville/);
    expect(errors).toEqual([]);
    await close();
  });

  it('names a missing translation by its field', async () => {
    const { page, close } = await withBrokenArchive((level) => {
      delete level.title.en;
    });
    const text = await problemsAlert(page).innerText();
    expect(text).toContain('title.en');
    expect(text).toContain('manquant (attendu : un texte en anglais)');
    expect(text).not.toContain('an English text');
    await close();
  });

  it('reports a file that is not JSON at all', async () => {
    const { page, close } = await openPage(async (p) => {
      await p.route('**/levels/act-1/archive.json', (route) => route.fulfill({ contentType: 'application/json', body: '{ "formatVersion": 1, oops' }));
    });
    const text = await page.getByRole('alert').filter({ hasText: 'archive.json' }).innerText();
    expect(text).toContain('act-1/archive.json');
    expect(text).toContain("ce n'est pas du JSON valide");
    expect(text).not.toContain('not valid JSON');
    await close();
  });
});

describe('without WebGL, or with WebGL drawn by the processor', () => {
  it('draws with WebGL only where a graphics chip does the work', async () => {
    const page = await game.browser.newPage({ viewport: { width: 1280, height: 720 } });
    try {
      await page.goto(game.url);
      await ready(page);
      // What the browser says of its WebGL (here, on a machine without a graphics chip, SwiftShader).
      const software = await page.evaluate(
        ([source, flags]) => {
          const gl = document.createElement('canvas').getContext('webgl');
          const info = gl?.getExtension('WEBGL_debug_renderer_info');
          const name: unknown = info ? gl!.getParameter(info.UNMASKED_RENDERER_WEBGL) : '';
          return !gl || (typeof name === 'string' && new RegExp(source, flags).test(name));
        },
        [SOFTWARE_GL.source, SOFTWARE_GL.flags] as const,
      );
      expect(await page.evaluate(() => document.documentElement.dataset.renderer)).toBe(software ? 'canvas' : 'webgl');
    } finally {
      await page.close();
    }
  });

  it('starts with the Canvas renderer and reaches the first level', async () => {
    const noGl = await launch(['--disable-webgl', '--disable-3d-apis']);
    try {
      const page = await noGl.newPage({ viewport: { width: 1280, height: 720 } });
      const errors = watchErrors(page);
      await page.goto(game.url);
      await ready(page);
      expect(await page.evaluate(() => document.documentElement.dataset.renderer)).toBe('canvas');
      expect(await page.locator('#game canvas').count()).toBe(1);
      await playToCity(page);
      await page.getByRole('button', { name: /Les archives.*ouvert/ }).click();
      await page.getByRole('button', { name: 'Suivant' }).click();
      await page.getByRole('button', { name: "C'est parti !" }).click();
      await expect.poll(() => page.getByRole('button', { name: 'Armoire à code' }).count()).toBe(1);
      // The canvas really drew the room (not a blank canvas).
      const painted = await page.evaluate(() => {
        const c = document.querySelector<HTMLCanvasElement>('#game canvas')!;
        const data = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
        const colours = new Set<number>();
        for (let i = 0; i < data.length; i += 4 * 997) colours.add((data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!);
        return colours.size;
      });
      expect(painted).toBeGreaterThan(5);
      await shot(page, 'room-canvas-renderer');
      expect(errors).toEqual([]);
    } finally {
      await noGl.close();
    }
  });
});

describe('saves and settings from outside', () => {
  it('sets a corrupt save aside, says so, and starts clean', async () => {
    const { page, errors, close } = await openPage(async (p) => {
      await p.addInitScript(() => {
        if (!sessionStorage.getItem('seeded')) {
          localStorage.setItem('envol.save', '{"version":1,"progress":{"levels":"oops"}');
          sessionStorage.setItem('seeded', '1');
        }
      });
    });
    await expect.poll(() => page.locator('.notices').innerText()).toContain('sauvegarde était abîmée');
    const keys = await page.evaluate(() => Object.keys(localStorage));
    const backup = keys.find((k) => k.startsWith('envol.save.unreadable.'));
    expect(backup).toBeTruthy();
    expect(await page.evaluate((k) => localStorage.getItem(k), backup!)).toContain('"oops"');
    await page.getByRole('button', { name: 'Jouer' }).click();
    await expect.poll(() => panelText(page)).toContain('Avant de partir');
    expect(errors).toEqual([]);
    await close();
  });

  it('repairs a save with one bad value, keeps the rest, and restores a set-aside save from the title', async () => {
    const record = (stars: number) => ({ stars, points: {}, hintTier: 0, mistakes: 0, choices: [], timeMs: 1000, completedAt: '2026-01-01T10:00:00.000Z' });
    const save = (levels: Record<string, unknown>) =>
      JSON.stringify({
        version: 2,
        progress: { levels, flags: {}, badges: [], selfCheck: {}, currentLevel: null, seed: 77 },
        settings: { lang: 'fr', muted: true, textSize: 'normal', timer: false },
      });
    const damaged = save({ archive: record(-1) });
    const older = save({ archive: record(3), square: record(2) });
    const { page, errors, close } = await openPage(async (p) => {
      await p.addInitScript(
        ([damaged, older]) => {
          if (!sessionStorage.getItem('seeded')) {
            localStorage.setItem('envol.save', damaged!);
            localStorage.setItem('envol.save.unreadable.2026-01-01T10:00:00.000Z', older!);
            sessionStorage.setItem('seeded', '1');
          }
        },
        [damaged, older],
      );
    });
    await expect.poll(() => page.locator('.notices').innerText()).toContain('étaient abîmées');
    // Kept: the level is still done (its stars clamped to 0) and the settings as they were.
    const kept = await page.evaluate(() => JSON.parse(localStorage.getItem('envol.save')!));
    expect(kept.progress.levels.archive.stars).toBe(0);
    expect(kept.settings.muted).toBe(true);
    const restore = page.getByRole('region', { name: 'Restaurer une sauvegarde mise de côté' });
    await expect.poll(() => restore.getByRole('button').count()).toBe(2);
    page.once('dialog', (dialog) => void dialog.accept());
    await restore.getByRole('button', { name: /janvier 2026/ }).click();
    await expect.poll(() => page.locator('.notices').innerText()).toContain('Sauvegarde restaurée');
    const restored = await page.evaluate(() => JSON.parse(localStorage.getItem('envol.save')!));
    expect(Object.keys(restored.progress.levels).sort()).toEqual(['archive', 'square']);
    expect(restored.progress.levels.archive.stars).toBe(3);
    expect(errors).toEqual([]);
    await close();
  });

  it('plays on when storage refuses every write, and says progress will not be kept', async () => {
    const { page, errors, close } = await openPage(async (p) => {
      await p.addInitScript(() => {
        Storage.prototype.setItem = function () {
          throw new DOMException('QuotaExceededError', 'QuotaExceededError');
        };
      });
    });
    await page.getByRole('button', { name: 'EN' }).click();
    await expect.poll(() => page.locator('.notices').innerText()).toContain("This browser can't save");
    await page.getByRole('button', { name: 'Play' }).click();
    await expect.poll(() => panelText(page)).toContain('Before you start');
    expect(errors).toEqual([]);
    await close();
  });

  it('ignores an unknown URL parameter with a message, and honours a valid language', async () => {
    const { page, close } = await openPage(undefined, '?lang=en&cheat=1');
    await expect.poll(() => page.locator('.notices').innerText()).toContain('unknown setting (cheat)');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await close();
    const bad = await openPage(undefined, '?lang=xx');
    await expect.poll(() => bad.page.locator('.notices').innerText()).toContain('lang=xx');
    expect(await bad.page.evaluate(() => document.documentElement.lang)).toBe('fr');
    await bad.close();
  });
});

describe('a save carried between computers', () => {
  it('exports the progress to a file and imports it on a fresh browser', async () => {
    const { page, close } = await openPage(async (p) => {
      await p.addInitScript(() => {
        const save = {
          version: 1,
          progress: {
            levels: {
              archive: { stars: 3, points: { vision: 2 }, hintTier: 0, mistakes: 0, choices: [], timeMs: 1000, completedAt: '2026-01-01T00:00:00.000Z' },
            },
            flags: {},
            badges: [],
            selfCheck: { before: [3, 3, 3] },
            currentLevel: null,
          },
          settings: { lang: 'fr', muted: false, textSize: 'normal', timer: false },
        };
        if (!localStorage.getItem('envol.save')) localStorage.setItem('envol.save', JSON.stringify(save));
      });
    });
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Exporter ma progression' }).click()]);
    const saved = readFileSync(await download.path());
    expect(JSON.parse(saved.toString('utf8')).progress.levels.archive.stars).toBe(3);
    await close();

    const fresh = await openPage();
    const [chooser] = await Promise.all([fresh.page.waitForEvent('filechooser'), fresh.page.getByRole('button', { name: 'Importer une progression' }).click()]);
    await chooser.setFiles({ name: 'envol-save.json', mimeType: 'application/json', buffer: saved });
    await expect.poll(() => fresh.page.locator('.notices').innerText()).toContain('Progression importée');
    await fresh.page.getByRole('button', { name: 'Continuer' }).click();
    await expect.poll(() => fresh.page.getByRole('button', { name: /Les archives.*terminé/ }).count()).toBe(1);
    expect(fresh.errors).toEqual([]);
    await fresh.close();
  });
});

describe("a trainer's own level file", () => {
  it('loads into the running game: a broken one is explained, a fixed one plays at once', async () => {
    const { page, errors, close } = await openPage();
    await playToCity(page);
    const mine = archive();
    mine.id = 'salle-du-formateur';
    mine.title = { fr: 'La salle de Sam', en: "Sam's room" };
    mine.room.hotspots[4].opens = 'nowhere';
    const load = async (level: unknown) => {
      const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Charger un fichier de niveau' }).click()]);
      await chooser.setFiles({ name: 'salle-sam.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(level)) });
    };
    await load(mine);
    await expect.poll(() => page.getByRole('alert').filter({ hasText: 'salle-sam.json' }).innerText()).toContain('room.hotspots[4].opens');
    mine.room.hotspots[4].opens = 'cabinet-lock';
    await load(mine);
    await page.getByRole('button', { name: 'Jouer : La salle de Sam' }).click();
    await expect.poll(() => panelText(page)).toContain('La salle de Sam');
    expect(await page.getByRole('alert').filter({ hasText: 'salle-sam.json' }).count()).toBe(0);
    expect(errors).toEqual([]);
    await close();
  });
});

describe('offline', () => {
  it('plays offline once loaded: the service worker keeps the whole game', async () => {
    const context = await game.browser.newContext({ viewport: { width: 1280, height: 720 } });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(game.url);
    await ready(page);
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }));
    });
    await context.setOffline(true);
    await page.reload();
    await ready(page);
    expect(await page.getByRole('alert').filter({ hasText: 'Problèmes' }).count()).toBe(0);
    await playToCity(page, 2);
    await page.getByRole('button', { name: /Les archives.*ouvert/ }).click();
    await expect.poll(() => panelText(page)).toContain('Lison');
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('a shared classroom PC', () => {
  it('starts a new journey for the next learner only after confirming', async () => {
    const { page, errors, close } = await openPage();
    await playToCity(page);
    await page.getByRole('button', { name: /Les archives.*ouvert/ }).click();
    // A double click on the hint button opens one hint, not two.
    await page.getByRole('button', { name: 'Suivant' }).click();
    await page.getByRole('button', { name: "C'est parti !" }).click();
    await page.getByRole('button', { name: 'Un indice (1/3)' }).dblclick();
    await expect.poll(() => page.locator('.hint-list li').count()).toBe(1);
    await page.getByRole('button', { name: 'Retour à la ville' }).click();
    await page.getByRole('button', { name: 'Menu principal' }).click();

    page.once('dialog', (d) => void d.dismiss());
    await page.getByRole('button', { name: 'Nouveau parcours' }).click();
    expect(await page.getByRole('button', { name: 'Continuer' }).count()).toBe(1);
    page.once('dialog', (d) => void d.accept());
    await page.getByRole('button', { name: 'Nouveau parcours' }).click();
    await expect.poll(() => panelText(page)).toContain('Avant de partir');
    expect(await page.evaluate(() => JSON.parse(localStorage.getItem('envol.save')!).progress.selfCheck)).toEqual({});
    expect(errors).toEqual([]);
    await close();
  });
});
