// Observer pattern with Box<dyn Observer>, shared logs via Rc<RefCell<>>, Weak handles and unsubscribe.
use std::cell::RefCell;
use std::collections::BTreeMap;
use std::rc::{Rc, Weak};

#[derive(Debug, Clone, PartialEq)]
enum Event { PriceChanged { symbol: String, price: f64 }, Halted(String), Resumed(String) }

trait Observer {
    fn notify(&mut self, e: &Event) -> bool;
    fn name(&self) -> String;
}

struct Logger { lines: Rc<RefCell<Vec<String>>> }
impl Observer for Logger {
    fn notify(&mut self, e: &Event) -> bool {
        self.lines.borrow_mut().push(format!("{:?}", e));
        true
    }
    fn name(&self) -> String { "logger".into() }
}

struct Threshold { symbol: String, limit: f64, alerts: Weak<RefCell<Vec<String>>>, fired: u32 }
impl Observer for Threshold {
    fn notify(&mut self, e: &Event) -> bool {
        let Some(sink) = self.alerts.upgrade() else { return false };
        if let Event::PriceChanged { symbol, price } = e {
            if *symbol == self.symbol && *price > self.limit {
                self.fired += 1;
                sink.borrow_mut().push(format!("{} above {} at {:.2} (#{})", symbol, self.limit, price, self.fired));
            }
        }
        true
    }
    fn name(&self) -> String { format!("threshold({} > {})", self.symbol, self.limit) }
}

struct Stats { last: BTreeMap<String, f64>, halted: Vec<String> }
impl Observer for Stats {
    fn notify(&mut self, e: &Event) -> bool {
        match e {
            Event::PriceChanged { symbol, price } => { self.last.insert(symbol.clone(), *price); }
            Event::Halted(s) => self.halted.push(s.clone()),
            Event::Resumed(s) => self.halted.retain(|h| h != s),
        }
        true
    }
    fn name(&self) -> String { format!("stats[{} symbols]", self.last.len()) }
}

#[derive(Default)]
struct Bus { observers: Vec<(u32, Box<dyn Observer>)>, next_id: u32 }
impl Bus {
    fn subscribe(&mut self, o: Box<dyn Observer>) -> u32 {
        self.next_id += 1;
        self.observers.push((self.next_id, o));
        self.next_id
    }
    fn unsubscribe(&mut self, id: u32) -> Option<Box<dyn Observer>> {
        let pos = self.observers.iter().position(|(i, _)| *i == id)?;
        Some(self.observers.remove(pos).1)
    }
    fn publish(&mut self, e: Event) -> usize {
        let before = self.observers.len();
        self.observers.retain_mut(|(_, o)| o.notify(&e));
        before - self.observers.len()
    }
}

fn main() {
    let log = Rc::new(RefCell::new(Vec::new()));
    let mut bus = Bus::default();
    let logger_id = bus.subscribe(Box::new(Logger { lines: Rc::clone(&log) }));
    let stats_id = bus.subscribe(Box::new(Stats { last: BTreeMap::new(), halted: vec![] }));
    let alerts = {
        let alerts = Rc::new(RefCell::new(Vec::<String>::new()));
        for (sym, lim) in [("ACME", 100.0), ("INIT", 5.0)] {
            bus.subscribe(Box::new(Threshold { symbol: sym.into(), limit: lim, alerts: Rc::downgrade(&alerts), fired: 0 }));
        }
        alerts
    };
    let prices = [("ACME", 99.5), ("INIT", 4.2), ("ACME", 101.25), ("INIT", 5.5), ("ACME", 120.0)];
    for (s, p) in prices {
        bus.publish(Event::PriceChanged { symbol: s.into(), price: p });
    }
    bus.publish(Event::Halted("ACME".into()));
    println!("observers: {:?}", bus.observers.iter().map(|(i, o)| format!("{}:{}", i, o.name())).collect::<Vec<_>>());
    println!("alerts: {:#?}", alerts.borrow());
    let removed = bus.unsubscribe(logger_id).map(|o| o.name());
    println!("unsubscribed {:?}; again {:?}", removed, bus.unsubscribe(logger_id).is_some());
    drop(alerts);
    let dropped = bus.publish(Event::Resumed("ACME".into()));
    println!("{} observers dropped themselves after alerts sink went away", dropped);
    bus.publish(Event::PriceChanged { symbol: "ZED".into(), price: 1.0 });
    println!("remaining: {:?}", bus.observers.iter().map(|(i, o)| (*i, o.name())).collect::<Vec<_>>());
    println!("log has {} lines; first {:?}; logger rc={}", log.borrow().len(), log.borrow().first(), Rc::strong_count(&log));
    println!("stats id {} still subscribed: {}", stats_id, bus.observers.iter().any(|(i, _)| *i == stats_id));
}
