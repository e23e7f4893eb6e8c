// Answers kept in this browser only (localStorage), versioned and validated.
//
// Key "overgrenzen:v1" holds:
//   { version: 1,
//     casussen: { [casusId]: { version, updated, answers: { [questionId]: Answer },
//                              results: { [questionId]: "correct"|"wrong"|"partial"|"open" } } } }
// Answer: { kind, value, text, prompt, attempts?, firstCorrect? }
//   kind   "single" | "multiple" | "classify" | "order" | "open"
//   value  single/multiple: option values (["0", "2"]); classify/order: { [itemIndex]: chosen value };
//          open: the text written
//   text   the answer as readable text (for "Mijn antwoorden" and the print-out)
//   prompt the question as plain text
//   attempts     how often the student checked this question (absent in answers stored before it existed)
//   firstCorrect whether the first check was right; set once and never changed; absent for open questions
// Anything that does not fit this shape is never used: stored data is set aside once under
// "overgrenzen:v1:corrupt", an import is refused with a Dutch message and nothing changes.

/** localStorage key of the store. */
import { ID, isObject } from "./shapes.js";

export const STORAGE_KEY = "overgrenzen:v1";
/** Where unreadable stored data is kept once, for inspection. */
export const CORRUPT_KEY = "overgrenzen:v1:corrupt";

/** Limits that stored and imported data must respect. */
export const LIMITS = Object.freeze({ casussen: 200, questions: 100, text: 5000, values: 100, importChars: 2_000_000 });

const INDEX = /^[0-9]{1,3}$/;
const VERSION = /^[A-Za-z0-9._-]{0,80}$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/;
const KINDS = ["single", "multiple", "classify", "order", "open"];
const RESULTS = ["correct", "wrong", "partial", "open"];

let backend;          // Storage | null, found on first use
let memory = null;    // the store while localStorage is unavailable

function getBackend() {
  if (backend !== undefined) return backend;
  try {
    const candidate = globalThis.localStorage;
    const probe = STORAGE_KEY + ":probe";
    candidate.setItem(probe, "1");
    candidate.removeItem(probe);
    backend = candidate;
  } catch {
    backend = null;
  }
  return backend;
}

/** @returns {boolean} whether answers survive a reload in this browser. */
export function isPersistent() {
  return getBackend() !== null;
}

/** @returns {{version: 1, casussen: Object<string, object>}} a new, empty store. */
export function emptyStore() {
  return { version: 1, casussen: {} };
}

const isText = (v, max = LIMITS.text) => typeof v === "string" && v.length <= max;

function hasKeys(object, keys) {
  const own = Object.keys(object);
  return own.length === keys.length && keys.every((k) => Object.prototype.hasOwnProperty.call(object, k));
}

const ANSWER_KEYS = ["kind", "value", "text", "prompt"];
const OPTIONAL_ANSWER_KEYS = ["attempts", "firstCorrect"];

function answerError(answer) {
  if (!isObject(answer) || !ANSWER_KEYS.every((k) => Object.prototype.hasOwnProperty.call(answer, k))
    || Object.keys(answer).some((k) => !ANSWER_KEYS.includes(k) && !OPTIONAL_ANSWER_KEYS.includes(k))) {
    return "een antwoord heeft niet de verwachte vorm";
  }
  if ("attempts" in answer && !(Number.isInteger(answer.attempts) && answer.attempts >= 0 && answer.attempts <= 100_000)) {
    return "een aantal pogingen is geen geldig getal";
  }
  if ("firstCorrect" in answer && (typeof answer.firstCorrect !== "boolean" || answer.kind === "open")) {
    return "een eerste uitslag heeft niet de verwachte vorm";
  }
  if (!KINDS.includes(answer.kind)) return "een antwoord heeft een onbekend soort vraag";
  if (!isText(answer.text) || !isText(answer.prompt)) return "een tekst is te lang of geen tekst (hoogstens 5000 tekens)";
  const { kind, value } = answer;
  if (kind === "open") return isText(value) ? null : "een open antwoord is te lang of geen tekst (hoogstens 5000 tekens)";
  if (kind === "single" || kind === "multiple") {
    const ok = Array.isArray(value) && value.length <= (kind === "single" ? 1 : LIMITS.values)
      && value.every((v) => typeof v === "string" && INDEX.test(v));
    return ok ? null : "een gekozen antwoord heeft niet de verwachte vorm";
  }
  const ok = isObject(value) && Object.keys(value).length <= LIMITS.values
    && Object.entries(value).every(([k, v]) => INDEX.test(k) && isText(v, 80));
  return ok ? null : "een indeling of volgorde heeft niet de verwachte vorm";
}

function recordError(record) {
  if (!isObject(record) || !hasKeys(record, ["version", "updated", "answers", "results"])) return "heeft niet de verwachte vorm";
  if (typeof record.version !== "string" || !VERSION.test(record.version)) return "heeft een ongeldige versie";
  if (typeof record.updated !== "string" || !ISO_DATE.test(record.updated) || Number.isNaN(Date.parse(record.updated))) return "heeft een ongeldige datum";
  if (!isObject(record.answers) || !isObject(record.results)) return "heeft geen geldige antwoorden";
  for (const map of [record.answers, record.results]) {
    const ids = Object.keys(map);
    if (ids.length > LIMITS.questions) return `heeft te veel vragen (meer dan ${LIMITS.questions})`;
    const bad = ids.find((id) => !ID.test(id));
    if (bad !== undefined) return "heeft een ongeldige vraagcode";
  }
  for (const [id, answer] of Object.entries(record.answers)) {
    const error = answerError(answer);
    if (error) return `vraag "${id}": ${error}`;
  }
  for (const [id, result] of Object.entries(record.results)) {
    if (!RESULTS.includes(result)) return `vraag "${id}": onbekende uitslag`;
  }
  return null;
}

