import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { emptyResults, addExport } from "../../theme/assets/js/class-results.js";
import { makeExport } from "../../theme/assets/js/export-format.js";

const sample = (name) => readFileSync(new URL(`./exports/${name}`, import.meta.url), "utf8");

test("valid exports are counted per question and choice; a damaged file is skipped with its reason", () => {
  const results = emptyResults();
  addExport(results, "sam.json", sample("v2-met-naam.json"));
  addExport(results, "anoniem.json", sample("v2-zonder-naam.json"));
  addExport(results, "kapot.json", "{\"format\": \"overgrenzen-antw");
  assert.equal(results.counted.length, 2);
  assert.deepEqual(results.skipped.map((s) => s.file), ["kapot.json"]);
  assert.match(results.skipped[0].reason, /geen JSON/);
  const q1 = results.tallies.get("rondom-milan").get("q1");
  assert.equal(q1.answered, 2);
  assert.equal(q1.firstKnown, 2);
  assert.equal(q1.firstCorrect, 1);
  assert.deepEqual(Object.fromEntries(q1.choices), { 1: 1, 0: 1 });
  const q2 = results.tallies.get("rondom-milan").get("q2");
  assert.deepEqual(q2.open.map((a) => a.name), ["Sam de Vries, 500123", "anoniem.json"]);
  assert.deepEqual([...results.assignments], ["Week 3 pabo"]);
});

test("an old export counts, with its first attempt unknown", () => {
  const results = emptyResults();
  addExport(results, "oud.json", sample("v1-oud.json"));
  const q1 = results.tallies.get("rondom-milan").get("q1");
  assert.equal(q1.answered, 1);
  assert.equal(q1.firstKnown, 0);
});

/** An export of a student who did every casus of a full route (9 steps, 5 casussen, 6 questions each). */
function fullRouteExport(student) {
  const casussen = {};
  for (let c = 0; c < 5; c++) {
    const answers = {};
    const results = {};
    for (let q = 0; q < 6; q++) {
      const open = q === 5;
      answers[`vraag-${q}`] = open
        ? { kind: "open", value: `Antwoord van student ${student} op vraag ${q}: `.repeat(8), text: "…", prompt: "Wat zou jij doen, en waarom? ".repeat(4), attempts: 1 }
        : { kind: "single", value: [String((student + q) % 4)], text: "Een keuze uit de lijst", prompt: "Welke vorm van samenwerking zie je hier? ".repeat(3), attempts: 2, firstCorrect: student % 3 === 0 };
      results[`vraag-${q}`] = open ? "open" : "correct";
    }
    casussen[`casus-${c}`] = { version: "abc123", updated: "2026-03-01T09:00:00.000Z", answers, results };
  }
  const data = makeExport({ version: 1, casussen }, { student: { name: `Student ${student}`, number: String(500000 + student) }, assignment: { title: "Leerroute pabo" } });
  return JSON.stringify(data, null, 2);
}

test("measure: 200 exports of a full route are read and summed up (figure printed, not asserted)", (t) => {
  const files = Array.from({ length: 200 }, (_, i) => fullRouteExport(i));
  const bytes = files.reduce((sum, f) => sum + f.length, 0);
  const started = performance.now();
  const results = emptyResults();
  files.forEach((text, i) => addExport(results, `student-${i}.json`, text));
  const ms = performance.now() - started;
  assert.equal(results.counted.length, 200);
  t.diagnostic(`200 exports (${Math.round(bytes / 1024)} kB) read in ${ms.toFixed(1)} ms`);
  console.log(`[meting] klasoverzicht: 200 exports van een volledige leerroute (${Math.round(bytes / 1024)} kB) gelezen in ${ms.toFixed(1)} ms`);
});
