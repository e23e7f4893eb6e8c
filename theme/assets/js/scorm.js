// SCORM 1.2 for a casus inside an LMS package (ScormStep marks packaged pages with data-scorm on <html>):
// finds the LMS's API object, reports score and status after every checked question, keeps the answers in
// cmi.suspend_data and gives them back on the next launch. On the site it does nothing. An LMS that fails
// (no API, a call that returns false or sets an error) never stops the exercise: reporting stops, the page goes on.

/** What SCORM 1.2 allows in cmi.suspend_data. */
export const SUSPEND_LIMIT = 4096;
/** What we use at most, so an LMS that counts differently (bytes, escapes) still has room. */
export const SUSPEND_BUDGET = 4000;
/** How many frames up the API search goes before it gives up (the standard's algorithm uses 7; LMS players nest deeper). */
const MAX_FRAMES = 10;

const RESULT_CODES = { correct: "c", wrong: "w", partial: "p", open: "o" };
const RESULTS_BY_CODE = Object.fromEntries(Object.entries(RESULT_CODES).map(([result, code]) => [code, result]));

/** The API object in this window or one of its parents, else in the opener's chain; null when there is none. */
export function findApi(start) {
  const climb = (win) => {
    for (let depth = 0; win && depth <= MAX_FRAMES; depth++) {
      try {
        if (win.API) return win.API;
      } catch {
        // A frame of another origin: go on with its parent.
      }
      if (!win.parent || win.parent === win) return null;
      win = win.parent;
    }
    return null;
  };
  const openers = () => { try { return [start.top?.opener, start.opener]; } catch { return []; } };
  return climb(start) ?? openers().filter(Boolean).map(climb).find(Boolean) ?? null;
}

/**
 * Score and status for the LMS: the share of closed questions answered correctly; "incomplete" while a
 * question has no answer, then passed/failed against the mastery score, or "completed" without one.
 * @param {Object<string, string>} results question id → "correct"|"wrong"|"partial"|"open"
 * @param {{id: string, closed: boolean}[]} questions
 * @param {number|null} mastery
 */
export function lmsReport(results, questions, mastery) {
  const closed = questions.filter((q) => q.closed);
  const good = closed.filter((q) => results[q.id] === "correct").length;
  const raw = closed.length ? Math.round((100 * good) / closed.length) : null;
  const done = questions.every((q) => results[q.id]);
  const status = !done ? "incomplete" : raw !== null && mastery !== null ? (raw >= mastery ? "passed" : "failed") : "completed";
  return { raw, status };
}

/**
 * The answers of a casus record as compact JSON: {"v": version, "a": [[id, value, attempts, first, result]]},
 * first = 1/0 (first check right or not) or -1 (open question). Long open answers are shortened evenly until
 * the whole fits in `budget`; the full text stays in this browser.
 */
export function encodeSuspend(record, budget = SUSPEND_BUDGET) {
  const entries = Object.entries(record.answers).map(([id, a]) => [
    id, a.value, a.attempts ?? 0, a.firstCorrect === undefined ? -1 : a.firstCorrect ? 1 : 0, RESULT_CODES[record.results[id]] ?? "",
  ]);
  const encode = () => JSON.stringify({ v: record.version, a: entries });
  let text = encode();
  for (let room = 2000; text.length > budget && room > 0; room = Math.floor(room * 0.7)) {
    for (const entry of entries) if (typeof entry[1] === "string" && entry[1].length > room) entry[1] = entry[1].slice(0, room);
    text = encode();
  }
  return text.length > budget ? JSON.stringify({ v: record.version, a: [] }) : text;
}

const isTexts = (value) => Array.isArray(value) && value.every((v) => typeof v === "string");
const isTextMap = (value) => value !== null && typeof value === "object" && !Array.isArray(value) && Object.values(value).every((v) => typeof v === "string");
const VALUE_SHAPES = { single: isTexts, multiple: isTexts, classify: isTextMap, order: isTextMap, open: (v) => typeof v === "string" };

