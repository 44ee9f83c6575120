// Recursion: naive Fibonacci, Ackermann's function, Takeuchi's function and a pair of mutually
// recursive functions, called again and again. The argument (default 10000) is how many rounds.

fn fib(n: u32) -> u64 {
    if n < 2 {
        n as u64
    } else {
        fib(n - 1) + fib(n - 2)
    }
}

fn ackermann(m: u64, n: u64) -> u64 {
    if m == 0 {
        n + 1
    } else if n == 0 {
        ackermann(m - 1, 1)
    } else {
        ackermann(m - 1, ackermann(m, n - 1))
    }
}

fn tak(x: i32, y: i32, z: i32) -> i32 {
    if y < x {
        tak(tak(x - 1, y, z), tak(y - 1, z, x), tak(z - 1, x, y))
    } else {
        z
    }
}

fn is_even(n: u32) -> bool {
    if n == 0 { true } else { is_odd(n - 1) }
}

fn is_odd(n: u32) -> bool {
    if n == 0 { false } else { is_even(n - 1) }
}

// Number of ways to write n as a sum of parts no larger than k (a two-way recursion).
fn partitions(n: i64, k: i64) -> u64 {
    if n == 0 {
        1
    } else if n < 0 || k == 0 {
        0
    } else {
        partitions(n - k, k) + partitions(n, k - 1)
    }
}

fn main() {
    let rounds: u64 = std::env::args().nth(1).map(|s| s.parse().expect("size factor")).unwrap_or(10000);
    let mut fib_sum = 0u64;
    let mut ack_sum = 0u64;
    let mut tak_sum = 0i64;
    let mut even = 0u32;
    let mut part_sum = 0u64;
    for r in 0..rounds {
        fib_sum += fib(16 + (r % 5) as u32);
        ack_sum += ackermann(2, 20 + r % 30) + ackermann(3, 2 + r % 3);
        tak_sum += tak(10 + (r % 4) as i32, 6, 2) as i64;
        if is_even(500 + (r % 9) as u32) {
            even += 1;
        }
        part_sum += partitions(20 + (r % 6) as i64, 12);
    }
    println!("rounds {}", rounds);
    println!("fib {} ackermann {} tak {}", fib_sum, ack_sum, tak_sum);
    println!("even {} partitions {}", even, part_sum);
}
