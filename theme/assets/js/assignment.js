// Assignment links: composed on /opdracht/maken/ (MakeAssignmentView.razor), opened on /opdracht/
// (AssignmentView.razor). The link format is assignment-link.js.

import { readStore } from "./storage.js";
import { readCatalog, casussenUrl } from "./catalog.js";
import { casusProgress, showProgress } from "./progress.js";
import { h, dutchDate, lines } from "./dom.js";
import { ID } from "./shapes.js";
import { rememberAssignment } from "./assignment-return.js";
import { encodeAssignment, parseAssignment, isDeadline, LINK_LIMITS } from "./assignment-link.js";

export { encodeAssignment, parseAssignment };

function casusLink() {
  return h("a", { href: casussenUrl() }, "Casussen");
}

/** The title and URL of a step, from the catalog; null when the site does not have it (anymore). */
function describeStep(step, catalog, pages) {
  if (step.type === "casus") {
    const info = catalog.get(step.id);
    return info ? { url: info.url, title: info.title, casus: step.id } : null;
  }
  const page = pages.get(step.url);
  return page ? { url: page.url, title: page.title } : null;
}

function showAssignment(section, catalog, pages, originalTitle) {
  const titleBox = section.querySelector("[data-assignment-title]");
  const messageBox = section.querySelector("[data-assignment-message]");
  const deadlineBox = section.querySelector("[data-assignment-deadline]");
  const instructionBox = section.querySelector("[data-assignment-instruction]");
  const list = section.querySelector("[data-assignment-list]");
  const { assignment, error } = parseAssignment(window.location.hash);

  list?.replaceChildren();
  if (deadlineBox) deadlineBox.hidden = true;
  if (instructionBox) instructionBox.hidden = true;
  if (error) {
    if (titleBox) titleBox.textContent = "Opdracht";
    document.title = originalTitle;
    messageBox?.replaceChildren(error === "missing"
      ? "Er is geen opdracht geopend. Open de link die je van je docent kreeg, of kies zelf een casus bij "
      : "Deze opdrachtlink klopt niet of is onvolledig. Vraag je docent om de link opnieuw te sturen, of kies zelf een casus bij ",
    casusLink(), ".");
    return;
  }

  const title = assignment.title || "Opdracht";
  if (titleBox) titleBox.textContent = title;
  document.title = `${title} — ${originalTitle}`;
  if (deadlineBox && assignment.deadline) {
    const [y, m, d] = assignment.deadline.split("-").map(Number);
    deadlineBox.textContent = `Inleveren uiterlijk op ${dutchDate(new Date(Date.UTC(y, m - 1, d)), "UTC")}.`;
    deadlineBox.hidden = false;
  }
  if (instructionBox && assignment.instruction) {
    instructionBox.replaceChildren(h("strong", {}, "Instructie van je docent: "), ...lines(assignment.instruction));
    instructionBox.hidden = false;
  }

  const stored = readStore().casussen;
  const known = [];
  const unknown = [];
  for (const step of assignment.steps) {
    const described = describeStep(step, catalog, pages);
    if (described) known.push(described);
    else unknown.push(step.type === "casus" ? step.id : step.url);
  }
  const casussen = known.filter((s) => s.casus).map((s) => s.casus);
  rememberAssignment({ url: window.location.href, title, deadline: assignment.deadline, steps: known, casussen });
  let done = 0;
  known.forEach((step, i) => {
    const label = `Stap ${i + 1}: `;
    if (!step.casus) {
      list?.append(h("li", { class: "card", "data-step": "page" },
        h("a", { class: "card-title", href: step.url }, step.title),
        h("p", { class: "meta" }, label, "lezen")));
      return;
    }
    const info = catalog.get(step.casus);
    const progress = casusProgress(stored[step.casus] ?? null, info);
    if (progress.state === "done") done++;
    const state = h("span", { class: "casus-state" });
    const card = h("li", { class: "card", "data-casus-card": step.casus, "data-step": "casus" },
      h("a", { class: "card-title", href: info.url }, info.title),
      h("p", { class: "meta" }, label, `casus · ${info.duration} min · ${info.questions} vragen · `, state));
    showProgress(state, card, progress);
    list?.append(card);
  });

  const parts = known.length
    ? [`Deze opdracht heeft ${known.length} ${known.length === 1 ? "stap" : "stappen"}, waarvan ${casussen.length} ${casussen.length === 1 ? "casus" : "casussen"}; je hebt er ${done} klaar. Je voortgang wordt alleen in deze browser bewaard.`]
    : ["Deze opdracht bevat geen casussen of pagina's die op deze site staan. Kies zelf een casus bij ", casusLink(), "."];
  if (unknown.length) {
    parts.push(` Niet gevonden (misschien verwijderd of hernoemd): ${unknown.join(", ")}.`);
  }
  messageBox?.replaceChildren(...parts);
}

