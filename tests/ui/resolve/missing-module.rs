//@ rustc-identical
mod not_there; //~ ERROR file not found for module `not_there`

fn main() {}
