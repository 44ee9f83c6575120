// Raw pointers print through Debug and Pointer; `&mut` references, long tuples and PhantomData compare.
use std::collections::HashSet;
use std::marker::PhantomData;

#[derive(Debug, Default, PartialEq, Eq, Hash, Clone, Copy, PartialOrd, Ord)]
struct Meters<T> {
    value: i64,
    unit: PhantomData<T>,
}

#[derive(Debug, Default, PartialEq, Eq, Hash, Clone, Copy, PartialOrd, Ord)]
struct Metric;

fn main() {
    let null: *const u8 = std::ptr::null();
    let null_mut: *mut String = std::ptr::null_mut();
    println!("{:?} {:p} {:?}", null, null, null_mut);
    println!("[{:#p}] [{:>8p}] [{:<6p}]", null, null, null_mut);

    let x = 5;
    let p = &x as *const i32;
    let shown = format!("{:?}", p);
    println!("{} {}", shown.starts_with("0x"), shown == format!("{:p}", &x));

    let mut a = 1;
    let mut b = 1;
    let mut c = 2;
    let mut d = 4;
    let left: Vec<&mut i32> = vec![&mut a, &mut c];
    let mut right: Vec<&mut i32> = vec![&mut b];
    println!("{}", left == right);
    right.push(&mut d);
    println!("{}", left.len() == right.len());

    let mut xs = [3, 1, 2];
    println!("{:?} {:?}", xs.first_mut() == Some(&mut 3), xs.last_mut() > Some(&mut 1));
    let (m, n) = xs.split_at_mut(1);
    println!("{}", m[0] > n[0]);

    let wide = (1u8, 2i16, 3i32, 4i64, 5u8, 6u16, 7u32, 8u64, 9.5f32, 10.25f64, 'k', "twelve");
    let same = wide;
    println!("{:?}\n{} {}", wide, wide == same, wide < (1, 2, 3, 4, 5, 6, 7, 8, 9.5, 10.25, 'k', "z"));

    let d1: Meters<Metric> = Meters { value: 3, unit: PhantomData };
    let d2 = Meters::<Metric>::default();
    let mut set = HashSet::new();
    set.insert(d1);
    set.insert(d2);
    set.insert(d1);
    let mut all: Vec<_> = set.into_iter().collect();
    all.sort();
    println!("{:?} {}", all, d1 > d2);
    println!("{:?}", PhantomData::<Vec<u8>>);
}
