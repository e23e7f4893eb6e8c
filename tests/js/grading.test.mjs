import { test } from "node:test";
import assert from "node:assert/strict";
import { gradeChoice, gradeItems, duplicatePositions } from "../../theme/assets/js/grading.js";

test("single choice: the right option chosen is one point", () => {
  const outcome = gradeChoice([{ correct: false, chosen: false }, { correct: true, chosen: true }], true);
  assert.deepEqual(outcome, { marks: [null, "correct"], right: 1, total: 1, result: "correct" });
});

test("multiple choice: a missed right option is marked and the answer is partial", () => {
  const outcome = gradeChoice([{ correct: true, chosen: true }, { correct: true, chosen: false }, { correct: false, chosen: false }], false);
  assert.deepEqual(outcome.marks, ["correct", "missed", null]);
  assert.equal(outcome.right, 2);
  assert.equal(outcome.result, "partial");
});

test("items: all, some and none in place", () => {
  assert.equal(gradeItems(["a", "b"], ["a", "b"]).result, "correct");
  assert.equal(gradeItems(["a", "b"], ["a", "c"]).result, "partial");
  assert.equal(gradeItems(["a", "b"], ["b", "a"]).result, "wrong");
});

test("positions chosen twice are found, in numeric order, ignoring empty ones", () => {
  assert.deepEqual(duplicatePositions(["10", "2", "10", "", "", "2", "3"]), ["2", "10"]);
});
