// Import a plan from spreadsheets: send the chosen files to /api/import,
// show each sheet with its rows' problems, let the organiser say what an
// unrecognised column (or sheet) holds, and hand the draft to /setup.
"use strict";
(() => {
  const $ = (id) => document.getElementById(id);
  const form = $("import-form");
  const input = $("import-files");
  const LIMIT = Number(form.dataset.limit) || 5 * 1024 * 1024;
  const DRAFT_KEY = "assembly.draft";

  const FIELDS = {
    id: "Id",
    name: "Name",
    promised: "Promised",
    role: "Role",
    title: "Title",
    text: "Text",
    to: "To (power-holders)",
    duration: "Length (minutes or m:ss)",
    kind: "Kind",
    lead: "Lead",
    ask: "Ask",
    pledge: "Pledge",
    notes: "Chair notes",
    venue: "Venue",
    starts: "Starts",
    timezone: "Time zone",
    ignore: "Leave it out",
  };

  let files = [];
  let rules = []; // {sheet, heading, field}; heading null: the sheet's kind
  let result = null;

  function el(tag, props, ...children) {
    const node = document.createElement(tag);
    Object.assign(node, props || {});
    for (const child of children.flat()) {
      if (child == null || child === false) continue;
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return node;
  }

  const plural = (n, one, many) => `${n} ${n === 1 ? one : many}`;

  function status(text) {
    $("import-status").textContent = text;
  }

  function fail(text) {
    const box = $("import-error");
    box.textContent = text;
    box.hidden = !text;
  }

  function setRule(sheet, heading, field) {
    rules = rules.filter((r) => !(r.sheet === sheet && r.heading === heading));
    if (field) rules.push({ sheet, heading, field });
    $("import-again").hidden = false;
  }

  async function send() {
    fail("");
    if (!files.length) {
      fail("Choose one or more .xlsx, .ods or .csv files first.");
      input.focus();
      return;
    }
    const size = files.reduce((n, f) => n + f.size, 0);
    if (size > LIMIT) {
      fail(`These files are ${(size / 1048576).toFixed(1)} MB together, more than the ${LIMIT / 1048576} MB a plan's sheets need: import fewer at a time, or delete other sheets from the workbook first.`);
      return;
    }
    const body = new FormData();
    for (const file of files) body.append("file", file, file.name);
    body.append("mapping", JSON.stringify(rules));
    status(`Reading ${plural(files.length, "file", "files")}…`);
    let response;
    try {
      response = await fetch("/api/import", { method: "POST", body, credentials: "same-origin" });
    } catch (e) {
      status("");
      fail("The server could not be reached. Check the connection to the assembly's laptop and try again.");
      return;
    }
    let answer = null;
    try {
      answer = await response.json();
    } catch (e) {
      answer = null;
    }
    if (!response.ok || !answer) {
      status("");
      fail((answer && answer.error) || `The server answered ${response.status}; try again.`);
      return;
    }
    result = answer;
    render();
    $("import-again").hidden = true;
    const n = answer.problems.length;
    status(n ? `Read. ${plural(n, "problem", "problems")} to look at.` : "Read, with no problems.");
    $("import-result-title").focus();
  }

  function problemItem(p) {
    const where = [p.row != null ? `Row ${p.row}` : null, p.column].filter(Boolean).join(", ");
    return el("li", {}, where ? el("strong", {}, `${where}: `) : null, p.message,
      p.help ? el("span", { className: "import-help-text" }, p.help) : null);
  }

  function summary(draft) {
    const parts = [
      plural(draft.institutions.length, "institution", "institutions"),
      plural(draft.power_holders.length, "power-holder", "power-holders"),
      plural(draft.asks.length, "ask", "asks"),
      plural(draft.pledges.length, "pledge", "pledges"),
      plural(draft.items.length, "item", "items"),
    ];
    const n = result.problems.length;
    return `${draft.assembly.title || "Untitled assembly"}: ${parts.join(", ")}. ` +
      (n ? `${plural(n, "problem", "problems")} to fix, here or in setup.` : "No problems: it is a plan.");
  }

  function kindChooser(sheet) {
    const id = `kind-${sheet.name}`;
    const current = rules.find((r) => r.sheet === sheet.name && r.heading == null);
    const select = el("select", { id },
      el("option", { value: "" }, "Choose…"),
      result.kinds.map((k) => el("option", { value: k.kind, selected: current?.field === k.kind }, k.label)));
    select.addEventListener("change", () => setRule(sheet.name, null, select.value));
    return el("p", { className: "import-choose" },
      el("label", { htmlFor: id }, `What does the sheet “${sheet.name}” hold?`), " ", select);
  }

  function columnChooser(sheet, column, unmapped) {
    const id = `map-${sheet.name}-${column.letter}`;
    const current = rules.find((r) => r.sheet === sheet.name && r.heading === column.heading);
    const select = el("select", { id, className: "import-map" },
      el("option", { value: "" }, "Choose…"),
      unmapped.choices.map((c) => el("option", { value: c, selected: current?.field === c }, FIELDS[c] || c)));
    select.addEventListener("change", () => setRule(sheet.name, column.heading, select.value));
    const label = `Column ${column.letter}${column.heading ? ` “${column.heading}”` : ""} holds`;
    return el("span", { className: "import-mapper" }, el("label", { htmlFor: id }, label), select,
      unmapped.samples.length ? el("span", { className: "import-samples" }, `e.g. ${unmapped.samples.join(" · ")}`) : null);
  }

  function sheetSection(sheet, index) {
    const here = (p) => p.sheet === sheet.name;
    const problems = result.problems.filter(here);
    const warnings = result.warnings.filter(here);
    const byRow = new Map();
    for (const p of problems) {
      if (p.row == null || p.row === sheet.heading_row) continue;
      if (!byRow.has(p.row)) byRow.set(p.row, []);
      byRow.get(p.row).push(p);
    }
    const general = problems.filter((p) => p.row == null || p.row === sheet.heading_row);
    const titleId = `sheet-${index}`;
    const section = el("section", { className: "import-sheet" });
    section.setAttribute("aria-labelledby", titleId);
    section.append(el("h3", { id: titleId }, sheet.name,
      el("span", { className: "import-kind" }, sheet.kind_label ? ` · ${sheet.kind_label}` : " · not recognised")));
    if (!sheet.kind) section.append(kindChooser(sheet));
    if (general.length) section.append(el("ul", { className: "import-problems" }, general.map(problemItem)));
    if (warnings.length) {
      section.append(el("details", { className: "import-warnings" },
        el("summary", {}, plural(warnings.length, "note", "notes")),
        el("ul", {}, warnings.map(problemItem))));
    }
    const mappers = result.unmapped.filter(here);
    if (mappers.length) {
      section.append(el("div", { className: "import-mappers" },
        mappers.map((u) => columnChooser(sheet, sheet.columns.find((c) => c.letter === u.column), u))));
    }
    if (!sheet.rows.length) return section;
    // Details written as `Title | ...` rows have no headings of their own.
    const columns = sheet.key_value
      ? [{ letter: "A", heading: "Detail", field: "key" }, { letter: "B", heading: "Value", field: "value" }]
      : sheet.columns;
    // Problems come right after the row number, so a phone sees them
    // without scrolling the table sideways.
    const head = el("tr", {}, el("th", { scope: "col" }, "Row"),
      el("th", { scope: "col" }, "Problems"),
      columns.map((c) => {
        if (sheet.key_value) return el("th", { scope: "col" }, c.heading);
        const th = el("th", { scope: "col" }, c.heading || `Column ${c.letter}`);
        const what = c.ignored ? "left out" : c.field ? FIELDS[c.field] || c.field : "not imported";
        th.append(el("span", { className: c.field ? "import-field" : "import-field import-unused" }, what));
        return th;
      }));
    const body = sheet.rows.map((r) => {
      const found = byRow.get(r.row) || [];
      const tr = el("tr", { className: found.length ? "import-bad" : "" },
        el("th", { scope: "row" }, String(r.row)),
        el("td", { className: "import-row-problems" },
          found.length ? el("ul", {}, found.map((p) => el("li", {}, p.column ? `${p.column}: ` : "", p.message,
            // What to type there: the asks to choose from, the kinds.
            p.help ? el("span", { className: "import-help-text" }, p.help) : null))) : ""),
        columns.map((c, i) => el("td", {}, sheet.key_value ? r.cells.filter((x) => x !== "")[i] ?? "" : r.cells[i] ?? "")));
      return tr;
    });
    const table = el("table", {}, el("caption", { className: "visually-hidden" }, `Rows of ${sheet.name}`),
      el("thead", {}, head), el("tbody", {}, body));
    const box = el("div", { className: "import-scroll", tabIndex: 0 }, table);
    box.setAttribute("role", "region");
    box.setAttribute("aria-label", `Rows of ${sheet.name}`);
    section.append(box);
    if (sheet.more_rows) section.append(el("p", {}, `${plural(sheet.more_rows, "more row", "more rows")} not shown (all are imported).`));
    return section;
  }

  function render() {
    $("import-result").hidden = false;
    $("import-result-title").tabIndex = -1;
    $("import-summary").textContent = summary(result.draft);
    const general = result.problems.filter((p) => p.sheet == null);
    const notes = result.warnings.filter((p) => p.sheet == null);
    // Each assembly detail and the cell it came from, so a detail read
    // from the wrong cell is seen before it reaches the projector.
    const details = (result.details || []).map((d) =>
      el("li", {}, el("strong", {}, `${d.label}: `), d.value,
        el("span", { className: "import-help-text" },
          d.sheet && d.cell ? ` (from ${d.sheet}, cell ${d.cell})` : d.note ? ` (${d.note})` : "")));
    $("import-general").replaceChildren(
      details.length ? el("ul", { className: "import-details", ariaLabel: "Assembly details read" }, details) : "",
      general.length ? el("ul", { className: "import-problems" }, general.map(problemItem)) : "",
      notes.length ? el("ul", { className: "import-notes" }, notes.map(problemItem)) : "");
    $("import-sheets").replaceChildren(...result.sheets.map(sheetSection));
    $("import-open-note").textContent = result.problems.length
      ? "Setup opens with the problems shown next to their fields."
      : "";
  }

  async function openInSetup() {
    // Choices made since the last read are applied first.
    if (!$("import-again").hidden) await send();
    if (!result) return;
    try {
      sessionStorage.setItem(DRAFT_KEY, JSON.stringify(result.draft));
    } catch (e) {
      fail("This browser would not keep the draft (private browsing?); allow site storage and try again.");
      return;
    }
    location.href = "/setup?from=import";
  }

  input.addEventListener("change", () => {
    files = [...input.files];
    rules = [];
    if (files.length) send();
  });
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    files = [...input.files];
    send();
  });
  $("import-again").addEventListener("click", send);
  $("import-open").addEventListener("click", openInSetup);
})();
