//@ rustc-identical
struct Counter {
    n: u32,
}

impl Counter {
    fn bump(&self) {
        self.n += 1; //~ ERROR cannot assign to `self.n`, which is behind a `&` reference
    }
}

fn main() {
    let c = Counter { n: 0 };
    c.bump();
}
