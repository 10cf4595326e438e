import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { levelsPlugin } from './vite-plugins/levelsPlugin';

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
    alias: [
      { find: /^phaser$/, replacement: `${root}node_modules/phaser/src/phaser-core.js` },
      // Parts of Phaser evaluated ahead of the rest, one task each (see src/scenes/phaserParts/).
      { find: /^phaser\/src\//, replacement: `${root}node_modules/phaser/src/` },
    ],
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
    // The game plays offline once loaded (learners at home, workshop rooms with poor Wi-Fi): Workbox
    // keeps every file of the build, each with its revision, and an update waits for the player.
    VitePWA({
      // The worker waits: the game offers the new version between levels (src/ui/update.ts).
      registerType: 'prompt',
      // Registered from the game's own code: the pages' policy allows no inline script.
      injectRegister: null,
      // public/manifest.webmanifest is the one manifest; index.html links it.
      manifest: false,
      workbox: {
        globPatterns: ['**/*.{html,js,css,wav,woff2,json,svg,png,webmanifest}'],
        // Part of the worker, not of the game: it clears the caches of the worker Envol had before.
        importScripts: ['sw-old-cache.js'],
        globIgnores: ['sw-old-cache.js'],
        // The world's chunk (Phaser and the art) is about 800 KB; the default 2 MiB cap is kept with room.
        maximumFileSizeToCacheInBytes: 3 * 1024 * 1024,
        // A link with settings (?lang=en) or a phone's room code still opens the kept page.
        ignoreURLParametersMatching: [/.*/],
        navigateFallback: 'index.html',
        // The live classroom and the phones' short address belong to the server, never to the cache.
        navigateFallbackDenylist: [/^\/live(\/|$)/, /^\/p\/?$/],
        // The first visit's page is kept at once, so it plays offline without a reload; an update
        // still waits, since a new worker only takes the pages once the player asks for it.
        clientsClaim: true,
        cleanupOutdatedCaches: true,
      },
    }),
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
