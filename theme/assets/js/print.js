// Printing. Buttons with data-print open the print dialog; on a casus data-print="met" or "zonder" chooses whether
// the answer keys are printed. A closed <details> cannot be opened by CSS (and before a first check the casus
// hides it), so they are shown and opened just before printing and put back as they were after. A page's data-running-title goes to the top margin of every printed page.

const WITH_ANSWERS = "met";

export function initPrint(root) {
  const titled = root.querySelector("[data-running-title]");
  if (titled) root.documentElement.style.setProperty("--running-title", JSON.stringify(titled.dataset.runningTitle));

  const buttons = root.querySelectorAll("button[data-print]");
  if (buttons.length === 0) return;
  let choice = "";
  let opened = [];
  for (const button of buttons) {
    button.addEventListener("click", () => {
      choice = button.dataset.print;
      window.print();
    });
  }
  window.addEventListener("beforeprint", () => {
    if (!choice) return;
    root.documentElement.dataset.printAnswers = choice;
    if (choice === WITH_ANSWERS) {
      opened = [...root.querySelectorAll("details.answer")].map((details) => ({ details, open: details.open, hidden: details.hidden }));
      for (const { details } of opened) {
        details.hidden = false;
        details.open = true;
      }
    }
  });
  window.addEventListener("afterprint", () => {
    for (const { details, open, hidden } of opened) {
      details.open = open;
      details.hidden = hidden;
    }
    opened = [];
    choice = "";
    delete root.documentElement.dataset.printAnswers;
  });
}
