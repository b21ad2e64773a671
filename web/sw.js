// web/sw.js: the offline service worker's body. The build (scripts/post-build/service-worker.mjs)
// writes dist/sw.js as generated constants followed by this file:
//   VERSION   a hash of every file of the build, so any change makes a new worker and cache
//   REQUIRED  what the app needs to run (page, scripts, wasm, styles): all must arrive
//   OPTIONAL  the manifest, icons and embed.js: kept where the host published them
//   CARD      the therapist's card maker (card/): kept only when a card maker page is open
//             as the worker installs, or when its files are first fetched through the worker,
//             so the check's own visitors never download it
//   DOWNLOAD  the one-file copy, kept in the cache the first time it is downloaded
// Paths are relative to this worker, with Trunk's hashed names.
//
// Cache first: after one visit the whole check runs with no network. A new version installs
// in the background and waits; the page offers to switch ("A new version is ready") and sends
// "skip-waiting" only when the person chooses, so nobody is moved mid-check.

/* global VERSION, REQUIRED, OPTIONAL, CARD, DOWNLOAD */
const PREFIX = 'aftercare:' + self.registration.scope + ':';
const CACHE = PREFIX + VERSION;
// The page itself, whatever query it is opened with (the embed's ?accent=…): the scope's
// folder address and index.html are both answered with the cached index.html.
const PAGE = new URL('./index.html', self.registration.scope).href;
const isPage = (url) => url.origin + url.pathname === self.registration.scope || url.origin + url.pathname === PAGE;

// cache: 'reload' skips the browser's HTTP cache, so a new version never stores stale files.
const fresh = (file) => new Request(new URL(file, self.registration.scope), { cache: 'reload' });
const CARD_FOLDER = new URL('card/', self.registration.scope).href;
// Each of `files` that the host has published, on its own: one left off never stops the rest.
const keep = (cache, files) =>
  Promise.allSettled(files.map((file) => fetch(fresh(file)).then((response) => response.ok && cache.put(new URL(file, self.registration.scope).href, response))));

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches.open(CACHE).then((cache) =>
      // All of what the app needs, or no install; then whatever optional files the host has
      // published, each on its own, so one left off (or failing) never stops the install.
      cache.addAll(REQUIRED.map(fresh)).then(() =>
        Promise.all([
          keep(cache, OPTIONAL),
          // The card maker only where one is open: the page that installed this worker, or a
          // therapist's tab when a new version installs.
          self.clients
            .matchAll({ type: 'window', includeUncontrolled: true })
            .then((clients) => clients.some((client) => client.url.startsWith(CARD_FOLDER)) && keep(cache, CARD)),
        ]),
      ),
    ),
  );
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
  // Kept the first time they are fetched: the one-file copy, and the card maker's files.
  const download = url.origin + url.pathname === new URL(DOWNLOAD, self.registration.scope).href || url.href.startsWith(CARD_FOLDER);
  // The page's own address answers with the cached index.html whatever its query; a folder's
  // address (the card maker's card/) with its index.html.
  const key = isPage(url) ? PAGE : url.pathname.endsWith('/') ? new URL('index.html', url).href : request;
  event.respondWith(
    caches.open(CACHE).then((cache) =>
      cache.match(key, { ignoreSearch: true }).then((response) => {
        if (response) return response;
        // Kept the first time it is fetched, for the next time offline.
        return fetch(request).then((fetched) => {
          if (download && fetched.ok) cache.put(key, fetched.clone());
          return fetched;
        });
      }),
    ),
  );
});
