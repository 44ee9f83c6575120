//@ rustc-identical
fn main() {
    let t: (i32, bool);
    println!("{:?}", t); //~ ERROR used binding `t` isn't initialized
}
