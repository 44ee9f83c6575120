// Event sourcing: parse events into Result<Vec<_>>, fold them into state, replay and validate.
use std::collections::BTreeMap;
use std::error::Error;
use std::fmt;

#[derive(Debug, Clone, PartialEq)]
enum Event {
    Created { id: u32, owner: String },
    Deposited { id: u32, amount: i64 },
    Withdrawn { id: u32, amount: i64 },
    Closed { id: u32 },
}

#[derive(Debug)]
struct ParseError { line: usize, msg: String }
impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result { write!(f, "line {}: {}", self.line, self.msg) }
}
impl Error for ParseError {}

#[derive(Debug)]
enum ApplyError { NoAccount(u32), Closed(u32), Overdraft { id: u32, balance: i64, amount: i64 }, Duplicate(u32) }
impl fmt::Display for ApplyError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            ApplyError::NoAccount(id) => write!(f, "account {} does not exist", id),
            ApplyError::Closed(id) => write!(f, "account {} is closed", id),
            ApplyError::Overdraft { id, balance, amount } => write!(f, "account {} has {} < {}", id, balance, amount),
            ApplyError::Duplicate(id) => write!(f, "account {} already exists", id),
        }
    }
}
impl Error for ApplyError {}

fn parse_line(line_no: usize, line: &str) -> Result<Event, ParseError> {
    let err = |msg: &str| ParseError { line: line_no, msg: msg.to_string() };
    let parts: Vec<&str> = line.split_whitespace().collect();
    let id = parts.get(1).ok_or_else(|| err("missing id"))?.parse::<u32>().map_err(|e| err(&e.to_string()))?;
    let amount = || -> Result<i64, ParseError> {
        let a: i64 = parts.get(2).ok_or_else(|| err("missing amount"))?.parse().map_err(|_| err("bad amount"))?;
        if a <= 0 { Err(err("amount must be positive")) } else { Ok(a) }
    };
    Ok(match parts[0] {
        "create" => Event::Created { id, owner: parts.get(2).ok_or_else(|| err("missing owner"))?.to_string() },
        "deposit" => Event::Deposited { id, amount: amount()? },
        "withdraw" => Event::Withdrawn { id, amount: amount()? },
        "close" => Event::Closed { id },
        other => return Err(err(&format!("unknown event '{}'", other))),
    })
}

#[derive(Debug, Default)]
struct Account { owner: String, balance: i64, open: bool, events: usize }

fn apply(state: &mut BTreeMap<u32, Account>, ev: &Event) -> Result<(), ApplyError> {
    match ev {
        Event::Created { id, owner } => {
            if state.contains_key(id) { return Err(ApplyError::Duplicate(*id)); }
            state.insert(*id, Account { owner: owner.clone(), open: true, ..Default::default() });
        }
        Event::Deposited { id, amount } | Event::Withdrawn { id, amount } => {
            let acct = state.get_mut(id).ok_or(ApplyError::NoAccount(*id))?;
            if !acct.open { return Err(ApplyError::Closed(*id)); }
            let delta = if matches!(ev, Event::Withdrawn { .. }) { -amount } else { *amount };
            if acct.balance + delta < 0 {
                return Err(ApplyError::Overdraft { id: *id, balance: acct.balance, amount: *amount });
            }
            acct.balance += delta;
        }
        Event::Closed { id } => state.get_mut(id).ok_or(ApplyError::NoAccount(*id))?.open = false,
    }
    if let Some(a) = state.get_mut(match ev { Event::Created { id, .. } | Event::Deposited { id, .. } | Event::Withdrawn { id, .. } | Event::Closed { id } => id }) {
        a.events += 1;
    }
    Ok(())
}

fn replay(log: &str) -> Result<BTreeMap<u32, Account>, Box<dyn Error>> {
    let events: Vec<Event> = log.lines().enumerate().filter(|(_, l)| !l.trim().is_empty())
        .map(|(i, l)| parse_line(i + 1, l.trim())).collect::<Result<_, _>>()?;
    let mut state = BTreeMap::new();
    let mut rejected = 0;
    for ev in &events {
        if let Err(e) = apply(&mut state, ev) {
            rejected += 1;
            println!("  rejected {:?}: {}", ev, e);
        }
    }
    println!("  {} events, {} rejected", events.len(), rejected);
    Ok(state)
}

fn main() {
    let good = "create 1 alice\ndeposit 1 100\ncreate 2 bob\nwithdraw 2 5\ndeposit 2 40\nwithdraw 1 30\n\
                create 1 mallory\nclose 2\ndeposit 2 1\nwithdraw 1 71\ndeposit 3 9";
    let logs = [good, "create 1 x\ndeposit 1 -5", "create 1 x\nfrobnicate 1", "deposit abc 4", "create 5"];
    for (i, log) in logs.iter().enumerate() {
        println!("log {}:", i);
        match replay(log) {
            Ok(state) => {
                for (id, a) in &state {
                    println!("  #{} {:<6} {:>5} {} ({} events)", id, a.owner, a.balance, if a.open { "open" } else { "closed" }, a.events);
                }
            }
            Err(e) => println!("  failed: {}", e),
        }
    }
}
