//! The checker: walks the TOML tree with its spans, collecting every
//! problem with its position instead of stopping at the first.

use super::*;

pub(super) struct Section<'t, 'i> {
    pub(super) table: &'t DeTable<'i>,
    /// The table header (or inline table), where "missing key" points.
    pub(super) span: Range<usize>,
    pub(super) name: String,
    /// Allowed keys an unknown key was probably meant to be; their absence
    /// is not reported again.
    pub(super) typos: Vec<&'static str>,
}

impl<'t, 'i> Section<'t, 'i> {
    pub(super) fn get(&self, key: &str) -> Option<&'t Spanned<DeValue<'i>>> {
        self.table.get(key)
    }
}

/// Collects diagnostics with positions; every reader returns `None` only
/// after reporting why.
pub(super) struct Checker<'s> {
    pub(super) source: &'s str,
    pub(super) line_starts: Vec<usize>,
    pub(super) diagnostics: Vec<Diagnostic>,
    /// The plan's languages, scanned before its tables are read, so keys
    /// such as `title_cy` are known as translations.
    pub(super) declared: super::translate::Declared,
}

impl<'s> Checker<'s> {
    pub(super) fn new(source: &'s str) -> Self {
        let line_starts = std::iter::once(0)
            .chain(source.match_indices('\n').map(|(i, _)| i + 1))
            .collect();
        Checker {
            source,
            line_starts,
            diagnostics: Vec::new(),
            declared: Default::default(),
        }
    }

    /// 1-based line and column (in chars) of a byte offset.
    pub(super) fn position(&self, offset: usize) -> (usize, usize) {
        let mut offset = offset.min(self.source.len());
        while !self.source.is_char_boundary(offset) {
            offset -= 1;
        }
        let line = self.line_starts.partition_point(|&start| start <= offset);
        let start = self.line_starts[line - 1];
        (line, self.source[start..offset].chars().count() + 1)
    }

    pub(super) fn report(
        &mut self,
        span: Range<usize>,
        message: impl Into<String>,
        help: Option<String>,
    ) {
        let (line, column) = self.position(span.start);
        self.diagnostics.push(Diagnostic {
            line,
            column,
            message: message.into(),
            help,
        });
    }

    pub(super) fn into_error(mut self) -> Error {
        // Tables come back keyed alphabetically; file order reads better.
        self.diagnostics.sort_by_key(|d| (d.line, d.column));
        Error {
            diagnostics: self.diagnostics,
        }
    }

    pub(super) fn syntax(&mut self, err: &toml::de::Error) {
        // Pasted from a word processor: say so rather than "invalid string".
        if super::lint::report_curly_quotes(self) {
            return;
        }
        let span = err.span().unwrap_or(0..0);
        let message = err.message().trim().replace('\n', "; ");
        let (message, help) = if message == "duplicate key" {
            let key = self.source.get(span.clone()).unwrap_or("").trim();
            (
                format!("duplicate key {key:?}"),
                Some("a key can appear only once in a table; start a new [[...]] entry for another one".into()),
            )
        } else {
            (message, None)
        };
        self.report(span, format!("invalid TOML: {message}"), help);
    }

    /// Reports an unknown key; returns the allowed key it is likely a typo of.
    pub(super) fn unknown_key(
        &mut self,
        key: &Spanned<Cow<'_, str>>,
        place: &str,
        allowed: &[&'static str],
    ) -> Option<&'static str> {
        let key_text = key.get_ref().as_ref();
        let list = allowed.join(", ");
        let near = suggest(key_text, allowed);
        let help = match near {
            Some(near) => format!("did you mean {near:?}? allowed keys: {list}"),
            None => format!("allowed keys: {list}"),
        };
        self.report(
            key.span(),
            format!("unknown key {key_text:?} {place}"),
            Some(help),
        );
        near
    }

