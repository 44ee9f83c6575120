//@ rustc-identical
struct Bag {
    items: Vec<String>,
}

impl Bag {
    fn add(&mut self, s: String) {
        self.items.push(s);
    }
}

fn main() {
    let mut bag = Bag { items: Vec::new() };
    let s = String::from("x");
    bag.add(s);
    bag.add(s); //~ ERROR use of moved value: `s`
    println!("{}", bag.items.len());
}
