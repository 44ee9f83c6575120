// Iterator adapters and consumers: flat_map, flatten, peekable, scan, skip_while, map_while,
// inspect, fuse, cycle, step_by, chain/zip/rev/enumerate from both ends, and the consumers.
use std::cmp::Ordering;

struct Countdown(u32);

impl Iterator for Countdown {
    type Item = u32;
    fn next(&mut self) -> Option<u32> {
        if self.0 == 0 {
            None
        } else {
            self.0 -= 1;
            Some(self.0)
        }
    }
}

fn main() {
    // flat_map and flatten, forwards and backwards
    let v = vec![vec![1, 2], vec![], vec![3, 4, 5]];
    let f: Vec<i32> = v.iter().flatten().copied().collect();
    println!("{:?}", f);
    let b: Vec<i32> = v.iter().flatten().rev().copied().collect();
    println!("{:?}", b);
    let g: Vec<i32> = (1..4).flat_map(|x| 0..x).collect();
    println!("{:?}", g);
    let words = ["ab", "cde"];
    let chars: String = words.iter().flat_map(|w| w.chars()).collect();
    println!("{}", chars);
    let opts = vec![Some(1), None, Some(3)];
    let somes: Vec<i32> = opts.into_iter().flatten().collect();
    println!("{:?}", somes);
    let mut both = v.iter().flatten();
    println!("{:?} {:?} {:?} {:?}", both.next(), both.next_back(), both.next(), both.next_back());
    println!("{:?} {:?}", both.next(), both.next());

    // peekable
    let mut p = [1, 2, 3].iter().peekable();
    println!("{:?}", p.peek());
    println!("{:?}", p.next());
    println!("{:?}", p.next_if(|x| **x == 2));
    println!("{:?}", p.next_if(|x| **x == 2));
    println!("{:?}", p.next_if_eq(&&3));
    println!("{:?}", p.peek());
    println!("{:?}", p.next());
    let mut q = vec![10, 20].into_iter().peekable();
    if let Some(x) = q.peek_mut() {
        *x += 1;
    }
    println!("{:?} {}", q.size_hint(), q.len());
    println!("{:?}", q.collect::<Vec<_>>());
    // a tokenizer loop, the way peekable is usually used
    let mut it = "12+345".chars().peekable();
    let mut tokens = Vec::new();
    while let Some(&c) = it.peek() {
        if c.is_ascii_digit() {
            let mut n = 0;
            while let Some(d) = it.next_if(|c| c.is_ascii_digit()) {
                n = n * 10 + d.to_digit(10).unwrap();
            }
            tokens.push(format!("num {}", n));
        } else {
            tokens.push(format!("op {}", c));
            it.next();
        }
    }
    println!("{:?}", tokens);

    // scan, skip_while, map_while, take_while, inspect
    let sums: Vec<i32> = [1, 2, 3, 4].iter().scan(0, |acc, &x| {
        *acc += x;
        Some(*acc)
    }).collect();
    println!("{:?}", sums);
    let stop: Vec<i32> = [1, 2, 3, 4].iter().scan(1, |acc, &x| {
        *acc *= x;
        if *acc > 6 { None } else { Some(*acc) }
    }).collect();
    println!("{:?}", stop);
    let sw: Vec<&i32> = [1, 2, 5, 1, 7].iter().skip_while(|x| **x < 3).collect();
    println!("{:?}", sw);
    let mw: Vec<u32> = ["1", "2", "x", "4"].iter().map_while(|s| s.parse().ok()).collect();
    println!("{:?}", mw);
    let tw: Vec<i32> = (1..10).take_while(|x| *x * *x < 20).collect();
    println!("{:?}", tw);
    let mut seen = Vec::new();
    let total: i32 = [3, 4].iter().inspect(|x| seen.push(**x)).sum();
    println!("{} {:?}", total, seen);

    // fuse, cycle, step_by
    let mut fz = Countdown(2).fuse();
    println!("{:?} {:?} {:?} {:?}", fz.next(), fz.next(), fz.next(), fz.next());
    let cyc: Vec<i32> = [1, 2, 3].iter().cycle().take(7).cloned().collect();
    println!("{:?}", cyc);
    let empty: Vec<i32> = Vec::new();
    println!("{:?}", empty.iter().cycle().next());
    let sb: Vec<i32> = (0..10).step_by(3).collect();
    println!("{:?} {}", sb, (0..10).step_by(3).len());
    let sb2: Vec<&char> = ['a', 'b', 'c', 'd'].iter().step_by(2).collect();
    println!("{:?}", sb2);

    // chain, zip, rev, enumerate, skip, take from both ends
    let ch: Vec<i32> = (1..3).chain(7..9).rev().collect();
    println!("{:?} {:?}", ch, (1..3).chain(7..9).size_hint());
    let z: Vec<(i32, char)> = [1, 2, 3].iter().copied().zip("ab".chars()).collect();
    println!("{:?}", z);
    let zr: Vec<(&i32, &i32)> = [1, 2, 3, 4].iter().zip([5, 6].iter()).rev().collect();
    println!("{:?}", zr);
    let en: Vec<(usize, char)> = "xyz".chars().enumerate().collect();
    println!("{:?}", en);
    let enr: Vec<(usize, &i32)> = [7, 8, 9].iter().enumerate().rev().collect();
    println!("{:?}", enr);
    let sk: Vec<&i32> = [1, 2, 3, 4, 5].iter().skip(2).rev().collect();
    println!("{:?}", sk);
    let tk: Vec<&i32> = [1, 2, 3, 4, 5].iter().take(3).rev().collect();
    println!("{:?}", tk);
    println!("{} {} {}", [1, 2, 3].iter().skip(1).len(), (0..10).take(4).len(), [1, 2].iter().rev().len());
    let fm: Vec<i32> = ["1", "a", "3"].iter().filter_map(|s| s.parse().ok()).rev().collect();
    println!("{:?}", fm);

    // consumers
    println!("{:?} {:?} {}", (1..5).last(), (1..5).nth(2), (1..5).count());
    let mut r = 0..10;
    println!("{:?} {:?} {:?}", r.nth(3), r.nth(0), r.nth_back(2));
    println!("{:?} {:?}", [1, 3, 5].iter().position(|x| *x == 3), [1, 3, 5].iter().position(|x| *x == 4));
    println!("{:?}", [1, 3, 1, 5].iter().rposition(|x| *x == 1));
    println!("{:?}", ["a", "7", "8"].iter().find_map(|s| s.parse::<i32>().ok()));
    println!("{:?}", [1, 2, 3, 4].iter().rfind(|x| **x % 2 == 1));
    println!("{} {}", [2, 4].iter().all(|x| *x % 2 == 0), [2, 4].iter().any(|x| *x > 5));
    println!("{:?} {:?}", [3, 1, 4].iter().max(), [3, 1, 4].iter().min());
    let pairs = [(1, 'a'), (3, 'b'), (3, 'c'), (1, 'd')];
    println!("{:?}", pairs.iter().max_by_key(|p| p.0));
    println!("{:?}", pairs.iter().min_by_key(|p| p.0));
    println!("{:?}", pairs.iter().max_by(|a, b| a.0.cmp(&b.0)));
    println!("{:?}", pairs.iter().min_by(|a, b| a.0.cmp(&b.0)));
    let fl = [1.5f64, 0.5, 2.5];
    println!("{:?}", fl.iter().copied().fold(0.0, |a, b| a + b));
    println!("{:?}", fl.iter().max_by(|a, b| a.partial_cmp(b).unwrap()));
    println!("{:?}", (1..=4).reduce(|a, b| a * b));
    println!("{}", (1..=4).rfold(String::new(), |s, x| format!("{}{}", s, x)));
    let tf: Option<i32> = [1, 2, 3].iter().try_fold(0i32, |acc, &x| acc.checked_add(x));
    println!("{:?}", tf);
    let tf2: Result<i32, String> = [1, -2, 3].iter().try_fold(0, |acc, &x| {
        if x < 0 { Err(format!("negative {}", x)) } else { Ok(acc + x) }
    });
    println!("{:?}", tf2);
    let mut it = 1..10;
    let found: Result<(), i32> = it.try_for_each(|x| if x == 4 { Err(x) } else { Ok(()) });
    println!("{:?} {:?}", found, it.next());
    let (even, odd): (Vec<i32>, Vec<i32>) = (1..8).partition(|x| *x % 2 == 0);
    println!("{:?} {:?}", even, odd);
    let (nums, letters): (Vec<i32>, Vec<char>) = [(1, 'a'), (2, 'b')].iter().cloned().unzip();
    println!("{:?} {:?}", nums, letters);
    let s: String = vec!["ab", "c"].into_iter().collect();
    let s2: String = ['x', 'y'].iter().collect();
    println!("{} {}", s, s2);
    println!("{:?} {:?}", (1..3).cmp(1..4), [1, 5].iter().cmp([1, 4].iter()));
    println!("{:?}", [1.0, 2.0].iter().partial_cmp([1.0, f64::NAN].iter()));
    println!("{} {} {}", (1..3).eq([1, 2].iter().copied()), (1..3).ne(1..3), (1..3).lt(1..4));
    println!("{} {} {}", (1..3).le(1..3), (2..3).gt(1..9), (1..3).ge(1..4));
    println!("{} {} {}", [1, 2, 2, 5].iter().is_sorted(), [3, 1].iter().is_sorted(), ["b", "aa"].iter().is_sorted_by_key(|s| s.len()));
    let o: Ordering = (0..0).cmp(0..0);
    println!("{:?}", o);
    let mut by = 1..6;
    let firsts: Vec<i32> = by.by_ref().take(2).collect();
    println!("{:?} {:?}", firsts, by.collect::<Vec<_>>());
}
