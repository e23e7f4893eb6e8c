// Test support: a validator for exactly the JSON Schema (2020-12) keywords that
// theme/assets/schemas/antwoorden.schema.json uses. The schema test fails when the schema starts to use
// a keyword this file does not know, so it can never silently skip a rule.

export const KEYWORDS = new Set([
  "$schema", "$id", "$ref", "$defs", "title", "description", "type", "const", "enum", "oneOf",
  "properties", "required", "additionalProperties", "propertyNames", "maxProperties",
  "items", "maxItems", "pattern", "maxLength", "minimum", "maximum",
]);

/** @returns {string[]} every keyword used anywhere in the schema */
export function keywordsIn(schema) {
  if (Array.isArray(schema)) return schema.flatMap(keywordsIn);
  if (schema === null || typeof schema !== "object") return [];
  return Object.entries(schema).flatMap(([key, value]) => {
    const inner = key === "properties" || key === "$defs" ? Object.values(value).flatMap(keywordsIn) : keywordsIn(value);
    return key === "const" || key === "enum" ? [key] : [key, ...inner];
  });
}

const typeOf = (v) => (v === null ? "null" : Array.isArray(v) ? "array" : Number.isInteger(v) ? "integer" : typeof v);

/**
 * @returns {string[]} the errors, with the JSON path where each was found (empty: valid)
 */
export function validate(schema, value, root = schema, path = "$") {
  if (schema.$ref) {
    const target = schema.$ref.replace(/^#\//, "").split("/").reduce((node, key) => node[key], root);
    return validate(target, value, root, path);
  }
  const errors = [];
  const fail = (message) => errors.push(`${path}: ${message}`);
  if (schema.type && !(schema.type === typeOf(value) || (schema.type === "number" && typeof value === "number"))) fail(`expected ${schema.type}`);
  if ("const" in schema && value !== schema.const) fail(`expected ${JSON.stringify(schema.const)}`);
  if (schema.enum && !schema.enum.includes(value)) fail("not one of the allowed values");
  if (schema.oneOf) {
    const passing = schema.oneOf.filter((s) => validate(s, value, root, path).length === 0).length;
    if (passing !== 1) fail(`matches ${passing} of oneOf, expected 1`);
  }
  if (typeof value === "string") {
    if (schema.maxLength !== undefined && [...value].length > schema.maxLength) fail("too long");
    if (schema.pattern && !new RegExp(schema.pattern, "u").test(value)) fail(`does not match ${schema.pattern}`);
  }
  if (typeof value === "number") {
    if (schema.minimum !== undefined && value < schema.minimum) fail("too small");
    if (schema.maximum !== undefined && value > schema.maximum) fail("too large");
  }
  if (Array.isArray(value)) {
    if (schema.maxItems !== undefined && value.length > schema.maxItems) fail("too many items");
    if (schema.items) value.forEach((item, i) => errors.push(...validate(schema.items, item, root, `${path}[${i}]`)));
  }
  if (typeOf(value) === "object") {
    const keys = Object.keys(value);
    if (schema.maxProperties !== undefined && keys.length > schema.maxProperties) fail("too many properties");
    for (const key of schema.required ?? []) if (!keys.includes(key)) fail(`missing ${key}`);
    for (const key of keys) {
      const child = `${path}.${key}`;
      if (schema.propertyNames) errors.push(...validate(schema.propertyNames, key, root, `${child} (name)`));
      if (schema.properties && key in schema.properties) errors.push(...validate(schema.properties[key], value[key], root, child));
      else if (schema.additionalProperties === false) fail(`unexpected property ${key}`);
      else if (typeof schema.additionalProperties === "object") errors.push(...validate(schema.additionalProperties, value[key], root, child));
    }
  }
  return errors;
}
