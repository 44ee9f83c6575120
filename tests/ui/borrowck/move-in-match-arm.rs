//@ rustc-identical
fn main() {
    let name = Some(String::from("n"));
    match name {
        Some(n) => println!("{}", n),
        None => {}
    }
    println!("{:?}", name); //~ ERROR borrow of partially moved value: `name`
}
