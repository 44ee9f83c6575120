#[derive(Debug, Clone, PartialEq)]
struct Point {
    x: i32,
    y: i32,
}

#[derive(Debug)]
enum Shape {
    Circle { center: Point, radius: u32 },
    Square(Point, u32),
    Empty,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct Id(u8);

fn main() {
    let p = Point { x: 1, y: -2 };
    println!("{:?}", p);
    println!("{:#?}", p);
    let shapes = [Shape::Circle { center: p.clone(), radius: 3 }, Shape::Square(Point { x: 0, y: 0 }, 4), Shape::Empty];
    for s in &shapes {
        println!("{:?}", s);
    }
    println!("{:?} {}", Some(Id(7)), Id(3) < Id(4));
    println!("{}", p == Point { x: 1, y: -2 });
    let t = (1, "two", 'c', true);
    println!("{:?}", t);
}
