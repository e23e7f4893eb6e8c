// The search page's worker (search.js starts it): Pagefind runs here, off the main thread, so loading its
// WebAssembly module, decompressing the index and reading the result fragments never block the page
// while it loads on a phone. The page sends a call and gets plain data back; it never sees Pagefind itself.

/** Result text per result, as Pagefind cuts it around the matched words. */
const EXCERPT_LENGTH = 24;

/** Where Pagefind's script is (SiteUrls.SearchScript): the page's first message, `where`. */
let script = null;
/** Pagefind, loaded once, on the first search. */
let loading = null;
/** The results of the last search, in the order shown; `page` reads slices of it. */
let lastResults = [];

const pagefind = () => (loading ??= load());

async function load() {
  const engine = await import(script);
  // In a worker Pagefind takes the site's address from its own script URL (no window), so result URLs would
  // start with the origin; the site's links are paths.
  await engine.options({ excerptLength: EXCERPT_LENGTH, baseUrl: "/" });
  await engine.init();
  // Loads the filter index, so that every search response carries its filter counts.
  await engine.filters();
  return engine;
}

const calls = {
  /** Says where Pagefind's script is; nothing loads until the first search. */
  where(url) {
    script = url;
  },

  /** Searches and keeps the results; returns how many there are. */
  async search(query, filters) {
    lastResults = await rankedResults(await pagefind(), query, filters);
    return lastResults.length;
  },

  /** The filter counts for a query without filters: filter value → number of pages, per filter. */
  async counts(query) {
    return (await (await pagefind()).search(query)).filters ?? {};
  },

  /**
   * Results start … start + count of the last search, each ready to draw; null for a result whose text is not
   * there (offline, a page not stored on this device).
   */
  async page(start, count) {
    return Promise.all(lastResults.slice(start, start + count).map((r) => r.data().then(summary, () => null)));
  },
};

self.addEventListener("message", async ({ data: { id, call, args } }) => {
  try {
    self.postMessage({ id, result: await calls[call](...args) });
  } catch (error) {
    self.postMessage({ id, error: String(error?.message ?? error) });
  }
});

/** Folds case and accents, so that "coordinatie" finds "coördinatie". */
const fold = (text) => text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();

/**
 * Pagefind's results, with the pages whose title contains every word of the query first. Every page's
 * title is also a Pagefind filter value ("titel", on the h1), so this takes two searches and no extra
 * downloads.
 */
async function rankedResults(engine, query, filters) {
  const words = fold(query).split(/\s+/).filter((w) => w.length > 1);
  const titles = Object.keys((await engine.filters()).titel ?? {});
  const matching = titles.filter((title) => words.length && words.every((w) => fold(title).includes(w)));
  if (!matching.length) return (await engine.search(query, { filters })).results;
  const [first, rest] = await Promise.all([
    engine.search(query, { filters: { ...filters, titel: { any: matching } } }),
    engine.search(query, { filters: { ...filters, titel: { none: matching } } }),
  ]);
  return [...first.results, ...rest.results];
}

/** One result as search.js draws it: where it links, its title and type, and the excerpt (with <mark>). */
function summary(data) {
  const section = data.sub_results?.find((s) => s.url && s.url.includes("#"));
  const url = section?.url ?? data.url;
  return {
    url,
    title: data.meta?.title ?? url,
    type: data.filters?.type?.[0] ?? null,
    foundAt: section && section.title !== data.meta?.title ? section.title : null,
    excerpt: section?.excerpt ?? data.excerpt ?? "",
  };
}
