// `Self` as a constructor and in patterns, and `let` patterns through references.
#[derive(Debug)]
struct P(u64);

impl P {
    fn new(v: u64) -> Self {
        Self(v)
    }
    fn get(&self) -> u64 {
        let Self(x) = self;
        *x
    }
}

#[derive(Debug)]
enum E {
    A(i32),
    B,
}

impl E {
    fn mk() -> Self {
        Self::A(1)
    }
    fn b() -> Self {
        Self::B
    }
}

struct Q {
    a: u64,
}

fn by_ref_struct(q: &Q) -> u64 {
    let Q { a } = q;
    *a
}

fn by_ref_tuple(t: &(u64, char)) -> char {
    let (_, c) = t;
    *c
}

fn main() {
    let p = P::new(3);
    println!("{:?} {} {:?} {:?}", p, p.get(), E::mk(), E::b());
    let f = P;
    println!("{:?}", f(4));
    println!("{} {}", by_ref_struct(&Q { a: 5 }), by_ref_tuple(&(6, 'z')));
}
