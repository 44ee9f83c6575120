fn largest<T: PartialOrd + Copy>(xs: &[T]) -> T where T: Sized {
    let mut m = xs[0];
    for &x in xs { if x > m { m = x; } }
    m
}