function initOpen(section, catalog, pages) {
  const originalTitle = document.title;
  const show = () => showAssignment(section, catalog, pages, originalTitle);
  show();
  window.addEventListener("hashchange", show);
  window.addEventListener("pageshow", (event) => { if (event.persisted) show(); });
}

/** The step editor of the builder: an ordered list with move up/down and remove buttons per step. */
function stepEditor(form, catalog, pages, say) {
  const list = form.querySelector("[data-steps]");
  const empty = form.querySelector("[data-steps-empty]");
  /** @type {import("./assignment-link.js").AssignmentStep[]} */
  let steps = [];
  const titleOf = (step) => (step.type === "casus" ? catalog.get(step.id)?.title ?? step.id : pages.get(step.url)?.title ?? step.url);
  const keyOf = (step) => (step.type === "casus" ? step.id : step.url);

  const render = (focusKey, focusAction) => {
    list.replaceChildren(...steps.map((step, i) => {
      const name = titleOf(step);
      const button = (action, text, label, disabled) => h("button", {
        type: "button", class: "button small", "data-step-action": action, "data-index": String(i),
        "aria-label": `${label}: ${name}`, disabled: disabled ? "" : null,
      }, text);
      return h("li", { class: "assignment-step", "data-step-key": keyOf(step) },
        h("span", { class: "step-name" }, name, " ", h("span", { class: "meta" }, step.type === "casus" ? "(casus)" : "(lezen)")),
        h("span", { class: "step-buttons" },
          button("up", "Omhoog", "Omhoog", i === 0),
          button("down", "Omlaag", "Omlaag", i === steps.length - 1),
          button("remove", "Verwijder", "Verwijder", false)));
    }));
    if (empty) empty.hidden = steps.length > 0;
    if (focusKey !== undefined) {
      const li = [...list.children].find((el) => el.dataset.stepKey === focusKey);
      const target = li?.querySelector(`[data-step-action="${focusAction}"]:not([disabled])`) ?? li?.querySelector("button:not([disabled])");
      (target ?? form.querySelector("[data-add-source=casus]"))?.focus();
    }
  };

  list.addEventListener("click", (event) => {
    const button = event.target.closest("button[data-step-action]");
    if (!button) return;
    const i = Number(button.dataset.index);
    const step = steps[i];
    if (!step) return;
    const action = button.dataset.stepAction;
    if (action === "remove") {
      steps = steps.filter((_, j) => j !== i);
      const next = steps[Math.min(i, steps.length - 1)];
      render(next ? keyOf(next) : undefined, "remove");
      if (!next) form.querySelector("[data-add-source=casus]")?.focus();
      say(`${titleOf(step)} is verwijderd. De opdracht heeft nu ${steps.length} stappen.`);
      return;
    }
    const j = action === "up" ? i - 1 : i + 1;
    if (j < 0 || j >= steps.length) return;
    [steps[i], steps[j]] = [steps[j], steps[i]];
    render(keyOf(step), action);
    say(`${titleOf(step)} staat nu op plaats ${j + 1} van ${steps.length}.`);
  });

  const add = (step) => {
    if (steps.some((s) => keyOf(s) === keyOf(step))) return say(`${titleOf(step)} staat al in de opdracht.`);
    if (steps.length >= LINK_LIMITS.steps) return say(`Een opdracht heeft hoogstens ${LINK_LIMITS.steps} stappen.`);
    steps = [...steps, step];
    render();
    say(`${titleOf(step)} is toegevoegd als stap ${steps.length}.`);
  };

  const fill = (select, entries) => select?.replaceChildren(...entries.map(([value, text]) => h("option", { value }, text)));
  fill(form.querySelector("[data-add-source=casus]"), [...catalog.values()].map((c) => [c.id, c.title]));
  fill(form.querySelector("[data-add-source=page]"), [...pages.values()].map((p) => [p.url, p.title]));
  form.querySelector("[data-add=casus]")?.addEventListener("click", () => {
    const id = form.querySelector("[data-add-source=casus]")?.value;
    if (id) add({ type: "casus", id });
  });
  form.querySelector("[data-add=page]")?.addEventListener("click", () => {
    const url = form.querySelector("[data-add-source=page]")?.value;
    if (url) add({ type: "page", url });
  });

  render();
  return {
    get steps() { return steps; },
    set steps(value) { steps = value; render(); },
  };
}

