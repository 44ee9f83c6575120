// Checked access with `get`/`get_mut` (by index and by range, through SliceIndex) on a grid,
// vectors and arrays, next to plain indexing.

struct Grid {
    width: usize,
    cells: Vec<u8>,
}

impl Grid {
    fn parse(text: &str) -> Grid {
        let width = text.lines().next().map(|l| l.len()).unwrap_or(0);
        let cells = text.lines().flat_map(|l| l.bytes()).collect();
        Grid { width, cells }
    }

    fn row(&self, r: usize) -> Option<&[u8]> {
        self.cells.get(r * self.width..(r + 1) * self.width)
    }

    fn at(&self, r: usize, c: usize) -> Option<u8> {
        if c >= self.width {
            return None;
        }
        self.row(r).and_then(|row| row.get(c)).copied()
    }

    fn neighbours(&self, r: usize, c: usize) -> usize {
        let mut n = 0;
        for dr in [-1i32, 0, 1] {
            for dc in [-1i32, 0, 1] {
                if dr == 0 && dc == 0 {
                    continue;
                }
                let (rr, cc) = (r as i32 + dr, c as i32 + dc);
                if rr < 0 || cc < 0 {
                    continue;
                }
                if self.at(rr as usize, cc as usize) == Some(b'#') {
                    n += 1;
                }
            }
        }
        n
    }
}

fn window_sum(v: &[i64], start: usize, len: usize) -> Option<i64> {
    Some(v.get(start..start + len)?.iter().sum())
}

fn main() {
    let grid = Grid::parse("#..#\n.##.\n#..#\n");
    for r in 0..4 {
        let row: Vec<String> = (0..4).map(|c| grid.neighbours(r, c).to_string()).collect();
        println!("row {}: {:?} -> {}", r, grid.row(r).map(|b| String::from_utf8_lossy(b).into_owned()), row.join(" "));
    }
    println!("{:?} {:?}", grid.at(1, 1), grid.at(1, 9));

    let v: Vec<i64> = (1..=10).map(|x| x * x).collect();
    println!("{:?} {:?} {:?}", v.get(3), v.get(10), v.get(20));
    println!("{:?}", v.get(1..3));
    println!("{:?} {:?}", v.get(8..), v.get(11..));
    println!("{:?} {:?}", v.get(..2), v.get(..=10));
    println!("{:?} {:?}", v.get(..), v.get(5..3));
    println!("{:?} {:?}", v.get(2..=4), v.get(usize::MAX..));
    println!("{:?} {:?}", window_sum(&v, 0, 3), window_sum(&v, 8, 3));
    let idx: usize = 4;
    println!("{:?}", v.get(idx).map(|x| x + 1));

    let mut scores = vec![3, 1, 4, 1, 5, 9, 2, 6];
    if let Some(x) = scores.get_mut(2) {
        *x *= 10;
    }
    if let Some(tail) = scores.get_mut(5..) {
        tail.sort();
        tail.reverse();
    }
    match scores.get_mut(100) {
        Some(_) => println!("unexpected"),
        None => println!("no element 100"),
    }
    println!("{:?}", scores);

    let arr = [10, 20, 30, 40];
    println!("{:?} {:?} {:?}", arr.get(0), arr.get(1..3), arr.get(4));
    let s: &[i32] = &arr;
    println!("{:?} {:?}", s.get(3..), s.first());
    unsafe {
        println!("{} {:?}", *arr.get_unchecked(2), arr.get_unchecked(..2));
    }
    let mut m = [1u8, 2, 3];
    unsafe {
        *m.get_unchecked_mut(0) = 7;
        m.get_unchecked_mut(1..).fill(0);
    }
    println!("{:?} {:?} {:?}", m, &m[1..], &arr[..=1]);

    let names = ["ada", "grace", "linus"];
    let picked: Vec<&str> = [2usize, 0, 7].iter().filter_map(|&i| names.get(i).copied()).collect();
    println!("{:?}", picked);
}
