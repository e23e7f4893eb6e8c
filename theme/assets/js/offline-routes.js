// "Beschikbaar offline" on a route page and the list of what is stored on /offline/ (loaded by site.js only on
// those pages; offline.js registers the worker on every page). The manifest (/offline.json) says which files a
// route needs, their sizes and the cache of this build.

import { offlineWorker, registered } from "./offline.js";
import { h } from "./dom.js";

// Made on first use: building a number format loads locale data, which would slow down every page's start.
let sizeFormat = null;

/** 1234 → "1,2 kB"; 1234567 → "1,2 MB". */
export function formatSize(bytes) {
  sizeFormat ??= new Intl.NumberFormat("nl-NL", { maximumFractionDigits: 1 });
  if (bytes < 1000) return `${bytes} bytes`;
  if (bytes < 1_000_000) return `${sizeFormat.format(bytes / 1000)} kB`;
  return `${sizeFormat.format(bytes / 1_000_000)} MB`;
}

/** Every URL a route stores, and their total size according to the manifest. */
export function routeFiles(manifest, route) {
  const urls = [...new Set([...route.pages, ...route.files])];
  const bytes = urls.reduce((sum, url) => sum + (manifest.files[url]?.[0] ?? 0), 0);
  return { urls, bytes };
}

async function readManifest(url) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return response.json();
}

async function missingFrom(cache, urls) {
  const missing = [];
  for (const url of urls) if (!(await cache.match(url, { ignoreSearch: true }))) missing.push(url);
  return missing;
}

async function storedRoutes(manifest) {
  if (!(await caches.has(manifest.cache))) return [];
  const cache = await caches.open(manifest.cache);
  const stored = [];
  for (const route of manifest.routes)
    if ((await missingFrom(cache, routeFiles(manifest, route).urls)).length === 0) stored.push(route);
  return stored;
}

function initRouteSaver(section) {
  const button = section.querySelector("[data-offline-save]");
  const progress = section.querySelector("[data-offline-progress]");
  const count = section.querySelector("[data-offline-count]");
  const status = section.querySelector("[data-offline-status]");
  const labels = section.dataset;
  let manifest = null;
  let route = null;
  let busy = false;

  const say = (text) => { status.textContent = text; };

  async function showState() {
    manifest = await readManifest(section.dataset.offlineManifest);
    route = manifest.routes.find((r) => r.url === section.dataset.offlineRoute);
    if (!route) return;
    const { urls, bytes } = routeFiles(manifest, route);
    section.hidden = false;
    const stored = (await storedRoutes(manifest)).includes(route);
    button.textContent = stored ? labels.labelAgain : labels.labelSave;
    say(stored
      ? `Deze leerroute staat op dit apparaat: ${urls.length} bestanden, ${formatSize(bytes)}.`
      : `Opslaan kost ${formatSize(bytes)} (${urls.length} bestanden).`);
  }

  async function save() {
    const { urls, bytes } = routeFiles(manifest, route);
    if (!navigator.onLine) {
      say("Opslaan lukte niet: er is nu geen verbinding. Probeer het opnieuw zodra je online bent.");
      return;
    }
    // aria-disabled, not disabled: a disabled button would drop the keyboard focus to the page.
    busy = true;
    button.setAttribute("aria-disabled", "true");
    button.textContent = labels.labelBusy;
    progress.hidden = false;
    count.hidden = false;
    progress.value = 0;
    say(`Bezig met opslaan: ${urls.length} bestanden, ${formatSize(bytes)}.`);
    const cache = await caches.open(manifest.cache);
    let done = 0;
    let savedBytes = 0;
    try {
      for (const url of urls) {
        if (!(await cache.match(url, { ignoreSearch: true }))) {
          const response = await fetch(url, { cache: "no-cache" });
          if (!response.ok) throw new Error(`${url}: ${response.status}`);
          await cache.put(url, response);
        }
        done += 1;
        savedBytes += manifest.files[url]?.[0] ?? 0;
        progress.value = savedBytes / Math.max(bytes, 1);
        count.textContent = `${formatSize(savedBytes)} van ${formatSize(bytes)}`;
      }
      button.textContent = labels.labelAgain;
      say(`Klaar: de leerroute staat op dit apparaat (${urls.length} bestanden, ${formatSize(bytes)}). Je kunt alle stappen nu ook zonder verbinding openen.`);
    } catch (error) {
      button.textContent = labels.labelSave;
      say(`Opslaan lukte niet: ${done} van ${urls.length} bestanden staan er. Controleer de verbinding en probeer het opnieuw.`);
    } finally {
      busy = false;
      button.removeAttribute("aria-disabled");
      progress.hidden = true;
      count.hidden = true;
    }
  }

  button.addEventListener("click", () => { if (manifest && route && !busy) save(); });
  showState().catch(() => { section.hidden = true; });
}

async function listStored(page) {
  const manifest = await readManifest(page.dataset.offlineManifest);
  const routes = await storedRoutes(manifest);
  const routeList = page.querySelector("[data-offline-routes]");
  if (routes.length) {
    routeList.replaceChildren(...routes.map((r) => h("li", {}, h("a", { href: r.url }, r.title))));
    routeList.hidden = false;
    page.querySelector("[data-offline-no-routes]").hidden = true;
  }

  if (!(await caches.has(manifest.cache))) return;
  const cache = await caches.open(manifest.cache);
  const seen = [];
  for (const request of await cache.keys()) {
    const path = new URL(request.url).pathname;
    if (!path.endsWith("/") || path === location.pathname || !manifest.files[path]) continue;
    seen.push({ path, title: titleOf(await (await cache.match(request)).text()) || path });
  }
  seen.sort((a, b) => a.title.localeCompare(b.title, "nl"));
  const visited = page.querySelector("[data-offline-visited]");
  if (seen.length) {
    visited.replaceChildren(...seen.map((s) => h("li", {}, h("a", { href: s.path }, s.title))));
    visited.hidden = false;
  }
}

/** The heading of a stored page (parsed inertly: nothing in it runs or loads). */
function titleOf(html) {
  return new DOMParser().parseFromString(html, "text/html").querySelector("h1")?.textContent.trim() ?? "";
}

/**
 * Lists the stored routes and pages on /offline/; shows the route saver once the worker is registered.
 * @param {Document} root
 */
export function initOfflineRoutes(root) {
  if (!offlineWorker(root)) return;
  const page = root.querySelector("[data-offline-page]");
  if (page) listStored(page).catch(() => {});
  const saver = root.querySelector("[data-offline-route]");
  if (saver) registered.then(() => initRouteSaver(saver));
}
