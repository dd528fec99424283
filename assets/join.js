// The attendee's phone: search the list, and follow the assembly live in
// the page the server drew, in its language (the server's words, figures
// written by I18n.num and the words around them by I18n, the plan's texts
// relabelled by I18n.text).
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

  // The server draws the page from the phone's one set of templates
  // (src/web/pages/join/parts.rs); this only fills it, and never builds an
  // element: a word is copied from the server's `#join-words`.
  const WORDS = $("join-words");
  const spare = (css) => WORDS && WORDS.content.querySelector(css);

  // The server's word `name` in `node` (none when `name` is null).
  function say(node, name) {
    const word = name && spare(`[data-word="${name}"]`);
    if (!node || (name && !word)) return;
    if (node.innerHTML !== (word ? word.innerHTML : "")) node.replaceChildren(...(word ? word.cloneNode(true).childNodes : []));
  }

  // A sentence with figures (`data-slot`, named as in the message): the
  // numbers go in the server's elements (kept, or a spare), and only the
  // words around them come from `message` (I18n.rich): they hang on n.
  const slotsOf = new WeakMap();
  function sentence(node, message, args, figures) {
    if (!node) return;
    let slots = slotsOf.get(node);
    if (!slots) {
      slots = {};
      for (const s of node.querySelectorAll("[data-slot]")) slots[s.dataset.slot] = s;
      slotsOf.set(node, slots);
    }
    for (const [name, n] of Object.entries(figures)) {
      if (!slots[name]) {
        const made = spare(`[data-slot="${name}"]`);
        if (!made) continue;
        slots[name] = made.cloneNode(true);
      }
      const text = I18n.num(n);
      if (slots[name].textContent !== text) slots[name].textContent = text;
    }
    const words = { ...args };
    for (const [name, slot] of Object.entries(slots)) words[name] = slot.textContent;
    if (node.textContent === message(words).textContent) return;
    node.replaceChildren(message({ ...args, ...slots }));
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
        say($("pledge-mine"), yes ? "answered-yes" : "answered-no");
      }
    });
  }

  function draw() {
    if (!plan || !state) return;
    const ended = state.phase === "ended";
    // By id: after a plan change, positions may differ until the reload.
    const item = state.current_item == null || ended ? null : plan.items.find((i) => i.id === state.current_item) || null;
    const at = plan.items.indexOf(item);
    const rows = $("order").children;
    // An item added since: the page about to be fetched has it.
    const unknown = !item && !ended && state.current_item != null;
    if (!unknown) {
      say($("current-kind"), item ? `kind-${item.kind}` : null);
      // Titles as their rows read (relabelled in place).
      if (item && rows[at]) Live.text("current-title", rows[at].textContent);
      else if (!item) say($("current-title"), ended ? "title-ended" : "title-not_started");
    }
    $("ended-thanks").hidden = !ended;
    say($("asks-heading"), ended ? "asks-ended" : "asks");
    for (const node of document.querySelectorAll("[data-response]")) {
      const [ask, holder] = node.dataset.response.split("/");
      const r = Live.answerOf(state, ask, holder);
      say(node, r ? `answer-${r.answer}` : ended ? "answer-none-ended" : "answer-none");
      node.className = `answer answer-${r ? r.answer : "none"}`;
    }
    for (let i = 0; i < rows.length; i++) {
      const cls = ended ? "done" : at < 0 ? "" : i < at ? "done" : i === at ? "current" : "";
      if (rows[i].className !== cls) rows[i].className = cls;
      if (cls === "current") rows[i].setAttribute("aria-current", "step");
      else rows[i].removeAttribute("aria-current");
    }
    const phones = state.turnout.phones;
    const turnout = ended ? (a) => I18n.rich("join-turnout-ended", a) : (a) => I18n.rich("join-turnout", a);
    sentence($("turnout"), turnout, { n: phones }, { count: phones });
    drawRollCall();
    drawTallies();
    const section = $("pledge");
    const open = state.pledges.find((p) => p.open);
    section.hidden = !open || !$("checked-in");
    const row = open && document.querySelector(`#tallies li[data-pledge="${CSS.escape(open.pledge)}"] [data-text]`);
    Live.text("pledge-text", row ? row.textContent : "");
    // Another pledge open, or none: the phone's answer was to the last.
    const input = section.querySelector("input[name=pledge]");
    if (input && input.getAttribute("value") !== (open ? open.pledge : null)) {
      if (open) input.setAttribute("value", open.pledge);
      else input.removeAttribute("value");
      for (const b of section.querySelectorAll("button")) b.setAttribute("aria-pressed", "false");
      say($("pledge-mine"), null);
    }
  }

  function drawRollCall() {
    const t = state.turnout;
    $("roll-call").hidden = Object.keys(t.announced).length === 0;
    // With nothing promised in the hall, the total says so, never "of 0".
    const total = t.promised_total > 0 ? (a) => I18n.rich("join-announced", a) : (a) => I18n.rich("join-announced-unpromised", a);
    sentence($("announced"), total, { n: t.announced_total }, { count: t.announced_total, promised: t.promised_total });
    const mine = $("announced-mine");
    if (!mine) return;
    const n = t.announced[mine.dataset.institution];
    const promised = Number(mine.dataset.promised);
    // A blank promise is "no number promised", never "of 0 promised".
    if (!(promised > 0)) {
      if (n == null) sentence(mine, (a) => I18n.rich("join-group-waiting-unpromised", a), {}, {});
      else sentence(mine, (a) => I18n.rich("join-group-announced-unpromised", a), {}, { count: n });
    } else if (n == null) sentence(mine, (a) => I18n.rich("join-group-waiting", a), { promised: I18n.num(promised) }, {});
    else sentence(mine, (a) => I18n.rich("join-group-announced", a), { n, promised: I18n.num(promised) }, { count: n });
  }

  function drawTallies() {
    let any = false;
    for (const li of document.querySelectorAll("#tallies li[data-pledge]")) {
      const p = state.pledges.find((x) => x.pledge === li.dataset.pledge);
      const shown = !!(p && p.revealed && p.yes != null);
      li.hidden = !shown;
      if (!shown) continue;
      any = true;
      sentence(li.querySelector(".yes-said"), (a) => I18n.rich("join-said-yes", a), { n: p.yes }, { count: p.yes });
      sentence(li.querySelector(".no-said"), (a) => I18n.rich("join-said-no", a), { n: p.no }, { count: p.no });
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
