//! Is what matters on screen? Each check runs in the page and asks, for
//! every element a selector matches: is it inside the viewport, not clipped
//! by its own overflow or an ancestor's, not covered by something else (the
//! element at its centre is it or inside it), and is its text at least a
//! given share of the viewport's height?

#![allow(dead_code)]

use serde_json::{Value, json};

use super::browser::{self as web, Client};

/// A 280-character message, the longest the chair can send.
pub fn longest_message() -> String {
    let base = "Please make your way back to your seats now: the responses from the \
                power-holders begin in two minutes, and every institution should have \
                its turnout count ready for the chair. Stewards at the doors, please \
                let latecomers in quietly at the back of the hall. Thank you all! ";
    let mut text: String = base.chars().cycle().take(280).collect();
    text.truncate(text.trim_end().len());
    while text.chars().count() < 280 {
        text.push('!');
    }
    text
}

const CHECK: &str = r##"
const [css, minShare] = arguments;
const problems = [];
const nodes = [...document.querySelectorAll(css)];
if (!nodes.length) return { count: 0, problems: [`nothing matches ${css}`] };
const W = document.documentElement.clientWidth, H = document.documentElement.clientHeight;
const slack = 0.5;
const outside = (r, b) =>
  r.left < b.left - slack || r.top < b.top - slack || r.right > b.right + slack || r.bottom > b.bottom + slack;
const box = (r) => `${Math.round(r.left)},${Math.round(r.top)} to ${Math.round(r.right)},${Math.round(r.bottom)}`;
for (const node of nodes) {
  const text = (node.innerText || node.textContent || "").trim().replace(/\s+/g, " ");
  const label = `${css} "${text.slice(0, 50)}${text.length > 50 ? "…" : ""}"`;
  const style = getComputedStyle(node);
  const rect = node.getBoundingClientRect();
  if (rect.width < 1 || rect.height < 1 || style.visibility === "hidden" || Number(style.opacity) === 0) {
    problems.push(`${label} is not shown (${Math.round(rect.width)}x${Math.round(rect.height)})`);
    continue;
  }
  // The text's own extent, which may spill out of the box.
  const range = document.createRange();
  range.selectNodeContents(node);
  const ink = range.getBoundingClientRect();
  const extents = ink.width > 0 && ink.height > 0 ? [rect, ink] : [rect];
  const viewport = { left: 0, top: 0, right: W, bottom: H };
  for (const r of extents) {
    if (outside(r, viewport)) {
      problems.push(`${label} reaches outside the ${W}x${H} viewport: ${box(r)}`);
      break;
    }
  }
  if (
    (style.overflowX !== "visible" && node.scrollWidth > node.clientWidth + 1) ||
    (style.overflowY !== "visible" && node.scrollHeight > node.clientHeight + 1) ||
    style.textOverflow === "ellipsis" && node.scrollWidth > node.clientWidth + 1
  ) {
    problems.push(`${label} is clipped by its own box (${node.scrollWidth}x${node.scrollHeight} in ${node.clientWidth}x${node.clientHeight})`);
  }
  for (let a = node.parentElement; a && a !== document.documentElement; a = a.parentElement) {
    const s = getComputedStyle(a);
    if (s.overflowX === "visible" && s.overflowY === "visible") continue;
    const r = a.getBoundingClientRect();
    if (extents.some((e) => outside(e, r))) {
      problems.push(`${label} is cut off by <${a.tagName.toLowerCase()}${a.id ? "#" + a.id : ""}${a.className ? "." + String(a.className).split(" ").join(".") : ""}> at ${box(r)}`);
      break;
    }
  }
  // An inline element broken over lines has a box whose centre may fall
  // on its neighbour's words: probe the centre of its largest fragment.
  const probe = [...node.getClientRects()].reduce((a, b) => (b.width * b.height > a.width * a.height ? b : a), rect);
  const x = Math.min(Math.max(probe.left + probe.width / 2, 0), W - 1);
  const y = Math.min(Math.max(probe.top + probe.height / 2, 0), H - 1);
  const hit = document.elementFromPoint(x, y);
  // An ancestor is painted beneath the element, never over it: a point
  // that reaches it fell between the element's lines, uncovered.
  if (hit && hit !== node && !node.contains(hit) && !hit.contains(node)) {
    const what = `<${hit.tagName.toLowerCase()}${hit.id ? "#" + hit.id : ""}> "${(hit.textContent || "").trim().slice(0, 30)}"`;
    problems.push(`${label} is covered at its centre (${Math.round(x)},${Math.round(y)}) by ${what}`);
  }
  const size = parseFloat(style.fontSize);
  if (minShare > 0 && size < minShare * H - 0.01) {
    problems.push(`${label} has text ${size.toFixed(1)}px high, under ${(minShare * 100).toFixed(1)}% of ${H}px (${(minShare * H).toFixed(1)}px)`);
  }
}
return { count: nodes.length, problems };
"##;

