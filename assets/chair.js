// The chair's tablet: every control of the running order, one hand, big targets.
"use strict";
(() => {
  const { el } = Live;
  let plan = null;
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
  // Whether a command is on its way (`data-sending` on the page): the
  // moment the last answer is in, for a style or a test that waits for it.
  function sending() {
    document.body.dataset.sending = pending.size ? "yes" : "no";
  }
  const settled = { move: -Infinity, undo: -Infinity };
  const SETTLES = { next: "move", back: "move", undo: "undo" };

  const answerWord = (a) => Live.ANSWERS[a] ?? a;
  // The plan's texts in the chair's language where the plan has them.
  const itemTitle = (item) => I18n.text(plan, `item.${item.id}.title`, item.title);
  const titleOf = (i) => (i == null ? null : plan.items[i] ? itemTitle(plan.items[i]) : I18n.num(i + 1));
  const holderName = (id) => byId(plan.power_holders, id)?.name ?? id;
  const institutionName = (id) => {
    const inst = byId(plan.institutions, id);
    return inst ? I18n.text(plan, `institution.${id}.name`, inst.name) : id;
  };
  // Several things in one sentence, as the language lists them.
  const list = (words) => new Intl.ListFormat(I18n.lang(), { style: "short", type: "unit" }).format(words);
  const minutes = (n) => (n > 0 ? I18n.t("chair-extend-more", { n }) : I18n.t("chair-extend-less", { n: -n }));
  const clockOf = (ms) => I18n.clock(Math.floor(ms / 1000));

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
        return I18n.t("chair-cmd-start");
      case "next":
        return I18n.t("chair-cmd-next");
      case "back":
        return I18n.t("chair-cmd-back");
      case "goto":
        return I18n.t("chair-cmd-goto", { title: titleOf(cmd.item) });
      case "pause":
        return I18n.t("chair-pause");
      case "resume":
        return I18n.t("chair-resume");
      case "extend":
        return minutes(Math.round(cmd.seconds / 60));
      case "respond":
        return I18n.t("chair-cmd-respond", { answer: answerWord(cmd.answer), name: holderName(cmd.holder) });
      case "turnout":
        return I18n.t("chair-cmd-turnout", { name: institutionName(cmd.institution) });
      case "reveal":
        return I18n.t("chair-cmd-reveal");
      case "follow_up":
        return I18n.t("chair-cmd-report-back", { name: holderName(cmd.holder) });
      case "message":
        if (cmd.to === "stage") return cmd.text ? I18n.t("chair-cmd-message-stage") : I18n.t("chair-cmd-clear-stage");
        return cmd.text ? I18n.t("chair-cmd-message-screen") : I18n.t("chair-cmd-clear-screen");
      case "display":
        return I18n.t("chair-cmd-display");
      case "undo":
        return I18n.t("chair-undo");
      case "end":
        return I18n.t("chair-end");
      default:
        return cmd.cmd;
    }
  }

  // Every command carries the seq this tablet last saw and a fresh id. One
  // command at a time: a tap while the last is unanswered is ignored.
  function send(cmd, done, refused) {
    if (!state) return false;
    const t = performance.now();
    const label = labelOf(cmd);
    if (pending.size) {
      if (!SETTLES[cmd.cmd]) {
        const [first] = pending.values();
        notice(I18n.t("chair-still-sending", { first: first.label, what: label }), 5000);
      }
      return false;
    }
    const group = SETTLES[cmd.cmd];
    if (group && t - settled[group] < SETTLE_MS) return false;
    const id = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
    const command = { ...cmd, expect: state.seq, id };
    const entry = { command, label, at: Date.now(), sent: false, before: state, done, refused };
    pending.set(id, entry);
    sending();
    transmit(entry);
    if (!entry.sent) notice(I18n.t("chair-queued", { what: label, seconds: RETRY_MS / 1000 }));
    return true;
  }

  function transmit(entry) {
    entry.sent = link.send(entry.command);
    entry.sentAt = Date.now();
  }

  // Why a command was refused, in the chair's language, from its code;
  // the server's English text for a reason this page has no words for.
  function refusal(msg) {
    if (!msg.refusal) return msg.error;
    const text = I18n.t("refusal-" + msg.refusal, msg.args || {});
    if (text === "refusal-" + msg.refusal) return msg.error;
    return text.charAt(0).toLocaleUpperCase(I18n.lang()) + text.slice(1);
  }

  function result(msg) {
    const entry = msg.id ? pending.get(msg.id) : null;
    if (msg.id) pending.delete(msg.id);
    sending();
    if (!entry) {
      if (!msg.ok) notice(refusal(msg) || I18n.t("chair-failed-unknown"));
      return;
    }
    const group = SETTLES[entry.command.cmd];
    if (msg.ok && group) settled[group] = performance.now();
    if (msg.ok) {
      notice("");
      if (entry.retried && !msg.applied) notice(I18n.t("chair-went-through", { what: entry.label }), 8000);
      entry.done?.(msg, entry);
    } else if (msg.status === 409 && entry.retried) {
      notice(I18n.t("chair-moved-on", { what: entry.label }));
    } else if (msg.status === 409) {
      notice(I18n.t("chair-stale"));
    } else if (entry.refused?.(msg, entry)) {
      notice("");
    } else {
      notice(refusal(msg) || I18n.t("chair-failed", { what: entry.label }));
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
        sending();
        reported.push(entry.label);
      }
    }
    if (reported.length) notice(I18n.t("chair-not-sent", { n: reported.length, what: list(reported) }));
  }

  // An open socket that never answers must not lock the controls.
  setInterval(() => {
    for (const [id, entry] of pending) {
      if (entry.sent && online && Date.now() - entry.sentAt > ANSWER_MS) {
        pending.delete(id);
        sending();
        notice(I18n.t("chair-no-reply", { what: entry.label }));
      }
    }
  }, 1000);

  // Things undone, said from the state before the undo and the state after:
  // `expect` guarantees the undo reverted the change the chair last saw, so
  // what differs between the two is exactly what was undone.
  function describeUndo(before, after) {
    if (before.phase !== after.phase) {
      if (after.phase === "not_started") return I18n.t("chair-cmd-start");
      if (before.phase === "ended") return I18n.t("chair-undid-end", { title: titleOf(after.current) });
    }
    if (before.current !== after.current) {
      let what = I18n.t("chair-cmd-goto", { title: titleOf(before.current) });
      if (after.current != null && before.current === after.current + 1) what = I18n.t("chair-cmd-next");
      else if (after.current != null && before.current === after.current - 1) what = I18n.t("chair-cmd-back");
      if (after.current == null) return I18n.t("chair-undid-move-start", { what });
      return I18n.t("chair-undid-move", { what, title: titleOf(after.current) });
    }
    const bc = before.clock;
    const ac = after.clock;
    if (bc && ac) {
      if (bc.paused_at != null && ac.paused_at == null) return I18n.t("chair-pause");
      if (bc.paused_at == null && ac.paused_at != null) return I18n.t("chair-resume");
      if (bc.planned_ms !== ac.planned_ms) return minutes(Math.round((bc.planned_ms - ac.planned_ms) / 60000));
    }
    const key = (r) => `${r.ask}/${r.holder}`;
    const afterResponses = new Map(after.responses.map((r) => [key(r), r]));
    for (const r of before.responses) {
      const now = afterResponses.get(key(r));
      if (!now || now.at !== r.at || now.answer !== r.answer) {
        const args = { answer: answerWord(r.answer), name: holderName(r.holder) };
        if (now) return I18n.t("chair-undid-answer", { ...args, before: answerWord(now.answer) });
        return I18n.t("chair-cmd-respond", args);
      }
    }
    for (const [inst, count] of Object.entries(before.turnout.announced)) {
      if (after.turnout.announced[inst] !== count) {
        return I18n.t("chair-undid-turnout", { n: count, name: institutionName(inst) });
      }
    }
    const bm = before.chair || {};
    const am = after.chair || {};
    const messages = [
      ["stage_message", () => I18n.t("chair-undid-message-stage", { text: bm.stage_message.text }), () => I18n.t("chair-cmd-clear-stage")],
      ["screen_message", () => I18n.t("chair-undid-message-screen", { text: bm.screen_message.text }), () => I18n.t("chair-cmd-clear-screen")],
    ];
    for (const [part, sent, cleared] of messages) {
      const b = bm[part]?.text ?? "";
      const a = am[part]?.text ?? "";
      if (a !== b) return b ? sent() : cleared();
    }
    const shown = { qr: () => I18n.t("chair-display-qr"), timer: () => I18n.t("chair-display-timer"), turnout: () => I18n.t("chair-display-turnout") };
    for (const part of ["qr", "timer", "turnout"]) {
      if (before.display[part] !== after.display[part]) return I18n.t("chair-undid-display", { what: shown[part](), shown: before.display[part] ? "yes" : "no" });
    }
    for (const p of before.pledges) {
      const a = after.pledges.find((x) => x.pledge === p.pledge);
      if (p.revealed && a && !a.revealed) return I18n.t("chair-undid-reveal");
    }
    return I18n.t("chair-undid-other");
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
      whenSeen(msg.seq, (after) => notice(I18n.t("chair-undid", { what: describeUndo(entry.before, after) }), 10000));
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
      if (earlier && earlier.answer !== answer) notice(I18n.t("chair-replaced", { before: answerWord(earlier.answer), after: answerWord(answer), name: who }), 10000);
      else if (note) notice(I18n.t("chair-recorded-note", { answer: answerWord(answer), name: who }), 6000);
    });
  }

  // A blank promise is no promise, never "0".
  const promisedText = (n) => (n > 0 ? I18n.num(n) : I18n.t("chair-not-promised"));

  // The server refused a count far above the promise: ask the chair, in a
  // dialog, whether the hall really holds that many. Only "Show it" sends
  // it again, confirmed; "Fix it" goes back to the box.
  function checkCount(msg, institution, count, input) {
    if (msg.refusal !== "turnout_unlikely") return false;
    const dialog = $("count-check");
    const inst = byId(plan.institutions, institution);
    const args = msg.args || {};
    Live.text(
      "count-check-text",
      I18n.t("chair-count-check", {
        count,
        // Isolated, so a right-to-left name keeps the numbers in place.
        name: `\u2068${institutionName(institution)}\u2069`,
        promised: inst ? inst.promised : args.promised ?? 0,
        phones: args.phones ?? state.turnout.checked_in[institution] ?? 0,
      }),
    );
    const show = $("count-show");
    const fix = $("count-fix");
    const close = (then) => {
      show.onclick = fix.onclick = dialog.oncancel = null;
      dialog.close();
      then();
    };
    show.onclick = () => close(() => send({ cmd: "turnout", institution, count, confirm: true }));
    fix.onclick = () => close(() => (input.focus(), input.select()));
    dialog.oncancel = (e) => {
      e.preventDefault();
      fix.onclick();
    };
    dialog.showModal();
    fix.focus();
    return true;
  }

  // What each count box last showed from the state: a box follows the
  // state when the state changes (an Undo), not while the chair types.
  const drawnCounts = new Map();

  // The one-line note typed beside a row of answers or statuses.
  const noteField = (id, placeholder) => el("input", { type: "text", id, class: "note", maxLength: NOTE_MAX, autocomplete: "off", placeholder });

  function buildContext(item) {
    drawnCounts.clear();
    const box = $("context");
    box.replaceChildren();
    box.dataset.kind = item ? item.kind : "none";
    if (!item) {
      box.append(el("h2", { text: I18n.t("chair-ready") }), el("p", { text: I18n.t("chair-ready-hint") }));
      return;
    }
    if ((item.kind === "ask" || item.kind === "response") && item.ask) {
      const ask = byId(plan.asks, item.ask);
      const askTitle = el("bdi", { text: I18n.text(plan, `ask.${ask.id}.title`, ask.title) });
      box.append(el("h2", {}, I18n.rich("chair-ask-heading", { title: askTitle })), el("p", { class: "ask-text", dir: "auto", text: I18n.text(plan, `ask.${ask.id}.text`, ask.text) }));
      for (const hid of ask.to) {
        const holder = byId(plan.power_holders, hid) ?? { name: hid, role: "" };
        const noteId = `note-${ask.id}-${hid}`;
        const noteInput = noteField(noteId, I18n.t("chair-note-placeholder"));
        const buttons = el("div", { class: "answers", role: "group", "aria-label": I18n.t("chair-answer-of", { name: holder.name }) });
        for (const a of ANSWER_ORDER) {
          const b = el("button", {
            type: "button",
            class: a,
            "data-ask": ask.id,
            "data-holder": hid,
            "data-answer": a,
            "aria-pressed": "false",
            text: I18n.t("answer-" + a),
          });
          b.addEventListener("click", () => respond(ask.id, hid, a, noteInput));
          buttons.append(b);
        }
        buttons.append(el("label", { for: noteId, class: "visually-hidden", text: I18n.t("chair-note-label", { name: holder.name }) }), noteInput);
        box.append(
          el(
            "div",
            { class: "holder" },
            el(
              "p",
              { class: "who" },
              el("strong", {}, el("bdi", { text: holder.name })),
              holder.role ? el("span", { class: "role" }, I18n.t("chair-separator"), el("bdi", { text: I18n.text(plan, `holder.${hid}.role`, holder.role) })) : "",
              I18n.t("chair-separator"),
              I18n.rich("chair-holder-now", { answer: el("span", { class: "answer", "data-current": `${ask.id}/${hid}` }) }),
              el("span", { class: "history", "data-history": `${ask.id}/${hid}` }),
            ),
            buttons,
          ),
        );
      }
    } else if (item.kind === "report_back") {
      buildRecall(box, item);
    } else if (item.kind === "roll_call") {
      box.append(el("h2", { text: KIND.roll_call }), el("p", { class: "upnext", id: "rollcall-summary", "aria-live": "polite" }));
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
        const name = institutionName(inst.id);
        const set = el("button", { type: "button", text: I18n.t("chair-set"), "aria-label": I18n.t("chair-set-count", { name }) });
        const submit = () => {
          const n = Number.parseInt(input.value, 10);
          if (Number.isNaN(n) || n < 0 || n > 100000) {
            notice(I18n.t("chair-count-range", { max: 100000, name }), 8000);
            return;
          }
          send({ cmd: "turnout", institution: inst.id, count: n }, null, (msg) => checkCount(msg, inst.id, n, input));
        };
        set.addEventListener("click", submit);
        input.addEventListener("keydown", (e) => {
          if (e.key === "Enter") submit();
        });
        body.append(
          el(
            "tr",
            {},
            el("td", {}, el("label", { for: `count-${inst.id}` }, el("bdi", { text: name }))),
            el("td", { class: "num", text: promisedText(inst.promised) }),
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
            el(
              "tr",
              {},
              el("th", { text: I18n.t("chair-col-institution") }),
              el("th", { class: "num", text: I18n.t("chair-col-promised") }),
              el("th", { class: "num", text: I18n.t("chair-col-phones") }),
              el("th", { class: "num", text: I18n.t("chair-col-announced") }),
              el("th", { text: I18n.t("chair-col-count") }),
            ),
          ),
          body,
          el("tfoot", {}, el("tr", {}, el("td", { text: I18n.t("chair-total") }), el("td", { class: "num", id: "promised-total" }), el("td", { class: "num", id: "phones-total" }), el("td", { class: "num", id: "announced-total" }), el("td"))),
        ),
      );
    } else if (item.kind === "pledge" && item.pledge) {
      const pledge = byId(plan.pledges, item.pledge);
      const reveal = el("button", { type: "button", id: "reveal", class: "primary", text: I18n.t("chair-reveal") });
      reveal.addEventListener("click", () => send({ cmd: "reveal", pledge: pledge.id }));
      box.append(
        el("h2", { text: I18n.t("chair-pledge-heading") }),
        el("p", { dir: "auto", text: I18n.text(plan, `pledge.${pledge.id}.text`, pledge.text) }),
        el("p", { class: "tally", id: "tally", "aria-live": "polite" }),
        reveal,
      );
    } else {
      box.append(el("h2", { text: KIND[item.kind] }), el("p", {}, item.lead ? I18n.rich("chair-led-by", { name: el("bdi", { text: item.lead }) }) : ""));
    }
  }

  const STATUS_ORDER = ["not_started", "in_progress", "achieved", "broken"];
  const statusWord = (code) => I18n.t("followup-" + code);
  const { recallKey } = Live;

  // A report-back: each commitment the holder made at the home's earlier
  // assemblies, with one tap for where it stands as they say it on stage
  // (a follow-up step of the assembly where it was made, dated today).
  function buildRecall(box, item) {
    const name = holderName(item.holder);
    box.append(el("h2", {}, I18n.rich("recall-heading", { name: el("bdi", { text: name }) })));
    const recalled = state.report_back || [];
    if (!recalled.length) box.append(el("p", { text: I18n.t("recall-none", { name }) }));
    recalled.forEach((c, n) => {
      const key = recallKey(c);
      const noteId = `public-note-${n}`;
      const noteInput = noteField(noteId, I18n.t("chair-recall-note-placeholder"));
      const buttons = el("div", { class: "answers statuses", role: "group", "aria-label": I18n.t("chair-recall-status-of", { ask: c.ask_title }) });
      for (const status of STATUS_ORDER) {
        const b = el("button", { type: "button", class: `status-${status}`, "data-recall": key, "data-status": status, "aria-pressed": "false", text: statusWord(status) });
        b.addEventListener("click", () => reportBack(c, status, noteInput));
        buttons.append(b);
      }
      buttons.append(el("label", { for: noteId, class: "visually-hidden", text: I18n.t("chair-recall-note-label", { ask: c.ask_title }) }), noteInput);
      const said = c.answer ? I18n.t("recall-said", { answer: answerWord(c.answer) }) : I18n.t("recall-unanswered");
      box.append(
        el(
          "div",
          { class: "holder recall" },
          el("p", { class: "who" }, el("strong", {}, el("bdi", { text: c.ask_title })), el("span", { class: "role" }, I18n.t("chair-separator"), el("bdi", { text: Live.recallWhen(c) }))),
          el("p", { class: "who" }, said, I18n.t("chair-separator"), el("span", { class: "answer", "data-recall-now": key })),
          buttons,
        ),
      );
    });
  }

  function reportBack(c, status, noteInput) {
    const note = noteInput.value.trim();
    const cmd = { cmd: "follow_up", assembly: c.assembly, ask: c.ask, holder: c.holder, status };
    if (note) cmd.public_note = note.slice(0, NOTE_MAX);
    send(cmd, (msg) => {
      if (!msg.applied) return;
      if (note && noteInput.value.trim() === note) noteInput.value = "";
      notice(I18n.t("chair-recall-recorded", { ask: c.ask_title, status: statusWord(status) }), 6000);
    });
  }

  function updateRecall() {
    for (const c of state.report_back || []) {
      const key = recallKey(c);
      for (const b of document.querySelectorAll(`button[data-recall="${CSS.escape(key)}"]`)) {
        b.setAttribute("aria-pressed", c.said_here && c.status === b.dataset.status ? "true" : "false");
      }
      const now = document.querySelector(`[data-recall-now="${CSS.escape(key)}"]`);
      if (!now) continue;
      const text = c.status
        ? I18n.t("recall-now", { status: statusWord(c.status).toLocaleUpperCase(I18n.lang()) }) + (c.said_here ? ` (${I18n.t("chair-recall-said-here")})` : "")
        : I18n.t("recall-not-chased");
      if (now.textContent !== text) now.textContent = text;
    }
  }

  function updateContext(item) {
    if (item && item.kind === "report_back") updateRecall();
    for (const b of document.querySelectorAll("button[data-answer]")) {
      const r = Live.answerOf(state, b.dataset.ask, b.dataset.holder);
      b.setAttribute("aria-pressed", r && r.answer === b.dataset.answer ? "true" : "false");
    }
    for (const n of document.querySelectorAll("[data-current]")) {
      const [ask, holder] = n.dataset.current.split("/");
      const r = Live.answerOf(state, ask, holder);
      const text = r ? Live.ANSWERS[r.answer] + (r.note ? ` (${r.note})` : "") : I18n.t("chair-no-answer-yet");
      if (n.textContent !== text) n.textContent = text;
      n.className = "answer" + (r ? ` answer-${r.answer}` : "");
    }
    for (const n of document.querySelectorAll("[data-history]")) {
      const [ask, holder] = n.dataset.history.split("/");
      const r = Live.answerOf(state, ask, holder);
      const earlier = r && r.replaced ? r.replaced.map((x) => Live.ANSWERS[x.answer]).join(" → ") : "";
      const text = earlier ? I18n.t("chair-separator") + I18n.t("chair-replaced-earlier", { answers: earlier }) : "";
      if (n.textContent !== text) n.textContent = text;
    }
    if (item && item.kind === "roll_call") {
      for (const n of document.querySelectorAll("[data-phones]")) n.textContent = I18n.num(state.turnout.checked_in[n.dataset.phones] ?? 0);
      for (const n of document.querySelectorAll("[data-announced]")) {
        const v = state.turnout.announced[n.dataset.announced];
        n.textContent = v == null ? "–" : I18n.num(v);
      }
      for (const input of document.querySelectorAll("input[data-institution]")) {
        const v = state.turnout.announced[input.dataset.institution];
        const was = drawnCounts.get(input.dataset.institution);
        if (!drawnCounts.has(input.dataset.institution) || was !== v) input.value = v == null ? "" : String(v);
        drawnCounts.set(input.dataset.institution, v);
      }
      Live.text("promised-total", I18n.num(state.turnout.promised_total));
      Live.text("phones-total", I18n.num(state.turnout.phones));
      Live.text("announced-total", I18n.num(state.turnout.announced_total));
      Live.text(
        "rollcall-summary",
        I18n.t("chair-rollcall-summary", {
          announced: state.turnout.announced_total,
          promised: state.turnout.promised_total,
          phones: state.turnout.phones,
        }),
      );
    }
    const tally = $("tally");
    if (tally && item) {
      const p = state.pledges.find((x) => x.pledge === item.pledge);
      if (p) {
        const counts = { yes: p.yes ?? 0, no: p.no ?? 0 };
        tally.textContent = p.revealed ? I18n.t("chair-tally-shown", counts) : I18n.t("chair-tally-hidden", counts);
        $("reveal").disabled = p.revealed;
      }
    }
  }

  function buildOrder() {
    const list = $("order");
    list.replaceChildren();
    plan.items.forEach((item, i) => {
      const title = itemTitle(item);
      const go = el("button", { type: "button", text: I18n.t("chair-go"), "aria-label": I18n.t("chair-cmd-goto", { title }) });
      go.addEventListener("click", () => send({ cmd: "goto", item: i }));
      list.append(el("li", { "data-index": i }, el("span", { class: "t", dir: "auto", text: title }), el("span", { text: I18n.clock(item.seconds) }), go));
    });
  }

  // The whole assembly's projected finish, in the assembly's time zone.
  function finishText(t) {
    const zone = plan.assembly && plan.assembly.timezone;
    const at = (ms) => timeOfDay(ms, zone);
    const parts = [driftText(t.drift)];
    if (state.timing) parts.push(I18n.t("chair-finish-planned", { at: at(t.projected), planned: at(state.timing.planned_finish) }));
    else parts.push(I18n.t("chair-finish", { at: at(t.projected) }));
    if (t.paused) parts.push(I18n.t("chair-paused"));
    return parts.join(I18n.t("chair-separator"));
  }

  function driftText(drift) {
    if (Math.abs(drift) < 30000) return I18n.t("chair-on-time");
    const time = clockOf(Math.abs(drift));
    return drift > 0 ? I18n.t("chair-behind", { time }) : I18n.t("chair-ahead", { time });
  }

  // Time of day as the hall's clocks show it (see Live.timeOfDay), in the
  // chair's language and digits: the device's own way when the device
  // speaks the page's language (24 or 12 hours as it is set), else the
  // language's way.
  const timeFormats = new Map();
  function timeOfDay(ms, zone) {
    const key = zone || "";
    if (!timeFormats.has(key)) {
      const locale = (navigator.language || "").split("-")[0] === I18n.lang() ? navigator.language : I18n.lang();
      const options = { hour: "2-digit", minute: "2-digit", numberingSystem: "latn" };
      let f = null;
      try {
        f = new Intl.DateTimeFormat(locale, zone ? { ...options, timeZone: zone } : options);
      } catch {
        f = new Intl.DateTimeFormat(locale, options);
      }
      timeFormats.set(key, f);
    }
    const text = timeFormats.get(key).format(new Date(ms - (Live.now() - Date.now())));
    return text.replace(/[0-9]/g, (d) => I18n.num(Number(d)));
  }

  function draw() {
    if (!plan || !state) return;
    const running = state.phase === "running";
    const item = state.current == null ? null : plan.items[state.current];
    const key = `${state.current}/${(state.report_back || []).map(recallKey).join()}`;
    if (key !== contextKey) {
      // The item moved (here or on another chair device): Next/Back
      // wait until the new title has been seen. Start needs no wait: its
      // button sits where Back, disabled on the first item, appears.
      const was = contextKey === null ? null : contextKey.split("/")[0];
      if (was !== null && was !== "null" && was !== `${state.current}` && state.current != null) settled.move = Math.max(settled.move, performance.now());
      contextKey = key;
      buildContext(item);
    }
    updateContext(item);
    let phase = I18n.t("chair-phase-item", { n: state.current + 1, total: plan.items.length });
    if (state.phase === "not_started") phase = I18n.t("chair-phase-not-started");
    else if (state.phase === "ended") phase = I18n.t("chair-phase-ended");
    Live.text("phase", phase);
    Live.text("current-kind", item ? KIND[item.kind] : "");
    let title = state.phase === "ended" ? I18n.t("phase-ended") : I18n.t("phase-not_started");
    if (item) title = itemTitle(item);
    Live.text("current-title", title);
    Live.text("current-lead", item && item.lead ? item.lead : "");
    const next = state.current == null ? plan.items[0] : plan.items[state.current + 1];
    Live.text("next-title", next ? itemTitle(next) : I18n.t("chair-last-item"));
    // Before the start, the first item's notes: read while the hall settles.
    const noted = item || (state.phase === "not_started" ? plan.items[0] : null);
    Live.text("notes", noted && noted.notes ? noted.notes : I18n.t("chair-no-notes"));
    $("start").hidden = state.phase !== "not_started";
    $("next").hidden = state.phase === "not_started";
    $("back").hidden = state.phase === "not_started";
    // On the last item, Next ends the assembly (with the same question as End).
    const last = running && state.current >= plan.items.length - 1;
    $("next").disabled = !running;
    $("next").dataset.ends = last ? "yes" : "";
    Live.text("next", last ? I18n.t("chair-next-end") : I18n.t("chair-next"));
    $("back").disabled = !running || !state.current;
    for (const id of ["pause", "plus", "minus", "end"]) $(id).disabled = !running;
    const paused = !!(state.clock && state.clock.paused_at != null);
    Live.text("pause", paused ? I18n.t("chair-resume") : I18n.t("chair-pause"));
    $("undo").disabled = !state.chair || state.chair.undo_depth === 0;
    const t = Live.timer(state, plan);
    const cd = $("countdown");
    if (t) {
      Live.text("countdown", t.over ? `+${clockOf(-t.remaining)}` : clockOf(t.remaining + 999));
      cd.classList.toggle("warning", t.warning);
      cd.classList.toggle("over", t.over);
      Live.text("drift", finishText(t));
    } else {
      Live.text("countdown", "–:––");
      cd.classList.remove("warning", "over");
      const zone = plan.assembly && plan.assembly.timezone;
      let drift = I18n.t("chair-planned-length", { time: clockOf(plan.planned_ms) });
      if (state.phase === "ended") drift = state.ended_at ? I18n.t("chair-ended-at", { at: timeOfDay(state.ended_at, zone) }) : I18n.t("chair-phase-ended");
      Live.text("drift", drift);
    }
    const chair = state.chair || {};
    for (const to of ["stage", "screen"]) {
      const m = chair[`${to}_message`];
      Live.text(`${to}-shown`, m ? I18n.t("chair-quoted", { text: m.text }) : I18n.t("chair-nothing"));
      $(`${to}-pinned`).hidden = !(m && m.pinned);
      document.querySelector(`button.clear[data-to="${to}"]`).disabled = !m;
    }
    for (const part of ["qr", "timer", "turnout"]) $(`show-${part}`).setAttribute("aria-pressed", state.display[part] ? "true" : "false");
    for (const li of $("order").children) {
      const i = Number(li.dataset.index);
      li.className = state.current == null ? "" : i < state.current ? "done" : i === state.current ? "current" : "";
      if (i === state.current) li.setAttribute("aria-current", "step");
      else li.removeAttribute("aria-current");
    }
  }

  // `pin` only when ticked: a message goes with its item unless pinned.
  const pinOf = (to) => ($(`${to}-pin`).checked ? { pin: true } : {});

  function wire() {
    $("start").addEventListener("click", () => send({ cmd: "start" }));
    $("next").addEventListener("click", () => {
      if ($("next").dataset.ends !== "yes") send({ cmd: "next" });
      // A double tap that just reached the last item must not end it.
      else if (performance.now() - settled.move >= SETTLE_MS && confirm(I18n.t("chair-end-confirm"))) send({ cmd: "end" });
    });
    $("back").addEventListener("click", () => send({ cmd: "back" }));
    $("pause").addEventListener("click", () => {
      const paused = !!(state && state.clock && state.clock.paused_at != null);
      send({ cmd: paused ? "resume" : "pause" });
    });
    $("plus").addEventListener("click", () => send({ cmd: "extend", seconds: 60 }));
    $("minus").addEventListener("click", () => send({ cmd: "extend", seconds: -60 }));
    $("undo").addEventListener("click", undo);
    $("end").addEventListener("click", () => {
      if (confirm(I18n.t("chair-end-confirm"))) send({ cmd: "end" });
    });
    for (const form of document.querySelectorAll("form[data-to]")) {
      form.addEventListener("submit", (e) => {
        e.preventDefault();
        const input = form.querySelector("input");
        const text = input.value.trim();
        if (!text) return;
        if (send({ cmd: "message", to: form.dataset.to, text, ...pinOf(form.dataset.to) })) input.value = "";
      });
    }
    for (const b of document.querySelectorAll("button.preset")) {
      b.addEventListener("click", () => send({ cmd: "message", to: b.dataset.to, text: b.dataset.text, ...pinOf(b.dataset.to) }));
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
  // The page's first frame is drawn as `connect` starts, before the first
  // paint, so nothing moves when the socket's first frames come.
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
      const text = waiting.length ? I18n.t("chair-offline-pending", { what: list(waiting) }) : I18n.t("chair-offline");
      notice(text);
      $("notice").dataset.offline = "yes";
    },
    hello(msg) {
      plan = msg.plan;
      contextKey = null;
      buildOrder();
      // The assembly's title, as the plan now names it.
      const title = I18n.text(plan, "assembly.title", plan.assembly.title);
      Live.text("assembly-title", title);
      $("assembly-title").title = title;
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
  // Drawn from the first frame: the page may show (see chair.css).
  $("chair").dataset.drawn = "yes";
})();
