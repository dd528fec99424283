//! `/setup/import` and `POST /api/import`: spreadsheets in, through the
//! browser, for the chair. The page sends every chosen file in one
//! `multipart/form-data` request (fields `file`, repeated, and `mapping`,
//! a JSON list of rules), so references across files resolve; a script may
//! instead send one file's bytes as the body with `?name=FILE` (or an
//! `X-File-Name` header) and `?map=SHEET:HEADING=FIELD` rules, one a line.
//! The answer is JSON: the draft, each row's problems, the columns that
//! were not recognised and a preview of every sheet. Nothing is stored:
//! the page hands the draft to `/setup` in `sessionStorage`.
//!
//! The files are read in a worker process ([`crate::import::worker`]), a
//! few at once: a file larger than any plan is answered 413 with what was
//! too big, one that cannot be read in time or memory 422, and the hall
//! is served throughout.

use axum::body::Body;
use axum::extract::{FromRequest, Multipart, Query, Request, State};
use axum::http::StatusCode;
use axum::http::header::{CONTENT_LENGTH, CONTENT_TYPE};
use axum::response::{IntoResponse, Response};
use maud::html;
use serde::Deserialize;

use super::layout;
use crate::import::worker::Answer;
use crate::import::{Kind, Mapping, Refusal, RefusalKind, Rule, Source, limits};
use crate::web::AppState;
use crate::web::access::Chair;
use crate::web::api::ApiError;

/// Most bytes one import may send: every file together.
pub const BODY_LIMIT: usize = limits::MAX_BYTES;

#[derive(Debug, Default, Deserialize)]
pub struct ImportQuery {
    /// The file's name, for a body that is one file's bytes.
    name: Option<String>,
    /// Rules, one a line: `SHEET:HEADING=FIELD` or `SHEET=KIND`.
    map: Option<String>,
}

fn too_large() -> ApiError {
    ApiError::new(
        StatusCode::PAYLOAD_TOO_LARGE,
        format!(
            "the files are larger than {} MB together, more than a plan's sheets need: \
             import fewer files at a time, or delete other sheets from the workbook first",
            BODY_LIMIT / (1024 * 1024)
        ),
    )
}

fn bad(message: impl Into<String>) -> ApiError {
    ApiError::new(StatusCode::BAD_REQUEST, message)
}

/// `POST /api/import`: read the files sent and answer what they make.
pub async fn api(
    State(app): State<AppState>,
    _chair: Chair,
    Query(query): Query<ImportQuery>,
    request: Request,
) -> Result<Response, ApiError> {
    let headers = request.headers().clone();
    let declared = headers
        .get(CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<usize>().ok());
    if declared.is_some_and(|n| n > BODY_LIMIT) {
        return Err(too_large());
    }
    let (parts, body) = request.into_parts();
    let bytes = axum::body::to_bytes(body, BODY_LIMIT)
        .await
        .map_err(|_| too_large())?;
    let multipart = headers
        .get(CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("multipart/form-data"));
    let mut rules = Vec::new();
    if let Some(map) = &query.map {
        rules.extend(parse_rules(map)?);
    }
    let sources = if multipart {
        let request = Request::from_parts(parts, Body::from(bytes));
        let form = Multipart::from_request(request, &app)
            .await
            .map_err(|e| bad(format!("the form could not be read: {e}")))?;
        read_form(form, &mut rules).await?
    } else {
        let name = query
            .name
            .clone()
            .or_else(|| {
                headers
                    .get("x-file-name")
                    .and_then(|v| v.to_str().ok())
                    .map(str::to_owned)
            })
            .unwrap_or_default();
        vec![Source {
            name,
            bytes: bytes.to_vec(),
        }]
    };
    if sources.iter().all(|s| s.bytes.is_empty()) {
        return Err(bad(
            "no file was sent: choose one or more .xlsx, .ods or .csv files",
        ));
    }
    let Some(running) = app.imports.start() else {
        return Err(ApiError {
            retry_after: Some(std::time::Duration::from_secs(5)),
            ..ApiError::new(
                StatusCode::TOO_MANY_REQUESTS,
                format!(
                    "{} imports are being read already; wait a few seconds and import again",
                    app.imports.at_once
                ),
            )
        });
    };
    let mapping = Mapping(rules);
    let answer = tokio::task::spawn_blocking(move || {
        let answer = running.worker().run(sources, &mapping);
        drop(running);
        answer
    })
    .await
    .map_err(|_| refused(Refusal::unreadable("the files could not be read")))?;
    match answer.map_err(refused)? {
        // The worker's JSON as it is: never parsed into a tree here.
        Answer::Imported { imported, .. } => Ok((
            [(CONTENT_TYPE, "application/json")],
            String::from(Box::<str>::from(imported)),
        )
            .into_response()),
        Answer::Refused(refusal) => Err(refused(refusal)),
    }
}

