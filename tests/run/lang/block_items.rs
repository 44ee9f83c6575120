// Items declared inside blocks: functions, types with impls, imports, constants.
#[derive(Debug)]
enum Color {
    Red,
    Green,
}

struct Counter {
    n: u32,
}

impl Counter {
    fn bump(&mut self) -> u32 {
        fn step() -> u32 {
            STEP * 2
        }
        const STEP: u32 = 3;
        self.n += step();
        self.n
    }
}

fn main() {
    // used before its declaration, as in any module
    println!("{}", helper(4));

    fn helper(x: i32) -> i32 {
        x * 10
    }

    #[derive(Debug, Clone, PartialEq)]
    struct Point {
        x: i32,
        y: i32,
    }

    impl Point {
        fn swap(&self) -> Point {
            Point { x: self.y, y: self.x }
        }
    }

    impl std::fmt::Display for Point {
        fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
            write!(f, "({}, {})", self.x, self.y)
        }
    }

    let p = Point { x: 1, y: 2 };
    println!("{:?} {} {}", p.swap(), p, p == p.clone());

    use Color::*;
    let cs = [Red, Green];
    println!("{:?}", cs);

    {
        use std::fmt::Write;
        let mut s = String::new();
        write!(s, "{}-{}", 1, 2).unwrap();
        println!("{}", s);
    }

    let mut c = Counter { n: 0 };
    c.bump();
    println!("{}", c.bump());

    let total: i32 = (1..4).map(|v| {
        fn square(v: i32) -> i32 {
            v * v
        }
        square(v)
    }).sum();
    println!("{}", total);
}
