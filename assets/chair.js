// The chair's tablet: every control of the running order, one hand, big targets.
"use strict";
(() => {
  const { el } = Live;
  let plan = null;
  let state = null;
  let contextKey = null;
  let link = null;
  const pending = new Map(); // id -> command name, awaiting a result

  const $ = (id) => document.getElementById(id);
  const ANSWER_ORDER = ["yes", "no", "waffle", "absent"];
  const KIND = Live.KINDS;

  function notice(text) {
    const node = $("notice");
    node.textContent = text;
    node.hidden = !text;
  }

  // Every command carries the seq this tablet last saw and a fresh id.
  function send(cmd) {
    if (!state) return;
    const id = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
    const command = { ...cmd, expect: state.seq, id };
    if (!link.send(command)) {
      notice("Not connected: the command was not sent. Reconnecting…");
      return;
    }
    pending.set(id, cmd.cmd);
  }

  function result(msg) {
    if (msg.id) pending.delete(msg.id);
    if (msg.ok) {
      notice("");
    } else if (msg.status === 409) {
      notice("Another chair device changed this first. You now see the latest state; nothing was applied twice. Tap again if you still want it.");
    } else {
      notice(msg.error || "That did not work.");
    }
  }

  function byId(list, id) {
    return list.find((x) => x.id === id);
  }

  function buildContext(item) {
    const box = $("context");
    box.replaceChildren();
    if (!item) {
      box.append(el("h2", { text: "Ready" }), el("p", { text: "Tap Start when the hall is ready. The clock starts with the first item." }));
      return;
    }
    if ((item.kind === "ask" || item.kind === "response") && item.ask) {
      const ask = byId(plan.asks, item.ask);
      box.append(el("h2", { text: `Ask: ${ask.title}` }), el("p", { text: ask.text }));
      for (const hid of ask.to) {
        const holder = byId(plan.power_holders, hid) ?? { name: hid, role: "" };
        const buttons = el("div", { class: "answers", role: "group", "aria-label": `Answer of ${holder.name}` });
        for (const a of ANSWER_ORDER) {
          const b = el("button", {
            type: "button",
            class: a,
            "data-ask": ask.id,
            "data-holder": hid,
            "data-answer": a,
            "aria-pressed": "false",
            text: Live.ANSWERS[a][0] + Live.ANSWERS[a].slice(1).toLowerCase(),
          });
          b.addEventListener("click", () => send({ cmd: "respond", ask: ask.id, holder: hid, answer: a }));
          buttons.append(b);
        }
        box.append(
          el(
            "div",
            { class: "holder" },
            el("p", {}, el("strong", { text: holder.name }), ` · ${holder.role} · now: `, el("span", { class: "answer", "data-current": `${ask.id}/${hid}` })),
            buttons,
            el("p", { class: "history", "data-history": `${ask.id}/${hid}` }),
          ),
        );
      }
    } else if (item.kind === "roll_call") {
      box.append(el("h2", { text: "Roll call" }), el("p", { class: "upnext", id: "rollcall-summary", "aria-live": "polite" }));
      const body = el("tbody");
      for (const inst of plan.institutions) {
        const input = el("input", {
          type: "number",
          min: 0,
          max: 100000,
          inputMode: "numeric",
          id: `count-${inst.id}`,
          "data-institution": inst.id,
        });
        const set = el("button", { type: "button", text: "Set" });
        const submit = () => {
          const n = Number.parseInt(input.value, 10);
          if (Number.isNaN(n) || n < 0 || n > 100000) {
            notice(`Enter a count from 0 to 100000 for ${inst.name}.`);
            return;
          }
          send({ cmd: "turnout", institution: inst.id, count: n });
        };
        set.addEventListener("click", submit);
        input.addEventListener("keydown", (e) => {
          if (e.key === "Enter") submit();
        });
        body.append(
          el(
            "tr",
            {},
            el("td", {}, el("label", { for: `count-${inst.id}`, text: inst.name })),
            el("td", { class: "num", text: inst.promised }),
            el("td", { class: "num", "data-phones": inst.id }),
            el("td", { class: "num", "data-announced": inst.id }),
            el("td", {}, input, " ", set),
          ),
        );
      }
      box.append(
        el(
          "table",
          { class: "rollcall" },
          el(
            "thead",
            {},
            el("tr", {}, el("th", { text: "Institution" }), el("th", { class: "num", text: "Promised" }), el("th", { class: "num", text: "Phones" }), el("th", { class: "num", text: "Announced" }), el("th", { text: "Count from the floor" })),
          ),
          body,
          el("tfoot", {}, el("tr", {}, el("td", { text: "Total" }), el("td", { class: "num", id: "promised-total" }), el("td", { class: "num", id: "phones-total" }), el("td", { class: "num", id: "announced-total" }), el("td"))),
        ),
      );
    } else if (item.kind === "pledge" && item.pledge) {
      const pledge = byId(plan.pledges, item.pledge);
      const reveal = el("button", { type: "button", id: "reveal", class: "primary", text: "Reveal on the screen" });
      reveal.addEventListener("click", () => send({ cmd: "reveal", pledge: pledge.id }));
      box.append(
        el("h2", { text: "Audience pledge" }),
        el("p", { text: pledge.text }),
        el("p", { class: "tally", id: "tally", "aria-live": "polite" }),
        reveal,
      );
    } else {
      box.append(el("h2", { text: KIND[item.kind] }), el("p", { text: item.lead ? `Led by ${item.lead}` : "" }));
    }
  }

  function updateContext(item) {
    for (const b of document.querySelectorAll("button[data-answer]")) {
      const r = Live.answerOf(state, b.dataset.ask, b.dataset.holder);
      b.setAttribute("aria-pressed", r && r.answer === b.dataset.answer ? "true" : "false");
    }
    for (const n of document.querySelectorAll("[data-current]")) {
      const [ask, holder] = n.dataset.current.split("/");
      const r = Live.answerOf(state, ask, holder);
      n.textContent = r ? Live.ANSWERS[r.answer] + (r.note ? ` (${r.note})` : "") : "no answer yet";
      n.className = "answer" + (r ? ` answer-${r.answer}` : "");
    }
    for (const n of document.querySelectorAll("[data-history]")) {
      const [ask, holder] = n.dataset.history.split("/");
      const r = Live.answerOf(state, ask, holder);
      const earlier = r && r.replaced ? r.replaced.map((x) => Live.ANSWERS[x.answer]).join(" → ") : "";
      n.textContent = earlier ? `Earlier: ${earlier}` : "";
    }
    if (item && item.kind === "roll_call") {
      for (const n of document.querySelectorAll("[data-phones]")) n.textContent = state.turnout.checked_in[n.dataset.phones] ?? 0;
      for (const n of document.querySelectorAll("[data-announced]")) {
        const v = state.turnout.announced[n.dataset.announced];
        n.textContent = v == null ? "–" : v;
      }
      Live.text("promised-total", state.turnout.promised_total);
      Live.text("phones-total", state.turnout.phones);
      Live.text("announced-total", state.turnout.announced_total);
      Live.text(
        "rollcall-summary",
        `Announced ${state.turnout.announced_total} of ${state.turnout.promised_total} promised · ${state.turnout.phones} phones checked in`,
      );
    }
    const tally = $("tally");
    if (tally && item) {
      const p = state.pledges.find((x) => x.pledge === item.pledge);
      if (p) {
        tally.textContent = `Yes ${p.yes ?? 0} · No ${p.no ?? 0}` + (p.revealed ? " · shown on the screen" : " · not shown yet");
        $("reveal").disabled = p.revealed;
      }
    }
  }

  function buildOrder() {
    const list = $("order");
    list.replaceChildren();
    plan.items.forEach((item, i) => {
      const go = el("button", { type: "button", text: "Go", "aria-label": `Go to ${item.title}` });
      go.addEventListener("click", () => send({ cmd: "goto", item: i }));
      list.append(
        el("li", { "data-index": i }, el("span", { class: "t", text: `${item.title}` }), el("span", { text: Live.clock(item.seconds * 1000) }), go),
      );
    });
  }

  function draw() {
    if (!plan || !state) return;
    const running = state.phase === "running";
    const item = state.current == null ? null : plan.items[state.current];
    const key = `${state.current}`;
    if (key !== contextKey) {
      contextKey = key;
      buildContext(item);
    }
    updateContext(item);
    Live.text("phase", state.phase === "not_started" ? "Not started" : state.phase === "ended" ? "Ended" : `Item ${state.current + 1} of ${plan.items.length}`);
    Live.text("current-kind", item ? KIND[item.kind] : "");
    Live.text("current-title", item ? item.title : state.phase === "ended" ? "The assembly has ended" : "Not started yet");
    Live.text("current-lead", item && item.lead ? item.lead : "");
    const next = state.current == null ? plan.items[0] : plan.items[state.current + 1];
    Live.text("next-title", next ? next.title : "— (last item)");
    Live.text("notes", item && item.notes ? item.notes : "No notes for this item.");
    $("start").hidden = state.phase !== "not_started";
    $("next").hidden = state.phase === "not_started";
    $("back").hidden = state.phase === "not_started";
    $("next").disabled = !running || state.current >= plan.items.length - 1;
    $("back").disabled = !running || !state.current;
    for (const id of ["pause", "plus", "minus", "end"]) $(id).disabled = !running;
    const paused = !!(state.clock && state.clock.paused_at != null);
    Live.text("pause", paused ? "Resume" : "Pause");
    $("undo").disabled = !state.chair || state.chair.undo_depth === 0;
    const t = Live.timer(state, plan);
    const cd = $("countdown");
    if (t) {
      cd.textContent = t.over ? `+${Live.clock(-t.remaining)}` : Live.clock(t.remaining + 999);
      cd.classList.toggle("warning", t.warning);
      cd.classList.toggle("over", t.over);
      Live.text("drift", `${Live.driftText(t.drift)} · finish ${Live.timeOfDay(t.projected)}${t.paused ? " · paused" : ""}`);
    } else {
      cd.textContent = "–:––";
      cd.classList.remove("warning", "over");
      Live.text("drift", state.phase === "ended" ? "Ended" : `Planned length ${Live.clock(plan.planned_ms)}`);
    }
    const chair = state.chair || {};
    Live.text("stage-shown", chair.stage_message ? `“${chair.stage_message.text}”` : "nothing");
    Live.text("screen-shown", chair.screen_message ? `“${chair.screen_message.text}”` : "nothing");
    for (const part of ["qr", "timer", "turnout"]) $(`show-${part}`).setAttribute("aria-pressed", state.display[part] ? "true" : "false");
    for (const li of $("order").children) {
      const i = Number(li.dataset.index);
      li.className = state.current == null ? "" : i < state.current ? "done" : i === state.current ? "current" : "";
      if (i === state.current) li.setAttribute("aria-current", "step");
      else li.removeAttribute("aria-current");
    }
  }

  function wire() {
    $("start").addEventListener("click", () => send({ cmd: "start" }));
    $("next").addEventListener("click", () => send({ cmd: "next" }));
    $("back").addEventListener("click", () => send({ cmd: "back" }));
    $("pause").addEventListener("click", () => {
      const paused = !!(state && state.clock && state.clock.paused_at != null);
      send({ cmd: paused ? "resume" : "pause" });
    });
    $("plus").addEventListener("click", () => send({ cmd: "extend", seconds: 60 }));
    $("minus").addEventListener("click", () => send({ cmd: "extend", seconds: -60 }));
    $("undo").addEventListener("click", () => send({ cmd: "undo" }));
    $("end").addEventListener("click", () => {
      if (confirm("End the assembly? (Undo can reopen it.)")) send({ cmd: "end" });
    });
    for (const form of document.querySelectorAll("form[data-to]")) {
      form.addEventListener("submit", (e) => {
        e.preventDefault();
        const input = form.querySelector("input");
        const text = input.value.trim();
        if (!text) return;
        send({ cmd: "message", to: form.dataset.to, text });
        input.value = "";
      });
    }
    for (const b of document.querySelectorAll("button.clear")) {
      b.addEventListener("click", () => send({ cmd: "message", to: b.dataset.to, text: "" }));
    }
    for (const part of ["qr", "timer", "turnout"]) {
      $(`show-${part}`).addEventListener("click", () => send({ cmd: "display", [part]: !state.display[part] }));
    }
  }

  wire();
  const redraw = Live.everyTick(draw);
  link = Live.connect("chair", {
    hello(msg) {
      plan = msg.plan;
      contextKey = null;
      buildOrder();
      redraw();
    },
    state(s) {
      state = s;
      draw();
    },
    result,
  });
})();
