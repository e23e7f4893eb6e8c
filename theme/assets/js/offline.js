// Offline use: registers the service worker (written by the build's OfflineStep) on every page; the worker keeps
// the pages the student visits by itself. Storing a whole route and the /offline/ page: offline-routes.js.

let markRegistered;
/** Settles once this page has registered the worker; stays pending where it does not (see offlineWorker). */
export const registered = new Promise((resolve) => { markRegistered = resolve; });

/**
 * The worker's URL where this page goes offline: not where the browser cannot, nor under `serve`, whose
 * live-reload script changes the site on every save (nothing is cached there).
 * @param {Document} root
 * @returns {string | null}
 */
export function offlineWorker(root) {
  if (!("serviceWorker" in navigator) || !("caches" in window)) return null;
  if (root.querySelector("script[data-live-reload]")) return null;
  return root.body?.dataset.serviceWorker || null;
}

export function initOffline(root) {
  const worker = offlineWorker(root);
  if (!worker) return;

  // On the first visit this page loaded before the worker existed: once it takes over, keep this page too.
  if (!navigator.serviceWorker.controller)
    navigator.serviceWorker.addEventListener("controllerchange", () => { fetch(location.pathname).catch(() => {}); }, { once: true });

  // After the page has loaded: on a first visit the worker stores the shell, and those downloads must not
  // compete with the page's own (a phone on a slow connection would show the page later).
  const register = () => navigator.serviceWorker.register(worker).then(markRegistered, () => {
    // No worker (blocked, private mode): the site works as before, only not offline.
  });
  if (root.readyState === "complete") register();
  else window.addEventListener("load", register, { once: true });
}
