// Filters for lists of cards (CasussenOverview.razor, LessonsView.razor), kept in the URL query.

/** Form field name → URL parameter (Dutch) and how a list entry matches it. */
const FIELDS = {
  audience: { param: "doelgroep", matches: (el, v) => tokens(el.dataset.audience).includes(v) },
  category: { param: "categorie", matches: (el, v) => tokens(el.dataset.category).includes(v) },
  duration: { param: "duur", matches: (el, v) => Number(el.dataset.duration) <= Number(v) },
};

const NOUNS = {
  aanbeveling: ["aanbeveling", "aanbevelingen"],
  casus: ["casus", "casussen"],
};

const tokens = (value) => (value ?? "").split(/\s+/).filter(Boolean);

/** Current value of each known field that the form has ("" = no filter). */
function readForm(form) {
  const values = {};
  for (const name of Object.keys(FIELDS)) {
    const fields = [...form.elements].filter((el) => el.name === name);
    if (!fields.length) continue;
    const chosen = fields.find((el) => el.tagName === "SELECT" || el.checked);
    values[name] = chosen?.value ?? "";
  }
  return values;
}

/** Sets a field to a value from the URL, only when the form offers that value. */
function setField(form, name, value) {
  for (const el of [...form.elements].filter((e) => e.name === name)) {
    if (el.tagName === "SELECT") {
      if ([...el.options].some((o) => o.value === value)) el.value = value;
    } else if (el.type === "radio" && el.value === value) {
      el.checked = true;
    }
  }
}

/** Entries of the list: each counts as one, or a group counts its items. */
function entryCount(entry) {
  return entry.classList.contains("recommendation-group") ? entry.querySelectorAll("li").length : 1;
}

function apply(form, list, countBox) {
  const values = readForm(form);
  const active = Object.entries(values).filter(([, v]) => v !== "");
  let count = 0;
  for (const entry of list.children) {
    const visible = active.every(([name, value]) => FIELDS[name].matches(entry, value));
    entry.hidden = !visible;
    if (visible) count += entryCount(entry);
  }
  if (countBox) {
    const kind = list.querySelector(".recommendation-group") ? "aanbeveling" : "casus";
    const [one, many] = NOUNS[form.dataset.filterNoun] ?? NOUNS[kind];
    countBox.textContent = `${count} ${count === 1 ? one : many}`;
  }
  return values;
}

function writeUrl(values) {
  const url = new URL(window.location.href);
  for (const [name, value] of Object.entries(values)) {
    if (value) url.searchParams.set(FIELDS[name].param, value);
    else url.searchParams.delete(FIELDS[name].param);
  }
  if (url.href !== window.location.href) history.replaceState(history.state, "", url);
}

/**
 * Enhances every `form[data-filter-list]`: the attribute names the id of the list it filters.
 * @param {ParentNode} [root]
 */
export function initFilters(root = document) {
  for (const form of root.querySelectorAll("form[data-filter-list]")) {
    const list = document.getElementById(form.dataset.filterList);
    if (!list) continue;
    const countBox = form.querySelector("[data-filter-count]");
    const params = new URLSearchParams(window.location.search);
    for (const [name, field] of Object.entries(FIELDS)) {
      const value = params.get(field.param);
      if (value !== null) setField(form, name, value);
    }
    apply(form, list, countBox);
    form.addEventListener("change", () => writeUrl(apply(form, list, countBox)));
    form.addEventListener("submit", (event) => event.preventDefault());
  }
}
