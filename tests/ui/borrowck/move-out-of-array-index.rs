//@ rustc-identical
fn main() {
    let a = [String::from("a"), String::from("b")];
    let i = 1;
    let s = a[i]; //~ ERROR cannot move out of type `[String; 2]`, a non-copy array
    println!("{}", s);
}
