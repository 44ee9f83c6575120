//@ rustc-identical
fn main() {
    let x = 5 //~ ERROR expected `;`, found keyword `let`
    let _y = x;
}
