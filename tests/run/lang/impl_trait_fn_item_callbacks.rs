// Fn items whose return type is `impl Trait` used as callbacks of iterator adapters: the adapter's
// types mention the fn item, whose signature returns the opaque type the adapter holds revealed.
use std::collections::BTreeMap;

fn digits(n: u32) -> impl Iterator<Item = u32> {
    n.to_string().chars().map(|c| c.to_digit(10).unwrap()).collect::<Vec<_>>().into_iter()
}

fn words(line: &str) -> impl Iterator<Item = String> + '_ {
    line.split_whitespace().map(|w| w.to_lowercase())
}

fn twice(x: u32) -> impl Iterator<Item = u32> {
    Some(x).into_iter().chain(Some(x * 10))
}

fn nested(_: ()) -> impl Iterator<Item = u8> {
    Some(()).into_iter().flat_map(|_| vec![1u8, 2, 3])
}

struct Tokens {
    left: u32,
}

impl Iterator for Tokens {
    type Item = u32;
    fn next(&mut self) -> Option<u32> {
        if self.left == 0 {
            return None;
        }
        self.left -= 1;
        Some(self.left)
    }
}

fn main() {
    let all: Vec<u32> = vec![12, 345, 6].into_iter().flat_map(digits).collect();
    println!("{:?}", all);

    let text = ["The quick brown", "fox jumps over the", "lazy dog THE end"];
    let mut counts = BTreeMap::new();
    for w in text.iter().flat_map(|l| words(l)) {
        *counts.entry(w).or_insert(0) += 1;
    }
    println!("{:?}", counts);

    let doubled: Vec<u32> = (1..4).flat_map(twice).collect();
    println!("{:?}", doubled);

    // nested flat_maps over fn items returning opaque types
    let deep: Vec<u8> = Some(()).into_iter().flat_map(|_| Some(()).into_iter().flat_map(nested)).collect();
    println!("{:?}", deep);
    let sum: u32 = (0..3u32).map(twice).map(|it| it.sum::<u32>()).sum();
    println!("{}", sum);

    // by_ref and zip through `&mut` of adapters holding a fn item
    let mut a = Tokens { left: 4 }.flat_map(twice);
    let mut b = Tokens { left: 3 }.flat_map(digits);
    let pairs: Vec<(u32, u32)> = a.by_ref().zip(b.by_ref()).collect();
    println!("{:?}", pairs);
    println!("{:?} {:?}", a.next(), b.next());
    let rest: Vec<u32> = a.by_ref().take(2).collect();
    println!("{:?} {:?}", rest, a.count());

    let boxed: Box<dyn Iterator<Item = u32>> = Box::new(vec![7u32, 89].into_iter().flat_map(digits));
    println!("{:?}", boxed.collect::<Vec<_>>());
    let first = Some(42).map(twice).map(|mut it| (it.next(), it.next(), it.next()));
    println!("{:?}", first);
}
