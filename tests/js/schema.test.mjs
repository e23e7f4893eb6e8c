import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { validate, keywordsIn, KEYWORDS } from "./json-schema-subset.mjs";
import { makeExport, parseExport } from "../../theme/assets/js/export-format.js";

const schema = JSON.parse(readFileSync(new URL("../../theme/assets/schemas/antwoorden.schema.json", import.meta.url), "utf8"));
const sample = (name) => JSON.parse(readFileSync(new URL(`./exports/${name}`, import.meta.url), "utf8"));
const samples = ["v2-met-naam.json", "v2-zonder-naam.json", "v1-oud.json"];

test("the schema uses only keywords the test validator checks", () => {
  const unknown = [...new Set(keywordsIn(schema))].filter((k) => !KEYWORDS.has(k));
  assert.deepEqual(unknown, []);
});

for (const name of samples) {
  test(`the sample export ${name} is valid under the schema and reads in the browser code`, () => {
    assert.deepEqual(validate(schema, sample(name)), []);
    assert.equal(parseExport(JSON.stringify(sample(name))).error, null);
  });
}

test("what makeExport writes is valid under the schema", () => {
  const data = makeExport(sample("v1-oud.json"), { student: { name: "Sam", number: "500123" }, assignment: { title: "Week 3", link: "https://x/opdracht/#v2&t=W&s=a" } });
  assert.deepEqual(validate(schema, JSON.parse(JSON.stringify(data))), []);
});

test("schema and browser code refuse the same broken exports", () => {
  const good = sample("v2-met-naam.json");
  const broken = {
    "an unknown field": { ...good, extra: 1 },
    "another version": { ...good, version: 3 },
    "a name that is not text": { ...good, student: { name: 42 } },
    "an assignment without a title": { ...good, assignment: { link: "x" } },
    "a bad casus id": { ...good, casussen: { "<script>": good.casussen["rondom-milan"] } },
    "an unknown result": { ...good, casussen: { "rondom-milan": { ...good.casussen["rondom-milan"], results: { q1: "maybe" } } } },
  };
  for (const [what, data] of Object.entries(broken)) {
    assert.notDeepEqual(validate(schema, data), [], `schema accepts ${what}`);
    assert.notEqual(parseExport(JSON.stringify(data)).error, null, `browser code accepts ${what}`);
  }
});
