// A mutable borrow while a shared one is alive panics at the caller's location.
use std::cell::RefCell;

fn main() {
    let c = RefCell::new(vec![1]);
    let first = c.borrow();
    println!("{:?}", first);
    c.borrow_mut().push(2);
    println!("unreachable");
}
