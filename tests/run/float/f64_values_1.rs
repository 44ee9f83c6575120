fn show64(v: f64) {
    println!("{} | {:?} | {:e} | {:E} | {:.3} | {:.2e} | {:.0}", v, v, v, v, v, v, v);
}

#[allow(dead_code)]
fn show32(v: f32) {
    println!("{} | {:?} | {:e} | {:.3} | {:.2e}", v, v, v, v, v);
}

fn main() {
    let vals64 = [0.1, 0.2, 0.3, 1.0 / 3.0, 2.0 / 3.0, 1.0, 1.5, 100.0, 123456.789, 1e300, 5e-324, 1e-7, 1.5e-7, 1e-5, 1e-4, 0.00012345, 1e15];
    for v in vals64.iter() {
        show64(*v);
    }
}
