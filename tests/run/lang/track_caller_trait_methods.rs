// `#[track_caller]` on a trait method applies to its impls: a panic in a user type's
// Index::index is reported where the indexing is written.
use std::ops::{Index, IndexMut};

struct Grid {
    w: usize,
    cells: Vec<u8>,
}

impl Index<(usize, usize)> for Grid {
    type Output = u8;
    fn index(&self, (x, y): (usize, usize)) -> &u8 {
        if x >= self.w {
            panic!("column {} out of range", x);
        }
        &self.cells[y * self.w + x]
    }
}

impl IndexMut<(usize, usize)> for Grid {
    fn index_mut(&mut self, (x, y): (usize, usize)) -> &mut u8 {
        &mut self.cells[y * self.w + x]
    }
}

fn main() {
    let mut g = Grid { w: 2, cells: vec![0; 4] };
    g[(1, 1)] = 7;
    println!("{} {}", g[(0, 0)], g[(1, 1)]);
    println!("{}", g[(5, 0)]);
}
