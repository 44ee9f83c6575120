// An enum state machine with timed transitions, events, and a transition log.
use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Light { Red, RedAmber, Green, Amber, FlashingAmber }

#[derive(Debug, Clone, Copy)]
enum Event { Tick, Fault, Repair, PedestrianButton }

impl Light {
    fn duration(self) -> u32 {
        match self {
            Light::Red => 4,
            Light::RedAmber => 1,
            Light::Green => 5,
            Light::Amber => 2,
            Light::FlashingAmber => u32::MAX,
        }
    }
    fn next(self) -> Light {
        use Light::*;
        match self {
            Red => RedAmber,
            RedAmber => Green,
            Green => Amber,
            Amber => Red,
            FlashingAmber => FlashingAmber,
        }
    }
}

impl fmt::Display for Light {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let s = match self {
            Light::Red => "R--",
            Light::RedAmber => "RA-",
            Light::Green => "--G",
            Light::Amber => "-A-",
            Light::FlashingAmber => "*A*",
        };
        f.pad(s)
    }
}

struct Controller { state: Light, elapsed: u32, changes: Vec<(u32, Light, Light)>, clock: u32 }

impl Controller {
    fn new() -> Self { Controller { state: Light::Red, elapsed: 0, changes: vec![], clock: 0 } }

    fn go(&mut self, to: Light) {
        if to != self.state {
            self.changes.push((self.clock, self.state, to));
        }
        self.state = to;
        self.elapsed = 0;
    }

    fn handle(&mut self, ev: Event) {
        match (self.state, ev) {
            (_, Event::Fault) => self.go(Light::FlashingAmber),
            (Light::FlashingAmber, Event::Repair) => self.go(Light::Red),
            (Light::FlashingAmber, _) => {}
            (Light::Green, Event::PedestrianButton) if self.elapsed >= 2 => self.go(Light::Amber),
            (_, Event::PedestrianButton) | (_, Event::Repair) => {}
            (s, Event::Tick) => {
                self.elapsed += 1;
                if self.elapsed >= s.duration() {
                    self.go(s.next());
                }
            }
        }
        self.clock += 1;
    }
}

fn main() {
    let mut c = Controller::new();
    let mut events = Vec::new();
    for i in 0..30 {
        let e = match i {
            8 | 9 => Event::PedestrianButton,
            17 => Event::Fault,
            21 => Event::Repair,
            _ => Event::Tick,
        };
        events.push(e);
    }
    let mut timeline = String::new();
    for e in &events {
        c.handle(*e);
        timeline.push(match c.state {
            Light::Red => 'R',
            Light::RedAmber => 'r',
            Light::Green => 'G',
            Light::Amber => 'a',
            Light::FlashingAmber => '*',
        });
    }
    println!("timeline: {}", timeline);
    for (t, from, to) in &c.changes {
        println!("t={:>2} [{:^5}] -> [{:^5}] ({:?} -> {:?})", t, from, to, from, to);
    }
    let greens = c.changes.iter().filter(|(_, _, to)| matches!(to, Light::Green)).count();
    println!("went green {} times, final state {:?}", greens, c.state);
    println!("{:?}", events.iter().filter(|e| matches!(e, Event::Tick)).count());
}
