//@ rustc-identical
fn add(v: &Vec<i32>) {
    v.push(1); //~ ERROR cannot borrow `*v` as mutable, as it is behind a `&` reference
}

fn main() {
    let v = vec![];
    add(&v);
    println!("{:?}", v);
}
