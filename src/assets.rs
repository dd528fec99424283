//! The files under `assets/`, compiled in once by `include_dir`: the
//! pages' stylesheets, scripts and icon (served under `/assets/` by
//! `web::pages`, which picks them out) and the language catalogues
//! (`locales/`, read by [`crate::i18n`]). `include_dir` takes the whole
//! tree, so the README's pictures (`readme/`) and the plans ride along;
//! none of them is served.

/// Everything under `assets/`.
pub(crate) static FILES: include_dir::Dir<'static> =
    include_dir::include_dir!("$CARGO_MANIFEST_DIR/assets");

/// The language catalogues, `assets/locales/`. Their files' paths keep
/// the `locales/` prefix.
pub(crate) fn locales() -> &'static include_dir::Dir<'static> {
    FILES
        .get_dir("locales")
        .expect("assets/locales is compiled in")
}
