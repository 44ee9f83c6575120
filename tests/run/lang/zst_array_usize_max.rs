// An array of zero-sized elements may have any usize length, usize::MAX included.
fn main() {
    let val = [(); usize::MAX];
    println!("{} {}", val.len(), std::mem::size_of_val(&val));
    let small: [(); 3] = [(); 3];
    println!("{:?}", small);
}
