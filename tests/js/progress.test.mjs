import { test } from "node:test";
import assert from "node:assert/strict";
import { casusProgress, countResults } from "../../theme/assets/js/progress.js";

const record = (results, version = "v1") => ({ version, updated: "2026-01-01T00:00:00Z", answers: { q1: {} }, results });

test("open answers count as good", () => {
  assert.deepEqual(countResults(record({ q1: "correct", q2: "open", q3: "wrong" })), { answered: 3, good: 2 });
});

test("a casus is done when every question is answered with the current version", () => {
  assert.equal(casusProgress(record({ q1: "correct", q2: "wrong" }), { questions: 2, version: "v1" }).state, "done");
});

test("an answer to an older version of the casus is started, not done", () => {
  const progress = casusProgress(record({ q1: "correct", q2: "wrong" }, "v0"), { questions: 2, version: "v1" });
  assert.equal(progress.state, "started");
  assert.equal(progress.outdated, true);
});

test("no record is not started", () => {
  assert.equal(casusProgress(null, { questions: 2, version: "v1" }).label, "nog niet gedaan");
});
