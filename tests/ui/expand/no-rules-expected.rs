//@ rustc-identical
macro_rules! pair {
    ($a:expr, $b:expr) => { ($a, $b) };
}

fn main() {
    let _ = pair!(1, 2);
    let _ = pair!(1; 2); //~ ERROR no rules expected `;`
    let _ = pair!(1); //~ ERROR unexpected end of macro invocation
}

/// Documented, exported: the error still points at `macro_rules! three`.
#[macro_export]
macro_rules! three {
    (a b c) => {};
}

fn more() {
    three!(a c); //~ ERROR no rules expected `c`
}
