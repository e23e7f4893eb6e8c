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
    return !single && o.correct ? "missed" : null;
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
 * The sentence shown after checking.
 * @param {Outcome} outcome
 * @param {string} kind
 * @returns {string}
 */
export function summary(outcome, kind) {
  if (kind === "single") {
    return outcome.right ? "Goed! Je koos het juiste antwoord." : "Nog niet goed. Lees de uitleg en probeer het opnieuw.";
  }
  const count = `${outcome.right} van de ${outcome.total} juist.`;
  return outcome.result === "correct"
    ? `Goed! ${count}`
    : `Nog niet helemaal: ${count} Lees de uitleg en probeer het opnieuw.`;
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
