//@ rustc-identical
fn f(x: i32) -> i32 {
    x

fn main() {} //~ ERROR this file contains an unclosed delimiter
