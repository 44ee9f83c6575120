// A Graph trait with an associated Node type; generic BFS/DFS/components over two implementations.
use std::collections::{BTreeMap, HashSet, VecDeque};
use std::fmt::Debug;
use std::hash::Hash;

trait Graph {
    type Node: Copy + Eq + Hash + Ord + Debug;
    fn nodes(&self) -> Vec<Self::Node>;
    fn neighbors(&self, n: Self::Node) -> Vec<Self::Node>;
    fn degree(&self, n: Self::Node) -> usize { self.neighbors(n).len() }
}

struct AdjList { edges: BTreeMap<&'static str, Vec<&'static str>> }
impl AdjList {
    fn from_pairs(pairs: &[(&'static str, &'static str)]) -> Self {
        let mut edges: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
        for &(a, b) in pairs {
            edges.entry(a).or_default().push(b);
            edges.entry(b).or_default().push(a);
        }
        AdjList { edges }
    }
}
impl Graph for AdjList {
    type Node = &'static str;
    fn nodes(&self) -> Vec<&'static str> { self.edges.keys().copied().collect() }
    fn neighbors(&self, n: &'static str) -> Vec<&'static str> { self.edges.get(n).cloned().unwrap_or_default() }
}

struct Grid { rows: Vec<&'static str> }
impl Graph for Grid {
    type Node = (usize, usize);
    fn nodes(&self) -> Vec<(usize, usize)> {
        self.rows.iter().enumerate().flat_map(|(r, row)| row.bytes().enumerate().filter(|(_, b)| *b != b'#').map(move |(c, _)| (r, c))).collect()
    }
    fn neighbors(&self, (r, c): (usize, usize)) -> Vec<(usize, usize)> {
        let open = |r: usize, c: usize| self.rows.get(r).and_then(|row| row.as_bytes().get(c)).map_or(false, |&b| b != b'#');
        let mut v = Vec::new();
        if r > 0 && open(r - 1, c) { v.push((r - 1, c)); }
        if open(r + 1, c) { v.push((r + 1, c)); }
        if c > 0 && open(r, c - 1) { v.push((r, c - 1)); }
        if open(r, c + 1) { v.push((r, c + 1)); }
        v
    }
}

fn bfs_dist<G: Graph>(g: &G, start: G::Node) -> BTreeMap<G::Node, usize> {
    let mut dist = BTreeMap::new();
    let mut q = VecDeque::new();
    dist.insert(start, 0);
    q.push_back(start);
    while let Some(n) = q.pop_front() {
        let d = dist[&n];
        for m in g.neighbors(n) {
            if !dist.contains_key(&m) {
                dist.insert(m, d + 1);
                q.push_back(m);
            }
        }
    }
    dist
}

fn components<G>(g: &G) -> Vec<Vec<G::Node>> where G: Graph {
    let mut seen = HashSet::new();
    let mut out = Vec::new();
    for n in g.nodes() {
        if seen.contains(&n) { continue; }
        let mut comp = Vec::new();
        let mut stack = vec![n];
        seen.insert(n);
        while let Some(x) = stack.pop() {
            comp.push(x);
            for y in g.neighbors(x) {
                if seen.insert(y) { stack.push(y); }
            }
        }
        comp.sort();
        out.push(comp);
    }
    out
}

fn has_cycle<G: Graph>(g: &G) -> bool {
    fn visit<G: Graph>(g: &G, n: G::Node, parent: Option<G::Node>, seen: &mut HashSet<G::Node>) -> bool {
        seen.insert(n);
        g.neighbors(n).into_iter().filter(|m| Some(*m) != parent).any(|m| seen.contains(&m) || visit(g, m, Some(n), seen))
    }
    let mut seen = HashSet::new();
    g.nodes().into_iter().any(|n| !seen.contains(&n) && visit(g, n, None, &mut seen))
}

fn summary<G: Graph>(name: &str, g: &G) where G::Node: Debug {
    let nodes = g.nodes();
    let max_deg = nodes.iter().map(|&n| (g.degree(n), n)).max();
    println!("{}: {} nodes, max degree {:?}, cycle {}", name, nodes.len(), max_deg, has_cycle(g));
}

fn main() {
    let social = AdjList::from_pairs(&[("ann", "bob"), ("bob", "cid"), ("cid", "dee"), ("ann", "eve"), ("fay", "gus"), ("hal", "hal2")]);
    summary("social", &social);
    println!("dist from ann: {:?}", bfs_dist(&social, "ann"));
    println!("components: {:?}", components(&social));
    let tree = AdjList::from_pairs(&[("r", "a"), ("r", "b"), ("a", "c")]);
    let cyc = AdjList::from_pairs(&[("x", "y"), ("y", "z"), ("z", "x")]);
    println!("tree cycle {} / triangle cycle {}", has_cycle(&tree), has_cycle(&cyc));
    let grid = Grid { rows: vec!["..#....", ".##.##.", "...#...", "##...#."] };
    summary("grid", &grid);
    let d = bfs_dist(&grid, (0, 0));
    let far = d.iter().max_by_key(|(n, dist)| (**dist, std::cmp::Reverse(**n))).unwrap();
    println!("grid reachable {} farthest {:?}", d.len(), far);
    let comps = components(&grid);
    println!("grid components sizes {:?}", comps.iter().map(|c| c.len()).collect::<Vec<_>>());
    println!("isolated-ish: {:?}", comps.iter().filter(|c| c.len() < 3).collect::<Vec<_>>());
}
