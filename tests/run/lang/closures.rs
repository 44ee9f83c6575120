fn apply<F: Fn(i32) -> i32>(f: F, x: i32) -> i32 {
    f(x)
}

fn apply_mut<F: FnMut()>(mut f: F) {
    f();
    f();
}

fn make_adder(n: i32) -> impl Fn(i32) -> i32 {
    move |x| x + n
}

fn compose(f: fn(i32) -> i32, g: fn(i32) -> i32, x: i32) -> i32 {
    g(f(x))
}

fn double(x: i32) -> i32 {
    x * 2
}

fn main() {
    let k = 10;
    println!("{}", apply(|x| x + k, 5));
    let mut count = 0;
    apply_mut(|| count += 1);
    println!("count = {}", count);
    let add5 = make_adder(5);
    println!("{}", add5(1));
    println!("{}", compose(double, |x| x - 1, 7));
    let square = |x: i64| -> i64 { x * x };
    println!("{}", square(12));
}
