// serve only (never in build output): reload after a good rebuild, show the errors of a failed one.
import { showErrors } from "./error-overlay.js";

const events = new EventSource("/__serve/events");
events.addEventListener("reload", () => location.reload());
events.addEventListener("errors", (event) => showErrors(JSON.parse(event.data)));
