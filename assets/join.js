// The attendee's phone: search the list, and follow the assembly live.
"use strict";
(() => {
  let plan = null;
  let state = null;
  let link = null;
  const $ = (id) => document.getElementById(id);

  // Letters that no accent-stripping splits, and the Arabic letters an
  // Urdu or Persian name spells with their own shapes: a phone with an
  // Arabic keyboard types ك and ي where the plan says ک and ی.
  const SAME = { "ł": "l", "đ": "d", "ø": "o", "ß": "ss", "æ": "ae", "œ": "oe", "ı": "i", "ك": "ک", "ي": "ی", "ى": "ی", "ة": "ه", "ہ": "ه", "ە": "ه", "ھ": "ه" };

  const ONE_OF = new RegExp(`[${Object.keys(SAME).join("")}]`, "g");

  // Fold typed text and names alike: no case, accents or vowel marks, no
  // apostrophes, other punctuation as spaces ("huda" finds "Al-Hudā").
  function fold(text) {
    return text
      .normalize("NFD")
      .replace(/[\p{M}\u0640]+/gu, "")
      .toLowerCase()
      .replace(ONE_OF, (c) => SAME[c])
      .replace(/[’‘‛'`´ʼ′]/g, "")
      .replace(/[^\p{L}\p{N}]+/gu, " ")
      .trim();
  }

  const search = $("search");
  if (search) {
    search.hidden = false;
    const choices = [...document.querySelectorAll("#check-in .choice:not(.own)")].map((label) => ({
      label,
      key: ` ${fold(label.textContent)} `,
      compact: fold(label.textContent).replace(/ /g, ""),
    }));
    const noMatch = $("no-match");
    search.addEventListener("input", () => {
      const q = fold(search.value);
      let shown = 0;
      for (const c of choices) {
        // Every word typed starts a word of the name, or the letters run
        // together inside it ("stjohns").
        const match = q === "" || q.split(" ").every((w) => c.key.includes(` ${w}`)) || c.compact.includes(q.replace(/ /g, ""));
        const keep = match || !!c.label.querySelector("input:checked");
        c.label.hidden = !keep;
        if (keep) shown++;
      }
      const typed = search.value.trim();
      const say = shown > 0 || typed === "" ? "" : `No group matches “${typed}”. Check the spelling, or choose On my own.`;
      if (noMatch.textContent !== say) noMatch.textContent = say;
    });
  }

  const people = (n) => Live.plural(n, "person", "people");

  const pledgeForm = $("pledge-form");
  if (pledgeForm) {
    pledgeForm.addEventListener("submit", (e) => {
      const pledge = state && state.pledges.find((p) => p.open);
      if (!pledge || !link) return;
      const yes = e.submitter ? e.submitter.value === "yes" : true;
      if (link.send({ cmd: "pledge", pledge: pledge.pledge, yes })) {
        e.preventDefault();
        for (const b of pledgeForm.querySelectorAll("button")) b.setAttribute("aria-pressed", String(b.value === (yes ? "yes" : "no")));
        Live.text("pledge-mine", `You answered ${yes ? "Yes" : "No"}. You can change it while the pledge is open.`);
      }
    });
  }

  function draw() {
    if (!plan || !state) return;
    const ended = state.phase === "ended";
    // By id: after a plan change, positions may differ until the reload.
    const item = state.current_item == null || ended ? null : plan.items.find((i) => i.id === state.current_item) || null;
    // An item added since: the page about to be fetched has it.
    const unknown = !item && !ended && state.current_item != null;
    if (!unknown) {
      Live.text("current-kind", item ? Live.KINDS[item.kind] : "");
      Live.text("current-title", item ? item.title : ended ? "The assembly has ended" : "Starting soon");
    }
    $("ended-thanks").hidden = !ended;
    Live.text("asks-heading", ended ? "What was asked, and the answers" : "The asks");
    for (const node of document.querySelectorAll("[data-response]")) {
      const [ask, holder] = node.dataset.response.split("/");
      const r = Live.answerOf(state, ask, holder);
      const word = r ? Live.ANSWERS[r.answer] : ended ? "no answer" : "not yet";
      if (node.textContent !== word) node.textContent = word;
      node.className = `answer answer-${r ? r.answer : "none"}`;
    }
    const items = $("order").children;
    const at = plan.items.indexOf(item);
    for (let i = 0; i < items.length; i++) {
      const cls = ended ? "done" : at < 0 ? "" : i < at ? "done" : i === at ? "current" : "";
      if (items[i].className !== cls) items[i].className = cls;
      if (cls === "current") items[i].setAttribute("aria-current", "step");
      else items[i].removeAttribute("aria-current");
    }
    Live.text("turnout-phones", state.turnout.phones.toLocaleString());
    Live.text("turnout-word", Live.plural(state.turnout.phones, "phone", "phones"));
    Live.text("turnout-when", ended ? "" : " so far");
    drawRollCall();
    drawTallies();
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

  function drawRollCall() {
    const t = state.turnout;
    $("roll-call").hidden = Object.keys(t.announced).length === 0;
    Live.text("announced-total", t.announced_total.toLocaleString());
    Live.text("announced-word", people(t.announced_total));
    Live.text("promised-total", t.promised_total.toLocaleString());
    const mine = $("announced-mine");
    if (!mine) return;
    const n = t.announced[mine.dataset.institution];
    const promised = Number(mine.dataset.promised).toLocaleString();
    const said = n == null
      ? [`not announced yet (${promised} promised)`]
      : [Live.el("strong", { text: n.toLocaleString() }), ` ${people(n)} announced, of ${promised} promised`];
    const count = $("announced-mine-count");
    const text = said.map((x) => (typeof x === "string" ? x : x.textContent)).join("");
    if (count.textContent !== text) count.replaceChildren(...said);
  }

  function drawTallies() {
    let any = false;
    for (const li of document.querySelectorAll("#tallies li[data-pledge]")) {
      const p = state.pledges.find((x) => x.pledge === li.dataset.pledge);
      const shown = !!(p && p.revealed && p.yes != null);
      li.hidden = !shown;
      if (!shown) continue;
      any = true;
      li.querySelector(".yes-count").textContent = p.yes.toLocaleString();
      li.querySelector(".no-count").textContent = p.no.toLocaleString();
    }
    $("pledge-results").hidden = !any;
  }

  // A plan change: fetch the page again (assets answer 304), spread over
  // 15 s across the hall, never while someone types a search.
  const drawnWith = Number($("attendee").dataset.planSeq);
  let reloading = false;
  function reloadSoon() {
    if (reloading) return;
    reloading = true;
    const typing = () => search && (document.activeElement === search || search.value.trim() !== "");
    const later = () => (typing() ? setTimeout(later, 2000) : location.reload());
    setTimeout(later, 500 + Math.random() * 14500);
  }

  link = Live.connect("attendee", {
    hello(msg) {
      plan = msg.plan;
      // Live now: the page keeps itself up to date.
      $("refresh").parentElement.hidden = true;
      draw();
    },
    state(s) {
      state = s;
      if (s.plan_seq !== drawnWith) reloadSoon();
      draw();
    },
    result(msg) {
      if (!msg.ok) Live.text("pledge-mine", msg.error || "That did not work; try again.");
    },
  });
})();
