//@ rustc-identical
fn main() {
    let names = vec![String::from("a")];
    let consume = |v: Vec<String>| v.len();
    let n = consume(names);
    println!("{} {}", n, names.len()); //~ ERROR borrow of moved value: `names`
}
