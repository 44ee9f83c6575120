// Comparing and hashing raw and fn pointers (builtin comparison, std impls for Ord and HashSet).
use std::collections::HashSet;
fn main() {
    let v = [10, 20, 30];
    let p: *const i32 = &v[0];
    let q: *const i32 = &v[2];
    println!("{} {} {} {:?}", p == q, p < q, p.wrapping_add(2) == q, p.cmp(&q));
    let mut seen: HashSet<*const i32> = HashSet::new();
    seen.insert(p); seen.insert(q); seen.insert(p);
    println!("{}", seen.len());
    let mut ptrs = vec![q, p];
    ptrs.sort();
    println!("{}", ptrs[0] == p);
    let f: fn(i32) -> i32 = |x| x + 1;
    let g: fn(i32) -> i32 = f;
    println!("{}", f == g);
}
