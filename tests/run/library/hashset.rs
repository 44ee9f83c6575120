// HashSet: insert/contains/remove, set operations (printed sorted: real std's order is random).
use std::collections::HashSet;

fn sorted(s: &HashSet<i32>) -> Vec<i32> {
    let mut v: Vec<i32> = s.iter().copied().collect();
    let mut i = 1;
    while i < v.len() {
        let mut j = i;
        while j > 0 && v[j - 1] > v[j] {
            v.swap(j - 1, j);
            j -= 1;
        }
        i += 1;
    }
    v
}

fn sorted_refs(v: Vec<&i32>) -> Vec<i32> {
    let mut s = HashSet::new();
    for x in v {
        s.insert(*x);
    }
    sorted(&s)
}

fn main() {
    let mut a = HashSet::new();
    println!("{} {} {}", a.insert(3), a.insert(1), a.insert(3));
    a.insert(5);
    println!("{} {} {}", a.len(), a.contains(&1), a.contains(&2));
    println!("{} {}", a.remove(&1), a.remove(&1));
    println!("{:?}", sorted(&a));

    let b: HashSet<i32> = [1, 2, 3, 4].into_iter().collect();
    let c = HashSet::from([3, 4, 5, 6]);
    println!("{:?}", sorted_refs(b.intersection(&c).collect()));
    println!("{:?}", sorted_refs(b.union(&c).collect()));
    println!("{:?}", sorted_refs(b.difference(&c).collect()));
    println!("{:?}", sorted_refs(b.symmetric_difference(&c).collect()));
    println!("{:?} {:?}", sorted(&(&b & &c)), sorted(&(&b | &c)));
    println!("{} {}", b.is_disjoint(&c), a.is_subset(&c));

    let words: HashSet<&str> = "a b a c b".split(' ').collect();
    println!("{} {} {:?}", words.len(), words.contains("c"), words.get("b"));
    let one: HashSet<String> = HashSet::from(["x".to_string()]);
    println!("{:?} {}", one, one.contains("x"));
    let mut d = c.clone();
    d.retain(|x| x % 2 == 0);
    println!("{:?} {}", sorted(&d), d == HashSet::from([6, 4]));
    let mut total = 0;
    for x in &d {
        total += x;
    }
    let owned: i32 = d.into_iter().sum();
    println!("{} {}", total, owned);
}
