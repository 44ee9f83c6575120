trait Shape {
    fn area(&self) -> u32;
    fn name(&self) -> &'static str {
        "shape"
    }
}

struct Square(u32);
struct Rect {
    w: u32,
    h: u32,
}

impl Shape for Square {
    fn area(&self) -> u32 {
        self.0 * self.0
    }
    fn name(&self) -> &'static str {
        "square"
    }
}

impl Shape for Rect {
    fn area(&self) -> u32 {
        self.w * self.h
    }
}

fn total<T: Shape>(items: &[T]) -> u32 {
    let mut sum = 0;
    let mut i = 0;
    while i < items.len() {
        sum += items[i].area();
        i += 1;
    }
    sum
}

fn describe(s: &dyn Shape) {
    println!("{} with area {}", s.name(), s.area());
}

fn largest<T: PartialOrd + Copy>(a: T, b: T) -> T {
    if a > b { a } else { b }
}

fn main() {
    let squares = [Square(2), Square(3)];
    println!("total {}", total(&squares));
    describe(&Rect { w: 4, h: 5 });
    describe(&squares[1]);
    let shapes: [&dyn Shape; 2] = [&Square(7), &Rect { w: 1, h: 2 }];
    for s in shapes.iter() {
        describe(*s);
    }
    println!("{} {} {}", largest(3, 9), largest('a', 'z'), largest(-2i64, -1));
}
