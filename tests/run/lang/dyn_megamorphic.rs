// One `dyn` call site and one fn-pointer call site that meet more callees than the compiled
// engine's inline cache keeps (it links the first few directly, then looks each one up), with the
// callees changing order as it goes.

trait Op {
    fn apply(&self, x: u64) -> u64;
    fn name(&self) -> &'static str;
}

struct Add(u64);
struct Mul(u64);
struct Xor(u64);
struct Shl(u32);
struct Rot(u32);
struct Not;
struct Keep;

impl Op for Add {
    fn apply(&self, x: u64) -> u64 {
        x.wrapping_add(self.0)
    }
    fn name(&self) -> &'static str {
        "add"
    }
}
impl Op for Mul {
    fn apply(&self, x: u64) -> u64 {
        x.wrapping_mul(self.0)
    }
    fn name(&self) -> &'static str {
        "mul"
    }
}
impl Op for Xor {
    fn apply(&self, x: u64) -> u64 {
        x ^ self.0
    }
    fn name(&self) -> &'static str {
        "xor"
    }
}
impl Op for Shl {
    fn apply(&self, x: u64) -> u64 {
        x << self.0 | x >> (64 - self.0)
    }
    fn name(&self) -> &'static str {
        "shl"
    }
}
impl Op for Rot {
    fn apply(&self, x: u64) -> u64 {
        x.rotate_right(self.0)
    }
    fn name(&self) -> &'static str {
        "rot"
    }
}
impl Op for Not {
    fn apply(&self, x: u64) -> u64 {
        !x
    }
    fn name(&self) -> &'static str {
        "not"
    }
}
impl Op for Keep {
    fn apply(&self, x: u64) -> u64 {
        x
    }
    fn name(&self) -> &'static str {
        "keep"
    }
}

fn f1(x: i64) -> i64 {
    x + 1
}
fn f2(x: i64) -> i64 {
    x * 3
}
fn f3(x: i64) -> i64 {
    x - 7
}
fn f4(x: i64) -> i64 {
    x / 2
}
fn f5(x: i64) -> i64 {
    x % 1000
}
fn f6(x: i64) -> i64 {
    -x
}

fn run(ops: &[Box<dyn Op>], rounds: usize) -> u64 {
    let mut x = 0x1234_5678_9abc_def0u64;
    for r in 0..rounds {
        // the same site sees one callee for a while, then all of them
        let op = if r < rounds / 4 { &ops[0] } else { &ops[r % ops.len()] };
        x = op.apply(x);
    }
    x
}

fn main() {
    let ops: Vec<Box<dyn Op>> = vec![
        Box::new(Add(0x9e37_79b9)),
        Box::new(Mul(31)),
        Box::new(Xor(0xdead_beef)),
        Box::new(Shl(5)),
        Box::new(Rot(11)),
        Box::new(Not),
        Box::new(Keep),
    ];
    println!("{}", run(&ops, 20_000));
    let names: Vec<&str> = ops.iter().map(|o| o.name()).collect();
    println!("{}", names.join(" "));

    let fns: [fn(i64) -> i64; 6] = [f1, f2, f3, f4, f5, f6];
    let mut y = 5i64;
    let mut trace = Vec::new();
    for i in 0..12_000usize {
        y = fns[(i * 7 + i / 3) % 6](y);
        if i % 2_000 == 0 {
            trace.push(y);
        }
    }
    println!("{} {:?}", y, trace);
}
