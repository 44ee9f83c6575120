// Array lengths written with comparisons, logic, bool and char casts (evaluated while checking types).
const N: usize = 3;
type A = [u8; ((1 < 2) == true) as usize + N * 2];
fn main() { let a: A = [0; 7]; let b: [char; 'a' as usize - 95] = ['x'; 2]; let c: [(); !false as usize] = [()]; println!("{} {} {}", a.len(), b.len(), c.len()); }
