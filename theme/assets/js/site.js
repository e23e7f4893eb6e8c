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
import { initOffline } from "./offline.js";
import { initPrint } from "./print.js";
import { initAssignmentBanner } from "./assignment-banner.js";
import { initClassOverview } from "./class-overview.js";
import { startFeatures } from "./start.js";

const features = [initNav, initDisclosures, initExercises, initRoutes, initFilters, initAnswers, initAssignment, initSearch, initClassroom, initOffline, initPrint, initAssignmentBanner, initClassOverview];

startFeatures(features);
