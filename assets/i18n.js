// The page's languages, for its scripts. The server embeds the messages
// the page's scripts use in <script type="application/json" id="i18n">:
// one entry per language the page shows (the projector may show two), each
// message a list of parts (see src/i18n/js.rs). Frames carry codes; this
// turns them into words.
"use strict";

const I18n = (() => {
  const el = document.getElementById("i18n");
  const data = el ? JSON.parse(el.textContent) : { langs: [] };
  const langs = data.langs.length
    ? data.langs
    : [{ lang: "en", dir: "ltr", num: { digits: "0123456789", group: ",", min: 4 }, m: {} }];
  const rules = langs.map((l) => new Intl.PluralRules(l.lang));

  // A whole number in the language's digits and grouping.
  function num(n, which = 0) {
    const style = langs[which].num;
    const negative = n < 0;
    const plain = String(Math.trunc(Math.abs(n)));
    let out = "";
    for (let i = 0; i < plain.length; i++) {
      const left = plain.length - i;
      if (plain.length >= style.min && i > 0 && left % 3 === 0) out += style.group;
      out += style.digits[plain.charCodeAt(i) - 48];
    }
    return (negative ? "-" : "") + out;
  }

  // `m:ss`, or `h:mm:ss` from an hour, of whole seconds.
  function clock(seconds, which = 0) {
    const sign = seconds < 0 ? "-" : "";
    const s = Math.abs(Math.trunc(seconds));
    const d = (n) => num(n, which).split(langs[which].num.group).join("");
    const two = (n) => (n < 10 ? d(0) : "") + d(n);
    if (s >= 3600) return sign + d(Math.floor(s / 3600)) + ":" + two(Math.floor(s / 60) % 60) + ":" + two(s % 60);
    return sign + d(Math.floor(s / 60)) + ":" + two(s % 60);
  }

  function choose(part, args, which) {
    const value = args[part.s];
    if (typeof value === "number") {
      const exact = "=" + value;
      if (exact in part.o) return part.o[exact];
      const category = rules[which].select(value);
      if (category in part.o) return part.o[category];
    } else if (value != null && String(value) in part.o) {
      return part.o[String(value)];
    }
    return part.o[part.d] || [];
  }

  // Calls `text(string)` and `value(arg)` in order for the message.
  function walk(parts, args, which, text, value) {
    for (const part of parts) {
      if (typeof part === "string") text(part);
      else if ("v" in part) value(args[part.v]);
      else walk(choose(part, args, which), args, which, text, value);
    }
  }

  function find(key, which) {
    const m = langs[which].m[key] ?? langs[0].m[key];
    if (m === undefined) console.warn("no message", key);
    return m;
  }

  // The message `key` as text; numbers in `args` choose plurals and are
  // written in the language's digits.
  function t(key, args = {}, which = 0) {
    const parts = find(key, which);
    if (parts === undefined) return key;
    let out = "";
    walk(parts, args, which, (s) => (out += s), (v) => (out += typeof v === "number" ? num(v, which) : String(v ?? "")));
    return out;
  }

  // The message `key` as nodes: an argument that is a Node is put in its
  // place (a name in <strong><bdi>), the rest as text.
  function rich(key, args = {}, which = 0) {
    const fragment = document.createDocumentFragment();
    const parts = find(key, which);
    if (parts === undefined) {
      fragment.append(key);
      return fragment;
    }
    walk(parts, args, which, (s) => fragment.append(s), (v) => {
      if (v instanceof Node) fragment.append(v);
      else fragment.append(typeof v === "number" ? num(v, which) : String(v ?? ""));
    });
    return fragment;
  }

  // A text of the plan in the page's language: its translation (keys as in
  // src/domain/plan.rs `TextKey`) or the plain text.
  function text(plan, key, base, which = 0) {
    const texts = plan && plan.translations && plan.translations[langs[which].lang];
    return (texts && texts[key]) || base;
  }

  // Put `words(which)` (a text, or nodes) in `node`, in each of the page's
  // languages: with two, a span per language (`.l1`, `.l2`), the second
  // with its own lang and dir, hidden when it says the same as the first.
  function say(node, words) {
    if (!node) return;
    if (langs.length < 2) return put(node, words(0));
    let [first, second] = node.children;
    if (!(first && first.classList.contains("l1") && second)) {
      first = document.createElement("span");
      first.className = "l1";
      second = document.createElement("span");
      second.className = "l2";
      second.setAttribute("lang", langs[1].lang);
      second.setAttribute("dir", langs[1].dir);
      node.replaceChildren(first, second);
    }
    put(first, words(0));
    put(second, words(1));
    const hide = !second.textContent || second.textContent === first.textContent;
    if (second.hidden !== hide) second.hidden = hide;
  }

  function put(node, value) {
    if (value instanceof Node) {
      if (node.textContent !== value.textContent || !node.firstElementChild) node.replaceChildren(value);
    } else if (node.textContent !== String(value ?? "")) node.textContent = value ?? "";
  }

  return {
    t, rich, num, clock, text, say,
    count: langs.length,
    lang: (which = 0) => langs[which].lang,
    dir: (which = 0) => langs[which].dir,
  };
})();
