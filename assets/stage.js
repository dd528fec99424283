// The speaker's timer: a countdown readable from the lectern, as large as
// the screen allows in either orientation, never covered or pushed off by
// the title, the chair's message or what comes next.
"use strict";
(() => {
  let plan = null;
  let state = null;
  // What the layout was last fitted to; refitted only when it changes.
  let fitted = "";

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
    fit();
  }

  function kindLabel(kind) {
    return Live.KINDS[kind] ?? "";
  }

  const $ = (id) => document.getElementById(id);

  // Set `node`'s font size to `size` px, then shrink it (not below `min`)
  // until it is at most `budget` px high: long texts wrap onto more lines
  // and get smaller, short ones stay large.
  function shrink(node, size, min, budget) {
    size = Math.max(size, min);
    node.style.fontSize = `${size}px`;
    for (let i = 0; i < 40 && size > min && node.offsetHeight > budget; i++) {
      size = Math.max(min, size * 0.92);
      node.style.fontSize = `${size}px`;
    }
  }

  // Size every text from the screen (both its width and its height), then
  // give the digits all the room left: as large as fits that box, measured
  // from the text's width at a reference size, so "1:30:00" and "+12:34"
  // fit a portrait phone as "5:00" does.
  function fit() {
    const W = document.documentElement.clientWidth;
    const H = document.documentElement.clientHeight;
    const countdown = $("countdown");
    const message = $("stage-message");
    const key = [
      W,
      H,
      countdown.textContent.replace(/\d/g, "0"),
      $("current-kind").textContent,
      $("current-title").textContent,
      $("status").textContent,
      message.hidden ? "" : message.textContent,
      $("next-title").textContent,
    ].join("\n");
    if (key === fitted) return;
    fitted = key;
    shrink($("current-kind"), Math.min(0.032 * H, 0.05 * W), 11, 0.06 * H);
    shrink($("current-title"), Math.min(0.06 * H, 0.075 * W), 14, 0.2 * H);
    shrink($("status"), Math.min(0.05 * H, 0.07 * W), 12, 0.08 * H);
    // A portrait screen has height to spare below the digits, which the
    // width limits: the message may take more of it.
    const room = H > W ? 0.4 : 0.32;
    if (!message.hidden) shrink(message, Math.min(0.065 * H, 0.075 * W), 14, room * H);
    shrink($("next"), Math.min(0.035 * H, 0.05 * W), 12, 0.1 * H);

    const reference = 100;
    countdown.style.fontSize = `${reference}px`;
    const width = countdown.getBoundingClientRect().width || 1;
    const box = $("clock").getBoundingClientRect();
    const size = Math.min((box.width * 0.96 * reference) / width, box.height * 0.92);
    countdown.style.fontSize = `${Math.max(12, Math.floor(size))}px`;
  }

  addEventListener("resize", () => {
    fitted = "";
    requestAnimationFrame(fit);
  });

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
