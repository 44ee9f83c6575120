// A closure that calls another closure is as Fn/FnMut as the callee; a captured `&mut` passed on
// (method receiver, argument) is reborrowed, so the closure stays FnMut.
fn run<F: Fn(i32) -> i32>(f: F) -> i32 { f(1) + f(2) }
fn run_mut<F: FnMut(i32)>(mut f: F) { f(1); f(2); }
fn collect(v: &mut Vec<i32>) { run_mut(|x| v.push(x)); }
fn push(v: &mut Vec<i32>, x: i32) { v.push(x * 10) }
fn collect2(v: &mut Vec<i32>) { run_mut(|x| push(v, x)); }
fn main() {
    let k = 10;
    let add = |x: i32| x + k;
    println!("{}", run(|x| add(x) * 2));
    let mut v = vec![];
    collect(&mut v);
    collect2(&mut v);
    println!("{:?}", v);
    let mut total = 0;
    let mut add_to_total = |x: i32| total += x;
    [1, 2, 3].iter().for_each(|&x| add_to_total(x * x));
    println!("{}", total);
}
