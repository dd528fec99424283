// The speaker's timer: a countdown readable from the lectern.
"use strict";
(() => {
  let plan = null;
  let state = null;

  function draw() {
    if (!plan || !state) return;
    const items = plan.items;
    const item = state.current == null ? null : items[state.current];
    const next = state.current == null ? items[0] : items[state.current + 1];
    Live.text("current-kind", item ? kindLabel(item.kind) : "");
    Live.text(
      "current-title",
      item ? item.title : state.phase === "ended" ? "The assembly has ended" : "Starting soon",
    );
    Live.text("next-title", next ? next.title : "—");
    const t = Live.timer(state, plan);
    const body = document.body;
    body.classList.toggle("warning", !!t && t.warning);
    body.classList.toggle("over", !!t && t.over);
    if (!t) {
      Live.text("countdown", "–:––");
      Live.text("status", "");
    } else if (t.over) {
      Live.text("countdown", "+" + Live.clock(-t.remaining));
      Live.text("status", t.paused ? "Paused · over time" : "Over time");
    } else {
      Live.text("countdown", Live.clock(t.remaining + 999));
      Live.text("status", t.paused ? "Paused" : t.warning ? "Time to wrap up" : "");
    }
    const message = document.getElementById("stage-message");
    const text = state.message ? state.message.text : "";
    message.hidden = !text;
    Live.text("stage-message", text);
  }

  function kindLabel(kind) {
    return Live.KINDS[kind] ?? "";
  }

  const redraw = Live.everyTick(draw);
  Live.connect("stage", {
    hello(msg) {
      plan = msg.plan;
      redraw();
    },
    state(s) {
      state = s;
      draw();
    },
  });
})();
