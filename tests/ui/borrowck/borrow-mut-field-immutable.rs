//@ rustc-identical
struct Bag {
    items: Vec<i32>,
}

fn main() {
    let b = Bag { items: Vec::new() };
    b.items.push(1); //~ ERROR cannot borrow `b.items` as mutable, as `b` is not declared as mutable
    println!("{:?}", b.items);
}
