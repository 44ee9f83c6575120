// Threads sharing state through Arc: Arc<Mutex<Vec<_>>> with deterministic joins,
// Arc<Mutex<dyn Trait + Send>> and Arc<RwLock<dyn Trait + Send + Sync>>, Arc<[T]> read-only
// tables, Arc<dyn Any + Send + Sync> downcasts, Arc<dyn Error>, and the counts as threads finish.
use std::any::Any;
use std::error::Error;
use std::fmt;
use std::sync::{Arc, Mutex, RwLock, Weak};
use std::thread;

trait Sink: Send {
    fn write(&mut self, line: String);
    fn report(&self) -> String;
}

struct Collect {
    lines: Vec<String>,
}

impl Sink for Collect {
    fn write(&mut self, line: String) {
        self.lines.push(line);
    }
    fn report(&self) -> String {
        format!("{} lines, last {:?}", self.lines.len(), self.lines.last())
    }
}

trait Settings: Send + Sync {
    fn get(&self, key: &str) -> Option<i64>;
    fn set(&mut self, key: &str, value: i64);
}

#[derive(Debug, Default)]
struct MapSettings {
    entries: Vec<(String, i64)>,
}

impl Settings for MapSettings {
    fn get(&self, key: &str) -> Option<i64> {
        self.entries.iter().find(|(k, _)| k == key).map(|(_, v)| *v)
    }
    fn set(&mut self, key: &str, value: i64) {
        match self.entries.iter_mut().find(|(k, _)| k == key) {
            Some(entry) => entry.1 = value,
            None => self.entries.push((key.to_string(), value)),
        }
    }
}

#[derive(Debug)]
struct JobError {
    job: usize,
}

impl fmt::Display for JobError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "job {} failed", self.job)
    }
}

impl Error for JobError {}

fn main() {
    let results = Arc::new(Mutex::new(Vec::new()));
    let table: Arc<[u64]> = (1..=8).map(|x| x * x).collect();
    let mut handles = Vec::new();
    for worker in 0..4usize {
        let results = Arc::clone(&results);
        let table = Arc::clone(&table);
        handles.push(thread::spawn(move || {
            let part: u64 = table.iter().skip(worker * 2).take(2).sum();
            results.lock().unwrap().push((worker, part));
            part
        }));
    }
    let mut total = 0;
    for h in handles {
        total += h.join().unwrap();
    }
    let mut parts = results.lock().unwrap().clone();
    parts.sort();
    println!("{:?} total {} (table sum {})", parts, total, table.iter().sum::<u64>());
    println!("results {} strong, table {} strong", Arc::strong_count(&results), Arc::strong_count(&table));

    let sink: Arc<Mutex<dyn Sink>> = Arc::new(Mutex::new(Collect { lines: Vec::new() }));
    let writers: Vec<_> = (0..3)
        .map(|i| {
            let sink = Arc::clone(&sink);
            thread::spawn(move || {
                sink.lock().unwrap().write(format!("hello from {}", i));
            })
        })
        .collect();
    for w in writers {
        w.join().unwrap();
    }
    println!("{}", sink.lock().unwrap().report());

    let settings: Arc<RwLock<dyn Settings>> = Arc::new(RwLock::new(MapSettings::default()));
    settings.write().unwrap().set("retries", 3);
    let updater = {
        let settings = Arc::clone(&settings);
        thread::spawn(move || {
            let mut s = settings.write().unwrap();
            let retries = s.get("retries").unwrap_or(0);
            s.set("retries", retries + 2);
            s.set("timeout", 30);
        })
    };
    updater.join().unwrap();
    let readers: Vec<_> = ["retries", "timeout", "missing"]
        .into_iter()
        .map(|key| {
            let settings = Arc::clone(&settings);
            thread::spawn(move || format!("{} = {:?}", key, settings.read().unwrap().get(key)))
        })
        .collect();
    for r in readers {
        println!("{}", r.join().unwrap());
    }

    let payloads: Vec<Arc<dyn Any + Send + Sync>> = vec![Arc::new(7u8), Arc::new(String::from("seven")), Arc::new(7.5f64)];
    let handles: Vec<_> = payloads
        .iter()
        .cloned()
        .map(|p| {
            thread::spawn(move || {
                if let Some(n) = p.downcast_ref::<u8>() {
                    format!("u8 {}", n)
                } else if let Some(s) = p.downcast_ref::<String>() {
                    format!("string {}", s)
                } else {
                    String::from("unknown payload")
                }
            })
        })
        .collect();
    for h in handles {
        println!("{}", h.join().unwrap());
    }
    for p in payloads {
        match p.downcast::<String>() {
            Ok(s) => println!("owned string {:?} ({} strong)", s, Arc::strong_count(&s)),
            Err(other) => println!("not a string, is f64: {}", other.is::<f64>()),
        }
    }

    let errors: Vec<Arc<dyn Error + Send + Sync>> = vec![Arc::new(JobError { job: 2 }), Arc::new(fmt::Error)];
    for e in &errors {
        println!("error: {} / {:?} / source {}", e, e, e.source().is_some());
    }

    let weak: Weak<Mutex<dyn Sink>> = Arc::downgrade(&sink);
    println!("sink {} strong {} weak", Arc::strong_count(&sink), Arc::weak_count(&sink));
    drop(sink);
    println!("sink after drop: {}", weak.upgrade().is_none());
}
