// A panic runs the drops of every frame it unwinds through, innermost first, and skips values
// that were moved out or already dropped.
struct Noisy(&'static str);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn inner(n: i32) -> i32 {
    let _g = Noisy("inner");
    if n > 2 {
        panic!("too big: {}", n);
    }
    n
}

fn middle(n: i32) -> i32 {
    let parts = vec![Noisy("in vec 1"), Noisy("in vec 2")];
    let boxed = Box::new(Noisy("boxed"));
    let r = inner(n);
    drop(boxed);
    r + parts.len() as i32
}

fn main() {
    let _a = Noisy("a");
    let moved = Noisy("moved");
    drop(moved);
    {
        let _scoped = Noisy("scoped");
    }
    println!("{}", middle(1));
    let _c = Noisy("c");
    println!("{}", middle(3));
}
