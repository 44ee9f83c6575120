fn find<K, F: FnMut(&K) -> bool>(k: &K, mut eq: F) -> bool {
    eq(k)
}
fn go<K: PartialEq>(a: &K, k: K) -> bool {
    find(a, |q| *q == k)
}
fn go2(a: &i32, k: i32) -> bool {
    find(a, |q| *q == k)
}
fn go3<K: PartialEq>(a: &K, k: &K) -> bool {
    find(a, |q| q == k)
}
fn main() {
    println!("{}", go(&1, 1));
    println!("{}", go2(&1, 1));
    println!("{}", go3(&1, &1));
}