/**
 * Reads what encodeSuspend wrote back into a casus record; entries that no longer fit a question are left out.
 * @param {string} text cmi.suspend_data
 * @param {Object<string, string>} kinds question id → kind, of the questions on the page
 * @returns {{version: string, answers: object, results: object}|null}
 */
export function decodeSuspend(text, kinds) {
  let data;
  try { data = JSON.parse(text); } catch { return null; }
  if (!data || typeof data.v !== "string" || !Array.isArray(data.a)) return null;
  const record = { version: data.v, answers: {}, results: {} };
  for (const entry of data.a) {
    if (!Array.isArray(entry) || entry.length !== 5) continue;
    const [id, value, attempts, first, code] = entry;
    const kind = kinds[id];
    if (!kind || !VALUE_SHAPES[kind](value) || !Number.isInteger(attempts) || attempts < 0) continue;
    const answer = { kind, value, text: "", prompt: "", attempts };
    if (kind !== "open" && (first === 0 || first === 1)) answer.firstCorrect = first === 1;
    record.answers[id] = answer;
    if (RESULTS_BY_CODE[code]) record.results[id] = RESULTS_BY_CODE[code];
  }
  return record;
}

/**
 * Connects a packaged page to its LMS; null on the site (nothing to do there).
 * @param {Document} [doc]
 * @param {Window} [win]
 */
export function connectLms(doc = document, win = window) {
  if (!doc.documentElement.hasAttribute("data-scorm")) return null;
  const api = findApi(win);
  let troubled = false;
  let onTrouble = () => {};
  const fail = () => {
    if (troubled) return;
    troubled = true;
    onTrouble();
  };
  const lastError = () => String(api.LMSGetLastError?.() ?? "0");
  /** A call that must succeed ("true" and no error code); after the first failure nothing more is sent. */
  const call = (name, ...args) => {
    if (!api || troubled) return;
    try {
      const result = api[name](...args);
      if (String(result) !== "true" || lastError() !== "0") fail();
    } catch {
      fail();
    }
  };
  /** A value that may be missing: an LMS that does not keep it is no reason to stop. */
  const get = (element) => {
    if (!api || troubled) return "";
    try {
      const value = String(api.LMSGetValue(element) ?? "");
      return lastError() === "0" ? value : "";
    } catch {
      return "";
    }
  };
  const set = (element, value) => call("LMSSetValue", element, value);

  if (!api) troubled = true;
  call("LMSInitialize", "");
  const saved = get("cmi.suspend_data");
  const status = get("cmi.core.lesson_status");
  if (status === "" || status === "not attempted") set("cmi.core.lesson_status", "incomplete");
  const masteryText = get("cmi.student_data.mastery_score") || doc.documentElement.dataset.masteryScore || "";
  const mastery = masteryText.trim() !== "" && Number.isFinite(Number(masteryText)) ? Number(masteryText) : null;

  let finished = false;
  win.addEventListener("pagehide", () => {
    if (finished) return;
    finished = true;
    call("LMSFinish", "");
  });

  return {
    /** The answers the LMS kept from an earlier launch ("" when none). */
    saved,
    /** Calls back once, now or later, when results stop reaching the LMS. */
    onTrouble(callback) {
      onTrouble = callback;
      if (troubled) callback();
    },
    /** Sends score, status and answers after a checked question. */
    report(record, questions) {
      if (!api || troubled) return;
      const { raw, status: lessonStatus } = lmsReport(record.results, questions, mastery);
      if (raw !== null) {
        set("cmi.core.score.min", "0");
        set("cmi.core.score.max", "100");
        set("cmi.core.score.raw", String(raw));
      }
      set("cmi.core.lesson_status", lessonStatus);
      set("cmi.suspend_data", encodeSuspend(record));
      set("cmi.core.exit", "suspend");
      call("LMSCommit", "");
    },
  };
}