/** The route's steps in its own order: its casussen and its reading pages. */
function routeSteps(route, catalog, pages) {
  return route.steps.map((token) => (token.startsWith("/")
    ? (pages.has(token) ? { type: "page", url: token } : null)
    : (catalog.has(token) ? { type: "casus", id: token } : null))).filter(Boolean);
}

function initMake(form, catalog, routes, pages) {
  const statusBox = form.querySelector("[data-assignment-status]");
  const output = form.querySelector("[data-assignment-output]");
  const linkBox = form.querySelector("#opdracht-link");
  const openLink = form.querySelector('[data-action="open"]');
  const say = (text) => { if (statusBox) statusBox.textContent = text; };
  const editor = stepEditor(form, catalog, pages, say);

  form.querySelector('select[name="route"]')?.addEventListener("change", (event) => {
    const route = routes.get(event.target.value);
    if (!route) return;
    editor.steps = routeSteps(route, catalog, pages);
    const casussen = editor.steps.filter((s) => s.type === "casus").length;
    say(`De leerroute ${route.title} is overgenomen: ${editor.steps.length} stappen, waarvan ${casussen} casussen, in de volgorde van de route.`);
  });

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const title = form.querySelector('input[name="titel"]')?.value.trim() ?? "";
    const deadline = form.querySelector('input[name="deadline"]')?.value ?? "";
    const instruction = form.querySelector('textarea[name="instructie"]')?.value.trim() ?? "";
    const steps = editor.steps;
    const problem = !title ? "Geef de opdracht een titel."
      : title.length > LINK_LIMITS.title ? `De titel is te lang (hoogstens ${LINK_LIMITS.title} tekens).`
        : instruction.length > LINK_LIMITS.instruction ? `De instructie is te lang (hoogstens ${LINK_LIMITS.instruction} tekens).`
          : !isDeadline(deadline) ? "De datum klopt niet. Gebruik de datumkiezer of laat het veld leeg."
            : !steps.some((s) => s.type === "casus") ? "Kies minstens één casus."
              : steps.some((s) => s.type === "casus" && !ID.test(s.id)) ? "Een gekozen casus heeft een ongeldige code." : null;
    if (problem) {
      if (output) output.hidden = true;
      say(problem);
      return;
    }
    const base = new URL(openLink?.getAttribute("href") || "/opdracht/", window.location.href);
    const link = base.origin + base.pathname + encodeAssignment({ title, deadline, instruction, steps });
    if (linkBox) linkBox.value = link;
    if (openLink) openLink.href = link;
    if (output) output.hidden = false;
    say(`De link is klaar: ${steps.length} ${steps.length === 1 ? "stap" : "stappen"}. Kopieer hem en deel hem met je studenten.`);
    linkBox?.focus();
    linkBox?.select();
  });

  form.querySelector('[data-action="copy"]')?.addEventListener("click", () => {
    const link = linkBox?.value ?? "";
    const fallback = () => {
      linkBox?.focus();
      linkBox?.select();
      say("Automatisch kopiëren lukte niet. De link is geselecteerd: druk op Ctrl+C (op een Mac: Cmd+C) om hem te kopiëren.");
    };
    if (!link) return;
    if (!navigator.clipboard?.writeText) return fallback();
    navigator.clipboard.writeText(link).then(() => say("De link is gekopieerd."), fallback);
  });
}

/**
 * Enhances the assignment pages: composing a link (`form[data-make-assignment]`) and opening one
 * (`[data-assignment]`).
 * @param {ParentNode} [root]
 */
export function initAssignment(root = document) {
  const make = root.querySelector("form[data-make-assignment]");
  const open = root.querySelector("[data-assignment]");
  if (!make && !open) return;
  const { casussen, routes, pages } = readCatalog(root);
  if (make) initMake(make, casussen, routes, pages);
  if (open) initOpen(open, casussen, pages);
}
