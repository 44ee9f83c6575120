struct Counter {
    count: u32,
    step: u32,
}

impl Counter {
    fn new(step: u32) -> Counter {
        Counter { count: 0, step }
    }

    fn tick(&mut self) {
        self.count += self.step;
    }

    fn value(&self) -> u32 {
        self.count
    }
}

fn main() {
    let mut c = Counter::new(3);
    c.tick();
    c.tick();
    println!("counter at {}", c.value());
    let d = Counter { count: 10, ..Counter::new(1) };
    println!("{} {}", d.count, d.step);
}
