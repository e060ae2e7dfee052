/**
 * The presenter's service worker (served as /present/sw.js, scope /present/): keeps the
 * app shell (the two HTML pages, scripts, styles, the API client) so that a reload with
 * no network still opens the presenter, which then shows its saved programme.
 *
 * Network first, cache as fallback: on a working network the presenter is always the
 * deployed version. API calls (/graphql/) and media are not handled here: the presenter
 * keeps its own copy of the programme, and video goes to the browser as usual.
 */

const CACHE = "ghrs-presenter-v1";
// Every meeting and language gets the same page (the script reads the address), so the
// two pages are kept once each and answer any presenter address offline.
const SHELLS = { main: "/present/app/index.html", notes: "/present/app/notes.html" };
const ASSETS = [
  SHELLS.main,
  SHELLS.notes,
  "/present/app/presenter.css",
  "/present/app/presenter.js",
  "/present/app/notes.js",
  "/present/app/i18n.js",
  "/present/app/clock.js",
  "/present/app/media.js",
  "/present/app/store.js",
  "/present/app/ghrs-client.mjs",
];

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(ASSETS))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) => Promise.all(names.filter((name) => name !== CACHE).map((name) => caches.delete(name))))
      .then(() => self.clients.claim()),
  );
});

function shellKey(url) {
  if (!/^\/present\/\d+\//.test(url.pathname)) return null;
  return url.pathname.endsWith("/notes/") ? SHELLS.notes : SHELLS.main;
}

async function networkFirst(request, key) {
  const cache = await caches.open(CACHE);
  try {
    const response = await fetch(request);
    if (response.ok) await cache.put(key, response.clone());
    return response;
  } catch (error) {
    const cached = await cache.match(key);
    if (cached) return cached;
    throw error;
  }
}

self.addEventListener("fetch", (event) => {
  const url = new URL(event.request.url);
  if (event.request.method !== "GET" || url.origin !== self.location.origin) return;
  if (event.request.mode === "navigate") {
    const key = shellKey(url);
    if (key) event.respondWith(networkFirst(event.request, key));
  } else if (url.pathname.startsWith("/present/app/")) {
    event.respondWith(networkFirst(event.request, url.pathname));
  }
});
