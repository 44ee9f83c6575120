//@ rustc-identical
fn main() {
    let s: String;
    println!("{}", s); //~ ERROR used binding `s` isn't initialized
}
