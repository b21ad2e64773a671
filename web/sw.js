// web/sw.js: the offline service worker's body. The build (scripts/post-build/service-worker.mjs)
// writes dist/sw.js as two generated constants followed by this file:
//   VERSION  a hash of every file of the build, so any change makes a new worker and cache
//   FILES    every file of the build, relative to this worker (hashed names where Trunk hashes)
//
// Cache first: after one visit the whole check runs with no network. A new version installs
// in the background and waits; the page offers to switch ("A new version is ready") and sends
// "skip-waiting" only when the person chooses, so nobody is moved mid-check.

/* global VERSION, FILES */
const PREFIX = 'aftercare:' + self.registration.scope + ':';
const CACHE = PREFIX + VERSION;
// The page itself, whatever query it is opened with (the embed's ?accent=…): the scope's
// folder address and index.html are both answered with the cached index.html.
const PAGE = new URL('./index.html', self.registration.scope).href;
const isPage = (url) => url.origin + url.pathname === self.registration.scope || url.origin + url.pathname === PAGE;

self.addEventListener('install', (event) => {
  // cache: 'reload' skips the browser's HTTP cache, so a new version never stores stale files.
  const requests = FILES.map((file) => new Request(new URL(file, self.registration.scope), { cache: 'reload' }));
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(requests)));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      // Only this scope's older caches: another copy of the app on the same origin keeps its own.
      .then((keys) => Promise.all(keys.filter((key) => key.startsWith(PREFIX) && key !== CACHE).map((key) => caches.delete(key))))
      // The first visit's page is taken over at once, so it works offline from then on.
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || !request.url.startsWith(self.registration.scope)) return;
  const url = new URL(request.url);
  const cached = caches
    .open(CACHE)
    .then((cache) => (isPage(url) ? cache.match(PAGE) : cache.match(request, { ignoreSearch: true })));
  event.respondWith(cached.then((response) => response || fetch(request)));
});
