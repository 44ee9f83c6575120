// A binary operator reads its left operand before the right one runs, even when the right one assigns to it.
fn main() {
    let mut a = 1;
    let x = &mut a;
    let r = *x + { *x = 2; 10 };
    let mut v = 5;
    let s = v * { v += 1; v };
    let mut w = vec![1, 2];
    let n = w.len() + { w.push(3); w.len() };
    println!("{} {} {} {}", r, s, n, a);
}
