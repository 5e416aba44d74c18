// Live games and the projector: redraw the stage from each snapshot the server pushes
// (Server-Sent Events). Without script, the pages still work: they show the state when loaded.
(function () {
  "use strict";
  var root = document.getElementById("live");
  if (!root) return;
  var role = root.dataset.role;
  var version = parseInt(root.dataset.version || "0", 10);
  var gameId = parseInt(root.dataset.game || "0", 10);
  var deadline = null, paused = false, timed = false, tick = null;
  var mine = {}; // question id -> the choice this phone sent

  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }
  function add(parent, child) { parent.appendChild(child); return child; }
  function list(tag, items, fmt, cls) {
    var ol = el(tag, cls ? { "class": cls } : {});
    items.forEach(function (item, i) { add(ol, el("li", {}, fmt(item, i))); });
    return ol;
  }
  function row(e) { return e.nickname + " — " + e.score + (e.bonus ? " (+" + e.bonus + ")" : ""); }
  function isRight(answer, i) { return Array.isArray(answer) ? answer.indexOf(i) >= 0 : answer === i; }

  function timerText() {
    if (!timed) return "No time limit";
    if (paused) return "Paused";
    if (deadline === null) return "";
    var left = Math.max(0, Math.round((deadline - Date.now()) / 1000));
    return left > 0 ? left + " s left" : "Time is up";
  }

  function answerForm(s, q) {
    var form = el("form", { "class": "live-answer" });
    var fs = add(form, el("fieldset", { "class": q.multi ? "words" : "choices" }));
    add(fs, el("legend", { "class": "visually-hidden" }, "Options"));
    q.options.forEach(function (o, i) {
      var div = add(fs, el("div", { "class": "choice" }));
      add(div, el("input", { type: q.multi ? "checkbox" : "radio", name: "choice", value: String(i), id: "o" + i }));
      add(div, el("label", { "for": "o" + i }, o));
    });
    add(form, el("button", { type: "submit" }, "Send my answer"));
    var status = add(form, el("p", { role: "status", "class": "send-status" }));
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var picked = Array.prototype.map.call(form.querySelectorAll("input:checked"), function (x) { return x.value; });
      if (!picked.length) { status.textContent = "Choose an answer first."; return; }
      var body = new FormData();
      body.append("csrf_token", root.dataset.csrf);
      body.append("attempt_id", root.dataset.attempt);
      body.append("question_id", String(q.id));
      body.append("multi", q.multi ? "1" : "0");
      picked.forEach(function (v) { body.append("choice", v); });
      form.querySelector("button").disabled = true;
      status.textContent = "Sending…";
      fetch(root.dataset.answer, { method: "POST", body: body, credentials: "same-origin", headers: { Accept: "application/json" } })
        .then(function (r) { return r.json(); })
        .then(function (r) {
          if (r.status === 201 || r.status === 200) {
            mine[q.id] = picked.map(Number);
            status.textContent = "Answer recorded. Wait for the reveal.";
            Array.prototype.forEach.call(form.querySelectorAll("input"), function (x) { x.disabled = true; });
          } else {
            status.textContent = r.message;
            form.querySelector("button").disabled = false;
          }
        })
        .catch(function () { status.textContent = "Not sent: check the connection and try again."; form.querySelector("button").disabled = false; });
    });
    return form;
  }

  function draw(s) {
    var stage = el("div", { id: "stage", "class": "stage stage-" + s.state, "aria-live": "polite" });
    timed = s.timed; paused = !!s.paused;
    deadline = (s.ms_left === null || s.ms_left === undefined) ? null : Date.now() + s.ms_left;
    if (s.state === "lobby") {
      add(stage, el("h2", {}, "Waiting for players"));
      add(stage, el("p", { "class": "big" }, s.players + " joined"));
      if (s.lobby) add(stage, list("ul", s.lobby, function (n) { return n; }, "lobby"));
      else add(stage, el("p", {}, "You are in. The first question appears here when your teacher starts."));
    } else if (s.question) {
      var q = s.question;
      add(stage, el("p", { "class": "muted" }, "Question " + (s.index + 1) + " of " + s.total + " · " + q.skill));
      if (q.passage) add(stage, el("blockquote", { "class": "passage" }, q.passage));
      add(stage, el("h2", { "class": "prompt-lg" }, q.prompt));
      if (s.state === "question") {
        add(stage, el("p", { "class": "timer", "data-field": "timer" }, timerText()));
        if (role === "player") {
          if (mine[q.id]) add(stage, el("p", { role: "status" }, "Answer recorded. Wait for the reveal."));
          else add(stage, answerForm(s, q));
        } else {
          add(stage, list("ol", q.options, function (o) { return o; }, "options"));
          add(stage, el("p", {}, s.answered + " of " + s.players + " answered"));
        }
      } else if (s.reveal) {
        var r = s.reveal;
        var ol = add(stage, el("ol", { "class": "options reveal", type: "A" }));
        q.options.forEach(function (o, i) {
          var right = isRight(r.answer, i);
          add(ol, el("li", right ? { "class": "right" } : {}, o + " — " + r.counts[i] + (r.counts[i] === 1 ? " answer" : " answers") + (right ? " ✔ right answer" : "")));
        });
        add(stage, el("p", {}, r.right + " of " + r.answered + " answered right."));
        if (role === "player") {
          var sent = mine[q.id];
          var verdict = sent === undefined ? "You did not answer this one." :
            (q.multi ? "The right words are marked above." : (isRight(r.answer, sent[0]) ? "Right!" : "Not this time."));
          add(stage, el("p", { "class": "verdict", role: "status" }, verdict));
        }
        add(stage, el("p", { "class": "explanation" }, r.explanation));
        if (r.evidence && r.evidence.text && r.evidence.text !== q.passage) add(stage, el("blockquote", { "class": "evidence" }, r.evidence.text));
      }
    } else if (s.state === "finished") {
      add(stage, el("h2", {}, "Podium"));
      add(stage, list("ol", s.podium || [], row, "podium"));
      add(stage, el("h3", {}, "The class by skill"));
      add(stage, list("ul", s.skills || [], function (k) { return k.skill + ": " + k.correct + " right of " + k.answered; }, "skills"));
    }
    if (s.board && s.state === "reveal") {
      add(stage, el("h3", {}, "Top " + s.board.length));
      add(stage, list("ol", s.board, row, "top"));
    }
    if (s.teams) {
      add(stage, el("h3", {}, "Teams"));
      add(stage, list("ol", s.teams, function (t) { return t.team + " — " + t.score; }, "top"));
    }
    if (role === "player" && s.me) {
      add(stage, el("p", { "class": "mine-rank" }, "You: " + s.me.score + " points" + (s.me.bonus ? " (+" + s.me.bonus + " speed)" : "") + ", number " + s.me.rank + " of " + s.me.of + "."));
    }
    var old = document.getElementById("stage");
    if (old) old.replaceWith(stage); else root.prepend(stage);
    root.dataset.state = s.state;
    root.dataset.version = String(s.version);
  }

  function tickTimer() {
    var t = document.querySelector("#stage [data-field=timer]");
    if (t) t.textContent = timerText();
  }

  function listen(url) {
    var source = new EventSource(url);
    source.onmessage = function (event) {
      var s = JSON.parse(event.data);
      if (s.game === gameId && s.version < version) return;
      version = s.version;
      gameId = s.game;
      draw(s);
    };
    source.onerror = function () {
      if (source.readyState === EventSource.CLOSED && role === "display") {
        var gone = el("p", { "class": "big", role: "alert" }, "This display link no longer works.");
        root.replaceChildren(gone);
      }
    };
    return source;
  }

  tick = window.setInterval(tickTimer, 250);
  if (root.dataset.events) {
    // The first snapshot arrives at once, so the timer starts from the server's figure.
    listen(root.dataset.events);
  } else if (role === "display" && root.dataset.current) {
    // No game yet: ask every two seconds, and follow the first one that opens.
    var poll = window.setInterval(function () {
      fetch(root.dataset.current, { credentials: "omit" }).then(function (r) {
        if (r.status === 404) { window.clearInterval(poll); root.replaceChildren(el("p", { "class": "big", role: "alert" }, "This display link no longer works.")); return null; }
        return r.json();
      }).then(function (r) {
        if (r && r.game) {
          window.clearInterval(poll);
          root.replaceChildren();
          listen(root.dataset.current.replace(/current$/, "events"));
        }
      }).catch(function () {});
    }, 2000);
  }
})();
