// Integer loops: Collatz chain lengths of every start below a limit, with the longest chain, a
// histogram of lengths and digit sums. The argument (default 190) times 10,000 is the limit.

fn collatz_len(mut n: u64) -> u32 {
    let mut steps = 0;
    while n != 1 {
        n = if n % 2 == 0 { n / 2 } else { 3 * n + 1 };
        steps += 1;
    }
    steps
}

fn digit_sum(mut n: u64) -> u64 {
    let mut s = 0;
    while n > 0 {
        s += n % 10;
        n /= 10;
    }
    s
}

fn main() {
    let factor: u64 = std::env::args().nth(1).map(|s| s.parse().expect("size factor")).unwrap_or(190);
    let limit = factor * 10_000;
    let mut best = 1u64;
    let mut best_len = 0u32;
    let mut total = 0u64;
    let mut buckets = [0u32; 16];
    let mut digits = 0u64;
    let mut n = 1u64;
    while n < limit {
        let len = collatz_len(n);
        total += len as u64;
        if len > best_len {
            best_len = len;
            best = n;
        }
        buckets[(len / 32).min(15) as usize] += 1;
        digits += digit_sum(n * len as u64);
        n += 1;
    }
    println!("limit {} total steps {}", limit, total);
    println!("longest chain starts at {} ({} steps)", best, best_len);
    println!("digit sums {}", digits);
    let mut line = String::new();
    for b in buckets.iter() {
        line.push_str(&format!("{} ", b));
    }
    println!("histogram {}", line.trim_end());
}
