// Search page (SearchView.razor). A stub for now: the search itself comes later.

/**
 * Prepares the search page (`[data-search-page]`); does nothing elsewhere.
 * @param {ParentNode} [root]
 */
export function initSearch(root = document) {
  const page = root.querySelector("[data-search-page]");
  if (!page) return;
  const status = page.querySelector("[data-search-status]");
  if (status) status.textContent = "Zoeken wordt geladen…";
}
