// Dijkstra over a city graph with BinaryHeap, a manual Ord on the heap entry and path rebuild.
use std::cmp::Ordering;
use std::collections::{BinaryHeap, HashMap};

#[derive(Debug, PartialEq, Eq)]
struct State { cost: u32, node: usize }

impl Ord for State {
    fn cmp(&self, other: &Self) -> Ordering {
        other.cost.cmp(&self.cost).then_with(|| self.node.cmp(&other.node))
    }
}
impl PartialOrd for State {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> { Some(self.cmp(other)) }
}

struct Graph<'a> {
    names: Vec<&'a str>,
    index: HashMap<&'a str, usize>,
    adj: Vec<Vec<(usize, u32)>>,
}

impl<'a> Graph<'a> {
    fn new() -> Self { Graph { names: vec![], index: HashMap::new(), adj: vec![] } }
    fn id(&mut self, name: &'a str) -> usize {
        if let Some(&i) = self.index.get(name) { return i; }
        let i = self.names.len();
        self.names.push(name);
        self.index.insert(name, i);
        self.adj.push(Vec::new());
        i
    }
    fn road(&mut self, a: &'a str, b: &'a str, km: u32) {
        let (x, y) = (self.id(a), self.id(b));
        self.adj[x].push((y, km));
        self.adj[y].push((x, km));
    }
    fn shortest(&self, from: &str, to: &str) -> Option<(u32, Vec<&'a str>)> {
        let start = *self.index.get(from)?;
        let goal = *self.index.get(to)?;
        let mut dist = vec![u32::MAX; self.names.len()];
        let mut prev: Vec<Option<usize>> = vec![None; self.names.len()];
        let mut heap = BinaryHeap::new();
        dist[start] = 0;
        heap.push(State { cost: 0, node: start });
        while let Some(State { cost, node }) = heap.pop() {
            if node == goal { break; }
            if cost > dist[node] { continue; }
            for &(next, w) in &self.adj[node] {
                let nc = cost + w;
                if nc < dist[next] {
                    dist[next] = nc;
                    prev[next] = Some(node);
                    heap.push(State { cost: nc, node: next });
                }
            }
        }
        if dist[goal] == u32::MAX { return None; }
        let mut path = vec![self.names[goal]];
        let mut cur = goal;
        while let Some(p) = prev[cur] {
            path.push(self.names[p]);
            cur = p;
        }
        path.reverse();
        Some((dist[goal], path))
    }
}

fn main() {
    let mut g = Graph::new();
    let roads = [
        ("Amsterdam", "Utrecht", 45), ("Utrecht", "Arnhem", 64), ("Amsterdam", "Haarlem", 20),
        ("Haarlem", "Leiden", 32), ("Leiden", "Den Haag", 19), ("Den Haag", "Rotterdam", 27),
        ("Rotterdam", "Utrecht", 57), ("Amsterdam", "Leiden", 44), ("Rotterdam", "Breda", 50),
        ("Breda", "Eindhoven", 60), ("Utrecht", "Den Bosch", 55), ("Den Bosch", "Eindhoven", 35),
        ("Arnhem", "Nijmegen", 20), ("Nijmegen", "Den Bosch", 47),
    ];
    for &(a, b, km) in roads.iter() {
        g.road(a, b, km);
    }
    g.id("Texel");
    let queries = [
        ("Amsterdam", "Eindhoven"), ("Haarlem", "Nijmegen"), ("Den Haag", "Arnhem"),
        ("Breda", "Breda"), ("Leiden", "Texel"), ("Paris", "Utrecht"),
    ];
    for (a, b) in queries {
        match g.shortest(a, b) {
            Some((d, path)) => println!("{:>9} -> {:<9} {:>4} km via {}", a, b, d, path.join(" > ")),
            None => println!("{:>9} -> {:<9} unreachable", a, b),
        }
    }
    let mut heap: BinaryHeap<State> = [5, 1, 8, 3].iter().map(|&c| State { cost: c, node: c as usize * 10 }).collect();
    heap.push(State { cost: 1, node: 99 });
    let order: Vec<(u32, usize)> = std::iter::from_fn(|| heap.pop()).map(|s| (s.cost, s.node)).collect();
    println!("{:?}", order);
    let degrees: Vec<String> = g.names.iter().zip(&g.adj).map(|(n, e)| format!("{}:{}", &n[..3], e.len())).collect();
    println!("{}", degrees.join(" "));
}
