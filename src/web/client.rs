//! Who is asking: the client's network address, from the socket or, behind a
//! reverse proxy the organiser trusts (`--trusted-proxy`), from the
//! forwarding headers that proxy adds. Every per-address limit keys on this.

use std::fmt;
use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::str::FromStr;

use axum::extract::{ConnectInfo, FromRequestParts};
use axum::http::HeaderMap;
use axum::http::request::Parts;
use ipnet::{IpNet, Ipv4Net, Ipv6Net};

use super::AppState;

/// A network given as `ADDRESS/PREFIX` (IPv4 or IPv6); a bare address is
/// that one host. `ipnet` holds it and answers what it contains.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cidr(IpNet);

impl Cidr {
    pub fn contains(&self, ip: IpAddr) -> bool {
        self.0.contains(&ip.to_canonical())
    }
}

impl FromStr for Cidr {
    type Err = String;

    fn from_str(text: &str) -> Result<Cidr, String> {
        let text = text.trim();
        let usage = "give a network as ADDRESS/PREFIX, such as 127.0.0.1/32, \
                     10.0.0.0/8 or fd00::/8 (a bare address means that one host)";
        let (address, prefix) = match text.split_once('/') {
            Some((address, prefix)) => (address, Some(prefix)),
            None => (text, None),
        };
        let address = address
            .trim_start_matches('[')
            .trim_end_matches(']')
            .parse::<IpAddr>()
            .map_err(|_| format!("\"{text}\" is not a network address: {usage}"))?;
        let network = match prefix {
            None => IpNet::from(address),
            Some(prefix) => prefix
                .parse::<u8>()
                .ok()
                .and_then(|prefix| IpNet::new(address, prefix).ok())
                .ok_or_else(|| {
                    let most = if address.is_ipv4() { 32 } else { 128 };
                    format!(
                        "\"{text}\": the prefix after / must be a number from 0 to {most}; {usage}"
                    )
                })?,
        };
        // Host bits are dropped, as every router does.
        Ok(Cidr(ipv4_if_mapped(network.trunc())))
    }
}

/// An IPv4-mapped network (`::ffff:10.0.0.0/104`) as the IPv4 network it
/// is: peers are compared as IPv4 (`to_canonical`).
fn ipv4_if_mapped(network: IpNet) -> IpNet {
    match (network, network.addr().to_canonical()) {
        (IpNet::V6(v6), IpAddr::V4(v4)) if v6.prefix_len() >= 96 => {
            Ipv4Net::new(v4, v6.prefix_len() - 96).map_or(network, IpNet::V4)
        }
        _ => network,
    }
}

impl fmt::Display for Cidr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}

/// The network a limit counts against: the address itself for IPv4, its
/// /64 for IPv6 (one phone or home usually holds a whole /64, so counting
/// single IPv6 addresses would let one device dodge every limit).
pub fn network(ip: IpAddr) -> IpAddr {
    match ip.to_canonical() {
        IpAddr::V4(ip) => IpAddr::V4(ip),
        IpAddr::V6(ip) => IpAddr::V6(Ipv6Net::new(ip, 64).map_or(ip, |net| net.network())),
    }
}

/// The client's address. Forwarding headers are believed only when the TCP
/// peer is a trusted proxy, and then only as far back as the chain stays
/// in trusted hands: the right-most address that is not itself a trusted
/// proxy. Anyone else could write any address there.
///
/// `X-Forwarded-For` wins over `Forwarded` when both are present: nginx and
/// Caddy set the former and pass a client's own `Forwarded` through as sent.
pub fn client_ip(peer: IpAddr, headers: &HeaderMap, trusted: &[Cidr]) -> IpAddr {
    let peer = peer.to_canonical();
    let is_trusted = |ip: IpAddr| trusted.iter().any(|cidr| cidr.contains(ip));
    if !is_trusted(peer) {
        return peer;
    }
    let forwarded_for = joined(headers, "x-forwarded-for");
    let hops: Vec<Option<IpAddr>> = if !forwarded_for.trim().is_empty() {
        forwarded_for.split(',').map(node).collect()
    } else {
        elements(&joined(headers, "forwarded"))
            .iter()
            .map(|element| forwarded_for_node(element).and_then(node))
            .collect()
    };
    let mut client = peer;
    for hop in hops.into_iter().rev() {
        // An address we cannot read ends what can be known: the last
        // trusted hop is the best answer.
        let Some(ip) = hop else { break };
        client = ip;
        if !is_trusted(ip) {
            break;
        }
    }
    client
}

