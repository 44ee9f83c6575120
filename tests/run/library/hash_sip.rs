// DefaultHasher is SipHash-1-3 with zero keys: the values must equal rustc's.
use std::hash::{DefaultHasher, Hash, Hasher, BuildHasher, BuildHasherDefault};

#[derive(Hash)]
struct P { x: i32, y: u8, name: &'static str }

#[derive(Hash)]
enum E { A, B(u16) }

fn h<T: Hash>(t: T) -> u64 {
    let mut s = DefaultHasher::new();
    t.hash(&mut s);
    s.finish()
}

fn main() {
    println!("{}", h(42u64));
    println!("{}", h(7u8));
    println!("{}", h(-3i32));
    println!("{}", h("hello"));
    println!("{}", h("a much longer string that spans words"));
    println!("{}", h((1u32, 'x', true)));
    println!("{}", h(P { x: 5, y: 9, name: "pt" }));
    println!("{}", h(E::A));
    println!("{}", h(E::B(3)));
    println!("{}", h(Some(12usize)));
    println!("{}", h(()));
    let mut s = DefaultHasher::new();
    s.write(&[1, 2, 3]);
    s.write_u16(0x1234);
    s.write(&[4, 5, 6, 7, 8, 9, 10, 11, 12]);
    println!("{}", s.finish());
    let b: BuildHasherDefault<DefaultHasher> = BuildHasherDefault::default();
    println!("{}", b.hash_one(42u64));
}
