// Maze solving: parse a char grid, BFS shortest path with VecDeque, path reconstruction and drawing.
use std::collections::{HashSet, VecDeque};

type Pos = (usize, usize);

struct Maze { cells: Vec<Vec<char>>, start: Pos, goal: Pos }

impl Maze {
    fn parse(s: &str) -> Result<Maze, String> {
        let cells: Vec<Vec<char>> = s.lines().map(|l| l.trim().chars().collect()).filter(|r: &Vec<char>| !r.is_empty()).collect();
        let find = |target: char| -> Result<Pos, String> {
            cells.iter().enumerate()
                .find_map(|(r, row)| row.iter().position(|&c| c == target).map(|c| (r, c)))
                .ok_or(format!("no '{}' in maze", target))
        };
        let start = find('S')?;
        let goal = find('G')?;
        Ok(Maze { cells, start, goal })
    }

    fn neighbors(&self, (r, c): Pos) -> impl Iterator<Item = Pos> + '_ {
        const DIRS: [(isize, isize); 4] = [(-1, 0), (1, 0), (0, -1), (0, 1)];
        DIRS.iter().filter_map(move |&(dr, dc)| {
            let nr = r.checked_add_signed(dr)?;
            let nc = c.checked_add_signed(dc)?;
            let ch = *self.cells.get(nr)?.get(nc)?;
            if ch == '#' { None } else { Some((nr, nc)) }
        })
    }

    fn solve(&self) -> Option<Vec<Pos>> {
        let h = self.cells.len();
        let w = self.cells.iter().map(|r| r.len()).max().unwrap_or(0);
        let mut prev: Vec<Vec<Option<Pos>>> = vec![vec![None; w]; h];
        let mut seen = vec![vec![false; w]; h];
        let mut q = VecDeque::from([self.start]);
        seen[self.start.0][self.start.1] = true;
        'search: while let Some(p) = q.pop_front() {
            for n in self.neighbors(p) {
                if seen[n.0][n.1] { continue; }
                seen[n.0][n.1] = true;
                prev[n.0][n.1] = Some(p);
                if n == self.goal { break 'search; }
                q.push_back(n);
            }
        }
        if !seen[self.goal.0][self.goal.1] { return None; }
        let mut path = vec![self.goal];
        let mut cur = self.goal;
        while let Some(p) = prev[cur.0][cur.1] {
            path.push(p);
            cur = p;
        }
        path.reverse();
        Some(path)
    }

    fn reachable(&self) -> usize {
        let mut seen = HashSet::new();
        let mut stack = vec![self.start];
        while let Some(p) = stack.pop() {
            if !seen.insert(p) { continue; }
            stack.extend(self.neighbors(p).filter(|n| !seen.contains(n)));
        }
        seen.len()
    }

    fn draw(&self, path: &[Pos]) -> String {
        let on_path: HashSet<&Pos> = path.iter().collect();
        self.cells.iter().enumerate().map(|(r, row)| {
            row.iter().enumerate().map(|(c, &ch)| if ch == '.' && on_path.contains(&(r, c)) { '*' } else { ch }).collect::<String>()
        }).collect::<Vec<_>>().join("\n")
    }
}

fn main() {
    let mazes = [
        "S.#.......
         .##.####.#
         ....#....#
         ##.##.##.#
         #..#..#...
         #.##.##.#.
         #....#..#G",
        "S#G
         .#.
         ...",
        "S.#
         ###
         ..G",
        "...
         .G.",
    ];
    for (i, text) in mazes.iter().enumerate() {
        println!("maze {}:", i);
        match Maze::parse(text) {
            Err(e) => println!("  error: {}", e),
            Ok(m) => match m.solve() {
                Some(path) => {
                    println!("  {} steps, {} reachable cells", path.len() - 1, m.reachable());
                    println!("{}", m.draw(&path));
                    let turns = path.windows(3).filter(|w| (w[0].0 == w[1].0) != (w[1].0 == w[2].0)).count();
                    println!("  turns: {}", turns);
                }
                None => println!("  no path ({} reachable cells)", m.reachable()),
            },
        }
    }
}
