// Rate limiting strategies behind a trait: token bucket, fixed window and sliding log, per-client maps.
use std::collections::{BTreeMap, HashMap, VecDeque};

trait Limiter {
    fn name(&self) -> String;
    fn allow(&mut self, now_ms: u64) -> bool;
}

struct TokenBucket { capacity: f64, tokens: f64, refill_per_ms: f64, last: u64 }
impl Limiter for TokenBucket {
    fn name(&self) -> String { format!("bucket(cap={}, {}/s)", self.capacity, self.refill_per_ms * 1000.0) }
    fn allow(&mut self, now: u64) -> bool {
        let elapsed = now.saturating_sub(self.last) as f64;
        self.tokens = (self.tokens + elapsed * self.refill_per_ms).min(self.capacity);
        self.last = now;
        if self.tokens >= 1.0 { self.tokens -= 1.0; true } else { false }
    }
}

struct FixedWindow { limit: u32, window_ms: u64, current: u64, count: u32 }
impl Limiter for FixedWindow {
    fn name(&self) -> String { format!("fixed({} per {}ms)", self.limit, self.window_ms) }
    fn allow(&mut self, now: u64) -> bool {
        let w = now / self.window_ms;
        if w != self.current { self.current = w; self.count = 0; }
        if self.count < self.limit { self.count += 1; true } else { false }
    }
}

struct SlidingLog { limit: usize, window_ms: u64, log: VecDeque<u64> }
impl Limiter for SlidingLog {
    fn name(&self) -> String { format!("sliding({} per {}ms)", self.limit, self.window_ms) }
    fn allow(&mut self, now: u64) -> bool {
        while let Some(&t) = self.log.front() {
            if now - t >= self.window_ms { self.log.pop_front(); } else { break; }
        }
        if self.log.len() < self.limit { self.log.push_back(now); true } else { false }
    }
}

fn make(kind: &str) -> Box<dyn Limiter> {
    match kind {
        "bucket" => Box::new(TokenBucket { capacity: 3.0, tokens: 3.0, refill_per_ms: 0.002, last: 0 }),
        "fixed" => Box::new(FixedWindow { limit: 3, window_ms: 1000, current: 0, count: 0 }),
        _ => Box::new(SlidingLog { limit: 3, window_ms: 1000, log: VecDeque::new() }),
    }
}

fn run(limiter: &mut dyn Limiter, times: &[u64]) -> String {
    times.iter().map(|&t| if limiter.allow(t) { '+' } else { '-' }).collect()
}

fn main() {
    let burst: Vec<u64> = vec![0, 10, 20, 30, 40, 990, 1000, 1010, 1020, 1500, 1990, 2000, 2600, 3100, 3200];
    for kind in ["bucket", "fixed", "sliding"] {
        let mut l = make(kind);
        let pattern = run(l.as_mut(), &burst);
        println!("{:<26} {} ({} allowed)", l.name(), pattern, pattern.matches('+').count());
    }
    let mut seed = 99u64;
    let mut requests: Vec<(u64, &str)> = Vec::new();
    let clients = ["alice", "bob", "carol"];
    let mut t = 0;
    for _ in 0..60 {
        seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1);
        t += (seed >> 33) % 120;
        requests.push((t, clients[((seed >> 40) % 3) as usize]));
    }
    let mut per_client: HashMap<&str, Box<dyn Limiter>> = HashMap::new();
    let mut stats: BTreeMap<&str, (u32, u32)> = BTreeMap::new();
    for &(time, who) in &requests {
        let lim = per_client.entry(who).or_insert_with(|| make("sliding"));
        let ok = lim.allow(time);
        let e = stats.entry(who).or_insert((0, 0));
        if ok { e.0 += 1 } else { e.1 += 1 }
    }
    for (who, (ok, denied)) in &stats {
        println!("{:<6} allowed {:>2} denied {:>2} ({:.0}% denied)", who, ok, denied, 100.0 * *denied as f64 / (*ok + *denied) as f64);
    }
    println!("last request at {} ms; limiters created: {}", requests.last().unwrap().0, per_client.len());
    let mut limiters: Vec<Box<dyn Limiter>> = ["fixed", "bucket"].iter().map(|k| make(k)).collect();
    let steady: Vec<u64> = (0..20).map(|i| i * 250).collect();
    for l in limiters.iter_mut() {
        println!("steady 4/s through {:<26} {}", l.name(), run(&mut **l, &steady));
    }
}
