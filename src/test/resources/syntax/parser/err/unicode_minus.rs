const X: f64 = 6.6e−11;
const Y: i32 = 1 − 2;
fn main() {}
