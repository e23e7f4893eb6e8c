// Reads the hidden casus catalog (CasusCatalog.razor): plain text and data attributes only.

/**
 * @typedef {{id: string, title: string, url: string, version: string, questions: number, duration: number}} CasusInfo
 * @typedef {{id: string, title: string, url: string, casussen: string[], steps: string[]}} RouteInfo
 *   steps: in route order, a casus by its id, any other page by its URL ("/kader/vormen/")
 * @typedef {{url: string, title: string}} PageInfo
 */

const words = (value) => (value ?? "").split(/\s+/).filter(Boolean);

/**
 * @param {ParentNode} [root]
 * @returns {{casussen: Map<string, CasusInfo>, routes: Map<string, RouteInfo>, pages: Map<string, PageInfo>}} empty maps when the page has no catalog
 */
export function readCatalog(root = document) {
  const casussen = new Map();
  const routes = new Map();
  const pages = new Map();
  const catalog = root.querySelector("[data-casus-catalog]");
  if (!catalog) return { casussen, routes, pages };
  for (const li of catalog.querySelectorAll("li[data-id]")) {
    const d = li.dataset;
    casussen.set(d.id, {
      id: d.id,
      title: li.textContent.trim(),
      url: d.url ?? "",
      version: d.version ?? "",
      questions: Number.parseInt(d.questions ?? "", 10) || 0,
      duration: Number.parseInt(d.duration ?? "", 10) || 0,
    });
  }
  for (const li of catalog.querySelectorAll("li[data-route]")) {
    routes.set(li.dataset.route, {
      id: li.dataset.route,
      title: li.textContent.trim(),
      url: li.dataset.url ?? "",
      casussen: words(li.dataset.casussen),
      steps: words(li.dataset.steps),
    });
  }
  for (const li of catalog.querySelectorAll("li[data-page]")) {
    const url = li.dataset.url ?? "";
    pages.set(url, { url, title: li.textContent.trim() });
  }
  return { casussen, routes, pages };
}

/**
 * What is known about a casus from the catalog, or else from data-questions / data-version on an element.
 * @param {Map<string, CasusInfo>} casussen
 * @param {string} id
 * @param {HTMLElement} [element]
 * @returns {{questions: number, version: string}|null}
 */
export function casusFacts(casussen, id, element) {
  const info = casussen.get(id);
  if (info) return info;
  const questions = Number.parseInt(element?.dataset.questions ?? "", 10);
  if (!questions) return null;
  return { questions, version: element.dataset.version ?? "" };
}

/**
 * The casussen overview's URL, as the page's catalog says (SiteUrls.ForLayout on the server).
 * @param {ParentNode} [root]
 * @returns {string}
 */
export function casussenUrl(root = document) {
  return root.querySelector("[data-casus-catalog]")?.dataset.casussenUrl ?? "";
}

/**
 * The assignment page's URL, as the page's catalog says (SiteUrls.ForLayout on the server).
 * @param {ParentNode} [root]
 * @returns {string}
 */
export function assignmentUrl(root = document) {
  return root.querySelector("[data-casus-catalog]")?.dataset.assignmentUrl ?? "";
}
