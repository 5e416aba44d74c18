// Drag-and-drop reordering of a question set. Without JavaScript the Up/Down buttons do the same.
(function () {
  "use strict";
  var list = document.getElementById("set-items");
  if (!list) return;
  var form = document.getElementById(list.getAttribute("data-order-form"));
  if (!form) return;
  var dragged = null;

  function items() { return Array.prototype.slice.call(list.children); }
  function clearTargets() {
    items().forEach(function (li) { li.classList.remove("drop-target"); });
  }

  items().forEach(function (li) {
    var handle = li.querySelector(".drag-handle");
    if (handle) handle.hidden = false;
    li.setAttribute("draggable", "true");
    li.addEventListener("dragstart", function (event) {
      dragged = li;
      li.classList.add("dragging");
      event.dataTransfer.effectAllowed = "move";
      event.dataTransfer.setData("text/plain", li.getAttribute("data-id"));
    });
    li.addEventListener("dragend", function () {
      li.classList.remove("dragging");
      clearTargets();
    });
    li.addEventListener("dragover", function (event) {
      if (!dragged || dragged === li) return;
      event.preventDefault();
      clearTargets();
      li.classList.add("drop-target");
    });
    li.addEventListener("drop", function (event) {
      if (!dragged || dragged === li) return;
      event.preventDefault();
      list.insertBefore(dragged, li);
      save();
    });
  });

  // The new order goes to the server as an ordinary form post (CSRF token included).
  function save() {
    Array.prototype.slice.call(form.querySelectorAll("input[name=question_ids]")).forEach(
      function (input) { input.remove(); }
    );
    items().forEach(function (li) {
      var input = document.createElement("input");
      input.type = "hidden";
      input.name = "question_ids";
      input.value = li.getAttribute("data-id");
      form.appendChild(input);
    });
    form.submit();
  }
})();
