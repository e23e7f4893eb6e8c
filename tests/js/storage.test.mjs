import { test } from "node:test";
import assert from "node:assert/strict";
import { emptyStore, parseStore, validateStore } from "../../theme/assets/js/storage.js";

const store = (casussen) => ({ version: 1, casussen });
const record = { version: "v1", updated: "2026-01-01T00:00:00Z", answers: { q1: { kind: "single", value: ["1"], text: "B", prompt: "Vraag" } }, results: { q1: "correct" } };

test("an empty store and a well-formed store are valid", () => {
  assert.equal(validateStore(emptyStore()), null);
  assert.equal(validateStore(store({ "rondom-milan": record })), null);
});

test("an unknown version, an extra key or a bad id is refused with a Dutch message", () => {
  assert.match(validateStore({ version: 2, casussen: {} }), /onbekende versie/);
  assert.match(validateStore({ version: 1, casussen: {}, extra: 1 }), /niet de vorm/);
  assert.match(validateStore(store({ "Rondom Milan": record })), /ongeldige casuscode/);
});

test("text that is not JSON is refused, never thrown", () => {
  assert.deepEqual(parseStore("{nee"), { store: null, error: "Dit is geen geldig bestand met antwoorden (het is geen JSON)." });
});
