// Progress of one casus, from its stored record: used by routes, answers and assignments.

/** @typedef {"klaar"|"bezig"|"nog niet gedaan"} ProgressLabel */

/**
 * Counts the questions that are good: correct, and open questions that were answered.
 * @param {object|null} record stored casus record
 * @returns {{answered: number, good: number}}
 */
export function countResults(record) {
  const results = Object.values(record?.results ?? {});
  return {
    answered: results.length,
    good: results.filter((r) => r === "correct" || r === "open").length,
  };
}

/**
 * @param {object|null} record stored casus record
 * @param {{questions: number, version: string}|null} facts what the site says about the casus (null: unknown)
 * @returns {{state: "done"|"started"|"none", label: ProgressLabel, answered: number, good: number, total: number|null, outdated: boolean}}
 */
export function casusProgress(record, facts) {
  const { answered, good } = countResults(record);
  const total = facts?.questions || null;
  const outdated = Boolean(record && facts?.version && record.version !== facts.version);
  let state = "none";
  if (record && (answered > 0 || Object.keys(record.answers).length > 0)) {
    state = !outdated && total !== null && answered >= total ? "done" : "started";
  }
  const label = { done: "klaar", started: "bezig", none: "nog niet gedaan" }[state];
  return { state, label, answered, good, total, outdated };
}

/**
 * Writes a progress state as text, and as data-state for styling.
 * @param {HTMLElement} target element that receives the text
 * @param {HTMLElement} holder element that receives data-state
 * @param {{state: string, label: string}} progress
 * @param {string} [prefix] text before the label
 */
export function showProgress(target, holder, progress, prefix = "") {
  target.textContent = prefix + progress.label;
  holder.dataset.state = progress.state;
}
