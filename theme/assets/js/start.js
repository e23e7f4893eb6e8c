// Starts the features of a page once the DOM is there: shared by the site (site.js) and the SCORM packages (package.js).

/**
 * @param {Array<(root: Document) => void | Promise<void>>} features each checks for its own markup; an async one
 *   (a module loaded on demand) is waited for before the page counts as ready
 */
export function startFeatures(features) {
  const start = async () => {
    // early.js sets this before the first paint; set here too in case that script did not load.
    document.documentElement.classList.add("js");
    // All start at once, in order, so on-demand modules download side by side.
    await Promise.all(features.map(async (init) => {
      try {
        await init(document);
      } catch (error) {
        // One broken feature (or a module that failed to load) must not stop the others; the error still shows in the console.
        console.error(`Over grenzen: ${init.name} mislukt`, error);
      }
    }));
    document.documentElement.dataset.ready = "true";
  };
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start, { once: true });
  else start();
}
