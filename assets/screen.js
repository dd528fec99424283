// The projector: the current item, live answers and turnout for the hall.
"use strict";
(() => {
  const { el } = Live;
  let plan = null;
  let state = null;
  let boardKey = null;

  const KINDS = { ...Live.KINDS, ask: "The ask", speech: "", close: "Thank you" };

  function byId(list, id) {
    return list.find((x) => x.id === id);
  }

  // Build the board for the current item once; later states update it in place.
  function buildBoard(item) {
    const board = document.getElementById("board");
    board.replaceChildren();
    if (!item) return;
    if (item.kind === "roll_call") {
      const grid = el("div", { class: "board" });
      for (const inst of plan.institutions) {
        grid.append(
          el("div", {}, el("span", { text: inst.name }), el("span", { class: "n", "data-announced": inst.id })),
        );
      }
      board.append(grid, el("p", { class: "total", id: "rollcall-total" }));
    } else if ((item.kind === "ask" || item.kind === "response") && item.ask) {
      const ask = byId(plan.asks, item.ask);
      if (!ask) return;
      board.append(el("p", { class: "asktext", text: ask.text }));
      const holders = el("div", { class: "holders" });
      for (const id of ask.to) {
        const holder = byId(plan.power_holders, id) ?? { name: id, role: "" };
        holders.append(
          el(
            "div",
            { class: "holdercard" },
            el("p", { class: "name", text: holder.name }),
            el("p", { class: "role", text: holder.role }),
            el("span", { class: "answer", "data-response": `${ask.id}/${id}` }),
          ),
        );
      }
      board.append(holders);
    } else if (item.kind === "pledge" && item.pledge) {
      const pledge = byId(plan.pledges, item.pledge);
      if (!pledge) return;
      board.append(
        el("p", { class: "asktext", text: pledge.text }),
        el("div", { class: "tallies", id: "tallies" }),
      );
    }
  }

  function updateBoard(item) {
    if (!item) return;
    if (item.kind === "roll_call") {
      for (const node of document.querySelectorAll("[data-announced]")) {
        const id = node.dataset.announced;
        const promised = byId(plan.institutions, id).promised;
        const announced = state.turnout.announced[id];
        const value = announced == null ? `– / ${promised}` : `${announced} / ${promised}`;
        if (node.textContent !== value) node.textContent = value;
      }
      Live.text(
        "rollcall-total",
        `Total: ${state.turnout.announced_total} of ${state.turnout.promised_total} promised`,
      );
    }
    for (const node of document.querySelectorAll("[data-response]")) {
      const [ask, holder] = node.dataset.response.split("/");
      const r = Live.answerOf(state, ask, holder);
      const word = r ? (r.answer === "absent" ? "ABSENT: EMPTY CHAIR" : Live.ANSWERS[r.answer]) : "Awaiting answer";
      if (node.textContent !== word) node.textContent = word;
      node.className = "answer" + (r ? ` answer-${r.answer}` : " pending");
    }
    const tallies = document.getElementById("tallies");
    if (tallies) {
      const p = state.pledges.find((x) => x.pledge === item.pledge);
      if (p && p.revealed) {
        tallies.replaceChildren(
          el("div", {}, String(p.yes), el("small", { text: "YES" })),
          el("div", {}, String(p.no), el("small", { text: "NO" })),
        );
      } else {
        tallies.replaceChildren(el("small", { text: "Answer Yes or No on your phone" }));
      }
    }
  }

  function draw() {
    if (!plan || !state) return;
    const item = state.current == null ? null : plan.items[state.current];
    const key = `${state.current}`;
    if (key !== boardKey) {
      boardKey = key;
      document.body.dataset.kind = item ? item.kind : "none";
      buildBoard(item);
    }
    Live.text("current-kind", item ? KINDS[item.kind] ?? "" : "");
    Live.text(
      "current-title",
      item ? item.title : state.phase === "ended" ? "Thank you for coming" : "Welcome: we start soon",
    );
    Live.text("current-lead", item && item.lead ? item.lead : "");
    updateBoard(item);
    Live.text("turnout-phones", state.turnout.phones);
    document.getElementById("qr").hidden = !state.display.qr;
    document.getElementById("turnout-box").hidden = !state.display.turnout;
    const timer = document.getElementById("timer");
    const t = Live.timer(state, plan);
    timer.hidden = !state.display.timer || !t;
    if (t) {
      const value = t.over ? "+" + Live.clock(-t.remaining) : Live.clock(t.remaining + 999);
      if (timer.textContent !== value) timer.textContent = value;
      timer.classList.toggle("warning", t.warning);
      timer.classList.toggle("over", t.over);
    }
    const message = document.getElementById("screen-message");
    const text = state.message ? state.message.text : "";
    message.hidden = !text;
    Live.text("screen-message", text);
  }

  const redraw = Live.everyTick(draw);
  Live.connect("screen", {
    hello(msg) {
      plan = msg.plan;
      boardKey = null;
      redraw();
    },
    state(s) {
      state = s;
      draw();
    },
  });
})();
