// Integer loops over a Vec<bool>: a sieve of Eratosthenes, then the count and sum of the primes,
// twin primes, the widest gap and a Goldbach count. The argument (default 250) times 100,000 is
// the limit.

fn main() {
    let factor: usize = std::env::args().nth(1).map(|s| s.parse().expect("size factor")).unwrap_or(250);
    let limit = factor * 100_000;
    let mut composite = vec![false; limit + 1];
    composite[0] = true;
    composite[1] = true;
    let mut i = 2;
    while i * i <= limit {
        if !composite[i] {
            let mut j = i * i;
            while j <= limit {
                composite[j] = true;
                j += i;
            }
        }
        i += 1;
    }
    let mut count = 0u64;
    let mut sum = 0u64;
    let mut twins = 0u64;
    let mut last = 0usize;
    let mut gap = 0usize;
    let mut gap_at = 0usize;
    for n in 2..=limit {
        if !composite[n] {
            count += 1;
            sum += n as u64;
            if n >= 5 && !composite[n - 2] {
                twins += 1;
            }
            if last != 0 && n - last > gap {
                gap = n - last;
                gap_at = last;
            }
            last = n;
        }
    }
    // Goldbach: ways to write a few even numbers near the limit as a sum of two primes
    let mut goldbach = 0u64;
    let mut even = limit - limit % 2;
    for _ in 0..4 {
        let mut p = 2;
        while p <= even / 2 {
            if !composite[p] && !composite[even - p] {
                goldbach += 1;
            }
            p += 1;
        }
        even -= 2;
    }
    println!("limit {} primes {} sum {}", limit, count, sum);
    println!("twin pairs {} largest prime {}", twins, last);
    println!("widest gap {} after {}", gap, gap_at);
    println!("goldbach ways {}", goldbach);
}
