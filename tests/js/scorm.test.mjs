import { test } from "node:test";
import assert from "node:assert/strict";
import { encodeSuspend, decodeSuspend, lmsReport, findApi, SUSPEND_BUDGET } from "../../theme/assets/js/scorm.js";

const questions = [{ id: "a", closed: true }, { id: "b", closed: true }, { id: "c", closed: false }];

test("score is the share of closed questions right; status follows the mastery score", () => {
  assert.deepEqual(lmsReport({ a: "correct" }, questions, 70), { raw: 50, status: "incomplete" });
  assert.deepEqual(lmsReport({ a: "correct", b: "partial", c: "open" }, questions, 70), { raw: 50, status: "failed" });
  assert.deepEqual(lmsReport({ a: "correct", b: "correct", c: "open" }, questions, 70), { raw: 100, status: "passed" });
  assert.deepEqual(lmsReport({ a: "wrong", b: "wrong", c: "open" }, questions, null), { raw: 0, status: "completed" });
  assert.deepEqual(lmsReport({ c: "open" }, [{ id: "c", closed: false }], null), { raw: null, status: "completed" });
});

test("answers survive the trip through suspend_data", () => {
  const record = {
    version: "abc123",
    answers: {
      a: { kind: "single", value: ["2"], text: "t", prompt: "p", attempts: 2, firstCorrect: false },
      b: { kind: "classify", value: { 0: "leerkracht", 1: "jeugdhulp" }, text: "t", prompt: "p", attempts: 1, firstCorrect: true },
      c: { kind: "open", value: "Mijn antwoord", text: "t", prompt: "p", attempts: 1 },
    },
    results: { a: "correct", b: "correct", c: "open" },
  };
  const back = decodeSuspend(encodeSuspend(record), { a: "single", b: "classify", c: "open" });
  assert.equal(back.version, "abc123");
  assert.deepEqual(back.results, record.results);
  assert.deepEqual(back.answers.a, { kind: "single", value: ["2"], text: "", prompt: "", attempts: 2, firstCorrect: false });
  assert.deepEqual(back.answers.b.value, { 0: "leerkracht", 1: "jeugdhulp" });
  assert.equal(back.answers.c.value, "Mijn antwoord");
  assert.equal("firstCorrect" in back.answers.c, false);
});

test("long open answers are shortened so suspend_data stays under the SCORM 1.2 limit", () => {
  const answers = {};
  const results = {};
  for (let i = 0; i < 6; i++) {
    answers["open" + i] = { kind: "open", value: "x".repeat(5000), text: "", prompt: "", attempts: 1 };
    results["open" + i] = "open";
  }
  const text = encodeSuspend({ version: "v", answers, results });
  assert.ok(text.length <= SUSPEND_BUDGET, `${text.length} characters`);
  assert.equal(Object.keys(decodeSuspend(text, Object.fromEntries(Object.keys(answers).map((id) => [id, "open"]))).answers).length, 6);
});

test("unreadable or outdated suspend_data gives nothing, or only what still fits the questions", () => {
  assert.equal(decodeSuspend("kapot", { a: "single" }), null);
  const back = decodeSuspend(JSON.stringify({ v: "v", a: [["a", "not a list", 1, 1, "c"], ["weg", ["1"], 1, 1, "c"]] }), { a: "single" });
  assert.deepEqual(back.answers, {});
});

test("the API is found in a parent or the opener's chain, and the search stops", () => {
  const api = { LMSInitialize() {} };
  const top = { API: api };
  top.parent = top;
  const child = { parent: top };
  assert.equal(findApi(child), api);
  const lms = { API: api };
  lms.parent = lms;
  const popup = { parent: null, opener: lms, top: null };
  popup.parent = popup;
  assert.equal(findApi(popup), api);
  const loop = {};
  loop.parent = { parent: loop };
  assert.equal(findApi(loop), null);
});
