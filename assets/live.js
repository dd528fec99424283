// Shared by every page: the live connection, the server clock and small
// helpers for building the page from the plan and state the server sends.
"use strict";

const Live = (() => {
  let offset = null; // server clock minus ours, in ms
  const offsets = [];

  // The server's idea of now. A frame can only arrive after it was made,
  // so the largest recent offset is the closest to the truth.
  function now() {
    return Date.now() + (offset ?? 0);
  }

  function observe(serverTime) {
    offsets.push(serverTime - Date.now());
    if (offsets.length > 8) offsets.shift();
    offset = Math.max(...offsets);
  }

  // Open the socket for `role`, reconnecting with backoff and jitter.
  // `on.hello(msg)` (only when the plan is new), `on.state(state)` and
  // `on.result(msg)` are called as messages arrive (the page's inlined
  // first frame, if it has one, at once), `on.open()` and `on.close()` as
  // the socket opens and drops (both optional); `send(obj)` returns false
  // while disconnected.
  function connect(role, on) {
    let socket = null;
    let attempt = 0;
    const body = document.body;
    const status = document.getElementById("connection");
    // False on a relay that has lost its link to the hall: it goes on
    // showing the last state it had.
    let hall = true;
    let live = false;

    function mark(up) {
      live = up;
      body.dataset.live = live ? "yes" : "no";
      body.dataset.hall = hall ? "yes" : "no";
      if (status) {
        status.hidden = live && hall;
        status.textContent = !live
          ? I18n.t("connection-reconnecting")
          : hall
            ? ""
            : I18n.t("connection-hall");
        // The band the projector and the stage leave free for the notice.
        body.style.setProperty("--notice", hall ? "0px" : `${status.offsetHeight}px`);
      }
    }

    // The plan as last delivered. The inlined first frame, the socket's
    // hello and every reconnect's carry the same plan unless it changed in
    // between: a repeat is not delivered, so a page keeps what it drew and
    // fitted.
    let planSent = null;
    // That plan as a tree, which a phone's `plan_patch` applies to.
    let plan = null;
    // The state as last delivered, which a patch applies to.
    let last = null;
    // The `plan_seq` of the plan delivered (a state always follows the plan
    // it goes with): a socket opened with it is not sent that plan again.
    let planHeld = null;

    function deliver(msg) {
      if (msg.type === "hello") {
        const text = JSON.stringify(msg.plan);
        if (text === planSent) return;
        planSent = text;
        plan = msg.plan;
        on.hello?.(msg);
      } else if (msg.type === "plan_patch") {
        // A phone is sent what changed in the plan it holds (`from`). The
        // server sends it only on top of that plan; out of step, the
        // socket opens again and is sent the plan whole.
        if (plan === null || planHeld !== msg.from) {
          planHeld = null;
          socket?.close();
          return;
        }
        const next = structuredClone(plan);
        merge(next, msg.plan);
        deliver({ type: "hello", plan: next });
      } else if (msg.type === "patch") {
        // A phone is sent what changed since the frame before (a JSON
        // merge patch); the server sends it only on top of that frame.
        if (last === null) return;
        const state = structuredClone(last);
        merge(state, msg.state);
        deliver({ type: "state", state, hall: msg.hall });
      } else if (msg.type === "state") {
        last = msg.state;
        if (planSent !== null) planHeld = msg.state.plan_seq;
        observe(msg.state.server_time);
        body.dataset.seq = msg.state.seq;
        if (hall !== (msg.hall !== "reconnecting")) {
          hall = !hall;
          mark(live);
        }
        on.state?.(msg.state);
      } else if (msg.type === "result") on.result?.(msg);
      // The server's clock when it sent the page (see `#first`).
      else if (msg.type === "clock") observe(msg.server_time);
    }

    function open() {
      const scheme = location.protocol === "https:" ? "wss:" : "ws:";
      const held = planHeld === null ? "" : `&plan=${planHeld}`;
      // A phone is sent the plan's texts in its page's language alone.
      const lang = role === "attendee" ? `&lang=${encodeURIComponent(I18n.lang())}` : "";
      socket = new WebSocket(`${scheme}//${location.host}/ws?role=${role}${held}${lang}`);
      socket.onopen = () => {
        attempt = 0;
        mark(true);
        on.open?.();
      };
      socket.onmessage = (event) => {
        let msg;
        try {
          msg = JSON.parse(event.data);
        } catch {
          return;
        }
        deliver(msg);
      };
      socket.onclose = () => {
        mark(false);
        socket = null;
        on.close?.();
        attempt += 1;
        const base = Math.min(10000, 250 * 2 ** Math.min(attempt, 6));
        setTimeout(open, base / 2 + Math.random() * base);
      };
      socket.onerror = () => socket?.close();
    }

    // Not live until the socket opens, but the notice waits a second: the
    // first connection opens within milliseconds, and a page drawn from its
    // first frame should not flash "Reconnecting…" on every load.
    body.dataset.live = "no";
    body.dataset.hall = "yes";
    setTimeout(() => {
      if (!live && attempt === 0) mark(false);
    }, 1000);
    // A page drawn by its script carries the socket's first messages
    // (`#first`, as the server had them when it sent the page): drawn now,
    // before the first paint and before the socket opens.
    const first = document.getElementById("first");
    if (first) {
      let messages = [];
      try {
        messages = JSON.parse(first.textContent);
      } catch {
        messages = [];
      }
      for (const msg of messages) deliver(msg);
    }
    open();
    return {
      send(obj) {
        if (!socket || socket.readyState !== WebSocket.OPEN) return false;
        socket.send(JSON.stringify(obj));
        return true;
      },
    };
  }

  // Apply a JSON merge patch (RFC 7386) to `target` in place: null
  // removes a key, objects merge key by key, anything else replaces; a
  // list of things with ids takes a patch by id (`$by_id`, see `byId`).
  function merge(target, patch) {
    for (const [key, value] of Object.entries(patch)) {
      if (value === null) delete target[key];
      else if (isObject(value) && Array.isArray(target[key]) && "$by_id" in value) target[key] = byId(target[key], value);
      else if (isObject(value) && isObject(target[key])) merge(target[key], value);
      else target[key] = value;
    }
  }
  function isObject(value) {
    return typeof value === "object" && value !== null && !Array.isArray(value);
  }
  // A list's patch by id: `$by_id` holds each changed member's patch (a new
  // member whole) and `$ids`, when members came, went or moved, the ids in
  // their new order.
  function byId(list, patch) {
    const members = new Map(list.map((member) => [member.id, member]));
    const ids = patch.$ids ?? list.map((member) => member.id);
    return ids.map((id) => {
      const member = members.get(id);
      const change = patch.$by_id[id];
      if (change === undefined) return member;
      if (isObject(change) && isObject(member)) {
        merge(member, change);
        return member;
      }
      return change;
    });
  }

  // Milliseconds as "m:ss" or "h:mm:ss"; negative values get a minus sign.
  function clock(ms) {
    const sign = ms < 0 ? "−" : "";
    let s = Math.floor(Math.abs(ms) / 1000);
    const h = Math.floor(s / 3600);
    s -= h * 3600;
    const m = Math.floor(s / 60);
    s -= m * 60;
    const ss = String(s).padStart(2, "0");
    return h > 0 ? `${sign}${h}:${String(m).padStart(2, "0")}:${ss}` : `${sign}${m}:${ss}`;
  }

  // Time of day for an epoch-ms instant, as the hall's clocks show it: in
  // the IANA time `zone` when given (the assembly's, e.g. "Europe/London"),
  // else in this device's zone, as it also is for a zone it does not know.
  const formats = new Map();
  function format(zone) {
    const key = zone || "";
    if (!formats.has(key)) {
      let f = null;
      if (zone) {
        try {
          f = new Intl.DateTimeFormat(undefined, { hour: "2-digit", minute: "2-digit", timeZone: zone });
        } catch {
          f = null;
        }
      }
      formats.set(key, f ?? new Intl.DateTimeFormat(undefined, { hour: "2-digit", minute: "2-digit" }));
    }
    return formats.get(key);
  }
  function timeOfDay(ms, zone) {
    return format(zone).format(new Date(ms - (offset ?? 0)));
  }

  // The live countdown of the current item, from the state's clock.
  function timer(state, plan) {
    const c = state.clock;
    if (!c || state.phase !== "running") return null;
    const t = now();
    const until = c.paused_at ?? t;
    const elapsed = Math.max(0, until - c.started_at - c.paused_ms);
    const remaining = c.planned_ms - elapsed;
    let later = 0;
    for (let i = c.item + 1; i < plan.items.length; i++) later += plan.items[i].seconds * 1000;
    const projected = t + Math.max(remaining, 0) + later;
    const planned = state.timing ? state.timing.planned_finish : projected;
    return {
      elapsed,
      remaining,
      paused: c.paused_at != null,
      planned: c.planned_ms,
      warning: remaining > 0 && remaining <= Math.min(60000, c.planned_ms / 4 + 1),
      over: remaining < 0,
      projected,
      drift: projected - planned,
    };
  }

  function driftText(drift) {
    if (Math.abs(drift) < 30000) return "on time";
    return `${clock(Math.abs(drift))} ${drift > 0 ? "behind" : "ahead"}`;
  }

  // Create an element with text (never HTML) and attributes.
  function el(tag, attrs = {}, ...children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs)) {
      if (v === null || v === undefined || v === false) continue;
      if (k === "class") node.className = v;
      else if (k === "text") node.textContent = v;
      else if (k.startsWith("data-") || k.startsWith("aria-") || k === "role" || k === "type" || k === "for" || k === "id" || k === "name" || k === "value")
        node.setAttribute(k, v === true ? "" : v);
      else node[k] = v;
    }
    for (const child of children) {
      if (child === null || child === undefined) continue;
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return node;
  }

  function text(id, value) {
    const node = document.getElementById(id);
    if (node && node.textContent !== String(value)) node.textContent = value;
  }

  // Item kinds and answers in the page's language (codes in frames).
  const KINDS = Object.fromEntries(
    ["welcome", "roll_call", "testimony", "ask", "response", "pledge", "speech", "close", "report_back"].map((k) => [k, I18n.t("kind-" + k)]),
  );

  const ANSWERS = Object.fromEntries(
    ["yes", "no", "waffle", "absent"].map((a) => [a, I18n.t("answer-" + a).toLocaleUpperCase(I18n.lang())]),
  );

  // A day "YYYY-MM-DD" written out in language `which` (14 March 2026).
  function day(text, which = 0) {
    const [y, m, d] = String(text || "").split("-").map(Number);
    if (!y || !m || !d) return text || "";
    // English as the alliance writes it: 14 March 2026.
    const lang = I18n.lang(which) === "en" ? "en-GB" : I18n.lang(which);
    const f = new Intl.DateTimeFormat(lang, { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
    return f.format(new Date(Date.UTC(y, m - 1, d))).replace(/[0-9]/g, (x) => I18n.num(Number(x), which));
  }

  // What names one earlier commitment on a page: its assembly, ask and holder.
  const recallKey = (c) => `${c.assembly}/${c.ask}/${c.holder}`;

  // Where and when an earlier commitment was made: "14 March 2026 · Spring assembly".
  function recallWhen(c, which = 0) {
    return c.day ? I18n.t("recall-when", { day: day(c.day, which), title: c.title }, which) : c.title;
  }

  function answerOf(state, ask, holder) {
    return state.responses.find((r) => r.ask === ask && r.holder === holder) ?? null;
  }

  // Redraw at most once a frame, and every half second for the clocks.
  function everyTick(draw) {
    let queued = false;
    const run = () => {
      queued = false;
      draw();
    };
    setInterval(() => {
      if (!queued) {
        queued = true;
        requestAnimationFrame(run);
      }
    }, 250);
    return () => {
      if (!queued) {
        queued = true;
        requestAnimationFrame(run);
      }
    };
  }

  // The word for `n` things: `one` for exactly one, else `many`.
  function plural(n, one, many) {
    return n === 1 ? one : many;
  }

  return { connect, merge, now, clock, timeOfDay, timer, driftText, el, text, plural, KINDS, ANSWERS, answerOf, day, recallKey, recallWhen, everyTick };
})();
