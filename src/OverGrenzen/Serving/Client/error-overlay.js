// serve only: a panel with the diagnostics of the last failed rebuild, over the page from the last good one.
// Built with textContent only (diagnostic messages quote content); styled by error-overlay.css from the same
// origin, so the site's CSP (no inline script or style) holds. The next good build reloads the page, and
// the panel is gone.

const panelId = "serve-errors";

function stylesheet() {
  if (document.getElementById(`${panelId}-style`)) return;
  const link = document.createElement("link");
  link.id = `${panelId}-style`;
  link.rel = "stylesheet";
  link.href = new URL("./error-overlay.css", import.meta.url).pathname;
  document.head.append(link);
}

function element(name, className, text) {
  const node = document.createElement(name);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function item(diagnostic) {
  const li = element("li", "serve-errors__item");
  // file:line:column, as plain text: the panel links to nothing.
  li.append(
    element("code", "serve-errors__where", `${diagnostic.file}:${diagnostic.line}:${diagnostic.column}`),
    " ",
    element("span", `serve-errors__code serve-errors__code--${diagnostic.severity}`, `${diagnostic.severity} ${diagnostic.code}`),
    element("p", "serve-errors__message", diagnostic.message),
  );
  return li;
}

export function showErrors(diagnostics) {
  stylesheet();
  document.getElementById(panelId)?.remove();
  const errors = diagnostics.filter((d) => d.severity === "error").length;

  // role="alert": a screen reader announces the panel when it appears. The messages are in English.
  const panel = element("section", "serve-errors");
  panel.id = panelId;
  panel.lang = "en";
  panel.setAttribute("role", "alert");
  panel.setAttribute("aria-labelledby", `${panelId}-title`);

  const title = element("h2", "serve-errors__title", `The site could not be rebuilt: ${errors} error${errors === 1 ? "" : "s"}`);
  title.id = `${panelId}-title`;
  const note = element("p", "serve-errors__note",
    "This page is from the last good build. Fix the content and save; the page reloads when the site builds again.");
  const list = element("ol", "serve-errors__list");
  list.append(...diagnostics.map(item));
  const hide = element("button", "serve-errors__hide", "Hide");
  hide.type = "button";
  hide.addEventListener("click", () => panel.remove());

  panel.append(title, note, list, hide);
  document.body.append(panel);
}
