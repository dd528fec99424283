// The speaker's timer: a countdown readable from the lectern, as large as
// the screen allows in either orientation, never covered or pushed off by
// the title, the chair's message or what comes next.
//
// In the plan's screen languages: with two, each text shows in both (the
// second in a `.l2` span with its own lang and dir, smaller), the
// countdown once, in the first language's digits.
"use strict";
(() => {
  const { el } = Live;
  let plan = null;
  let state = null;
  // What the layout was last fitted to; refitted only when it changes.
  let fitted = "";

  function draw() {
    if (!plan || !state) return;
    const items = plan.items;
    const item = state.current == null ? null : items[state.current];
    const next = state.current == null ? items[0] : items[state.current + 1];
    const title = (i, which) => I18n.text(plan, `item.${i.id}.title`, i.title, which);
    say($("current-kind"), (which) => (item ? I18n.t("kind-" + item.kind, {}, which) : ""));
    say($("current-title"), (which) => {
      if (item) return title(item, which);
      return state.phase === "ended" ? I18n.t("phase-ended", {}, which) : I18n.t("phase-not_started", {}, which);
    });
    say($("next"), (which) => I18n.rich("stage-next", { title: el("bdi", { text: next ? title(next, which) : "—" }) }, which));
    const t = Live.timer(state, plan);
    const body = document.body;
    body.classList.toggle("warning", !!t && t.warning);
    body.classList.toggle("over", !!t && t.over);
    if (!t) {
      Live.text("countdown", "–:––");
      say($("status"), () => "");
    } else if (t.over) {
      Live.text("countdown", "+" + I18n.clock(Math.floor(-t.remaining / 1000)));
      say($("status"), (which) => (t.paused ? I18n.t("stage-paused-over", {}, which) : I18n.t("stage-over", {}, which)));
    } else {
      Live.text("countdown", I18n.clock(Math.floor((t.remaining + 999) / 1000)));
      say($("status"), (which) =>
        t.paused ? I18n.t("stage-paused", {}, which) : t.warning ? I18n.t("stage-wrap-up", {}, which) : "",
      );
    }
    const message = document.getElementById("stage-message");
    const text = state.message ? state.message.text : "";
    message.hidden = !text;
    Live.text("stage-message", text);
    fit();
  }

  const $ = (id) => document.getElementById(id);

  const say = I18n.say;

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
    // Less the band a relay's "reconnecting to the hall" notice takes.
    const band = document.body.dataset.hall === "no" ? $("connection")?.offsetHeight || 0 : 0;
    const H = document.documentElement.clientHeight - band;
    const countdown = $("countdown");
    const message = $("stage-message");
    const key = [
      W,
      H,
      document.body.dataset.hall,
      countdown.textContent.replace(/\d/g, "0"),
      $("current-kind").textContent,
      $("current-title").textContent,
      $("status").textContent,
      message.hidden ? "" : message.textContent,
      $("next").textContent,
    ].join("\n");
    if (key === fitted) return;
    fitted = key;
    const reference = 100;
    countdown.style.fontSize = `${reference}px`;
    // Measured at the reference size: the digits' width and their line's
    // height (a font with tall ascenders makes the line taller than 1em).
    const measured = countdown.getBoundingClientRect();
    const width = measured.width || 1;
    const tall = Math.max(1, measured.height / reference);
    // The texts take their room first; when the digits would be left
    // under 22 % of the height while the height is what limits them (two
    // languages, a long title and a long message), the texts give way,
    // never below about 2.6 % of the height.
    let size = 0;
    for (let squeeze = 1, round = 0; round < 6; round++, squeeze *= 0.85) {
      shrink($("current-kind"), Math.min(0.032 * H, 0.05 * W) * squeeze, Math.max(11, 0.02 * H), 0.06 * H * squeeze);
      shrink($("current-title"), Math.min(0.06 * H, 0.075 * W), Math.max(14, 0.026 * H), 0.2 * H * squeeze);
      shrink($("status"), Math.min(0.05 * H, 0.07 * W), 12, 0.08 * H);
      // A portrait screen has height to spare below the digits, which the
      // width limits: the message may take more of it.
      const room = H > W ? 0.4 : 0.32;
      if (!message.hidden) shrink(message, Math.min(0.065 * H, 0.075 * W), Math.max(14, 0.026 * H), room * H * squeeze);
      shrink($("next"), Math.min(0.035 * H, 0.05 * W), Math.max(12, 0.021 * H), 0.1 * H * squeeze);
      const box = $("clock").getBoundingClientRect();
      const byWidth = (box.width * 0.96 * reference) / width;
      size = Math.min(byWidth, (box.height * 0.98) / tall);
      if (size >= byWidth || size >= 0.22 * H) break;
    }
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
