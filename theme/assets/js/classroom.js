// Classroom mode (ClassroomContent.razor): one slide a screen, previous/next by button or arrow key.
// Answers open with their own "Toon antwoord"; nothing is stored.

/**
 * @param {ParentNode} [root]
 */
export function initClassroom(root = document) {
  const article = root.querySelector("article[data-classroom]");
  const slides = article ? [...article.querySelectorAll("[data-slide]")] : [];
  if (!slides.length) return;
  const previous = article.querySelector("[data-slide-previous]");
  const next = article.querySelector("[data-slide-next]");
  const position = article.querySelector("[data-slide-position]");
  let current = 0;

  const go = (index, focus) => {
    current = Math.max(0, Math.min(slides.length - 1, index));
    slides.forEach((slide, i) => { slide.hidden = i !== current; });
    const heading = slides[current].querySelector("h2");
    if (position) position.textContent = `${heading?.textContent ?? ""} (scherm ${current + 1} van ${slides.length})`;
    // aria-disabled, not disabled: a disabled button would drop the keyboard focus.
    previous?.setAttribute("aria-disabled", String(current === 0));
    next?.setAttribute("aria-disabled", String(current === slides.length - 1));
    if (focus) heading?.focus();
  };

  previous?.addEventListener("click", () => go(current - 1, false));
  next?.addEventListener("click", () => go(current + 1, false));
  document.addEventListener("keydown", (event) => {
    if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    if (event.target.closest?.("input, textarea, select, [contenteditable]")) return;
    if (event.key === "ArrowRight" || event.key === "PageDown") {
      event.preventDefault();
      go(current + 1, true);
    } else if (event.key === "ArrowLeft" || event.key === "PageUp") {
      event.preventDefault();
      go(current - 1, true);
    }
  });
  article.classList.add("is-stepping");
  go(0, false);
}
