// thread_local! statics: one value per thread, made on first access; Cell and RefCell helpers.
use std::cell::{Cell, RefCell};
use std::thread;
thread_local! {
    static COUNTER: RefCell<u32> = RefCell::new(0);
    static NAMES: RefCell<Vec<String>> = RefCell::new(Vec::new());
}
thread_local!(static DEPTH: Cell<usize> = const { Cell::new(0) });
fn bump() -> u32 { COUNTER.with(|c| { *c.borrow_mut() += 1; *c.borrow() }) }
fn main() {
    bump(); bump();
    println!("main: {}", bump());
    NAMES.with_borrow_mut(|v| v.push("a".to_string()));
    DEPTH.set(DEPTH.get() + 3);
    let h = thread::spawn(|| { let x = bump(); DEPTH.set(7); (x, DEPTH.get(), NAMES.with_borrow(|v| v.len())) });
    println!("thread: {:?}", h.join().unwrap());
    println!("main again: {} {} {:?}", bump(), DEPTH.get(), NAMES.with_borrow(|v| v.clone()));
    println!("{}", COUNTER.take());
}
