// Progress per leerroute step (RouteContent.razor) and per card on the casussen overview.

import { readStore } from "./storage.js";
import { readCatalog, casusFacts } from "./catalog.js";
import { casusProgress, showProgress } from "./progress.js";

function routeSummary(states) {
  const total = states.length;
  const done = states.filter((s) => s === "done").length;
  const started = states.filter((s) => s === "started").length;
  const word = total === 1 ? "casus" : "casussen";
  if (!done && !started) return `Je hebt nog geen van de ${total} ${word} in deze leerroute gedaan.`;
  const busy = started ? ` Met ${started} ben je bezig.` : "";
  return `Je hebt ${done} van de ${total} ${word} in deze leerroute klaar.${busy}`;
}

function update(root) {
  const { casussen } = readCatalog(root);
  const stored = readStore().casussen;
  const progressOf = (id, element) => casusProgress(stored[id] ?? null, casusFacts(casussen, id, element));

  const route = root.querySelector("article[data-route]");
  if (route) {
    const states = [];
    for (const step of route.querySelectorAll("li[data-step-casus]")) {
      const id = step.dataset.stepCasus;
      const target = step.querySelector("[data-step-state]");
      if (!id || !target) continue;
      const progress = progressOf(id, step);
      showProgress(target, step, progress);
      states.push(progress.state);
    }
    const summary = route.querySelector("[data-route-progress]");
    if (summary && states.length) summary.textContent = routeSummary(states);
  }

  for (const card of root.querySelectorAll("[data-casus-card]")) {
    const target = card.querySelector("[data-casus-state]");
    if (target) showProgress(target, card, progressOf(card.dataset.casusCard, card), "· ");
  }
}

/**
 * Shows how far the student is with each casus of a leerroute, and on the casussen overview.
 * Refreshes when the page comes back from the back/forward cache.
 * @param {ParentNode} [root]
 */
export function initRoutes(root = document) {
  if (!root.querySelector("article[data-route], [data-casus-card]")) return;
  update(root);
  window.addEventListener("pageshow", (event) => { if (event.persisted) update(root); });
}
