//@ rustc-identical
fn set(x: &i32) {
    *x = 5; //~ ERROR cannot assign to `*x`, which is behind a `&` reference
}

fn main() {
    let a = 1;
    set(&a);
}
