// HashMap: insert/get/remove, the entry API, iteration (printed sorted: real std's order is random).
use std::collections::hash_map::Entry;
use std::collections::HashMap;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
enum Color {
    Red,
    Green,
    Blue,
}

fn sorted<K: Ord + Clone, V: Clone>(m: &HashMap<K, V>) -> Vec<(K, V)> {
    let mut v: Vec<(K, V)> = m.iter().map(|(k, v)| (k.clone(), v.clone())).collect();
    // insertion sort: the library has no slice::sort yet
    let mut i = 1;
    while i < v.len() {
        let mut j = i;
        while j > 0 && v[j - 1].0 > v[j].0 {
            v.swap(j - 1, j);
            j -= 1;
        }
        i += 1;
    }
    v
}

fn main() {
    let mut m = HashMap::new();
    println!("{} {}", m.len(), m.is_empty());
    for i in 0..12 {
        m.insert(i, i * i);
    }
    println!("{} {:?} {:?} {}", m.len(), m.get(&3), m.get(&30), m[&5]);
    println!("{:?}", m.insert(3, 100));
    println!("{:?} {:?} {}", m.remove(&4), m.remove(&4), m.contains_key(&4));
    if let Some(v) = m.get_mut(&7) {
        *v += 1;
    }
    println!("{:?}", sorted(&m));
    let total: i32 = m.values().sum();
    let mut keys: Vec<i32> = m.keys().copied().collect();
    keys.reverse();
    println!("{} {}", total, keys.len());
    for v in m.values_mut() {
        *v = 0;
    }
    println!("{:?}", m.values().all(|v| *v == 0));

    // word counting with the entry API and &str lookups of String keys
    let text = "the cat and the dog and the bird";
    let mut counts: HashMap<String, usize> = HashMap::new();
    for w in text.split(' ') {
        *counts.entry(w.to_string()).or_insert(0) += 1;
    }
    println!("{:?}", sorted(&counts));
    println!("{:?} {:?}", counts.get("the"), counts.get("fish"));

    let mut by_color: HashMap<Color, Vec<u32>> = HashMap::new();
    by_color.entry(Color::Red).or_default().push(1);
    by_color.entry(Color::Blue).or_insert_with(Vec::new).push(2);
    by_color.entry(Color::Red).or_default().push(3);
    by_color.entry(Color::Green).and_modify(|v| v.push(9)).or_insert_with(|| vec![4]);
    by_color.entry(Color::Green).and_modify(|v| v.push(9)).or_insert_with(|| vec![4]);
    println!("{:?}", sorted(&by_color));
    match by_color.entry(Color::Blue) {
        Entry::Occupied(o) => {
            let k = *o.key();
            println!("occupied {:?} {:?}", k, o.remove());
        }
        Entry::Vacant(_) => println!("vacant"),
    }
    match by_color.entry(Color::Blue) {
        Entry::Occupied(_) => println!("occupied"),
        Entry::Vacant(v) => println!("vacant {:?}", v.key()),
    }

    let one: HashMap<&str, i32> = HashMap::from([("a", 1)]);
    println!("{:?} {:#?}", one, one);
    let empty: HashMap<i32, i32> = HashMap::new();
    println!("{:?}", empty);

    let pairs: HashMap<char, u8> = vec![('x', 1), ('y', 2)].into_iter().collect();
    let mut copy = pairs.clone();
    println!("{}", copy == pairs);
    copy.insert('z', 3);
    println!("{} {}", copy == pairs, copy.len());
    copy.retain(|_, v| *v != 2);
    println!("{:?}", sorted(&copy));
    let mut owned: Vec<(char, u8)> = copy.into_iter().collect();
    owned.sort_unstable_placeholder();
}

trait SortPlaceholder {
    fn sort_unstable_placeholder(&mut self);
}

impl SortPlaceholder for Vec<(char, u8)> {
    fn sort_unstable_placeholder(&mut self) {
        if self.len() == 2 && self[0].0 > self[1].0 {
            self.swap(0, 1);
        }
        println!("{:?}", self);
    }
}
