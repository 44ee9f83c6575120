// The observer pattern with Rc<RefCell<dyn Observer>>: a subject keeps Weak references to its
// observers, notifies the live ones and forgets the dropped ones; an observer can hold a weak
// back-reference to the subject (Rc::new_cyclic).
use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::rc::{Rc, Weak};

trait Observer {
    fn notify(&mut self, topic: &str, value: i64);
    fn summary(&self) -> String;
}

struct Counter {
    name: String,
    count: usize,
}

struct Averager {
    values: Vec<i64>,
}

struct TopicFilter {
    topic: &'static str,
    seen: Vec<i64>,
}

impl Observer for Counter {
    fn notify(&mut self, _topic: &str, _value: i64) {
        self.count += 1;
    }
    fn summary(&self) -> String {
        format!("{} counted {}", self.name, self.count)
    }
}

impl Observer for Averager {
    fn notify(&mut self, _topic: &str, value: i64) {
        self.values.push(value);
    }
    fn summary(&self) -> String {
        if self.values.is_empty() {
            return String::from("no values");
        }
        let sum: i64 = self.values.iter().sum();
        format!("average {} of {}", sum / self.values.len() as i64, self.values.len())
    }
}

impl Observer for TopicFilter {
    fn notify(&mut self, topic: &str, value: i64) {
        if topic == self.topic {
            self.seen.push(value);
        }
    }
    fn summary(&self) -> String {
        format!("{} saw {:?}", self.topic, self.seen)
    }
}

impl Drop for Counter {
    fn drop(&mut self) {
        println!("counter {} dropped", self.name);
    }
}

#[derive(Default)]
struct Subject {
    observers: RefCell<Vec<Weak<RefCell<dyn Observer>>>>,
    sent: Cell<usize>,
}

impl Subject {
    fn subscribe(&self, observer: &Rc<RefCell<dyn Observer>>) {
        self.observers.borrow_mut().push(Rc::downgrade(observer));
    }

    fn subscribe_weak(&self, observer: Weak<RefCell<dyn Observer>>) {
        self.observers.borrow_mut().push(observer);
    }

    fn publish(&self, topic: &str, value: i64) {
        self.sent.set(self.sent.get() + 1);
        let mut live = 0;
        self.observers.borrow_mut().retain(|weak| match weak.upgrade() {
            Some(observer) => {
                observer.borrow_mut().notify(topic, value);
                live += 1;
                true
            }
            None => false,
        });
        println!("published {}={} to {} observers", topic, value, live);
    }
}

/// An observer that knows its subject through a weak reference made before it existed.
struct Echo {
    subject: Weak<Subject>,
    last: Option<i64>,
}

impl Observer for Echo {
    fn notify(&mut self, _topic: &str, value: i64) {
        self.last = Some(value);
    }
    fn summary(&self) -> String {
        let sent = self.subject.upgrade().map(|s| s.sent.get());
        format!("echo last {:?}, subject sent {:?}", self.last, sent)
    }
}

fn main() {
    let subject = Rc::new(Subject::default());
    let counter: Rc<RefCell<dyn Observer>> = Rc::new(RefCell::new(Counter { name: String::from("c1"), count: 0 }));
    let averager = Rc::new(RefCell::new(Averager { values: Vec::new() }));
    let temps: Rc<RefCell<dyn Observer>> = Rc::new(RefCell::new(TopicFilter { topic: "temp", seen: vec![] }));
    subject.subscribe(&counter);
    let averager_dyn: Rc<RefCell<dyn Observer>> = averager.clone();
    let weak_averager: Weak<RefCell<Averager>> = Rc::downgrade(&averager);
    subject.subscribe_weak(weak_averager);
    subject.subscribe(&temps);
    println!("counter: {} strong, {} weak", Rc::strong_count(&counter), Rc::weak_count(&counter));
    println!("averager: {} strong, {} weak", Rc::strong_count(&averager), Rc::weak_count(&averager));

    subject.publish("temp", 20);
    subject.publish("wind", 7);
    {
        let short_lived: Rc<RefCell<dyn Observer>> =
            Rc::new(RefCell::new(Counter { name: String::from("short"), count: 0 }));
        subject.subscribe(&short_lived);
        subject.publish("temp", 23);
        println!("{}", short_lived.borrow().summary());
    }
    subject.publish("temp", 26);
    println!("{} observers registered", subject.observers.borrow().len());

    let mut registry: HashMap<&str, Rc<RefCell<dyn Observer>>> = HashMap::new();
    registry.insert("counter", counter.clone());
    registry.insert("averager", averager_dyn.clone());
    registry.insert("temps", temps.clone());
    let mut names: Vec<_> = registry.keys().copied().collect();
    names.sort();
    for name in names {
        println!("{}: {}", name, registry[name].borrow().summary());
    }
    println!("averager values directly: {:?}", averager.borrow().values);

    drop(registry);
    drop(counter);
    subject.publish("wind", 3);
    println!("{} observers registered", subject.observers.borrow().len());

    let echo_holder: Rc<RefCell<dyn Observer>> = Rc::new(RefCell::new(Echo { subject: Rc::downgrade(&subject), last: None }));
    subject.subscribe(&echo_holder);
    subject.publish("temp", 30);
    println!("{}", echo_holder.borrow().summary());

    // a node that refers to itself weakly, built before its Rc exists
    struct Node {
        name: &'static str,
        me: Weak<Node>,
    }
    let node = Rc::new_cyclic(|me| {
        println!("upgrade while building: {:?}", me.upgrade().is_some());
        Node { name: "self-aware", me: me.clone() }
    });
    let again = node.me.upgrade().unwrap();
    println!("{} {} strong {} weak", again.name, Rc::strong_count(&node), Rc::weak_count(&node));
    drop(again);

    drop(subject);
    println!("{}", echo_holder.borrow().summary());
}
