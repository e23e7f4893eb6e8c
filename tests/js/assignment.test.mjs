import { test } from "node:test";
import assert from "node:assert/strict";
import { encodeAssignment, parseAssignment } from "../../theme/assets/js/assignment.js";

test("an encoded assignment reads back the same (ids deduplicated)", () => {
  const hash = encodeAssignment({ title: "Week 3", deadline: "2026-02-28", casussen: ["rondom-milan", "rondom-milan", "een-goede-start"] });
  assert.deepEqual(parseAssignment(hash), {
    assignment: { title: "Week 3", deadline: "2026-02-28", casussen: ["rondom-milan", "een-goede-start"] },
    error: null,
  });
});

test("a missing fragment and malformed ones are told apart", () => {
  assert.equal(parseAssignment("").error, "missing");
  assert.equal(parseAssignment("#%7Bnee").error, "invalid");
  assert.equal(parseAssignment(encodeAssignment({ title: "x", deadline: "2026-02-30", casussen: [] })).error, "invalid");
  assert.equal(parseAssignment(encodeAssignment({ title: "x", deadline: "", casussen: ["<script>"] })).error, "invalid");
});
