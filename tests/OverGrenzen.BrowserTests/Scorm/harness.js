// A minimal LMS for the browser tests: a SCORM 1.2 API as window.API and the SCO in an iframe, as an LMS player does.
// ?launch=<file in the package>  the page to start
// &cmi=<json>                     data the LMS has for this learner (mastery score, an earlier suspend_data)
// &mode=failing                   an API whose every call fails, instead of scorm-again's Scorm12API
const params = new URLSearchParams(location.search);
window.lmsFinished = false;
window.lmsCalls = [];

if (params.get("mode") === "failing") {
  const refuse = (name) => () => { window.lmsCalls.push(name); return "false"; };
  window.API = {
    LMSInitialize: refuse("LMSInitialize"), LMSFinish: refuse("LMSFinish"), LMSSetValue: refuse("LMSSetValue"),
    LMSCommit: refuse("LMSCommit"), LMSGetValue: () => "", LMSGetLastError: () => "101",
    LMSGetErrorString: () => "General exception", LMSGetDiagnostic: () => "",
  };
} else {
  window.API = new Scorm12API({ logLevel: 5 });
  if (params.get("cmi")) window.API.loadFromJSON(JSON.parse(params.get("cmi")));
  window.API.on("LMSFinish", () => { window.lmsFinished = true; });
}

/** What the LMS has stored, write-only elements included (as an LMS would save it). */
window.lmsData = () => JSON.parse(JSON.stringify(window.API.cmi));

addEventListener("DOMContentLoaded", () => { document.getElementById("sco").src = params.get("launch"); });
