// BTreeMap's bulk operations (append, split_off, extract_if), its first/last entries and mutable
// ranges, and its ordering and hashing, on a small inventory and an event timeline.
use std::collections::hash_map::DefaultHasher;
use std::collections::{BTreeMap, HashMap};
use std::hash::{Hash, Hasher};
use std::ops::Bound;

#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
struct Item {
    qty: u32,
    price_cents: u64,
}

fn hash_of<T: Hash>(t: &T) -> u64 {
    let mut h = DefaultHasher::new();
    t.hash(&mut h);
    h.finish()
}

fn main() {
    let mut stock: BTreeMap<String, Item> = BTreeMap::new();
    for (name, qty, price) in [("bolt", 120, 15), ("nut", 300, 5), ("gear", 12, 1250), ("washer", 500, 2)] {
        stock.insert(name.to_string(), Item { qty, price_cents: price });
    }
    let mut delivery: BTreeMap<String, Item> = BTreeMap::new();
    delivery.insert("gear".to_string(), Item { qty: 40, price_cents: 1199 });
    delivery.insert("axle".to_string(), Item { qty: 7, price_cents: 4500 });
    delivery.insert("spring".to_string(), Item { qty: 60, price_cents: 80 });

    // append: entries of `delivery` win for keys in both
    stock.append(&mut delivery);
    println!("after append: {} items, delivery empty: {}", stock.len(), delivery.is_empty());
    for (name, item) in &stock {
        println!("  {:<7} {:>4} x {:>5}", name, item.qty, item.price_cents);
    }

    // split_off at a key that is not present
    let second_half = stock.split_off("m");
    println!("a..m: {:?}", stock.keys().collect::<Vec<_>>());
    println!("m..:  {:?}", second_half.keys().collect::<Vec<_>>());
    stock.extend(second_half);

    // first and last entries, edited or removed in place
    if let Some(mut first) = stock.first_entry() {
        first.get_mut().qty += 1;
        println!("first {} now {:?}", first.key(), first.get());
    }
    if let Some(last) = stock.last_entry() {
        let (k, v) = last.remove_entry();
        println!("removed last {} {:?}", k, v);
    }
    println!("first/last: {:?} / {:?}", stock.first_key_value().map(|(k, _)| k), stock.last_key_value().map(|(k, _)| k));

    // range_mut: a price increase for names from "b" to "n"
    for (name, item) in stock.range_mut::<str, _>((Bound::Included("b"), Bound::Excluded("n"))) {
        item.price_cents = item.price_cents * 11 / 10;
        println!("  raised {} to {}", name, item.price_cents);
    }
    for (name, item) in stock.range_mut::<str, _>((Bound::Included("n"), Bound::Unbounded)).rev() {
        item.qty -= 1;
        println!("  sold one {} ({} left)", name, item.qty);
    }

    // extract_if: low stock moves to a reorder list
    let reorder: BTreeMap<String, Item> = stock.extract_if(.., |_, item| item.qty < 100).collect();
    println!("reorder: {:?}", reorder.keys().collect::<Vec<_>>());
    println!("kept: {:?}", stock.keys().collect::<Vec<_>>());

    // a timeline keyed by minute
    let mut timeline: BTreeMap<u32, &str> = (0..12).map(|i| (i * 5, ["tick", "tock", "chime"][(i % 3) as usize])).collect();
    let chimes: Vec<(u32, &str)> = timeline.extract_if(10..=40, |_, ev| *ev == "chime").collect();
    println!("chimes {:?}", chimes);
    {
        let mut partial = timeline.extract_if(30.., |minute, ev| {
            *ev = "seen";
            minute % 10 == 0
        });
        println!("first extracted {:?}, then {:?}", partial.next(), partial);
    }
    println!("{:?}", timeline);
    let late = timeline.split_off(&33);
    println!("early {:?}\nlate {:?}", timeline.keys().collect::<Vec<_>>(), late);
    let mut empty: BTreeMap<u32, &str> = BTreeMap::new();
    let mut all = late.clone();
    empty.append(&mut all);
    println!("append into empty: {} {}", empty.len(), all.len());
    println!("range_mut empty: {}", empty.range_mut(100..).count());

    // ordering and hashing compare the entries in key order
    let a: BTreeMap<i32, char> = [(1, 'a'), (2, 'b')].into();
    let b: BTreeMap<i32, char> = [(2, 'b'), (1, 'a')].into();
    let c: BTreeMap<i32, char> = [(1, 'a'), (2, 'c')].into();
    let d: BTreeMap<i32, char> = [(1, 'a')].into();
    println!("{:?} {:?} {:?} {}", a.cmp(&b), a.cmp(&c), a.partial_cmp(&d), d < a);
    println!("hash equal {} differs {}", hash_of(&a) == hash_of(&b), hash_of(&a) != hash_of(&c));
    let mut versions: Vec<BTreeMap<i32, char>> = vec![c.clone(), d.clone(), a.clone()];
    versions.sort();
    println!("{:?}", versions);
    let mut by_state: HashMap<BTreeMap<i32, char>, &str> = HashMap::new();
    by_state.insert(a, "A");
    println!("{:?}", by_state.get(&b));
}
