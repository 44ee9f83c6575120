// Method lookup: traits that are not in scope do not shadow inherent methods of deref targets,
// and inherent methods of a later autoderef step apply to an earlier step by value.
use std::ops::Deref;

mod hidden {
    pub trait Get {
        fn get(&self) -> i32 {
            -1
        }
    }
    impl<T> Get for T {}
}

struct W(i32);

impl W {
    fn get(&self) -> i32 {
        self.0
    }
}

struct P(W);

impl Deref for P {
    type Target = W;
    fn deref(&self) -> &W {
        &self.0
    }
}

fn by_ref(w: &W) -> i32 {
    w.get()
}

mod scoped {
    use super::hidden::Get;

    pub fn in_scope() -> i32 {
        let p = super::P(super::W(7));
        p.get()
    }
}

fn main() {
    let p = P(W(5));
    println!("{} {} {}", p.get(), by_ref(&W(6)), scoped::in_scope());
}
