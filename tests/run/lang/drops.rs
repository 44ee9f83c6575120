struct Noisy(&'static str);
impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}
fn make(n: &'static str) -> Noisy { Noisy(n) }
fn consume(n: Noisy) { println!("consume {}", n.0); }
fn main() {
    let a = Noisy("a");
    let b = make("b");
    {
        let c = Noisy("c");
        println!("inner {}", c.0);
    }
    consume(b);
    let mut i = 0;
    while i < 2 {
        let l = Noisy("loop");
        i += 1;
        if i == 1 { continue; }
        println!("{}", l.0);
    }
    let _ = make("temp").0;
    let moved = a;
    let opt = Some(Noisy("opt"));
    if let Some(n) = opt {
        println!("got {}", n.0);
    }
    println!("end {}", moved.0);
}
