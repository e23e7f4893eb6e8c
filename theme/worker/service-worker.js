// The service worker of Over grenzen. OfflineStep writes it to /service-worker.js with, above this code,
// `const OFFLINE = {…}`: this build's version and cache name, the manifest (/offline.json) and the offline page.
// Pages: network first, the stored copy when there is no connection, else the offline page.
// Everything else (fingerprinted assets, the search index of this build): the stored copy first.
/* global OFFLINE */

const pathKey = (url) => url.origin + url.pathname;

self.addEventListener("install", (event) => {
  event.waitUntil((async () => {
    const response = await fetch(OFFLINE.manifest, { cache: "no-cache" });
    const manifest = await response.clone().json();
    // A worker and a manifest of different builds (a deploy in between): try again at the next visit.
    if (manifest.version !== OFFLINE.version) throw new Error("offline.json belongs to another build");
    const cache = await caches.open(OFFLINE.cache);
    await keepUnchanged(cache, manifest);
    await cache.put(OFFLINE.manifest, response);
    const missing = [];
    for (const url of manifest.shell) if (!(await cache.match(url))) missing.push(new Request(url, { cache: "reload" }));
    await cache.addAll(missing);
    await self.skipWaiting();
  })());
});

// What an older cache holds with exactly the bytes of this build's file (same hash) moves into the new
// cache: pages visited and routes stored stay offline across deploys, also a page the old worker fetched
// after the deploy. A file that changed is left behind; the next visit with a connection stores it again.
async function keepUnchanged(cache, manifest) {
  for (const name of await caches.keys()) {
    if (!name.startsWith(OFFLINE.prefix) || name === OFFLINE.cache) continue;
    const old = await caches.open(name);
    for (const request of await old.keys()) {
      const path = new URL(request.url).pathname;
      const expected = manifest.files[path]?.[1];
      if (!expected || path === OFFLINE.manifest) continue;
      const stored = await old.match(request);
      if (stored && (await shortHash(stored.clone())) === expected) await cache.put(request, stored);
    }
  }
}

/** The first 12 hex digits of the SHA-256 of a response's body, as the build writes them in offline.json. */
async function shortHash(response) {
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", await response.arrayBuffer()));
  return Array.from(digest.slice(0, 6), (b) => b.toString(16).padStart(2, "0")).join("");
}

self.addEventListener("activate", (event) => {
  event.waitUntil((async () => {
    for (const name of await caches.keys())
      if (name.startsWith(OFFLINE.prefix) && name !== OFFLINE.cache) await caches.delete(name);
    await self.clients.claim();
  })());
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  // Streams (the dev server's live reload) are never stored.
  if (request.headers.get("accept")?.includes("text/event-stream")) return;
  event.respondWith(request.mode === "navigate" ? page(request, url) : file(request, url));
});

async function page(request, url) {
  const cache = await caches.open(OFFLINE.cache);
  try {
    const response = await fetch(request);
    // The query (search words) does not make another page; 404s and redirects are not kept.
    if (response.ok && response.type === "basic" && !response.redirected) await cache.put(pathKey(url), response.clone());
    return response;
  } catch (error) {
    return (await cache.match(pathKey(url))) ?? (await cache.match(OFFLINE.offlinePage)) ?? Response.error();
  }
}

async function file(request, url) {
  const cache = await caches.open(OFFLINE.cache);
  // Pagefind asks for its entry file with ?ts=…; within one build the stored file is the right one.
  const stored = await cache.match(request, { ignoreSearch: true });
  if (stored) return stored;
  const response = await fetch(request);
  if (response.ok && response.type === "basic") await cache.put(pathKey(url), response.clone());
  return response;
}
