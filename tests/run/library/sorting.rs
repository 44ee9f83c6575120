// Stable sorts (equal keys keep their order), unstable sorts, Reverse, and sorting through
// Vec's Deref to a slice.
use std::cmp::Reverse;

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
struct Person {
    age: u32,
    name: &'static str,
}

fn main() {
    let mut v = vec![9, 3, 7, 1, 8, 2, 6, 4, 5, 0, 3, 7];
    v.sort();
    println!("{:?}", v);
    v.sort_by(|a, b| b.cmp(a));
    println!("{:?}", v);
    v.sort_by_key(|x| Reverse(*x));
    println!("{:?}", v);

    // stability: equal keys keep their input order
    let mut pairs = vec![(2, 'a'), (1, 'b'), (2, 'c'), (0, 'd'), (1, 'e'), (2, 'f'), (0, 'g'), (1, 'h'), (2, 'i'), (0, 'j')];
    pairs.sort_by_key(|p| p.0);
    println!("{:?}", pairs);
    pairs.sort_by(|a, b| b.0.cmp(&a.0));
    println!("{:?}", pairs);
    let mut words = vec!["pear", "fig", "apple", "kiwi", "banana", "plum", "date", "lime"];
    words.sort_by_key(|w| w.len());
    println!("{:?}", words);
    words.sort_by_cached_key(|w| w.chars().last());
    println!("{:?}", words);
    words.sort();
    println!("{:?}", words);

    let mut people = vec![
        Person { age: 30, name: "Ann" },
        Person { age: 25, name: "Bob" },
        Person { age: 30, name: "Al" },
        Person { age: 25, name: "Cy" },
        Person { age: 41, name: "Di" },
    ];
    people.sort();
    println!("{:?}", people);
    people.sort_by(|a, b| a.name.len().cmp(&b.name.len()).then_with(|| b.age.cmp(&a.age)));
    println!("{:?}", people.iter().map(|p| p.name).collect::<Vec<_>>());
    people.sort_unstable_by_key(|p| (p.age, p.name));
    println!("{:?}", people.iter().map(|p| p.name).collect::<Vec<_>>());

    let mut strings: Vec<String> = ["b", "C", "a", "B"].iter().map(|s| s.to_string()).collect();
    strings.sort();
    println!("{:?}", strings);
    strings.sort_by_key(|s| s.to_lowercase());
    println!("{:?}", strings);

    let mut fl = vec![2.5f64, -1.0, 3.25, 0.0];
    fl.sort_by(|a, b| a.partial_cmp(b).unwrap());
    println!("{:?}", fl);
    let mut arr = [5u8, 1, 4];
    arr.sort();
    println!("{:?}", arr);
    let mut nested = vec![vec![2, 1], vec![1, 5, 0], vec![2], vec![1, 5]];
    nested.sort();
    println!("{:?}", nested);
    let mut rs = vec![Reverse(1), Reverse(3), Reverse(2)];
    rs.sort();
    println!("{:?} {}", rs, Reverse(1) > Reverse(2));
    println!("{} {} {}", std::cmp::max(3, 8), std::cmp::min("b", "a"), std::cmp::max_by_key(-3, 2, |x: &i32| x.abs()));
    let mut big: Vec<u32> = (0..40).map(|i| (i * 17 + 5) % 23).collect();
    big.sort();
    println!("{:?}", big);
    let sorted = big.windows(2).all(|w| w[0] <= w[1]);
    big.sort_unstable_by(|a, b| b.cmp(a));
    println!("{} {:?}", sorted, &big[..6]);
}
