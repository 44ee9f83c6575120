// Destructuring assignment with tuples, arrays, `_` and `..`, into locals declared without initialiser, fields and elements.
struct P { x: i32, y: i32 }
fn main() {
    let (mut a, mut b) = (1, 2);
    (a, b) = (b, a);
    println!("{} {}", a, b);
    let (c, d);
    [c, d] = [5, 6];
    let mut s = [0; 2];
    (s[0], s[1]) = (7, 8);
    let (x, y);
    (x, y) = (9, 10);
    _ = 1;
    (a, _) = (100, 200);
    println!("{} {} {:?} {} {} {}", c, d, s, x, y, a);
    println!("{}", fib(20));
}

fn fib(n: u32) -> u64 {
    let (mut a, mut b) = (0u64, 1u64);
    for _ in 0..n {
        (a, b) = (b, a + b);
    }
    let [first, .., last] = [a, b, a + b];
    _ = first;
    last
}
