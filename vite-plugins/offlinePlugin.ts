/**
 * Writes `sw.js`, a service worker that keeps every file of the build, so the game plays
 * offline once loaded (learners at home, workshop rooms with poor Wi-Fi). Its cache name
 * changes with the build's contents, so an update replaces the old files in one go.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

export function serviceWorkerSource(files: string[], version: string): string {
  return `// Envol offline cache, generated at build time.
const CACHE = 'envol-${version}';
const FILES = ${JSON.stringify(['./', ...files])};

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('envol-') && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  // Level files: the network first (a trainer may have changed them), the cache when offline.
  if (new URL(request.url).pathname.includes('/levels/')) {
    event.respondWith(
      fetch(request)
        .then((response) => {
          const copy = response.clone();
          if (response.ok) caches.open(CACHE).then((cache) => cache.put(request, copy));
          return response;
        })
        .catch(() => caches.match(request, { ignoreSearch: true }).then((hit) => hit || Response.error())),
    );
    return;
  }
  event.respondWith(caches.match(request, { ignoreSearch: true }).then((hit) => hit || fetch(request)));
});
`;
}

export function offlinePlugin(publicDir: string): Plugin {
  return {
    name: 'envol-offline',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const copied = existsSync(publicDir) ? readdirSync(publicDir) : [];
      const files = [...Object.keys(bundle).filter((f) => f !== 'sw.js'), ...copied].sort();
      const hash = createHash('sha256');
      for (const f of files) {
        const item = bundle[f];
        hash.update(f);
        if (!item) hash.update(readFileSync(join(publicDir, f)));
        else hash.update(item.type === 'chunk' ? item.code : typeof item.source === 'string' ? item.source : Buffer.from(item.source));
      }
      this.emitFile({ type: 'asset', fileName: 'sw.js', source: serviceWorkerSource(files, hash.digest('hex').slice(0, 12)) });
    },
  };
}
