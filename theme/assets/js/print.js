// Printing. Buttons with data-print open the print dialog; on a casus data-print="met" or "zonder" chooses whether
// the answer keys are printed. A closed <details> cannot be opened by CSS, so they are opened just before
// printing and closed again after. A page's data-running-title goes to the top margin of every printed page.

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
      opened = [...root.querySelectorAll("details.answer:not([open])")];
      for (const details of opened) details.open = true;
    }
  });
  window.addEventListener("afterprint", () => {
    for (const details of opened) details.open = false;
    opened = [];
    choice = "";
    delete root.documentElement.dataset.printAnswers;
  });
}
