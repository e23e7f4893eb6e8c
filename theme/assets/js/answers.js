// "Mijn antwoorden" (MyAnswersView.razor): review, export, import, clear and print the stored answers.

import { readStore, importCasussen, clearStore, isPersistent, LIMITS } from "./storage.js";
import { makeExport, parseExport } from "./export-format.js";
import { rememberedAssignment } from "./assignment-return.js";
import { readCatalog, casussenUrl } from "./catalog.js";
import { casusProgress } from "./progress.js";
import { casusScore } from "./grading.js";
import { h, lines, dutchDate } from "./dom.js";

const RESULT_LABELS = {
  correct: "goed",
  wrong: "niet goed",
  partial: "deels goed",
  open: "open vraag, beantwoord",
};

/** YYYY-MM-DD in local time. */
function isoDay(date) {
  const pad = (n) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Stored casussen in catalog order, then unknown ids alphabetically. */
function entries(catalog) {
  const stored = readStore().casussen;
  const known = [...catalog.keys()].filter((id) => id in stored);
  const unknown = Object.keys(stored).filter((id) => !catalog.has(id)).sort();
  return [...known, ...unknown].map((id) => {
    const info = catalog.get(id) ?? null;
    const record = stored[id];
    const progress = casusProgress(record, info);
    const total = progress.total ?? Object.keys(record.results).length;
    return { id, info, record, progress, score: casusScore(progress.good, total) };
  });
}

function casusHeading(entry, level) {
  const title = entry.info
    ? h("a", { href: entry.info.url }, entry.info.title)
    : `Onbekende casus: ${entry.id}`;
  return h(level, {}, title);
}

function questionList(record) {
  return h("ol", { class: "answers-questions" }, Object.entries(record.answers).map(([id, answer]) => {
    const result = record.results[id];
    return h("li", {},
      h("p", { class: "answer-question" }, answer.prompt || `Vraag ${id}`),
      h("p", { class: "answer-text" }, h("strong", {}, "Jouw antwoord: "), lines(answer.text)),
      h("p", { class: "answer-result" }, `Uitslag: ${RESULT_LABELS[result] ?? "nog niet gecontroleerd"}`));
  }));
}

function renderList(box, catalog) {
  const all = entries(catalog);
  if (!all.length) {
    box.replaceChildren(h("p", {}, "Je hebt nog geen antwoorden bewaard. Kies een casus bij ",
      h("a", { href: casussenUrl() }, "Casussen"), "."));
    return;
  }
  box.replaceChildren(...all.map((entry) => h("section", { class: "answers-casus" },
    casusHeading(entry, "h3"),
    h("p", { class: "meta" }, `Bijgewerkt op ${dutchDate(new Date(entry.record.updated))} · ${entry.progress.label} · ${entry.score}`),
    entry.progress.outdated
      ? h("p", { class: "answers-outdated" }, "Deze casus is sindsdien aangepast: deze antwoorden horen bij een eerdere versie.")
      : null,
    questionList(entry.record))));
}

/** An answer as print text: a classification or ordering (one part per line) as a list. */
function printedAnswer(answer) {
  const parts = answer.text.split("\n").filter((line) => line.trim());
  return parts.length > 1 ? h("ul", {}, parts.map((line) => h("li", {}, line))) : h("p", {}, answer.text);
}

/**
 * The one copy that is printed: who and when, the assignment with what is done and missing, each answer once.
 * @param {{name: string, number: string, date: string}} student
 */
function renderPrint(box, catalog, student) {
  const assignment = rememberedAssignment();
  const all = entries(catalog);
  const day = /^\d{4}-\d{2}-\d{2}$/.test(student.date) ? new Date(`${student.date}T12:00:00`) : new Date();
  const facts = [
    ["Naam", student.name || "(niet ingevuld)"],
    student.number ? ["Studentnummer", student.number] : null,
    ["Datum", dutchDate(day)],
  ];
  let assignmentPart = [];
  if (assignment) {
    if (assignment.deadline) {
      const [y, m, d] = assignment.deadline.split("-").map(Number);
      facts.push(["Inleveren uiterlijk", dutchDate(new Date(Date.UTC(y, m - 1, d)), "UTC")]);
    }
    const stored = readStore().casussen;
    const state = (id) => casusProgress(stored[id] ?? null, catalog.get(id) ?? null).state;
    const titleOf = (id) => catalog.get(id)?.title ?? id;
    const done = assignment.casussen.filter((id) => state(id) === "done");
    const missing = assignment.casussen.filter((id) => state(id) !== "done");
    assignmentPart = [
      done.length ? h("p", {}, h("strong", {}, "Klaar: "), done.map(titleOf).join("; ")) : null,
      missing.length ? h("p", {}, h("strong", {}, "Nog niet (helemaal) gedaan: "), missing.map(titleOf).join("; ")) : null,
    ];
  }
  box.replaceChildren(
    h("h2", {}, assignment ? `Opdracht: ${assignment.title}` : "Mijn antwoorden bij Over grenzen"),
    h("dl", { class: "print-facts" }, facts.filter(Boolean).flatMap(([term, value]) => [h("dt", {}, term), h("dd", {}, value)])),
    ...assignmentPart.filter(Boolean),
    ...all.map((entry) => h("section", { class: "print-casus" },
      h("h3", {}, entry.info?.title ?? `Onbekende casus: ${entry.id}`),
      h("p", {}, `${entry.progress.label} · ${entry.score}`),
      h("ol", { class: "print-questions" }, Object.entries(entry.record.answers).map(([id, answer]) => h("li", {},
        h("p", { class: "answer-question" }, answer.prompt || `Vraag ${id}`),
        printedAnswer(answer),
        h("p", { class: "answer-result" }, `Uitslag: ${RESULT_LABELS[entry.record.results[id]] ?? "nog niet gecontroleerd"}`)))))));
}

function download(text, fileName) {
  const url = URL.createObjectURL(new Blob([text], { type: "application/json" }));
  const link = h("a", { href: url, download: fileName, hidden: "" });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/**
 * Enhances the "Mijn antwoorden" page (`[data-my-answers]`).
 * @param {ParentNode} [root]
 */
export function initAnswers(root = document) {
  const page = root.querySelector("[data-my-answers]");
  if (!page) return;
  const { casussen: catalog } = readCatalog(root);
  const listBox = page.querySelector("[data-answers-list]");
  const statusBox = page.querySelector("[data-answers-status]");
  const say = (text) => { if (statusBox) statusBox.textContent = text; };
  const refresh = () => { if (listBox) renderList(listBox, catalog); };
  const hasAnswers = () => Object.keys(readStore().casussen).length > 0;
  const on = (selector, type, handler) => page.querySelector(selector)?.addEventListener(type, handler);

  const dateInput = page.querySelector("#inlever-datum");
  if (dateInput && !dateInput.value) dateInput.value = isoDay(new Date());
  const student = () => ({
    name: page.querySelector("#student-naam")?.value.trim() ?? "",
    number: page.querySelector("#student-nummer")?.value.trim() ?? "",
    date: dateInput?.value ?? "",
  });

  refresh();
  if (!isPersistent()) say("Deze browser bewaart geen gegevens (bijvoorbeeld in een privévenster): antwoorden blijven niet bewaard.");

  on('[data-action="export"]', "click", () => {
    if (!hasAnswers()) return say("Er zijn nog geen antwoorden om te exporteren.");
    const fileName = `overgrenzen-antwoorden-${isoDay(new Date())}.json`;
    const opened = rememberedAssignment();
    const data = makeExport(readStore(), { student: student(), assignment: opened && { title: opened.title, link: opened.url } });
    download(JSON.stringify(data, null, 2), fileName);
    say(`Je antwoorden zijn gedownload als ${fileName}.`);
  });

  on("[data-import] input[type=file]", "change", (event) => {
    const input = event.target;
    const file = input.files?.[0];
    if (!file) return;
    if (file.size > LIMITS.importChars) {
      say("Niet teruggezet: het bestand is te groot. Er is niets veranderd.");
      input.value = "";
      return;
    }
    const reader = new FileReader();
    reader.addEventListener("load", () => {
      const { data, error } = parseExport(String(reader.result));
      say(error ? `Niet teruggezet: ${error} Er is niets veranderd.` : importCasussen(data.casussen).message);
      refresh();
      input.value = "";
    });
    reader.addEventListener("error", () => {
      say("Niet teruggezet: het bestand kon niet worden gelezen. Er is niets veranderd.");
      input.value = "";
    });
    reader.readAsText(file);
  });
  on("[data-import]", "submit", (event) => event.preventDefault());

  on('[data-action="clear"]', "click", () => {
    if (!hasAnswers()) return say("Er zijn geen antwoorden om te wissen.");
    if (!window.confirm("Weet je zeker dat je alle antwoorden op dit apparaat wilt wissen? Dit kun je niet ongedaan maken.")) return;
    say(clearStore() ? "Alle antwoorden zijn gewist." : "Wissen is niet gelukt: deze browser staat het niet toe.");
    refresh();
  });

  // One copy for paper: the print button and Ctrl+P both fill the summary and show only it.
  const preparePrint = () => {
    const summaryBox = page.querySelector("[data-print-summary]");
    if (!summaryBox || !hasAnswers()) return;
    renderPrint(summaryBox, catalog, student());
    document.documentElement.classList.add("printing-answers");
  };
  window.addEventListener("beforeprint", preparePrint);
  window.addEventListener("afterprint", () => document.documentElement.classList.remove("printing-answers"));
  const print = () => {
    if (!hasAnswers()) return say("Er zijn nog geen antwoorden om af te drukken.");
    preparePrint();
    window.print();
  };
  on('[data-action="print"]', "click", print);
  on("[data-hand-in]", "submit", (event) => { event.preventDefault(); print(); });
}
