// 2D grid utilities: spiral order, rotation, transpose, flood fill, Pascal's triangle, and aligned output.
fn spiral<T: Copy>(m: &[Vec<T>]) -> Vec<T> {
    let mut out = Vec::new();
    if m.is_empty() { return out; }
    let (mut top, mut bottom, mut left, mut right) = (0i32, m.len() as i32 - 1, 0i32, m[0].len() as i32 - 1);
    while top <= bottom && left <= right {
        for c in left..=right { out.push(m[top as usize][c as usize]); }
        top += 1;
        for r in top..=bottom { out.push(m[r as usize][right as usize]); }
        right -= 1;
        if top <= bottom {
            for c in (left..=right).rev() { out.push(m[bottom as usize][c as usize]); }
            bottom -= 1;
        }
        if left <= right {
            for r in (top..=bottom).rev() { out.push(m[r as usize][left as usize]); }
            left += 1;
        }
    }
    out
}

fn rotate_cw<T: Clone>(m: &[Vec<T>]) -> Vec<Vec<T>> {
    (0..m[0].len()).map(|c| (0..m.len()).rev().map(|r| m[r][c].clone()).collect()).collect()
}

fn transpose<T: Clone>(m: Vec<Vec<T>>) -> Vec<Vec<T>> {
    let cols = m.first().map_or(0, |r| r.len());
    let mut iters: Vec<_> = m.into_iter().map(|r| r.into_iter()).collect();
    (0..cols).map(|_| iters.iter_mut().map(|it| it.next().unwrap()).collect()).collect()
}

fn flood(grid: &mut Vec<Vec<char>>, r: usize, c: usize, from: char, to: char) -> usize {
    if grid.get(r).and_then(|row| row.get(c)) != Some(&from) { return 0; }
    grid[r][c] = to;
    let mut n = 1;
    if r > 0 { n += flood(grid, r - 1, c, from, to); }
    if c > 0 { n += flood(grid, r, c - 1, from, to); }
    n + flood(grid, r + 1, c, from, to) + flood(grid, r, c + 1, from, to)
}

fn pascal(n: usize) -> Vec<Vec<u64>> {
    let mut rows: Vec<Vec<u64>> = vec![vec![1]];
    for _ in 1..n {
        let prev = rows.last().unwrap();
        let mut row = vec![1];
        row.extend(prev.windows(2).map(|w| w[0] + w[1]));
        row.push(1);
        rows.push(row);
    }
    rows
}

fn show<T: std::fmt::Display>(m: &[Vec<T>]) {
    let w = m.iter().flatten().map(|v| v.to_string().len()).max().unwrap_or(1);
    for row in m {
        println!("  {}", row.iter().map(|v| format!("{:>w$}", v, w = w)).collect::<Vec<_>>().join(" "));
    }
}

fn main() {
    let m: Vec<Vec<u32>> = (0..4).map(|r| (0..5).map(|c| r * 5 + c + 1).collect()).collect();
    println!("matrix:");
    show(&m);
    println!("spiral: {:?}", spiral(&m));
    println!("rotated:");
    show(&rotate_cw(&m));
    let four = rotate_cw(&rotate_cw(&rotate_cw(&rotate_cw(&m))));
    println!("4 rotations identity: {}", four == m);
    println!("transposed:");
    show(&transpose(m.clone()));
    println!("spiral of 1x1 {:?}, of column {:?}", spiral(&[vec!['x']]), spiral(&[vec![1], vec![2], vec![3]]));

    let mut pic: Vec<Vec<char>> = ["..##....", ".#..#...", ".#...#..", "..###...", "........"].iter().map(|s| s.chars().collect()).collect();
    let inside = flood(&mut pic, 1, 2, '.', 'o');
    let outside = flood(&mut pic, 0, 0, '.', ' ');
    println!("filled {} inside, {} outside", inside, outside);
    for row in &pic { println!("  |{}|", row.iter().collect::<String>()); }

    let tri = pascal(12);
    let width = tri.last().unwrap().iter().map(|v| v.to_string().len()).max().unwrap() + 1;
    for row in tri.iter().take(7) {
        let line: String = row.iter().map(|v| format!("{:^w$}", v, w = width)).collect();
        println!("{:^60}", line.trim_end());
    }
    let sums: Vec<u64> = tri.iter().map(|r| r.iter().sum()).collect();
    println!("row sums: {:?}", sums);
    let diag: Vec<u64> = (0..12).filter_map(|i| tri.get(i).and_then(|r| r.get(2)).copied()).collect();
    println!("third diagonal (triangular numbers): {:?}", diag);
    let empty: Vec<Vec<i32>> = vec![];
    println!("{:?}", spiral(&empty));
    println!("{:?}", rotate_cw(&empty));
}
