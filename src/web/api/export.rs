//! `GET /export/{name}`: the record's files as downloads, the full record
//! for the chair and the public one for anyone.

use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};

use super::{ApiError, download};
use crate::record;
use crate::web::AppState;
use crate::web::access::Access;
use tokio_tungstenite::tungstenite::Bytes;

/// `GET /export/{name}`: one record file, as a download: the full record
/// with the chair key (bearer or chair cookie), the public record without
/// a key; a wrong key is refused (and counted by the key brake).
/// `?lang=cy` makes the spreadsheet in that language (see
/// `record::export_in`); without it (or with a language not shipped) the
/// files are as they always were.
pub async fn export(
    State(app): State<AppState>,
    access: Access,
    axum::extract::Path(name): axum::extract::Path<String>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
) -> Response {
    let access = access.record();
    let lang = crate::report::lang_query(query.as_deref());
    // Built off the lock, shared by every reader of this file at this seq.
    let key = format!("/export/{name} {access:?} {:?}", lang.map(|l| l.code()));
    let wanted = name.clone();
    let file = app
        .hub
        .built(key, move |state, now| {
            record::export_in(&wanted, state, now, access, lang)
                .map(|(content_type, body)| (content_type, Bytes::from(body)))
        })
        .await;
    match &*file {
        Some((content_type, body)) => download(content_type, &name, body.clone()),
        None if record::EXPORTS.contains(&name.as_str()) => ApiError::new(
            StatusCode::UNAUTHORIZED,
            format!(
                "`{name}` is part of the full record and needs the chair key: open it from \
                 the chair page, or send `Authorization: Bearer KEY`; the public exports are: {}",
                record::exports(record::Access::Public).join(", ")
            ),
        )
        .into_response(),
        None => ApiError::new(
            StatusCode::NOT_FOUND,
            format!(
                "there is no export `{name}`; there are: {}",
                record::EXPORTS.join(", ")
            ),
        )
        .into_response(),
    }
}
