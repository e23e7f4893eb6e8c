// Entry point of the pages inside a SCORM package (ScormStep): only what a packaged page can use. The site's
// navigation, search and overviews are not in the package.

import { initExercises } from "./exercises.js";
import { initRoutes } from "./routes.js";
import { initDisclosures } from "./disclosures.js";
import { startFeatures } from "./start.js";

startFeatures([initDisclosures, initExercises, initRoutes]);
