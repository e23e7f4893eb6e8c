// The shapes that data from outside (localStorage, an import file, a link's fragment) must have: one place.

/** A casus or question id, as the site writes it. */
export const ID = /^[a-z0-9-]{1,80}$/;

/** @returns {boolean} whether v is a plain object such as JSON.parse makes (not null, not an array) */
export const isObject = (v) => v !== null && typeof v === "object" && !Array.isArray(v)
  && Object.getPrototypeOf(v) === Object.prototype;
