#[derive(Debug, Clone, Copy, PartialEq)]
enum Dir {
    North,
    East,
    South,
    West,
}

struct Point {
    x: i32,
    y: i32,
}

fn classify(n: i32) -> &'static str {
    match n {
        i32::MIN..=-1 => "negative",
        0 => "zero",
        1 | 2 | 3 => "small",
        4..=9 => "digit",
        _ => "large",
    }
}

fn turn(d: Dir) -> Dir {
    match d {
        Dir::North => Dir::East,
        Dir::East => Dir::South,
        Dir::South => Dir::West,
        Dir::West => Dir::North,
    }
}

fn main() {
    for n in [-5, 0, 2, 7, 100] {
        println!("{} is {}", n, classify(n));
    }
    let mut d = Dir::North;
    for _ in 0..5 {
        d = turn(d);
    }
    println!("{:?} {}", d, d == Dir::East);
    let p = Point { x: 3, y: -4 };
    let Point { x, y } = p;
    println!("x={} y={}", x, y);
    let pair = (1, (2, 3));
    let (a, (b, c)) = pair;
    println!("{}", a + b + c);
    let arr = [1, 2, 3, 4, 5];
    match arr {
        [first, .., last] => println!("{} {}", first, last),
    }
    let r = &Some(5);
    if let Some(n) = r {
        println!("ref {}", n);
    }
    let msg = match p {
        Point { x: 0, .. } => "on y axis",
        Point { y, .. } if y < 0 => "below",
        _ => "elsewhere",
    };
    println!("{}", msg);
}
