// The class overview (ClassOverviewView.razor): many exported answer files, read in this browser only.
// Nothing is uploaded or stored; the overview lives as long as the tab.

import { emptyResults, addExport } from "./class-results.js";
import { LIMITS } from "./storage.js";
import { h, lines } from "./dom.js";

const plain = (element) => (element?.textContent ?? "").replace(/\s+/g, " ").trim();

/** The questions of the site as the page lists them: casus → question → prompt, kind, options. */
function readQuestions(root) {
  const casussen = new Map();
  for (const li of root.querySelectorAll("[data-question-catalog] > li")) {
    const { casus, casusTitle, question, kind } = li.dataset;
    if (!casussen.has(casus)) casussen.set(casus, { title: casusTitle, questions: new Map() });
    const options = [...li.querySelectorAll("li[data-option]")].map((o) => ({
      value: o.dataset.option,
      text: plain(o.querySelector("[data-option-text]")),
      correct: o.dataset.correct === "true",
      feedback: plain(o.querySelector("[data-feedback]")),
    }));
    casussen.get(casus).questions.set(question, { kind, prompt: plain(li.querySelector("[data-prompt]")), options });
  }
  return casussen;
}

const count = (n, one, many) => `${n} ${n === 1 ? one : many}`;

function choiceTable(question, tally, headingId) {
  const rows = question.options.map((option, i) => {
    const n = tally.choices.get(option.value) ?? 0;
    return h("tr", { class: option.correct ? "is-correct-choice" : null },
      h("th", { scope: "row" }, `${String.fromCharCode(65 + i)}. ${option.text}`),
      h("td", {}, option.correct ? "goed" : "fout"),
      h("td", { class: "number" }, String(n)),
      h("td", { class: "bar-cell" }, h("meter", { min: "0", max: String(Math.max(tally.answered, 1)), value: String(n), "aria-hidden": "true" })));
  });
  return h("table", { class: "choice-spread", "aria-describedby": headingId },
    h("caption", {}, `Keuzes van ${count(tally.answered, "student", "studenten")}`),
    h("thead", {}, h("tr", {}, h("th", { scope: "col" }, "Keuze"), h("th", { scope: "col" }, "Goed of fout"),
      h("th", { scope: "col" }, "Aantal"), h("th", { scope: "col" }, "Verdeling"))),
    h("tbody", {}, rows));
}

function mostChosenWrong(question, tally) {
  let best = null;
  for (const option of question.options) {
    const n = tally.choices.get(option.value) ?? 0;
    if (!option.correct && n > 0 && (!best || n > best.n)) best = { option, n };
  }
  if (!best) return null;
  return h("div", { class: "common-mistake" },
    h("p", {}, h("strong", {}, "Meest gekozen foute keuze: "), `${best.option.text} (${count(best.n, "keer", "keer")})`),
    best.option.feedback ? h("p", {}, h("strong", {}, "Feedback daarbij: "), best.option.feedback) : null);
}

function questionBlock(casusId, questionId, question, tally, showNames, number) {
  const headingId = `vraag-${casusId}-${questionId}`;
  const first = tally.firstKnown
    ? `${tally.firstCorrect} van ${tally.firstKnown} goed bij de eerste poging`
    : question?.kind === "open" ? "open vraag" : "eerste poging onbekend (oudere export)";
  return h("section", { class: "class-question", "aria-labelledby": headingId },
    h("h4", { id: headingId }, `Vraag ${number}: ${question?.prompt || questionId}`),
    h("p", { class: "meta" }, `${count(tally.answered, "student", "studenten")} beantwoord · ${first}`),
    question && question.options.length ? choiceTable(question, tally, headingId) : null,
    question && question.options.length ? mostChosenWrong(question, tally) : null,
    tally.open.length
      ? h("ul", { class: "open-answers" }, tally.open.map((a) => h("li", {},
        showNames ? h("strong", {}, `${a.name}: `) : null, ...lines(a.text))))
      : null);
}

