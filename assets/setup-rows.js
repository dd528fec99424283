// The plan form's rows: numbering, adding, removing and moving them, the
// links between sections (an ask's power-holders, an item's ask), and the
// draft the form holds. Rows are known by a key (data-key) that outlives
// renumbering; a reference names a row by its key, or an id no row has as
// "=id" (kept, so the checker can say what is wrong with it).
"use strict";

const SetupRows = (() => {
  const SECTIONS = ["institutions", "power_holders", "asks", "pledges", "items"];
  /** Which field an entry's id is made from while the id is left alone. */
  const NAMED_BY = { institutions: "name", power_holders: "name", asks: "title", pledges: "text" };
  /** Where the keyboard starts in a new row. */
  const FIRST = {
    institutions: '[data-f="name"] input',
    power_holders: '[data-f="name"] input',
    asks: '[data-f="title"] input',
    pledges: '[data-f="text"] textarea',
    items: '[data-f="title"] input',
  };
  /** The texts of each part that are translated, and their boxes' labels. */
  const TRANSLATED = {
    assembly: [["title", "Title"], ["venue", "Venue"]],
    institutions: [["name", "Name"]],
    power_holders: [["role", "Role"]],
    asks: [["title", "Title"], ["text", "Text"]],
    pledges: [["text", "Text"]],
    items: [["title", "Title"]],
  };
  /** Languages' own names, for the labels: "Title (Cymraeg)". */
  const NAMES = JSON.parse(document.getElementById("setup").dataset.names || "{}");
  const isCode = (code) => /^[a-z]{2,3}$/.test(code);
  let made = 0;

  const list = (section) => document.getElementById(section);
  const rowsOf = (section) => [...list(section).children];
  const sectionOf = (row) => row.parentElement.dataset.section;
  const control = (field) => field.querySelector("input, select, textarea");
  const fieldOf = (row, f) => row.querySelector(`:scope > .field[data-f="${f}"]`);
  const valueOf = (row, f) => {
    const field = fieldOf(row, f);
    return field ? control(field).value : "";
  };

  /** Give a row the labels and ids of position `n`. */
  function number(row, n) {
    const section = sectionOf(row);
    const noun = list(section).dataset.noun;
    const at = `${section}.${n}`;
    row.querySelector(".num").textContent = String(n + 1);
    for (const span of row.querySelectorAll(".vn")) span.textContent = `${noun} ${n + 1}`;
    for (const field of row.querySelectorAll(":scope > .field")) {
      const path = `${at}.${field.dataset.f}`;
      const error = field.querySelector(":scope > .error");
      if (error) error.id = `${path}-error`;
      const controls = field.tagName === "FIELDSET" ? [...field.querySelectorAll("li > label > input")] : [control(field)];
      if (field.tagName === "FIELDSET") {
        field.id = path;
        for (const box of controls) box.id = `${path}.${box.closest("li").dataset.ref}`;
      } else controls[0].id = path;
      for (const c of controls) {
        if (error) c.setAttribute("aria-describedby", error.id);
        else c.removeAttribute("aria-describedby");
      }
    }
    const error = row.querySelector(":scope > .error");
    if (error) error.id = `${at}-error`;
    const why = row.querySelector(".why");
    if (why) {
      why.id = `${at}-why`;
      row.querySelector('[data-act="remove"]').setAttribute("aria-describedby", why.id);
    }
  }

  function renumber(section, from = 0) {
    rowsOf(section).forEach((row, n) => n >= from && number(row, n));
    const count = list(section).children.length;
    document.querySelector(`#${section}-heading .count`).textContent = `(${count})`;
    // As the server draws it (MANY in setup.rs).
    list(section).classList.toggle("many", count > 60);
    edges(section);
  }

  /** First and last rows cannot move further; nor can entries the record holds. */
  function edges(section) {
    const rows = rowsOf(section);
    rows.forEach((row, n) => {
      const up = row.querySelector('[data-act="up"]');
      if (!up) return;
      const held = "locked" in row.dataset;
      up.disabled = held || n === 0;
      row.querySelector('[data-act="down"]').disabled = held || n === rows.length - 1;
    });
    for (const ol of list(section).querySelectorAll(".targets")) {
      const lis = [...ol.children];
      lis.forEach((li, n) => {
        li.querySelector('[data-act="earlier"]').disabled = n === 0;
        li.querySelector('[data-act="later"]').disabled = n === lis.length - 1;
      });
    }
  }

  /** "1st", "2nd": the answering order of the holders an ask is put to. */
  function places(ol) {
    let n = 0;
    for (const li of ol.children) {
      const chosen = li.querySelector("input").checked;
      if (chosen) n += 1;
      li.querySelector(".place").textContent = chosen ? ` (answers ${ordinal(n)})` : "";
    }
  }

  const ordinal = (n) => {
    const tens = n % 100;
    const suffix = tens >= 11 && tens <= 13 ? "th" : ["th", "st", "nd", "rd"][n % 10] || "th";
    return `${n}${suffix}`;
  };

  const template = (id) => document.getElementById(id).content.firstElementChild.cloneNode(true);

  /** A holder in an ask's list: `reference` a holder's key or "=id". */
  function target(reference, name, chosen) {
    const li = template("tpl-target");
    li.dataset.ref = reference;
    const shown = reference.startsWith("=") ? `${reference.slice(1)} (no such power-holder)` : name;
    for (const who of li.querySelectorAll(".who")) who.textContent = shown;
    li.querySelector("input").checked = chosen;
    return li;
  }

  /** The asks, pledges or power-holders an item may link to: [key, label]. */
  function choices(section) {
    const f = { asks: "title", pledges: "text", power_holders: "name" }[section];
    return rowsOf(section).map((row) => {
      const text = valueOf(row, f).trim() || valueOf(row, "id");
      const short = [...text].slice(0, 60).join("");
      return [row.dataset.key, short.length < text.length ? `${short.trimEnd()}…` : short];
    });
  }

  let offered = "";
  /** Every item's ask, pledge and holder selects offer the ones there are now. */
  function syncChoices(force = false) {
    const asks = choices("asks");
    const pledges = choices("pledges");
    const holders = choices("power_holders");
    const now = JSON.stringify([asks, pledges, holders]);
    if (now === offered && !force) return;
    offered = now;
    for (const row of rowsOf("items")) {
      offer(control(fieldOf(row, "ask")), asks);
      offer(control(fieldOf(row, "pledge")), pledges);
      offer(control(fieldOf(row, "holder")), holders);
    }
  }

  function offer(select, all) {
    const value = select.value;
    const options = [new Option("— none —", "")];
    if (value.startsWith("=")) options.push(new Option(`${value.slice(1)} (unknown)`, value));
    for (const [key, label] of all) options.push(new Option(label, key));
    select.replaceChildren(...options);
    select.value = value;
  }

  /** Show the ask, pledge or holder select where the kind needs one. */
  function kindChanged(row) {
    const kind = valueOf(row, "kind");
    const needed = [["ask", kind === "ask" || kind === "response"], ["pledge", kind === "pledge"], ["holder", kind === "report_back"]];
    for (const [f, needs] of needed) {
      const field = fieldOf(row, f);
      if (!needs) control(field).value = "";
      field.hidden = !needs;
    }
  }

  function slug(text) {
    let out = "";
    for (const c of text.toLowerCase()) {
      if (/[a-z0-9_]/.test(c)) out += c;
      else if (out && !out.endsWith("-")) out += "-";
    }
    return [...out].slice(0, 40).join("").replace(/[-_]+$/, "");
  }

  /** A new entry's id follows its name until someone types an id; a
   * name the home's earlier assemblies know takes their id (and role or
   * promise where still blank): the same person, the same id. */
  function autoId(row) {
    const section = sectionOf(row);
    const input = control(fieldOf(row, "id"));
    if (input.dataset.auto !== "1") return;
    const name = valueOf(row, NAMED_BY[section]).trim();
    const known = [...document.querySelectorAll(`#home-${section} option`)].find((o) => o.value === name);
    const held = (id) => rowsOf(section).some((r) => r !== row && valueOf(r, "id") === id);
    if (known && !held(known.dataset.id)) {
      input.value = known.dataset.id;
      for (const [f, value] of [["role", known.dataset.role], ["promised", known.dataset.promised]]) {
        const field = fieldOf(row, f);
        if (field && value && !control(field).value) control(field).value = value;
      }
      return;
    }
    const n = rowsOf(section).indexOf(row) + 1;
    const base = slug(valueOf(row, NAMED_BY[section])) || `${list(section).dataset.noun.toLowerCase().replace(/[^a-z]+/g, "-")}-${n}`;
    const taken = new Set(rowsOf(section).filter((r) => r !== row).map((r) => valueOf(r, "id")));
    let id = base;
    for (let k = 2; taken.has(id); k += 1) id = `${base}-${k}`;
    input.value = id;
  }

  /** A row from its template, keyed and numbered, at the end of its section. */
  function add(section) {
    const row = template(`tpl-${section}`);
    made += 1;
    row.dataset.key = `n${made}`;
    list(section).append(row);
    translate(row, section);
    if (section === "asks") {
      const ol = row.querySelector(".targets");
      for (const holder of rowsOf("power_holders")) ol.append(target(holder.dataset.key, valueOf(holder, "name"), false));
    }
    if (section === "power_holders") {
      for (const ol of list("asks").querySelectorAll(".targets")) ol.append(target(row.dataset.key, "", false));
    }
    if (section === "items") {
      offer(control(fieldOf(row, "ask")), choices("asks"));
      offer(control(fieldOf(row, "pledge")), choices("pledges"));
      offer(control(fieldOf(row, "holder")), choices("power_holders"));
    }
    renumber(section, list(section).children.length - 1);
    if (section === "power_holders") renumber("asks");
    if (NAMED_BY[section]) {
      control(fieldOf(row, "id")).dataset.auto = "1";
      autoId(row);
      if (document.getElementById(`home-${section}`)) control(fieldOf(row, NAMED_BY[section])).setAttribute("list", `home-${section}`);
    }
    if (section === "asks" || section === "pledges" || section === "power_holders") syncChoices();
    return row;
  }

  /** Remove a row; what referred to it keeps its id, so the check says so. */
  function remove(row) {
    const section = sectionOf(row);
    const n = rowsOf(section).indexOf(row);
    const key = row.dataset.key;
    const id = valueOf(row, "id");
    if (section === "power_holders") {
      for (const li of list("asks").querySelectorAll(`.targets > li[data-ref="${key}"]`)) {
        const ol = li.parentElement;
        if (li.querySelector("input").checked) li.replaceWith(target(`=${id}`, "", true));
        else li.remove();
        places(ol);
      }
      renumber("asks");
    }
    if (section === "asks" || section === "pledges" || section === "power_holders") {
      const f = { asks: "ask", pledges: "pledge", power_holders: "holder" }[section];
      for (const item of rowsOf("items")) {
        const select = control(fieldOf(item, f));
        if (select.value === key) {
          select.append(new Option(`${id} (unknown)`, `=${id}`));
          select.value = `=${id}`;
        }
      }
    }
    row.remove();
    renumber(section, n);
    if (section === "asks" || section === "pledges" || section === "power_holders") syncChoices(true);
    return n;
  }

  /** Swap a row (or a holder in an ask's list) with its neighbour. */
  function move(element, by) {
    const other = by < 0 ? element.previousElementSibling : element.nextElementSibling;
    if (!other) return false;
    if (by < 0) other.before(element);
    else other.after(element);
    const ol = element.parentElement;
    if (ol.classList.contains("targets")) {
      places(ol);
      edges("asks");
    } else {
      const section = ol.dataset.section;
      const rows = rowsOf(section);
      number(element, rows.indexOf(element));
      number(other, rows.indexOf(other));
      edges(section);
    }
    return true;
  }

  /** The languages texts are translated into: those listed, but the first. */
  function translatedInto() {
    const typed = document.getElementById("assembly.languages").value.split(/[,;\s]+/).filter(Boolean);
    return [...new Set(typed.slice(1))].filter(isCode);
  }

  /** A translation's box, as rows.rs draws it. */
  function translationBox(host, f, label, code, long) {
    const div = document.createElement("div");
    div.className = long ? "field tr long" : "field tr";
    div.dataset.f = `${f}_${code}`;
    div.dataset.tr = code;
    const wrap = document.createElement("label");
    if (host.matches("li.entry")) {
      const vn = document.createElement("span");
      vn.className = "vn";
      wrap.append(vn, " ");
    }
    wrap.append(`${label} (${NAMES[code] || code})`);
    const box = document.createElement(long ? "textarea" : "input");
    if (long) box.rows = 2;
    box.dir = "auto";
    box.lang = code;
    if (!host.matches("li.entry")) box.id = `assembly.${f}_${code}`;
    wrap.append(box);
    div.append(wrap);
    return div;
  }

  /**
   * A box per language after each text of a row (or the assembly) that is
   * translated. Boxes of a language no longer listed go, unless they hold
   * text (the check then says to list it or clear it). `values`: a draft's
   * translations to fill in.
   */
  function translate(host, part, values) {
    const codes = translatedInto();
    for (const [f, label] of TRANSLATED[part]) {
      const base = host.querySelector(`:scope > .field[data-f="${f}"]`);
      if (!base) continue;
      const have = new Map(
        [...host.querySelectorAll(":scope > .field[data-tr]")].filter((d) => d.dataset.f === `${f}_${d.dataset.tr}`).map((d) => [d.dataset.tr, d]),
      );
      const wanted = [...codes];
      for (const [key, text] of Object.entries(values || {})) {
        const code = key.startsWith(`${f}_`) ? key.slice(f.length + 1) : "";
        if (isCode(code) && String(text).trim() && !wanted.includes(code)) wanted.push(code);
      }
      for (const [code, div] of have) {
        if (wanted.includes(code)) continue;
        if (!values && control(div).value.trim()) wanted.push(code);
        else div.remove();
      }
      const long = control(base).tagName === "TEXTAREA";
      let after = base;
      for (const code of wanted) {
        const div = have.get(code) || translationBox(host, f, label, code, long);
        if (after.nextElementSibling !== div) after.after(div);
        after = div;
        if (values) control(div).value = String(values[`${f}_${code}`] ?? "");
      }
    }
  }

  /** The languages were edited: every text gets a box per language listed. */
  function languagesChanged() {
    translate(document.querySelector("#assembly .assembly-fields"), "assembly");
    for (const section of SECTIONS) {
      for (const row of rowsOf(section)) translate(row, section);
      renumber(section);
    }
  }

  /** A row's (or the assembly's) translations, as the draft holds them. */
  function translations(host) {
    const out = {};
    for (const div of host.querySelectorAll(":scope > .field[data-tr]")) {
      const text = control(div).value;
      if (text.trim()) out[div.dataset.f] = text;
    }
    return out;
  }

  /** Keep what depends on a field in step as it is typed. */
  function typed(input) {
    if (input.id === "assembly.languages") {
      languagesChanged();
      return;
    }
    const field = input.closest(".field");
    const row = input.closest(".entry");
    if (!field || !row) return;
    const section = sectionOf(row);
    const f = field.dataset.f;
    if (f === "id") delete input.dataset.auto;
    if (NAMED_BY[section] === f) autoId(row);
    if (section === "power_holders" && f === "name") {
      for (const li of list("asks").querySelectorAll(`.targets > li[data-ref="${row.dataset.key}"]`)) {
        for (const who of li.querySelectorAll(".who")) who.textContent = input.value;
      }
    }
    if (section === "items" && f === "kind") kindChanged(row);
    if (section === "asks" && f === "to") places(field.querySelector(".targets"));
  }

  /** The draft the form holds, as `Draft` reads it. */
  function collect() {
    const ids = {};
    for (const section of ["power_holders", "asks", "pledges"]) {
      ids[section] = new Map(rowsOf(section).map((row) => [row.dataset.key, valueOf(row, "id").trim()]));
    }
    const ref = (section, value) => (value.startsWith("=") ? value.slice(1) : ids[section].get(value) || "");
    const take = (section, fields, extra) =>
      rowsOf(section).map((row) => {
        const entry = {};
        for (const f of fields) entry[f] = valueOf(row, f);
        entry.translations = translations(row);
        return extra ? extra(row, entry) : entry;
      });
    const assembly = {};
    for (const f of ["title", "venue", "starts", "timezone", "languages", "screen_languages"]) {
      assembly[f] = document.getElementById(`assembly.${f}`).value;
    }
    assembly.translations = translations(document.querySelector("#assembly .assembly-fields"));
    return {
      assembly,
      institutions: take("institutions", ["id", "name", "promised"]),
      power_holders: take("power_holders", ["id", "name", "role"]),
      asks: take("asks", ["id", "title", "text"], (row, entry) => {
        const chosen = [...row.querySelectorAll(".targets > li")].filter((li) => li.querySelector("input").checked);
        entry.to = chosen.map((li) => ref("power_holders", li.dataset.ref));
        return entry;
      }),
      pledges: take("pledges", ["id", "text"]),
      items: take("items", ["id", "title", "duration", "lead", "notes"], (row, entry) => {
        entry.kind = valueOf(row, "kind").replace(/^=/, "");
        entry.ask = ref("asks", valueOf(row, "ask"));
        entry.pledge = ref("pledges", valueOf(row, "pledge"));
        entry.holder = ref("power_holders", valueOf(row, "holder"));
        return entry;
      }),
    };
  }

  /** Mark a row as one the record refers to: it stays, with its id. */
  function hold(row, reason) {
    row.dataset.locked = reason;
    // An item already run keeps its kind (the record refuses a change):
    // said as fixed text, not offered as a choice.
    const kind = fieldOf(row, "kind");
    const select = kind && kind.querySelector("select");
    if (select) {
      const fixed = document.createElement("p");
      const strong = document.createElement("strong");
      strong.textContent = select.selectedOptions[0]?.textContent || select.value;
      fixed.append(row.querySelector(".vn")?.cloneNode(true) || "", " Kind: ", strong, " (fixed: this item has started)");
      const keep = document.createElement("input");
      keep.type = "hidden";
      keep.id = select.id;
      keep.value = select.value;
      kind.classList.add("fixed");
      kind.replaceChildren(fixed, keep);
    }
    control(fieldOf(row, "id")).readOnly = true;
    for (const b of row.querySelectorAll('.actions > [data-act="up"], .actions > [data-act="down"], .actions > [data-act="remove"]')) b.disabled = true;
    const why = document.createElement("p");
    why.className = "why";
    why.textContent = reason;
    row.querySelector(".actions").after(why);
    number(row, rowsOf(sectionOf(row)).indexOf(row));
  }

  /** Replace the whole form with a draft (an upload, an import). */
  function fill(draft, locked) {
    const given = { languages: "", screen_languages: "", ...(draft.assembly || {}) };
    for (const [f, value] of Object.entries(given)) {
      const input = f === "translations" ? null : document.getElementById(`assembly.${f}`);
      if (input) input.value = value ?? "";
    }
    translate(document.querySelector("#assembly .assembly-fields"), "assembly", given.translations || {});
    for (const section of SECTIONS) list(section).replaceChildren();
    offered = "";
    const keys = {};
    const reason = (section) => list(section).dataset.kept;
    for (const section of ["institutions", "power_holders", "asks", "pledges", "items"]) {
      keys[section] = new Map();
      for (const entry of draft[section] || []) {
        const row = add(section);
        const id = String(entry.id ?? "");
        if (!keys[section].has(id)) keys[section].set(id, row.dataset.key);
        for (const field of row.querySelectorAll(":scope > .field:not(fieldset)")) {
          const f = field.dataset.f;
          if (f === "ask" || f === "pledge") continue;
          const input = control(field);
          const value = String(entry[f] ?? "");
          if (f === "kind" && ![...input.options].some((o) => o.value === value)) {
            input.append(new Option(`${value} (unknown)`, `=${value}`));
            input.value = `=${value}`;
          } else input.value = value;
        }
        translate(row, section, entry.translations || {});
        delete control(fieldOf(row, "id")).dataset.auto;
        if (section === "asks") {
          const ol = row.querySelector(".targets");
          const to = (entry.to || []).map((t) => String(t).trim()).filter(Boolean);
          const chosen = to.map((t) => keys.power_holders.get(t) || `=${t}`);
          const rest = [...ol.children].filter((li) => !chosen.includes(li.dataset.ref));
          ol.replaceChildren();
          for (const reference of [...new Set(chosen)]) {
            const holder = rowsOf("power_holders").find((r) => r.dataset.key === reference);
            ol.append(target(reference, holder ? valueOf(holder, "name") : "", true));
          }
          ol.append(...rest);
          places(ol);
        }
        if (section === "items") {
          for (const [f, from] of [["ask", "asks"], ["pledge", "pledges"]]) {
            const id = String(entry[f] ?? "").trim();
            const select = control(fieldOf(row, f));
            if (id && !keys[from].has(id)) select.append(new Option(`${id} (unknown)`, `=${id}`));
            select.value = id ? keys[from].get(id) || `=${id}` : "";
          }
          const kind = valueOf(row, "kind");
          fieldOf(row, "ask").hidden = !(kind === "ask" || kind === "response" || valueOf(row, "ask"));
          fieldOf(row, "pledge").hidden = !(kind === "pledge" || valueOf(row, "pledge"));
        }
        if (locked && (locked[section] || []).includes(id)) hold(row, reason(section));
      }
      renumber(section);
    }
    syncChoices(true);
    renumber("asks");
    for (const ol of document.querySelectorAll(".targets")) places(ol);
  }

  for (const ol of document.querySelectorAll(".targets")) places(ol);
  for (const section of SECTIONS) edges(section);

  return { SECTIONS, FIRST, hold, add, remove, move, typed, collect, fill, syncChoices, rowsOf, list };
})();
