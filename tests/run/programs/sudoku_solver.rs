// Sudoku: parse a grid, bitmask candidates, backtracking with most-constrained cell, and validation.
use std::fmt;

#[derive(Clone, PartialEq)]
struct Board { cells: [[u8; 9]; 9] }

#[derive(Debug)]
enum ParseError { BadLength(usize), BadChar(char) }

impl std::str::FromStr for Board {
    type Err = ParseError;
    fn from_str(s: &str) -> Result<Board, ParseError> {
        let digits: Vec<char> = s.chars().filter(|c| !c.is_whitespace()).collect();
        if digits.len() != 81 { return Err(ParseError::BadLength(digits.len())); }
        let mut cells = [[0u8; 9]; 9];
        for (i, c) in digits.into_iter().enumerate() {
            cells[i / 9][i % 9] = match c {
                '.' | '0' => 0,
                '1'..='9' => c as u8 - b'0',
                other => return Err(ParseError::BadChar(other)),
            };
        }
        Ok(Board { cells })
    }
}

impl Board {
    fn candidates(&self, r: usize, c: usize) -> u16 {
        let mut used = 0u16;
        for i in 0..9 {
            used |= 1 << self.cells[r][i];
            used |= 1 << self.cells[i][c];
        }
        let (br, bc) = (r / 3 * 3, c / 3 * 3);
        for row in &self.cells[br..br + 3] {
            for &v in &row[bc..bc + 3] { used |= 1 << v; }
        }
        !used & 0b11_1111_1110
    }

    fn solve(&mut self, nodes: &mut u32) -> bool {
        *nodes += 1;
        let mut best: Option<(usize, usize, u16)> = None;
        for r in 0..9 {
            for c in 0..9 {
                if self.cells[r][c] != 0 { continue; }
                let cand = self.candidates(r, c);
                if cand == 0 { return false; }
                if best.map_or(true, |(_, _, b)| cand.count_ones() < b.count_ones()) {
                    best = Some((r, c, cand));
                }
            }
        }
        let Some((r, c, cand)) = best else { return true };
        for d in 1..=9u8 {
            if cand & (1 << d) != 0 {
                self.cells[r][c] = d;
                if self.solve(nodes) { return true; }
            }
        }
        self.cells[r][c] = 0;
        false
    }

    fn givens_consistent(&self) -> bool {
        (0..9).all(|r| (0..9).all(|c| {
            let v = self.cells[r][c];
            if v == 0 { return true; }
            let mut probe = self.clone();
            probe.cells[r][c] = 0;
            probe.candidates(r, c) & (1 << v) != 0
        }))
    }

    fn is_valid_solution(&self) -> bool {
        let full = 0b11_1111_1110u16;
        (0..9).all(|i| {
            let row = self.cells[i].iter().fold(0u16, |m, &v| m | 1 << v);
            let col = (0..9).fold(0u16, |m, r| m | 1 << self.cells[r][i]);
            let bx = (0..9).fold(0u16, |m, k| m | 1 << self.cells[i / 3 * 3 + k / 3][i % 3 * 3 + k % 3]);
            row == full && col == full && bx == full
        })
    }
}

impl fmt::Display for Board {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        for (r, row) in self.cells.iter().enumerate() {
            if r % 3 == 0 && r > 0 { writeln!(f, "------+-------+------")?; }
            let groups: Vec<String> = row.chunks(3).map(|g| g.iter().map(|&v| if v == 0 { ".".to_string() } else { v.to_string() }).collect::<Vec<_>>().join(" ")).collect();
            writeln!(f, "{}", groups.join(" | "))?;
        }
        Ok(())
    }
}

fn main() {
    let puzzles = [
        "53..7.... 6..195... .98....6. 8...6...3 4..8.3..1 7...2...6 .6....28. ...419..5 ....8..79",
        "..3.2.6.. 9..3.5..1 ..18.64.. ..81.29.. 7.......8 ..67.82.. ..26.95.. 8..2.3..9 ..5.1.3..",
        "11....... ......... ......... ......... ......... ......... ......... ......... .........",
        "12345",
        "x2345678912345678912345678912345678912345678912345678912345678912345678912345678x",
    ];
    for (i, p) in puzzles.iter().enumerate() {
        match p.parse::<Board>() {
            Err(e) => println!("puzzle {}: parse error {:?}", i, e),
            Ok(b) if !b.givens_consistent() => println!("puzzle {}: givens contradict each other", i),
            Ok(mut b) => {
                let givens = b.cells.iter().flatten().filter(|&&v| v != 0).count();
                let mut nodes = 0;
                let solved = b.solve(&mut nodes);
                println!("puzzle {}: {} givens, solved={} valid={} nodes={}", i, givens, solved, b.is_valid_solution(), nodes);
                if solved { print!("{}", b); }
            }
        }
    }
}