/**
 * Checks that data has exactly the shape of a version 1 store.
 * @param {unknown} data parsed JSON
 * @returns {string|null} null when valid, otherwise what is wrong (Dutch, for the user)
 */
export function validateStore(data) {
  if (!isObject(data) || !hasKeys(data, ["version", "casussen"])) return "Het bestand heeft niet de vorm van een export van Over grenzen.";
  if (data.version !== 1) return "Het bestand heeft een onbekende versie (verwacht: versie 1).";
  if (!isObject(data.casussen)) return "Het bestand heeft niet de vorm van een export van Over grenzen.";
  const ids = Object.keys(data.casussen);
  if (ids.length > LIMITS.casussen) return `Het bestand bevat te veel casussen (meer dan ${LIMITS.casussen}).`;
  for (const id of ids) {
    if (!ID.test(id)) return "Het bestand bevat een ongeldige casuscode.";
    const error = recordError(data.casussen[id]);
    if (error) return `Casus "${id}" ${error}.`;
  }
  return null;
}

/**
 * Parses and validates JSON text as a store.
 * @param {string} text
 * @returns {{store: object, error: null} | {store: null, error: string}}
 */
export function parseStore(text) {
  if (typeof text !== "string" || text.length > LIMITS.importChars) return { store: null, error: "Het bestand is te groot of leeg." };
  let data;
  try {
    data = JSON.parse(text);
  } catch {
    return { store: null, error: "Dit is geen geldig bestand met antwoorden (het is geen JSON)." };
  }
  const error = validateStore(data);
  return error ? { store: null, error } : { store: data, error: null };
}

function setAside(raw) {
  try {
    if (backend.getItem(CORRUPT_KEY) === null) backend.setItem(CORRUPT_KEY, raw);
  } catch {
    // No room to keep a copy: the data is still ignored.
  }
}

/**
 * Reads the store. Never throws: missing, unreadable or wrongly shaped data reads as empty
 * (wrongly shaped data is first copied once to {@link CORRUPT_KEY}).
 * @returns {{version: 1, casussen: Object<string, object>}}
 */
export function readStore() {
  const storage = getBackend();
  if (!storage) return memory ? structuredClone(memory) : emptyStore();
  let raw;
  try {
    raw = storage.getItem(STORAGE_KEY);
  } catch {
    return emptyStore();
  }
  if (raw === null) return emptyStore();
  const { store } = parseStore(raw);
  if (store) return store;
  setAside(raw);
  return emptyStore();
}

/**
 * Writes a whole store after validating it.
 * @param {object} store
 * @returns {boolean} true when it was stored (in localStorage, or in memory when that is unavailable)
 */
export function writeStore(store) {
  if (validateStore(store)) return false;
  const storage = getBackend();
  if (!storage) {
    memory = structuredClone(store);
    return true;
  }
  try {
    storage.setItem(STORAGE_KEY, JSON.stringify(store));
    return true;
  } catch {
    return false;
  }
}

/**
 * @param {string} casusId
 * @returns {object|null} the stored record of one casus
 */
export function getCasus(casusId) {
  return readStore().casussen[casusId] ?? null;
}

/**
 * Stores the record of one casus, stamped with the current time.
 * @param {string} casusId
 * @param {{version: string, answers: object, results: object}} record
 * @returns {boolean} whether it was stored
 */
export function putCasus(casusId, record) {
  const store = readStore();
  store.casussen[casusId] = {
    version: record.version,
    updated: new Date().toISOString(),
    answers: record.answers,
    results: record.results,
  };
  return writeStore(store);
}

/** @returns {string} all stored answers as pretty-printed JSON, for a download. */
export function exportJson() {
  return JSON.stringify(readStore(), null, 2);
}

/**
 * Adds the casussen from an exported file; a casus in the file replaces the stored one.
 * Invalid input changes nothing.
 * @param {string} text file contents
 * @returns {{ok: boolean, message: string}} a Dutch message for the user
 */
export function importJson(text) {
  const { store: incoming, error } = parseStore(text);
  if (error) return { ok: false, message: `Niet teruggezet: ${error} Er is niets veranderd.` };
  return importCasussen(incoming.casussen);
}

/**
 * Adds casus records that were already validated (export-format.js reads both export versions).
 * @param {Object<string, object>} casussen
 * @returns {{ok: boolean, message: string}} a Dutch message for the user
 */
export function importCasussen(casussen) {
  const incoming = { casussen };
  const merged = readStore();
  Object.assign(merged.casussen, incoming.casussen);
  if (Object.keys(merged.casussen).length > LIMITS.casussen) {
    return { ok: false, message: `Niet teruggezet: samen met wat al bewaard is, zijn het meer dan ${LIMITS.casussen} casussen. Er is niets veranderd.` };
  }
  if (!writeStore(merged)) return { ok: false, message: "Niet teruggezet: deze browser kan de antwoorden niet bewaren. Er is niets veranderd." };
  const count = Object.keys(incoming.casussen).length;
  return { ok: true, message: `Teruggezet: antwoorden bij ${count} ${count === 1 ? "casus" : "casussen"}.` };
}

/**
 * Removes all stored answers (not the copy of corrupt data).
 * @returns {boolean} whether it worked
 */
export function clearStore() {
  memory = null;
  const storage = getBackend();
  if (!storage) return true;
  try {
    storage.removeItem(STORAGE_KEY);
    return true;
  } catch {
    return false;
  }
}
