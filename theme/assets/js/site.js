// Entry point, loaded as a module on every page. What every page runs is imported here; every other feature
// is a module of its own, loaded only on a page that has that feature's markup.

import { initNav } from "./nav.js";
import { initDisclosures } from "./disclosures.js";
import { initOffline } from "./offline.js";
import { startFeatures } from "./start.js";

/**
 * A feature loaded on demand: when the page has `selector`, its module is imported and `name` run. Named after
 * that init, for start.js's error message.
 * @param {string} selector
 * @param {() => Promise<Record<string, (root: Document) => void>>} load
 * @param {string} name
 */
const onDemand = (selector, load, name) => ({
  async [name](root) {
    if (root.querySelector(selector)) (await load())[name](root);
  },
})[name];

// The one list of "this page has feature X". Each selector is the markup the module's init looks for first
// (that check stays, so an init given the document still works anywhere). The page-weight test
// (PageWeightTests.cs) reads this list from the built site.js: keep one onDemand(...) per line, with the
// selector in double quotes and a literal import path.
const features = [
  initNav,
  initDisclosures,
  onDemand("article[data-casus]", () => import("./exercises.js"), "initExercises"),
  onDemand("article[data-route], [data-casus-card]", () => import("./routes.js"), "initRoutes"),
  onDemand("form[data-filter-list]", () => import("./filters.js"), "initFilters"),
  onDemand("[data-my-answers]", () => import("./answers.js"), "initAnswers"),
  onDemand("form[data-make-assignment], [data-assignment]", () => import("./assignment.js"), "initAssignment"),
  onDemand("[data-search-page]", () => import("./search.js"), "initSearch"),
  onDemand("article[data-classroom]", () => import("./classroom.js"), "initClassroom"),
  initOffline,
  onDemand("[data-offline-page], [data-offline-route]", () => import("./offline-routes.js"), "initOfflineRoutes"),
  onDemand("[data-running-title], button[data-print]", () => import("./print.js"), "initPrint"),
  // Every page has the banner's element; early.js adds the class when this page is a step of the opened assignment.
  onDemand("html.has-assignment-banner [data-assignment-banner]", () => import("./assignment-banner.js"), "initAssignmentBanner"),
  onDemand("[data-class-overview]", () => import("./class-overview.js"), "initClassOverview"),
];

startFeatures(features);
