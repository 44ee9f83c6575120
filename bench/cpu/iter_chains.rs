// Iterator chains with closures: map, filter, fold, zip, enumerate, step_by, chain, take_while,
// skip, flat_map, windows, sum, max_by_key and friends over ranges and a Vec, with closures that
// capture their surroundings. The argument (default 300) times 20,000 is the range length.

fn main() {
    let factor: u64 = std::env::args().nth(1).map(|s| s.parse().expect("size factor")).unwrap_or(300);
    let n = factor * 20_000;
    let modulus = 1_000_007u64;

    let squares_mod: u64 = (0..n).map(|x| x * x % modulus).filter(|v| v % 3 == 0).fold(0u64, |a, v| (a + v) % modulus);

    let dot: u64 = (0..n).zip((0..n).rev()).map(|(a, b)| (a % 1000) * (b % 1000)).sum();

    let weighted = (1..=n)
        .enumerate()
        .filter(|&(i, _)| i % 7 != 3)
        .map(|(i, x)| (i as u64 ^ x) & 0xff)
        .fold(0u64, |acc, v| acc.wrapping_mul(31).wrapping_add(v));

    let stepped: u64 = (0..n).step_by(3).chain((0..n).step_by(5)).filter(|x| x % 2 == 1).count() as u64;

    let limit = n / 2;
    let prefix: u64 = (0..n).map(|x| x * 3).take_while(|&x| x < limit).skip(10).sum();

    let pairs: u64 = (0..factor * 40).flat_map(|a| (0..50).map(move |b| a * b)).filter(|p| p % 11 == 0).count() as u64;

    let v: Vec<i64> = (0..n as i64).map(|x| (x * 7919) % 1000 - 500).collect();
    let rising = v.windows(2).filter(|w| w[1] > w[0]).count();
    let best = v.iter().enumerate().max_by_key(|&(i, x)| (x.abs(), i)).map(|(i, _)| i).unwrap();
    let positives: i64 = v.iter().copied().filter(|&x| x > 0).sum();
    let any_zero = v.iter().any(|&x| x == 0);
    let all_small = v.iter().all(|x| x.abs() <= 500);
    let min = v.iter().min().unwrap();
    let chunks: i64 = v.chunks(64).map(|c| c.iter().max().unwrap() - c.iter().min().unwrap()).sum();

    println!("n {} squares {} dot {}", n, squares_mod, dot);
    println!("weighted {} stepped {} prefix {} pairs {}", weighted, stepped, prefix, pairs);
    println!("rising {} best {} positives {} zero {} small {} min {} chunks {}", rising, best, positives, any_zero, all_small, min, chunks);
}
