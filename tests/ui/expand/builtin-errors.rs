//@ rustc-identical
#[derive(Debug, Nope)] //~ ERROR cannot find derive macro `Nope` in this scope
struct S;

fn main() {
    let _ = S;
    let _ = env!("FERRITE_SURELY_UNSET"); //~ ERROR environment variable `FERRITE_SURELY_UNSET` not defined at compile time
    compile_error!("custom failure"); //~ ERROR custom failure
    let _ = include_str!("no-such-file.txt"); //~ ERROR no-such-file.txt`: No such file or directory
    let _ = include_str!("builtin-errors.rs");
}
