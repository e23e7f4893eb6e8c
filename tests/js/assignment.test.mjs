import { test } from "node:test";
import assert from "node:assert/strict";
import { encodeAssignment, parseAssignment } from "../../theme/assets/js/assignment-link.js";

const route = [
  { type: "page", url: "/kader/jazzorkest/" },
  { type: "casus", id: "het-jazzorkest-rond-noah" },
  { type: "page", url: "/kader/vormen/" },
  { type: "casus", id: "een-spreekuur-op-school" },
  { type: "casus", id: "de-klas-van-juf-amira" },
  { type: "page", url: "/lessen/" },
];

test("a v2 link reads back the same steps, in order, with title, deadline and instruction", () => {
  const hash = encodeAssignment({ title: "Week 3: samen & apart", deadline: "2026-02-28", instruction: "Lees eerst.\nDan de casus.", steps: route });
  assert.ok(hash.startsWith("#v2&"));
  assert.deepEqual(parseAssignment(hash), {
    assignment: {
      title: "Week 3: samen & apart", deadline: "2026-02-28", instruction: "Lees eerst.\nDan de casus.", steps: route,
      casussen: ["het-jazzorkest-rond-noah", "een-spreekuur-op-school", "de-klas-van-juf-amira"],
    },
    error: null,
  });
});

test("a v2 link uses only URL-safe characters and is shorter than the v1 link of the same casussen", () => {
  const casussen = route.filter((s) => s.type === "casus");
  const v2 = encodeAssignment({ title: "Week 3 pabo", deadline: "2026-02-28", steps: casussen });
  const v1 = "#" + encodeURIComponent(JSON.stringify({ v: 1, t: "Week 3 pabo", d: "2026-02-28", c: casussen.map((s) => s.id) }));
  assert.match(v2.slice(1), /^[A-Za-z0-9\-._~%&=/]*$/);
  assert.ok(v2.length < v1.length * 0.7, `v2 ${v2.length} tekens, v1 ${v1.length}`);
});

test("a v1 link made before still opens, as casus steps", () => {
  const v1 = "#" + encodeURIComponent(JSON.stringify({ v: 1, t: "Week 3", d: "2026-02-28", c: ["rondom-milan", "rondom-milan", "een-goede-start"] }));
  assert.deepEqual(parseAssignment(v1), {
    assignment: {
      title: "Week 3", deadline: "2026-02-28", instruction: "",
      steps: [{ type: "casus", id: "rondom-milan" }, { type: "casus", id: "een-goede-start" }],
      casussen: ["rondom-milan", "een-goede-start"],
    },
    error: null,
  });
});

test("a missing fragment and malformed ones are told apart", () => {
  assert.equal(parseAssignment("").error, "missing");
  assert.equal(parseAssignment("#%7Bnee").error, "invalid");
  assert.equal(parseAssignment("#v2&t=x&d=20260230&s=a").error, "invalid");
  assert.equal(parseAssignment("#v2&t=x&s=%3Cscript%3E").error, "invalid");
  assert.equal(parseAssignment("#v2&t=x&s=~../etc").error, "invalid");
  assert.equal(parseAssignment("#v2&t=%E0%A4%A&s=a").error, "invalid");
  assert.equal(parseAssignment("#v2&t=x&x=y&s=a").error, "invalid");
  const v1Bad = "#" + encodeURIComponent(JSON.stringify({ v: 1, t: "x", d: "", c: ["<script>"] }));
  assert.equal(parseAssignment(v1Bad).error, "invalid");
});
