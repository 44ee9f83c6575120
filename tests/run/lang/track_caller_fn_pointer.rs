// #[track_caller] functions called through function pointers report where they are defined
// (rustc's ReifyShim), and called directly, where they are called.
use std::panic::Location;

#[track_caller]
fn here() -> u32 {
    Location::caller().line()
}

#[track_caller]
fn scaled(k: u32) -> (u32, u32) {
    let l = Location::caller();
    (l.line() * k, l.column())
}

struct Meter;

impl Meter {
    #[track_caller]
    fn where_am_i(&self) -> String {
        let l = Location::caller();
        format!("{}:{}", l.line(), l.column())
    }
}

fn via<T>(f: fn() -> T) -> T {
    f()
}

#[track_caller]
fn generic<T: std::fmt::Debug>(x: T) -> String {
    format!("{:?} at {}", x, Location::caller().line())
}

fn main() {
    println!("direct: {}", here());
    println!("pointer: {}", via(here));
    let f: fn(u32) -> (u32, u32) = scaled;
    println!("with an argument: {:?} direct {:?}", f(2), scaled(2));
    let m: fn(&Meter) -> String = Meter::where_am_i;
    println!("method: {} direct {}", m(&Meter), Meter.where_am_i());
    let g: fn(Vec<u8>) -> String = generic::<Vec<u8>>;
    println!("generic: {} direct {}", g(vec![1, 2]), generic('x'));
    let table: [fn() -> u32; 2] = [here, here];
    println!("table: {:?}", table.iter().map(|f| f()).collect::<Vec<_>>());
}
