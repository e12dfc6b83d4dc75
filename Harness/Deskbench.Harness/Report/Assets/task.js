// Deskbench report: the trajectory viewer of a task page, built from the page's .data.js (window.DESKBENCH_TASK).
// Everything from results is put in the page with textContent, never as HTML.
(function () {
  "use strict";
  var steps = (window.DESKBENCH_TASK || { steps: [] }).steps;
  var current = 0;
  var shot = document.getElementById("shot");
  var caption = document.getElementById("shot-caption");
  var label = document.getElementById("step-label");
  var prev = document.getElementById("prev-step");
  var next = document.getElementById("next-step");
  var list = document.getElementById("step-list");

  function text(id, value) { document.getElementById(id).textContent = value === null || value === undefined ? "" : value; }

  function show(index) {
    if (steps.length === 0) {
      prev.disabled = true;
      next.disabled = true;
      return;
    }
    current = Math.max(0, Math.min(steps.length - 1, index));
    var step = steps[current];
    label.textContent = "line " + (current + 1) + " of " + steps.length + " · step " + step.step + (step.done ? " · done" : "");
    if (step.shot) {
      shot.hidden = false;
      shot.src = step.shot;
      caption.textContent = step.time ? "after the action at " + step.time : "";
    } else {
      shot.hidden = true;
      shot.removeAttribute("src");
      caption.textContent = "no screenshot for this line";
    }
    text("step-response", step.response);
    text("step-action", step.action);
    text("step-info", step.info);
    text("step-error", step.error);
    document.getElementById("step-info-block").hidden = !step.info;
    document.getElementById("step-error-block").hidden = !step.error;
    prev.disabled = current === 0;
    next.disabled = current === steps.length - 1;
    Array.prototype.forEach.call(list.children, function (item, i) { item.classList.toggle("current", i === current); });
  }

  steps.forEach(function (step, i) {
    var item = document.createElement("li");
    var title = document.createElement("div");
    title.textContent = "step " + step.step + (step.error ? " · error" : "") + (step.done ? " · done" : "");
    var action = document.createElement("div");
    action.className = "step-action";
    var actionText = step.error || step.action || "";
    action.textContent = actionText.length > 200 ? actionText.slice(0, 199) + "…" : actionText;
    item.appendChild(title);
    item.appendChild(action);
    item.addEventListener("click", function () { show(i); });
    list.appendChild(item);
  });

  prev.addEventListener("click", function () { show(current - 1); });
  next.addEventListener("click", function () { show(current + 1); });
  document.addEventListener("keydown", function (event) {
    if (event.key === "ArrowLeft") { show(current - 1); }
    if (event.key === "ArrowRight") { show(current + 1); }
  });
  show(0);
}());
