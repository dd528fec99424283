// The chair's follow-up page. The server draws it and its forms work
// alone; here each step is sent over the API without leaving the page, and
// the page is redrawn from the server whenever a chair change lands (from
// this page, the chair's tablet or another organiser).
"use strict";

(() => {
  const main = document.getElementById("follow-up");
  if (!main) return;
  let followUpSeq = Number(main.dataset.followUpSeq);
  let fetching = null;
  let again = false;

  // The page as the server draws it now, for this view (filter included).
  async function fresh() {
    const url = new URL(location.href);
    url.searchParams.delete("saved");
    url.searchParams.delete("chased");
    url.searchParams.delete("key");
    url.hash = "";
    const response = await fetch(url, { credentials: "same-origin", cache: "no-store" });
    if (!response.ok) throw new Error(`the page answered ${response.status}`);
    return new DOMParser().parseFromString(await response.text(), "text/html");
  }

  // Put in what the server says now: each commitment's standing and its
  // form's fresh token, the counts; what is being typed stays as it is.
  function redraw(doc) {
    const filters = doc.getElementById("filters");
    if (filters) document.getElementById("filters").replaceWith(document.adoptNode(filters));
    const list = document.getElementById("commitments");
    const next = doc.getElementById("commitments");
    const ids = (root) => [...root.querySelectorAll("article.commitment")].map((a) => a.id).join(" ");
    if (ids(list) !== ids(next)) {
      // Commitments came or went (another view, or the plan changed):
      // take the new list, keeping any form open with what it holds.
      const open = [...list.querySelectorAll("details.record[open]")].map((d) => d.closest("article").id);
      list.replaceWith(document.adoptNode(next));
      for (const id of open) document.getElementById(id)?.querySelector("details.record")?.setAttribute("open", "");
      return;
    }
    for (const article of next.querySelectorAll("article.commitment")) {
      const here = document.getElementById(article.id);
      here.dataset.status = article.dataset.status;
      here.className = article.className;
      // The owner form as the server has it now, unless it is being filled.
      const chase = here.querySelector("details.chase");
      const fresh = article.querySelector("details.chase");
      if (chase && fresh && !chase.open) chase.replaceWith(document.adoptNode(fresh));
      const now = article.querySelector(".now");
      const saved = here.querySelector(".now .saved");
      here.querySelector(".now").replaceWith(document.adoptNode(now));
      if (saved) here.querySelector(".now .facts")?.after(saved);
      const token = article.querySelector("form.step input[name=token]")?.value;
      const mine = here.querySelector("form.step input[name=token]");
      if (token && mine && mine.dataset.used === "yes") {
        mine.value = token;
        delete mine.dataset.used;
      }
    }
  }

  // Fetch and redraw, one at a time; a change during a fetch fetches again.
  async function refresh() {
    if (fetching) {
      again = true;
      return fetching;
    }
    fetching = (async () => {
      do {
        again = false;
        try {
          redraw(await fresh());
        } catch {
          // The next change (or reconnection) tries again.
        }
      } while (again);
    })();
    await fetching;
    fetching = null;
  }

  function say(form, text) {
    const error = form.querySelector(".form-error");
    error.textContent = text;
    if (text) error.scrollIntoView({ block: "nearest" });
  }

  async function record(form) {
    const data = new FormData(form);
    const button = form.querySelector("button[type=submit]");
    const command = {
      cmd: "follow_up",
      ask: data.get("ask"),
      holder: data.get("holder"),
      status: data.get("status"),
      note: (data.get("note") || "").trim() || null,
      public_note: (data.get("public_note") || "").trim() || null,
      at: (data.get("at") || "").trim() || null,
      id: data.get("token"),
    };
    if (form.dataset.confirmed === command.at) command.confirm = true;
    if (!command.status) {
      say(form, "Pick where the commitment stands: achieved, in progress, not started or broken.");
      return;
    }
    say(form, "");
    button.disabled = true;
    button.textContent = "Recording…";
    let answer;
    try {
      const response = await fetch("/api/command", {
        method: "POST",
        credentials: "same-origin",
        headers: { "Content-Type": "application/json", Accept: "application/json" },
        body: JSON.stringify(command),
      });
      answer = { status: response.status, body: await response.json().catch(() => ({})) };
    } catch {
      answer = { status: 0, body: {} };
    } finally {
      button.disabled = false;
      button.textContent = "Record this step";
    }
    if (answer.status === 200) {
      form.querySelector("input[name=token]").dataset.used = "yes";
      form.querySelector("textarea[name=note]").value = "";
      form.querySelector("textarea[name=public_note]").value = "";
      const article = form.closest("article");
      await refresh();
      const now = article.querySelector(".now .facts dd:last-of-type")?.textContent.trim() ?? "";
      const note = Live.el("p", { class: "saved", role: "status", tabIndex: -1 }, `Recorded. Now: ${now}.`);
      article.querySelector(".now .saved")?.remove();
      article.querySelector(".now .facts").after(note);
      form.closest("details").open = false;
      note.focus();
    } else if (answer.status === 401) {
      say(form, "Not recorded: this browser is no longer the chair's. Open the chair link the server printed when it started, then come back to this page.");
    } else if (answer.status === 0) {
      say(form, "Not recorded: the server could not be reached. Check the connection and press Record again; what you typed is still here.");
    } else if (answer.body.refusal === "step_before_assembly") {
      // A day before the assembly is most often a slip of the year: asked,
      // and sent again with `confirm` only when the chair says so.
      const day = new Date(`${answer.body.args?.assembly}T12:00:00`);
      const named = Number.isNaN(day.getTime())
        ? answer.body.args?.assembly
        : day.toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric" });
      say(form, `This date is before the assembly (${named}). Save anyway?`);
      const yes = Live.el("button", { type: "button", class: "confirm-early" }, "Save anyway");
      yes.addEventListener("click", () => {
        form.dataset.confirmed = command.at;
        say(form, "");
        record(form);
      });
      form.querySelector(".form-error").append(" ", yes);
      yes.focus();
    } else {
      const why = (answer.body.error || `the server answered ${answer.status}`).replace(" (`at`)", "");
      say(form, `Not recorded: ${why}${/[.!?]$/.test(why) ? "" : "."}`);
    }
  }

  main.addEventListener("submit", (event) => {
    const form = event.target.closest("form.step");
    if (!form) return;
    event.preventDefault();
    record(form);
  });

  // Live: redraw when a follow-up step lands, not on every check-in.
  Live.connect("chair", {
    state(state) {
      const seq = state.chair?.follow_up_seq;
      if (seq === undefined || seq === followUpSeq) return;
      followUpSeq = seq;
      refresh();
    },
  });
})();