/// A refusal as the API answers it: 413 for too large, 422 otherwise.
fn refused(refusal: Refusal) -> ApiError {
    let status = match refusal.kind {
        RefusalKind::TooLarge => StatusCode::PAYLOAD_TOO_LARGE,
        RefusalKind::Unreadable => StatusCode::UNPROCESSABLE_ENTITY,
    };
    ApiError::new(status, refusal.message)
}

async fn read_form(mut form: Multipart, rules: &mut Vec<Rule>) -> Result<Vec<Source>, ApiError> {
    let mut sources = Vec::new();
    while let Some(field) = form
        .next_field()
        .await
        .map_err(|e| bad(format!("the form could not be read: {e}")))?
    {
        let name = field.name().unwrap_or_default().to_owned();
        let file_name = field.file_name().map(str::to_owned);
        let bytes = field
            .bytes()
            .await
            .map_err(|e| bad(format!("the form could not be read: {e}")))?;
        match name.as_str() {
            "file" => sources.push(Source {
                name: file_name.unwrap_or_default(),
                bytes: bytes.to_vec(),
            }),
            "mapping" => {
                let more: Vec<Rule> = serde_json::from_slice(&bytes).map_err(|e| {
                    bad(format!(
                        "`mapping` must be a JSON list of {{sheet, heading, field}}: {e}"
                    ))
                })?;
                rules.extend(more);
            }
            "map" => rules.extend(parse_rules(&String::from_utf8_lossy(&bytes))?),
            _ => {}
        }
    }
    Ok(sources)
}

fn parse_rules(text: &str) -> Result<Vec<Rule>, ApiError> {
    text.lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| Rule::parse(l).map_err(|e| bad(e.replace("--map", "map"))))
        .collect()
}

/// `GET /setup/import`: the page, for the chair.
pub async fn page(
    // The chair link's key (set as the session cookie), the cookie or a
    // bearer key, as for /chair; anyone else gets what /chair gives them.
    _chair: super::chair::ChairPage,
) -> Response {
    layout(
        "Import a plan from spreadsheets",
        None,
        0,
        &["import.css", "import.js"],
        html! {
            main .import-page {
                p .import-back { a href="/chair" { "Back to the chair's page" } }
                h1 { "Import a plan from spreadsheets" }
                p {
                    "Choose your .xlsx, .ods or .csv files: a sheet (or a CSV file) each for the "
                    "institutions, the power-holders, the asks, the pledges, the running order "
                    "and the assembly's details. Headings are recognised in your own words; "
                    "you say what any other column holds."
                }
                form #import-form .import-form data-limit=(BODY_LIMIT) {
                    label for="import-files" { "Spreadsheets (.xlsx, .ods, .csv)" }
                    input #import-files type="file" name="file" multiple
                        accept=".xlsx,.xlsm,.xls,.ods,.csv,.tsv,.txt";
                    button type="submit" .primary { "Read the files" }
                }
                p #import-status .import-status role="status" aria-live="polite" {}
                p #import-error .import-error role="alert" hidden {}
                section #import-result .import-result aria-labelledby="import-result-title" hidden {
                    h2 #import-result-title { "What the files hold" }
                    p #import-summary {}
                    div #import-general {}
                    div #import-sheets {}
                    div .import-actions {
                        button #import-again type="button" hidden { "Import again with these choices" }
                        button #import-open type="button" .primary { "Open in setup" }
                    }
                    p #import-open-note .import-note {}
                }
                (headings_help())
            }
        },
    )
    .into_response()
}

/// Partial: the headings each kind of sheet is recognised by.
fn headings_help() -> maud::Markup {
    html! {
        details .import-help {
            summary { "Which headings are recognised" }
            p {
                "A sheet is recognised by its name or its headings. Case, accents and "
                "punctuation do not matter. Leave out the Id columns and ids are made from names."
            }
            dl {
                @for kind in Kind::ALL {
                    dt { (kind.label()) }
                    dd {
                        ul {
                            @for (field, names) in kind.fields() {
                                li { strong { (field) } ": " (names.join(", ")) }
                            }
                        }
                    }
                }
            }
        }
    }
}
