// Indexing a Vec goes through `Index for Vec` (also by reference and nested); a bad index panics
// at the caller's `[index]`, as rustc reports it.
fn get(v: &Vec<i32>, i: usize) -> i32 {
    v[i]
}

fn main() {
    let mut v = vec![1, 2, 3];
    v[0] = 10;
    v[1] += 5;
    let tail = &v[1..];
    let nested: Vec<Vec<i32>> = vec![vec![1], vec![2, 3]];
    println!("{:?} {:?} {} {}", v, tail, nested[1][1], get(&v, 2));
    println!("{}", get(&v, 7));
}
