//@ rustc-identical
fn main() {
    let pair = (String::from("a"), String::from("b"));
    let first = pair.0;
    let again = pair.0; //~ ERROR use of moved value: `pair.0`
    println!("{} {} {}", first, again, pair.1);
}
