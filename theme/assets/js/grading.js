// Pure grading rules for the question kinds; no DOM, so they can be tested with Node.

/** @typedef {"correct"|"wrong"|"missed"|null} Mark  ("missed": a right option that was not chosen) */
/** @typedef {{marks: Mark[], right: number, total: number, result: "correct"|"wrong"|"partial"}} Outcome */

/**
 * Grades a single or multiple choice question.
 * Single: one point for the right choice. Multiple: one point per option handled right
 * (a right option chosen, a wrong option left alone).
 * @param {{correct: boolean, chosen: boolean}[]} options
 * @param {boolean} single
 * @returns {Outcome}
 */
export function gradeChoice(options, single) {
  const marks = options.map((o) => {
    if (o.chosen) return o.correct ? "correct" : "wrong";
    return o.correct ? "missed" : null;
  });
  if (single) {
    const right = options.some((o) => o.chosen && o.correct) ? 1 : 0;
    return { marks, right, total: 1, result: right ? "correct" : "wrong" };
  }
  const right = options.filter((o) => o.chosen === o.correct).length;
  const total = options.length;
  const anyRightChosen = options.some((o) => o.chosen && o.correct);
  const result = right === total ? "correct" : anyRightChosen ? "partial" : "wrong";
  return { marks, right, total, result };
}

/**
 * Grades items that each need one value (a category, or a position).
 * @param {string[]} expected
 * @param {string[]} given
 * @returns {Outcome}
 */
export function gradeItems(expected, given) {
  const marks = expected.map((value, i) => (given[i] === value ? "correct" : "wrong"));
  const right = marks.filter((m) => m === "correct").length;
  const total = expected.length;
  const result = right === total ? "correct" : right === 0 ? "wrong" : "partial";
  return { marks, right, total, result };
}

/**
 * @param {string[]} values chosen positions ("" for none)
 * @returns {string[]} the positions chosen more than once, in ascending order
 */
export function duplicatePositions(values) {
  const seen = new Map();
  for (const v of values) if (v !== "") seen.set(v, (seen.get(v) ?? 0) + 1);
  return [...seen].filter(([, n]) => n > 1).map(([v]) => v).sort((a, b) => Number(a) - Number(b));
}

/**
 * Whether the full per-option explanations are shown: once the answer is right, from the second
 * attempt on, or when the student asked for them. Before that only right/wrong and a hint.
 * @param {Outcome} outcome
 * @param {number} attempts checks so far, this one included
 * @param {boolean} asked the student chose "Toon uitleg"
 * @returns {boolean}
 */
export function explains(outcome, attempts, asked) {
  return asked || attempts >= 2 || outcome.result === "correct";
}

/**
 * The sentence shown after checking.
 * @param {Outcome} outcome
 * @param {string} kind
 * @param {boolean} [explained] whether the explanations are shown (otherwise the hint is)
 * @returns {string}
 */
export function summary(outcome, kind, explained = true) {
  const next = explained ? "Lees de uitleg en probeer het opnieuw." : "Bekijk de tip en probeer het opnieuw.";
  if (kind === "single") {
    return outcome.right ? "Goed! Je koos het juiste antwoord." : `Nog niet goed. ${next}`;
  }
  const count = `${outcome.right} van de ${outcome.total} juist.`;
  return outcome.result === "correct" ? `Goed! ${count}` : `Nog niet helemaal: ${count} ${next}`;
}

/**
 * Marks to show before the explanations: only whether what the student chose is right, so that a
 * right option the student did not choose is not given away.
 * @param {Mark[]} marks
 * @returns {Mark[]}
 */
export function firstMarks(marks) {
  return marks.map((m) => (m === "missed" ? null : m));
}

/**
 * The score sentence of a casus.
 * @param {number} good correct answers plus answered open questions
 * @param {number} total questions
 * @returns {string}
 */
export function casusScore(good, total) {
  return `Je hebt ${good} van ${total} vragen goed (open vragen tellen als beantwoord).`;
}
