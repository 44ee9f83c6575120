// A `Copy` struct passed by value to a method that changes its copy, again and again: each call
// gets a fresh copy (the operand is a copy, not a move of the caller's variable).
#[derive(Copy, Clone, Debug)]
pub struct V([usize; 4]);

#[derive(Clone, Copy, Debug)]
struct Pair<T> {
    a: T,
    b: T,
}

impl V {
    fn bump(mut self) -> usize {
        let before = self.0[0];
        self.0[0] += 10;
        before + self.0[0]
    }
}

fn swap_in<T: Copy + std::fmt::Debug>(mut p: Pair<T>) -> String {
    std::mem::swap(&mut p.a, &mut p.b);
    format!("{:?}", p)
}

fn main() {
    let v = V([1, 2, 3, 4]);
    let mut sum = 0;
    for _ in 0..5 {
        sum += v.bump();
    }
    println!("{} {:?}", sum, v);
    let p = Pair { a: 1u8, b: 2 };
    println!("{} {} {:?}", swap_in(p), swap_in(p), p);
}
