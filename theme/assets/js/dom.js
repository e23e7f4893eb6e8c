// Tiny helpers to build DOM from text: never parses HTML.

/**
 * Creates an element. Strings among the children become text nodes; null/false children are skipped.
 * @param {string} tag
 * @param {Object<string, string|null|undefined>} [attributes] "class" sets className
 * @param {...(Node|string|null|false|Array)} children
 * @returns {HTMLElement}
 */
export function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === null || value === undefined) continue;
    if (name === "class") element.className = value;
    else element.setAttribute(name, value);
  }
  element.append(...children.flat().filter((c) => c !== null && c !== undefined && c !== false));
  return element;
}

/**
 * Text with line breaks as nodes: lines separated by <br>.
 * @param {string} text
 * @returns {(string|HTMLElement)[]}
 */
export function lines(text) {
  return text.split("\n").flatMap((line, i) => (i ? [h("br"), line] : [line]));
}

/**
 * A date as Dutch text, e.g. "3 maart 2025".
 * @param {Date} date
 * @param {string} [timeZone] e.g. "UTC" for dates without a time
 * @returns {string}
 */
export function dutchDate(date, timeZone) {
  return new Intl.DateTimeFormat("nl-NL", { day: "numeric", month: "long", year: "numeric", timeZone }).format(date);
}
