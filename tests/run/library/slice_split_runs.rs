// Splitting slices by predicates and grouping runs: a byte tokenizer with split/rsplitn,
// run-length encoding with chunk_by, in-place edits through split_mut and chunks_exact_mut,
// fixed-size views (as_chunks, first_chunk, array_windows) and moving data around.

#[derive(Debug, PartialEq)]
enum Token<'a> {
    Word(&'a [u8]),
    Number(u64),
}

fn tokenize(input: &[u8]) -> Vec<Token<'_>> {
    input
        .split(|b| b.is_ascii_whitespace() || *b == b',')
        .filter(|t| !t.is_empty())
        .map(|t| {
            if t.iter().all(u8::is_ascii_digit) {
                Token::Number(t.iter().fold(0, |n, d| n * 10 + (d - b'0') as u64))
            } else {
                Token::Word(t)
            }
        })
        .collect()
}

fn rle(data: &[char]) -> Vec<(char, usize)> {
    data.chunk_by(|a, b| a == b).map(|run| (run[0], run.len())).collect()
}

fn main() {
    let toks = tokenize(b"move 10, turn 90  move 5");
    for t in &toks {
        match t {
            Token::Word(w) => println!("word {}", String::from_utf8_lossy(w)),
            Token::Number(n) => println!("number {}", n),
        }
    }
    let path = b"usr/local/bin/tool";
    let mut parts = path.rsplitn(2, |&b| b == b'/');
    let file = parts.next().unwrap();
    let dir = parts.next().unwrap();
    println!("{} in {}", String::from_utf8_lossy(file), String::from_utf8_lossy(dir));
    println!("{:?}", path.split(|&b| b == b'/').map(|p| p.len()).collect::<Vec<_>>());
    println!("{:?}", path.rsplit(|&b| b == b'/').next().map(|p| p.escape_ascii().to_string()));
    println!("{:?}", [1, 2, 0, 3, 0].splitn(2, |&x| x == 0).collect::<Vec<_>>());
    println!("{:?}", [1, 2, 0, 3, 0].split_inclusive(|&x| x == 0).collect::<Vec<_>>());
    println!("{:?}", [5, 0, 6].split(|&x| x == 0).rev().collect::<Vec<_>>());

    let chars: Vec<char> = "aaabccddddx".chars().collect();
    let encoded = rle(&chars);
    println!("{:?}", encoded);
    let text: String = encoded.iter().map(|(c, n)| format!("{}{}", n, c)).collect();
    println!("{}", text);
    let temps = [12, 14, 15, 11, 10, 13, 17, 16];
    let rising: Vec<&[i32]> = temps.chunk_by(|a, b| a < b).collect();
    println!("{:?}", rising);
    println!("{:?}", temps.chunk_by(|a, b| a < b).rev().next());

    let mut line = [3, 1, 0, 9, 9, 0, 4, 2];
    for seg in line.split_mut(|&x| x == 0) {
        seg.sort();
    }
    println!("{:?}", line);
    let mut pixels = [10u8, 20, 30, 40, 50, 60, 70];
    for px in pixels.chunks_exact_mut(3) {
        px.rotate_left(1);
    }
    println!("{:?}", pixels);
    let mut last_two = [0; 5];
    for (i, c) in last_two.rchunks_mut(2).enumerate() {
        c.fill(i + 1);
    }
    println!("{:?}", last_two);
    println!("{:?}", [1, 2, 3, 4, 5].rchunks(2).collect::<Vec<_>>());
    let re = [1, 2, 3, 4, 5].rchunks_exact(2).map(|c| c[0] * c[1]).collect::<Vec<_>>();
    println!("{:?}", re);

    let samples = [1.0, 2.0, 4.0, 8.0, 16.0];
    let deltas: Vec<f64> = samples.array_windows::<2>().map(|[a, b]| b - a).collect();
    println!("{:?}", deltas);
    let (pairs, rest) = samples.as_chunks::<2>();
    println!("{:?} {:?}", pairs, rest);
    let matrix = [[1, 2, 3], [4, 5, 6]];
    println!("{:?} {}", matrix.as_flattened(), matrix.as_flattened().iter().sum::<i32>());
    let header = b"GIF89a....";
    if let Some((magic, body)) = header.split_first_chunk::<6>() {
        println!("{:?} {}", std::str::from_utf8(magic), body.len());
    }
    println!("{:?} {:?}", header.last_chunk::<2>(), header.first_chunk::<20>());
    println!("{:?}", b"key=value".strip_prefix(b"key=").map(|v| v.len()));
    println!("{:?}", [1, 2, 3].strip_suffix(&[2, 3]));

    let mut buf = [1, 2, 3, 4, 5, 6];
    buf.copy_within(0..3, 3);
    println!("{:?}", buf);
    let (left, right) = buf.split_at_mut(3);
    left.swap_with_slice(right);
    println!("{:?}", buf);
    let mut counter = 0;
    buf.fill_with(|| {
        counter += 3;
        counter
    });
    println!("{:?} {:?}", buf, buf.split_at_checked(7));
    let mut queue: &[i32] = &buf;
    while let Some(x) = queue.split_off_first() {
        if *x > 9 {
            break;
        }
    }
    let last = queue.split_off_last();
    println!("{:?} {:?}", queue, last);
    let mut nums = [7, 3, 9, 1, 5];
    let (_, median, _) = nums.select_nth_unstable_by_key(2, |&x| x);
    println!("median {}", median);
    if let Ok([a, b]) = nums.get_disjoint_mut([0, 4]) {
        std::mem::swap(a, b);
    }
    println!("{:?} {}", nums, nums.is_sorted_by(|a, b| a <= b));
    println!("{}", b"MiXeD".eq_ignore_ascii_case(b"mixed"));
    println!("{:?}", b"  trim  ".trim_ascii());
}
