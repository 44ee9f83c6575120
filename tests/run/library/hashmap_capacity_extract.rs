// HashMap and HashSet: capacities as std's table reports them (with_capacity, growth, reserve,
// shrink_to, try_reserve), extract_if, and get_disjoint_mut for moving money between accounts.
use std::collections::{HashMap, HashSet};

fn sorted<T: Ord + Clone>(it: impl IntoIterator<Item = T>) -> Vec<T> {
    let mut v: Vec<T> = it.into_iter().collect();
    v.sort();
    v
}

fn main() {
    let caps: Vec<(usize, usize)> = [0, 1, 3, 4, 7, 8, 13, 14, 15, 28, 29, 100, 1000].iter().map(|&n| (n, HashMap::<u32, String>::with_capacity(n).capacity())).collect();
    println!("with_capacity {:?}", caps);
    println!("small keys: set<u8> {} set<u16> {} map<u8,u8> {} set<[u8;3]> {}", HashSet::<u8>::with_capacity(1).capacity(), HashSet::<u16>::with_capacity(1).capacity(), HashMap::<u8, u8>::with_capacity(5).capacity(), HashSet::<[u8; 3]>::with_capacity(2).capacity());

    let mut m: HashMap<u64, u64> = HashMap::new();
    let mut seen = vec![m.capacity()];
    for i in 0..60 {
        m.insert(i, i * i);
        if *seen.last().unwrap() != m.capacity() {
            seen.push(m.capacity());
        }
    }
    println!("growth {:?}", seen);
    let collected: HashMap<u64, u64> = (0..20).map(|i| (i, i)).collect();
    let from_array = HashMap::from([(1, 'a'), (2, 'b'), (3, 'c'), (4, 'd')]);
    let set: HashSet<i32> = (0..9).collect();
    println!("collected {} from_array {} set {}", collected.capacity(), from_array.capacity(), set.capacity());

    // shrinking keeps room for what is left (and at least the requested minimum)
    for i in 0..52 {
        m.remove(&i);
    }
    // (the capacity right after removals depends on where the keys hashed to in std's table)
    println!("len {}", m.len());
    m.shrink_to(20);
    println!("shrink_to(20) {}", m.capacity());
    m.shrink_to(100);
    println!("shrink_to(100) {}", m.capacity());
    m.shrink_to_fit();
    println!("shrink_to_fit {}", m.capacity());
    m.clear();
    println!("clear keeps {}", m.capacity());
    m.shrink_to_fit();
    println!("empty shrink_to_fit {}", m.capacity());
    m.reserve(10);
    println!("reserve(10) {}", m.capacity());
    println!("try_reserve(50) {:?} -> {}", m.try_reserve(50), m.capacity());
    println!("try_reserve(MAX) {:?}", m.try_reserve(usize::MAX).map_err(|e| e.to_string()));
    let mut hs: HashSet<&str> = HashSet::new();
    println!("set try_reserve {:?} -> {}", hs.try_reserve(3), hs.capacity());
    hs.extend(["x", "y"]);
    hs.shrink_to(0);
    println!("set shrink_to(0) {}", hs.capacity());
    hs.shrink_to_fit();
    println!("set shrink_to_fit {}", hs.capacity());

    // extract_if: settle the closed orders, keep the open ones
    let mut orders: HashMap<u32, (&str, bool)> = HashMap::new();
    for (id, who, closed) in [(101, "ann", true), (102, "bob", false), (103, "cy", true), (104, "dot", false), (105, "ed", true)] {
        orders.insert(id, (who, closed));
    }
    let closed: HashMap<u32, (&str, bool)> = orders.extract_if(|_, (_, closed)| *closed).collect();
    println!("closed {:?}", sorted(closed.keys().copied()));
    println!("open {:?}", sorted(orders.iter().map(|(k, v)| (*k, v.0))));
    let mut marks: HashMap<&str, u32> = [("a", 1), ("b", 2), ("c", 3), ("d", 4)].into();
    let taken = marks.extract_if(|_, v| {
        *v *= 10;
        *v > 25
    }).count();
    println!("taken {} left {:?}", taken, sorted(marks.clone()));
    let mut tags: HashSet<String> = ["rust", "java", "go", "zig", "c"].iter().map(|s| s.to_string()).collect();
    let short: HashSet<String> = tags.extract_if(|t| t.len() <= 2).collect();
    println!("short {:?} long {:?}", sorted(short), sorted(tags));

    // get_disjoint_mut: two accounts borrowed mutably at once
    let mut balances: HashMap<String, i64> = HashMap::new();
    balances.insert("alice".to_string(), 100);
    balances.insert("bob".to_string(), 20);
    balances.insert("carol".to_string(), 0);
    let transfers = [("alice", "bob", 30), ("bob", "carol", 45), ("dave", "alice", 5), ("carol", "alice", 10)];
    for (from, to, amount) in transfers {
        match balances.get_disjoint_mut([from, to]) {
            [Some(a), Some(b)] => {
                *a -= amount;
                *b += amount;
                println!("{} -> {}: {}", from, to, amount);
            }
            [a, b] => println!("skipped {} -> {} (found {:?} {:?})", from, to, a.is_some(), b.is_some()),
        }
    }
    println!("{:?}", sorted(balances.iter().map(|(k, v)| (k.clone(), *v))));
    let [x, y, z] = unsafe { balances.get_disjoint_unchecked_mut(["carol", "zed", "bob"]) };
    println!("{:?} {:?} {:?}", x, y, z);
}
