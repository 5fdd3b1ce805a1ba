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
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(
    fetch(request)
      .then((response) => {
        if (response.ok) {
          const copy = response.clone();
          caches.open(CACHE).then((cache) => cache.put(request, copy));
        }
        return response;
      })
      .catch(() => caches.match(request, { ignoreSearch: true })
        .then((hit) => hit || caches.match('./index.html'))),
  );
});