/// What is wrong with every element matching `css`: empty when each one is
/// fully on screen, uncovered, and its text at least `min_share` of the
/// viewport's height (0 for no size check). Also returns how many matched.
pub async fn problems(client: &Client, css: &str, min_share: f64) -> (usize, Vec<String>) {
    let found = client
        .execute(CHECK, vec![json!(css), json!(min_share)])
        .await
        .unwrap_or_else(|e| panic!("checking {css} on the page: {e}"));
    read_problems(&found)
}

/// The count and problems one run of `CHECK` returned.
fn read_problems(found: &Value) -> (usize, Vec<String>) {
    let count = found["count"].as_u64().unwrap_or_default() as usize;
    let list = found["problems"]
        .as_array()
        .map(|all| {
            all.iter()
                .filter_map(Value::as_str)
                .map(str::to_owned)
                .collect()
        })
        .unwrap_or_default();
    (count, list)
}

/// Panic, naming the screenshot `shot` (saved first), unless every element
/// of every selector in `rules` (`(css, min_share)`) is fully on screen;
/// `at_least` elements must match each selector.
pub async fn assert_fits(client: &Client, shot: &str, rules: &[(&str, f64, usize)]) {
    let path = web::screenshot(client, shot).await;
    // Every rule in one round trip to the browser: a hall test checks
    // dozens of layouts, each with five or six rules.
    let script = format!(
        "const check = function () {{ {CHECK} }}; \
         return arguments[0].map(([css, share]) => check(css, share));"
    );
    let asked: Vec<Value> = rules
        .iter()
        .map(|&(css, share, _)| json!([css, share]))
        .collect();
    let answers = client
        .execute(&script, vec![json!(asked)])
        .await
        .unwrap_or_else(|e| panic!("{shot}: checking the page: {e}"));
    let answers = answers.as_array().cloned().unwrap_or_default();
    assert_eq!(answers.len(), rules.len(), "{shot}: one answer per rule");
    let mut all = Vec::new();
    for (&(css, _, at_least), found) in rules.iter().zip(&answers) {
        let (count, found) = read_problems(found);
        if count < at_least {
            all.push(format!(
                "{css}: {count} shown, expected at least {at_least}"
            ));
        }
        all.extend(found);
    }
    assert!(
        all.is_empty(),
        "{shot}: what matters is not all on screen (see {}):\n  {}",
        path.display(),
        all.join("\n  ")
    );
}

/// Scroll the first element matching `css` to the middle of the
/// viewport, as a person scrolls to what they read or tap, before its fit
/// is checked.
pub async fn scroll_to(client: &Client, css: &str) {
    client
        .execute(
            "document.querySelector(arguments[0]).scrollIntoView({block: 'center'});",
            vec![json!(css)],
        )
        .await
        .unwrap_or_else(|e| panic!("scrolling to {css}: {e}"));
}

/// The hall's screens: phones, tablets both ways, projectors.
pub const PHONES: [(u32, u32); 2] = [(360, 740), (320, 568)];
pub const TABLETS: [(u32, u32); 2] = [(768, 1024), (1024, 768)];
pub const PROJECTORS: [(u32, u32); 2] = [(1280, 720), (1920, 1080)];
