// Destructuring assignment through struct, tuple-struct and unit-struct patterns (and enum
// variants), nested in each other and in tuples and arrays, with `..`, into locals, fields and
// elements.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Point {
    x: i32,
    y: i32,
}

#[derive(Debug)]
struct Segment {
    from: Point,
    to: Point,
    label: &'static str,
}

#[derive(Debug, Clone, Copy)]
struct Pair<A, B>(A, B);

struct Marker;

enum Shape {
    Circle(i32),
}

struct Walker {
    pos: Point,
    steps: u32,
}

impl Walker {
    fn step(&mut self, d: Point) {
        Point { x: self.pos.x, y: self.pos.y } = Point { x: self.pos.x + d.x, y: self.pos.y + d.y };
        self.steps += 1;
    }
}

impl<A: Copy, B: Copy> Pair<A, B> {
    fn unpack(self, a: &mut A, b: &mut B) {
        Self(*a, *b) = self;
    }
}

fn fib_pair(n: u32) -> (u64, u64) {
    let (mut a, mut b) = (0, 1);
    for _ in 0..n {
        Pair(a, b) = Pair(b, a + b);
    }
    (a, b)
}

fn main() {
    let (x, y, lbl);
    let mut ends = [0; 2];
    Segment { from: Point { x, y }, to: Point { x: ends[0], y: ends[1] }, label: lbl } =
        Segment { from: Point { x: 1, y: 2 }, to: Point { x: 3, y: 4 }, label: "s" };
    println!("{} {} {:?} {}", x, y, ends, lbl);

    let (mut p, mut q);
    Point { y: p, .. } = Point { x: 10, y: 20 };
    Pair(q, ..) = Pair('q', "ignored");
    println!("{} {}", p, q);
    (Pair(p, _), [Point { x: ends[1], .. }, _]) = (Pair(30, 0), [Point { x: 40, y: 0 }, Point { x: 0, y: 0 }]);
    println!("{} {:?}", p, ends);

    let mut w = Walker { pos: Point { x: 0, y: 0 }, steps: 0 };
    for d in [Point { x: 1, y: 0 }, Point { x: 0, y: 2 }, Point { x: -3, y: 1 }] {
        w.step(d);
    }
    println!("{:?} after {}", w.pos, w.steps);

    let (mut c, mut s) = (0u8, "");
    Pair(5u8, "five").unpack(&mut c, &mut s);
    println!("{} {}", c, s);

    Marker = Marker;
    (Marker, q) = (Marker, 'm');
    let r;
    Shape::Circle(r) = Shape::Circle(9);
    println!("{} {}", q, r);

    let mut seg = Segment { from: Point { x: 0, y: 0 }, to: Point { x: 0, y: 0 }, label: "" };
    Pair(seg.from, Pair(seg.to.y, seg.label)) = Pair(Point { x: 7, y: 8 }, Pair(9, "moved"));
    println!("{:?}", seg);
    (..) = (1, 2, 3);
    Pair(..) = Pair(1, 2);
    println!("{:?}", fib_pair(30));
}
