//@ edition: 2015
// Before edition 2021 a `$p:pat` fragment is `pat_param`: it stops at a top-level `|`, so
// `$($p:pat)|+` collects the alternatives one by one, and each can become an arm of its own.
#[derive(Debug)]
enum Shape {
    Circle(f64),
    Square(i32),
    Rect(i32, i32),
    Empty,
}

macro_rules! arms {
    ($e:expr, $($($p:pat)|+ => $body:expr),+) => {
        match $e {
            $($($p => $body,)+)+
        }
    };
}

macro_rules! count_alts {
    ($($p:pat)|*) => { 0 $(+ { let _ = stringify!($p); 1 })* };
}

fn size(s: &Shape) -> i64 {
    // `n` is an `f64` in the first arm and an `i32` in the second: one arm per alternative.
    arms!(*s,
          Shape::Circle(n) | Shape::Square(n) => n as i64 * 2,
          Shape::Rect(w, h) => (w * h) as i64,
          Shape::Empty => 0)
}

fn widen(r: Result<i64, i32>) -> i64 {
    arms!(r, Ok(v) | Err(v) => v.into())
}

fn main() {
    let shapes = [Shape::Circle(1.5), Shape::Square(3), Shape::Rect(2, 5), Shape::Empty];
    for s in shapes.iter() {
        println!("{:?} -> {}", s, size(s));
    }
    println!("{} {}", widen(Ok(1 << 40)), widen(Err(-7)));
    println!("{}", count_alts!(Some(1) | None | Some(_)));
    // A parenthesised or-pattern is still one fragment.
    println!("{}", count_alts!((Some(1) | None) | Some(_)));
}
