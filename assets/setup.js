// /setup: check the plan as it is typed, show each problem beside its
// field and listed at the top, and save the whole form as one plan change.
// The rows themselves are SetupRows' (setup-rows.js).
"use strict";

(() => {
  const main = document.getElementById("setup");
  const form = document.getElementById("plan");
  const saveButton = document.getElementById("save");
  const saveButtons = [saveButton, document.getElementById("save-bottom")].filter(Boolean);
  const dirtyNote = document.getElementById("dirty");
  const announcer = document.getElementById("announce");
  const result = document.getElementById("result");
  const summary = document.getElementById("summary");
  const CHECK_AFTER_MS = 300;

  let seq = Number(main.dataset.seq) || 0;
  let locked = JSON.parse(main.dataset.locked || "{}");
  let saved = JSON.stringify(SetupRows.collect());
  let dirty = false;
  /** Whether this page has saved, so the note can say so. */
  let savedHere = false;
  let timer = 0;
  let asked = 0;
  let said = "";
  /** Error elements shown now, each with the controls it describes. */
  let marked = [];

  const plural = (n, one, many) => `${n} ${n === 1 ? one : many}`;

  function announce(text) {
    // Said again even if the same, by clearing first.
    announcer.textContent = "";
    setTimeout(() => (announcer.textContent = text), 50);
  }

  function setDirty(now) {
    dirty = now;
    document.body.dataset.dirty = now ? "yes" : "no";
    dirtyNote.textContent = now ? "Unsaved changes" : savedHere ? "Saved" : "No unsaved changes";
    dirtyNote.classList.toggle("unsaved", now);
  }

  addEventListener("beforeunload", (event) => {
    if (!dirty) return;
    event.preventDefault();
    event.returnValue = "";
  });

  function changed() {
    setDirty(true);
    clearTimeout(timer);
    timer = setTimeout(check, CHECK_AFTER_MS);
  }

  form.addEventListener("submit", (event) => event.preventDefault());
  form.addEventListener("input", (event) => {
    SetupRows.typed(event.target);
    changed();
  });

  form.addEventListener("click", (event) => {
    const button = event.target.closest("button");
    if (!button || button.disabled) return;
    const add = button.dataset.add;
    if (add) {
      const row = SetupRows.add(add);
      row.querySelector(SetupRows.FIRST[add]).focus();
      announce(`${row.parentElement.dataset.noun} ${SetupRows.rowsOf(add).length} added`);
      changed();
      return;
    }
    const act = button.dataset.act;
    if (!act) return;
    const li = button.closest("li");
    if (act === "remove") {
      const ol = li.parentElement;
      const noun = ol.dataset.noun;
      const n = SetupRows.remove(li);
      const rows = SetupRows.rowsOf(ol.dataset.section);
      const next = rows[Math.min(n, rows.length - 1)];
      const focus = next ? next.querySelector('[data-act="remove"]:not(:disabled)') || next.querySelector("input, select") : null;
      (focus || document.querySelector(`[data-add="${ol.dataset.section}"]`)).focus();
      announce(`${noun} ${n + 1} removed`);
    } else {
      const by = act === "up" || act === "earlier" ? -1 : 1;
      if (!SetupRows.move(li, by)) return;
      // Focus stays on the moved row's button, or its twin at an end.
      const twin = { up: "down", down: "up", earlier: "later", later: "earlier" }[act];
      (button.disabled ? li.querySelector(`[data-act="${twin}"]`) : button).focus();
      const where = [...li.parentElement.children].indexOf(li) + 1;
      const what = li.classList.contains("entry") ? `${li.parentElement.dataset.noun} moved to ${where}` : `Moved to place ${where}`;
      announce(what);
    }
    changed();
  });

  /**
   * Where a problem about `field` is shown: `host` holds its error element,
   * `controls` are marked invalid, `target` is where its link leads.
   * A field not on the form falls back to its row, then its section.
   */
  function place(field) {
    const found = field ? document.getElementById(field) : null;
    if (found && found.matches("input, select, textarea")) {
      return { path: field, host: found.closest(".field"), controls: [found], target: found };
    }
    if (found && found.tagName === "FIELDSET") {
      const boxes = [...found.querySelectorAll("input")];
      return { path: field, host: found, controls: boxes, target: boxes[0] || found };
    }
    const [section, n] = field.split(".");
    if (!SetupRows.SECTIONS.includes(section)) {
      const host = section === "assembly" ? document.getElementById("assembly") : null;
      return host && { path: section, host, controls: [], target: host.querySelector("input") };
    }
    const row = /^\d+$/.test(n || "") ? SetupRows.rowsOf(section)[Number(n)] : null;
    if (row) return { path: `${section}.${n}`, host: row, controls: [], target: row.querySelector("input, select, textarea, button") };
    const host = SetupRows.list(section).closest("section");
    return { path: section, host, controls: [], target: host.querySelector("h2") };
  }

  /** A problem about a whole item that names the field it lacks goes beside that field. */
  function aimed(problem) {
    const field = problem.field || "";
    const lacks = /^\w+\.\d+$/.test(field) && /has no "(\w+)"/.exec(problem.message);
    return lacks && document.getElementById(`${field}.${lacks[1]}`) ? `${field}.${lacks[1]}` : field;
  }

  /** The error element of a place, made when first needed. */
  function errorOf(spot) {
    let error = spot.host.querySelector(":scope > .error");
    if (!error) {
      error = document.createElement("p");
      error.className = "error";
      const add = spot.host.querySelector(":scope > [data-add]");
      if (add) add.before(error);
      else spot.host.append(error);
    }
    error.id = `${spot.path}-error`;
    for (const control of spot.controls) {
      const ids = (control.getAttribute("aria-describedby") || "").split(" ").filter((id) => id && id !== error.id);
      control.setAttribute("aria-describedby", [...ids, error.id].join(" "));
    }
    return error;
  }

  /** What a field is called, for the summary: its label. */
  function named(spot) {
    if (!spot) return "The plan";
    const control = spot.controls[0];
    const label = control && control.type !== "checkbox" ? control.closest("label") : null;
    const legend = spot.host.tagName === "FIELDSET" ? spot.host.querySelector("legend") : null;
    const source = label || legend;
    if (source) {
      // The label's own words, not the value of the control inside it.
      const words = [...source.childNodes].filter((node) => !(node instanceof HTMLElement && node.matches("input, select, textarea")));
      return words.map((node) => node.textContent).join("").replace(/\s+/g, " ").trim();
    }
    if (spot.host.matches("li.entry")) return spot.host.querySelector(".vn").textContent;
    return spot.host.querySelector("h2")?.firstChild?.textContent.trim() || "The plan";
  }

  function clear() {
    for (const [error, controls] of marked) {
      error.remove();
      for (const control of controls) {
        const rest = (control.getAttribute("aria-describedby") || "").split(" ").filter((id) => id && id !== error.id);
        if (rest.length) control.setAttribute("aria-describedby", rest.join(" "));
        else control.removeAttribute("aria-describedby");
        control.removeAttribute("aria-invalid");
      }
    }
    marked = [];
  }

  /** The checker speaks of the plan file's tables; the form has numbered rows. */
  const TABLES = { institution: "institution", power_holder: "power-holder", ask: "ask", pledge: "pledge", item: "item" };
  const plain = (text) =>
    text
      .replace(/\[\[(\w+)\]\] #(\d+)/g, (all, table, n) => (TABLES[table] ? `${TABLES[table]} ${n}` : all))
      .replace(/\[\[(\w+)\]\]/g, (all, table) => TABLES[table] || all)
      .replace(/kind = "(\w+)"/g, 'kind "$1"')
      .replace(/\[assembly\]/g, "the assembly")
      .replace(/add (\w+) = "<id>"; /g, "")
      .replace(/power_holders?\b/g, (word) => word.replace("_", "-"));

  /** Show each problem beside its field, and list them at the top. */
  function show(found) {
    clear();
    const lists = { problems: document.getElementById("problems"), warnings: document.getElementById("warnings") };
    lists.problems.replaceChildren();
    lists.warnings.replaceChildren();
    const all = [
      ...(found.problems || []).map((p) => ["problems", p]),
      ...(found.refused || []).map((p) => ["problems", p]),
      ...(found.warnings || []).map((p) => ["warnings", p]),
    ];
    for (const [kind, problem] of all) {
      const text = plain(problem.help ? `${problem.message}: ${problem.help}` : problem.message);
      const spot = place(aimed(problem));
      if (spot) {
        const error = errorOf(spot);
        const line = document.createElement("span");
        line.className = kind === "problems" ? "problem" : "warning";
        line.textContent = kind === "problems" ? text : `Warning: ${text}`;
        error.append(line);
        if (!marked.some(([e]) => e === error)) marked.push([error, spot.controls]);
        if (kind === "problems") for (const control of spot.controls) control.setAttribute("aria-invalid", "true");
      }
      const li = document.createElement("li");
      const link = document.createElement("a");
      const goal = spot ? spot.target : null;
      link.href = goal && goal.id ? `#${goal.id}` : "#plan";
      link.textContent = `${named(spot)}: ${text}`;
      link.addEventListener("click", (event) => {
        if (!goal) return;
        event.preventDefault();
        goal.scrollIntoView({ block: "center" });
        goal.focus();
      });
      li.append(link);
      lists[kind].append(li);
    }
    const problems = lists.problems.children.length;
    const warnings = lists.warnings.children.length;
    summary.hidden = problems + warnings === 0;
    document.getElementById("summary-heading").textContent = problems
      ? `${plural(problems, "problem", "problems")} to fix before saving`
      : `No problems; ${plural(warnings, "warning", "warnings")}`;
    document.getElementById("warnings-heading").hidden = warnings === 0;
    const text = problems + warnings === 0 ? "No problems" : `${plural(problems, "problem", "problems")}, ${plural(warnings, "warning", "warnings")}`;
    if (text !== said) announce(text);
    said = text;
    main.dataset.problems = String(problems);
  }

  async function send(method, path, body, type, headers = {}) {
    const response = await fetch(path, {
      method,
      body,
      credentials: "same-origin",
      headers: { "Content-Type": type, Accept: "application/json", ...headers },
    });
    const answer = await response.json().catch(() => ({ error: `the server answered ${response.status}` }));
    return [response, answer];
  }

  /** Check the form now; a check overtaken by a later one is dropped. */
  async function check() {
    clearTimeout(timer);
    const text = JSON.stringify(SetupRows.collect());
    setDirty(text !== saved);
    SetupRows.syncChoices();
    const mine = ++asked;
    const started = performance.now();
    let response;
    let found;
    try {
      [response, found] = await send("POST", "/api/plan/check", text, "application/json");
    } catch {
      if (mine === asked) tell("The check did not reach the server: is it still running? Your edits are kept here.");
      return;
    }
    if (mine !== asked) return;
    const arrived = performance.now();
    if (!response.ok) {
      tell(`The check failed: ${found.error || response.status}`);
      return;
    }
    show(found);
    main.dataset.checkMs = String(Math.round(arrived - started));
    main.dataset.renderMs = String(Math.round(performance.now() - arrived));
    main.dataset.checked = String(mine);
  }

  /** A notice at the top: text, then optional list lines and buttons. */
  function tell(text, lines = [], buttons = []) {
    const p = document.createElement("p");
    p.textContent = text;
    const parts = [p];
    if (lines.length) {
      const ul = document.createElement("ul");
      for (const line of lines) {
        const li = document.createElement("li");
        li.textContent = line;
        ul.append(li);
      }
      parts.push(ul);
    }
    if (buttons.length) {
      const row = document.createElement("div");
      row.className = "buttons";
      for (const [label, action] of buttons) {
        const b = document.createElement("button");
        b.type = "button";
        b.textContent = label;
        b.addEventListener("click", action);
        row.append(b);
      }
      parts.push(row);
    }
    result.replaceChildren(...parts);
    result.hidden = false;
    announce(text);
    return result;
  }

  async function save() {
    clearTimeout(timer);
    const text = JSON.stringify(SetupRows.collect());
    for (const b of saveButtons) {
      b.disabled = true;
      b.textContent = "Saving…";
    }
    let response;
    let answer;
    try {
      [response, answer] = await send("PUT", "/api/plan", text, "application/json", { "If-Match": String(seq) });
    } catch {
      tell("Not saved: the server could not be reached. Your edits are kept here; try again.");
      return;
    } finally {
      for (const b of saveButtons) {
        b.disabled = false;
        b.textContent = "Save";
      }
    }
    if (response.ok) {
      seq = answer.plan_seq ?? answer.seq;
      saved = text;
      savedHere = true;
      setDirty(false);
      // The heading and the tab follow the title as saved, without a reload.
      const title = JSON.parse(text).assembly?.title || "";
      const shown = document.querySelector("header.bar h1 .title");
      if (shown) shown.textContent = title;
      document.title = document.title.replace(/^Set up: .*?( \u2014 |$)/, (all, rest) => `Set up: ${title}${rest}`);
      document.body.dataset.seq = String(seq);
      const changes = answer.changes || [];
      const what = changes.length ? plural(changes.length, "change", "changes") : "nothing had changed";
      tell(`Saved: ${what}. Every page shows the plan as saved.`, changes);
      await settle();
      check();
    } else if (response.status === 409 && answer.stale) {
      tell(
        `Not saved: someone else saved the plan after you opened this page. Your edits are still here, unsaved.`,
        [],
        [
          ["Reload their plan (drops your edits)", () => { setDirty(false); location.reload(); }],
          ["Save mine over theirs", () => { seq = answer.latest; save(); }],
        ],
      ).focus();
    } else if (answer.refused || answer.problems) {
      show({ problems: answer.problems || [], refused: answer.refused || [], warnings: [] });
      const n = (answer.problems || []).length + (answer.refused || []).length;
      const where = n === 1 ? "It is shown beside its field" : "They are shown beside their fields";
      tell(`Not saved: ${answer.error || `the server answered ${response.status}`}. ${where} and listed above.`);
      document.getElementById("summary-heading").focus();
    } else {
      tell(`Not saved: ${answer.error || `the server answered ${response.status}`}. Your edits are kept here.`);
    }
  }

  /** After a save: ids the server gave (items named by their title) and what the record now holds. */
  async function settle() {
    try {
      const [response, fresh] = await send("GET", "/api/plan/draft", null, "application/json");
      if (!response.ok) return;
      locked = fresh.locked || locked;
      for (const section of SetupRows.SECTIONS) {
        const rows = SetupRows.rowsOf(section);
        const entries = fresh.draft[section] || [];
        if (rows.length !== entries.length) continue;
        const held = new Set(locked[section] || []);
        rows.forEach((row, n) => {
          const id = row.querySelector(':scope > .field[data-f="id"] input');
          if (!id.value.trim()) id.value = entries[n].id;
          delete id.dataset.auto;
          // What the record came to refer to since the page was drawn.
          if (held.has(id.value) && !("locked" in row.dataset)) SetupRows.hold(row, SetupRows.list(section).dataset.kept);
        });
      }
      saved = JSON.stringify(SetupRows.collect());
      setDirty(false);
    } catch {
      // The form is saved; ids fill in on the next load.
    }
  }

  for (const b of saveButtons) b.addEventListener("click", save);
  // Ctrl+S (Cmd+S on a Mac) saves, as in any editor, rather than saving
  // the page's HTML.
  addEventListener("keydown", (event) => {
    if (!(event.ctrlKey || event.metaKey) || event.altKey || event.key.toLowerCase() !== "s") return;
    event.preventDefault();
    if (!saveButton.disabled) save();
  });

  const upload = document.getElementById("upload");
  upload.addEventListener("change", async () => {
    const file = upload.files[0];
    if (!file) return;
    upload.value = "";
    const [response, answer] = await send("POST", "/api/plan/draft-from-toml", await file.text(), "text/plain; charset=utf-8").catch(() => [null, null]);
    if (!response) {
      tell(`${file.name} was not loaded: the server could not be reached.`);
    } else if (response.ok) {
      SetupRows.fill(answer.draft, locked);
      tell(`Loaded ${file.name}: review it, then Save. Nothing is saved until you do.`);
      changed();
    } else {
      const lines = (answer.problems || []).map((p) => `Line ${p.line}, column ${p.column}: ${p.message}${p.help ? ` (${p.help})` : ""}`);
      tell(`${file.name} was not loaded: ${answer.error || response.status}. Fix it and upload it again; the form is unchanged.`, lines);
    }
  });

  // A draft the spreadsheet import left for review.
  if (new URLSearchParams(location.search).get("from") === "import") {
    const raw = sessionStorage.getItem("assembly.draft");
    if (raw) {
      sessionStorage.removeItem("assembly.draft");
      try {
        const parsed = JSON.parse(raw);
        SetupRows.fill(parsed.draft || parsed, locked);
        tell("Imported: review and Save. Nothing is saved until you do.");
        setDirty(true);
      } catch {
        tell("The imported plan could not be read; import it again.");
      }
    }
  }
  setDirty(JSON.stringify(SetupRows.collect()) !== saved);
  check();
})();
