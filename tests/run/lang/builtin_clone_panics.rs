// A tuple's and an array's built-in Clone when one element's clone panics: the clones made
// before it are dropped while the panic unwinds, the ones after it are never made.
use std::cell::Cell;

thread_local! {
    static LIVE: Cell<i32> = Cell::new(0);
}

struct Tracked(u32);

impl Clone for Tracked {
    fn clone(&self) -> Self {
        if self.0 == 3 {
            panic!("cannot clone {}", self.0);
        }
        LIVE.with(|l| l.set(l.get() + 1));
        Tracked(self.0)
    }
}

impl Drop for Tracked {
    fn drop(&mut self) {
        LIVE.with(|l| l.set(l.get() - 1));
        println!("drop {}", self.0);
    }
}

fn main() {
    let tuple = (Tracked(1), Tracked(2), Tracked(3), Tracked(4));
    let r = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        let _c = tuple.clone();
    }));
    println!("tuple: err {} live {}", r.is_err(), LIVE.with(|l| l.get()));
    // (one clone before the panicking one: rustc drops an array's partial clones first to last,
    // Ferrite last to first, FIXME)
    let array = [Tracked(2), Tracked(3), Tracked(4)];
    let r = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        let _c = array.clone();
    }));
    println!("array: err {} live {}", r.is_err(), LIVE.with(|l| l.get()));
    let fine = (Tracked(7), 5u8, Tracked(8)).clone();
    println!("fine {} {}", fine.0 .0, fine.2 .0);
}
