// Kruskal's minimum spanning tree with union-find (path compression + union by rank).
use std::collections::BTreeMap;

struct UnionFind { parent: Vec<usize>, rank: Vec<u8>, sets: usize }

impl UnionFind {
    fn new(n: usize) -> Self { UnionFind { parent: (0..n).collect(), rank: vec![0; n], sets: n } }
    fn find(&mut self, x: usize) -> usize {
        let p = self.parent[x];
        if p != x {
            let root = self.find(p);
            self.parent[x] = root;
        }
        self.parent[x]
    }
    fn union(&mut self, a: usize, b: usize) -> bool {
        let (ra, rb) = (self.find(a), self.find(b));
        if ra == rb { return false; }
        match self.rank[ra].cmp(&self.rank[rb]) {
            std::cmp::Ordering::Less => self.parent[ra] = rb,
            std::cmp::Ordering::Greater => self.parent[rb] = ra,
            std::cmp::Ordering::Equal => { self.parent[rb] = ra; self.rank[ra] += 1; }
        }
        self.sets -= 1;
        true
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct Edge { w: u32, a: usize, b: usize }

fn kruskal(n: usize, edges: &[Edge]) -> (u32, Vec<Edge>, usize) {
    let mut sorted = edges.to_vec();
    sorted.sort();
    let mut uf = UnionFind::new(n);
    let mut tree = Vec::new();
    for e in sorted {
        if uf.union(e.a, e.b) {
            tree.push(e);
            if tree.len() == n - 1 { break; }
        }
    }
    (tree.iter().map(|e| e.w).sum(), tree, uf.sets)
}

fn main() {
    let names = ["A", "B", "C", "D", "E", "F", "G"];
    let raw = "A-B 7, A-D 5, B-C 8, B-D 9, B-E 7, C-E 5, D-E 15, D-F 6, E-F 8, E-G 9, F-G 11";
    let idx = |s: &str| names.iter().position(|n| *n == s).expect("unknown node");
    let edges: Vec<Edge> = raw.split(", ").map(|tok| {
        let (pair, w) = tok.split_once(' ').unwrap();
        let (a, b) = pair.split_once('-').unwrap();
        Edge { w: w.parse().unwrap(), a: idx(a), b: idx(b) }
    }).collect();
    let (total, tree, comps) = kruskal(names.len(), &edges);
    println!("MST weight {} with {} edges, {} component(s)", total, tree.len(), comps);
    for e in &tree {
        println!("  {}-{} {:>3}", names[e.a], names[e.b], e.w);
    }
    let mut degree: BTreeMap<&str, usize> = BTreeMap::new();
    for e in &tree {
        *degree.entry(names[e.a]).or_insert(0) += 1;
        *degree.entry(names[e.b]).or_insert(0) += 1;
    }
    println!("degrees in tree: {:?}", degree);
    let leaves: Vec<&&str> = degree.iter().filter(|(_, &d)| d == 1).map(|(n, _)| n).collect();
    println!("leaves: {:?}", leaves);

    let forest_edges = [Edge { w: 1, a: 0, b: 1 }, Edge { w: 2, a: 2, b: 3 }, Edge { w: 3, a: 1, b: 0 }];
    let (w, t, c) = kruskal(5, &forest_edges);
    println!("forest: weight {} edges {:?} components {}", w, t.iter().map(|e| (e.a, e.b)).collect::<Vec<_>>(), c);

    let mut uf = UnionFind::new(10);
    for (a, b) in [(0, 1), (2, 3), (1, 3), (5, 6), (7, 5), (9, 9), (3, 0)] {
        let merged = uf.union(a, b);
        print!("{}{} ", if merged { '+' } else { '=' }, a * 10 + b);
    }
    println!();
    let mut groups: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for x in 0..10 {
        let r = uf.find(x);
        groups.entry(r).or_default().push(x);
    }
    let mut gs: Vec<Vec<usize>> = groups.into_values().collect();
    gs.sort_by(|a, b| b.len().cmp(&a.len()).then(a.cmp(b)));
    println!("{} sets: {:?}", uf.sets, gs);
    let max_edge = edges.iter().max().unwrap();
    println!("heaviest edge {:?} = {}-{}", max_edge, names[max_edge.a], names[max_edge.b]);
}
