//@ rustc-identical
struct Pair {
    left: Vec<i32>,
    right: Vec<i32>,
}

fn left(p: &Pair) -> Vec<i32> {
    let l = p.left; //~ ERROR cannot move out of `p.left` which is behind a shared reference
    l
}

fn main() {
    let p = Pair { left: vec![1], right: vec![2] };
    println!("{:?} {:?}", left(&p), p.right);
}
