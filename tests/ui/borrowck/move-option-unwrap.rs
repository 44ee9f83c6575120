// FIXME(issue 12): rustc's note points at Option::unwrap's `self` in its own library sources.
fn main() {
    let o = Some(String::from("x"));
    let s = o.unwrap();
    println!("{} {:?}", s, o); //~ ERROR borrow of moved value: `o`
}
