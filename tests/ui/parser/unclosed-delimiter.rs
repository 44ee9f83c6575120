fn f(x: i32) -> i32 { //~ ERROR this file contains an unclosed delimiter
    x

fn main() {}
