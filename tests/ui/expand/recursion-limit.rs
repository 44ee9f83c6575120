//@ rustc-identical
macro_rules! forever {
    () => { forever!() }; //~ ERROR recursion limit reached while expanding `forever!`
}

fn main() {
    forever!();
}
