// <details data-open-when="(media query)">: open while the query matches and closed below it (the
// on-page contents from 1100 px, the casus filters above phone width). site.css shows the content
// at those widths before this runs; this keeps the open state, and so screen readers, in step.

/**
 * @param {ParentNode} [root]
 */
export function initDisclosures(root = document) {
  for (const details of root.querySelectorAll("details[data-open-when]")) {
    const wide = window.matchMedia(details.dataset.openWhen);
    const summary = details.querySelector("summary");
    const sync = () => {
      details.open = wide.matches;
      // Where it is always open, its summary is a label, not a control.
      if (wide.matches) summary?.setAttribute("tabindex", "-1");
      else summary?.removeAttribute("tabindex");
    };
    sync();
    wide.addEventListener("change", sync);
    details.addEventListener("toggle", () => { if (wide.matches && !details.open) details.open = true; });
  }
}
