// The chair's tablet: every control of the running order, one hand, big targets.
"use strict";
(() => {
  const { el } = Live;
  let plan = null;
  let planText = null;
  let state = null;
  let contextKey = null;
  let link = null;
  let resync = false; // a new connection: look at what is pending on its first state
  let online = false;

  const $ = (id) => document.getElementById(id);
  const ANSWER_ORDER = ["yes", "no", "waffle", "absent"];
  const KIND = Live.KINDS;
  const NOTE_MAX = Number($("chair").dataset.noteMax) || 1000;

  // One gesture moves once. A double tap lands 30-150 ms apart (slow ones
  // up to ~300 ms); the first is answered within a few ms on a LAN, so the
  // second would carry the new seq and move again. Next/Back are therefore
  // ignored for SETTLE_MS after the item changed: long enough to span any
  // double tap and for the new title to be drawn and seen (seeing a change
  // and reacting to it takes a person 250 ms or more), short enough that
  // a deliberate tap after reading the new title still moves.
  const SETTLE_MS = 500;
  // A command pending when the socket dropped is sent again on reconnect
  // only this soon after the tap; later, the hall has moved on and the
  // chair is told it was not sent.
  const RETRY_MS = 10000;
  // An open socket that gives no answer this long frees the controls.
  const ANSWER_MS = 10000;

  // id -> { command, label, at, sent, before, done(result) }, awaiting a result
  const pending = new Map();
  const settled = { move: -Infinity, undo: -Infinity };
  const SETTLES = { next: "move", back: "move", undo: "undo" };

  const plural = (n, one, many) => `${n} ${Live.plural(n, one, many)}`;
  const answerWord = (a) => Live.ANSWERS[a] ?? a;
  const titleOf = (i) => (i == null ? null : plan.items[i]?.title ?? `item ${i + 1}`);
  const holderName = (id) => byId(plan.power_holders, id)?.name ?? id;

  let noticeTimer = null;
  // `text` in the notice slot; `forMs` clears it after a while.
  function notice(text, forMs) {
    const node = $("notice");
    if (node.textContent !== text) node.textContent = text;
    clearTimeout(noticeTimer);
    if (text && forMs) noticeTimer = setTimeout(() => notice(""), forMs);
  }

  function byId(list, id) {
    return list.find((x) => x.id === id);
  }

  // What a command is, in the chair's words.
  function labelOf(cmd) {
    switch (cmd.cmd) {
      case "start":
        return "Start";
      case "next":
        return "Next";
      case "back":
        return "Back";
      case "goto":
        return `Go to “${titleOf(cmd.item)}”`;
      case "pause":
        return "Pause";
      case "resume":
        return "Resume";
      case "extend":
        return cmd.seconds > 0 ? "+1 min" : "−1 min";
      case "respond":
        return `${answerWord(cmd.answer)} from ${holderName(cmd.holder)}`;
      case "turnout":
        return `the count for ${byId(plan.institutions, cmd.institution)?.name ?? cmd.institution}`;
      case "reveal":
        return "Reveal";
      case "message":
        return cmd.text ? `the message to the ${cmd.to === "stage" ? "speaker" : "screen"}` : `Clear (${cmd.to === "stage" ? "speaker" : "screen"})`;
      case "display":
        return "the projector setting";
      case "undo":
        return "Undo";
      case "end":
        return "End";
      default:
        return cmd.cmd;
    }
  }

  // Every command carries the seq this tablet last saw and a fresh id. One
  // command at a time: a tap while the last is unanswered is ignored.
  function send(cmd, done) {
    if (!state) return false;
    const t = performance.now();
    const label = labelOf(cmd);
    if (pending.size) {
      if (!SETTLES[cmd.cmd]) {
        const [first] = pending.values();
        notice(`Still sending ${first.label}: tap ${label} again in a moment.`, 5000);
      }
      return false;
    }
    const group = SETTLES[cmd.cmd];
    if (group && t - settled[group] < SETTLE_MS) return false;
    const id = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
    const command = { ...cmd, expect: state.seq, id };
    const entry = { command, label, at: Date.now(), sent: false, before: state, done };
    pending.set(id, entry);
    transmit(entry);
    if (!entry.sent) notice(`Not connected: ${label} will be sent when the connection is back (within ${RETRY_MS / 1000} s), or you will be told it was not.`);
    return true;
  }

  function transmit(entry) {
    entry.sent = link.send(entry.command);
    entry.sentAt = Date.now();
  }

  function result(msg) {
    const entry = msg.id ? pending.get(msg.id) : null;
    if (msg.id) pending.delete(msg.id);
    if (!entry) {
      if (!msg.ok) notice(msg.error || "That did not work.");
      return;
    }
    const group = SETTLES[entry.command.cmd];
    if (msg.ok && group) settled[group] = performance.now();
    if (msg.ok) {
      notice("");
      if (entry.retried && !msg.applied) notice(`${entry.label} went through before the connection dropped.`, 8000);
      entry.done?.(msg, entry);
    } else if (msg.status === 409 && entry.retried) {
      notice(`${entry.label} was not sent: the connection dropped and the assembly moved on. Tap again if you still want it.`);
    } else if (msg.status === 409) {
      notice("Another chair device changed this first. You now see the latest state; nothing was applied twice. Tap again if you still want it.");
    } else {
      notice(msg.error || `${entry.label} did not work.`);
    }
  }

  // On a new connection's first state: send again what was pending, or say
  // it was not sent. Sending again with the same id never applies twice:
  // the server answers an id it has applied without applying it again.
  function retryPending() {
    const reported = [];
    for (const [id, entry] of pending) {
      const moved = state.chair && state.chair.chair_seq > entry.command.expect;
      // If the chair state moved on, a resend cannot apply anew (its
      // `expect` is stale): it only tells whether it went through.
      if (moved || Date.now() - entry.at <= RETRY_MS) {
        entry.retried = true;
        transmit(entry);
      } else {
        pending.delete(id);
        reported.push(entry.label);
      }
    }
    if (reported.length) notice(`${reported.join(", ")} ${reported.length === 1 ? "was" : "were"} not sent: the connection dropped. Tap again if you still want it.`);
  }

  // An open socket that never answers must not lock the controls.
  setInterval(() => {
    for (const [id, entry] of pending) {
      if (entry.sent && online && Date.now() - entry.sentAt > ANSWER_MS) {
        pending.delete(id);
        notice(`${entry.label} got no answer. Check the running order before tapping again.`);
      }
    }
  }, 1000);

  // Things undone, said from the state before the undo and the state after:
  // `expect` guarantees the undo reverted the change the chair last saw, so
  // what differs between the two is exactly what was undone.
  function describeUndo(before, after) {
    if (before.phase !== after.phase) {
      if (after.phase === "not_started") return "Start";
      if (before.phase === "ended") return `End (back to “${titleOf(after.current)}”)`;
    }
    if (before.current !== after.current) {
      const to = after.current == null ? "before the start" : `“${titleOf(after.current)}”`;
      let what = `Go to “${titleOf(before.current)}”`;
      if (after.current != null && before.current === after.current + 1) what = "Next";
      else if (after.current != null && before.current === after.current - 1) what = "Back";
      return `${what} (back to ${to})`;
    }
    const bc = before.clock;
    const ac = after.clock;
    if (bc && ac) {
      if (bc.paused_at != null && ac.paused_at == null) return "Pause";
      if (bc.paused_at == null && ac.paused_at != null) return "Resume";
      if (bc.planned_ms !== ac.planned_ms) {
        const min = Math.round((bc.planned_ms - ac.planned_ms) / 60000);
        return `${min > 0 ? "+" : "−"}${Math.abs(min)} min`;
      }
    }
    const key = (r) => `${r.ask}/${r.holder}`;
    const afterResponses = new Map(after.responses.map((r) => [key(r), r]));
    for (const r of before.responses) {
      const now = afterResponses.get(key(r));
      if (!now || now.at !== r.at || now.answer !== r.answer) {
        const back = now ? ` (back to ${answerWord(now.answer)})` : "";
        return `${answerWord(r.answer)} from ${holderName(r.holder)}${back}`;
      }
    }
    for (const [inst, count] of Object.entries(before.turnout.announced)) {
      if (after.turnout.announced[inst] !== count) {
        return `${count} for ${byId(plan.institutions, inst)?.name ?? inst}`;
      }
    }
    const bm = before.chair || {};
    const am = after.chair || {};
    for (const [part, who] of [["stage_message", "speaker"], ["screen_message", "screen"]]) {
      const b = bm[part]?.text ?? "";
      const a = am[part]?.text ?? "";
      if (a !== b) return b ? `the message to the ${who} “${b}”` : `Clear (${who})`;
    }
    for (const part of ["qr", "timer", "turnout"]) {
      if (before.display[part] !== after.display[part]) return `projector ${part === "qr" ? "QR code" : part} ${before.display[part] ? "on" : "off"}`;
    }
    for (const p of before.pledges) {
      const a = after.pledges.find((x) => x.pledge === p.pledge);
      if (p.revealed && a && !a.revealed) return "Reveal of the pledge tally";
    }
    return "the last change";
  }

  // Run `fn(state)` once a state at or after `seq` is drawn.
  const awaiting = [];
  function whenSeen(seq, fn) {
    if (state && state.seq >= seq) fn(state);
    else awaiting.push({ seq, fn });
  }
  function seen() {
    for (let i = awaiting.length - 1; i >= 0; i--) {
      if (state.seq >= awaiting[i].seq) awaiting.splice(i, 1)[0].fn(state);
    }
  }

  function undo() {
    send({ cmd: "undo" }, (msg, entry) => {
      if (!msg.applied) return;
      whenSeen(msg.seq, (after) => notice(`Undid: ${describeUndo(entry.before, after)}`, 10000));
    });
  }

  function respond(ask, holder, answer, noteInput) {
    const earlier = Live.answerOf(state, ask, holder);
    const note = noteInput.value.trim();
    const cmd = { cmd: "respond", ask, holder, answer };
    if (note) cmd.note = note.slice(0, NOTE_MAX);
    send(cmd, (msg) => {
      if (!msg.applied) return;
      if (note && noteInput.value.trim() === note) noteInput.value = "";
      const who = holderName(holder);
      if (earlier && earlier.answer !== answer) notice(`Replaced ${answerWord(earlier.answer)} with ${answerWord(answer)} for ${who}.`, 10000);
      else if (note) notice(`${answerWord(answer)} from ${who}, with the note, recorded.`, 6000);
    });
  }

  function buildContext(item) {
    const box = $("context");
    box.replaceChildren();
    box.dataset.kind = item ? item.kind : "none";
    if (!item) {
      box.append(el("h2", { text: "Ready" }), el("p", { text: "Tap Start when the hall is ready. The clock starts with the first item." }));
      return;
    }
    if ((item.kind === "ask" || item.kind === "response") && item.ask) {
      const ask = byId(plan.asks, item.ask);
      box.append(el("h2", { text: `Ask: ${ask.title}` }), el("p", { class: "ask-text", text: ask.text }));
      for (const hid of ask.to) {
        const holder = byId(plan.power_holders, hid) ?? { name: hid, role: "" };
        const noteId = `note-${ask.id}-${hid}`;
        const noteInput = el("input", {
          type: "text",
          id: noteId,
          class: "note",
          maxLength: NOTE_MAX,
          autocomplete: "off",
          placeholder: "Note (optional)",
        });
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
          b.addEventListener("click", () => respond(ask.id, hid, a, noteInput));
          buttons.append(b);
        }
        buttons.append(el("label", { for: noteId, class: "visually-hidden", text: `Note with ${holder.name}’s answer, sent with the next answer tapped` }), noteInput);
        box.append(
          el(
            "div",
            { class: "holder" },
            el(
              "p",
              { class: "who" },
              el("strong", { text: holder.name }),
              holder.role ? el("span", { class: "role", text: ` · ${holder.role}` }) : "",
              " · now: ",
              el("span", { class: "answer", "data-current": `${ask.id}/${hid}` }),
              el("span", { class: "history", "data-history": `${ask.id}/${hid}` }),
            ),
            buttons,
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
        const set = el("button", { type: "button", text: "Set", "aria-label": `Set the count for ${inst.name}` });
        const submit = () => {
          const n = Number.parseInt(input.value, 10);
          if (Number.isNaN(n) || n < 0 || n > 100000) {
            notice(`Enter a count from 0 to 100000 for ${inst.name}.`, 8000);
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
      const text = r ? Live.ANSWERS[r.answer] + (r.note ? ` (${r.note})` : "") : "no answer yet";
      if (n.textContent !== text) n.textContent = text;
      n.className = "answer" + (r ? ` answer-${r.answer}` : "");
    }
    for (const n of document.querySelectorAll("[data-history]")) {
      const [ask, holder] = n.dataset.history.split("/");
      const r = Live.answerOf(state, ask, holder);
      const earlier = r && r.replaced ? r.replaced.map((x) => Live.ANSWERS[x.answer]).join(" → ") : "";
      const text = earlier ? ` · replaced ${earlier}` : "";
      if (n.textContent !== text) n.textContent = text;
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
        `Announced ${state.turnout.announced_total} of ${state.turnout.promised_total} promised · ${plural(state.turnout.phones, "phone", "phones")} checked in`,
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

  // The whole assembly's projected finish, in the assembly's time zone.
  function finishText(t) {
    const zone = plan.assembly && plan.assembly.timezone;
    const at = (ms) => Live.timeOfDay(ms, zone);
    const planned = state.timing ? ` (planned ${at(state.timing.planned_finish)})` : "";
    return `${Live.driftText(t.drift)} · the assembly ends about ${at(t.projected)} at this pace${planned}${t.paused ? " · paused" : ""}`;
  }

  function draw() {
    if (!plan || !state) return;
    const running = state.phase === "running";
    const item = state.current == null ? null : plan.items[state.current];
    const key = `${state.current}`;
    if (key !== contextKey) {
      // The item moved (here or on another chair device): Next/Back
      // wait until the new title has been seen. Start needs no wait: its
      // button sits where Back, disabled on the first item, appears.
      if (contextKey !== null && contextKey !== "null" && state.current != null) settled.move = Math.max(settled.move, performance.now());
      contextKey = key;
      buildContext(item);
    }
    updateContext(item);
    Live.text("phase", state.phase === "not_started" ? "Not started" : state.phase === "ended" ? "Ended" : `Item ${state.current + 1} of ${plan.items.length}`);
    Live.text("current-kind", item ? KIND[item.kind] : "");
    Live.text("current-title", item ? item.title : state.phase === "ended" ? "The assembly has ended" : "Starting soon");
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
      Live.text("countdown", t.over ? `+${Live.clock(-t.remaining)}` : Live.clock(t.remaining + 999));
      cd.classList.toggle("warning", t.warning);
      cd.classList.toggle("over", t.over);
      Live.text("drift", finishText(t));
    } else {
      Live.text("countdown", "–:––");
      cd.classList.remove("warning", "over");
      const zone = plan.assembly && plan.assembly.timezone;
      Live.text(
        "drift",
        state.phase === "ended" && state.ended_at
          ? `Ended at ${Live.timeOfDay(state.ended_at, zone)}`
          : state.phase === "ended"
            ? "Ended"
            : `Planned length of the whole assembly ${Live.clock(plan.planned_ms)}`,
      );
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
    $("undo").addEventListener("click", undo);
    $("end").addEventListener("click", () => {
      if (confirm("End the assembly? (Undo can reopen it.)")) send({ cmd: "end" });
    });
    for (const form of document.querySelectorAll("form[data-to]")) {
      form.addEventListener("submit", (e) => {
        e.preventDefault();
        const input = form.querySelector("input");
        const text = input.value.trim();
        if (!text) return;
        if (send({ cmd: "message", to: form.dataset.to, text })) input.value = "";
      });
    }
    for (const b of document.querySelectorAll("button.preset")) {
      b.addEventListener("click", () => send({ cmd: "message", to: b.dataset.to, text: b.dataset.text }));
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
  // The page arrives with the plan and state: draw them before the first
  // paint, so nothing moves when the socket's first frames come.
  try {
    const main = $("chair");
    plan = JSON.parse(main.dataset.plan);
    planText = JSON.stringify(plan);
    state = JSON.parse(main.dataset.state);
    buildOrder();
    draw();
  } catch {
    plan = null;
    planText = null;
    state = null;
  }
  $("chair").dataset.drawn = "yes";
  link = Live.connect("chair", {
    open() {
      online = true;
      resync = true;
      // The connection is back: the notice about it goes at once.
      if ($("notice").dataset.offline) {
        delete $("notice").dataset.offline;
        notice("");
      }
    },
    close() {
      online = false;
      const waiting = [...pending.values()].map((e) => e.label);
      const text = waiting.length ? `Not connected: reconnecting… ${waiting.join(", ")} will be sent again when the connection is back.` : "Not connected: reconnecting…";
      notice(text);
      $("notice").dataset.offline = "yes";
    },
    hello(msg) {
      const text = JSON.stringify(msg.plan);
      if (text === planText) return;
      planText = text;
      plan = msg.plan;
      contextKey = null;
      buildOrder();
      redraw();
    },
    state(s) {
      state = s;
      draw();
      seen();
      if (resync) {
        resync = false;
        retryPending();
      }
    },
    result,
  });
})();
