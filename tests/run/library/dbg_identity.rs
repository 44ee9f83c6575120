// dbg! (to stderr, with file:line:col, the expression as written and {:#?}) and convert::identity; tuple constructors as functions.
use std::convert::identity;
#[derive(Debug, Clone)]
struct P { x: i32, tags: Vec<&'static str> }
fn main() {
    let v2: Vec<Option<i32>> = vec![1, 2].into_iter().map(Some).collect();
    println!("{:?} {:?}", Some(42).map(Some), v2);
    let a = 5;
    let b = dbg!(a * 2) + 1;
    let p = dbg!(P { x: b, tags: vec!["t"] });
    let (c, d) = dbg!(a, "two");
    dbg!();
    let v: Vec<i32> = vec![Some(1), None, Some(3)].into_iter().filter_map(identity).collect();
    println!("{} {} {} {:?} {:?}", b, p.x, c, d, v);
}