    /// A table to read, after reporting its unknown keys.
    pub(super) fn section<'t, 'i>(
        &mut self,
        table: &'t DeTable<'i>,
        span: Range<usize>,
        name: String,
        allowed: &[&'static str],
        texts: &super::translate::Texts,
    ) -> Section<'t, 'i> {
        let mut typos = Vec::new();
        for key in table.keys() {
            let text = key.get_ref().as_ref();
            if !allowed.contains(&text)
                && super::translate::split(text, texts, &self.declared).is_none()
                && !self.unknown_translation(key, &format!("in {name}"), texts, allowed)
            {
                let near = self.unknown_key(key, &format!("in {name}"), allowed);
                typos.extend(near.filter(|near| !table.contains_key(*near)));
            }
        }
        Section {
            table,
            span,
            name,
            typos,
        }
    }

    /// The tables of one top-level array such as `[[item]]`.
    pub(super) fn sections<'t, 'i>(
        &mut self,
        root: &'t DeTable<'i>,
        key: &str,
        allowed: &[&'static str],
    ) -> Vec<Section<'t, 'i>> {
        let Some((k, value)) = root.get_key_value(key) else {
            return Vec::new();
        };
        let DeValue::Array(array) = value.get_ref() else {
            self.report(
                k.span(),
                format!(
                    "\"{key}\" must be a list of [[{key}]] tables, not {}",
                    a_type(value.get_ref())
                ),
                Some(format!(
                    "write [[{key}]] with double brackets, once per entry"
                )),
            );
            return Vec::new();
        };
        let texts = super::translate::texts(key);
        let mut sections = Vec::new();
        for (n, element) in array.iter().enumerate() {
            let name = format!("[[{key}]] #{}", n + 1);
            match element.get_ref() {
                DeValue::Table(table) => {
                    sections.push(self.section(table, element.span(), name, allowed, &texts));
                }
                other => self.report(
                    element.span(),
                    format!("{name} must be a table, not {}", a_type(other)),
                    Some(format!(
                        "write each entry as [[{key}]] followed by its keys"
                    )),
                ),
            }
        }
        sections
    }

    /// A string value, trimmed. Outer `None`: reported problem; inner
    /// `None` (optional keys only): absent or blank.
    pub(super) fn string(
        &mut self,
        s: &Section<'_, '_>,
        key: &str,
        max: usize,
        required: bool,
    ) -> Option<Option<Spanned<String>>> {
        let Some(value) = s.get(key) else {
            if required {
                self.missing(s, key);
                return None;
            }
            return Some(None);
        };
        let Some(text) = value.get_ref().as_str() else {
            self.wrong_type(s, key, value, "a string");
            return None;
        };
        let text = text.trim();
        if text.is_empty() {
            if required {
                self.report(
                    value.span(),
                    format!("\"{key}\" in {} is empty", s.name),
                    None,
                );
                return None;
            }
            return Some(None);
        }
        if let Some((n, c)) = crate::domain::text::control_character(text) {
            self.report(
                value.span(),
                format!(
                    "\"{key}\" in {} holds a control character, {}, at character {}",
                    s.name,
                    crate::domain::text::describe(c),
                    n + 1
                ),
                Some(
                    "take it out: plan texts are plain text (line breaks and tabs are fine)".into(),
                ),
            );
            return None;
        }
        let chars = text.chars().count();
        if chars > max {
            self.report(
                value.span(),
                format!(
                    "\"{key}\" in {} is too long: {chars} characters, the limit is {max}",
                    s.name
                ),
                Some(if max < super::TEXT_MAX {
                    "shorten it: the projector and the phones show every word of it".into()
                } else {
                    "shorten it, or keep the detail in your own notes".into()
                }),
            );
            return None;
        }
        Some(Some(Spanned::new(value.span(), text.to_owned())))
    }

    /// Required text; `None` once the problem is reported.
    pub(super) fn text(&mut self, s: &Section<'_, '_>, key: &str, max: usize) -> Option<String> {
        let text = self.string(s, key, max, true)??;
        Some(text.into_inner())
    }

    /// Optional text; `Some(None)` when absent or blank.
    pub(super) fn optional_text(
        &mut self,
        s: &Section<'_, '_>,
        key: &str,
        max: usize,
    ) -> Option<Option<String>> {
        let text = self.string(s, key, max, false)?;
        Some(text.map(Spanned::into_inner))
    }

    pub(super) fn id(&mut self, s: &Section<'_, '_>) -> Option<Id> {
        self.slug(s, "id", true)?
    }

    /// An id or a reference to one. Inner `None`: optional and absent.
    pub(super) fn slug(
        &mut self,
        s: &Section<'_, '_>,
        key: &str,
        required: bool,
    ) -> Option<Option<Id>> {
        let Some(id) = self.string(s, key, ID_MAX, required)? else {
            return Some(None);
        };
        if !is_slug(id.get_ref()) {
            let slug = slugify(id.get_ref());
            let example = if is_slug(&slug) {
                format!("; for example {slug:?}")
            } else {
                String::new()
            };
            self.report(
                id.span(),
                format!("\"{key}\" in {} is not a valid id: {:?}", s.name, id.get_ref()),
                Some(format!(
                    "ids use lowercase letters, digits, \"-\" and \"_\", starting with a letter or digit{example}"
                )),
            );
            return None;
        }
        // Checked just above: a well-formed id from here on.
        Some(Id::parse(id.get_ref()))
    }

    /// Checks ids are unique within one kind; returns the well-formed ids.
    pub(super) fn unique_ids(&mut self, kind: &str, sections: &[Section<'_, '_>]) -> Vec<String> {
        let mut first: HashMap<String, (usize, &str)> = HashMap::new();
        let mut ids = Vec::new();
        for s in sections {
            let Some(value) = s.get("id") else { continue };
            let Some(id) = value.get_ref().as_str().map(str::trim) else {
                continue;
            };
            if !is_slug(id) {
                continue;
            }
            if let Some((line, name)) = first.get(id) {
                self.report(
                    value.span(),
                    format!("duplicate {kind} id {id:?} in {}", s.name),
                    Some(format!(
                        "{id:?} is already used by {name} on line {line}; ids must be unique"
                    )),
                );
                continue;
            }
            first.insert(
                id.to_owned(),
                (self.position(value.span().start).0, &s.name),
            );
            ids.push(id.to_owned());
        }
        ids
    }

    /// An optional reference that must name one of `known`.
    pub(super) fn reference(
        &mut self,
        s: &Section<'_, '_>,
        key: &str,
        known: &[String],
    ) -> Option<Option<Id>> {
        let Some(span) = s.get(key).map(Spanned::span) else {
            return Some(None);
        };
        // A name typed where an id goes (`Safe sreets`) names no entry:
        // said so, with the entries nearest first, never its slug as a fix.
        if let Some(raw) = s.get(key).and_then(|v| v.get_ref().as_str())
            && !raw.trim().is_empty()
            && !is_slug(raw.trim())
            && raw.trim().chars().count() <= ID_MAX
        {
            self.unknown_reference(span, key, raw.trim(), &s.name, known);
            return None;
        }
        let id = self.slug(s, key, false)?;
        if let Some(id) = &id
            && !known.iter().any(|k| k == id.as_str())
        {
            self.unknown_reference(span, key, id, &s.name, known);
            return None;
        }
        Some(id)
    }

    pub(super) fn unknown_reference(
        &mut self,
        span: Range<usize>,
        kind: &str,
        id: &str,
        place: &str,
        known: &[String],
    ) {
        let candidates: Vec<&str> = known.iter().map(String::as_str).collect();
        // Nearest first, as the typed name is compared with each id.
        let typed = if is_slug(id) {
            id.to_owned()
        } else {
            slugify(id)
        };
        let mut nearest = known.to_vec();
        nearest.sort_by_key(|k| edit_distance(&typed, k));
        let list = known_list(&format!("{kind}s"), &nearest);
        let help = match suggest(&typed, &candidates) {
            Some(near) => format!("did you mean {near:?}? {list}"),
            None => list,
        };
        self.report(
            span,
            format!("unknown {kind} {id:?} in {place}"),
            Some(help),
        );
    }

    pub(super) fn missing(&mut self, s: &Section<'_, '_>, key: &str) {
        if s.typos.contains(&key) {
            return;
        }
        let example = match key {
            "promised" => "120".into(),
            "to" => "[\"<power_holder id>\"]".into(),
            "id" => "\"short-id\"".into(),
            _ => "\"...\"".to_owned(),
        };
        self.report(
            s.span.clone(),
            format!("missing \"{key}\" in {}", s.name),
            Some(format!("add {key} = {example}")),
        );
    }

    pub(super) fn wrong_type(
        &mut self,
        s: &Section<'_, '_>,
        key: &str,
        value: &Spanned<DeValue<'_>>,
        expected: &str,
    ) {
        let help = match value.get_ref() {
            _ if expected == "a string" => {
                Some(format!("put the value in quotes: {key} = \"...\""))
            }
            DeValue::String(_) if expected.contains("number") => {
                Some("remove the quotes".to_owned())
            }
            _ => None,
        };
        self.report(
            value.span(),
            format!(
                "\"{key}\" in {} must be {expected}, not {}",
                s.name,
                a_type(value.get_ref())
            ),
            help,
        );
    }

    pub(super) fn starts(&mut self, s: &Section<'_, '_>) -> Option<Option<String>> {
        let Some(value) = s.get("starts") else {
            return Some(None);
        };
        let text = match value.get_ref() {
            DeValue::String(text) => text.trim().to_owned(),
            DeValue::Datetime(datetime) => datetime.to_string(),
            _ => {
                self.wrong_type(s, "starts", value, "a date and time");
                return None;
            }
        };
        let rfc3339 = &time::format_description::well_known::Rfc3339;
        if time::OffsetDateTime::parse(&text, rfc3339).is_err() {
            self.report(
                value.span(),
                format!(
                    "\"starts\" in {} is not an RFC 3339 date and time: {text:?}",
                    s.name
                ),
                Some("write it with a time zone offset, e.g. \"2026-03-14T18:30:00+00:00\"".into()),
            );
            return None;
        }
        Some(Some(text))
    }

    pub(super) fn promised(&mut self, s: &Section<'_, '_>) -> Option<u32> {
        let Some(value) = s.get("promised") else {
            self.missing(s, "promised");
            return None;
        };
        let Some(int) = value.get_ref().as_integer() else {
            self.wrong_type(s, "promised", value, "a whole number");
            return None;
        };
        match i64::from_str_radix(int.as_str(), int.radix()) {
            Ok(n) if (0..=PROMISED_MAX).contains(&n) => u32::try_from(n).ok(),
            _ => {
                self.report(
                    value.span(),
                    format!(
                        "\"promised\" in {} must be between 0 and {PROMISED_MAX}, not {int}",
                        s.name
                    ),
                    None,
                );
                None
            }
        }
    }

    pub(super) fn addressees(
        &mut self,
        s: &Section<'_, '_>,
        holders: &[String],
        most: usize,
    ) -> Option<Vec<Id>> {
        let Some(value) = s.get("to") else {
            self.missing(s, "to");
            return None;
        };
        let Some(array) = value.get_ref().as_array() else {
            let help = value
                .get_ref()
                .as_str()
                .map(|one| format!("write to = [{:?}]", one.trim()));
            self.report(
                value.span(),
                format!(
                    "\"to\" in {} must be an array of power_holder ids, not {}",
                    s.name,
                    a_type(value.get_ref())
                ),
                help,
            );
            return None;
        };
        if array.is_empty() {
            self.report(
                value.span(),
                format!(
                    "\"to\" in {} is empty: an ask must be put to someone",
                    s.name
                ),
                Some(known_list("power_holders", holders)),
            );
            return None;
        }
        if array.len() > most {
            self.report(
                value.span(),
                format!(
                    "\"to\" in {} names {} power-holders; an ask may be put to at most {most}",
                    s.name,
                    array.len()
                ),
                Some(format!(
                    "the projector shows every answer side by side: split it into asks of {most} or fewer"
                )),
            );
            return None;
        }
        let mut to: Vec<Id> = Vec::new();
        let mut ok = true;
        for element in array.iter() {
            let Some(id) = element.get_ref().as_str().map(str::trim) else {
                self.report(
                    element.span(),
                    format!(
                        "\"to\" in {} must list power_holder ids as strings, not {}",
                        s.name,
                        a_type(element.get_ref())
                    ),
                    None,
                );
                ok = false;
                continue;
            };
            if !holders.iter().any(|h| h == id) {
                self.unknown_reference(element.span(), "power_holder", id, &s.name, holders);
                ok = false;
            } else if to.iter().any(|t| t == id) {
                self.report(
                    element.span(),
                    format!("{id:?} appears twice in \"to\" of {}", s.name),
                    None,
                );
                ok = false;
            } else if let Some(id) = Id::parse(id) {
                // A known holder's id is well formed.
                to.push(id);
            }
        }
        ok.then_some(to)
    }

    pub(super) fn kind(&mut self, s: &Section<'_, '_>) -> Option<ItemKind> {
        let kinds: Vec<&str> = ItemKind::ALL.iter().map(|k| k.as_str()).collect();
        let text = self.string(s, "kind", TITLE_MAX, true)??;
        let found = ItemKind::parse(text.get_ref());
        if found.is_none() {
            let list = kinds.join(", ");
            let help = match suggest(text.get_ref(), &kinds) {
                Some(near) => format!("did you mean {near:?}? kinds: {list}"),
                None => format!("kinds: {list}"),
            };
            self.report(
                text.span(),
                format!("unknown kind {:?} in {}", text.get_ref(), s.name),
                Some(help),
            );
        }
        found
    }

    /// Planned length in seconds from exactly one of `minutes` or `duration`.
    pub(super) fn length(&mut self, s: &Section<'_, '_>) -> Option<u32> {
        let (value, key) = match (s.get("minutes"), s.get("duration")) {
            (Some(m), Some(d)) => {
                let later = if m.span().start > d.span().start {
                    m
                } else {
                    d
                };
                self.report(
                    later.span(),
                    format!("{} has both \"minutes\" and \"duration\"", s.name),
                    Some("give one of them, not both".into()),
                );
                return None;
            }
            (None, None) => {
                if s.typos.contains(&"minutes") || s.typos.contains(&"duration") {
                    return None;
                }
                self.report(
                    s.span.clone(),
                    format!("{} has no length", s.name),
                    Some("add minutes = 5 or duration = \"4:30\"".into()),
                );
                return None;
            }
            (Some(m), None) => (m, "minutes"),
            (None, Some(d)) => (d, "duration"),
        };
        let seconds = match (key, value.get_ref()) {
            ("minutes", DeValue::Integer(int)) => i64::from_str_radix(int.as_str(), int.radix())
                .map(|m| m as f64 * 60.0)
                .unwrap_or(if int.as_str().starts_with('-') {
                    f64::NEG_INFINITY
                } else {
                    f64::INFINITY
                }),
            ("minutes", DeValue::Float(float)) => {
                float.as_str().parse::<f64>().map_or(f64::NAN, |m| m * 60.0)
            }
            ("minutes", DeValue::String(text)) if text.contains(':') => {
                self.report(
                    value.span(),
                    format!("\"minutes\" in {} must be a number, not a string", s.name),
                    Some(format!(
                        "for minutes and seconds write duration = {:?} instead of minutes",
                        text.trim()
                    )),
                );
                return None;
            }
            ("minutes", _) => {
                self.wrong_type(s, key, value, "a number");
                return None;
            }
            (_, DeValue::String(text)) => match parse_duration(text.trim()) {
                Some(seconds) => seconds,
                None => {
                    let help = match text.trim().parse::<f64>() {
                        // "90": minutes or seconds? Say how to write each.
                        Ok(n) if n > 0.0 => unit_help(text.trim(), n),
                        _ => {
                            "write minutes and seconds as \"4:30\", or hours as \"1:05:00\"".into()
                        }
                    };
                    self.report(
                        value.span(),
                        format!(
                            "\"duration\" in {} is not a length: {:?}",
                            s.name,
                            text.as_ref()
                        ),
                        Some(help),
                    );
                    return None;
                }
            },
            ("duration", DeValue::Integer(int)) if !int.as_str().starts_with('-') => {
                let n = int.as_str().parse::<f64>().unwrap_or(f64::INFINITY);
                self.report(
                    value.span(),
                    format!(
                        "\"duration\" in {} must be a string like \"4:30\", not a bare number",
                        s.name
                    ),
                    Some(unit_help(int.as_str(), n)),
                );
                return None;
            }
            _ => {
                self.wrong_type(s, key, value, "a string like \"4:30\"");
                return None;
            }
        };
        let problem = if seconds.is_nan() {
            Some("is not a number".to_owned())
        } else if seconds < 0.0 {
            Some("is negative; an item needs a length above zero".to_owned())
        } else if seconds == 0.0 {
            Some("is zero; an item needs a length above zero".to_owned())
        } else if seconds.round() < 1.0 {
            Some("is shorter than one second".to_owned())
        } else if seconds.round() > ITEM_MAX_SECONDS as f64 {
            Some("is longer than 24 hours".to_owned())
        } else {
            None
        };
        if let Some(problem) = problem {
            self.report(
                value.span(),
                format!("\"{key}\" in {} {problem}", s.name),
                None,
            );
            return None;
        }
        Some(seconds.round() as u32)
    }
}

/// Help for a duration given as a bare number `n`: minutes or seconds?
fn unit_help(text: &str, n: f64) -> String {
    let clock = |s: u64| match s {
        s if s >= 3600 => format!("{}:{:02}:{:02}", s / 3600, s / 60 % 60, s % 60),
        s => format!("{}:{:02}", s / 60, s % 60),
    };
    let minutes = (n * 60.0).round() as u64;
    let mut help = format!(
        "{text} has no unit: for {text} minutes write minutes = {text} or duration = \"{}\"",
        clock(minutes)
    );
    if n.fract() == 0.0 && n < 86_400.0 {
        help.push_str(&format!(
            "; for {text} seconds write duration = \"{}\"",
            clock(n as u64)
        ));
    }
    help
}

/// Seconds in `"M:SS"` or `"H:MM:SS"`; negative for a leading `-`.
pub(super) fn parse_duration(text: &str) -> Option<f64> {
    let (sign, body) = match text.strip_prefix('-') {
        Some(rest) => (-1.0, rest),
        None => (1.0, text),
    };
    let number = |part: &str| -> Option<u64> {
        let ok = !part.is_empty() && part.len() <= 6 && part.bytes().all(|b| b.is_ascii_digit());
        ok.then(|| part.parse().ok()).flatten()
    };
    let sixty = |part: &str| number(part).filter(|&n| part.len() == 2 && n < 60);
    let parts: Vec<&str> = body.split(':').collect();
    let seconds = match parts[..] {
        [m, ss] => number(m)? * 60 + sixty(ss)?,
        [h, mm, ss] => number(h)? * 3600 + sixty(mm)? * 60 + sixty(ss)?,
        _ => return None,
    };
    Some(sign * seconds as f64)
}

pub(super) fn is_slug(id: &str) -> bool {
    crate::domain::plan::is_slug(id)
}

/// A best guess at the slug someone meant, for help text.
pub(super) fn slugify(text: &str) -> String {
    crate::domain::plan::slug_of(text, ID_MAX)
}

pub(super) fn known_list(kinds: &str, ids: &[String]) -> String {
    if ids.is_empty() {
        format!("there are no {kinds} in the plan")
    } else {
        format!("known {kinds}: {}", ids.join(", "))
    }
}

pub(super) fn a_type(value: &DeValue<'_>) -> &'static str {
    match value {
        DeValue::String(_) => "a string",
        DeValue::Integer(_) => "an integer",
        DeValue::Float(_) => "a decimal number",
        DeValue::Boolean(_) => "true/false",
        DeValue::Datetime(_) => "a date-time",
        DeValue::Array(_) => "an array",
        DeValue::Table(_) => "a table",
    }
}

/// The closest candidate, if close enough to be a likely typo.
pub(super) fn suggest<'a>(word: &str, candidates: &[&'a str]) -> Option<&'a str> {
    let len = word.chars().count();
    if len > 64 {
        return None;
    }
    candidates
        .iter()
        .map(|c| (edit_distance(word, c), *c))
        .filter(|(d, _)| *d <= (len / 3).max(1))
        .min_by_key(|(d, _)| *d)
        .map(|(_, c)| c)
}

