// Own iterator types: Fibonacci, Collatz, a stepped range with DoubleEndedIterator/ExactSizeIterator.
struct Fib { a: u64, b: u64 }
impl Iterator for Fib {
    type Item = u64;
    fn next(&mut self) -> Option<u64> {
        let r = self.a;
        let next = self.a.checked_add(self.b)?;
        self.a = self.b;
        self.b = next;
        Some(r)
    }
}

struct Collatz(u64);
impl Iterator for Collatz {
    type Item = u64;
    fn next(&mut self) -> Option<u64> {
        if self.0 == 0 { return None; }
        let cur = self.0;
        self.0 = match cur { 1 => 0, n if n % 2 == 0 => n / 2, n => 3 * n + 1 };
        Some(cur)
    }
}

#[derive(Clone, Debug)]
struct Stepped { start: i64, step: i64, remaining: usize }
impl Stepped {
    fn new(start: i64, end: i64, step: i64) -> Self {
        let remaining = if end > start { ((end - start + step - 1) / step) as usize } else { 0 };
        Stepped { start, step, remaining }
    }
}
impl Iterator for Stepped {
    type Item = i64;
    fn next(&mut self) -> Option<i64> {
        if self.remaining == 0 { return None; }
        let v = self.start;
        self.start += self.step;
        self.remaining -= 1;
        Some(v)
    }
    fn size_hint(&self) -> (usize, Option<usize>) { (self.remaining, Some(self.remaining)) }
}
impl DoubleEndedIterator for Stepped {
    fn next_back(&mut self) -> Option<i64> {
        if self.remaining == 0 { return None; }
        self.remaining -= 1;
        Some(self.start + self.step * self.remaining as i64)
    }
}
impl ExactSizeIterator for Stepped {}

struct Grid { w: usize, h: usize }
impl Grid {
    fn cells(&self) -> impl Iterator<Item = (usize, usize)> + '_ {
        (0..self.h).flat_map(move |y| (0..self.w).map(move |x| (x, y)))
    }
}

fn main() {
    let fibs: Vec<u64> = Fib { a: 0, b: 1 }.take(15).collect();
    println!("fib: {:?}", fibs);
    println!("fib count before overflow: {}", Fib { a: 0, b: 1 }.count());
    let even_sum: u64 = Fib { a: 1, b: 2 }.take_while(|&x| x < 4_000_000).filter(|x| x % 2 == 0).sum();
    println!("even fib sum < 4M: {}", even_sum);
    println!("collatz(27) len {} max {:?}", Collatz(27).count(), Collatz(27).max());
    let best = (1..1000u64).max_by_key(|&n| Collatz(n).count()).unwrap();
    println!("longest collatz under 1000 starts at {}", best);
    println!("collatz(6): {:?}", Collatz(6).collect::<Vec<_>>());

    let s = Stepped::new(3, 30, 4);
    println!("stepped {:?} len {}", s.clone().collect::<Vec<_>>(), s.len());
    println!("reversed {:?}", s.clone().rev().collect::<Vec<_>>());
    let mut both = s.clone();
    println!("ends: {:?} {:?} {:?} left {}", both.next(), both.next_back(), both.next(), both.len());
    let zipped: Vec<(i64, u64)> = s.clone().zip(Fib { a: 0, b: 1 }.skip(5)).collect();
    println!("zip: {:?}", zipped);
    let mut pk = s.clone().peekable();
    let mut groups = Vec::new();
    while let Some(x) = pk.next() {
        let mut g = vec![x];
        while let Some(&n) = pk.peek() {
            if n / 10 == x / 10 { g.push(n); pk.next(); } else { break; }
        }
        groups.push(g);
    }
    println!("by tens: {:?}", groups);
    println!("chain: {:?}", Stepped::new(0, 3, 1).chain(Stepped::new(10, 13, 1).rev()).collect::<Vec<_>>());
    println!("nth(2)={:?} last={:?} position(19)={:?}", s.clone().nth(2), s.clone().last(), s.clone().position(|x| x == 19));
    println!("empty: {:?}", Stepped::new(5, 1, 1).next());
    let g = Grid { w: 3, h: 2 };
    let diag: Vec<_> = g.cells().filter(|(x, y)| x == y).collect();
    println!("cells {} diag {:?}", g.cells().count(), diag);
    let sums: Vec<i64> = Stepped::new(1, 6, 1).scan(0, |acc, x| { *acc += x; Some(*acc) }).collect();
    println!("prefix sums {:?}", sums);
    let (small, big): (Vec<u64>, Vec<u64>) = Fib { a: 0, b: 1 }.take(12).partition(|&x| x < 20);
    println!("partition {:?} / {:?}", small, big);
}
