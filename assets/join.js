// The attendee's phone: search the list, and follow the assembly live.
"use strict";
(() => {
  let plan = null;
  let state = null;
  let link = null;
  const $ = (id) => document.getElementById(id);

  const search = $("search");
  if (search) {
    search.hidden = false;
    search.addEventListener("input", () => {
      const q = search.value.trim().toLowerCase();
      for (const label of document.querySelectorAll("#check-in .choice")) {
        label.hidden = q !== "" && !label.textContent.toLowerCase().includes(q) && !label.querySelector("input:checked");
      }
    });
  }

  const pledgeForm = $("pledge-form");
  if (pledgeForm) {
    pledgeForm.addEventListener("submit", (e) => {
      const pledge = state && state.pledges.find((p) => p.open);
      if (!pledge || !link) return;
      const yes = e.submitter ? e.submitter.value === "yes" : true;
      if (link.send({ cmd: "pledge", pledge: pledge.pledge, yes })) {
        e.preventDefault();
        for (const b of pledgeForm.querySelectorAll("button")) b.setAttribute("aria-pressed", String(b.value === (yes ? "yes" : "no")));
        Live.text("pledge-mine", `You said ${yes ? "Yes" : "No"}. You can change it while the pledge is open.`);
      }
    });
  }

  function draw() {
    if (!plan || !state) return;
    const item = state.current == null ? null : plan.items[state.current];
    Live.text("current-kind", item ? Live.KINDS[item.kind] : "");
    Live.text("current-title", item ? item.title : state.phase === "ended" ? "The assembly has ended" : "Starting soon");
    for (const node of document.querySelectorAll("[data-response]")) {
      const [ask, holder] = node.dataset.response.split("/");
      const r = Live.answerOf(state, ask, holder);
      const word = r ? Live.ANSWERS[r.answer] : "—";
      if (node.textContent !== word) node.textContent = word;
      node.className = `answer answer-${r ? r.answer : "none"}`;
    }
    const items = $("order").children;
    for (let i = 0; i < items.length; i++) {
      const cls = state.current == null ? "" : i < state.current ? "done" : i === state.current ? "current" : "";
      if (items[i].className !== cls) items[i].className = cls;
      if (cls === "current") items[i].setAttribute("aria-current", "step");
      else items[i].removeAttribute("aria-current");
    }
    Live.text("turnout-phones", state.turnout.phones);
    const section = $("pledge");
    const open = state.pledges.find((p) => p.open);
    const checkedIn = !!$("checked-in");
    section.hidden = !open || !checkedIn;
    if (open) {
      const pledge = plan.pledges.find((p) => p.id === open.pledge);
      Live.text("pledge-text", pledge ? pledge.text : "");
      const hidden = section.querySelector("input[name=pledge]");
      if (hidden) hidden.value = open.pledge;
    }
  }

  link = Live.connect("attendee", {
    hello(msg) {
      plan = msg.plan;
      draw();
    },
    state(s) {
      state = s;
      draw();
    },
    result(msg) {
      if (!msg.ok) Live.text("pledge-mine", msg.error || "That did not work; try again.");
    },
  });
})();
