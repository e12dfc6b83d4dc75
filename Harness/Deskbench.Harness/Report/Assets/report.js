// Deskbench report: the task list of index.html, built from data/index.js (window.DESKBENCH_INDEX).
// Everything from results is put in the page with textContent, never as HTML.
(function () {
  "use strict";
  var data = window.DESKBENCH_INDEX || { runs: [], tasks: [] };
  var RUN = 0, DOMAIN = 1, TASK = 2, OUTCOME = 3, SCORE = 4, STEPS = 5, PAGE = 6, INSTRUCTION = 7;
  var body = document.querySelector("#task-list tbody");
  var count = document.getElementById("task-count");
  var search = document.getElementById("search");
  var filters = {
    run: document.getElementById("filter-run"),
    domain: document.getElementById("filter-domain"),
    outcome: document.getElementById("filter-outcome"),
    score: document.getElementById("filter-score")
  };
  var multiRun = data.runs.length > 1;

  function value(select) { return select ? select.value : ""; }

  function scoreMatches(kind, score) {
    if (kind === "") { return true; }
    if (kind === "none") { return score === null; }
    if (score === null) { return false; }
    if (kind === "success") { return score >= 1; }
    if (kind === "zero") { return score <= 0; }
    return score > 0 && score < 1;
  }

  function matches(task, text) {
    if (value(filters.run) !== "" && String(task[RUN]) !== value(filters.run)) { return false; }
    if (value(filters.domain) !== "" && task[DOMAIN] !== value(filters.domain)) { return false; }
    if (value(filters.outcome) !== "" && task[OUTCOME] !== value(filters.outcome)) { return false; }
    if (!scoreMatches(value(filters.score), task[SCORE])) { return false; }
    if (text === "") { return true; }
    return (task[TASK] + " " + task[DOMAIN] + " " + task[INSTRUCTION]).toLowerCase().indexOf(text) >= 0;
  }

  function cell(row, text, className) {
    var td = document.createElement("td");
    td.textContent = text;
    if (className) { td.className = className; }
    row.appendChild(td);
    return td;
  }

  function render() {
    var text = search.value.trim().toLowerCase();
    var fragment = document.createDocumentFragment();
    var shown = 0;
    data.tasks.forEach(function (task) {
      if (!matches(task, text)) { return; }
      shown += 1;
      var row = document.createElement("tr");
      row.className = "task-row";
      row.dataset.domain = task[DOMAIN];
      row.dataset.outcome = task[OUTCOME];
      if (multiRun) { cell(row, data.runs[task[RUN]]); }
      cell(row, task[DOMAIN]);
      var link = document.createElement("a");
      link.href = task[PAGE];
      link.textContent = task[TASK];
      cell(row, "").appendChild(link);
      var badge = document.createElement("span");
      badge.className = "outcome outcome-" + task[OUTCOME];
      badge.textContent = task[OUTCOME];
      cell(row, "").appendChild(badge);
      cell(row, task[SCORE] === null ? "–" : String(task[SCORE]));
      cell(row, String(task[STEPS]));
      cell(row, task[INSTRUCTION], "instruction");
      fragment.appendChild(row);
    });
    body.replaceChildren(fragment);
    count.textContent = shown + " of " + data.tasks.length + " tasks";
  }

  search.addEventListener("input", render);
  Object.keys(filters).forEach(function (key) {
    if (filters[key]) { filters[key].addEventListener("change", render); }
  });
  render();
}());
