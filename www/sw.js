// Makes the app work offline once it has been opened: network first (so a
// new build is picked up at once), the cached copy when the network fails.
// Same-origin GET requests only; nothing is ever sent anywhere.
const CACHE = 'soi-v4';
const CORE = ['./', './index.html', './boot.js', './store.js', './soi-web.js', './soi-web_bg.wasm', './style.css',
  './favicon.svg', './worker.js', './documents.js', './manifest.webmanifest', './sample.txt'];

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches.open(CACHE).then((cache) => cache.addAll(CORE)).then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k !== CACHE).map((k) => caches.delete(k))))
      // The page's request goes out while this worker starts, not after.
      .then(() => self.registration.navigationPreload?.enable())
      .then(() => self.clients.claim()),
  );
});

// The same file as the stored copy: the server gave a date or a tag, and
// they and the length are the stored copy's (without either, it is stored
// again, as before).
const same = (a, b) => (b.headers.has('last-modified') || b.headers.has('etag'))
  && ['content-length', 'last-modified', 'etag'].every((h) => a.headers.get(h) === b.headers.get(h));

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  const network = (request.mode === 'navigate' && event.preloadResponse
    ? event.preloadResponse.then((preloaded) => preloaded || fetch(request))
    : fetch(request));
  event.respondWith(
    network
      .then((response) => {
        if (response.ok) {
          // Stored again only when it changed (a new build): a reload does
          // not write the 1.5 MB wasm each time.
          const copy = response.clone();
          event.waitUntil(caches.open(CACHE).then((cache) => cache.match(request)
            .then((stored) => (stored && same(stored, copy) ? null : cache.put(request, copy)))));
        }
        return response;
      })
      .catch(() => caches.match(request, { ignoreSearch: true })
        .then((hit) => hit || caches.match('./index.html'))),
  );
});
