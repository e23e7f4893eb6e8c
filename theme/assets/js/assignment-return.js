// Remembers, for this browser tab only (sessionStorage), the assignment a student opened, so that the
// result card of a casus in it can lead back. Nothing is kept after the tab closes.

const KEY = "overgrenzen:opdracht";

/**
 * @param {string} url the assignment link, fragment included
 * @param {string[]} casusIds the casussen it holds
 */
export function rememberAssignment(url, casusIds) {
  try {
    sessionStorage.setItem(KEY, JSON.stringify({ url, casussen: casusIds }));
  } catch {
    // No session storage: the result card simply offers no way back.
  }
}

/**
 * @param {string} casusId
 * @returns {string|null} the link of the assignment this casus was opened from, if any
 */
export function assignmentFor(casusId) {
  try {
    const saved = JSON.parse(sessionStorage.getItem(KEY) ?? "null");
    const sameSite = typeof saved?.url === "string" && new URL(saved.url, location.href).origin === location.origin;
    return sameSite && Array.isArray(saved.casussen) && saved.casussen.includes(casusId) ? saved.url : null;
  } catch {
    return null;
  }
}
