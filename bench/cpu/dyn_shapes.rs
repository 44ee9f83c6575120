// Trait objects in a hot loop: a Vec<Box<dyn Shape>> of circles, rectangles, triangles and
// squares whose areas and perimeters are summed (and which are scaled) through dynamic calls, many
// times over. The argument (default 1000) times 40 is the number of passes over 1,000 shapes.

use std::f64::consts::PI;

trait Shape {
    fn area(&self) -> f64;
    fn perimeter(&self) -> f64;
    fn scale(&mut self, k: f64);
    fn kind(&self) -> usize;
}

struct Circle {
    r: f64,
}

struct Rect {
    w: f64,
    h: f64,
}

struct Triangle {
    a: f64,
    b: f64,
    c: f64,
}

struct Square(f64);

impl Shape for Circle {
    fn area(&self) -> f64 {
        PI * self.r * self.r
    }
    fn perimeter(&self) -> f64 {
        2.0 * PI * self.r
    }
    fn scale(&mut self, k: f64) {
        self.r *= k;
    }
    fn kind(&self) -> usize {
        0
    }
}

impl Shape for Rect {
    fn area(&self) -> f64 {
        self.w * self.h
    }
    fn perimeter(&self) -> f64 {
        2.0 * (self.w + self.h)
    }
    fn scale(&mut self, k: f64) {
        self.w *= k;
        self.h *= k;
    }
    fn kind(&self) -> usize {
        1
    }
}

impl Shape for Triangle {
    fn area(&self) -> f64 {
        let s = (self.a + self.b + self.c) / 2.0;
        (s * (s - self.a) * (s - self.b) * (s - self.c)).sqrt()
    }
    fn perimeter(&self) -> f64 {
        self.a + self.b + self.c
    }
    fn scale(&mut self, k: f64) {
        self.a *= k;
        self.b *= k;
        self.c *= k;
    }
    fn kind(&self) -> usize {
        2
    }
}

impl Shape for Square {
    fn area(&self) -> f64 {
        self.0 * self.0
    }
    fn perimeter(&self) -> f64 {
        4.0 * self.0
    }
    fn scale(&mut self, k: f64) {
        self.0 *= k;
    }
    fn kind(&self) -> usize {
        3
    }
}

fn make(i: u64, seed: &mut u64) -> Box<dyn Shape> {
    *seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
    let x = 1.0 + ((*seed >> 40) % 100) as f64 / 10.0;
    match i % 4 {
        0 => Box::new(Circle { r: x }),
        1 => Box::new(Rect { w: x, h: x / 2.0 + 1.0 }),
        2 => Box::new(Triangle { a: x, b: x + 1.0, c: x + 1.5 }),
        _ => Box::new(Square(x)),
    }
}

fn total_area(shapes: &[Box<dyn Shape>]) -> f64 {
    shapes.iter().map(|s| s.area()).sum()
}

fn main() {
    let factor: u64 = std::env::args().nth(1).map(|s| s.parse().expect("size factor")).unwrap_or(1000);
    let passes = factor * 40;
    let mut seed = 1u64;
    let mut shapes: Vec<Box<dyn Shape>> = (0..1000).map(|i| make(i, &mut seed)).collect();
    let mut area = 0.0;
    let mut perimeter = 0.0;
    let mut by_kind = [0.0f64; 4];
    let mut big = 0u64;
    for p in 0..passes {
        area += total_area(&shapes);
        for s in shapes.iter() {
            let a = s.area();
            perimeter += s.perimeter();
            by_kind[s.kind()] += a;
            if a > 50.0 {
                big += 1;
            }
        }
        // grow and shrink again, so the sizes stay bounded
        let k = if p % 2 == 0 { 1.25 } else { 0.8 };
        for s in shapes.iter_mut() {
            s.scale(k);
        }
    }
    println!("passes {} shapes {}", passes, shapes.len());
    println!("area {:.4} perimeter {:.4}", area, perimeter);
    println!("by kind {:.2} {:.2} {:.2} {:.2}", by_kind[0], by_kind[1], by_kind[2], by_kind[3]);
    println!("big {}", big);
}
