// Sums up many exports (export-format.js) per casus and question, for the class overview. No DOM:
// node --test checks it and measures how fast 200 files are read.

import { parseExport } from "./export-format.js";

/**
 * @typedef {{answered: number, firstKnown: number, firstCorrect: number, choices: Map<string, number>,
 *            open: {text: string, name: string}[]}} QuestionTally
 * @typedef {{counted: {name: string, file: string}[], skipped: {file: string, reason: string}[],
 *            assignments: Set<string>, tallies: Map<string, Map<string, QuestionTally>>}} ClassResults
 */

/** @returns {ClassResults} */
export function emptyResults() {
  return { counted: [], skipped: [], assignments: new Set(), tallies: new Map() };
}

function tallyFor(results, casusId, questionId) {
  let casus = results.tallies.get(casusId);
  if (!casus) results.tallies.set(casusId, (casus = new Map()));
  let tally = casus.get(questionId);
  if (!tally) casus.set(questionId, (tally = { answered: 0, firstKnown: 0, firstCorrect: 0, choices: new Map(), open: [] }));
  return tally;
}

/**
 * Reads one file into the results: counted when it is a valid export, else skipped with the reason.
 * @param {ClassResults} results changed in place
 * @param {string} fileName
 * @param {string} text
 */
export function addExport(results, fileName, text) {
  const { data, error } = parseExport(text);
  if (error) {
    results.skipped.push({ file: fileName, reason: error });
    return;
  }
  const name = [data.student.name, data.student.number].filter(Boolean).join(", ");
  results.counted.push({ name, file: fileName });
  if (data.assignment) results.assignments.add(data.assignment.title);
  for (const [casusId, record] of Object.entries(data.casussen)) {
    for (const [questionId, answer] of Object.entries(record.answers)) {
      const tally = tallyFor(results, casusId, questionId);
      tally.answered++;
      if (typeof answer.firstCorrect === "boolean") {
        tally.firstKnown++;
        if (answer.firstCorrect) tally.firstCorrect++;
      }
      if (answer.kind === "single" || answer.kind === "multiple") {
        for (const value of answer.value) tally.choices.set(value, (tally.choices.get(value) ?? 0) + 1);
      } else if (answer.kind === "open" && answer.value.trim()) {
        tally.open.push({ text: answer.value, name: name || fileName });
      }
    }
  }
}
