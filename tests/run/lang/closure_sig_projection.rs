struct It<'a, K> { v: &'a [K], i: usize }
impl<'a, K> Iterator for It<'a, K> {
    type Item = &'a K;
    fn next(&mut self) -> Option<&'a K> {
        if self.i < self.v.len() { self.i += 1; Some(&self.v[self.i - 1]) } else { None }
    }
}
fn has<K: PartialEq>(v: &[K], x: &K) -> bool { v.contains(x) }
fn all_in<K: PartialEq>(a: &[K], b: &[K]) -> bool {
    let mut it = It { v: a, i: 0 };
    it.all(|x| has(b, x))
}
fn main() {
    println!("{}", all_in(&[1, 2], &[2, 1, 3]));
}
