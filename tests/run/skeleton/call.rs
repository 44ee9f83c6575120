fn add(a: i32, b: i32) -> i32 {
    a + b
}

fn fib(n: u64) -> u64 {
    if n < 2 { n } else { fib(n - 1) + fib(n - 2) }
}

fn factorial(n: u32) -> u64 {
    let mut acc = 1;
    let mut i = 1;
    while i <= n {
        acc *= i as u64;
        i += 1;
    }
    acc
}

fn main() {
    println!("{}", add(2, 3));
    println!("fib(20) = {}", fib(20));
    println!("10! = {}", factorial(10));
}
