// The projector: the current item, live answers and turnout for the hall.
//
// Whatever the plan holds, everything that matters stays on screen: after
// each change that can move the layout, `fit()` measures and steps sizes
// down (CSS variables on <body>) until the stage fits: the ask's text
// first, then names, titles and the message, the answers last and never
// below a size legible from the back of the hall. Lists too long for one
// screen (a roll call of 500, the recap of many asks) page themselves.
//
// The page speaks one or two languages (I18n.count): with two, every word
// and every text of the plan shows in both, the second language's in a
// `.l2` span with its own lang and dir, left out where it would only
// repeat the first (a name the plan does not translate, the same digits).
"use strict";
(() => {
  const { el } = Live;
  const body = document.body;
  const stage = document.getElementById("stage");
  const corner = document.getElementById("corner");
  const join = document.getElementById("join");
  let plan = null;
  let state = null;
  let boardKey = null; // what the board was built for
  let fitKey = null; // what the layout was last fitted for
  let previous = null; // announced counts of the last frame, to spot a new one
  let latest = null; // the institution announced most recently
  let pager = null; // { list, pages: [[start, end)], page, held }
  let recapInstitutions = []; // the end recap's turnout lines, shown if they fit

  const PAGE_MS = 8000;
  // The most institutions the end recap lists one by one.
  const RECAP_INSTITUTIONS = 40;

  const say = I18n.say;

  // A text of the plan in language `which`: its translation, or as written.
  const planText = (key, base) => (which) => I18n.text(plan, key, base, which);

  function kindWord(kind, which) {
    if (kind === "ask") return I18n.t("screen-kind-ask", {}, which);
    if (kind === "close") return I18n.t("screen-kind-close", {}, which);
    if (kind === "speech") return "";
    return I18n.t("kind-" + kind, {}, which);
  }

  const answerWord = (code, which) => I18n.t("answer-" + code, {}, which).toLocaleUpperCase(I18n.lang(which));

  function byId(list, id) {
    return list.find((x) => x.id === id);
  }

  // The screen's unit, as CSS has it: min(1vh, 1.2vw) in pixels.
  function unit() {
    return Math.min(innerHeight / 100, (innerWidth * 1.2) / 100);
  }

  // join | ended | the current item's kind | none
  function modeOf() {
    if (state.phase === "ended") return "ended";
    const item = state.current == null ? null : plan.items[state.current];
    if (state.display.qr && (!item || item.kind === "welcome")) return "join";
    return item ? item.kind : "none";
  }

  // ---------------------------------------------------------------- boards

  function holderCard(ask, id, extra = {}) {
    const holder = byId(plan.power_holders, id) ?? { name: id, role: "" };
    const role = holder.role ? el("p", { class: "role", dir: "auto" }) : null;
    say(role, planText(`holder.${id}.role`, holder.role));
    return el(
      "div",
      { class: "holdercard" },
      el("p", { class: "name", dir: "auto", text: holder.name }),
      role,
      el("p", { class: "answer pending", "data-response": `${ask.id}/${id}`, ...extra }),
    );
  }

  function buildBoard(mode, item) {
    const board = document.getElementById("board");
    // The check-in box lives in the corner unless the board shows it large.
    if (mode === "join") board.replaceChildren(join);
    else {
      if (join.parentElement !== corner) corner.prepend(join);
      board.replaceChildren();
    }
    pager = null;
    if (mode === "roll_call") {
      const list = el("ul", { class: "pages", id: "rollcall", role: "list" });
      for (const inst of plan.institutions) {
        const name = el("span", { class: "inst-name", dir: "auto" });
        say(name, planText(`institution.${inst.id}.name`, inst.name));
        list.append(el("li", { "data-institution": inst.id }, name, el("span", { class: "n", "data-announced": inst.id })));
      }
      board.append(
        el(
          "div",
          { class: "listhead" },
          el("p", { class: "total", id: "rollcall-total" }),
          el("p", { class: "pagenote", id: "page-note", hidden: true }),
        ),
        list,
      );
    } else if (mode === "ended") {
      const list = el("ul", { class: "pages", id: "recap", role: "list" });
      for (const ask of plan.asks) {
        const holders = el("ul", { role: "list" });
        for (const id of ask.to) {
          const holder = byId(plan.power_holders, id) ?? { name: id };
          holders.append(
            el(
              "li",
              {},
              el("span", { class: "holder-name", dir: "auto", text: holder.name }),
              el("span", { class: "answer pending", "data-response": `${ask.id}/${id}` }),
            ),
          );
        }
        const title = el("h3", { class: "ask-title", dir: "auto" });
        say(title, planText(`ask.${ask.id}.title`, ask.title));
        list.append(el("li", { "data-ask": ask.id }, title, holders));
      }
      if (!plan.asks.length) {
        const none = el("p");
        say(none, (which) => I18n.t("screen-no-asks", {}, which));
        list.append(el("li", {}, none));
      }
      // Each revealed pledge's result, then turnout against the promise of
      // each institution that made one.
      for (const pledge of plan.pledges) {
        const p = state.pledges.find((x) => x.pledge === pledge.id);
        if (!p || !p.revealed) continue;
        const text = el("h3", { class: "pledge-text", dir: "auto" });
        say(text, planText(`pledge.${pledge.id}.text`, pledge.text));
        list.append(el("li", { class: "pledge-result" }, text, el("p", { class: "answer", "data-pledge-result": pledge.id })));
      }
      // Beyond a hall's worth of institutions the total says it: 500
      // lines would only page past unread (and each page costs a fit).
      const promising = plan.institutions.filter((inst) => inst.promised > 0);
      recapInstitutions = [];
      for (const inst of promising.length <= RECAP_INSTITUTIONS ? promising : []) {
        const name = el("span", { class: "inst-name", dir: "auto" });
        say(name, planText(`institution.${inst.id}.name`, inst.name));
        const unit = el("li", { class: "inst" }, el("ul", { role: "list" }, el("li", {}, name, el("span", { class: "answer n", "data-announced": inst.id }))));
        recapInstitutions.push(unit);
        list.append(unit);
      }
      board.append(el("div", { class: "listhead" }, el("p", { class: "total", id: "recap-total" }), el("p", { class: "pagenote", id: "page-note", hidden: true })), list);
    } else if ((mode === "ask" || mode === "response") && item.ask) {
      const ask = byId(plan.asks, item.ask);
      if (!ask) return;
      const holders = el("div", { class: "holders" });
      holders.style.setProperty("--hc", ask.to.length);
      for (const id of ask.to) holders.append(holderCard(ask, id));
      body.dataset.holders = ask.to.length;
      const text = el("p", { class: "asktext", dir: "auto" });
      say(text, planText(`ask.${ask.id}.text`, ask.text));
      board.append(text, holders);
    } else if (mode === "report_back") {
      // What the holder was asked at the home's earlier assemblies, and
      // where each stands: a list that pages like the recap.
      const holder = byId(plan.power_holders, item.holder) ?? { name: item.holder || "" };
      const list = el("ul", { class: "pages", id: "recall", role: "list" });
      for (const c of state.report_back || []) {
        const key = recallKey(c);
        const when = el("p", { class: "recall-when", dir: "auto" });
        say(when, (which) => Live.recallWhen(c, which));
        list.append(
          el(
            "li",
            { "data-recall-item": key },
            when,
            el("h3", { class: "ask-title", dir: "auto", text: c.ask_title }),
            el("p", { class: "recall-line" }, el("span", { class: "recall-said", "data-recall-said": key }), el("span", { class: "answer", "data-recall": key })),
            el("p", { class: "recall-note", dir: "auto", "data-recall-note": key, hidden: true }),
          ),
        );
      }
      if (!list.children.length) {
        const none = el("p");
        say(none, (which) => I18n.t("recall-none", { name: holder.name }, which));
        list.append(el("li", {}, none));
      }
      const head = el("p", { class: "recall-head", id: "recall-head", dir: "auto" });
      say(head, (which) => I18n.t("recall-heading", { name: holder.name }, which));
      board.append(el("div", { class: "listhead" }, head, el("p", { class: "pagenote", id: "page-note", hidden: true })), list);
    } else if (mode === "pledge" && item.pledge) {
      const pledge = byId(plan.pledges, item.pledge);
      if (!pledge) return;
      const text = el("p", { class: "asktext", dir: "auto" });
      say(text, planText(`pledge.${pledge.id}.text`, pledge.text));
      board.append(text, el("div", { class: "tallies", id: "tallies" }));
    }
  }

  // An institution's count against its promise: "85 / 80"; a blank
  // promise is no promise, never "/ 0".
  function countOf(announced, promised, which) {
    const count = announced == null ? "–" : I18n.num(announced, which);
    return promised > 0 ? `${count} / ${I18n.num(promised, which)}` : I18n.t("screen-not-promised", { count }, which);
  }

  function responseWord(r, which) {
    if (r) return answerWord(r.answer, which);
    return state.phase === "ended" ? I18n.t("screen-no-answer", {}, which) : I18n.t("screen-awaiting", {}, which);
  }

  const { recallKey } = Live;
  const statusWord = (code, which) => I18n.t("followup-" + code, {}, which).toLocaleUpperCase(I18n.lang(which));

  function updateRecall() {
    for (const c of state.report_back || []) {
      const key = recallKey(c);
      const now = document.querySelector(`[data-recall="${CSS.escape(key)}"]`);
      if (!now) continue;
      say(now, (which) => (c.status ? I18n.t("recall-now", { status: statusWord(c.status, which) }, which) : I18n.t("recall-not-chased", {}, which)));
      const cls = `answer status-${c.status || "none"}`;
      if (now.className !== cls) now.className = cls;
      const said = document.querySelector(`[data-recall-said="${CSS.escape(key)}"]`);
      say(said, (which) => (c.answer ? I18n.t("recall-said", { answer: answerWord(c.answer, which) }, which) : I18n.t("recall-unanswered", {}, which)));
      const note = document.querySelector(`[data-recall-note="${CSS.escape(key)}"]`);
      note.hidden = !c.note;
      if (note.textContent !== (c.note || "")) note.textContent = c.note || "";
    }
  }

  function updateBoard(mode, item) {
    if (mode === "report_back") updateRecall();
    if (mode === "roll_call") {
      for (const node of document.querySelectorAll("[data-announced]")) {
        const id = node.dataset.announced;
        const promised = byId(plan.institutions, id).promised;
        const announced = state.turnout.announced[id];
        say(node, (which) => countOf(announced, promised, which));
        node.parentElement.classList.toggle("announced", announced != null);
        node.parentElement.classList.toggle("latest", id === latest);
      }
      const { announced_total: announced, promised_total: promised } = state.turnout;
      say(document.getElementById("rollcall-total"), (which) => (promised ? I18n.t("screen-promised", { announced, promised }, which) : I18n.t("screen-announced", { announced }, which)));
    }
    if (mode === "ended") {
      const { announced_total: announced, promised_total: promised } = state.turnout;
      say(document.getElementById("recap-total"), (which) =>
        promised ? I18n.t("screen-recap-turnout", { announced, promised }, which) : I18n.t("screen-recap-turnout-none", { announced }, which),
      );
      // Lines left out for want of room too, so they are right if they return.
      for (const node of recapInstitutions.map((li) => li.querySelector("[data-announced]"))) {
        const id = node.dataset.announced;
        say(node, (which) => countOf(state.turnout.announced[id], byId(plan.institutions, id).promised, which));
      }
      for (const node of document.querySelectorAll("#recap [data-pledge-result]")) {
        const p = state.pledges.find((x) => x.pledge === node.dataset.pledgeResult) || {};
        say(node, (which) =>
          I18n.t("screen-recap-pledge", { yes: `${answerWord("yes", which)} ${I18n.num(p.yes ?? 0, which)}`, no: `${answerWord("no", which)} ${I18n.num(p.no ?? 0, which)}` }, which),
        );
      }
    }
    for (const node of document.querySelectorAll("[data-response]")) {
      const [ask, holder] = node.dataset.response.split("/");
      const r = Live.answerOf(state, ask, holder);
      say(node, (which) => responseWord(r, which));
      const cls = "answer" + (r ? ` answer-${r.answer}` : " pending");
      if (node.className !== cls) node.className = cls;
    }
    const tallies = document.getElementById("tallies");
    if (tallies) {
      const p = state.pledges.find((x) => x.pledge === item.pledge);
      const key = p && p.revealed ? `${p.yes}/${p.no}` : "open";
      if (tallies.dataset.shown !== key) {
        tallies.dataset.shown = key;
        if (p && p.revealed) {
          const tally = (n, code) => {
            const count = el("span", { class: "count" });
            const label = el("span", { class: "label" });
            say(count, (which) => I18n.num(n ?? 0, which));
            say(label, (which) => answerWord(code, which));
            return el("div", { class: `tally answer-${code}` }, count, label);
          };
          tallies.replaceChildren(tally(p.yes, "yes"), tally(p.no, "no"));
        } else {
          const label = el("p", { class: "label" });
          say(label, (which) => I18n.t("screen-answer-on-phone", {}, which));
          tallies.replaceChildren(label);
        }
      }
    }
  }

  // The institution whose count changed since the last frame, if any.
  function spotLatest() {
    const now = state.turnout.announced;
    if (previous) {
      for (const [id, count] of Object.entries(now)) {
        if (previous[id] !== count) latest = id;
      }
    }
    if (latest && now[latest] == null) latest = null;
    previous = { ...now };
  }

  // ------------------------------------------------------------------ fit

  function set(name, value) {
    body.style.setProperty(`--${name}`, String(value));
  }

  // Does the whole page fit the viewport, with nothing spilling out?
  function fits() {
    const root = document.documentElement;
    return (
      stage.scrollHeight <= stage.clientHeight + 1 &&
      stage.scrollWidth <= stage.clientWidth + 1 &&
      corner.scrollHeight <= corner.clientHeight + 1 &&
      root.scrollHeight <= innerHeight + 1 &&
      root.scrollWidth <= innerWidth + 1 &&
      [...document.querySelectorAll(".answer, .count")].every((n) => n.scrollWidth <= n.clientWidth + 1)
    );
  }

  // Set `name` to the largest value in [lo, hi] that fits; true if one does
  // (otherwise it is left at lo).
  function largest(name, lo, hi, apply = set) {
    apply(name, hi);
    if (fits()) return true;
    apply(name, lo);
    if (!fits()) return false;
    for (let i = 0; i < 7; i++) {
      const mid = (lo + hi) / 2;
      apply(name, mid);
      if (fits()) lo = mid;
      else hi = mid;
    }
    apply(name, lo);
    return true;
  }

  // The fit's stages, in order: each scale steps down from its value so far
  // to the stage's floor, and the first stage that fits ends the search.
  // The ask gives way first, then names, titles and the message, and the
  // answers last, never below 3.6 units (3.6 % of a projector's height).
  const ASK_FIRST = [
    ["ask", 0.6],
    ["sec", 0.75],
    ["ans", 0.6],
    ["ask", 0.4],
    ["sec", 0.55],
    ["ans", 0.45],
  ];
  const STAGES = {
    ask: ASK_FIRST,
    response: ASK_FIRST,
    pledge: ASK_FIRST,
    join: [
      ["sec", 0.75],
      ["qr", 0.75],
      ["sec", 0.55],
      ["qr", 0.6],
      ["ans", 0.45],
    ],
  };
  const OTHER = [
    ["sec", 0.55],
    ["ans", 0.45],
  ];

  function fitSteps(stages, lastResort = true) {
    const now = { ask: 1, sec: 1, ans: 1, qr: 1 };
    for (const [name, floor] of stages) {
      if (largest(name, floor, now[name])) {
        // Give room left over back, answers first.
        for (const grow of ["ans", "qr", "sec", "ask"]) {
          const at = parseFloat(body.style.getPropertyValue(`--${grow}`));
          if (at < 1) largest(grow, at, 1);
        }
        return true;
      }
      now[name] = floor;
    }
    if (!lastResort) return false;
    // Last resort: smaller than legible rather than cut anything.
    for (const [name, floor] of [["ask", 0.2], ["sec", 0.35], ["qr", 0.4], ["ans", 0.25]]) {
      if (largest(name, floor, now[name])) return true;
      now[name] = floor;
    }
    return false;
  }

  // Holder cards: one row for up to three, then two rows (2x2, 3x2); on a
  // portrait screen a column, or two.
  function holderColumns(n, tryWide) {
    if (innerWidth >= innerHeight) return n <= 3 ? n : Math.ceil(n / 2);
    return n <= 3 && !tryWide ? 1 : 2;
  }

  // A list of units (institutions, asks) in columns: the largest font that
  // shows them all, or pages at the smallest legible font.
  function fitList(list, opts) {
    const units = [...list.children];
    const u = unit();
    // On a portrait tablet or a phone, held close: smaller, but not tiny.
    const minF = innerWidth >= innerHeight ? opts.min * u : Math.max(opts.min * 0.78 * u, 15);
    const maxF = opts.max * u;
    const width = list.clientWidth || innerWidth;
    const maxCols = (f) => Math.max(1, Math.min(opts.cols, Math.floor(width / (opts.colEm * f))));
    const show = (start, end, cols) => {
      units.forEach((li, i) => (li.hidden = i < start || i >= end));
      set("cols", cols);
    };
    const font = (_, f) => set("f", `${f}px`);
    const note = document.getElementById("page-note");
    note.hidden = true;
    for (const sec of [1, 0.8, 0.65]) {
      set("sec", sec);
      font("f", minF);
      let some = false;
      for (let cols = 1; cols <= maxCols(minF) && !some; cols++) {
        show(0, units.length, cols);
        some = fits();
      }
      if (!some) continue;
      let best = null;
      for (let cols = 1; cols <= maxCols(minF); cols++) {
        // Narrower columns need a font small enough for them.
        const cap = Math.min(maxF, width / (opts.colEm * cols));
        if (cap < minF) break;
        show(0, units.length, cols);
        if (largest("f", minF, cap, font)) {
          const f = parseFloat(body.style.getPropertyValue("--f"));
          if (!best || f > best.f + 0.5) best = { f, cols };
        }
      }
      if (!best) continue;
      font("f", best.f);
      show(0, units.length, best.cols);
      units.forEach((li) => (li.dataset.page = 1));
      pager = null;
      return;
    }
    // Too many for one screen: pages, at the smallest legible size.
    set("sec", 0.65);
    font("f", minF);
    note.hidden = false;
    // The column count that holds the most on the first page.
    let cols = 1;
    let most = 0;
    for (let c = 1; c <= maxCols(minF); c++) {
      let lo = 1;
      let hi = units.length;
      while (lo < hi) {
        const mid = Math.ceil((lo + hi) / 2);
        show(0, mid, c);
        if (fits()) lo = mid;
        else hi = mid - 1;
      }
      if (lo > most) [cols, most] = [c, lo];
    }
    say(note, (which) => I18n.t("screen-page", { page: 10, pages: 10 }, which));
    const pages = [];
    for (let start = 0; start < units.length; ) {
      // The most units from `start` that fit on one page (at least one).
      let lo = start + 1;
      let hi = units.length;
      while (lo < hi) {
        const mid = Math.ceil((lo + hi) / 2);
        show(start, mid, cols);
        if (fits()) lo = mid;
        else hi = mid - 1;
      }
      pages.push([start, lo]);
      start = lo;
    }
    pages.forEach(([s, e], p) => {
      for (let i = s; i < e; i++) units[i].dataset.page = p + 1;
    });
    const old = pager && pager.list === list ? pager.page : 0;
    pager = { list, units, cols, pages, page: Math.min(old, pages.length - 1), held: 0 };
    if (opts.focus != null) {
      const at = units.findIndex((li) => li.dataset[opts.key] === opts.focus);
      if (at >= 0) {
        pager.page = pages.findIndex(([s, e]) => at >= s && at < e);
        pager.held = 2;
      }
    }
    showPage();
  }

  function showPage() {
    const { units, cols, pages, page } = pager;
    const [start, end] = pages[page];
    units.forEach((li, i) => (li.hidden = i < start || i >= end));
    set("cols", cols);
    say(document.getElementById("page-note"), (which) => I18n.t("screen-page", { page: page + 1, pages: pages.length }, which));
  }

  setInterval(() => {
    if (!pager || pager.pages.length < 2 || !pager.list.isConnected) return;
    if (pager.held > 0) {
      pager.held -= 1;
      return;
    }
    pager.page = (pager.page + 1) % pager.pages.length;
    showPage();
  }, PAGE_MS);

  function fit(mode) {
    for (const name of ["ask", "sec", "ans", "qr"]) set(name, 1);
    body.dataset.wide = "no";
    const holders = document.querySelector(".holders");
    if (holders) {
      const n = holders.children.length;
      const [first, second] = [holderColumns(n, false), holderColumns(n, true)];
      holders.style.setProperty("--hc", first);
      if (!fitSteps(STAGES[mode], first === second)) {
        for (const name of ["ask", "sec", "ans"]) set(name, 1);
        holders.style.setProperty("--hc", second);
        fitSteps(STAGES[mode]);
      }
    } else if (mode === "roll_call") {
      fitList(document.getElementById("rollcall"), { min: 3.6, max: 6, cols: 5, colEm: 10, focus: latest, key: "institution" });
    } else if (mode === "report_back") {
      fitList(document.getElementById("recall"), { min: 3.6, max: 6, cols: 3, colEm: 16 });
    } else if (mode === "ended") {
      // Each institution's line only while the recap still fits one
      // screen with it (the total above says the rest): the answers
      // never page away behind a list of counts.
      const recap = document.getElementById("recap");
      const opts = { min: 3.6, max: 5.5, cols: 4, colEm: 14 };
      recap.append(...recapInstitutions);
      fitList(recap, opts);
      if (pager && recapInstitutions.length) {
        for (const li of recapInstitutions) li.remove();
        fitList(recap, opts);
      }
    } else {
      fitSteps(STAGES[mode] ?? OTHER);
    }
  }

  // What the layout depends on, besides the board: refit only when it moves.
  function layoutKey(mode) {
    return JSON.stringify([
      boardKey,
      innerWidth,
      innerHeight,
      state.message ? state.message.text : "",
      state.display,
      mode === "roll_call" || mode === "ended" ? [state.turnout.announced, latest] : null,
      mode === "roll_call" || mode === "ended" ? null : state.responses.map((r) => r.answer + r.ask + r.holder),
      mode === "report_back" ? (state.report_back || []).map((c) => [c.status, c.note]) : null,
      state.pledges.map((p) => [p.revealed, p.yes, p.no]),
      String(state.turnout.phones).length,
      timerShown(),
      body.dataset.hall,
    ]);
  }

  function timerShown() {
    return Boolean(state.display.timer && Live.timer(state, plan));
  }

  // ----------------------------------------------------------------- draw

  function draw() {
    if (!plan || !state) return;
    const item = state.current == null ? null : plan.items[state.current];
    const mode = modeOf();
    // The recap lists what was revealed: a reveal undone rebuilds it.
    const recap =
      mode === "ended"
        ? state.pledges.filter((p) => p.revealed).map((p) => p.pledge).join()
        : mode === "report_back"
          ? (state.report_back || []).map(recallKey).join()
          : "";
    const key = `${state.current}/${mode}/${recap}`;
    spotLatest();
    if (key !== boardKey) {
      boardKey = key;
      body.dataset.kind = item ? item.kind : "none";
      body.dataset.mode = mode;
      buildBoard(mode, item);
    }
    const $ = (id) => document.getElementById(id);
    say($("current-kind"), (which) => (mode !== "ended" && item ? kindWord(item.kind, which) : ""));
    say($("current-title"), (which) => {
      if (mode === "ended") return I18n.t("phase-ended", {}, which);
      if (item) return I18n.text(plan, `item.${item.id}.title`, item.title, which);
      return I18n.t("screen-welcome", {}, which);
    });
    if (mode === "ended") {
      say($("current-lead"), (which) =>
        plan.asks.length ? I18n.t("screen-thanks-answers", {}, which) : I18n.t("screen-thanks", {}, which),
      );
    } else Live.text("current-lead", item && item.lead ? item.lead : "");
    say($("assembly-title"), planText("assembly.title", plan.assembly.title));
    document.getElementById("current-kind").hidden = !document.getElementById("current-kind").textContent;
    document.getElementById("current-lead").hidden = !document.getElementById("current-lead").textContent;
    updateBoard(mode, item);
    const phones = state.turnout.phones;
    Live.text("turnout-phones", I18n.num(phones));
    say($("turnout-label"), (which) => I18n.t("screen-phones-label", { n: phones }, which));
    const qr = state.display.qr && mode !== "ended";
    for (const id of ["qr", "join-hint", "join-address"]) document.getElementById(id).hidden = !qr;
    document.getElementById("turnout-box").hidden = !state.display.turnout || mode === "ended";
    const timer = document.getElementById("timer");
    const t = Live.timer(state, plan);
    timer.hidden = !timerShown();
    if (t) {
      // In the first language's digits; whole seconds, rounded up.
      const value = t.over ? "+" + I18n.clock(Math.floor(-t.remaining / 1000)) : I18n.clock(Math.floor((t.remaining + 999) / 1000));
      if (timer.textContent !== value) timer.textContent = value;
      timer.classList.toggle("warning", t.warning);
      timer.classList.toggle("over", t.over);
    }
    const message = document.getElementById("screen-message");
    const text = state.message ? state.message.text : "";
    message.hidden = !text;
    Live.text("screen-message", text);
    const inCorner = join.parentElement === corner && [...join.children].some((c) => !c.hidden);
    corner.hidden = !inCorner && timer.hidden;
    const layout = layoutKey(mode);
    if (layout !== fitKey) {
      fitKey = layout;
      fit(mode);
    }
    body.dataset.fit = `${innerWidth}x${innerHeight}:${state.seq}`;
  }

  const redraw = Live.everyTick(draw);
  addEventListener("resize", redraw);
  Live.connect("screen", {
    // A new plan (Live delivers no repeat): the board is drawn again.
    hello(msg) {
      plan = msg.plan;
      boardKey = null;
      fitKey = null;
      redraw();
    },
    state(s) {
      state = s;
      draw();
    },
  });
})();
