// Structs whose last field is unsized: references and boxes to them coerce from sized ones.
use std::fmt::Debug;

struct Packet<T: ?Sized> {
    id: u32,
    payload: T,
}

struct Labeled<T: ?Sized> {
    label: &'static str,
    inner: T,
}

fn total(p: &Packet<[u32]>) -> u32 {
    p.payload.iter().sum::<u32>() + p.id
}

fn describe(items: &[Box<Labeled<dyn Debug>>]) -> Vec<String> {
    items.iter().map(|l| format!("{}={:?}", l.label, &l.inner)).collect()
}

struct Pair<T, U: ?Sized>(T, Inner<T, U>);
struct Inner<T, U: ?Sized>(T, U);

fn tail_len(p: &Packet<[u32]>) -> usize {
    match *p {
        Packet { id, ref payload } => payload.len() + id as usize,
    }
}

fn main() {
    let pair: Pair<[u8; 2], [u8; 3]> = Pair([1, 2], Inner([3, 4], [5, 6, 7]));
    let unsized_pair: &Pair<[u8; 2], [u8]> = &pair;
    println!("{} {:?} {:?}", unsized_pair.1 .1.len(), unsized_pair.0, &unsized_pair.1 .1);
    println!("{}", tail_len(&Packet { id: 100, payload: [0; 5] }));
    let small = Packet { id: 1, payload: [10, 20, 30] };
    let big = Packet { id: 2, payload: [1; 8] };
    let as_slice: &Packet<[u32]> = &small;
    println!("{} {} {}", as_slice.payload.len(), total(&small), total(&big));

    let cast = &Packet { id: 9, payload: [4u32, 5] } as &Packet<[u32]>;
    println!("{:?} {}", &cast.payload, cast.id);

    let mut m = Packet { id: 3, payload: [0u32; 4] };
    {
        let view: &mut Packet<[u32]> = &mut m;
        for (i, x) in view.payload.iter_mut().enumerate() {
            *x = (i as u32 + 1) * view.id;
        }
    }
    println!("{:?}", m.payload);

    let items: Vec<Box<Labeled<dyn Debug>>> = vec![
        Box::new(Labeled { label: "n", inner: 42 }),
        Box::new(Labeled { label: "s", inner: "text" }),
        Box::new(Labeled { label: "v", inner: vec![1.5, 2.5] }),
    ];
    for line in describe(&items) {
        println!("{}", line);
    }
}
