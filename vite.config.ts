import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { levelsPlugin } from './vite-plugins/levelsPlugin';
import { offlinePlugin } from './vite-plugins/offlinePlugin';

const root = fileURLToPath(new URL('.', import.meta.url));

/** The built game runs under this policy: nothing loads from elsewhere, no inline script. */
const CSP =
  "default-src 'self'; script-src 'self'; img-src 'self' data: blob:; media-src 'self' data: blob:; " +
  "style-src 'self'; connect-src 'self' data: blob:; object-src 'none'; base-uri 'none'";

// Phaser 4 does not tree-shake: its core entry (no physics, no sound: howler owns sound)
// plus its build flags cut the bundle by about a third. The dev server keeps the full build,
// whose dependency pre-bundling would not see these flags.
const phaserCore = {
  resolve: {
    alias: [{ find: /^phaser$/, replacement: `${root}node_modules/phaser/src/phaser-core.js` }],
  },
  define: {
    'typeof CANVAS_RENDERER': 'true',
    'typeof WEBGL_RENDERER': 'true',
    'typeof WEBGL_DEBUG': 'false',
    'typeof FEATURE_SOUND': 'false',
    'typeof PLUGIN_CAMERA3D': 'false',
    'typeof PLUGIN_FBINSTANT': 'false',
    // The core entry assigns `global.Phaser`, as its own webpack build allows.
    global: 'globalThis',
  },
};

export default defineConfig(({ command }) => ({
  base: './',
  ...(command === 'build' ? phaserCore : {}),
  plugins: [
    levelsPlugin(`${root}levels`),
    offlinePlugin(`${root}public`),
    {
      name: 'envol-csp',
      apply: 'build',
      transformIndexHtml: (html) =>
        html.replace('<meta charset="UTF-8" />', `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CSP}" />`),
    },
  ],
  build: {
    target: 'es2022',
    // The game, and the light page a phone opens to join a live classroom (no Phaser, little JS).
    rollupOptions: { input: { main: `${root}index.html`, phone: `${root}phone.html` } },
    assetsInlineLimit: 0,
    // The world's chunk (Phaser's core and the art, loaded after the title) is about 800 KB; the
    // title's own JS has its budget in tests/e2e/bundle.test.ts.
    chunkSizeWarningLimit: 900,
  },
  server: { host: '127.0.0.1' },
}));
