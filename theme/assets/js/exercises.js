// Checking the questions of a casus page (QuestionView.razor): feedback, retry, score, saved answers.

import { getCasus, putCasus, isPersistent, LIMITS } from "./storage.js";
import { gradeChoice, gradeItems, duplicatePositions, summary, casusScore } from "./grading.js";
import { countResults } from "./progress.js";
import { h } from "./dom.js";

const MARK_TEXT = {
  correct: "Goed: ",
  wrong: "Niet goed: ",
  missed: "Niet goed: dit antwoord hoort er ook bij. ",
};
const MARK_CLASSES = ["is-correct", "is-wrong", "is-missed"];

const clip = (text, max = LIMITS.text) => (text.length > max ? text.slice(0, max - 1) + "…" : text);
const plain = (element) => (element?.textContent ?? "").replace(/\s+/g, " ").trim();
const isChoice = (kind) => kind === "single" || kind === "multiple";

/** The option or item elements of a question, in page order. */
const targets = (form) => [...form.querySelectorAll(isChoice(form.dataset.kind) ? "li[data-option]" : "li[data-item]")];

const control = (li) => li.querySelector("input, select");

/**
 * Reads the student's answer from the form.
 * @returns {{answer: object}|{error: string, invalid?: HTMLElement[]}}
 */
function collect(form) {
  const kind = form.dataset.kind;
  const prompt = clip(plain(form.querySelector(".question-prompt")));
  if (kind === "open") {
    const value = clip(form.querySelector("textarea")?.value.trim() ?? "");
    if (!value) return { error: "Schrijf eerst je antwoord." };
    return { answer: { kind, value, text: value, prompt } };
  }
  const items = targets(form);
  if (isChoice(kind)) {
    const chosen = items.filter((li) => control(li)?.checked);
    if (!chosen.length) return { error: kind === "single" ? "Kies eerst een antwoord." : "Kies eerst een of meer antwoorden." };
    const value = chosen.map((li) => control(li).value);
    return { answer: { kind, value, text: clip(chosen.map((li) => plain(li.querySelector("label"))).join("; ")), prompt } };
  }
  const selects = items.map(control);
  const empty = selects.filter((s) => !s?.value);
  if (empty.length) {
    return { error: kind === "order" ? "Geef elk onderdeel een plaats." : "Kies bij elk onderdeel een categorie.", invalid: empty };
  }
  if (kind === "order") {
    const duplicates = duplicatePositions(selects.map((s) => s.value));
    if (duplicates.length) {
      const which = duplicates.length === 1 ? `Plaats ${duplicates[0]} is` : `De plaatsen ${duplicates.join(", ")} zijn`;
      return {
        error: `Elke plaats mag maar één keer voorkomen. ${which} vaker gekozen.`,
        invalid: selects.filter((s) => duplicates.includes(s.value)),
      };
    }
  }
  const value = {};
  items.forEach((li, i) => { value[li.dataset.item] = selects[i].value; });
  const lines = items.map((li, i) => ({ label: plain(li.querySelector("label")), choice: selects[i] }));
  const text = kind === "order"
    ? lines.sort((a, b) => Number(a.choice.value) - Number(b.choice.value)).map((l) => `${l.choice.value}. ${l.label}`)
    : lines.map((l) => `${l.label}: ${plain(l.choice.selectedOptions[0])}`);
  return { answer: { kind, value, text: clip(text.join("\n")), prompt } };
}

/** Puts a stored answer back into the form; false when it no longer fits. */
function fill(form, answer) {
  if (answer.kind !== form.dataset.kind) return false;
  if (answer.kind === "open") {
    const area = form.querySelector("textarea");
    if (area) area.value = answer.value;
    return Boolean(area);
  }
  const items = targets(form);
  if (isChoice(answer.kind)) {
    const values = new Set(items.map((li) => control(li)?.value));
    if (!answer.value.every((v) => values.has(v))) return false;
    for (const li of items) control(li).checked = answer.value.includes(control(li).value);
    return true;
  }
  const fits = items.every((li) => {
    const select = control(li);
    const value = answer.value[li.dataset.item];
    return select && [...select.options].some((o) => o.value === value);
  });
  if (fits) for (const li of items) control(li).value = answer.value[li.dataset.item];
  return fits;
}

/** @returns {import("./grading.js").Outcome} */
function grade(form, answer) {
  const items = targets(form);
  if (isChoice(answer.kind)) {
    const options = items.map((li) => ({
      correct: li.dataset.correct === "true",
      chosen: answer.value.includes(control(li)?.value),
    }));
    return gradeChoice(options, answer.kind === "single");
  }
  return gradeItems(items.map((li) => li.dataset.answer ?? ""), items.map((li) => answer.value[li.dataset.item] ?? ""));
}

function showMarks(form, marks) {
  targets(form).forEach((li, i) => {
    const mark = marks[i];
    if (!mark) return;
    li.classList.add(mark === "correct" ? "is-correct" : "is-wrong");
    if (mark === "missed") li.classList.add("is-missed");
    const feedback = li.querySelector("[data-feedback]");
    if (!feedback) return;
    const label = document.createElement("strong");
    label.className = "feedback-mark";
    label.textContent = plain(feedback) ? MARK_TEXT[mark] : MARK_TEXT[mark].trim().replace(/:$/, ".");
    const first = feedback.firstElementChild;
    (first?.tagName === "P" ? first : feedback).prepend(label);
    feedback.hidden = false;
  });
}

