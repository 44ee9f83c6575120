// Huffman coding: frequency counts, BinaryHeap of boxed trees with Reverse, code table, encode/decode.
use std::cmp::{Ordering, Reverse};
use std::collections::{BTreeMap, BinaryHeap};

#[derive(Debug)]
enum Tree { Leaf(char), Node(Box<Tree>, Box<Tree>) }

struct Item { weight: usize, order: usize, tree: Tree }
impl PartialEq for Item { fn eq(&self, o: &Self) -> bool { self.cmp(o) == Ordering::Equal } }
impl Eq for Item {}
impl PartialOrd for Item { fn partial_cmp(&self, o: &Self) -> Option<Ordering> { Some(self.cmp(o)) } }
impl Ord for Item {
    fn cmp(&self, o: &Self) -> Ordering { (self.weight, self.order).cmp(&(o.weight, o.order)) }
}

fn build(text: &str) -> Option<Tree> {
    let mut freq: BTreeMap<char, usize> = BTreeMap::new();
    for c in text.chars() { *freq.entry(c).or_insert(0) += 1; }
    let mut heap: BinaryHeap<Reverse<Item>> = freq.iter().enumerate()
        .map(|(order, (&c, &weight))| Reverse(Item { weight, order, tree: Tree::Leaf(c) }))
        .collect();
    let mut order = heap.len();
    while heap.len() > 1 {
        let Reverse(a) = heap.pop()?;
        let Reverse(b) = heap.pop()?;
        heap.push(Reverse(Item { weight: a.weight + b.weight, order, tree: Tree::Node(Box::new(a.tree), Box::new(b.tree)) }));
        order += 1;
    }
    heap.pop().map(|Reverse(i)| i.tree)
}

fn codes(t: &Tree, prefix: String, out: &mut BTreeMap<char, String>) {
    match t {
        Tree::Leaf(c) => { out.insert(*c, if prefix.is_empty() { "0".to_string() } else { prefix }); }
        Tree::Node(l, r) => {
            codes(l, format!("{}0", prefix), out);
            codes(r, prefix + "1", out);
        }
    }
}

fn decode(t: &Tree, bits: &str) -> String {
    let mut out = String::new();
    let mut node = t;
    for b in bits.chars() {
        if let Tree::Node(l, r) = node {
            node = if b == '0' { l } else { r };
        }
        if let Tree::Leaf(c) = node {
            out.push(*c);
            node = t;
        }
    }
    out
}

fn depth(t: &Tree) -> usize {
    match t { Tree::Leaf(_) => 0, Tree::Node(l, r) => 1 + depth(l).max(depth(r)) }
}

fn main() {
    let samples = ["abracadabra", "mississippi river", "aaaaaaa", "the quick brown fox jumps over the lazy dog"];
    for text in samples {
        let tree = build(text).expect("non-empty");
        let mut table = BTreeMap::new();
        codes(&tree, String::new(), &mut table);
        let encoded: String = text.chars().map(|c| table[&c].as_str()).collect();
        let decoded = decode(&tree, &encoded);
        println!("{:?}", text);
        println!("  depth {}, {} symbols, {} bits vs {} ({:.1}%)", depth(&tree), table.len(), encoded.len(), text.len() * 8,
                 100.0 * encoded.len() as f64 / (text.len() * 8) as f64);
        let mut by_len: Vec<(&char, &String)> = table.iter().collect();
        by_len.sort_by_key(|(c, code)| (code.len(), **c));
        let shown: Vec<String> = by_len.iter().take(6).map(|(c, code)| format!("{:?}={}", c, code)).collect();
        println!("  {}", shown.join(" "));
        println!("  roundtrip ok: {}; prefix of bits: {}", decoded == text, &encoded[..encoded.len().min(24)]);
        let prefix_free = table.values().all(|a| table.values().filter(|b| *b != a).all(|b| !b.starts_with(a.as_str())));
        println!("  prefix-free: {}", prefix_free);
    }
    println!("{:?}", build("").map(|t| depth(&t)));
    let packed: Vec<u8> = "0110100111".as_bytes().chunks(8).map(|ch| ch.iter().fold(0u8, |acc, &b| (acc << 1) | (b - b'0'))).collect();
    println!("packed bytes {:?} = {:02x?}", packed, packed);
}
