// Work mode's keyboard shortcuts: a progressive enhancement, since every button and link works without it.
// 1-3 and 7 record an outcome at once; 4-6 move to that outcome's details, where Enter records it;
// N opens the next request. Keys typed into a field are the field's, never a shortcut.
(function () {
  "use strict";

  // Fields that take typed keys; a checkbox or a button leaves them to the shortcuts.
  var TYPED = "textarea, select, [contenteditable], input:not([type=checkbox]):not([type=radio])" +
    ":not([type=submit]):not([type=button]):not([type=hidden])";

  function typing(element) {
    return element && element.closest && element.closest(TYPED);
  }

  function start() {
    var shortcuts = {};
    document.querySelectorAll("[data-shortcut]").forEach(function (element) {
      var key = element.getAttribute("data-shortcut").toLowerCase();
      shortcuts[key] = element;
      element.setAttribute("aria-keyshortcuts", key.toUpperCase());
      var hint = element.querySelector(".work-key");
      if (hint) hint.hidden = false;
    });
    document.querySelectorAll(".work-hint").forEach(function (hint) { hint.hidden = false; });

    var summary = document.getElementById("error-summary");
    if (summary) summary.focus();

    document.addEventListener("keydown", function (event) {
      if (event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
      if (event.key === "Enter" && typing(event.target) && event.target.tagName !== "TEXTAREA") {
        // Enter in an outcome's details records that outcome, not the form's first button.
        var detail = event.target.closest("fieldset.work-detail");
        var form = event.target.closest("#outcome-form");
        if (form) {
          event.preventDefault();
          if (detail) detail.querySelector("button[type=submit]").click();
        }
        return;
      }
      if (event.key === "Escape" && typing(event.target)) {
        // Leave the field, so the next key is a shortcut again.
        event.target.blur();
        return;
      }
      if (typing(event.target)) return;
      var target = shortcuts[event.key.toLowerCase()];
      if (!target) return;
      event.preventDefault();
      var details = target.closest("fieldset.work-detail");
      var first = details && details.querySelector("input, select, textarea");
      if (first) {
        first.focus();
      } else {
        target.click();
      }
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
