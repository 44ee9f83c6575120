// Configuration tables computed on first use: LazyLock statics, OnceLock, LazyCell, OnceCell.
use std::cell::{LazyCell, OnceCell};
use std::collections::HashMap;
use std::sync::{LazyLock, Mutex, Once, OnceLock};

static LIMITS: LazyLock<HashMap<&'static str, u32>> = LazyLock::new(|| {
    println!("(building the limits table)");
    let mut m = HashMap::new();
    m.insert("connections", 64);
    m.insert("retries", 3);
    m.insert("timeout_ms", 2500);
    m
});

static GREETING: OnceLock<String> = OnceLock::new();
static LOG: Mutex<Vec<String>> = Mutex::new(Vec::new());
static INIT: Once = Once::new();

fn limit(name: &str) -> u32 {
    *LIMITS.get(name).unwrap_or(&0)
}

fn log(line: &str) {
    INIT.call_once(|| LOG.lock().unwrap().push("log started".to_string()));
    LOG.lock().unwrap().push(line.to_string());
}

fn main() {
    println!("before first use: {:?}", LazyLock::get(&LIMITS).is_some());
    println!("retries = {}", limit("retries"));
    println!("timeout = {}", limit("timeout_ms"));
    println!("missing = {}", limit("nope"));

    let g = GREETING.get_or_init(|| format!("hello from {}", "config"));
    println!("{}", g);
    println!("set again: {:?}", GREETING.set("other".to_string()));
    println!("{:?}", GREETING);

    let calls = std::cell::Cell::new(0);
    let squares = LazyCell::new(|| {
        calls.set(calls.get() + 1);
        (1..=5).map(|x| x * x).collect::<Vec<u64>>()
    });
    println!("sum {} max {:?} calls {}", squares.iter().sum::<u64>(), squares.iter().max(), calls.get());
    println!("{:?}", squares);

    let cell: OnceCell<&str> = OnceCell::new();
    println!("{:?}", cell);
    println!("{}", cell.get_or_init(|| "first"));
    println!("{:?} {:?}", cell.set("second"), cell.get());

    log("one");
    log("two");
    println!("{:?}", LOG.lock().unwrap());

    // an initialiser that panics poisons a LazyLock; OnceLock stays empty and can be retried
    std::panic::set_hook(Box::new(|info| println!("panic: {}", info.payload_as_str().unwrap_or("?"))));
    let lazy: LazyLock<u32> = LazyLock::new(|| panic!("no value"));
    let r = std::panic::catch_unwind(|| *lazy);
    println!("first force failed: {}", r.is_err());
    let r = std::panic::catch_unwind(|| *lazy);
    println!("second force failed: {}", r.is_err());
    let once: OnceLock<u32> = OnceLock::new();
    let r = std::panic::catch_unwind(|| *once.get_or_init(|| panic!("not yet")));
    println!("{} {:?} {}", r.is_err(), once.get(), once.get_or_init(|| 7));
    drop(std::panic::take_hook());
}
