// A linear congruential generator as an Iterator, with stats, histogram and shuffling.
struct Lcg { state: u64 }

impl Lcg {
    const A: u64 = 6364136223846793005;
    const C: u64 = 1442695040888963407;
    fn new(seed: u64) -> Self { Lcg { state: seed } }
    fn next_u32(&mut self) -> u32 {
        self.state = self.state.wrapping_mul(Self::A).wrapping_add(Self::C);
        (self.state >> 33) as u32
    }
    fn below(&mut self, n: u32) -> u32 { self.next_u32() % n }
    fn unit(&mut self) -> f64 { self.next_u32() as f64 / (1u64 << 31) as f64 }
    fn shuffle<T>(&mut self, v: &mut [T]) {
        for i in (1..v.len()).rev() {
            let j = self.below(i as u32 + 1) as usize;
            v.swap(i, j);
        }
    }
}

impl Iterator for Lcg {
    type Item = u32;
    fn next(&mut self) -> Option<u32> { Some(self.next_u32()) }
}

struct Stats { n: usize, mean: f64, var: f64, min: f64, max: f64 }

fn stats(xs: &[f64]) -> Stats {
    let n = xs.len();
    let mean = xs.iter().sum::<f64>() / n as f64;
    let var = xs.iter().map(|x| (x - mean).powi(2)).sum::<f64>() / (n - 1) as f64;
    let min = xs.iter().cloned().fold(f64::INFINITY, f64::min);
    let max = xs.iter().cloned().fold(f64::NEG_INFINITY, f64::max);
    Stats { n, mean, var, min, max }
}

fn median(xs: &mut Vec<f64>) -> f64 {
    xs.sort_by(|a, b| a.partial_cmp(b).unwrap());
    let m = xs.len() / 2;
    if xs.len() % 2 == 0 { (xs[m - 1] + xs[m]) / 2.0 } else { xs[m] }
}

fn main() {
    let mut rng = Lcg::new(42);
    let first: Vec<u32> = rng.by_ref().take(5).collect();
    println!("first: {:?}", first);
    let dice: Vec<u32> = (0..6000).map(|_| rng.below(6) + 1).collect();
    let mut counts = [0usize; 6];
    for d in &dice { counts[*d as usize - 1] += 1; }
    for (face, c) in counts.iter().enumerate() {
        println!("{} {:>5} {}", face + 1, c, "*".repeat(c / 50));
    }
    let sevens = dice.chunks(2).filter(|p| p.len() == 2 && p[0] + p[1] == 7).count();
    println!("pairs summing to 7: {}", sevens);
    let longest_run = dice.windows(2).fold((1, 1), |(best, cur), w| {
        let cur = if w[0] == w[1] { cur + 1 } else { 1 };
        (best.max(cur), cur)
    }).0;
    println!("longest run of equal rolls: {}", longest_run);

    let mut samples: Vec<f64> = (0..1000).map(|_| rng.unit()).collect();
    let s = stats(&samples);
    println!("n={} mean={:.4} sd={:.4} min={:.5} max={:.5}", s.n, s.mean, s.var.sqrt(), s.min, s.max);
    println!("median={:.4}", median(&mut samples));
    let inside = (0..20000).filter(|_| {
        let (x, y) = (rng.unit(), rng.unit());
        x * x + y * y <= 1.0
    }).count();
    println!("pi ~ {:.3}", 4.0 * inside as f64 / 20000.0);

    let mut deck: Vec<String> = ["A", "K", "Q", "J", "10"].iter()
        .flat_map(|r| ["s", "h"].iter().map(move |s| format!("{}{}", r, s)))
        .collect();
    rng.shuffle(&mut deck);
    println!("shuffled: {}", deck.join(" "));
    let evens = Lcg::new(7).filter(|x| x % 2 == 0).map(|x| x % 100).take(8).collect::<Vec<_>>();
    println!("evens mod 100: {:?}", evens);
    let walk: Vec<i32> = Lcg::new(3).take(20).scan(0i32, |pos, r| {
        *pos += if r & 1 == 1 { 1 } else { -1 };
        Some(*pos)
    }).collect();
    println!("walk: {:?}", walk);
}
