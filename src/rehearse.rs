//! `assembly rehearse`: simulate a hall of phones against a running server.

/// What to simulate.
#[derive(Debug, Clone, clap::Args)]
pub struct Options {
    /// The server, e.g. http://127.0.0.1:8080
    #[arg(long)]
    pub url: String,
    /// Attendee websockets to open.
    #[arg(long, default_value_t = 1000)]
    pub phones: usize,
}

pub async fn run(options: Options) -> Result<(), String> {
    Err(format!(
        "rehearse against {} is not written yet",
        options.url
    ))
}
