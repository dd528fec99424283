//! The chair's side of the rehearsal: commands through `POST /api/command`
//! while every phone watches, timed from just before the request is sent to
//! the moment the last phone has the change.

use std::time::{Duration, Instant};

use serde_json::{Value, json};

use super::http::{Conn, Server};
use super::phones::{Hall, Receipt, first_reaching};

/// Actions are this far apart, about as fast as a chair can tap.
pub const SPACING: Duration = Duration::from_millis(300);
/// How long every phone has to show one chair change.
pub const REACH_LIMIT: Duration = Duration::from_secs(10);

/// A chair with its key and its own keep-alive connection.
pub struct Chair {
    conn: Conn,
    authorization: String,
}

impl Chair {
    pub fn new(server: &Server, key: &str) -> Chair {
        Chair {
            conn: Conn::new(server.clone()),
            authorization: format!("Bearer {key}"),
        }
    }

    /// Send one command; the `seq` it was applied at.
    pub async fn send(&mut self, command: &Value) -> Result<u64, String> {
        let (status, answer) = self.post(command).await?;
        let name = command["cmd"].as_str().unwrap_or("command");
        match status {
            200 => answer["seq"]
                .as_u64()
                .ok_or_else(|| format!("`{name}` was answered without a seq: {answer}")),
            401 => Err(refused_key(&answer)),
            _ => Err(format!(
                "the server refused `{name}` ({status}): {}",
                answer["error"].as_str().unwrap_or("no reason given")
            )),
        }
    }

    /// Find out whether the key is right before opening thousands of sockets,
    /// with a command the server checks the key for and then always refuses
    /// (there is no such item), so it changes nothing.
    pub async fn check_key(&mut self) -> Result<(), String> {
        let probe = json!({ "cmd": "goto", "item": u32::MAX });
        match self.post(&probe).await? {
            (400, _) => Ok(()),
            (401, answer) => Err(refused_key(&answer)),
            (status, answer) => Err(format!(
                "checking the chair key: the server answered {status}: {answer}"
            )),
        }
    }

    async fn post(&mut self, command: &Value) -> Result<(u16, Value), String> {
        let body = command.to_string();
        let response = self
            .conn
            .send(
                "POST",
                "/api/command",
                &[
                    ("Authorization", &self.authorization),
                    ("Content-Type", "application/json"),
                ],
                body.as_bytes(),
            )
            .await
            .map_err(|e| format!("POST /api/command {body}: {e}"))?;
        let answer = serde_json::from_slice(&response.body).unwrap_or(Value::Null);
        Ok((response.status, answer))
    }
}

fn refused_key(answer: &Value) -> String {
    format!(
        "the server refused the chair key (401 Unauthorized: {}). Give rehearse the key the \
         server was started with: --chair-key KEY or ASSEMBLY_CHAIR_KEY",
        answer["error"].as_str().unwrap_or("no reason given")
    )
}

/// What the chair does next: mostly `next`, back to item 1 at the end of
/// the running order, and every fourth action a power-holder's answer.
#[derive(Debug, Clone)]
pub struct Script {
    items: usize,
    /// Every (ask, power-holder) pair in the plan.
    pairs: Vec<(String, String)>,
    current: usize,
    responses: usize,
}

impl Script {
    /// From `GET /api/plan` and the current item.
    pub fn new(plan: &Value, current: Option<usize>) -> Script {
        let items = plan["items"].as_array().map_or(0, Vec::len);
        let mut pairs = Vec::new();
        for ask in plan["asks"].as_array().into_iter().flatten() {
            let Some(id) = ask["id"].as_str() else {
                continue;
            };
            for holder in ask["to"].as_array().into_iter().flatten() {
                if let Some(holder) = holder.as_str() {
                    pairs.push((id.to_owned(), holder.to_owned()));
                }
            }
        }
        Script {
            items,
            pairs,
            current: current.unwrap_or(0),
            responses: 0,
        }
    }

    /// The `n`th action (0-based).
    pub fn action(&mut self, n: usize) -> Value {
        if n % 4 == 3 && !self.pairs.is_empty() {
            let (ask, holder) = &self.pairs[self.responses % self.pairs.len()];
            let answer = ["yes", "no", "waffle", "yes"][self.responses % 4];
            self.responses += 1;
            return json!({ "cmd": "respond", "ask": ask, "holder": holder, "answer": answer });
        }
        if self.current + 1 < self.items {
            self.current += 1;
            json!({ "cmd": "next" })
        } else if self.items >= 2 {
            self.current = if self.current == 1 { 0 } else { 1 };
            json!({ "cmd": "goto", "item": self.current })
        } else {
            json!({ "cmd": "extend", "seconds": 30 })
        }
    }
}

/// One chair action as sent.
#[derive(Debug, Clone, Copy)]
pub struct Sent {
    pub seq: u64,
    /// Just before the request was written.
    pub at: Instant,
}

