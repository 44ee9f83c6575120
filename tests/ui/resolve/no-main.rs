//@ rustc-identical
// A binary crate without `fn main`.
fn helper() {} //~ ERROR `main` function not found in crate `no_main`
