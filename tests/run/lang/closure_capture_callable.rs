fn each<F: FnMut(i32, i32) -> bool>(mut f: F) -> bool {
    f(1, 2) && f(3, 4)
}
fn apply<G: FnMut(i32) -> bool>(mut g: G) -> bool {
    each(|a, _| g(a))
}
fn apply_fn<G: Fn(i32) -> bool>(g: G) -> bool {
    let h = |a: i32| g(a) || g(a + 1);
    h(1) && h(2) && each(|a, b| g(a) || g(b))
}
fn main() {
    let mut seen = Vec::new();
    println!("{}", apply(|x| { seen.push(x); x < 10 }));
    println!("{:?}", seen);
    println!("{}", apply_fn(|x| x % 2 == 0));
}
