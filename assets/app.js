// Small enhancements only: every page works without this file.
(function () {
  "use strict";

  // Move focus to the error summary so screen-reader and keyboard users hear what went wrong.
  var summary = document.querySelector(".error-summary");
  if (summary) {
    summary.focus();
  }

  // A second click on a submit button while the first request is in flight sends nothing more.
  // The server is idempotent anyway; this only saves a confusing wait.
  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (form.dataset.submitted === "true") {
      event.preventDefault();
      return;
    }
    form.dataset.submitted = "true";
    window.setTimeout(function () { form.dataset.submitted = "false"; }, 10000);
  });

  // A table wider than the screen scrolls inside its wrapper; keyboard users need to be able to
  // reach it to scroll it, and screen readers need its name. Only wrappers that really scroll
  // become focusable, so no empty tab stops are added on wide screens.
  function makeScrollableTablesReachable() {
    var wrappers = document.querySelectorAll(".table-wrapper");
    for (var i = 0; i < wrappers.length; i++) {
      var wrapper = wrappers[i];
      if (wrapper.scrollWidth > wrapper.clientWidth + 1) {
        if (!wrapper.hasAttribute("tabindex")) {
          var caption = wrapper.querySelector("caption");
          wrapper.setAttribute("tabindex", "0");
          wrapper.setAttribute("role", "region");
          wrapper.setAttribute("aria-label", caption ? caption.textContent.trim() : "Table");
          wrapper.dataset.madeReachable = "true";
        }
      } else if (wrapper.dataset.madeReachable === "true") {
        wrapper.removeAttribute("tabindex");
        wrapper.removeAttribute("role");
        wrapper.removeAttribute("aria-label");
        delete wrapper.dataset.madeReachable;
      }
    }
  }
  makeScrollableTablesReachable();
  window.addEventListener("resize", makeScrollableTablesReachable);

  // Buttons that ask for confirmation before a step that cannot be undone.
  document.addEventListener("click", function (event) {
    var button = event.target.closest("[data-confirm]");
    if (button && !window.confirm(button.getAttribute("data-confirm"))) {
      event.preventDefault();
    }
  });

  // Questions that apply to some kinds of group only (`data-unless-kind`): hidden while the
  // kind they do not apply to is chosen. Without this file they are shown, with the condition in
  // their legend.
  function showQuestionsForKind() {
    var chosen = document.querySelector("input[name=kind]:checked");
    var parts = document.querySelectorAll("[data-unless-kind]");
    for (var i = 0; i < parts.length; i++) {
      parts[i].hidden = !!chosen && chosen.value === parts[i].getAttribute("data-unless-kind");
    }
  }
  document.addEventListener("change", function (event) {
    if (event.target.name === "kind") {
      showQuestionsForKind();
    }
  });
  showQuestionsForKind();
})();
