//@ rustc-identical
use std::fmt::Foo; //~ ERROR unresolved import `std::fmt::Foo`
use nosuch::Bar; //~ ERROR unresolved import `nosuch`

fn main() {}
