fn show64(v: f64) {
    println!("{} | {:?} | {:e} | {:E} | {:.3} | {:.2e} | {:.0}", v, v, v, v, v, v, v);
}

#[allow(dead_code)]
fn show32(v: f32) {
    println!("{} | {:?} | {:e} | {:.3} | {:.2e}", v, v, v, v, v);
}

fn main() {
    let vals64 = [-0.0, 0.0, 123.456, 0.999, 9.9999, 99.5, 0.0005, 0.0015, 1.005, 2.675, 7.0e-10, 3.141592653589793, 2.718281828459045, 1e100, 6.02214076e23, 1.602176634e-19, f64::INFINITY, f64::NEG_INFINITY, f64::NAN];
    for v in vals64.iter() {
        show64(*v);
    }
}
