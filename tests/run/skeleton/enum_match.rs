enum Shape {
    Unit,
    Circle(u32),
    Rect { w: u32, h: u32 },
}

fn area(s: &Shape) -> u32 {
    match s {
        Shape::Unit => 0,
        Shape::Circle(r) => 3 * r * r,
        Shape::Rect { w, h } => w * h,
    }
}

fn describe(n: i32) -> &'static str {
    match n {
        0 => "zero",
        1 | 2 | 3 => "small",
        _ => "large",
    }
}

fn main() {
    let shapes = [Shape::Unit, Shape::Circle(2), Shape::Rect { w: 3, h: 4 }];
    let mut i = 0;
    while i < 3 {
        println!("area {}", area(&shapes[i]));
        i += 1;
    }
    println!("{} {} {}", describe(0), describe(2), describe(9));
}
