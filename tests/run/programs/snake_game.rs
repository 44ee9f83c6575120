// Snake on a small board: VecDeque body, HashSet occupancy, direction enum with turns, scripted play.
use std::collections::{HashSet, VecDeque};
use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Dir { Up, Right, Down, Left }

impl Dir {
    fn turn_left(self) -> Dir { match self { Dir::Up => Dir::Left, Dir::Left => Dir::Down, Dir::Down => Dir::Right, Dir::Right => Dir::Up } }
    fn turn_right(self) -> Dir { self.turn_left().turn_left().turn_left() }
    fn delta(self) -> (i32, i32) { match self { Dir::Up => (0, -1), Dir::Down => (0, 1), Dir::Left => (-1, 0), Dir::Right => (1, 0) } }
}

#[derive(Debug, PartialEq)]
enum Outcome { Moved, Ate, HitWall, HitSelf }

struct Game { w: i32, h: i32, body: VecDeque<(i32, i32)>, occupied: HashSet<(i32, i32)>, dir: Dir, food: (i32, i32), seed: u32, score: u32 }

impl Game {
    fn new(w: i32, h: i32) -> Game {
        let body: VecDeque<(i32, i32)> = (0..3).map(|i| (2 - i, h / 2)).collect();
        let occupied = body.iter().copied().collect();
        let mut g = Game { w, h, body, occupied, dir: Dir::Right, food: (0, 0), seed: 7, score: 0 };
        g.place_food();
        g
    }
    fn place_food(&mut self) {
        loop {
            self.seed = self.seed.wrapping_mul(1103515245).wrapping_add(12345) & 0x7fff_ffff;
            let cell = ((self.seed % self.w as u32) as i32, ((self.seed / 97) % self.h as u32) as i32);
            if !self.occupied.contains(&cell) { self.food = cell; return; }
        }
    }
    fn step(&mut self) -> Outcome {
        let (dx, dy) = self.dir.delta();
        let head = *self.body.front().unwrap();
        let next = (head.0 + dx, head.1 + dy);
        if next.0 < 0 || next.1 < 0 || next.0 >= self.w || next.1 >= self.h { return Outcome::HitWall; }
        let eating = next == self.food;
        if !eating {
            let tail = self.body.pop_back().unwrap();
            self.occupied.remove(&tail);
        }
        if !self.occupied.insert(next) { return Outcome::HitSelf; }
        self.body.push_front(next);
        if eating {
            self.score += 10;
            self.place_food();
            Outcome::Ate
        } else {
            Outcome::Moved
        }
    }
}

impl fmt::Display for Game {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        writeln!(f, "+{}+", "-".repeat(self.w as usize))?;
        for y in 0..self.h {
            let row: String = (0..self.w).map(|x| {
                if Some(&(x, y)) == self.body.front() { '@' }
                else if self.occupied.contains(&(x, y)) { 'o' }
                else if self.food == (x, y) { '*' } else { ' ' }
            }).collect();
            writeln!(f, "|{}|", row)?;
        }
        write!(f, "+{}+ score {} len {}", "-".repeat(self.w as usize), self.score, self.body.len())
    }
}

fn main() {
    let mut g = Game::new(12, 8);
    println!("{}", g);
    let script = "ffffrfflffffrrffffllffffffrffrfffffrfffflffff";
    for (t, cmd) in script.chars().enumerate() {
        match cmd {
            'l' => g.dir = g.dir.turn_left(),
            'r' => g.dir = g.dir.turn_right(),
            _ => {}
        }
        let out = g.step();
        if out != Outcome::Moved {
            println!("t={:>2} {:?} heading {:?} at {:?}", t, out, g.dir, g.body.front());
        }
        if matches!(out, Outcome::HitWall | Outcome::HitSelf) {
            break;
        }
    }
    println!("{}", g);
    let mut spin = Game::new(6, 6);
    for _ in 0..3 { spin.step(); }
    let outcomes: Vec<Outcome> = (0..4).map(|_| { spin.dir = spin.dir.turn_right(); spin.step() }).collect();
    println!("spinning: {:?}", outcomes);
    println!("tail {:?}, body {:?}", spin.body.back(), spin.body);
}
