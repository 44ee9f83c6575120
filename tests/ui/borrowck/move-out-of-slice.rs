//@ rustc-identical
fn first(v: &[String]) -> String {
    let s = v[0]; //~ ERROR cannot move out of type `[String]`, a non-copy slice
    s
}

fn main() {
    println!("{}", first(&[String::from("a")]));
}
