// BTreeMap and BTreeSet: sorted iteration, entry API, ranges, Debug.
use std::collections::{BTreeMap, BTreeSet};

fn main() {
    let mut m = BTreeMap::new();
    for (i, w) in ["delta", "alpha", "charlie", "bravo"].iter().enumerate() {
        m.insert(*w, i);
    }
    println!("{:?}", m);
    println!("{} {:?} {:?} {}", m.len(), m.get("alpha"), m.get("echo"), m["delta"]);
    println!("{:?} {:?}", m.insert("alpha", 10), m.remove("bravo"));
    println!("{:?} {:?}", m.first_key_value(), m.last_key_value());
    for (k, v) in &m {
        print!("{}={} ", k, v);
    }
    println!();
    let keys: Vec<&&str> = m.keys().collect();
    let values: Vec<usize> = m.values().copied().collect();
    println!("{:?} {:?}", keys, values);
    for v in m.values_mut() {
        *v *= 2;
    }
    if let Some(v) = m.get_mut("charlie") {
        *v += 1;
    }
    println!("{:?} {}", m, m.contains_key("charlie"));

    let mut counts: BTreeMap<char, u32> = BTreeMap::new();
    for c in "hello world".chars() {
        if c != ' ' {
            *counts.entry(c).or_insert(0) += 1;
        }
    }
    println!("{:?}", counts);
    let mut groups: BTreeMap<u32, Vec<char>> = BTreeMap::new();
    for (c, n) in &counts {
        groups.entry(*n).or_default().push(*c);
    }
    groups.entry(9).or_insert_with(Vec::new).push('!');
    groups.entry(1).and_modify(|v| v.truncate(2));
    println!("{:?}", groups);
    println!("{:#?}", BTreeMap::from([(2, "b"), (1, "a")]));

    let nums: BTreeMap<i32, i32> = (0..10).map(|i| (i * 3 % 10, i)).collect();
    let mid: Vec<(&i32, &i32)> = nums.range(3..7).collect();
    let upto: Vec<&i32> = nums.range(..=2).map(|(k, _)| k).collect();
    println!("{:?} {:?}", mid, upto);
    let rev: Vec<i32> = nums.keys().rev().copied().take(3).collect();
    println!("{:?}", rev);
    let owned: Vec<(i32, i32)> = nums.clone().into_iter().filter(|e| e.0 % 4 == 0).collect();
    println!("{:?} {}", owned, nums == nums.clone());

    let mut s = BTreeSet::new();
    for x in [5, 1, 4, 1, 5, 9, 2, 6] {
        s.insert(x);
    }
    println!("{:?} {} {} {}", s, s.len(), s.contains(&4), s.contains(&3));
    println!("{} {:?} {:?}", s.remove(&4), s.first(), s.last());
    let t: BTreeSet<i32> = [2, 3, 5, 7].into_iter().collect();
    let u: Vec<&i32> = s.union(&t).collect();
    let i: Vec<&i32> = s.intersection(&t).collect();
    let d: Vec<i32> = s.difference(&t).cloned().collect();
    let x: Vec<&i32> = s.symmetric_difference(&t).collect();
    println!("{:?} {:?} {:?} {:?}", u, i, d, x);
    let r: Vec<&i32> = s.range(2..6).collect();
    println!("{:?} {:?}", r, s.iter().rev().next());
    let words: BTreeSet<String> = "b a c a".split(' ').map(String::from).collect();
    println!("{:?} {}", words, words.contains("c"));
    let empty: BTreeMap<u8, u8> = BTreeMap::new();
    println!("{:?} {:?} {}", empty, BTreeSet::<u8>::new(), empty.is_empty());
}
