//@ rustc-identical
fn main() {
    let t: (i32, i32);
    t.0 = 1; //~ ERROR partially assigned binding `t` isn't fully initialized
    println!("{}", t.0);
}
