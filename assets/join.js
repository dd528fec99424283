// The attendee's phone: search the list, and follow the assembly live, in
// the page's language (words from I18n, the plan's texts by I18n.text).
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
    // A name is found as the page shows it and as the plan spells it (as
    // it is now: a rename relabels the list in place).
    const choices = () => [...document.querySelectorAll("#check-in .choice:not(.own)")].map((label) => {
      const names = fold(`${label.textContent} ${label.dataset.also || ""}`);
      return { label, key: ` ${names} `, compact: names.replace(/ /g, "") };
    });
    const noMatch = $("no-match");
    search.addEventListener("input", () => {
      const q = fold(search.value);
      let shown = 0;
      for (const c of choices()) {
        // Every word typed starts a word of the name, or the letters run
        // together inside it ("stjohns").
        const match = q === "" || q.split(" ").every((w) => c.key.includes(` ${w}`)) || c.compact.includes(q.replace(/ /g, ""));
        const keep = match || !!c.label.querySelector("input:checked");
        c.label.hidden = !keep;
        if (keep) shown++;
      }
      const typed = search.value.trim();
      const say = shown > 0 || typed === "" ? "" : I18n.t("join-no-match", { query: typed });
      if (noMatch.textContent !== say) noMatch.textContent = say;
    });
  }

  // Put a message's nodes in `node`, unless it already reads the same.
  function put(node, fragment) {
    if (node && node.textContent !== fragment.textContent) node.replaceChildren(fragment);
  }
  const bold = (n, attrs = {}) => Live.el("strong", { ...attrs, text: I18n.num(n) });

  const pledgeForm = $("pledge-form");
  if (pledgeForm) {
    pledgeForm.addEventListener("submit", (e) => {
      const pledge = state && state.pledges.find((p) => p.open);
      if (!pledge || !link) return;
      const yes = e.submitter ? e.submitter.value === "yes" : true;
      if (link.send({ cmd: "pledge", pledge: pledge.pledge, yes })) {
        e.preventDefault();
        for (const b of pledgeForm.querySelectorAll("button")) b.setAttribute("aria-pressed", String(b.value === (yes ? "yes" : "no")));
        const word = Live.el("strong", { text: yes ? I18n.t("join-yes") : I18n.t("join-no") });
        put($("pledge-mine"), I18n.rich("join-answered", { answer: word }));
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
      const title = item ? I18n.text(plan, `item.${item.id}.title`, item.title) : ended ? I18n.t("phase-ended") : I18n.t("phase-not_started");
      Live.text("current-title", title);
    }
    $("ended-thanks").hidden = !ended;
    Live.text("asks-heading", ended ? I18n.t("join-asks-heading-ended") : I18n.t("join-asks-heading"));
    for (const node of document.querySelectorAll("[data-response]")) {
      const [ask, holder] = node.dataset.response.split("/");
      const r = Live.answerOf(state, ask, holder);
      const word = r ? Live.ANSWERS[r.answer] : ended ? I18n.t("join-no-answer") : I18n.t("join-not-yet");
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
    const phones = { n: state.turnout.phones, count: bold(state.turnout.phones, { id: "turnout-phones" }) };
    put($("turnout"), ended ? I18n.rich("join-turnout-ended", phones) : I18n.rich("join-turnout", phones));
    drawRollCall();
    drawTallies();
    const section = $("pledge");
    const open = state.pledges.find((p) => p.open);
    const checkedIn = !!$("checked-in");
    section.hidden = !open || !checkedIn;
    if (open) {
      const pledge = plan.pledges.find((p) => p.id === open.pledge);
      Live.text("pledge-text", pledge ? I18n.text(plan, `pledge.${pledge.id}.text`, pledge.text) : "");
      const hidden = section.querySelector("input[name=pledge]");
      if (hidden) hidden.value = open.pledge;
    }
  }

  function drawRollCall() {
    const t = state.turnout;
    $("roll-call").hidden = Object.keys(t.announced).length === 0;
    const total = {
      n: t.announced_total,
      count: bold(t.announced_total, { id: "announced-total" }),
      promised: Live.el("span", { id: "promised-total", text: I18n.num(t.promised_total) }),
    };
    // With nothing promised in the hall, the total says so, never "of 0".
    put($("announced"), t.promised_total > 0
      ? I18n.rich("join-announced", total)
      : I18n.rich("join-announced-unpromised", total));
    const mine = $("announced-mine");
    if (!mine) return;
    const id = mine.dataset.institution;
    const group = plan.institutions.find((i) => i.id === id);
    const name = Live.el("bdi", { text: group ? I18n.text(plan, `institution.${id}.name`, group.name) : id });
    const n = t.announced[id];
    const promised = I18n.num(Number(mine.dataset.promised));
    // A blank promise is "no number promised", never "of 0 promised".
    if (!(Number(mine.dataset.promised) > 0)) {
      put(mine, n == null
        ? I18n.rich("join-group-waiting-unpromised", { name })
        : I18n.rich("join-group-announced-unpromised", { name, count: bold(n) }));
      return;
    }
    put(mine, n == null
      ? I18n.rich("join-group-waiting", { name, promised })
      : I18n.rich("join-group-announced", { n, name, count: bold(n), promised }));
  }

  function drawTallies() {
    let any = false;
    for (const li of document.querySelectorAll("#tallies li[data-pledge]")) {
      const p = state.pledges.find((x) => x.pledge === li.dataset.pledge);
      const shown = !!(p && p.revealed && p.yes != null);
      li.hidden = !shown;
      if (!shown) continue;
      any = true;
      put(li.querySelector(".yes-said"), I18n.rich("join-said-yes", { n: p.yes, count: bold(p.yes, { class: "yes-count" }) }));
      put(li.querySelector(".no-said"), I18n.rich("join-said-no", { n: p.no, count: bold(p.no, { class: "no-count" }) }));
    }
    $("pledge-results").hidden = !any;
  }

  // A plan change comes on the socket (a second `hello`): every text of
  // the plan the page was drawn with carries its key (`data-text`) and is
  // relabelled at once. Only a change of shape (an institution, item, ask
  // or pledge added, taken away or moved) fetches the page again (assets
  // answer 304), spread over 15 s across the hall, never while someone
  // types a search.
  let drawnWith = Number($("attendee").dataset.planSeq);
  let drawnShape = null;
  const PARTS = { institution: "institutions", holder: "power_holders", ask: "asks", pledge: "pledges", item: "items" };
  function baseText(key) {
    const parts = key.split(".");
    const field = parts.pop();
    const [part, ...id] = parts;
    if (part === "assembly") return plan.assembly[field] ?? null;
    const found = (plan[PARTS[part]] || []).find((x) => x.id === id.join("."));
    return found ? (found[field] ?? null) : null;
  }
  function relabel() {
    for (const node of document.querySelectorAll("[data-text]")) {
      const base = baseText(node.dataset.text);
      if (base == null) continue;
      const text = I18n.text(plan, node.dataset.text, base);
      if (node.textContent !== text) node.textContent = text;
    }
  }
  // What the server drew that a relabel cannot redraw.
  function shape(p) {
    return JSON.stringify([
      p.institutions.map((i) => [i.id, i.promised]),
      p.power_holders.map((h) => h.id),
      p.asks.map((a) => [a.id, a.to]),
      p.pledges.map((x) => x.id),
      p.items.map((i) => [i.id, i.kind]),
    ]);
  }
  let reloading = false;
  function reloadSoon() {
    if (reloading) return;
    reloading = true;
    const typing = () => search && (document.activeElement === search || search.value.trim() !== "");
    const later = () => (typing() ? setTimeout(later, 2000) : location.reload());
    setTimeout(later, 500 + Math.random() * 14500);
  }

  // Why the phone's answer was refused, in its language: only the reasons
  // a phone can be given travel in the page (named here one by one).
  const REFUSALS = {
    bad_device: (a) => I18n.t("refusal-bad_device", a),
    unknown_group: (a) => I18n.t("refusal-unknown_group", a),
    unknown_pledge: (a) => I18n.t("refusal-unknown_pledge", a),
    not_checked_in: (a) => I18n.t("refusal-not_checked_in", a),
    pledge_closed: (a) => I18n.t("refusal-pledge_closed", a),
    too_many_changes: (a) => I18n.t("refusal-too_many_changes", a),
    too_many_phones: (a) => I18n.t("refusal-too_many_phones", a),
    bad_answer: (a) => I18n.t("refusal-bad_answer", a),
    unavailable: (a) => I18n.t("refusal-unavailable", a),
  };

  function refusal(msg) {
    const say = REFUSALS[msg.refusal];
    if (!say) return I18n.t("join-failed");
    const text = say(msg.args || {});
    return text.charAt(0).toLocaleUpperCase(I18n.lang()) + text.slice(1);
  }

  link = Live.connect("attendee", {
    hello(msg) {
      const again = plan !== null;
      plan = msg.plan;
      if (again) relabel();
      // Live now: the page keeps itself up to date.
      $("refresh").parentElement.hidden = true;
      draw();
    },
    state(s) {
      state = s;
      // The plan the page was drawn with: the first one heard at its seq.
      if (drawnShape === null && s.plan_seq === drawnWith && plan) drawnShape = shape(plan);
      if (s.plan_seq !== drawnWith) {
        if (drawnShape !== null && plan && shape(plan) === drawnShape) drawnWith = s.plan_seq;
        else reloadSoon();
      }
      draw();
    },
    result(msg) {
      if (!msg.ok) Live.text("pledge-mine", refusal(msg));
    },
  });
})();
