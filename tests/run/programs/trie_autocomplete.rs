// A trie with BTreeMap children: insert with counts, prefix search, autocomplete ranking and removal.
use std::collections::BTreeMap;

#[derive(Default, Debug)]
struct Node { children: BTreeMap<char, Node>, count: u32 }

#[derive(Default)]
struct Trie { root: Node, words: usize }

impl Trie {
    fn insert(&mut self, word: &str) {
        let mut node = &mut self.root;
        for c in word.chars() {
            node = node.children.entry(c).or_default();
        }
        if node.count == 0 { self.words += 1; }
        node.count += 1;
    }

    fn find(&self, prefix: &str) -> Option<&Node> {
        let mut node = &self.root;
        for c in prefix.chars() {
            node = node.children.get(&c)?;
        }
        Some(node)
    }

    fn collect(node: &Node, prefix: &mut String, out: &mut Vec<(String, u32)>) {
        if node.count > 0 { out.push((prefix.clone(), node.count)); }
        for (&c, child) in &node.children {
            prefix.push(c);
            Self::collect(child, prefix, out);
            prefix.pop();
        }
    }

    fn complete(&self, prefix: &str, limit: usize) -> Vec<(String, u32)> {
        let mut out = Vec::new();
        if let Some(n) = self.find(prefix) {
            Self::collect(n, &mut prefix.to_string(), &mut out);
        }
        out.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.len().cmp(&b.0.len())).then_with(|| a.0.cmp(&b.0)));
        out.truncate(limit);
        out
    }

    fn remove(&mut self, word: &str) -> bool {
        fn go(node: &mut Node, chars: &[char]) -> (bool, bool) {
            match chars.split_first() {
                None => {
                    let found = node.count > 0;
                    node.count = 0;
                    (found, node.children.is_empty())
                }
                Some((c, rest)) => {
                    let Some(child) = node.children.get_mut(c) else { return (false, false) };
                    let (found, prune) = go(child, rest);
                    if prune { node.children.remove(c); }
                    (found, found && node.count == 0 && node.children.is_empty())
                }
            }
        }
        let chars: Vec<char> = word.chars().collect();
        let (found, _) = go(&mut self.root, &chars);
        if found { self.words -= 1; }
        found
    }

    fn node_count(node: &Node) -> usize { 1 + node.children.values().map(Self::node_count).sum::<usize>() }
}

fn main() {
    let mut t = Trie::default();
    let text = "car cart carbon care careful cat catalog dog dot dots door car cart car cat dog do";
    text.split(' ').for_each(|w| t.insert(w));
    println!("{} distinct words, {} nodes", t.words, Trie::node_count(&t.root));
    for p in ["car", "ca", "do", "x", ""] {
        let c: Vec<String> = t.complete(p, 4).into_iter().map(|(w, n)| format!("{}({})", w, n)).collect();
        println!("{:>4} -> {}", format!("{:?}", p), c.join(", "));
    }
    println!("has prefix 'catal': {}, is word 'catal': {}", t.find("catal").is_some(), t.find("catal").map_or(false, |n| n.count > 0));
    for w in ["carbon", "carbon", "do", "zebra", "catalog"] {
        println!("remove {:<8} -> {} (words {}, nodes {})", w, t.remove(w), t.words, Trie::node_count(&t.root));
    }
    println!("after removal: {:?}", t.complete("", 20).iter().map(|(w, _)| w.as_str()).collect::<Vec<_>>());
    let mut accented = Trie::default();
    for w in ["café", "cafe", "über", "uber", "naïve"] { accented.insert(w); }
    println!("unicode: {:?}", accented.complete("caf", 5));
    println!("first-level keys: {:?}", accented.root.children.keys().collect::<String>());
}
