// Starts the features of a page once the DOM is there: shared by the site (site.js) and the SCORM packages (package.js).

/**
 * @param {Array<(root: Document) => void>} features each checks for its own markup
 */
export function startFeatures(features) {
  const start = () => {
    // early.js sets this before the first paint; set here too in case that script did not load.
    document.documentElement.classList.add("js");
    for (const init of features) {
      try {
        init(document);
      } catch (error) {
        // One broken feature must not stop the others; the error still shows in the console.
        console.error(`Over grenzen: ${init.name} mislukt`, error);
      }
    }
    document.documentElement.dataset.ready = "true";
  };
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start, { once: true });
  else start();
}
