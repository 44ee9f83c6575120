//@ edition: 2015
// Edition 2015: `use` paths and `::` paths start at the crate root.
mod a {
    pub mod b { pub fn f() -> i32 { 1 } }
    pub use self::b::f as g;
    pub mod c {
        use a::b::f;
        pub fn h() -> i32 { f() + ::a::b::f() }
    }
}
use a::c::h;
use std::collections::HashMap;
fn main() { let m: HashMap<i32, i32> = HashMap::new(); println!("{} {} {}", h(), a::g(), m.len()); }
