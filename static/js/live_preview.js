// Live preview of a page's Markdown fields (introduction, section bodies, FAQ answers): when the editor
// pauses typing, the field's copy as patients will see it appears below the field. An enhancement only:
// the form's Preview button shows the same without JavaScript. Focus never moves, and one polite status
// message says which preview changed, once per pause rather than on every key.
(function () {
  "use strict";

  var PAUSE_MS = 700;
  var script = document.currentScript;
  var url = script && script.getAttribute("data-preview-url");

  function fieldName(field) {
    var label = document.querySelector("label[for='" + field.id + "']");
    var name = label ? label.textContent.replace(/:\s*$/, "").trim() : "field";
    var row = field.closest(".inline-related");
    var title = row && row.querySelector("h3 .inline_label");
    return title ? name + " of " + title.textContent.trim() : name;
  }

  function previewBox(field) {
    var id = field.id + "_live_preview";
    var box = document.getElementById(id);
    if (box) return box;
    box = document.createElement("div");
    box.id = id;
    box.className = "live-preview";
    var label = document.createElement("p");
    label.className = "live-preview-label";
    label.textContent = "Preview as patients will see it (not saved):";
    var copy = document.createElement("div");
    copy.className = "prose live-preview-copy";
    var problem = document.createElement("p");
    problem.className = "live-preview-problem";
    problem.hidden = true;
    box.append(label, copy, problem);
    (field.closest(".flex-container") || field.parentNode).appendChild(box);
    return box;
  }

  function start() {
    var form = document.querySelector("#content-main form");
    var token = form && form.querySelector("input[name=csrfmiddlewaretoken]");
    if (!url || !token) return;

    var status = document.createElement("p");
    status.className = "visually-hidden";
    status.setAttribute("role", "status");
    status.setAttribute("aria-live", "polite");
    form.prepend(status);

    function announce(message) {
      // Emptied first, so that the same words said twice are read twice.
      status.textContent = "";
      window.setTimeout(function () { status.textContent = message; }, 100);
    }

    var states = new WeakMap();

    function show(field, state, html, problemText) {
      var box = previewBox(field);
      var problem = box.querySelector(".live-preview-problem");
      if (problemText !== null) {
        problem.textContent = problemText;
        problem.hidden = false;
        announce("The preview of " + fieldName(field) + " could not be updated.");
        state.html = null;
        return;
      }
      problem.hidden = true;
      if (html === state.html) return;
      state.html = html;
      // The server's HTML is sanitized exactly as the public page's (procedures/markdown.py).
      box.querySelector(".live-preview-copy").innerHTML = html || "<p>(Nothing typed yet.)</p>";
      announce("Preview of " + fieldName(field) + " updated below it.");
    }

    function refresh(field, state) {
      var number = ++state.sent;
      var body = new FormData();
      body.append("markdown", field.value);
      fetch(url, {
        method: "POST",
        body: body,
        credentials: "same-origin",
        headers: {"X-CSRFToken": token.value, "Accept": "application/json"}
      }).then(function (response) {
        return response.json().catch(function () { return {}; }).then(function (data) {
          if (!response.ok || typeof data.html !== "string") {
            throw new Error(data.error || "Perhaps you were logged out: your text is safe in the field.");
          }
          return data.html;
        });
      }).then(function (html) {
        if (number < state.shown) return;
        state.shown = number;
        show(field, state, html, null);
      }, function (error) {
        if (number < state.shown) return;
        state.shown = number;
        show(field, state, null, "The preview could not be updated. " + error.message +
          " The Preview button still shows the whole page.");
      });
    }

    form.addEventListener("input", function (event) {
      var field = event.target;
      if (!field.matches("textarea[data-live-preview]")) return;
      var state = states.get(field);
      if (!state) {
        state = {timer: 0, sent: 0, shown: 0, html: null};
        states.set(field, state);
      }
      window.clearTimeout(state.timer);
      state.timer = window.setTimeout(function () { refresh(field, state); }, PAUSE_MS);
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
