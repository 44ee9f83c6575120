// An FnOnce closure with a parameter that moves a captured FnOnce out of its environment.
use std::cell::RefCell;
struct K<T> { v: RefCell<T> }
impl<T> K<T> {
    fn with<F: FnOnce(&RefCell<T>) -> R, R>(&self, f: F) -> R { f(&self.v) }
    fn with_mut<F: FnOnce(&mut T) -> R, R>(&self, f: F) -> R { self.with(|c| f(&mut c.borrow_mut())) }
}
fn main() {
    let k = K { v: RefCell::new(vec![1]) };
    k.with_mut(|v| v.push(2));
    let n = k.with_mut(|v| v.len());
    println!("{}", n);
}
