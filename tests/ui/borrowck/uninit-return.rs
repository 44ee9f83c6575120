//@ rustc-identical
fn pick() -> i32 {
    let x: i32;
    x //~ ERROR used binding `x` isn't initialized
}

fn main() {
    println!("{}", pick());
}
