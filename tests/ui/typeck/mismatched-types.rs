// FIXME(issue 3): rustc adds "expected due to this", "arguments to this function are incorrect",
// the callee's definition note and a literal-suffix suggestion; Ferrite has the primary labels.
fn take(x: u8) -> u8 {
    x
}

fn main() {
    let a: bool = 5; //~ ERROR mismatched types
    let b = take(300u32); //~ ERROR mismatched types
    if a { b } else { 1 };
    let c: u32 = 2.5; //~ ERROR mismatched types
    let _ = c;
}
