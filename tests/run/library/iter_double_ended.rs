// Iterating from the back and knowing the length: rev of step_by, chain, zip, enumerate, skip,
// take, flat_map and flatten; len() of adapters; nth_back, rfold, try_rfold, rfind, rposition.
use std::collections::VecDeque;
use std::iter;

#[derive(Debug)]
struct Reading {
    hour: u32,
    celsius: f64,
}

fn countdown(from: u32, step: usize) -> Vec<u32> {
    (0..=from).rev().step_by(step).collect()
}

fn main() {
    // step_by then rev: the same elements as forward, in reverse
    let fwd: Vec<i32> = (0..20).step_by(3).collect();
    let back: Vec<i32> = (0..20).step_by(3).rev().collect();
    println!("{:?}\n{:?}", fwd, back);
    for n in [0, 1, 5, 6, 7, 12] {
        let f: Vec<usize> = (0..n).step_by(3).collect();
        let mut b: Vec<usize> = (0..n).step_by(3).rev().collect();
        b.reverse();
        println!("n={} {:?} same={} len={}", n, f, f == b, (0..n).step_by(3).len());
    }
    let mut s = (10..30).step_by(4);
    println!("{:?} {:?} {:?} {:?}", s.next(), s.next_back(), s.next(), s.collect::<Vec<_>>());
    println!("{:?} {:?}", (0..100).step_by(7).rev().nth(2), (0..100).step_by(7).nth_back(0));
    println!("{:?}", countdown(10, 3));
    let letters: String = ('a'..='z').collect::<Vec<char>>().iter().step_by(5).rev().collect();
    println!("{}", letters);

    // chain and zip from the back
    let a = vec![1, 2, 3];
    let b = [10, 20];
    let both: Vec<i32> = a.iter().chain(b.iter()).rev().cloned().collect();
    println!("{:?}", both);
    let mut ch = a.iter().chain(&b);
    println!("{:?} {:?} {:?}", ch.next_back(), ch.next(), ch.size_hint());
    let pairs: Vec<(i32, char)> = a.iter().copied().zip("wxyz".chars().collect::<Vec<_>>()).rev().collect();
    println!("{:?}", pairs);
    let z = a.iter().zip(b.iter());
    println!("zip len {}", z.len());

    // enumerate from the back keeps the forward indices
    let words = ["alpha", "beta", "gamma", "delta"];
    for (i, w) in words.iter().enumerate().rev().skip(1) {
        print!("{}:{} ", i, w);
    }
    println!();
    let last_long = words.iter().enumerate().rev().find(|(_, w)| w.len() > 4);
    println!("{:?}", last_long);

    // skip and take from the back
    let v: Vec<u32> = (1..=10).collect();
    println!("{:?}", v.iter().skip(3).rev().collect::<Vec<_>>());
    println!("{:?}", v.iter().take(4).rev().collect::<Vec<_>>());
    println!("{:?}", v.iter().skip(2).take(5).rev().map(|x| x * 10).collect::<Vec<_>>());
    println!("{} {} {}", v.iter().skip(3).len(), v.iter().take(40).len(), v.iter().skip(2).take(5).rev().len());
    let mut t = v.iter().take(6);
    println!("{:?} {:?} {:?}", t.next_back(), t.nth_back(1), t.len());

    // repeat(..).take(n) has two ends and a length
    let dashes = iter::repeat('=').take(4);
    println!("{} {:?}", dashes.len(), dashes.rev().collect::<String>());

    // flat_map / flatten from both ends
    let nested = vec![vec![1, 2], vec![], vec![3, 4, 5]];
    let flat_back: Vec<i32> = nested.iter().flatten().rev().copied().collect();
    println!("{:?}", flat_back);
    let mut fm = nested.iter().flat_map(|v| v.iter().map(|x| x * x));
    println!("{:?} {:?} {:?}", fm.next(), fm.next_back(), fm.collect::<Vec<_>>());
    let opts = [Some(1), None, Some(3)];
    let present: Vec<i32> = opts.iter().flatten().rev().cloned().collect();
    println!("{:?}", present);

    // rfold, try_rfold, rfind, rposition, nth_back, last, rev().enumerate()
    let digits = [1u64, 2, 3, 4];
    let number = digits.iter().rfold((0u64, 1u64), |(acc, place), d| (acc + d * place, place * 10)).0;
    println!("{}", number);
    let checked: Option<u8> = [100u8, 100, 100].iter().try_rfold(0u8, |acc, &x| acc.checked_add(x));
    let fits: Option<u8> = [100u8, 50, 5].iter().try_rfold(0u8, |acc, &x| acc.checked_add(x));
    println!("{:?} {:?}", checked, fits);
    let r: Result<i32, String> = ["1", "2", "x", "4"].iter().try_rfold(0, |acc, s| s.parse::<i32>().map(|n| acc + n).map_err(|e| format!("{}: {}", s, e)));
    println!("{:?}", r);
    let readings = vec![
        Reading { hour: 6, celsius: 11.5 },
        Reading { hour: 12, celsius: 19.0 },
        Reading { hour: 18, celsius: 16.2 },
        Reading { hour: 23, celsius: 9.8 },
    ];
    println!("{:?}", readings.iter().rfind(|r| r.celsius > 15.0));
    println!("{:?}", readings.iter().rposition(|r| r.celsius < 12.0));
    println!("{:?}", readings.iter().map(|r| r.hour).nth_back(1));
    println!("{:?}", readings.iter().rev().enumerate().map(|(i, r)| (i, r.hour)).collect::<Vec<_>>());

    // a deque drained from both ends
    let mut dq: VecDeque<i32> = (1..=6).collect();
    let mut order = Vec::new();
    while let (Some(f), Some(b)) = (dq.pop_front(), dq.pop_back()) {
        order.push((f, b));
    }
    println!("{:?}", order);

    // ranges: nth on huge ranges does not walk them
    println!("{:?} {:?}", (0u64..u64::MAX).nth(1 << 40), (0..=u32::MAX).rev().nth(5));
    println!("{:?} {:?}", (5..5).nth_back(0), (1..=3).rev().last());
    let chars: Vec<char> = ('a'..'f').rev().skip(1).step_by(2).collect();
    println!("{:?}", chars);
}
