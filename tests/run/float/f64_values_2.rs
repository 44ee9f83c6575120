fn show64(v: f64) {
    println!("{} | {:?} | {:e} | {:E} | {:.3} | {:.2e} | {:.0}", v, v, v, v, v, v, v);
}

#[allow(dead_code)]
fn show32(v: f32) {
    println!("{} | {:?} | {:e} | {:.3} | {:.2e}", v, v, v, v, v);
}

fn main() {
    let vals64 = [1e16, 1.2345e17, 1e21, 1e22, 1e23, 9007199254740993.0, 9007199254740992.0, 4503599627370497.5, f64::MAX, f64::MIN_POSITIVE, f64::EPSILON, 0.5, 0.25, 0.125, 2.5, 3.5];
    for v in vals64.iter() {
        show64(*v);
    }
}
