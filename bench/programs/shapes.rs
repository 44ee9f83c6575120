enum Shape {
    Circle(u64),
    Rect { w: u64, h: u64 },
    Tri(u64, u64),
}

struct Stats {
    total: u64,
    count: u64,
}

impl Stats {
    fn add(&mut self, s: &Shape) {
        self.total += match s {
            Shape::Circle(r) => 3 * r * r,
            Shape::Rect { w, h } => w * h,
            Shape::Tri(b, h) => b * h / 2,
        };
        self.count += 1;
    }
}

fn main() {
    let mut stats = Stats { total: 0, count: 0 };
    let mut i = 0;
    while i < 300000 {
        let s = if i % 3 == 0 {
            Shape::Circle(i % 10)
        } else if i % 3 == 1 {
            Shape::Rect { w: i % 7, h: i % 5 }
        } else {
            Shape::Tri(i % 11, i % 13)
        };
        stats.add(&s);
        i += 1;
    }
    println!("{} shapes, total area {}", stats.count, stats.total);
}
