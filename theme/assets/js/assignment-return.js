// Remembers, in this browser only (localStorage), the assignment a student opened last: the banner on
// its pages (assignment-banner.js), the result card's way back and the hand-in print read it.
// early.js reads the same key before the first paint to reserve the banner's room (ASSIGNMENT_KEY there).
//
// Shape: { url, title, deadline, steps: [{ url, title, casus? }], casussen: [ids], closed: boolean }

import { ID, isObject } from "./shapes.js";

export const ASSIGNMENT_KEY = "overgrenzen:opdracht";

/**
 * @typedef {{url: string, title: string, casus?: string}} RememberedStep
 * @typedef {{url: string, title: string, deadline: string, steps: RememberedStep[], casussen: string[], closed: boolean}} RememberedAssignment
 */

const isText = (v, max = 2000) => typeof v === "string" && v.length <= max;
const isStep = (s) => isObject(s) && isText(s.url) && s.url.startsWith("/") && isText(s.title)
  && (s.casus === undefined || (typeof s.casus === "string" && ID.test(s.casus)));

/**
 * @param {Omit<RememberedAssignment, "closed">} assignment the opened assignment; opening it shows the banner again
 */
export function rememberAssignment(assignment) {
  try {
    localStorage.setItem(ASSIGNMENT_KEY, JSON.stringify({ ...assignment, closed: false }));
  } catch {
    // No storage: no banner and no way back, the assignment page itself still works.
  }
}

/** @returns {RememberedAssignment|null} the assignment opened last, if it is still readable and same-site */
export function rememberedAssignment() {
  try {
    const saved = JSON.parse(localStorage.getItem(ASSIGNMENT_KEY) ?? "null");
    if (!isObject(saved) || !isText(saved.url) || !isText(saved.title, 120) || !isText(saved.deadline, 10)) return null;
    if (new URL(saved.url, location.href).origin !== location.origin) return null;
    if (!Array.isArray(saved.steps) || !saved.steps.every(isStep)) return null;
    if (!Array.isArray(saved.casussen) || !saved.casussen.every((id) => typeof id === "string" && ID.test(id))) return null;
    return { ...saved, closed: saved.closed === true };
  } catch {
    return null;
  }
}

/** Hides the banner until the student opens an assignment again. */
export function closeAssignmentBanner() {
  const saved = rememberedAssignment();
  if (!saved) return;
  try {
    localStorage.setItem(ASSIGNMENT_KEY, JSON.stringify({ ...saved, closed: true }));
  } catch {
    // Cannot write: the banner is hidden for this page only.
  }
}

/**
 * @param {string} casusId
 * @returns {string|null} the link of the assignment this casus was opened from, if any
 */
export function assignmentFor(casusId) {
  const saved = rememberedAssignment();
  return saved && saved.casussen.includes(casusId) ? saved.url : null;
}
