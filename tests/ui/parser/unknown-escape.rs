//@ rustc-identical
fn main() {
    let s = "a\qb"; //~ ERROR unknown character escape: `q`
}
