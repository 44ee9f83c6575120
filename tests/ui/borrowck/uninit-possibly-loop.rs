// FIXME(issue 12): rustc also labels the `for` and `if` that may leave `x` uninitialised.
fn main() {
    let x: u32;
    for i in 0..3 {
        if i == 2 {
            x = i; //~ ERROR cannot assign twice to immutable variable `x`
        }
    }
    println!("{}", x); //~ ERROR used binding `x` is possibly-uninitialized
}
