// Checking the questions of a casus page (QuestionView.razor): feedback in steps, retry, score, saved answers.
//
// Honest by design: options and items are reshuffled on every new attempt (the HTML has a seeded order for
// readers without JavaScript); "Toon antwoord" appears only after a first check; a first wrong check shows
// right/wrong for what was chosen plus a hint, the explanations come after the second check or on request.

import { getCasus, putCasus, isPersistent, LIMITS } from "./storage.js";
import { gradeChoice, gradeItems, summary, casusScore, explains, firstMarks } from "./grading.js";
import { countResults } from "./progress.js";
import { assignmentFor } from "./assignment-return.js";
import { h } from "./dom.js";
import { connectLms, decodeSuspend } from "./scorm.js";

const MARK_TEXT = {
  correct: "Goed: ",
  wrong: "Niet goed: ",
  missed: "Gemist: dit antwoord hoort er ook bij. ",
};
const MARK_CLASSES = ["is-correct", "is-wrong", "is-missed"];

const clip = (text, max = LIMITS.text) => (text.length > max ? text.slice(0, max - 1) + "…" : text);
const plain = (element) => (element?.textContent ?? "").replace(/\s+/g, " ").trim();
const isChoice = (kind) => kind === "single" || kind === "multiple";

/** The option or item elements of a question, in the order shown now. */
const targets = (form) => [...form.querySelectorAll(isChoice(form.dataset.kind) ? "li[data-option]" : "li[data-item]")];

const control = (li) => li.querySelector("input, select");
const itemLabel = (li) => plain(li.querySelector("label, .item-text"));

