// Search page (SearchView.razor): Pagefind's plain API, run in a worker (search-worker.js) so that the page
// stays responsive while the index loads, with a results list of our own. Pagefind's excerpts contain <mark>
// around the matched words; they are rebuilt here from text nodes and <mark> elements only, so nothing from
// the index is ever inserted as HTML.

import { h } from "./dom.js";

/** Results shown at first, and added by every press of "Meer resultaten". */
const PAGE_SIZE = 20;
/** Lecturer pages stay out of the results unless the "voor docenten" box is ticked. */
const LECTURER_TYPE = "docent";

/**
 * Runs the search page (`[data-search-page]`) from `?q=` and the form; does nothing elsewhere.
 * @param {ParentNode} [root]
 */
export function initSearch(root = document) {
  const page = root.querySelector("[data-search-page]");
  if (!page) return;
  const form = page.querySelector("[data-search-form]");
  const input = form.querySelector("input[name=q]");
  const status = page.querySelector("[data-search-status]");
  const list = page.querySelector("[data-search-results]");
  const filterBox = page.querySelector("[data-search-filters]");
  // The filter groups and their labels, and where Pagefind is, come from the page (SearchFilterGroups.cs, SiteUrls).
  /** @type {[string, string, Object<string, string>][]} [filter name, legend, labels per value] */
  const FILTER_GROUPS = JSON.parse(page.dataset.searchGroups);
  const TYPE_LABELS = FILTER_GROUPS.find(([name]) => name === "type")[2];
  const params = new URLSearchParams(location.search);
  input.value = params.get("q") ?? "";
  // The chosen filter per group (type, doelgroep, categorie), also kept in the URL.
  const chosen = Object.fromEntries(FILTER_GROUPS.map(([name]) => [name, params.get(name) ?? ""]));
  chosen.docent = params.get("docent") ?? "";
  const engine = searchWorker(page.dataset.searchScript);
  let filtersFor = null;
  let searched = false;
  let total = 0;
  let shown = 0;
  let missing = 0;
  const more = page.querySelector("[data-search-more]");
  // On a phone the filters fold behind one button (site.css shows them open on wider screens).
  const filterToggle = page.querySelector("[data-search-filter-toggle]");
  filterToggle.addEventListener("click", () => {
    const open = filterToggle.getAttribute("aria-expanded") !== "true";
    filterToggle.setAttribute("aria-expanded", String(open));
    filterBox.classList.toggle("is-open", open);
  });
  more.addEventListener("click", () => showMore(true));

  const run = async () => {
    const query = input.value.trim();
    const url = new URL(location.href);
    url.searchParams.set("q", query);
    for (const [name, value] of Object.entries(chosen)) {
      if (value) url.searchParams.set(name, value);
      else url.searchParams.delete(name);
    }
    history.replaceState(null, "", url);
    list.replaceChildren();
    if (!query) {
      status.textContent = "Typ een zoekterm, bijvoorbeeld ‘vertrouwen’ of ‘mandaat’.";
      return;
    }
    try {
      if (!searched) status.textContent = "Zoeken wordt geladen…";
      const filters = Object.fromEntries(Object.entries(chosen).filter(([name, value]) => value && name !== "docent"));
      if (!chosen.docent && !filters.type) filters.type = { none: [LECTURER_TYPE] };
      total = await engine.call("search", query, filters);
      searched = true;
      shown = 0;
      missing = 0;
      if (filtersFor !== query) {
        filtersFor = query;
        await showFilters(query);
      }
      await showMore(false);
      status.textContent = total === 0
        ? `Niets gevonden voor ‘${query}’${Object.keys(chosen).some((k) => chosen[k]) ? " met deze filters" : ""}. Probeer een ander woord of kies Alles.`
        : `${total} ${total === 1 ? "resultaat" : "resultaten"} voor ‘${query}’.`
          + (missing ? ` Zonder verbinding zie je alleen de pagina's op dit apparaat (${missing} niet).` : "");
    } catch (error) {
      status.textContent = "Zoeken lukt nu niet. Probeer het later opnieuw of gebruik het menu.";
      console.warn("Over grenzen: zoeken mislukt", error);
    }
  };

  // Draws the next PAGE_SIZE results; after a press of the button, focus goes to the first new one.
  const showMore = async (focus) => {
    // Offline only the result text of stored pages is there (offline.js): show those, leave out the rest.
    const batch = await engine.call("page", shown, PAGE_SIZE);
    const next = batch.filter(Boolean);
    missing += batch.length - next.length;
    const items = next.map((r) => renderResult(r, TYPE_LABELS));
    list.append(...items);
    shown += batch.length;
    more.hidden = shown >= total;
    more.textContent = `Meer resultaten (${total - shown} over)`;
    if (focus && items[0]) items[0].querySelector("a").focus();
  };

  const showFilters = async (query) => {
    const counts = await engine.call("counts", query);
    const dutch = new Intl.Collator("nl");
    const groups = FILTER_GROUPS
      .map(([name, legend, labels]) => [name, legend, labels, Object.entries(counts[name] ?? {})
        .filter(([value, n]) => n > 0 && (name !== "type" || value !== LECTURER_TYPE || chosen.docent))])
      .filter(([, , , options]) => options.length > 0);
    const lecturerCount = counts.type?.[LECTURER_TYPE] ?? 0;
    const lecturer = h("input", { type: "checkbox", id: "zoekfilter-voor-docenten", name: "docent", value: "ja" });
    lecturer.checked = Boolean(chosen.docent);
    lecturer.addEventListener("change", () => {
      chosen.docent = lecturer.checked ? "ja" : "";
      if (!lecturer.checked && chosen.type === LECTURER_TYPE) chosen.type = "";
      filtersFor = null;
      run();
    });
    const lecturerGroup = lecturerCount > 0
      ? h("fieldset", {}, h("legend", {}, "Voor docenten"),
        h("span", { class: "search-filter" }, lecturer, h("label", { for: "zoekfilter-voor-docenten" }, `Toon ook docentenhandleidingen (${lecturerCount})`)))
      : null;
    filterBox.replaceChildren(lecturerGroup ?? "", ...groups.map(([name, legend, labels, options]) => {
      const radio = (value, label, count) => {
        // Tag values are free text ("Medisch en sociaal domein"): an id may not contain spaces.
        const id = `zoekfilter-${name === "type" ? "" : name + "-"}${value || "alles"}`.replace(/[^A-Za-z0-9_-]+/g, "-");
        const field = h("input", { type: "radio", name, id, value });
        field.checked = value === (chosen[name] ?? "");
        field.addEventListener("change", () => { chosen[name] = value; run(); });
        return h("span", { class: "search-filter" }, field, h("label", { for: id }, count === null ? label : `${label} (${count})`));
      };
      options.sort(([a], [b]) => dutch.compare(labels[a] ?? a, labels[b] ?? b));
      return h("fieldset", {}, h("legend", {}, legend), radio("", "Alles", null),
        ...options.map(([value, count]) => radio(value, labels[value] ?? value, count)));
    }));
    filterBox.hidden = groups.length === 0 && !lecturerGroup;
    filterToggle.hidden = filterBox.hidden;
  };

  form.addEventListener("submit", (event) => { event.preventDefault(); run(); });
  if (input.value) run();
  else status.textContent = "Typ een zoekterm, bijvoorbeeld ‘vertrouwen’ of ‘mandaat’.";
}

