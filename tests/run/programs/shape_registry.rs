// Trait objects in a Vec, default methods, sorting by a float key and formatted tables.
use std::f64::consts::PI;
use std::fmt;

trait Shape {
    fn name(&self) -> &str;
    fn area(&self) -> f64;
    fn perimeter(&self) -> f64;
    fn describe(&self) -> String {
        format!("{} (area {:.2}, perimeter {:.2})", self.name(), self.area(), self.perimeter())
    }
    fn is_large(&self) -> bool {
        self.area() > 50.0
    }
}

struct Circle { r: f64 }
struct Rect { w: f64, h: f64 }
struct Triangle { a: f64, b: f64, c: f64 }

impl Shape for Circle {
    fn name(&self) -> &str { "circle" }
    fn area(&self) -> f64 { PI * self.r * self.r }
    fn perimeter(&self) -> f64 { 2.0 * PI * self.r }
}

impl Shape for Rect {
    fn name(&self) -> &str { if self.w == self.h { "square" } else { "rectangle" } }
    fn area(&self) -> f64 { self.w * self.h }
    fn perimeter(&self) -> f64 { 2.0 * (self.w + self.h) }
    fn is_large(&self) -> bool { self.w > 10.0 || self.h > 10.0 }
}

impl Shape for Triangle {
    fn name(&self) -> &str { "triangle" }
    fn area(&self) -> f64 {
        let s = self.perimeter() / 2.0;
        (s * (s - self.a) * (s - self.b) * (s - self.c)).sqrt()
    }
    fn perimeter(&self) -> f64 { self.a + self.b + self.c }
}

struct Registry {
    shapes: Vec<Box<dyn Shape>>,
}

impl Registry {
    fn new() -> Self { Registry { shapes: Vec::new() } }
    fn add<S: Shape + 'static>(&mut self, s: S) -> &mut Self {
        self.shapes.push(Box::new(s));
        self
    }
    fn total_area(&self) -> f64 {
        self.shapes.iter().map(|s| s.area()).sum()
    }
    fn largest(&self) -> Option<&dyn Shape> {
        self.shapes
            .iter()
            .max_by(|a, b| a.area().partial_cmp(&b.area()).unwrap())
            .map(|b| b.as_ref())
    }
}

impl fmt::Display for Registry {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "{:<10}|{:>10}|{:>10}", "name", "area", "perim")?;
        writeln!(f, "{}", "-".repeat(32))?;
        for s in &self.shapes {
            writeln!(f, "{:<10}|{:>10.3}|{:>10.3}", s.name(), s.area(), s.perimeter())?;
        }
        write!(f, "{} shapes", self.shapes.len())
    }
}

fn main() {
    let mut reg = Registry::new();
    reg.add(Circle { r: 1.5 })
        .add(Rect { w: 3.0, h: 4.0 })
        .add(Triangle { a: 3.0, b: 4.0, c: 5.0 })
        .add(Rect { w: 12.0, h: 1.0 })
        .add(Circle { r: 4.2 })
        .add(Rect { w: 7.5, h: 7.5 });
    println!("{}", reg);
    println!("total area = {:.4}", reg.total_area());
    if let Some(big) = reg.largest() {
        println!("largest: {}", big.describe());
    }
    reg.shapes.sort_by(|a, b| a.area().partial_cmp(&b.area()).unwrap());
    for (i, s) in reg.shapes.iter().enumerate() {
        println!("{:>2}. {:<9} large={:<5} {:e}", i + 1, s.name(), s.is_large(), s.area());
    }
    let large: Vec<&str> = reg.shapes.iter().filter(|s| s.is_large()).map(|s| s.name()).collect();
    println!("large ones: {:?}", large);
    let by_kind = reg.shapes.iter().fold((0, 0, 0), |(c, r, t), s| match s.name() {
        "circle" => (c + 1, r, t),
        "square" | "rectangle" => (c, r + 1, t),
        _ => (c, r, t + 1),
    });
    println!("circles={} rects={} triangles={}", by_kind.0, by_kind.1, by_kind.2);
}
