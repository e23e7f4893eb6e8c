// The banner on each page of the assignment a student opened: "Opdracht: <titel> · stap 2 van 6",
// previous/next, back to the assignment, and a button to close it (assignment-return.js keeps it).

import { rememberedAssignment, closeAssignmentBanner } from "./assignment-return.js";
import { h } from "./dom.js";

/**
 * Fills `[data-assignment-banner]` when this page is a step of the opened assignment.
 * @param {ParentNode} [root]
 */
export function initAssignmentBanner(root = document) {
  const banner = root.querySelector("[data-assignment-banner]");
  if (!banner) return;
  const assignment = rememberedAssignment();
  const index = assignment && !assignment.closed ? assignment.steps.findIndex((s) => s.url === location.pathname) : -1;
  if (index < 0) {
    document.documentElement.classList.remove("has-assignment-banner");
    return;
  }
  const { steps } = assignment;
  const previous = steps[index - 1];
  const next = steps[index + 1];
  const close = h("button", { type: "button", class: "button small", "data-action": "close-assignment" }, "Sluit opdracht");
  close.addEventListener("click", () => {
    closeAssignmentBanner();
    banner.replaceChildren();
    document.documentElement.classList.remove("has-assignment-banner");
    document.querySelector("main")?.focus();
  });
  banner.replaceChildren(
    // The title may be cut short on a phone; the step count after it never is.
    h("p", { class: "assignment-banner-title" },
      h("a", { href: assignment.url, "data-assignment-back": "" }, `Opdracht: ${assignment.title}`),
      h("span", { class: "assignment-banner-step" }, ` · stap ${index + 1} van ${steps.length}`)),
    h("ul", { class: "assignment-banner-links" },
      previous ? h("li", {}, h("a", { href: previous.url, rel: "prev", "data-assignment-previous": "" }, h("span", { "aria-hidden": "true" }, "←"), "Vorige stap")) : null,
      next ? h("li", {}, h("a", { href: next.url, rel: "next", "data-assignment-next": "" }, "Volgende stap", h("span", { "aria-hidden": "true" }, "→"))) : null,
      h("li", {}, close)));
  document.documentElement.classList.add("has-assignment-banner");
}
