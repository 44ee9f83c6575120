fn is_prime(n: u32) -> bool {
    if n < 2 {
        return false;
    }
    let mut d = 2;
    while d * d <= n {
        if n % d == 0 {
            return false;
        }
        d += 1;
    }
    true
}

fn main() {
    let mut count = 0;
    let mut n = 0;
    while n < 200000 {
        if is_prime(n) {
            count += 1;
        }
        n += 1;
    }
    println!("{} primes below 200000", count);
}
