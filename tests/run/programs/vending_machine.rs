// A vending machine state machine with coin handling, change making and an audit trail.
use std::collections::BTreeMap;
use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Coin { Nickel = 5, Dime = 10, Quarter = 25, Dollar = 100 }

const COINS: [Coin; 4] = [Coin::Dollar, Coin::Quarter, Coin::Dime, Coin::Nickel];

#[derive(Debug, PartialEq)]
enum State { Idle, Collecting { credit: u32 }, Dispensing { slot: char, change: u32 }, OutOfService }

#[derive(Debug)]
enum Input { Insert(Coin), Select(char), Cancel, Service, TakeItem }

struct Machine {
    state: State,
    stock: BTreeMap<char, (&'static str, u32, u8)>,
    bank: BTreeMap<Coin, u32>,
    audit: Vec<String>,
}

impl fmt::Display for State {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            State::Idle => write!(f, "IDLE"),
            State::Collecting { credit } => write!(f, "CREDIT {}c", credit),
            State::Dispensing { slot, change } => write!(f, "DISPENSE {} (change {}c)", slot, change),
            State::OutOfService => write!(f, "OUT OF SERVICE"),
        }
    }
}

impl Machine {
    fn make_change(&mut self, mut amount: u32) -> Option<Vec<Coin>> {
        let mut plan = Vec::new();
        let mut bank = self.bank.clone();
        for coin in COINS {
            let v = coin as u32;
            while amount >= v && bank[&coin] > 0 {
                amount -= v;
                *bank.get_mut(&coin).unwrap() -= 1;
                plan.push(coin);
            }
        }
        if amount == 0 { self.bank = bank; Some(plan) } else { None }
    }

    fn step(&mut self, input: Input) {
        let old = std::mem::replace(&mut self.state, State::Idle);
        self.state = match (old, input) {
            (State::OutOfService, Input::Service) => State::Idle,
            (State::OutOfService, _) => State::OutOfService,
            (_, Input::Service) => State::OutOfService,
            (State::Idle, Input::Insert(c)) => { *self.bank.entry(c).or_insert(0) += 1; State::Collecting { credit: c as u32 } }
            (State::Collecting { credit }, Input::Insert(c)) => { *self.bank.entry(c).or_insert(0) += 1; State::Collecting { credit: credit + c as u32 } }
            (State::Collecting { credit }, Input::Select(slot)) => match self.stock.get(&slot).copied() {
                None => { self.audit.push(format!("no slot {}", slot)); State::Collecting { credit } }
                Some((_, _, 0)) => { self.audit.push(format!("{} sold out", slot)); State::Collecting { credit } }
                Some((_, price, _)) if price > credit => { self.audit.push(format!("need {}c more", price - credit)); State::Collecting { credit } }
                Some((name, price, _)) => match self.make_change(credit - price) {
                    Some(coins) => {
                        self.stock.get_mut(&slot).unwrap().2 -= 1;
                        self.audit.push(format!("sold {} for {}c, change {:?}", name, price, coins));
                        State::Dispensing { slot, change: credit - price }
                    }
                    None => { self.audit.push("cannot make change".into()); State::Collecting { credit } }
                },
            },
            (State::Collecting { credit }, Input::Cancel) => {
                let coins = self.make_change(credit);
                self.audit.push(format!("refund {}c as {:?}", credit, coins));
                State::Idle
            }
            (State::Dispensing { .. }, Input::TakeItem) => State::Idle,
            (s @ State::Dispensing { .. }, _) => s,
            (s, i) => { self.audit.push(format!("ignored {:?}", i)); s }
        };
    }
}

fn main() {
    let mut m = Machine {
        state: State::Idle,
        stock: [('A', ("chips", 65, 2)), ('B', ("candy", 85, 1)), ('C', ("water", 100, 0))].into_iter().collect(),
        bank: COINS.iter().map(|&c| (c, 2)).collect(),
        audit: vec![],
    };
    use Coin::*;
    let inputs = vec![
        Input::Select('A'), Input::Insert(Quarter), Input::Insert(Quarter), Input::Select('A'), Input::Insert(Dime),
        Input::Insert(Dime), Input::Select('C'), Input::Select('Z'), Input::Select('A'), Input::Insert(Nickel), Input::TakeItem,
        Input::Insert(Dollar), Input::Select('B'), Input::TakeItem, Input::Insert(Dollar), Input::Select('B'),
        Input::Cancel, Input::Service, Input::Insert(Dime), Input::Service, Input::Insert(Dollar), Input::Select('A'), Input::TakeItem,
    ];
    for input in inputs {
        let label = format!("{:?}", input);
        m.step(input);
        println!("{:<16} -> {}", label, m.state);
    }
    println!("--- audit ---");
    for (i, line) in m.audit.iter().enumerate() { println!("{:02} {}", i + 1, line); }
    println!("bank: {:?}", m.bank);
    println!("cash: {}c, stock: {:?}", m.bank.iter().map(|(c, n)| *c as u32 * n).sum::<u32>(), m.stock.values().map(|s| s.2).collect::<Vec<_>>());
}