/**
 * The worker that runs Pagefind (which it loads on the first search).
 * `call(name, ...args)` runs one of its calls (search-worker.js) and resolves with the answer.
 * @param {string} script where Pagefind's script is (SiteUrls.SearchScript)
 */
function searchWorker(script) {
  const worker = new Worker(new URL("./search-worker.js", import.meta.url), { type: "module" });
  const pending = new Map();
  let nextId = 0;
  worker.addEventListener("message", ({ data: { id, result, error } }) => {
    const { resolve, reject } = pending.get(id);
    pending.delete(id);
    if (error === undefined) resolve(result);
    else reject(new Error(error));
  });
  worker.addEventListener("error", (event) => {
    for (const { reject } of pending.values()) reject(new Error(event.message || "search worker failed"));
    pending.clear();
  });
  const engine = {
    call(name, ...args) {
      const id = nextId++;
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject });
        worker.postMessage({ id, call: name, args });
      });
    },
  };
  // Messages are handled in order, so the worker knows where Pagefind is before the first search arrives.
  engine.call("where", script);
  return engine;
}

/**
 * One result: title linked to the best-matching section, its type and a highlighted excerpt.
 * @param {{url: string, title: string, type: string|null, foundAt: string|null, excerpt: string}} result from search-worker.js
 * @param {Object<string, string>} typeLabels label per search type
 */
function renderResult(result, typeLabels) {
  return h("li", { class: "search-result" },
    h("p", { class: "kicker" }, typeLabels[result.type] ?? "Pagina"),
    h("a", { href: result.url, class: "card-title" }, result.title),
    result.foundAt ? h("p", { class: "meta" }, `Gevonden bij: ${result.foundAt}`) : null,
    h("p", {}, ...excerptNodes(result.excerpt)));
}

/** Turns "a <mark>b</mark> c" into text and <mark> nodes, via an inert document. */
function excerptNodes(excerpt) {
  const parsed = new DOMParser().parseFromString(`<p>${excerpt}</p>`, "text/html").body;
  return [...parsed.querySelectorAll("p")[0].childNodes].map((node) =>
    node.nodeName === "MARK" ? h("mark", {}, node.textContent) : node.textContent);
}
