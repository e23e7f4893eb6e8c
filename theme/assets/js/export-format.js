// The file a student exports from "Mijn antwoorden" and a lecturer reads in the class overview.
// Documented as a JSON Schema: theme/assets/schemas/antwoorden.schema.json (keep the two in step).
//
// Version 2 (written now):
//   { format: "overgrenzen-antwoorden", version: 2, exported: ISO time,
//     student?: { name?: text ≤ 120, number?: text ≤ 40 },
//     assignment?: { title: text ≤ 120, link?: the assignment link ≤ 10 000 },
//     casussen: { [casusId]: record as in storage.js } }
// Version 1 (older exports, still read): the store itself, { version: 1, casussen }.

import { validateStore, LIMITS } from "./storage.js";
import { isObject } from "./shapes.js";

export const EXPORT_FORMAT = "overgrenzen-antwoorden";
export const EXPORT_VERSION = 2;

const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/;
const isText = (v, max) => typeof v === "string" && v.length <= max;
const only = (object, keys) => Object.keys(object).every((k) => keys.includes(k));

/**
 * @typedef {{version: 1|2, exported: string|null, student: {name: string, number: string},
 *            assignment: {title: string, link: string}|null, casussen: Object<string, object>}} AnswerExport
 */

/**
 * Makes the export of a store.
 * @param {{version: 1, casussen: object}} store
 * @param {{student?: {name?: string, number?: string}, assignment?: {title: string, link?: string}|null, now?: Date}} [about]
 * @returns {object} ready for JSON.stringify
 */
export function makeExport(store, { student = {}, assignment = null, now = new Date() } = {}) {
  const data = { format: EXPORT_FORMAT, version: EXPORT_VERSION, exported: now.toISOString() };
  const who = {};
  if (student.name) who.name = student.name.slice(0, 120);
  if (student.number) who.number = student.number.slice(0, 40);
  if (Object.keys(who).length) data.student = who;
  if (assignment?.title) data.assignment = { title: assignment.title.slice(0, 120), ...(assignment.link ? { link: assignment.link.slice(0, 10_000) } : {}) };
  data.casussen = store.casussen;
  return data;
}

/**
 * Reads an export of either version. Never throws.
 * @param {string} text file contents
 * @returns {{data: AnswerExport, error: null}|{data: null, error: string}} error in Dutch, for the user
 */
export function parseExport(text) {
  if (typeof text !== "string" || !text || text.length > LIMITS.importChars) return { data: null, error: "Het bestand is te groot of leeg." };
  let raw;
  try {
    raw = JSON.parse(text);
  } catch {
    return { data: null, error: "Dit is geen geldig bestand met antwoorden (het is geen JSON, misschien beschadigd)." };
  }
  if (!isObject(raw)) return { data: null, error: "Het bestand heeft niet de vorm van een export van Over grenzen." };
  if (raw.version === 1) {
    const error = validateStore(raw);
    return error ? { data: null, error } : { data: { version: 1, exported: null, student: { name: "", number: "" }, assignment: null, casussen: raw.casussen }, error: null };
  }
  if (raw.format !== EXPORT_FORMAT) return { data: null, error: "Het bestand heeft niet de vorm van een export van Over grenzen." };
  if (raw.version !== EXPORT_VERSION) return { data: null, error: `Het bestand komt uit een andere versie van de site (versie ${JSON.stringify(raw.version)}, verwacht: 1 of 2).` };
  if (!only(raw, ["format", "version", "exported", "student", "assignment", "casussen"])) return { data: null, error: "Het bestand bevat onbekende velden." };
  if (!isText(raw.exported, 40) || !ISO_TIME.test(raw.exported)) return { data: null, error: "Het bestand heeft een ongeldige exportdatum." };
  const student = raw.student ?? {};
  if (!isObject(student) || !only(student, ["name", "number"]) || (student.name !== undefined && !isText(student.name, 120))
    || (student.number !== undefined && !isText(student.number, 40))) return { data: null, error: "De naam of het studentnummer heeft niet de verwachte vorm." };
  const assignment = raw.assignment ?? null;
  if (assignment !== null && (!isObject(assignment) || !only(assignment, ["title", "link"]) || !isText(assignment.title, 120)
    || (assignment.link !== undefined && !isText(assignment.link, 10_000)))) return { data: null, error: "De opdracht in het bestand heeft niet de verwachte vorm." };
  const error = validateStore({ version: 1, casussen: raw.casussen });
  if (error) return { data: null, error };
  return {
    data: {
      version: 2, exported: raw.exported,
      student: { name: student.name ?? "", number: student.number ?? "" },
      assignment: assignment && { title: assignment.title, link: assignment.link ?? "" },
      casussen: raw.casussen,
    },
    error: null,
  };
}
