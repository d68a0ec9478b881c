// The participant page: loads the round, shows one touchpoint at a time, sends each tap.
// Plain JavaScript, nothing loaded from elsewhere; user text only ever goes in textContent.
"use strict";
(function () {
  var state = { round: null, index: 0, ballots: {}, texts: {} };
  var main = document.getElementById("main");
  var status = document.getElementById("status");
  var progress = document.getElementById("progress");

  function t(key, values) {
    var text = state.texts[key] || key;
    Object.keys(values || {}).forEach(function (name) {
      text = text.replace("{" + name + "}", values[name]);
    });
    return text;
  }

  function el(tag, props, children) {
    var node = document.createElement(tag);
    Object.keys(props || {}).forEach(function (name) {
      if (name === "text") { node.textContent = props[name]; }
      else if (name === "onclick") { node.addEventListener("click", props[name]); }
      else { node.setAttribute(name, props[name]); }
    });
    (children || []).forEach(function (child) { if (child) { node.appendChild(child); } });
    return node;
  }

  function say(text, isError) {
    status.textContent = text || "";
    status.className = isError ? "error" : "";
  }

  function request(method, path, body) {
    var options = { method: method, credentials: "same-origin", headers: {} };
    if (body !== undefined) {
      options.headers["Content-Type"] = "application/json";
      options.body = JSON.stringify(body);
    }
    return fetch(path, options).then(function (response) {
      return response.json().catch(function () { return {}; }).then(function (data) {
        if (!response.ok) { var e = new Error(data.error || "other"); e.code = data.error; throw e; }
        return data;
      });
    });
  }

  function errorText(error) {
    if (!error.code) { return t("not_saved"); }
    var key = "error_" + error.code;
    return state.texts[key] ? t(key) : t("error_other");
  }

  function clear() { while (main.firstChild) { main.removeChild(main.firstChild); } }

  function rated() { return Object.keys(state.ballots).length; }

  function showName() {
    clear();
    progress.textContent = "";
    var input = el("input", { type: "text", id: "name", maxlength: "200",
      placeholder: t("name_placeholder"), autocomplete: "name" });
    var start = el("button", { class: "primary", id: "start", text: t("start"),
      onclick: function () {
        request("POST", "api/name", { name: input.value }).then(function (data) {
          state.round.name = data.name; say(""); showTouchpoint(0);
        }, function (error) { say(errorText(error), true); });
      } });
    input.addEventListener("keydown", function (event) {
      if (event.key === "Enter") { start.click(); }
    });
    main.appendChild(el("p", { text: t("intro") }));
    main.appendChild(el("label", { for: "name", text: t("name_prompt") }));
    main.appendChild(input);
    main.appendChild(start);
  }

  function choiceButtons(touchpoint, scale) {
    var current = (state.ballots[touchpoint.id] || {})[scale.key];
    var box = el("div", { class: "choices" + (scale.experience ? " experience" : ""),
      role: "group", "aria-label": scale.experience ? t("experience") : scale.label });
    for (var value = scale.experience ? scale.high : scale.low;
         scale.experience ? value >= scale.low : value <= scale.high;
         value += scale.experience ? -1 : 1) {
      (function (v) {
        var shown = v > 0 ? "+" + v : String(v).replace("-", "\u2212");
        var label = scale.experience ? shown + "  " + t("experience_" + v) : String(v);
        box.appendChild(el("button", { type: "button", "data-scale": scale.key,
          "data-value": String(v), "aria-pressed": String(current === v), text: label,
          onclick: function () { choose(touchpoint, scale, v); } }));
      })(value);
    }
    return box;
  }

  function choose(touchpoint, scale, value) {
    var values = {};
    var old = state.ballots[touchpoint.id] || {};
    Object.keys(old).forEach(function (key) { values[key] = old[key]; });
    values[scale.key] = value;
    say(t("saving"));
    request("POST", "api/vote", { touchpoint: touchpoint.id, values: values }).then(function () {
      state.ballots[touchpoint.id] = values;
      say(t("saved") + " ✓");
      showTouchpoint(state.index);
    }, function (error) {
      say(errorText(error), true);
      if (error.code === "closed") { showClosed(); }
    });
  }

  function showTouchpoint(index) {
    var list = state.round.touchpoints;
    if (index >= list.length) { showThanks(); return; }
    state.index = Math.max(0, index);
    var touchpoint = list[state.index];
    clear();
    progress.textContent = t("progress", { n: state.index + 1, total: list.length });
    var bar = el("div", { class: "bar" }, [el("div", {})]);
    bar.firstChild.style.width = Math.round(100 * (state.index + 1) / list.length) + "%";
    main.appendChild(bar);
    var head = el("div", {}, [
      touchpoint.code ? el("span", { class: "code", text: touchpoint.code }) : null,
      touchpoint.phase ? el("span", { class: "phase", text: t("phase") + ": " + touchpoint.phase })
        : null
    ]);
    main.appendChild(head);
    main.appendChild(el("h1", { id: "touchpoint-name", text: touchpoint.name }));
    if (touchpoint.description) {
      main.appendChild(el("p", { class: "description", text: touchpoint.description }));
    }
    state.round.scales.forEach(function (scale) {
      var title = scale.experience ? t("experience") : scale.label;
      var section = el("section", { class: "scale" }, [el("h2", { text: title })]);
      section.appendChild(choiceButtons(touchpoint, scale));
      if (!scale.experience) {
        section.appendChild(el("div", { class: "ends" }, [
          el("span", { text: scale.low + " = " + t("low") }),
          el("span", { text: scale.high + " = " + t("high") })]));
      }
      main.appendChild(section);
    });
    var done = state.ballots[touchpoint.id] !== undefined;
    var back = el("button", { type: "button", id: "back", text: t("back"),
      onclick: function () { say(""); showTouchpoint(state.index - 1); } });
    if (state.index === 0) { back.disabled = true; }
    main.appendChild(el("nav", {}, [back,
      el("button", { type: "button", id: "next", class: done ? "next" : "",
        text: done ? t("next") : t("skip"),
        onclick: function () { say(""); showTouchpoint(state.index + 1); } })]));
  }

  function showThanks() {
    clear();
    progress.textContent = t("done");
    main.appendChild(el("p", { class: "message", id: "thanks",
      text: t("thanks", { rated: rated(), total: state.round.touchpoints.length }) }));
    main.appendChild(el("button", { class: "primary", id: "review", text: t("review"),
      onclick: function () { say(""); showTouchpoint(0); } }));
  }

  function showClosed() {
    clear();
    progress.textContent = "";
    main.appendChild(el("p", { class: "message", text: t("closed") }));
  }

  request("GET", "api/round").then(function (round) {
    state.round = round;
    state.texts = round.texts;
    Object.keys(round.ballots).forEach(function (id) { state.ballots[id] = round.ballots[id]; });
    if (round.closed) { showClosed(); }
    else if (round.named && !round.name) { showName(); }
    else { showTouchpoint(0); }
  }, function (error) {
    say(error.code ? errorText(error) : t("not_saved"), true);
  });
})();
