//@ rustc-identical
struct Counter {
    n: Vec<u32>,
}

impl Counter {
    fn add(&self, x: u32) {
        self.n.push(x); //~ ERROR cannot borrow `self.n` as mutable, as it is behind a `&` reference
    }
}

fn main() {
    let c = Counter { n: Vec::new() };
    c.add(1);
}
