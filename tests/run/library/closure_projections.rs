// Closure parameters whose types come from an iterator's `Item` projection.
fn len_of(s: &str) -> usize {
    s.len()
}

fn main() {
    let words = ["a", "bc", "def"];
    let lens: Vec<usize> = words.iter().map(|w| len_of(w)).collect();
    println!("{:?}", lens);
    let nums = [1i64, 2, 3];
    let doubled: Vec<i64> = nums.into_iter().map(|n| n * 2).filter(|n| *n > 2).collect();
    println!("{:?}", doubled);
}
