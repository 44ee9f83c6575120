//@ rustc-identical
struct A;
fn f() {}
struct A; //~ ERROR the name `A` is defined multiple times
enum E { X, Y }
fn f() {} //~ ERROR the name `f` is defined multiple times

fn main() {}
