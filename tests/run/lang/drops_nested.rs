struct Named(u32);

impl Drop for Named {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

struct Pair {
    a: Named,
    b: Named,
}

fn pick(first: bool) -> Named {
    let x = Named(10);
    let y = Named(20);
    if first {
        return x;
    }
    y
}

fn main() {
    let p = Pair { a: Named(1), b: Named(2) };
    let t = (Named(3), Named(4));
    println!("{}", pick(true).0);
    println!("{}", pick(false).0);
    for i in 0..3 {
        let n = Named(100 + i);
        if i == 1 {
            break;
        }
        println!("iter {}", n.0);
    }
    let arr = [Named(7), Named(8)];
    println!("{} {} {}", p.a.0, t.1 .0, arr.len());
}
