use std::fmt::Debug;

fn evens(limit: u32) -> impl Iterator<Item = u32> {
    (0..limit).filter(|n| n % 2 == 0)
}

fn counter() -> impl FnMut() -> u32 {
    let mut n = 0;
    move || {
        n += 1;
        n
    }
}

fn show(x: impl Debug) -> String2 {
    String2(format_len(&x))
}

struct String2(usize);

fn format_len<T: Debug>(_x: &T) -> usize {
    3
}

fn pair<T: Clone + Debug>(x: T) -> impl Debug {
    (x.clone(), x)
}

fn main() {
    let total: u32 = evens(10).sum();
    println!("{}", total);
    for e in evens(7) {
        print!("{} ", e);
    }
    println!();
    let mut c = counter();
    c();
    c();
    println!("{}", c());
    println!("{}", show(5).0);
    println!("{:?}", pair('z'));
    let squares = (1..=4).map(|x| x * x);
    println!("{:?}", squares.rev().collect_sum());
}

trait CollectSum {
    fn collect_sum(self) -> i32;
}

impl<I: Iterator<Item = i32>> CollectSum for I {
    fn collect_sum(self) -> i32 {
        self.fold(0, |a, b| a * 10 + b)
    }
}
