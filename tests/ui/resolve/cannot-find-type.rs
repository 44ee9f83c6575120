//@ rustc-identical
trait Shape {}

struct Holder<T: Shape> {
    value: T,
    other: Zzqx, //~ ERROR cannot find type `Zzqx` in this scope
}

fn f<U>(x: Option<U>, y: std::fmt::Arguments, z: &dyn Zork) -> Self {} //~ ERROR cannot find trait `Zork` in this scope
//~^ ERROR cannot find type `Self` in this scope

fn main() {}
