// The assignment link's fragment: one codec, versioned. Nothing in it ever reaches a server.
//
// v2 (made now), URL-safe and compact: "#v2&t=<title>&d=<YYYYMMDD>&i=<instruction>&s=<steps>"
//   t, i  encodeURIComponent text (title ≤ 120, instruction ≤ 1000 characters); i and d may be left out
//   s     the steps in order, joined by "."; a casus is its id, a page is "~" + its path without the
//         outer slashes ("~kader/vormen" is /kader/vormen/)
// v1 (older links, still opened): "#" + encodeURIComponent(JSON { "v": 1, "t", "d": "YYYY-MM-DD"|"", "c": [casus ids] })
// Both are parsed defensively and only ever written into the page as text.

import { ID, isObject } from "./shapes.js";

export const LINK_LIMITS = Object.freeze({ title: 120, instruction: 1000, steps: 50, fragment: 10_000 });

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const PAGE_PATH = /^[a-z0-9-]{1,80}(\/[a-z0-9-]{1,80}){0,5}$/;

/**
 * @typedef {{type: "casus", id: string} | {type: "page", url: string}} AssignmentStep
 * @typedef {{title: string, deadline: string, instruction: string, steps: AssignmentStep[], casussen: string[]}} Assignment
 */

/** @returns {boolean} whether text is "" or a real calendar day as YYYY-MM-DD */
export function isDeadline(text) {
  if (text === "") return true;
  const match = DAY.exec(text);
  if (!match) return false;
  const [, y, m, d] = match.map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** @returns {string|null} the token of a step in a v2 link, null when it cannot be written */
function stepToken(step) {
  if (step.type === "casus") return ID.test(step.id) ? step.id : null;
  const path = String(step.url ?? "").replace(/^\/|\/$/g, "");
  return PAGE_PATH.test(path) ? "~" + path : null;
}

/** @returns {AssignmentStep|null} */
function tokenStep(token) {
  if (token.startsWith("~")) {
    const path = token.slice(1);
    return PAGE_PATH.test(path) ? { type: "page", url: `/${path}/` } : null;
  }
  return ID.test(token) ? { type: "casus", id: token } : null;
}

/** Keeps the first of repeated steps, and lists the casussen among them. */
function withCasussen(title, deadline, instruction, steps) {
  const seen = new Set();
  const unique = steps.filter((s) => {
    const key = s.type === "casus" ? "c:" + s.id : "p:" + s.url;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const casussen = unique.filter((s) => s.type === "casus").map((s) => s.id);
  return { title: title.trim(), deadline, instruction: instruction.trim(), steps: unique, casussen };
}

/**
 * Builds the URL fragment (with "#") of an assignment, in the current format (v2).
 * @param {{title: string, deadline?: string, instruction?: string, steps: AssignmentStep[]}} assignment
 * @returns {string}
 */
export function encodeAssignment({ title, deadline = "", instruction = "", steps }) {
  const parts = ["v2", "t=" + encodeURIComponent(title)];
  if (deadline) parts.push("d=" + deadline.replaceAll("-", ""));
  if (instruction) parts.push("i=" + encodeURIComponent(instruction));
  parts.push("s=" + steps.map(stepToken).filter(Boolean).join("."));
  return "#" + parts.join("&");
}

/** @returns {{assignment: Assignment, error: null}|{assignment: null, error: "invalid"}} */
function parseV2(raw) {
  const invalid = { assignment: null, error: "invalid" };
  const fields = new Map();
  for (const part of raw.split("&").slice(1)) {
    const at = part.indexOf("=");
    if (at < 1) return invalid;
    const key = part.slice(0, at);
    if (!["t", "d", "i", "s"].includes(key) || fields.has(key)) return invalid;
    let value;
    try {
      value = key === "t" || key === "i" ? decodeURIComponent(part.slice(at + 1)) : part.slice(at + 1);
    } catch {
      return invalid;
    }
    fields.set(key, value);
  }
  const title = fields.get("t") ?? "";
  const instruction = fields.get("i") ?? "";
  const compactDay = fields.get("d") ?? "";
  if (title.length > LINK_LIMITS.title || instruction.length > LINK_LIMITS.instruction) return invalid;
  if (compactDay && !/^\d{8}$/.test(compactDay)) return invalid;
  const deadline = compactDay ? `${compactDay.slice(0, 4)}-${compactDay.slice(4, 6)}-${compactDay.slice(6)}` : "";
  if (!isDeadline(deadline)) return invalid;
  const tokens = (fields.get("s") ?? "").split(".").filter(Boolean);
  if (tokens.length > LINK_LIMITS.steps) return invalid;
  const steps = tokens.map(tokenStep);
  if (steps.some((s) => s === null)) return invalid;
  return { assignment: withCasussen(title, deadline, instruction, steps), error: null };
}

/** @returns {{assignment: Assignment, error: null}|{assignment: null, error: "invalid"}} */
function parseV1(raw) {
  const invalid = { assignment: null, error: "invalid" };
  let data;
  try {
    data = JSON.parse(decodeURIComponent(raw));
  } catch {
    return invalid;
  }
  if (!isObject(data) || !Object.keys(data).every((k) => ["v", "t", "d", "c"].includes(k))) return invalid;
  const { v, t, d = "", c } = data;
  if (v !== 1) return invalid;
  if (typeof t !== "string" || t.length > LINK_LIMITS.title) return invalid;
  if (typeof d !== "string" || !isDeadline(d)) return invalid;
  if (!Array.isArray(c) || c.length > LINK_LIMITS.steps || !c.every((id) => typeof id === "string" && ID.test(id))) return invalid;
  return { assignment: withCasussen(t, d, "", c.map((id) => ({ type: "casus", id }))), error: null };
}

/**
 * Reads an assignment from a URL fragment, v2 or v1. Never throws.
 * @param {string} hash location.hash, with or without "#"
 * @returns {{assignment: Assignment, error: null} | {assignment: null, error: "missing"|"invalid"}}
 */
export function parseAssignment(hash) {
  const raw = String(hash ?? "").replace(/^#/, "");
  if (!raw) return { assignment: null, error: "missing" };
  if (raw.length > LINK_LIMITS.fragment) return { assignment: null, error: "invalid" };
  return raw.startsWith("v2&") || raw === "v2" ? parseV2(raw) : parseV1(raw);
}