/// Optimal string alignment distance: Levenshtein plus adjacent swaps,
/// so "titel" is one edit from "title".
pub(super) fn edit_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let width = b.len() + 1;
    let mut d = vec![0usize; (a.len() + 1) * width];
    for i in 0..=a.len() {
        for j in 0..=b.len() {
            d[i * width + j] = if i == 0 || j == 0 {
                i + j
            } else {
                let cost = usize::from(a[i - 1] != b[j - 1]);
                let mut best = (d[(i - 1) * width + j] + 1)
                    .min(d[i * width + j - 1] + 1)
                    .min(d[(i - 1) * width + j - 1] + cost);
                if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                    best = best.min(d[(i - 2) * width + j - 2] + 1);
                }
                best
            };
        }
    }
    d[a.len() * width + b.len()]
}

#[cfg(test)]
mod tests {
    use super::super::parse;

    const PLAN: &str = "[assembly]\ntitle = \"T\"\nvenue = \"Hall\"\n\n\
        [[institution]]\nid = \"a\"\nname = \"NAME\"\npromised = 1\n\n\
        [[item]]\ntitle = \"Welcome\"\nkind = \"welcome\"\nminutes = 3\nnotes = \"NOTES\"\n";

    #[test]
    fn control_characters_in_plan_texts_are_refused_where_they_are() {
        for (escape, named) in [
            ("\\u0000", "U+0000 (NUL)"),
            ("\\u001b[2J", "U+001B (ESC)"),
            ("\\u007f", "U+007F (DEL)"),
            ("\\u009b", "U+009B"),
            ("\\r", "U+000D"),
        ] {
            let source = PLAN.replace("NAME", &format!("Our{escape}Church"));
            let error = parse(&source).expect_err(named);
            let d = &error.diagnostics[0];
            assert_eq!(error.diagnostics.len(), 1, "{error}");
            assert_eq!((d.line, d.column), (7, 8), "{error}");
            assert!(d.message.contains("control character"), "{error}");
            assert!(d.message.contains(named), "{error}");
            assert!(d.message.contains("at character 4"), "{error}");
        }
        // Line breaks (also Windows ones) and tabs are text.
        let notes = PLAN.replace("NOTES", "First\\r\\nsecond\\n\\tthird");
        let plan = parse(&notes).expect("line breaks and tabs are fine");
        assert_eq!(
            plan.items[0].notes.as_deref(),
            Some("First\r\nsecond\n\tthird")
        );
        let notes = PLAN.replace("NOTES", "bell\\u0007");
        let error = parse(&notes).expect_err("a bell in notes");
        assert_eq!(error.diagnostics[0].line, 14, "{error}");
    }
}
