// Vec's capacity follows std's growth policy: doubling, with a minimum first allocation that
// depends on the element size, exact sizes for `with_capacity`, `reserve_exact` and exact-size
// `collect`, and `usize::MAX` for zero-sized elements.
use std::collections::TryReserveError;

#[allow(dead_code)]
#[derive(Clone, Debug)]
struct Pixel {
    r: u8,
    g: u8,
    b: u8,
}

fn growth<T: Clone>(label: &str, item: T, n: usize) {
    let mut v: Vec<T> = Vec::new();
    let mut caps = vec![v.capacity()];
    for _ in 0..n {
        v.push(item.clone());
        if *caps.last().unwrap() != v.capacity() {
            caps.push(v.capacity());
        }
    }
    println!("{:>8}: {:?}", label, caps);
}

fn describe(r: Result<(), TryReserveError>) -> String {
    match r {
        Ok(()) => "ok".to_string(),
        Err(e) => format!("{} ({:?})", e, e),
    }
}

fn main() {
    growth("u8", 0u8, 40);
    growth("u16", 0u16, 40);
    growth("pixel", Pixel { r: 1, g: 2, b: 3 }, 40);
    growth("u64", 0u64, 40);
    growth("[u8;600]", [0u8; 600], 12);
    growth("[u8;2k]", [0u8; 2048], 6);

    // zero-sized elements never allocate
    let mut units: Vec<()> = Vec::with_capacity(3);
    units.extend([(), (), ()]);
    units.shrink_to_fit();
    println!("units: len {} cap {}", units.len(), units.capacity() == usize::MAX);

    // exact sizes
    let lit = vec![1, 2, 3, 4, 5];
    let rep = vec![String::from("x"); 7];
    let ranged: Vec<u32> = (0..13).collect();
    let mapped: Vec<String> = lit.iter().map(|x| x.to_string()).collect();
    let chained: Vec<i32> = lit.iter().copied().chain(10..12).rev().collect();
    println!("literal {} repeat {} range {} map {} chain {}", lit.capacity(), rep.capacity(), ranged.capacity(), mapped.capacity(), chained.capacity());
    println!("clone {} to_vec {} from slice {}", lit.clone().capacity(), lit[1..].to_vec().capacity(), Vec::from(&lit[..2]).capacity());

    // iterators whose length is not known start small and double
    let evens: Vec<u32> = (0..100).filter(|x| x % 2 == 0).collect();
    let words: Vec<&str> = "the quick brown fox jumps over the lazy dog".split(' ').collect();
    let chars: Vec<char> = "a longer string of characters".chars().collect();
    let taken: Vec<u64> = (1..).take_while(|x| x * x < 200).collect();
    println!("filter {} split {} chars {} take_while {}", evens.capacity(), words.capacity(), chars.capacity(), taken.capacity());

    // reserve grows to at least twice the capacity, reserve_exact to what is asked
    let mut a: Vec<i64> = Vec::with_capacity(10);
    a.extend(0..10);
    a.reserve(1);
    println!("reserve(1) on full 10 -> {}", a.capacity());
    a.reserve(100);
    println!("reserve(100) -> {}", a.capacity());
    let mut b: Vec<i64> = Vec::with_capacity(10);
    b.extend(0..10);
    b.reserve_exact(1);
    println!("reserve_exact(1) on full 10 -> {}", b.capacity());
    b.reserve_exact(3);
    println!("reserve_exact(3) with room for 1 more -> {}", b.capacity());

    // extend and append reserve for what comes
    let mut c: Vec<i32> = vec![1, 2, 3];
    c.extend(4..6);
    println!("extend by 2 from 3 -> {}", c.capacity());
    c.extend_from_slice(&[0; 20]);
    println!("extend_from_slice by 20 -> {}", c.capacity());
    let mut other = vec![7; 40];
    c.append(&mut other);
    println!("append 40 -> {} (other keeps {})", c.capacity(), other.capacity());
    c.resize(200, 9);
    println!("resize to 200 -> {}", c.capacity());

    // shrinking
    let mut d: Vec<u16> = Vec::with_capacity(64);
    d.extend([1, 2, 3, 4, 5, 6]);
    d.shrink_to(32);
    println!("shrink_to(32) -> {}", d.capacity());
    d.shrink_to(2);
    println!("shrink_to(2) -> {}", d.capacity());
    d.shrink_to(100);
    println!("shrink_to(100) -> {}", d.capacity());
    d.truncate(2);
    d.shrink_to_fit();
    println!("shrink_to_fit -> {} {:?}", d.capacity(), d);
    let boxed = d.into_boxed_slice();
    println!("boxed {:?} back to vec cap {}", boxed, Vec::from(boxed.clone()).capacity());

    // split_off: the tail gets exactly its length, the head keeps its buffer
    let mut e: Vec<i32> = (0..20).collect();
    let tail = e.split_off(15);
    println!("split_off: head cap {} tail cap {}", e.capacity(), tail.capacity());
    let all = e.split_off(0);
    println!("split_off(0): head cap {} tail {:?}", e.capacity(), all.len());

    // try_reserve reports what std reports
    let mut f: Vec<u32> = Vec::new();
    println!("try_reserve(10): {} -> {}", describe(f.try_reserve(10)), f.capacity());
    println!("try_reserve_exact(30): {} -> {}", describe(f.try_reserve_exact(30)), f.capacity());
    println!("try_reserve(usize::MAX): {}", describe(f.try_reserve(usize::MAX)));
    println!("try_reserve(usize::MAX / 4 + 1): {}", describe(f.try_reserve(usize::MAX / 4 + 1)));
    println!("try_reserve_exact(huge): {}", describe(f.try_reserve_exact(isize::MAX as usize / 4 - 100)));
    println!("capacity still {}", f.capacity());

    let mut s = String::with_capacity(3);
    s.push_str("hello");
    println!("string {} {}", s.capacity(), describe(s.try_reserve(usize::MAX)));
    s.reserve_exact(10);
    println!("string reserve_exact {}", s.capacity());
    s.shrink_to_fit();
    println!("string shrink_to_fit {}", s.capacity());
}
