// Small progressive enhancements; every page works without them.
(function () {
  "use strict";
  // A double-clicked submit sends the form once: the button is disabled after the first submit.
  document.addEventListener("submit", function (event) {
    var button = event.target.querySelector("button[data-once]");
    if (!button) return;
    if (button.dataset.sent) { event.preventDefault(); return; }
    button.dataset.sent = "1";
    button.setAttribute("aria-disabled", "true");
    button.classList.add("is-busy");
    // Long work (reading a story) says what it is doing.
    var message = event.target.getAttribute("data-progress");
    var status = event.target.querySelector(".progress");
    if (message && status) { status.textContent = message; status.hidden = false; }
  });
})();
