// Entry point, loaded as a module on every page. Each feature checks for its own markup.

import { initNav } from "./nav.js";
import { initExercises } from "./exercises.js";
import { initRoutes } from "./routes.js";
import { initFilters } from "./filters.js";
import { initAnswers } from "./answers.js";
import { initAssignment } from "./assignment.js";
import { initSearch } from "./search.js";
import { initClassroom } from "./classroom.js";
import { initDisclosures } from "./disclosures.js";
import { initAssignmentBanner } from "./assignment-banner.js";
import { initClassOverview } from "./class-overview.js";

const features = [initNav, initDisclosures, initExercises, initRoutes, initFilters, initAnswers, initAssignment, initSearch, initClassroom, initAssignmentBanner, initClassOverview];

function start() {
  // early.js sets this before the first paint; set here too in case that script did not load.
  document.documentElement.classList.add("js");
  for (const init of features) {
    try {
      init(document);
    } catch (error) {
      // One broken feature must not stop the others; the error still shows in the console.
      console.error(`Over grenzen: ${init.name} mislukt`, error);
    }
  }
  document.documentElement.dataset.ready = "true";
}

if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start, { once: true });
else start();
