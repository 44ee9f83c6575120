// StepBy::nth: the elements it skips, and how it calls the inner iterator's nth (one call, or the
// largest pieces that fit when (n + 1) * step overflows usize), which an iterator may observe.
struct Counting(u128, u32);
impl Iterator for &mut Counting {
    type Item = i32;
    fn next(&mut self) -> Option<i32> {
        Some(21)
    }
    fn nth(&mut self, n: usize) -> Option<i32> {
        self.0 += n as u128 + 1;
        self.1 += 1;
        Some(42)
    }
}

fn main() {
    for (step, n) in [(usize::MAX, 5), (2, usize::MAX), (1, usize::MAX), (1usize << 33, 1usize << 33)] {
        let mut c = Counting(0, 0);
        (&mut c).step_by(step).nth(n);
        println!("step {} nth {}: skipped {} in {} calls", step, n, c.0, c.1);
    }
    let v: Vec<u32> = (0..100).collect();
    for step in [1usize, 2, 3, 7, 50, 99, 100, 1000] {
        for n in [0usize, 1, 2, 5, 13, 40, 200] {
            let mut it = v.iter().step_by(step);
            let a = it.nth(n);
            let b = it.next();
            let c = it.nth(1);
            print!("{:?}/{:?}/{:?} ", a, b, c);
        }
        println!();
    }
    let mut r = (0u64..).step_by(3);
    println!("{:?} {:?} {:?}", r.nth(10), r.nth(0), r.next());
    let mut big = (0..usize::MAX).step_by(usize::MAX / 4);
    println!("{:?} {:?} {:?}", big.nth(2), big.next(), big.nth(5));
}
