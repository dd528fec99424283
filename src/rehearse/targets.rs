//! Where the rehearsal puts its phones and check-ins: the server itself, or
//! the relays that follow it, with every phone and check-in split evenly
//! across them. The chair always speaks to the server (`--url`): a relay has
//! no chair routes.

use super::http::Server;

/// One place phones connect to and check in at.
#[derive(Debug, Clone)]
pub struct Target {
    /// How the table names it: `relay 1`, `relay 2`, ..., `primary`.
    pub label: String,
    pub url: String,
    pub server: Server,
    pub phones: usize,
    pub check_ins: usize,
    /// This is `--url` itself, not a relay.
    pub primary: bool,
}

/// The primary and the targets, resolved.
#[derive(Debug, Clone)]
pub struct Targets {
    /// `--url`: the one writer, where chair actions go and the final `seq`
    /// and the count of check-ins are read.
    pub primary: Server,
    pub list: Vec<Target>,
    /// A relay run: every measurement is also shown per target. Without
    /// relays the table keeps the shape it always had (scripts parse it).
    pub per_target: bool,
}

/// The split before any address is resolved.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Share {
    pub label: String,
    pub url: String,
    pub phones: usize,
    pub check_ins: usize,
    /// `--url` itself.
    pub primary: bool,
}

/// Split `phones` and `check_ins` evenly across `relays` (or put them all
/// on `url` when there are none), plus `phones_on_primary` more phones on
/// `url` in a relay run.
pub fn shares(
    url: &str,
    relays: &[String],
    phones: usize,
    phones_on_primary: usize,
    check_ins: usize,
) -> Result<Vec<Share>, String> {
    let relays: Vec<&str> = relays
        .iter()
        .map(|r| r.trim())
        .filter(|r| !r.is_empty())
        .collect();
    if relays.is_empty() {
        if phones_on_primary > 0 {
            return Err(
                "--phones-on-primary is for a relay run: give --relay URL too, or put every \
                 phone on the server with --phones"
                    .into(),
            );
        }
        return Ok(vec![Share {
            label: "server".into(),
            url: url.to_owned(),
            phones,
            check_ins,
            primary: true,
        }]);
    }
    let mut shares = Vec::with_capacity(relays.len() + 1);
    if phones_on_primary > 0 {
        shares.push(Share {
            label: "primary".into(),
            url: url.to_owned(),
            phones: phones_on_primary,
            check_ins: 0,
            primary: true,
        });
    }
    let phones = split(phones, relays.len());
    let check_ins = split(check_ins, relays.len());
    for (n, relay) in relays.iter().enumerate() {
        shares.push(Share {
            label: format!("relay {}", n + 1),
            url: (*relay).to_owned(),
            phones: phones[n],
            check_ins: check_ins[n],
            primary: false,
        });
    }
    Ok(shares)
}

/// `total` in `parts` as even as can be, the first ones one larger.
pub fn split(total: usize, parts: usize) -> Vec<usize> {
    if parts == 0 {
        return Vec::new();
    }
    (0..parts)
        .map(|n| total / parts + usize::from(n < total % parts))
        .collect()
}

impl Targets {
    /// Resolve the primary and every target's address.
    pub async fn resolve(
        url: &str,
        relays: &[String],
        phones: usize,
        phones_on_primary: usize,
        check_ins: usize,
    ) -> Result<Targets, String> {
        let primary = Server::parse(url).await?;
        let per_target = relays.iter().any(|r| !r.trim().is_empty());
        let mut list = Vec::new();
        for share in shares(url, relays, phones, phones_on_primary, check_ins)? {
            let server = if share.primary {
                primary.clone()
            } else {
                Server::parse(&share.url).await?
            };
            list.push(Target {
                label: share.label,
                url: share.url,
                server,
                phones: share.phones,
                check_ins: share.check_ins,
                primary: share.primary,
            });
        }
        Ok(Targets {
            primary,
            list,
            per_target,
        })
    }

    /// Phones on every target together.
    pub fn phones(&self) -> usize {
        self.list.iter().map(|t| t.phones).sum()
    }

    /// The table's name for `metric` on target `n`: `relay 1: connect rate`.
    pub fn metric(&self, n: usize, metric: &str) -> String {
        format!("{}: {metric}", self.list[n].label)
    }

    /// The targets that are separate processes: the first target at each
    /// address, with every target at that address (the same server given
    /// twice shares one memory figure).
    pub fn by_address(&self) -> Vec<(usize, Vec<usize>)> {
        let mut groups: Vec<(usize, Vec<usize>)> = Vec::new();
        for (n, target) in self.list.iter().enumerate() {
            match groups
                .iter_mut()
                .find(|(first, _)| self.list[*first].server.addr == target.server.addr)
            {
                Some((_, members)) => members.push(n),
                None => groups.push((n, vec![n])),
            }
        }
        groups
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_total_is_split_evenly_with_the_remainder_first() {
        assert_eq!(split(10, 2), [5, 5]);
        assert_eq!(split(10, 3), [4, 3, 3]);
        assert_eq!(split(1, 3), [1, 0, 0]);
        assert_eq!(split(0, 2), [0, 0]);
        assert!(split(5, 0).is_empty());
    }

    #[test]
    fn without_relays_everything_is_on_the_server() {
        let shares = shares("http://hall:8080", &[], 100, 0, 40).unwrap();
        assert_eq!(
            shares,
            [Share {
                label: "server".into(),
                url: "http://hall:8080".into(),
                phones: 100,
                check_ins: 40,
                primary: true,
            }]
        );
        assert!(shares_err("http://hall:8080", &[], 5).contains("--relay"));
    }

    fn shares_err(url: &str, relays: &[String], on_primary: usize) -> String {
        shares(url, relays, 10, on_primary, 0).unwrap_err()
    }

    #[test]
    fn with_relays_phones_and_check_ins_go_to_the_relays() {
        let relays = ["http://a:1".to_owned(), " http://b:2 ".to_owned()];
        let shares = shares("http://hall:8080", &relays, 101, 0, 9).unwrap();
        let got: Vec<_> = shares
            .iter()
            .map(|s| (s.label.as_str(), s.url.as_str(), s.phones, s.check_ins))
            .collect();
        assert_eq!(
            got,
            [
                ("relay 1", "http://a:1", 51, 5),
                ("relay 2", "http://b:2", 50, 4)
            ]
        );
    }

    #[test]
    fn phones_can_also_stay_on_the_primary_in_a_relay_run() {
        let relays = ["http://a:1".to_owned(), "http://b:2".to_owned()];
        let shares = shares("http://hall:8080", &relays, 100, 30, 10).unwrap();
        let got: Vec<_> = shares
            .iter()
            .map(|s| (s.label.as_str(), s.phones, s.check_ins))
            .collect();
        assert_eq!(
            got,
            [("primary", 30, 0), ("relay 1", 50, 5), ("relay 2", 50, 5)]
        );
    }
}