function render(box, results, catalog, showNames) {
  const sections = [];
  const ids = [...catalog.keys()].filter((id) => results.tallies.has(id))
    .concat([...results.tallies.keys()].filter((id) => !catalog.has(id)).sort());
  for (const casusId of ids) {
    const casus = catalog.get(casusId);
    const tallies = results.tallies.get(casusId);
    const order = casus ? [...casus.questions.keys()].filter((q) => tallies.has(q)) : [];
    const questionIds = order.concat([...tallies.keys()].filter((q) => !order.includes(q)));
    sections.push(h("section", { class: "class-casus", "aria-labelledby": `casus-${casusId}` },
      h("h3", { id: `casus-${casusId}` }, casus?.title ?? `Onbekende casus: ${casusId}`),
      questionIds.map((q, i) => questionBlock(casusId, q, casus?.questions.get(q), tallies.get(q), showNames, i + 1))));
  }
  const assignments = [...results.assignments];
  box.replaceChildren(...(sections.length
    ? [h("h2", { id: "klas-resultaten" }, "Resultaten per casus"),
      assignments.length ? h("p", {}, `Opdracht${assignments.length > 1 ? "en" : ""} in de bestanden: ${assignments.join("; ")}.`) : null,
      ...sections].filter(Boolean)
    : []));
}

function renderSkipped(box, results) {
  box.replaceChildren(...(results.skipped.length
    ? [h("h2", { id: "klas-overgeslagen" }, "Overgeslagen bestanden"),
      h("ul", { class: "skipped-files" }, results.skipped.map((s) => h("li", {}, h("strong", {}, s.file), `: ${s.reason}`)))]
    : []));
}

/** Reads a file as text, or gives the reason it could not be read. */
function readText(file) {
  if (file.size > LIMITS.importChars) return Promise.resolve({ error: "Het bestand is te groot." });
  return file.text().then((text) => ({ text }), () => ({ error: "Het bestand kon niet worden gelezen." }));
}

/**
 * Enhances the class overview (`[data-class-overview]`).
 * @param {ParentNode} [root]
 */
export function initClassOverview(root = document) {
  const page = root.querySelector("[data-class-overview]");
  if (!page) return;
  const catalog = readQuestions(page);
  const form = page.querySelector("[data-class-files]");
  const input = page.querySelector("#klas-bestanden");
  const names = page.querySelector("[data-show-names]");
  const statusBox = page.querySelector("[data-class-status]");
  const skippedBox = page.querySelector("[data-class-skipped]");
  const resultsBox = page.querySelector("[data-class-results]");
  let results = emptyResults();
  const show = () => {
    renderSkipped(skippedBox, results);
    render(resultsBox, results, catalog, Boolean(names?.checked));
  };

  const read = async (files) => {
    if (!files.length) return;
    const started = performance.now();
    const texts = await Promise.all(files.map(readText));
    const before = { counted: results.counted.length, skipped: results.skipped.length };
    files.forEach((file, i) => {
      if (texts[i].error) results.skipped.push({ file: file.name, reason: texts[i].error });
      else addExport(results, file.name, texts[i].text);
    });
    show();
    const ms = Math.round(performance.now() - started);
    const counted = results.counted.length - before.counted;
    const skipped = results.skipped.length - before.skipped;
    page.dataset.readMs = String(ms);
    statusBox.textContent = `${count(files.length, "bestand", "bestanden")} gelezen in ${ms} ms: ${counted} geteld, ${skipped} overgeslagen. `
      + `In totaal ${count(results.counted.length, "student", "studenten")} in het overzicht.`;
  };

  input?.addEventListener("change", () => {
    read([...(input.files ?? [])]);
    input.value = "";
  });
  form?.addEventListener("submit", (event) => event.preventDefault());
  // Dropping files anywhere on the form reads them as well; the browser must not open them instead.
  form?.addEventListener("dragover", (event) => { event.preventDefault(); form.classList.add("is-dragging"); });
  form?.addEventListener("dragleave", () => form.classList.remove("is-dragging"));
  form?.addEventListener("drop", (event) => {
    event.preventDefault();
    form.classList.remove("is-dragging");
    read([...(event.dataTransfer?.files ?? [])]);
  });
  names?.addEventListener("change", show);
  page.querySelector('[data-action="print-overview"]')?.addEventListener("click", () => window.print());
  page.querySelector('[data-action="forget"]')?.addEventListener("click", () => {
    results = emptyResults();
    show();
    statusBox.textContent = "Het overzicht is leeggemaakt.";
  });
}
