// The mobile menu button and the "/" shortcut to the search field (SiteHeader.razor).

const TYPING = new Set(["INPUT", "TEXTAREA", "SELECT"]);

function initMenu(root) {
  const header = root.querySelector(".site-header");
  const toggle = header?.querySelector(".nav-toggle");
  if (!toggle) return;
  const setOpen = (open) => {
    toggle.setAttribute("aria-expanded", String(open));
    header.classList.toggle("nav-open", open);
  };
  setOpen(false);
  toggle.addEventListener("click", () => setOpen(toggle.getAttribute("aria-expanded") !== "true"));
  document.addEventListener("keydown", (event) => {
    if (event.key !== "Escape" || toggle.getAttribute("aria-expanded") !== "true") return;
    setOpen(false);
    toggle.focus();
  });
}

function initSearchShortcut(root) {
  const field = root.querySelector("#zoekveld");
  if (!field) return;
  document.addEventListener("keydown", (event) => {
    if (event.key !== "/" || event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
    const target = event.target;
    if (target instanceof HTMLElement && (TYPING.has(target.tagName) || target.isContentEditable)) return;
    event.preventDefault();
    field.focus();
  });
}

/**
 * The menu toggle for small screens (Escape closes it) and "/" to jump to the search field.
 * @param {ParentNode} [root]
 */
export function initNav(root = document) {
  initMenu(root);
  initSearchShortcut(root);
}
