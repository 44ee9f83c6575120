//@ rustc-identical
mod m {
    pub struct S {
        x: i32,
        pub y: i32,
    }

    pub fn make() -> S {
        S { x: 1, y: 2 }
    }

    pub mod inner {
        pub fn get(s: &super::S) -> i32 {
            s.x
        }
    }
}

fn main() {
    let s = m::make();
    let _ = s.y + m::inner::get(&s);
    let _ = s.x; //~ ERROR field `x` of struct `S` is private
    let b = Box::new(5);
    let _ = b.0; //~ ERROR field `0` of struct `Box` is private
}
