// A classic script in <head>, run before the first paint (the CSP forbids inline script):
// the stylesheet lays out the script-driven controls (the collapsed phone menu, the js-only
// controls, the search page's result area) from this class, so nothing moves when the modules run.
// Only where modules run: elsewhere site.js never starts and the page must stay as without script.
if ("noModule" in HTMLScriptElement.prototype) document.documentElement.classList.add("js");
