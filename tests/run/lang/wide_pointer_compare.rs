// Raw wide pointers (slices, str, trait objects) compared with == and the orderings: the address
// first, then the metadata.
use std::ptr::NonNull;

trait T {}
impl T for u8 {}

fn main() {
    let v = [1, 2, 3, 4];
    let a: *const [i32] = &v[..2];
    let b: *const [i32] = &v[..3];
    let c: *const [i32] = &v[1..3];
    println!("{} {} {} {}", a == b, a == a, a < b, b < c);
    println!("{} {} {}", a != c, c > a, a >= a);
    let hello = "hello";
    let s: *const str = hello;
    let t: *const str = &hello[..4];
    println!("{} {}", s == t, t < s);
    let x = 5u8;
    let d1: *const dyn T = &x;
    let d2: *const dyn T = &x;
    println!("{}", std::ptr::addr_eq(d1, d2));
    let n: NonNull<[i32]> = NonNull::<[i32; 1]>::dangling();
    println!("{} {}", n.as_ptr() == NonNull::<[i32; 1]>::dangling().as_ptr() as *mut _, n.len());
}
