// `-` and `!` on references to numbers and bools (core's forward_ref_unop impls).
fn main() {
    let v = vec![3i64, -4, 5];
    let negs: Vec<i64> = v.iter().map(|n| -n).collect();
    let n = &v[0];
    println!("{:?} {} {}", negs, -n, format!("negative {}", -n));
    let flags = [true, false];
    let inv: Vec<bool> = flags.iter().map(|b| !b).collect();
    let m = &7u8;
    println!("{:?} {} {}", inv, !m, -&2.5f64);
}