function clearMarks(form) {
  for (const li of targets(form)) {
    li.classList.remove(...MARK_CLASSES);
    li.querySelectorAll(".feedback-mark").forEach((m) => m.remove());
    const feedback = li.querySelector("[data-feedback]");
    if (feedback) feedback.hidden = true;
  }
  form.querySelectorAll("[aria-invalid]").forEach((el) => el.removeAttribute("aria-invalid"));
}

/** Locks a checked question (answers stay visible) or unlocks it for another try. */
function setLocked(form, locked) {
  const fieldset = form.querySelector("fieldset");
  if (fieldset) fieldset.disabled = locked;
  const submit = form.querySelector('button[type="submit"]');
  if (submit) submit.hidden = locked;
  const retry = form.querySelector("[data-retry]");
  if (retry) retry.hidden = !locked;
}

/** Adds a note above the questions; parts are text or {href, text} links. */
function addNotice(article, parts) {
  const note = h("p", { class: "casus-notice" },
    parts.map((part) => (typeof part === "string" ? part : h("a", { href: part.href }, part.text))));
  const intro = article.querySelector(".exercise-intro");
  if (intro) intro.after(note);
  else article.querySelector("form.question")?.before(note);
}

/**
 * Enhances the questions of a casus page (`article[data-casus]`); does nothing on other pages.
 * @param {ParentNode} [root]
 */
export function initExercises(root = document) {
  const article = root.querySelector("article[data-casus]");
  const forms = article ? [...article.querySelectorAll("form.question[data-question]")] : [];
  if (!forms.length) return;

  const casusId = article.dataset.casus;
  const version = article.dataset.casusVersion ?? "";
  const stored = getCasus(casusId);
  const current = stored?.version === version;
  const record = { version, answers: current ? { ...stored.answers } : {}, results: current ? { ...stored.results } : {} };
  const ids = new Set(forms.map((f) => f.dataset.question));
  const scoreBox = article.querySelector("[data-casus-result]");
  let warnedUnsaved = false;

  if (stored && !current) {
    addNotice(article, [
      "Deze casus is aangepast sinds je hem maakte. Je oude antwoorden staan nog op ",
      { href: article.dataset.answersUrl ?? "", text: "Mijn antwoorden" },
      ". Beantwoord je de vragen opnieuw, dan worden ze vervangen: exporteer of druk ze eerst af als je ze wilt bewaren.",
    ]);
  }
  if (!isPersistent()) {
    warnedUnsaved = true;
    addNotice(article, ["Deze browser bewaart geen gegevens (bijvoorbeeld in een privévenster): je antwoorden blijven alleen staan tot je de pagina sluit."]);
  }

  const updateScore = () => {
    if (!scoreBox) return;
    const results = Object.fromEntries(Object.entries(record.results).filter(([id]) => ids.has(id)));
    const { answered, good } = countResults({ results });
    scoreBox.textContent = answered ? casusScore(good, ids.size) : "";
  };

  const save = (questionId, answer, result) => {
    record.answers[questionId] = answer;
    record.results[questionId] = result;
    if (!putCasus(casusId, record) && !warnedUnsaved) {
      warnedUnsaved = true;
      addNotice(article, ["Je antwoorden konden niet worden bewaard in deze browser (de opslag is vol of uitgeschakeld). Ze blijven zichtbaar tot je de pagina sluit."]);
    }
    updateScore();
  };

  for (const form of forms) setUpQuestion(form, record, save);
  updateScore();
}

function setUpQuestion(form, record, save) {
  const id = form.dataset.question;
  const kind = form.dataset.kind;
  const status = form.querySelector("[data-status]");
  status?.setAttribute("tabindex", "-1");
  const area = form.querySelector("textarea");
  if (area) area.maxLength = LIMITS.text;
  const say = (text) => { if (status) status.textContent = text; };

  const check = (answer) => {
    if (kind === "open") {
      say("Je antwoord is bewaard. Vergelijk het met de denkrichting onder Toon antwoord.");
      return "open";
    }
    const outcome = grade(form, answer);
    clearMarks(form);
    showMarks(form, outcome.marks);
    setLocked(form, true);
    say(summary(outcome, kind));
    return outcome.result;
  };

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    clearMarks(form);
    const collected = collect(form);
    if (collected.error) {
      collected.invalid?.forEach((el) => el.setAttribute("aria-invalid", "true"));
      say(collected.error);
    } else {
      save(id, collected.answer, check(collected.answer));
      if (kind === "open") {
        const details = form.querySelector("details[data-answer-details]");
        if (details) details.open = true;
      }
    }
    status?.focus();
  });

  form.querySelector("[data-retry]")?.addEventListener("click", () => {
    clearMarks(form);
    setLocked(form, false);
    say("");
    form.querySelector("fieldset input, fieldset select, fieldset textarea")?.focus();
  });

  const answer = record.answers[id];
  if (!answer || !fill(form, answer)) return;
  if (kind === "open") say("Je bewaarde antwoord staat in het tekstvak.");
  else if (record.results[id]) check(answer);
}
