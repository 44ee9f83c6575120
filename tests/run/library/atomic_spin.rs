// A loop spinning on an atomic flag that another thread sets terminates (load lets others run).
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::Arc;
use std::thread;
fn main() {
    let flag = Arc::new(AtomicBool::new(false));
    let n = Arc::new(AtomicUsize::new(0));
    let (f2, n2) = (flag.clone(), n.clone());
    let h = thread::spawn(move || { n2.fetch_add(5, Ordering::SeqCst); f2.store(true, Ordering::Release); });
    while !flag.load(Ordering::Acquire) {}
    println!("{}", n.load(Ordering::SeqCst));
    h.join().unwrap();
}