/// Start the assembly if it has not started, then send `count` actions
/// spaced [`SPACING`] apart, each time waiting (at most [`REACH_LIMIT`])
/// until every phone has it.
pub async fn rehearse(
    chair: &mut Chair,
    hall: &Hall,
    plan: &Value,
    state: &Value,
    count: usize,
) -> Result<Vec<Sent>, String> {
    match state["phase"].as_str() {
        Some("not_started") => {
            let seq = chair.send(&json!({ "cmd": "start" })).await?;
            hall.wait_for(Some(seq), REACH_LIMIT).await;
        }
        Some("ended") => {
            return Err(
                "the assembly on this server has ended, so the chair can no longer move it: \
                 rehearse against a server with a fresh --data dir"
                    .into(),
            );
        }
        _ => {}
    }
    let current = state["current"].as_u64().map(|c| c as usize);
    let mut script = Script::new(plan, current.or(Some(0)));
    let mut sent = Vec::with_capacity(count);
    for n in 0..count {
        let command = script.action(n);
        let at = Instant::now();
        let seq = chair.send(&command).await?;
        sent.push(Sent { seq, at });
        if !hall.wait_for(Some(seq), REACH_LIMIT).await {
            tracing::warn!(seq, "not every phone had the change within {REACH_LIMIT:?}");
        }
        tokio::time::sleep_until((at + SPACING).into()).await;
        super::progress(&format!("chair actions {}/{count}", n + 1), n + 1 == count);
    }
    Ok(sent)
}

/// How long the actions took to reach the phones.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Latencies {
    /// Per action: until the last phone had it, sorted. An action some phone
    /// never showed counts as [`REACH_LIMIT`].
    pub to_last_phone: Vec<Duration>,
    /// Per action: until the first phone had it, sorted. Against
    /// `to_last_phone` this tells committing (slow first phone) from
    /// fanning out (slow last phone).
    pub to_first_phone: Vec<Duration>,
    /// Every phone's every receipt of an action, sorted.
    pub receipts: Vec<Duration>,
    /// (phone, action) pairs where the phone never showed the action.
    pub missing: usize,
}

/// Work the latencies out of what each phone recorded.
pub fn latencies(sent: &[Sent], phones: &[Vec<Receipt>]) -> Latencies {
    let mut result = Latencies::default();
    for action in sent {
        let mut last = Duration::ZERO;
        let mut first = None::<Duration>;
        let mut all = true;
        for receipts in phones {
            match first_reaching(receipts, action.seq) {
                Some(at) => {
                    let took = at.saturating_duration_since(action.at);
                    last = last.max(took);
                    first = Some(first.map_or(took, |f| f.min(took)));
                    result.receipts.push(took);
                }
                None => {
                    all = false;
                    result.missing += 1;
                }
            }
        }
        result
            .to_last_phone
            .push(if all { last } else { last.max(REACH_LIMIT) });
        result.to_first_phone.push(first.unwrap_or(REACH_LIMIT));
    }
    result.to_last_phone.sort();
    result.to_first_phone.sort();
    result.receipts.sort();
    result
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plan(items: usize) -> Value {
        json!({
            "items": vec![json!({}); items],
            "asks": [{ "id": "wage", "to": ["leader", "mayor"] }],
        })
    }

    #[test]
    fn the_script_wraps_to_item_one_and_answers_every_fourth_action() {
        let mut script = Script::new(&plan(3), Some(0));
        let names: Vec<String> = (0..8)
            .map(|n| {
                let action = script.action(n);
                match action["cmd"].as_str().unwrap() {
                    "goto" => format!("goto {}", action["item"]),
                    "respond" => format!("respond {}", action["holder"].as_str().unwrap()),
                    other => other.to_owned(),
                }
            })
            .collect();
        assert_eq!(
            names,
            [
                "next",
                "next",
                "goto 1",
                "respond leader",
                "next",
                "goto 1",
                "next",
                "respond mayor"
            ]
        );
    }

    #[test]
    fn a_two_item_plan_goes_back_and_forth() {
        let mut script = Script::new(&json!({ "items": [{}, {}] }), Some(0));
        let names: Vec<Value> = (0..4).map(|n| script.action(n)).collect();
        assert_eq!(names[0], json!({ "cmd": "next" }));
        assert_eq!(names[1], json!({ "cmd": "goto", "item": 0 }));
        assert_eq!(names[2], json!({ "cmd": "next" }));
        // No asks in this plan: the fourth action moves on too.
        assert_eq!(names[3], json!({ "cmd": "goto", "item": 0 }));
    }

    #[test]
    fn latency_is_until_the_last_phone_and_a_missing_phone_counts() {
        let t0 = Instant::now();
        let at = |ms| t0 + Duration::from_millis(ms);
        let sent = [
            Sent { seq: 5, at: t0 },
            Sent {
                seq: 6,
                at: at(300),
            },
        ];
        let phones = vec![
            vec![
                Receipt { seq: 5, at: at(10) },
                Receipt {
                    seq: 6,
                    at: at(310),
                },
            ],
            vec![Receipt { seq: 5, at: at(30) }],
        ];
        let result = latencies(&sent, &phones);
        assert_eq!(result.missing, 1);
        assert_eq!(result.to_first_phone, [10, 10].map(Duration::from_millis));
        assert_eq!(
            result.to_last_phone,
            [Duration::from_millis(30), REACH_LIMIT]
        );
        assert_eq!(result.receipts, [10, 10, 30].map(Duration::from_millis));
    }
}
