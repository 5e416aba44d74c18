// The quiz's time limit as a countdown. The server enforces the limit; this only shows it.
(function () {
  "use strict";
  var box = document.querySelector(".countdown[data-deadline]");
  if (!box) return;
  var end = Date.parse(box.getAttribute("data-deadline"));
  var value = box.querySelector(".countdown-value");
  if (isNaN(end) || !value) return;
  function tick() {
    var left = Math.max(0, Math.round((end - Date.now()) / 1000));
    var m = Math.floor(left / 60), s = left % 60;
    value.textContent = m + ":" + (s < 10 ? "0" : "") + s;
    if (left === 0) {
      box.classList.add("countdown-over");
      value.textContent = "time is up";
      return;
    }
    if (left === 60) box.setAttribute("role", "status");  // one spoken warning, a minute before
    window.setTimeout(tick, 1000);
  }
  tick();
})();
