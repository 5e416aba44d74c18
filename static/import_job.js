// An import job's page: with JavaScript on, ask for its state every 1.5 s and reload the page
// when the state changes (without JavaScript, a <noscript> meta refresh reloads it every 3 s).
(function () {
  "use strict";
  var box = document.getElementById("import-job");
  if (!box || !window.fetch) return;
  var last = box.getAttribute("data-status");
  var seen = null;
  function poll() {
    fetch(box.getAttribute("data-state-url"), { credentials: "same-origin", headers: { Accept: "application/json" } })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (s) {
        if (!s) { window.setTimeout(poll, 5000); return; }
        var key = s.status + ":" + s.step_number;
        if (s.status !== last || (seen !== null && key !== seen)) { window.location.reload(); return; }
        seen = key;
        window.setTimeout(poll, 1500);
      })
      .catch(function () { window.setTimeout(poll, 5000); });
  }
  window.setTimeout(poll, 1500);
})();
