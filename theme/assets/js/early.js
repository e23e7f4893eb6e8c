// A classic script in <head>, run before the first paint (the CSP forbids inline script):
// the stylesheet lays out the script-driven controls (the collapsed phone menu, the js-only
// controls, the search page's result area) from this class, so nothing moves when the modules run.
// Only where modules run: elsewhere site.js never starts and the page must stay as without script.
if ("noModule" in HTMLScriptElement.prototype) {
  document.documentElement.classList.add("js");
  // The assignment banner (assignment-banner.js) gets its room now when this page is a step of the
  // opened assignment, so that filling it in later moves nothing. Key and shape: assignment-return.js.
  try {
    var opened = JSON.parse(localStorage.getItem("overgrenzen:opdracht") || "null");
    if (opened && !opened.closed && Array.isArray(opened.steps)
      && opened.steps.some(function (s) { return s && s.url === location.pathname; })) {
      document.documentElement.classList.add("has-assignment-banner");
    }
  } catch (e) {
    // No storage or unreadable: no banner.
  }
}
