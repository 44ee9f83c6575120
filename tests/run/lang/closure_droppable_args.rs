// A closure whose parameters may need dropping (their type is a projection) in a generic
// default method: its arguments must be the locals right after the environment.
trait It {
    type Item;
    fn get(&self) -> Self::Item;
    fn apply<F: FnMut(Self::Item, Self::Item) -> Self::Item>(&self, mut f: F) -> Self::Item {
        f(self.get(), self.get())
    }
    fn biggest(&self) -> Self::Item where Self::Item: Ord {
        self.apply(|a, b| if b >= a { b } else { a })
    }
}
struct S;
impl It for S {
    type Item = i32;
    fn get(&self) -> i32 { 3 }
}
fn main() {
    println!("{}", S.biggest());
}
