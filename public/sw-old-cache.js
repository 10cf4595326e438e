/* global self, caches */
// Part of the service worker (sw.js imports it): the worker Envol had before Workbox kept the
// game in caches named "envol-<version>"; once Workbox's worker takes over, they are only weight.
self.addEventListener('activate', (event) => {
  event.waitUntil(caches.keys().then((keys) => Promise.all(keys.filter((key) => /^envol-[0-9a-f]{12}$/.test(key)).map((key) => caches.delete(key)))));
});
