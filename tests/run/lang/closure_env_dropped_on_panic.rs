// A closure called through FnOnce whose body only borrows its environment (a `move` closure
// that reads what it captured): when the body panics, the environment is still dropped.
use std::panic;

struct Guard<'a> {
    name: &'static str,
    log: &'a std::cell::RefCell<Vec<String>>,
}

impl Drop for Guard<'_> {
    fn drop(&mut self) {
        self.log.borrow_mut().push(format!("dropped {}", self.name));
    }
}

fn call_once<F: FnOnce() -> usize>(f: F) -> usize {
    f()
}

fn main() {
    let log = std::cell::RefCell::new(Vec::new());
    let ok = {
        let g = Guard { name: "first", log: &log };
        call_once(move || g.name.len())
    };
    println!("returned {}", ok);
    let caught = panic::catch_unwind(panic::AssertUnwindSafe(|| {
        let g = Guard { name: "second", log: &log };
        call_once(move || {
            if g.name.len() > 3 {
                panic!("guard {} gave up", g.name);
            }
            0
        })
    }));
    println!("caught: {}", caught.is_err());
    for line in log.borrow().iter() {
        println!("{}", line);
    }
}
