// Arc<str> interning and Arc<dyn Fn + Send + Sync> callbacks: a symbol table hands out shared
// strings (lookups by &str through Borrow), worker threads get clones of the table's symbols and
// of shared handlers, and every thread is joined in order so the output is deterministic.
use std::collections::HashMap;
use std::sync::{Arc, Mutex, Weak};
use std::thread;

#[derive(Default)]
struct Interner {
    symbols: HashMap<Arc<str>, u32>,
    by_id: Vec<Arc<str>>,
}

impl Interner {
    fn intern(&mut self, s: &str) -> Arc<str> {
        if let Some(&id) = self.symbols.get(s) {
            return Arc::clone(&self.by_id[id as usize]);
        }
        let sym: Arc<str> = Arc::from(s);
        self.symbols.insert(sym.clone(), self.by_id.len() as u32);
        self.by_id.push(sym.clone());
        sym
    }

    fn id(&self, s: &str) -> Option<u32> {
        self.symbols.get(s).copied()
    }
}

type Handler = Arc<dyn Fn(&str, i32) -> String + Send + Sync>;

struct Dispatcher {
    handlers: HashMap<Arc<str>, Handler>,
    fallback: Handler,
}

impl Dispatcher {
    fn dispatch(&self, event: &str, payload: i32) -> String {
        match self.handlers.get(event) {
            Some(h) => h(event, payload),
            None => (self.fallback)(event, payload),
        }
    }
}

fn main() {
    let mut interner = Interner::default();
    let source = "fn main let x let y fn helper let x";
    let symbols: Vec<Arc<str>> = source.split(' ').map(|w| interner.intern(w)).collect();
    println!("{} symbols, {} distinct", symbols.len(), interner.by_id.len());
    println!("ids: fn={:?} let={:?} z={:?}", interner.id("fn"), interner.id("let"), interner.id("z"));
    println!("same allocation: {}", Arc::ptr_eq(&symbols[0], &symbols[4]));
    let let_sym = interner.intern("let");
    println!("'let' shared {} times", Arc::strong_count(&let_sym));
    let mut sorted: Vec<&Arc<str>> = interner.by_id.iter().collect();
    sorted.sort();
    println!("{:?}", sorted);

    let scale = 10;
    let double: Handler = Arc::new(|name, x| format!("{} doubled: {}", name, x * 2));
    let scaled: Handler = Arc::new(move |name, x| format!("{} scaled: {}", name, x * scale));
    let mut handlers: HashMap<Arc<str>, Handler> = HashMap::new();
    handlers.insert(interner.intern("double"), double.clone());
    handlers.insert(interner.intern("scale"), scaled);
    handlers.insert(interner.intern("twice"), double.clone());
    let dispatcher = Arc::new(Dispatcher { handlers, fallback: Arc::new(|name, _| format!("no handler for {}", name)) });
    println!("double handler shared {} times", Arc::strong_count(&double));

    let events = ["double", "scale", "missing", "twice"];
    let log = Arc::new(Mutex::new(Vec::new()));
    let mut workers = Vec::new();
    for (i, event) in events.iter().enumerate() {
        let dispatcher = Arc::clone(&dispatcher);
        let log = Arc::clone(&log);
        let event: Arc<str> = interner.intern(event);
        workers.push(thread::spawn(move || {
            let line = dispatcher.dispatch(&event, i as i32 + 1);
            log.lock().unwrap().push((i, line.clone()));
            line
        }));
    }
    for (i, w) in workers.into_iter().enumerate() {
        println!("worker {} returned: {}", i, w.join().unwrap());
    }
    let mut lines = std::mem::take(&mut *log.lock().unwrap());
    lines.sort();
    println!("{:?}", lines);
    println!("dispatcher {} strong, log {} strong", Arc::strong_count(&dispatcher), Arc::strong_count(&log));

    let weak_double: Weak<dyn Fn(&str, i32) -> String + Send + Sync> = Arc::downgrade(&double);
    drop(dispatcher);
    println!("after dispatcher: double {} strong, weak upgrades {}", weak_double.strong_count(), weak_double.upgrade().is_some());
    drop(double);
    println!("after last: weak upgrades {}", weak_double.upgrade().is_some());

    let config: Arc<str> = Arc::from(String::from("threads=4"));
    let readers: Vec<_> = (0..3)
        .map(|i| {
            let config = Arc::clone(&config);
            thread::spawn(move || format!("reader {} sees {} ({} bytes)", i, config, config.len()))
        })
        .collect();
    for r in readers {
        println!("{}", r.join().unwrap());
    }
    println!("config back to {} strong", Arc::strong_count(&config));

    // empty defaults share one never-freed block; Arc::from("") allocates its own
    let empty_name: Arc<str> = Arc::default();
    let empty_list: Arc<[u32]> = Default::default();
    let other_empty: Arc<str> = Arc::from("");
    println!(
        "defaults: {:?} {:?} shared {} {}, from \"\": {} {}",
        empty_name,
        empty_list,
        Arc::strong_count(&empty_name),
        Arc::ptr_eq(&empty_name, &Arc::default()),
        Arc::strong_count(&other_empty),
        Arc::ptr_eq(&empty_name, &other_empty)
    );
}