/** Puts the options or items in a new random order; an ordering question never starts in the right order. */
function shuffle(form) {
  const list = form.querySelector("[data-shuffle]");
  if (!list) return;
  const items = [...list.children];
  if (items.length < 2) return;
  const inAnswerOrder = (order) => order.every((li, i) => li.dataset.answer === String(i + 1));
  let order;
  do {
    order = [...items];
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(Math.random() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
  } while (form.dataset.kind === "order" && inAnswerOrder(order));
  list.append(...order);
}

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
    return { answer: { kind, value, text: clip(chosen.map(itemLabel).join("; ")), prompt } };
  }
  const value = {};
  if (kind === "order") {
    items.forEach((li, i) => { value[li.dataset.item] = String(i + 1); });
    return { answer: { kind, value, text: clip(items.map((li, i) => `${i + 1}. ${itemLabel(li)}`).join("\n")), prompt } };
  }
  const selects = items.map(control);
  const empty = selects.filter((s) => !s?.value);
  if (empty.length) return { error: "Kies bij elk onderdeel een categorie.", invalid: empty };
  items.forEach((li, i) => { value[li.dataset.item] = selects[i].value; });
  const text = items.map((li, i) => `${itemLabel(li)}: ${plain(selects[i].selectedOptions[0])}`);
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
  if (answer.kind === "order") {
    const places = items.map((li) => Number(answer.value[li.dataset.item]));
    const fits = places.every((p) => Number.isInteger(p) && p >= 1 && p <= items.length) && new Set(places).size === items.length;
    if (fits) form.querySelector("[data-shuffle]")?.append(...items.map((li, i) => [places[i], li]).sort((a, b) => a[0] - b[0]).map(([, li]) => li));
    return fits;
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

/** Shows the marks; with explanations, the feedback text of each marked option too. */
function showMarks(form, marks, explained) {
  targets(form).forEach((li, i) => {
    const mark = marks[i];
    if (!mark) return;
    li.classList.add(mark === "missed" ? "is-missed" : mark === "correct" ? "is-correct" : "is-wrong");
    const feedback = li.querySelector("[data-feedback]");
    const label = h("strong", { class: "feedback-mark" });
    if (explained && feedback && plain(feedback)) {
      label.textContent = MARK_TEXT[mark];
      const first = feedback.firstElementChild;
      (first?.tagName === "P" ? first : feedback).prepend(label);
      feedback.hidden = false;
    } else {
      label.textContent = MARK_TEXT[mark].split(":")[0] + ".";
      const line = h("p", { class: "attempt-mark" }, label);
      if (feedback) feedback.before(line);
      else li.append(line);
    }
  });
}

function clearMarks(form) {
  for (const li of targets(form)) {
    li.classList.remove(...MARK_CLASSES);
    li.querySelectorAll(".feedback-mark, .attempt-mark").forEach((m) => m.remove());
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
  return note;
}

/** Moves an ordering item one place up or down, keeps focus on the pressed button and says where it is now. */
function setUpMoves(form, say) {
  const list = form.querySelector("[data-shuffle]");
  if (!list || form.dataset.kind !== "order") return;
  list.addEventListener("click", (event) => {
    const button = event.target.closest("button[data-move]");
    if (!button) return;
    const li = button.closest("li[data-item]");
    const up = button.dataset.move === "up";
    const neighbour = up ? li.previousElementSibling : li.nextElementSibling;
    const text = itemLabel(li);
    if (!neighbour) {
      say(`"${text}" staat al ${up ? "bovenaan" : "onderaan"}.`);
      return;
    }
    if (up) neighbour.before(li);
    else neighbour.after(li);
    button.focus();
    const items = targets(form);
    say(`"${text}" staat nu op plaats ${items.indexOf(li) + 1} van ${items.length}.`);
  });
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
  // Inside an LMS package the LMS keeps the answers (suspend_data); on the site, this browser does.
  const lms = connectLms(document);
  const kinds = Object.fromEntries(forms.map((f) => [f.dataset.question, f.dataset.kind]));
  const fromLms = lms?.saved ? decodeSuspend(lms.saved, kinds) : null;
  const stored = lms ? (fromLms?.version === version ? fromLms : null) : getCasus(casusId);
  const questions = forms.map((f) => ({ id: f.dataset.question, closed: f.dataset.kind !== "open" }));
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
  lms?.onTrouble(() => {
    addNotice(article, ["Je resultaten worden nu niet naar de elektronische leeromgeving gestuurd. Je kunt gewoon verder met de vragen."]).classList.add("scorm-note");
  });
  if (!lms && !isPersistent()) {
    warnedUnsaved = true;
    addNotice(article, ["Deze browser bewaart geen gegevens (bijvoorbeeld in een privévenster): je antwoorden blijven alleen staan tot je de pagina sluit."]);
  }

  const updateScore = () => {
    const results = Object.fromEntries(Object.entries(record.results).filter(([id]) => ids.has(id)));
    const { answered, good } = countResults({ results });
    if (scoreBox) scoreBox.textContent = answered ? casusScore(good, ids.size) : "";
    showResultCard(article, forms, record, answered === ids.size ? casusScore(good, ids.size) : null);
  };

  const save = (questionId, answer, result) => {
    record.answers[questionId] = answer;
    record.results[questionId] = result;
    if (!putCasus(casusId, record) && !warnedUnsaved && !lms) {
      warnedUnsaved = true;
      addNotice(article, ["Je antwoorden konden niet worden bewaard in deze browser (de opslag is vol of uitgeschakeld). Ze blijven zichtbaar tot je de pagina sluit."]);
    }
    lms?.report(record, questions);
    updateScore();
  };

  for (const form of forms) setUpQuestion(form, record, save);
  updateScore();
}

/** The end of the casus: shown once every question has an answer. */
function showResultCard(article, forms, record, score) {
  const card = article.querySelector("[data-result-card]");
  if (!card) return;
  card.hidden = score === null;
  if (score === null) return;
  card.querySelector("[data-result-score]").textContent = score;

  const seen = new Set();
  const missed = forms
    .filter((form) => record.answers[form.dataset.question]?.firstCorrect === false)
    .flatMap((form) => [...form.querySelectorAll(".trains a")])
    .filter((a) => !seen.has(a.getAttribute("href")) && seen.add(a.getAttribute("href")));
  const missedBox = card.querySelector("[data-result-missed]");
  card.querySelector("[data-result-missed-list]").replaceChildren(...missed.map((a) => h("li", {}, h("a", { href: a.getAttribute("href") }, plain(a)))));
  missedBox.hidden = missed.length === 0;

  const next = card.querySelector("[data-result-next]");
  next.querySelectorAll("[data-result-route]").forEach((li) => li.remove());
  const routeLinks = [...article.querySelectorAll(".route-nav")].map((nav) => ({ route: plain(nav.querySelector("p a")), link: nav.querySelector('a[rel="next"]') }));
  next.prepend(...routeLinks.filter((r) => r.link).map(({ route, link }) =>
    h("li", { "data-result-route": "" }, h("a", { href: link.getAttribute("href") }, `Volgende stap in ${route.replace(/^Leerroute: /, "de leerroute ")}: ${plain(link).replace(/^Volgende: /, "")}`))));

  const assignment = assignmentFor(article.dataset.casus);
  const back = card.querySelector("[data-result-assignment]");
  back.hidden = !assignment;
  if (assignment) back.querySelector("a").href = assignment;
}

function setUpQuestion(form, record, save) {
  const id = form.dataset.question;
  const kind = form.dataset.kind;
  const status = form.querySelector("[data-status]");
  status?.setAttribute("tabindex", "-1");
  const area = form.querySelector("textarea");
  if (area) area.maxLength = LIMITS.text;
  const details = form.querySelector("details[data-answer-details]");
  const hint = form.querySelector("[data-hint]");
  const explain = form.querySelector("[data-explain]");
  const checklist = form.querySelector("[data-checklist]");
  const say = (text) => { if (status) status.textContent = text; };
  const previous = record.answers[id];
  let attempts = previous?.attempts ?? (record.results[id] ? 1 : 0);
  let firstCorrect = previous?.firstCorrect;
  let asked = false;

  // "Toon antwoord" only after a first attempt; without JavaScript it is there from the start.
  const revealAnswer = () => { if (details) details.hidden = attempts === 0; };
  revealAnswer();
  setUpMoves(form, say);

  const show = (answer) => {
    if (kind === "open") {
      if (checklist) {
        checklist.hidden = false;
        say("Je antwoord is bewaard. Kijk het na met de punten hieronder; daarna kun je de denkrichting openen met Toon antwoord.");
      } else {
        say("Je antwoord is bewaard. Vergelijk het met de denkrichting onder Toon antwoord.");
      }
      return "open";
    }
    const outcome = grade(form, answer);
    const explained = explains(outcome, attempts, asked);
    clearMarks(form);
    showMarks(form, explained ? outcome.marks : firstMarks(outcome.marks), explained);
    setLocked(form, true);
    if (hint) hint.hidden = explained || outcome.result === "correct";
    if (explain) explain.hidden = explained;
    say(summary(outcome, kind, explained));
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
      attempts += 1;
      asked = false;
      const result = show(collected.answer);
      if (kind !== "open" && firstCorrect === undefined) firstCorrect = result === "correct";
      const answer = { ...collected.answer, attempts };
      if (kind !== "open") answer.firstCorrect = firstCorrect;
      revealAnswer();
      if (kind === "open" && details && !checklist) details.open = true;
      save(id, answer, result);
    }
    status?.focus();
  });

  explain?.addEventListener("click", () => {
    asked = true;
    const answer = record.answers[id];
    if (answer) show(answer);
    status?.focus();
  });

  form.querySelector("[data-retry]")?.addEventListener("click", () => {
    clearMarks(form);
    setLocked(form, false);
    if (explain) explain.hidden = true;
    shuffle(form);
    say("");
    form.querySelector("fieldset input, fieldset select, fieldset textarea, fieldset button")?.focus();
  });

  if (!previous || !fill(form, previous)) {
    shuffle(form);
    return;
  }
  if (!previous.prompt) {
    // Answers restored from the LMS carry no text; read it back from the filled-in form.
    const { answer } = collect(form);
    if (answer) record.answers[id] = { ...previous, text: answer.text, prompt: answer.prompt };
  }
  if (kind === "open") {
    if (checklist) checklist.hidden = false;
    say("Je bewaarde antwoord staat in het tekstvak.");
  } else if (record.results[id]) {
    show(previous);
  }
}
