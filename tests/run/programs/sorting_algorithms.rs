// Generic sorting algorithms over T: Ord / comparator closures, with comparison counting and checks.
use std::cell::Cell;
use std::fmt::Debug;

fn insertion_sort<T, F: FnMut(&T, &T) -> bool>(v: &mut [T], mut less: F) {
    for i in 1..v.len() {
        let mut j = i;
        while j > 0 && less(&v[j], &v[j - 1]) {
            v.swap(j, j - 1);
            j -= 1;
        }
    }
}

fn merge_sort<T: Clone, F: Fn(&T, &T) -> bool + Copy>(v: &[T], less: F) -> Vec<T> {
    if v.len() <= 1 { return v.to_vec(); }
    let (l, r) = v.split_at(v.len() / 2);
    let (l, r) = (merge_sort(l, less), merge_sort(r, less));
    let mut out = Vec::with_capacity(v.len());
    let (mut i, mut j) = (0, 0);
    while i < l.len() && j < r.len() {
        if less(&r[j], &l[i]) { out.push(r[j].clone()); j += 1; } else { out.push(l[i].clone()); i += 1; }
    }
    out.extend_from_slice(&l[i..]);
    out.extend_from_slice(&r[j..]);
    out
}

fn quick_sort<T: PartialOrd + Copy>(v: &mut [T]) {
    if v.len() <= 1 { return; }
    let last = v.len() - 1;
    v.swap(v.len() / 2, last);
    let pivot = v[last];
    let mut store = 0;
    for i in 0..last {
        if v[i] < pivot {
            v.swap(i, store);
            store += 1;
        }
    }
    v.swap(store, last);
    let (left, right) = v.split_at_mut(store);
    quick_sort(left);
    quick_sort(&mut right[1..]);
}

fn heap_sort<T: Ord>(v: &mut [T]) {
    fn sift_down<T: Ord>(v: &mut [T], mut root: usize, end: usize) {
        loop {
            let mut child = 2 * root + 1;
            if child >= end { break; }
            if child + 1 < end && v[child] < v[child + 1] { child += 1; }
            if v[root] >= v[child] { break; }
            v.swap(root, child);
            root = child;
        }
    }
    let n = v.len();
    for i in (0..n / 2).rev() { sift_down(v, i, n); }
    for end in (1..n).rev() {
        v.swap(0, end);
        sift_down(v, 0, end);
    }
}

fn is_sorted_by<T, F: Fn(&T, &T) -> bool>(v: &[T], le: F) -> bool { v.windows(2).all(|w| le(&w[0], &w[1])) }

#[derive(Debug, Clone, PartialEq)]
struct Player { name: &'static str, score: u32, age: u8 }

fn check<T: Debug + PartialEq>(label: &str, got: &[T], want: &[T]) {
    println!("{:<10} {} {:?}", label, if got == want { "ok " } else { "BAD" }, got);
}

fn main() {
    let mut seed = 12345u32;
    let data: Vec<i32> = (0..20).map(|_| { seed = seed.wrapping_mul(1664525).wrapping_add(1013904223); (seed >> 24) as i32 - 128 }).collect();
    let mut expected = data.clone();
    expected.sort();
    let comparisons = Cell::new(0);
    let counting_less = |a: &i32, b: &i32| { comparisons.set(comparisons.get() + 1); a < b };

    let mut a = data.clone();
    insertion_sort(&mut a, counting_less);
    check("insertion", &a, &expected);
    println!("  comparisons: {}", comparisons.replace(0));
    let m = merge_sort(&data, &counting_less);
    check("merge", &m, &expected);
    println!("  comparisons: {}", comparisons.get());
    let mut q = data.clone();
    quick_sort(&mut q);
    check("quick", &q, &expected);
    let mut h = data.clone();
    heap_sort(&mut h);
    check("heap", &h, &expected);
    let mut desc = data.clone();
    insertion_sort(&mut desc, |a, b| a > b);
    println!("desc sorted: {}", is_sorted_by(&desc, |a, b| a >= b));

    let players = vec![
        Player { name: "ann", score: 90, age: 30 }, Player { name: "bob", score: 75, age: 25 },
        Player { name: "cat", score: 90, age: 22 }, Player { name: "dan", score: 60, age: 30 },
        Player { name: "eve", score: 75, age: 41 },
    ];
    let stable = merge_sort(&players, |a, b| a.score > b.score);
    println!("by score desc (stable): {:?}", stable.iter().map(|p| p.name).collect::<Vec<_>>());
    let mut by_age = players.clone();
    by_age.sort_by_key(|p| (p.age, std::cmp::Reverse(p.score)));
    println!("by age: {:?}", by_age.iter().map(|p| format!("{}:{}", p.name, p.age)).collect::<Vec<_>>());
    let mut floats = vec![3.5, -1.0, 2.25, 0.0, -7.5, 2.0];
    quick_sort(&mut floats);
    println!("floats: {:?}", floats);
    let mut words = vec!["pear", "Apple", "fig", "banana", "apple", "Fig"];
    heap_sort(&mut words);
    println!("words: {:?}", words);
    words.sort_by_key(|w| w.to_lowercase());
    println!("case-insensitive: {:?}", words);
    let mut chars: Vec<char> = "sorting".chars().collect();
    heap_sort(&mut chars);
    println!("{}", chars.iter().collect::<String>());
}
