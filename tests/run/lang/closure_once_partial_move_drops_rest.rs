// An FnOnce closure that moves one capture out still drops its other captures when it returns,
// in the order they were captured.
struct D(&'static str);

impl Drop for D {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn call<F: FnOnce() -> usize>(f: F) -> usize {
    f()
}

fn main() {
    let a = D("a");
    let v = vec![D("v1"), D("v2")];
    let b = D("b");
    let n = call(move || {
        let _keep_a = &a;
        let _keep_b = &b;
        let moved = v;
        println!("body holds {}", moved.len());
        moved.len()
    });
    println!("returned {}", n);
    let s = String::from("owned");
    let c = D("c");
    let f = move || {
        let t = s;
        let _c = &c;
        t
    };
    println!("{}", f());
    println!("end");
}
