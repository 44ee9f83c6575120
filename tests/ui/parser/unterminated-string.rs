//@ rustc-identical
fn main() {
    let s = "never closed; //~ ERROR unterminated double quote string
}
