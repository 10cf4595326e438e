import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { levelsPlugin } from './build/levelsPlugin';

const root = fileURLToPath(new URL('.', import.meta.url));

/** The built game runs under this policy: nothing loads from elsewhere, no inline script. */
const CSP =
  "default-src 'self'; script-src 'self'; img-src 'self' data: blob:; media-src 'self' data: blob:; " +
  "style-src 'self'; connect-src 'self' data: blob:; object-src 'none'; base-uri 'none'";

export default defineConfig({
  base: './',
  plugins: [
    levelsPlugin(`${root}levels`),
    {
      name: 'envol-csp',
      apply: 'build',
      transformIndexHtml: (html) =>
        html.replace('<meta charset="UTF-8" />', `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CSP}" />`),
    },
  ],
  build: {
    target: 'es2022',
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 1600,
  },
  server: { host: '127.0.0.1' },
});
