// Associated-type bindings in a supertrait list (`trait Num: Add<Output = Self>`) normalise projections in generic code.
use std::ops::Add;
trait Numeric: Copy + Add<Output = Self> {
    const ZERO: Self;
}
impl Numeric for i64 { const ZERO: i64 = 0; }
fn sum<T: Numeric>(xs: &[T]) -> T {
    let mut acc = T::ZERO;
    for &x in xs { acc = acc + x; }
    acc
}
trait Numbers: Iterator<Item = u32> {}
impl<I: Iterator<Item = u32>> Numbers for I {}
fn total<N: Numbers>(it: N) -> u32 { let mut t = 0; for x in it { t += x; } t }
fn main() {
    println!("{}", sum(&[1i64, 2, 3]));
    println!("{}", total(vec![1u32, 2].into_iter()));
}
