// Dynamic programming classics: 0/1 knapsack with reconstruction, LCS, edit distance, coin change.
fn knapsack<'a>(items: &[(&'a str, usize, u32)], cap: usize) -> (u32, Vec<&'a str>) {
    let n = items.len();
    let mut best = vec![vec![0u32; cap + 1]; n + 1];
    for (i, &(_, w, v)) in items.iter().enumerate() {
        for c in 0..=cap {
            best[i + 1][c] = best[i][c];
            if w <= c {
                best[i + 1][c] = best[i + 1][c].max(best[i][c - w] + v);
            }
        }
    }
    let mut chosen = Vec::new();
    let mut c = cap;
    for i in (0..n).rev() {
        if best[i + 1][c] != best[i][c] {
            chosen.push(items[i].0);
            c -= items[i].1;
        }
    }
    chosen.reverse();
    (best[n][cap], chosen)
}

fn lcs(a: &str, b: &str) -> String {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    let mut t = vec![vec![0usize; b.len() + 1]; a.len() + 1];
    for i in (0..a.len()).rev() {
        for j in (0..b.len()).rev() {
            t[i][j] = if a[i] == b[j] { 1 + t[i + 1][j + 1] } else { t[i + 1][j].max(t[i][j + 1]) };
        }
    }
    let (mut i, mut j, mut out) = (0, 0, String::new());
    while i < a.len() && j < b.len() {
        if a[i] == b[j] { out.push(a[i]); i += 1; j += 1; }
        else if t[i + 1][j] >= t[i][j + 1] { i += 1; } else { j += 1; }
    }
    out
}

fn edit_distance(a: &str, b: &str) -> (usize, Vec<String>) {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    let mut d = vec![vec![0usize; b.len() + 1]; a.len() + 1];
    for i in 0..=a.len() { d[i][0] = i; }
    for j in 0..=b.len() { d[0][j] = j; }
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            let sub = d[i - 1][j - 1] + usize::from(a[i - 1] != b[j - 1]);
            d[i][j] = sub.min(d[i - 1][j] + 1).min(d[i][j - 1] + 1);
        }
    }
    let (mut i, mut j) = (a.len(), b.len());
    let mut ops = Vec::new();
    while i > 0 || j > 0 {
        if i > 0 && j > 0 && d[i][j] == d[i - 1][j - 1] + usize::from(a[i - 1] != b[j - 1]) {
            if a[i - 1] != b[j - 1] { ops.push(format!("sub {}->{}", a[i - 1], b[j - 1])); }
            i -= 1; j -= 1;
        } else if i > 0 && d[i][j] == d[i - 1][j] + 1 {
            ops.push(format!("del {}", a[i - 1])); i -= 1;
        } else {
            ops.push(format!("ins {}", b[j - 1])); j -= 1;
        }
    }
    ops.reverse();
    (d[a.len()][b.len()], ops)
}

fn coin_change(coins: &[usize], target: usize) -> Option<Vec<usize>> {
    let mut best: Vec<Option<(usize, usize)>> = vec![None; target + 1];
    best[0] = Some((0, 0));
    for t in 1..=target {
        best[t] = coins.iter().filter(|&&c| c <= t)
            .filter_map(|&c| best[t - c].map(|(n, _)| (n + 1, c)))
            .min();
    }
    let mut out = Vec::new();
    let mut t = target;
    while t > 0 {
        let (_, c) = best[t]?;
        out.push(c);
        t -= c;
    }
    Some(out)
}

fn main() {
    let items = [("map", 9, 150), ("compass", 13, 35), ("water", 153, 200), ("sandwich", 50, 160), ("glucose", 15, 60),
                 ("tin", 68, 45), ("banana", 27, 60), ("apple", 39, 40), ("cheese", 23, 30), ("beer", 52, 10)];
    for cap in [0, 50, 100, 250, 400] {
        let (v, chosen) = knapsack(&items, cap);
        println!("cap {:>3}: value {:>3} {:?}", cap, v, chosen);
    }
    for (a, b) in [("AGGTAB", "GXTXAYB"), ("kitten", "sitting"), ("", "abc"), ("ferrite", "ferret")] {
        let (dist, ops) = edit_distance(a, b);
        println!("{:>8} / {:<8} lcs={:<6} edit={} {:?}", a, b, lcs(a, b), dist, ops);
    }
    for (coins, t) in [(&[1, 5, 10, 25][..], 63), (&[4, 7][..], 13), (&[4, 7][..], 5), (&[3, 7, 11][..], 50)] {
        match coin_change(coins, t) {
            Some(v) => println!("{:>3} with {:?}: {} coins {:?}", t, coins, v.len(), v),
            None => println!("{:>3} with {:?}: impossible", t, coins),
        }
    }
    let mut first_pair = None;
    'outer: for x in 1..50u32 {
        for y in x..50 {
            if x * x + y * y == 25 * 25 && x > 5 {
                first_pair = Some((x, y));
                break 'outer;
            }
        }
    }
    println!("pythagorean leg pair for 25: {:?}", first_pair);
}
