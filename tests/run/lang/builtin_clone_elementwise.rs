// The built-in Clone of tuples, arrays and closures clones each element through its own Clone.
#[derive(Debug)]
struct Loud(u32);
impl Clone for Loud { fn clone(&self) -> Self { println!("clone {}", self.0); Loud(self.0 + 10) } }
fn main() {
    let t = (1usize, String::from("x"));
    let u = t.clone();
    println!("{:?} {:?}", t, u);
    let v = vec![(0usize, String::from("a"))];
    let w = v.clone();
    println!("{:?} {:?}", v, w);
    let arr = [Loud(1), Loud(2)];
    let arr2 = arr.clone();
    println!("{:?} {:?}", arr, arr2);
    let s = String::from("cap");
    let c = move || s.len();
    let c2 = c.clone();
    println!("{} {}", c(), c2());
    let nested = ((Loud(5), vec![1, 2]), [String::from("q")]);
    let n2 = nested.clone();
    println!("{:?}", n2);
}
