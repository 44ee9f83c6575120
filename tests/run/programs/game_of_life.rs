// Conway's game of life on a torus: Display for the grid, neighbor counts, cycle detection.
use std::collections::HashMap;
use std::fmt;

#[derive(Clone, PartialEq, Eq, Hash)]
struct Grid { w: usize, h: usize, cells: Vec<bool> }

impl Grid {
    fn from_pattern(w: usize, h: usize, pattern: &[&str], at: (usize, usize)) -> Grid {
        let mut g = Grid { w, h, cells: vec![false; w * h] };
        for (dy, row) in pattern.iter().enumerate() {
            for (dx, ch) in row.chars().enumerate() {
                if ch == '#' {
                    g.set(at.0 + dx, at.1 + dy, true);
                }
            }
        }
        g
    }
    fn idx(&self, x: usize, y: usize) -> usize { (y % self.h) * self.w + (x % self.w) }
    fn get(&self, x: usize, y: usize) -> bool { self.cells[self.idx(x, y)] }
    fn set(&mut self, x: usize, y: usize, v: bool) { let i = self.idx(x, y); self.cells[i] = v; }
    fn neighbors(&self, x: usize, y: usize) -> usize {
        let mut n = 0;
        for dy in [self.h - 1, 0, 1] {
            for dx in [self.w - 1, 0, 1] {
                if (dx, dy) != (0, 0) && self.get(x + dx, y + dy) {
                    n += 1;
                }
            }
        }
        n
    }
    fn step(&self) -> Grid {
        let mut next = self.clone();
        for y in 0..self.h {
            for x in 0..self.w {
                let alive = self.get(x, y);
                let n = self.neighbors(x, y);
                next.set(x, y, matches!((alive, n), (true, 2) | (true, 3) | (false, 3)));
            }
        }
        next
    }
    fn population(&self) -> usize { self.cells.iter().filter(|&&c| c).count() }
}

impl fmt::Display for Grid {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for row in self.cells.chunks(self.w) {
            let line: String = row.iter().map(|&c| if c { '#' } else { '.' }).collect();
            writeln!(f, "{}", line)?;
        }
        Ok(())
    }
}

fn run(name: &str, mut g: Grid, max: usize) {
    println!("--- {} ---", name);
    print!("{}", g);
    let mut seen: HashMap<Grid, usize> = HashMap::new();
    let mut pops = Vec::new();
    for gen in 0..max {
        if let Some(&prev) = seen.get(&g) {
            println!("cycle: generation {} repeats generation {} (period {})", gen, prev, gen - prev);
            break;
        }
        pops.push(g.population());
        seen.insert(g.clone(), gen);
        g = g.step();
    }
    println!("populations: {:?}", pops);
    print!("{}", g);
}

fn main() {
    run("blinker", Grid::from_pattern(5, 5, &["###"], (1, 2)), 10);
    run("glider", Grid::from_pattern(6, 6, &[".#.", "..#", "###"], (0, 0)), 30);
    run("block+beehive", Grid::from_pattern(10, 6, &["##.....", "##...##.", ".....#..#", "......##"], (0, 1)), 5);
    let r = Grid::from_pattern(12, 12, &[".##", "##.", ".#."], (5, 5));
    let mut g = r;
    let mut history = Vec::new();
    for _ in 0..25 {
        history.push(g.population());
        g = g.step();
    }
    let max = history.iter().enumerate().max_by_key(|&(i, p)| (*p, std::cmp::Reverse(i))).unwrap();
    println!("r-pentomino on 12x12: {:?}, max {:?}", history, max);
}
