// The livestream overlay: fills /overlay's fixed panels from the public
// screen frame (the projector's projection, so whatever the chair hides on
// the projector is hidden here too) in the page's one language.
//
// Panels slide and fade in and out (overlay.css); their boxes never move
// or resize, so nothing jumps on the stream. A text too long for its box
// is set smaller, down to a floor, then clamped with an ellipsis; an
// answer always shows whole.
"use strict";
(() => {
  const { el } = Live;
  const $ = (id) => document.getElementById(id);
  const root = $("overlay");
  let plan = null;
  let state = null;

  // The scale the server read from `?scale=` (0.5 to 2).
  const scale = Number(root.dataset.scale);
  root.style.setProperty("--scale", String(Number.isFinite(scale) && scale > 0 ? scale : 1));

  const byId = (list, id) => list.find((x) => x.id === id);
  const text = (key, base) => I18n.text(plan, key, base);

  function show(panel, on) {
    if (!panel || panel.classList.contains("on") === on) return;
    panel.classList.toggle("on", on);
  }

  function put(node, value) {
    if (node && node.textContent !== value) {
      node.textContent = value;
      return true;
    }
    return false;
  }

  // The largest size from `max` down to `min` at which `node`'s text fits
  // its box whole (and the panel its own); still too long at `min`, it is
  // clamped with an ellipsis rather than cut mid-line.
  function fit(node, max, min) {
    if (!node) return;
    node.dataset.max = max;
    node.dataset.min = min;
    node.classList.add("fits");
    node.classList.remove("clamp");
    const panel = node.closest(".panel");
    const over = () => node.scrollHeight > node.clientHeight + 1 || (panel && panel.scrollHeight > panel.clientHeight + 1);
    let size = max;
    node.style.setProperty("--fit", size);
    while (size > min && over()) {
      size = Math.max(min, size - 2);
      node.style.setProperty("--fit", size);
    }
    if (over()) node.classList.add("clamp");
  }

  function kindWord(kind) {
    if (kind === "ask") return I18n.t("screen-kind-ask");
    if (kind === "close") return I18n.t("screen-kind-close");
    if (kind === "speech") return "";
    return I18n.t("kind-" + kind);
  }

  // ------------------------------------------------------------ the item

  function drawItem(item, ended) {
    const panel = $("ov-item");
    if (!panel) return;
    const title = plan.assembly.title ? text("assembly.title", plan.assembly.title) : "";
    let kind, main, lead;
    if (item) {
      kind = kindWord(item.kind);
      main = text(`item.${item.id}.title`, item.title);
      lead = item.lead || "";
    } else if (ended) {
      kind = I18n.t("screen-kind-close");
      main = I18n.t("phase-ended");
      lead = title;
    } else {
      kind = I18n.t("phase-not_started");
      main = title;
      lead = plan.assembly.venue ? text("assembly.venue", plan.assembly.venue) : "";
    }
    put($("ov-kind"), kind);
    $("ov-kind").hidden = !kind;
    const changed = put($("ov-title"), main) | put($("ov-lead"), lead);
    $("ov-lead").hidden = !lead;
    if (changed) {
      fit($("ov-lead"), 26, 22);
      fit($("ov-title"), 50, 26);
    }
    show(panel, true);
  }

  // ------------------------------------------------------------ the ask

  let builtFor = null; // the ask the holder rows were built for

  function drawAnswers(item) {
    const panel = $("ov-answers");
    if (!panel) return;
    const ask = item && (item.kind === "ask" || item.kind === "response") && item.ask ? byId(plan.asks, item.ask) : null;
    if (!ask) return show(panel, false);
    const list = $("ov-holders");
    const key = JSON.stringify([ask.id, ask.to, ask.to.map((id) => (byId(plan.power_holders, id) || {}).name)]);
    if (builtFor !== key) {
      builtFor = key;
      panel.style.setProperty("--rows", Math.max(ask.to.length, 1));
      list.classList.toggle("many", ask.to.length > 4);
      list.replaceChildren(
        ...ask.to.map((id) => {
          const holder = byId(plan.power_holders, id) || { name: id };
          return el(
            "li",
            { "data-holder": id },
            el("span", { class: "name", dir: "auto", text: holder.name }),
            el("span", { class: "answer", "data-response": `${ask.id}/${id}` }),
          );
        }),
      );
    }
    if (put($("ov-ask"), text(`ask.${ask.id}.title`, ask.title)) || list.dataset.fitted !== key) {
      fit($("ov-ask"), 34, 22);
      list.dataset.fitted = key;
      const rows = Math.max(ask.to.length, 1);
      for (const name of list.querySelectorAll(".name")) fit(name, rows > 4 ? 24 : 28, 17);
    }
    for (const badge of list.querySelectorAll("[data-response]")) {
      const [a, h] = badge.dataset.response.split("/");
      const r = Live.answerOf(state, a, h);
      const code = r ? r.answer : "none";
      if (badge.dataset.answer === code) continue;
      const first = badge.dataset.answer !== undefined;
      badge.dataset.answer = code;
      badge.textContent = r ? Live.ANSWERS[r.answer] : I18n.t("screen-awaiting");
      badge.className = r ? `answer given answer-${code}` : "answer";
      // Scaled in when given live, not when the page opens on it.
      if (r && first) {
        void badge.offsetWidth;
        badge.classList.add("fresh");
      }
    }
    show(panel, true);
  }

  // ------------------------------------------------------------ pledges

  function drawPledge(item, ended) {
    const panel = $("ov-pledge");
    if (!panel) return;
    let view = null;
    if (item && item.kind === "pledge" && item.pledge) view = state.pledges.find((p) => p.pledge === item.pledge);
    else if (ended) view = [...state.pledges].reverse().find((p) => p.revealed) || null;
    const pledge = view && view.revealed && view.yes != null ? byId(plan.pledges, view.pledge) : null;
    if (!pledge) return show(panel, false);
    if (put($("ov-pledge-text"), text(`pledge.${pledge.id}.text`, pledge.text))) fit($("ov-pledge-text"), 30, 20);
    const tally = $("ov-tally");
    const shown = `${view.yes}/${view.no}`;
    if (tally.dataset.shown !== shown) {
      tally.dataset.shown = shown;
      tally.replaceChildren(
        el("span", { class: "answer-yes", text: `${Live.ANSWERS.yes} ${I18n.num(view.yes)}` }),
        el("span", { class: "answer-no", text: `${Live.ANSWERS.no} ${I18n.num(view.no ?? 0)}` }),
      );
    }
    show(panel, true);
  }

  // ------------------------------------------------------------ turnout

  function drawTurnout() {
    const panel = $("ov-turnout");
    if (!panel) return;
    const { announced_total: announced, promised_total: promised } = state.turnout;
    // The chair's "turnout" toggle for the projector rules here too.
    if (!state.display.turnout || !announced) return show(panel, false);
    put($("ov-turnout-text"), promised > 0
      ? I18n.t("screen-promised", { announced, promised })
      : I18n.t("screen-announced", { announced }));
    show(panel, true);
  }

  function draw() {
    if (!plan || !state) return;
    const ended = state.phase === "ended";
    const item = ended || state.current_item == null ? null : byId(plan.items, state.current_item) || null;
    drawItem(item, ended);
    drawAnswers(item);
    drawPledge(item, ended);
    drawTurnout();
  }

  Live.connect("screen", {
    // A new plan (Live delivers no repeat): every text is put again and fitted.
    hello(msg) {
      plan = msg.plan;
      builtFor = null;
      for (const node of root.querySelectorAll("[data-fitted]")) delete node.dataset.fitted;
      draw();
    },
    state(s) {
      state = s;
      draw();
    },
  });
  // A resized source (OBS's canvas changed) fits every text again, the
  // speaker's line before the title that shares its panel.
  addEventListener("resize", () => {
    const texts = [...root.querySelectorAll(".fits")].sort((a, b) => (b.id === "ov-lead") - (a.id === "ov-lead"));
    for (const node of texts) fit(node, Number(node.dataset.max), Number(node.dataset.min));
  });
})();
