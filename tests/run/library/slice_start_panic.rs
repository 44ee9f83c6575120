// A range that starts beyond the slice panics with std's message, at the indexing expression.

fn tail(v: &[u32], from: usize) -> &[u32] {
    &v[from..]
}

fn main() {
    let v = vec![1, 2, 3, 4];
    println!("{:?}", tail(&v, 1));
    println!("{:?}", tail(&v, 4));
    let n = v.len() + 2;
    println!("{:?}", &v[n..n + 1]);
}
