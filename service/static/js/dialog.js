// One accessible modal question (a native <dialog> as an alertdialog: focus stays inside it, Escape cancels,
// focus returns to where it was) for the actions a clerk cannot take back.

import { $, h } from "./util.js";

/**
 * Ask the clerk to choose. `choices` are {value, label, kind} ("danger" or "primary" for the look); the
 * cancel button comes first and has the focus, so Enter or Escape never destroys anything.
 * Resolves with the chosen value, or null when the clerk cancels.
 */
export function choose({ title, message, choices, cancel = "Hủy" }) {
  const dialog = $("#choice-dialog");
  const back = document.activeElement;
  $("#choice-title").textContent = title;
  $("#choice-message").replaceChildren(...[].concat(message).map((text) => h("p", { text })));
  const cancelButton = h("button", { type: "submit", value: "", class: "ghost", text: cancel });
  $("#choice-actions").replaceChildren(cancelButton, ...choices.map((choice) =>
    h("button", { type: "submit", value: choice.value, class: choice.kind || "", text: choice.label })));
  dialog.returnValue = "";
  return new Promise((resolve) => {
    dialog.addEventListener("close", () => {
      const value = dialog.returnValue || null;
      if (value === null && back && back.isConnected) back.focus();
      resolve(value);
    }, { once: true });
    dialog.showModal();
    cancelButton.focus();
  });
}
