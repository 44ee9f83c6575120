// An elevator controller: enum states, BTreeSet requests, direction logic and a tick-based simulation.
use std::collections::BTreeSet;
use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Dir { Up, Down }

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum State { Idle, Moving(Dir), DoorsOpen(u8) }

struct Elevator { floor: i32, state: State, stops: BTreeSet<i32>, served: Vec<(u32, i32)>, last_dir: Dir, travelled: u32 }

impl fmt::Display for Elevator {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let st = match self.state {
            State::Idle => "idle".to_string(),
            State::Moving(Dir::Up) => "up".to_string(),
            State::Moving(Dir::Down) => "down".to_string(),
            State::DoorsOpen(n) => format!("open({})", n),
        };
        write!(f, "floor {:>2} {:<8} stops {:?}", self.floor, st, self.stops)
    }
}

impl Elevator {
    fn new() -> Self { Elevator { floor: 0, state: State::Idle, stops: BTreeSet::new(), served: vec![], last_dir: Dir::Up, travelled: 0 } }

    fn request(&mut self, floor: i32) {
        if !(-2..=9).contains(&floor) { println!("  ignoring request for floor {}", floor); return; }
        if floor != self.floor || self.state != State::Idle {
            self.stops.insert(floor);
        }
    }

    fn choose_dir(&self) -> Option<Dir> {
        let above = self.stops.range(self.floor + 1..).next().is_some();
        let below = self.stops.range(..self.floor).next_back().is_some();
        match (self.last_dir, above, below) {
            (Dir::Up, true, _) | (Dir::Down, false, false) if above => Some(Dir::Up),
            (Dir::Down, _, true) => Some(Dir::Down),
            (_, true, _) => Some(Dir::Up),
            (_, _, true) => Some(Dir::Down),
            _ => None,
        }
    }

    fn tick(&mut self, t: u32) {
        self.state = match self.state {
            State::DoorsOpen(0) | State::Idle => match self.choose_dir() {
                Some(d) => { self.last_dir = d; State::Moving(d) }
                None => State::Idle,
            },
            State::DoorsOpen(n) => State::DoorsOpen(n - 1),
            State::Moving(d) => {
                self.floor += if d == Dir::Up { 1 } else { -1 };
                self.travelled += 1;
                if self.stops.remove(&self.floor) {
                    self.served.push((t, self.floor));
                    State::DoorsOpen(2)
                } else {
                    State::Moving(d)
                }
            }
        };
    }
}

fn main() {
    let mut e = Elevator::new();
    let calls: &[(u32, &[i32])] = &[(0, &[5, 2]), (3, &[1]), (6, &[8, -1]), (12, &[0, 12]), (20, &[3]), (40, &[-2, 9])];
    let mut pending = calls.iter().peekable();
    for t in 0..70 {
        while let Some(&&(when, floors)) = pending.peek() {
            if when > t { break; }
            println!("t={:>2} call {:?}", t, floors);
            for &f in floors { e.request(f); }
            pending.next();
        }
        e.tick(t);
        if t % 5 == 0 || matches!(e.state, State::DoorsOpen(2)) {
            println!("t={:>2} {}", t, e);
        }
        if e.state == State::Idle && e.stops.is_empty() && pending.peek().is_none() {
            println!("all done at t={}", t);
            break;
        }
    }
    println!("served: {:?}", e.served);
    println!("travelled {} floors, avg {:.2} per stop", e.travelled, e.travelled as f64 / e.served.len() as f64);
}
