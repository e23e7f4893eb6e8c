// Search page (SearchView.razor): Pagefind's plain API with a results list of our own.
// Pagefind's excerpts contain <mark> around the matched words; they are rebuilt here from text
// nodes and <mark> elements only, so nothing from the index is ever inserted as HTML.

import { h } from "./dom.js";

const MAX_RESULTS = 20;

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
  let pagefind = null;
  let filtersFor = null;

  const load = async () => {
    if (pagefind) return pagefind;
    status.textContent = "Zoeken wordt geladen…";
    pagefind = await import(page.dataset.searchScript);
    await pagefind.options({ excerptLength: 24 });
    pagefind.init();
    // Loads the filter index, so that every search response carries its filter counts.
    await pagefind.filters();
    return pagefind;
  };

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
      const engine = await load();
      const filters = Object.fromEntries(Object.entries(chosen).filter(([, value]) => value));
      const search = await engine.search(query, { filters });
      const results = await Promise.all(search.results.slice(0, MAX_RESULTS).map((r) => r.data()));
      if (filtersFor !== query) {
        filtersFor = query;
        await showFilters(engine, query);
      }
      list.replaceChildren(...results.map((r) => renderResult(r, TYPE_LABELS)));
      const total = search.results.length;
      status.textContent = total === 0
        ? `Niets gevonden voor ‘${query}’${Object.keys(filters).length ? " met deze filters" : ""}. Probeer een ander woord of kies Alles.`
        : `${total} ${total === 1 ? "resultaat" : "resultaten"} voor ‘${query}’${total > MAX_RESULTS ? `; de eerste ${MAX_RESULTS} staan hieronder` : ""}.`;
    } catch (error) {
      status.textContent = "Zoeken lukt nu niet. Probeer het later opnieuw of gebruik het menu.";
      console.warn("Over grenzen: zoeken mislukt", error);
    }
  };

  const showFilters = async (engine, query) => {
    const counts = (await engine.search(query)).filters ?? {};
    const groups = FILTER_GROUPS
      .map(([name, legend, labels]) => [name, legend, labels, Object.entries(counts[name] ?? {}).filter(([, n]) => n > 0)])
      .filter(([, , , options]) => options.length > 0);
    filterBox.replaceChildren(...groups.map(([name, legend, labels, options]) => {
      const radio = (value, label, count) => {
        const id = `zoekfilter-${name === "type" ? "" : name + "-"}${value || "alles"}`;
        const field = h("input", { type: "radio", name, id, value });
        field.checked = value === (chosen[name] ?? "");
        field.addEventListener("change", () => { chosen[name] = value; run(); });
        return h("span", { class: "search-filter" }, field, h("label", { for: id }, count === null ? label : `${label} (${count})`));
      };
      options.sort(([a], [b]) => (labels[a] ?? a).localeCompare(labels[b] ?? b, "nl"));
      return h("fieldset", {}, h("legend", {}, legend), radio("", "Alles", null),
        ...options.map(([value, count]) => radio(value, labels[value] ?? value, count)));
    }));
    filterBox.hidden = groups.length === 0;
  };

  form.addEventListener("submit", (event) => { event.preventDefault(); run(); });
  if (input.value) run();
  else status.textContent = "Typ een zoekterm, bijvoorbeeld ‘vertrouwen’ of ‘mandaat’.";
}

/**
 * One result: title linked to the best-matching section, its type and a highlighted excerpt.
 * @param {object} result a Pagefind result
 * @param {Object<string, string>} typeLabels label per search type
 */
function renderResult(result, typeLabels) {
  const section = result.sub_results?.find((s) => s.url && s.url.includes("#"));
  const target = section?.url ?? result.url;
  const typeLabel = typeLabels[result.filters?.type?.[0]] ?? "Pagina";
  return h("li", { class: "search-result" },
    h("p", { class: "kicker" }, typeLabel),
    h("a", { href: target, class: "card-title" }, result.meta?.title ?? target),
    section && section.title !== result.meta?.title ? h("p", { class: "meta" }, `Gevonden bij: ${section.title}`) : null,
    h("p", {}, ...excerptNodes(section?.excerpt ?? result.excerpt ?? "")));
}

/** Turns "a <mark>b</mark> c" into text and <mark> nodes, via an inert document. */
function excerptNodes(excerpt) {
  const parsed = new DOMParser().parseFromString(`<p>${excerpt}</p>`, "text/html").body;
  return [...parsed.querySelectorAll("p")[0].childNodes].map((node) =>
    node.nodeName === "MARK" ? h("mark", {}, node.textContent) : node.textContent);
}