/// Every value of a header, in order, as one comma-separated list.
fn joined(headers: &HeaderMap, name: &str) -> String {
    headers
        .get_all(name)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .collect::<Vec<_>>()
        .join(",")
}

/// `Forwarded` elements (RFC 7239): split on commas outside quoted strings.
fn elements(value: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let (mut start, mut quoted) = (0, false);
    for (i, c) in value.char_indices() {
        match c {
            '"' => quoted = !quoted,
            ',' if !quoted => {
                out.push(&value[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    if !value[start..].trim().is_empty() {
        out.push(&value[start..]);
    }
    out
}

/// The `for=` node of one `Forwarded` element, unquoted.
fn forwarded_for_node(element: &str) -> Option<&str> {
    element
        .split(';')
        .filter_map(|pair| pair.split_once('='))
        .find(|(name, _)| name.trim().eq_ignore_ascii_case("for"))
        .map(|(_, value)| value.trim().trim_matches('"'))
}

/// One hop's address: `1.2.3.4`, `1.2.3.4:80`, `2001:db8::1`, `[2001:db8::1]`
/// or `[2001:db8::1]:80`. `unknown` and obfuscated names are not addresses.
fn node(text: &str) -> Option<IpAddr> {
    let text = text.trim().trim_matches('"');
    if let Ok(ip) = text.parse::<IpAddr>() {
        return Some(ip.to_canonical());
    }
    if let Ok(socket) = text.parse::<SocketAddr>() {
        return Some(socket.ip().to_canonical());
    }
    let bracketed = text.strip_prefix('[')?.strip_suffix(']')?;
    bracketed.parse::<IpAddr>().ok().map(|ip| ip.to_canonical())
}

/// The client's address as a handler argument: use it wherever a limit
/// counts per address, never the raw socket peer.
#[derive(Debug, Clone, Copy)]
pub struct ClientAddr(pub IpAddr);

impl FromRequestParts<AppState> for ClientAddr {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(
        parts: &mut Parts,
        app: &AppState,
    ) -> Result<Self, Self::Rejection> {
        // Served without connection info only in-process (tests); all of
        // those callers then share one address.
        let peer = parts
            .extensions
            .get::<ConnectInfo<SocketAddr>>()
            .map_or(IpAddr::V4(Ipv4Addr::UNSPECIFIED), |info| info.0.ip());
        Ok(ClientAddr(client_ip(
            peer,
            &parts.headers,
            &app.trusted_proxies,
        )))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ip(text: &str) -> IpAddr {
        text.parse().unwrap()
    }

    fn cidrs(list: &[&str]) -> Vec<Cidr> {
        list.iter().map(|c| c.parse().unwrap()).collect()
    }

    fn headers(pairs: &[(&'static str, &str)]) -> HeaderMap {
        let mut h = HeaderMap::new();
        for (k, v) in pairs {
            h.append(*k, v.parse().unwrap());
        }
        h
    }

    #[test]
    fn parses_networks_of_both_families() {
        let net: Cidr = "10.1.0.0/16".parse().unwrap();
        assert!(net.contains(ip("10.1.255.3")));
        assert!(!net.contains(ip("10.2.0.1")));
        assert!(net.contains(ip("::ffff:10.1.0.9")), "IPv4-mapped peers");
        let host: Cidr = "127.0.0.1".parse().unwrap();
        assert_eq!(host.to_string(), "127.0.0.1/32");
        assert!(!host.contains(ip("127.0.0.2")));
        let v6: Cidr = "fd00:1::/32".parse().unwrap();
        assert!(v6.contains(ip("fd00:1:ffff::1")));
        assert!(!v6.contains(ip("fd00:2::1")));
        assert!(!v6.contains(ip("10.1.0.1")));
        assert_eq!("[::1]".parse::<Cidr>().unwrap().to_string(), "::1/128");
        // Host bits are dropped, as every router does.
        assert_eq!(
            "192.168.1.77/24".parse::<Cidr>().unwrap().to_string(),
            "192.168.1.0/24"
        );
        assert!("0.0.0.0/0".parse::<Cidr>().unwrap().contains(ip("8.8.8.8")));
        // An IPv4-mapped network is that IPv4 network.
        let mapped: Cidr = "::ffff:10.1.0.0/112".parse().unwrap();
        assert_eq!(mapped.to_string(), "10.1.0.0/16");
        assert!(mapped.contains(ip("10.1.2.3")));
        assert_eq!(
            "::ffff:10.1.0.1".parse::<Cidr>().unwrap().to_string(),
            "10.1.0.1/32"
        );
        assert_eq!(
            "[fd00::]/8".parse::<Cidr>().unwrap().to_string(),
            "fd00::/8"
        );
        for bad in [
            "",
            "banana",
            "10.0.0.0/33",
            "::/129",
            "10.0.0.0/x",
            "10.0.0/8",
        ] {
            let error = bad.parse::<Cidr>().unwrap_err();
            assert!(error.contains("ADDRESS/PREFIX"), "{bad}: {error}");
        }
    }

    #[test]
    fn headers_count_only_from_a_trusted_proxy() {
        let spoofed = headers(&[
            ("x-forwarded-for", "203.0.113.9"),
            ("forwarded", "for=203.0.113.8"),
        ]);
        // No proxy trusted, or a peer outside the trusted ones: the socket.
        assert_eq!(
            client_ip(ip("198.51.100.1"), &spoofed, &[]),
            ip("198.51.100.1")
        );
        let trusted = cidrs(&["10.0.0.0/8"]);
        assert_eq!(
            client_ip(ip("198.51.100.1"), &spoofed, &trusted),
            ip("198.51.100.1")
        );
        assert_eq!(
            client_ip(ip("10.0.0.2"), &spoofed, &trusted),
            ip("203.0.113.9")
        );
        // No header from the proxy: the proxy itself.
        assert_eq!(
            client_ip(ip("10.0.0.2"), &HeaderMap::new(), &trusted),
            ip("10.0.0.2")
        );
    }

    #[test]
    fn the_right_most_untrusted_hop_is_the_client() {
        let trusted = cidrs(&["10.0.0.0/8", "::1"]);
        // A client wrote its own X-Forwarded-For; the proxies appended.
        let chain = headers(&[("x-forwarded-for", "1.1.1.1, 203.0.113.9, 10.0.0.7")]);
        assert_eq!(
            client_ip(ip("10.0.0.2"), &chain, &trusted),
            ip("203.0.113.9")
        );
        // Several header lines read as one list.
        let lines = headers(&[
            ("x-forwarded-for", "1.1.1.1"),
            ("x-forwarded-for", "203.0.113.9:5555, 10.0.0.7"),
        ]);
        assert_eq!(client_ip(ip("::1"), &lines, &trusted), ip("203.0.113.9"));
        // Every hop trusted: the one furthest back.
        let inside = headers(&[("x-forwarded-for", "10.9.9.9, 10.0.0.7")]);
        assert_eq!(client_ip(ip("10.0.0.2"), &inside, &trusted), ip("10.9.9.9"));
        // Junk before a trusted hop: stop at what can be known.
        let junk = headers(&[("x-forwarded-for", "unknown, 10.0.0.7")]);
        assert_eq!(client_ip(ip("10.0.0.2"), &junk, &trusted), ip("10.0.0.7"));
    }

    #[test]
    fn reads_rfc_7239_forwarded() {
        let trusted = cidrs(&["127.0.0.1/32"]);
        let peer = ip("127.0.0.1");
        let quoted = headers(&[(
            "forwarded",
            "for=192.0.2.43, For=\"[2001:db8:cafe::17]:4711\";proto=https, for=127.0.0.1",
        )]);
        assert_eq!(client_ip(peer, &quoted, &trusted), ip("2001:db8:cafe::17"));
        let port = headers(&[("forwarded", "proto=http;for=\"192.0.2.60:8080\";by=x")]);
        assert_eq!(client_ip(peer, &port, &trusted), ip("192.0.2.60"));
        let hidden = headers(&[("forwarded", "for=_hidden, for=unknown")]);
        assert_eq!(client_ip(peer, &hidden, &trusted), peer);
        // X-Forwarded-For, set by the proxy, wins over a passed-through Forwarded.
        let both = headers(&[
            ("forwarded", "for=203.0.113.66"),
            ("x-forwarded-for", "198.51.100.5"),
        ]);
        assert_eq!(client_ip(peer, &both, &trusted), ip("198.51.100.5"));
    }

    #[test]
    fn ipv6_counts_per_64_and_mapped_ipv4_as_ipv4() {
        assert_eq!(network(ip("2001:db8:1:2:aaaa::1")), ip("2001:db8:1:2::"));
        assert_eq!(
            network(ip("2001:db8:1:2:ffff:ffff:ffff:ffff")),
            network(ip("2001:db8:1:2::9"))
        );
        assert_ne!(
            network(ip("2001:db8:1:2::1")),
            network(ip("2001:db8:1:3::1"))
        );
        assert_eq!(network(ip("::ffff:192.0.2.1")), ip("192.0.2.1"));
        assert_eq!(network(ip("192.0.2.1")), ip("192.0.2.1"));
    }
}
