import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { makeExport, parseExport } from "../../theme/assets/js/export-format.js";

const sample = (name) => readFileSync(new URL(`./exports/${name}`, import.meta.url), "utf8");

test("a version 2 export with name, student number and assignment reads back", () => {
  const { data, error } = parseExport(sample("v2-met-naam.json"));
  assert.equal(error, null);
  assert.equal(data.version, 2);
  assert.deepEqual(data.student, { name: "Sam de Vries", number: "500123" });
  assert.equal(data.assignment.title, "Week 3 pabo");
  assert.ok(data.casussen["rondom-milan"]);
});

test("an export without name or assignment is valid: they are optional", () => {
  const { data, error } = parseExport(sample("v2-zonder-naam.json"));
  assert.equal(error, null);
  assert.deepEqual(data.student, { name: "", number: "" });
  assert.equal(data.assignment, null);
});

test("an old export (version 1, the store itself) still imports", () => {
  const { data, error } = parseExport(sample("v1-oud.json"));
  assert.equal(error, null);
  assert.equal(data.version, 1);
  assert.equal(Object.keys(data.casussen).length, 1);
});

test("a damaged file, another version and a stranger's JSON are refused with a reason", () => {
  assert.match(parseExport(sample("v2-met-naam.json").slice(0, 200)).error, /geen JSON/);
  assert.match(parseExport(JSON.stringify({ format: "overgrenzen-antwoorden", version: 3, casussen: {} })).error, /andere versie/);
  assert.match(parseExport(JSON.stringify({ hello: "world" })).error, /niet de vorm/);
});

test("makeExport writes what parseExport reads, and leaves out empty name and assignment", () => {
  const store = JSON.parse(sample("v1-oud.json"));
  const now = new Date("2026-03-01T10:00:00.000Z");
  const bare = makeExport(store, { now });
  assert.deepEqual(Object.keys(bare), ["format", "version", "exported", "casussen"]);
  const full = makeExport(store, { student: { name: "Sam", number: "1" }, assignment: { title: "Week 3", link: "https://x/opdracht/#v2&t=Week%203&s=a" }, now });
  const { data, error } = parseExport(JSON.stringify(full));
  assert.equal(error, null);
  assert.deepEqual(data.student, { name: "Sam", number: "1" });
  assert.equal(data.assignment.title, "Week 3");
});
