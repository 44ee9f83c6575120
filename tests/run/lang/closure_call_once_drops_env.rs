// A move closure that only reads its captures is Fn; calling it through FnOnce (by value)
// drops the captures when the call returns.
struct D(i32);

impl Drop for D {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn show(d: &D) -> i32 {
    d.0
}

fn call<F: FnOnce()>(f: F) {
    f()
}

fn call_boxed<F: FnOnce() -> i32>(f: F) -> i32 {
    let b = Box::new(f);
    let g = *b;
    g()
}

fn main() {
    let d = D(1);
    call(move || println!("in {}", show(&d)));
    let d = D(2);
    println!("got {}", call_boxed(move || show(&d) * 10));
    let d = D(3);
    let c = move || println!("in {}", show(&d));
    c();
    c();
    println!("end");
}
