// Assignment links: composed on /opdracht/maken/ (MakeAssignmentView.razor), opened on /opdracht/
// (AssignmentView.razor).
//
// Link format: <origin>/opdracht/#<encodeURIComponent(JSON)> with JSON
//   { "v": 1, "t": title (≤ 120 chars), "d": "YYYY-MM-DD" or "", "c": [casus ids, ≤ 50, ^[a-z0-9-]{1,80}$] }
// The fragment never reaches a server. It is parsed defensively and only ever written as text.

import { readStore } from "./storage.js";
import { readCatalog, casussenUrl } from "./catalog.js";
import { casusProgress, showProgress } from "./progress.js";
import { h, dutchDate } from "./dom.js";
import { ID, isObject } from "./shapes.js";
import { rememberAssignment } from "./assignment-return.js";

const MAX_TITLE = 120;
const MAX_CASUSSEN = 50;
const MAX_FRAGMENT = 10_000;
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** @returns {boolean} whether text is "" or a real calendar day as YYYY-MM-DD */
function isDeadline(text) {
  if (text === "") return true;
  const match = DAY.exec(text);
  if (!match) return false;
  const [, y, m, d] = match.map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/**
 * Builds the URL fragment (with "#") for an assignment.
 * @param {{title: string, deadline: string, casussen: string[]}} assignment
 * @returns {string}
 */
export function encodeAssignment({ title, deadline, casussen }) {
  return "#" + encodeURIComponent(JSON.stringify({ v: 1, t: title, d: deadline, c: casussen }));
}

/**
 * Reads an assignment from a URL fragment. Never throws.
 * @param {string} hash location.hash, with or without "#"
 * @returns {{assignment: {title: string, deadline: string, casussen: string[]}, error: null}
 *          | {assignment: null, error: "missing"|"invalid"}}
 */
export function parseAssignment(hash) {
  const raw = String(hash ?? "").replace(/^#/, "");
  if (!raw) return { assignment: null, error: "missing" };
  const invalid = { assignment: null, error: "invalid" };
  if (raw.length > MAX_FRAGMENT) return invalid;
  let data;
  try {
    data = JSON.parse(decodeURIComponent(raw));
  } catch {
    return invalid;
  }
  if (!isObject(data) || !Object.keys(data).every((k) => ["v", "t", "d", "c"].includes(k))) return invalid;
  const { v, t, d = "", c } = data;
  if (v !== 1) return invalid;
  if (typeof t !== "string" || t.length > MAX_TITLE) return invalid;
  if (typeof d !== "string" || !isDeadline(d)) return invalid;
  if (!Array.isArray(c) || c.length > MAX_CASUSSEN || !c.every((id) => typeof id === "string" && ID.test(id))) return invalid;
  return { assignment: { title: t.trim(), deadline: d, casussen: [...new Set(c)] }, error: null };
}

function casusLink() {
  return h("a", { href: casussenUrl() }, "Casussen");
}

function showAssignment(section, catalog, originalTitle) {
  const titleBox = section.querySelector("[data-assignment-title]");
  const messageBox = section.querySelector("[data-assignment-message]");
  const deadlineBox = section.querySelector("[data-assignment-deadline]");
  const list = section.querySelector("[data-assignment-list]");
  const { assignment, error } = parseAssignment(window.location.hash);

  list?.replaceChildren();
  if (deadlineBox) deadlineBox.hidden = true;
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

  const stored = readStore().casussen;
  const known = assignment.casussen.filter((id) => catalog.has(id));
  const unknown = assignment.casussen.filter((id) => !catalog.has(id));
  rememberAssignment(window.location.href, known);
  let done = 0;
  for (const id of known) {
    const info = catalog.get(id);
    const progress = casusProgress(stored[id] ?? null, info);
    if (progress.state === "done") done++;
    const state = h("span", { class: "casus-state" });
    const card = h("li", { class: "card", "data-casus-card": id },
      h("a", { class: "card-title", href: info.url }, info.title),
      h("p", { class: "meta" }, `${info.duration} min · ${info.questions} vragen · `, state));
    showProgress(state, card, progress);
    list?.append(card);
  }

  const parts = known.length
    ? [`Deze opdracht heeft ${known.length} ${known.length === 1 ? "casus" : "casussen"}; je hebt er ${done} klaar. Je voortgang wordt alleen in deze browser bewaard.`]
    : ["Deze opdracht bevat geen casussen die op deze site staan. Kies zelf een casus bij ", casusLink(), "."];
  if (unknown.length) {
    parts.push(` Niet gevonden (misschien verwijderd of hernoemd): ${unknown.join(", ")}.`);
  }
  messageBox?.replaceChildren(...parts);
}

function initOpen(section, catalog) {
  const originalTitle = document.title;
  const show = () => showAssignment(section, catalog, originalTitle);
  show();
  window.addEventListener("hashchange", show);
  window.addEventListener("pageshow", (event) => { if (event.persisted) show(); });
}

function initMake(form, catalog, routes) {
  const statusBox = form.querySelector("[data-assignment-status]");
  const output = form.querySelector("[data-assignment-output]");
  const linkBox = form.querySelector("#opdracht-link");
  const openLink = form.querySelector('[data-action="open"]');
  const boxes = () => [...form.querySelectorAll('input[type="checkbox"][name="casus"]')];
  const say = (text) => { if (statusBox) statusBox.textContent = text; };

  form.querySelector('select[name="route"]')?.addEventListener("change", (event) => {
    const route = routes.get(event.target.value);
    if (!route) return;
    for (const box of boxes()) box.checked = route.casussen.includes(box.value);
    const n = boxes().filter((b) => b.checked).length;
    say(`${n} ${n === 1 ? "casus" : "casussen"} van de leerroute ${route.title} aangevinkt.`);
  });

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const titleInput = form.querySelector('input[name="titel"]');
    const title = titleInput?.value.trim() ?? "";
    const deadline = form.querySelector('input[name="deadline"]')?.value ?? "";
    const casussen = boxes().filter((b) => b.checked).map((b) => b.value);
    const problem = !title ? "Geef de opdracht een titel."
      : title.length > MAX_TITLE ? `De titel is te lang (hoogstens ${MAX_TITLE} tekens).`
        : !isDeadline(deadline) ? "De datum klopt niet. Gebruik de datumkiezer of laat het veld leeg."
          : !casussen.length ? "Kies minstens één casus."
            : casussen.length > MAX_CASUSSEN ? `Kies hoogstens ${MAX_CASUSSEN} casussen.`
              : casussen.some((id) => !ID.test(id)) ? "Een gekozen casus heeft een ongeldige code." : null;
    if (problem) {
      if (output) output.hidden = true;
      say(problem);
      return;
    }
    const link = `${window.location.origin}/opdracht/${encodeAssignment({ title, deadline, casussen })}`;
    if (linkBox) linkBox.value = link;
    if (openLink) openLink.href = link;
    if (output) output.hidden = false;
    say(`De link is klaar: ${casussen.length} ${casussen.length === 1 ? "casus" : "casussen"}. Kopieer hem en deel hem met je studenten.`);
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
  const { casussen, routes } = readCatalog(root);
  if (make) initMake(make, casussen, routes);
  if (open) initOpen(open, casussen);
}
