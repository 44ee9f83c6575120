// Robots with pluggable strategies (Box<dyn Strategy>) moving on a grid, collisions and scoring.
use std::collections::{BTreeMap, HashMap, HashSet};

type Pos = (i32, i32);

trait Strategy {
    fn label(&self) -> &'static str;
    fn choose(&mut self, me: Pos, targets: &HashSet<Pos>, tick: u32) -> Pos;
}

struct Greedy;
struct Patrol { path: Vec<Pos>, idx: usize }
struct Lazy { every: u32 }

fn step_toward(from: Pos, to: Pos) -> Pos {
    let dx = (to.0 - from.0).signum();
    let dy = (to.1 - from.1).signum();
    if dx != 0 { (from.0 + dx, from.1) } else { (from.0, from.1 + dy) }
}

fn nearest(me: Pos, targets: &HashSet<Pos>) -> Option<Pos> {
    targets.iter().copied().min_by_key(|t| ((t.0 - me.0).abs() + (t.1 - me.1).abs(), *t))
}

impl Strategy for Greedy {
    fn label(&self) -> &'static str { "greedy" }
    fn choose(&mut self, me: Pos, targets: &HashSet<Pos>, _: u32) -> Pos {
        nearest(me, targets).map_or(me, |t| step_toward(me, t))
    }
}
impl Strategy for Patrol {
    fn label(&self) -> &'static str { "patrol" }
    fn choose(&mut self, me: Pos, _: &HashSet<Pos>, _: u32) -> Pos {
        if me == self.path[self.idx] { self.idx = (self.idx + 1) % self.path.len(); }
        step_toward(me, self.path[self.idx])
    }
}
impl Strategy for Lazy {
    fn label(&self) -> &'static str { "lazy" }
    fn choose(&mut self, me: Pos, targets: &HashSet<Pos>, tick: u32) -> Pos {
        if tick % self.every != 0 { return me; }
        nearest(me, targets).map_or(me, |t| step_toward(me, t))
    }
}

struct Robot { name: char, pos: Pos, brain: Box<dyn Strategy>, score: u32, bumps: u32 }

fn main() {
    let mut targets: HashSet<Pos> = [(2, 2), (7, 1), (5, 5), (0, 7), (8, 8), (3, 6), (6, 3), (9, 0)].into_iter().collect();
    let mut robots = vec![
        Robot { name: 'G', pos: (0, 0), brain: Box::new(Greedy), score: 0, bumps: 0 },
        Robot { name: 'P', pos: (9, 9), brain: Box::new(Patrol { path: vec![(9, 0), (0, 0), (0, 9), (9, 9)], idx: 0 }), score: 0, bumps: 0 },
        Robot { name: 'L', pos: (5, 0), brain: Box::new(Lazy { every: 2 }), score: 0, bumps: 0 },
        Robot { name: 'H', pos: (4, 9), brain: Box::new(Greedy), score: 0, bumps: 0 },
    ];
    let mut tick = 0;
    while !targets.is_empty() && tick < 60 {
        tick += 1;
        let occupied: HashMap<Pos, char> = robots.iter().map(|r| (r.pos, r.name)).collect();
        let mut claimed: HashSet<Pos> = HashSet::new();
        for r in robots.iter_mut() {
            let want = r.brain.choose(r.pos, &targets, tick);
            let blocked = want != r.pos && (occupied.get(&want).map_or(false, |&n| n != r.name) || claimed.contains(&want));
            if blocked { r.bumps += 1; claimed.insert(r.pos); continue; }
            r.pos = want;
            claimed.insert(want);
            if targets.remove(&want) {
                r.score += 1;
                println!("t={:>2} {} ({}) collected {:?}, {} left", tick, r.name, r.brain.label(), want, targets.len());
            }
        }
    }
    println!("finished at tick {} with {} targets left", tick, targets.len());
    let mut board = vec![vec!['.'; 10]; 10];
    for t in &targets { board[t.1 as usize][t.0 as usize] = '*'; }
    for r in &robots { board[r.pos.1 as usize][r.pos.0 as usize] = r.name; }
    for row in &board { println!("{}", row.iter().collect::<String>()); }
    let mut ranking: Vec<&Robot> = robots.iter().collect();
    ranking.sort_by(|a, b| b.score.cmp(&a.score).then(a.bumps.cmp(&b.bumps)).then(a.name.cmp(&b.name)));
    for r in ranking { println!("{} {:<6} score {} bumps {} at {:?}", r.name, r.brain.label(), r.score, r.bumps, r.pos); }
    let by_strategy = robots.iter().fold(BTreeMap::new(), |mut m: BTreeMap<&str, u32>, r| { *m.entry(r.brain.label()).or_default() += r.score; m });
    println!("{:?}", by_strategy);
}
