// Doc comments in a macro's input match `#[$m:meta]` (as `#[doc = "..."]`) and pass through `tt`.
macro_rules! unit_struct {
    ($(#[$d:meta])* $n:ident) => {
        $(#[$d])*
        #[derive(Debug)]
        struct $n;
    };
}

unit_struct! {
    /// A unit struct with "quotes" and a \ backslash.
    /// Second line.
    S
}

macro_rules! count_attrs {
    ($(#[$a:meta])*) => {
        0 $(+ { let _ = stringify!($a); 1 })*
    };
}

macro_rules! pass_through {
    ($($t:tt)*) => {
        $($t)*
    };
}

pass_through! {
    /// Documented function.
    fn documented() -> u32 {
        7
    }
}

fn main() {
    let n = count_attrs!(
        /// one
        /// two
        #[allow(dead_code)]
        #[doc = "four"]
    );
    println!("{:?} {} {}", S, n, documented());
}
