// f32/f64 methods, associated and module constants, and float/int casts. Most values are
// printed as bits so that the test checks every bit without formatting many floats.
use std::f64::consts;

fn show(name: &str, v: f64) {
    println!("{} {:x}", name, v.to_bits());
}

fn show32(name: &str, v: f32) {
    println!("{} {:x}", name, v.to_bits());
}

fn main() {
    // constants
    for (n, v) in [("PI", consts::PI), ("TAU", consts::TAU), ("E", consts::E), ("SQRT_2", consts::SQRT_2),
        ("FRAC_1_SQRT_2", consts::FRAC_1_SQRT_2), ("LN_2", consts::LN_2), ("LN_10", consts::LN_10),
        ("LOG2_E", consts::LOG2_E), ("LOG2_10", consts::LOG2_10), ("LOG10_E", consts::LOG10_E),
        ("LOG10_2", consts::LOG10_2), ("FRAC_PI_2", consts::FRAC_PI_2), ("FRAC_PI_3", consts::FRAC_PI_3),
        ("FRAC_PI_4", consts::FRAC_PI_4), ("FRAC_PI_6", consts::FRAC_PI_6), ("FRAC_PI_8", consts::FRAC_PI_8),
        ("FRAC_1_PI", consts::FRAC_1_PI), ("FRAC_2_PI", consts::FRAC_2_PI), ("FRAC_2_SQRT_PI", consts::FRAC_2_SQRT_PI)] {
        show(n, v);
    }
    use std::f32::consts as c32;
    for (n, v) in [("PI", c32::PI), ("TAU", c32::TAU), ("E", c32::E), ("SQRT_2", c32::SQRT_2),
        ("FRAC_1_SQRT_2", c32::FRAC_1_SQRT_2), ("LN_2", c32::LN_2), ("LN_10", c32::LN_10),
        ("LOG2_E", c32::LOG2_E), ("LOG2_10", c32::LOG2_10), ("LOG10_E", c32::LOG10_E),
        ("LOG10_2", c32::LOG10_2), ("FRAC_PI_2", c32::FRAC_PI_2), ("FRAC_PI_3", c32::FRAC_PI_3),
        ("FRAC_PI_4", c32::FRAC_PI_4), ("FRAC_PI_6", c32::FRAC_PI_6), ("FRAC_PI_8", c32::FRAC_PI_8),
        ("FRAC_1_PI", c32::FRAC_1_PI), ("FRAC_2_PI", c32::FRAC_2_PI), ("FRAC_2_SQRT_PI", c32::FRAC_2_SQRT_PI)] {
        show32(n, v);
    }
    show("MAX", f64::MAX);
    show("MIN", f64::MIN);
    show("MIN_POSITIVE", f64::MIN_POSITIVE);
    show("EPSILON", f64::EPSILON);
    show("legacy MAX", std::f64::MAX);
    show("legacy NEG_INFINITY", core::f64::NEG_INFINITY);
    show32("f32 MAX", f32::MAX);
    show32("f32 MIN_POSITIVE", f32::MIN_POSITIVE);
    show32("f32 EPSILON", f32::EPSILON);
    show32("legacy f32 MIN", std::f32::MIN);
    println!("{} {} {} {} {} {} {} {}", f64::RADIX, f64::MANTISSA_DIGITS, f64::DIGITS, f64::MIN_EXP,
        f64::MAX_EXP, f64::MIN_10_EXP, f64::MAX_10_EXP, std::f64::DIGITS);
    println!("{} {} {} {} {} {} {}", f32::MANTISSA_DIGITS, f32::DIGITS, f32::MIN_EXP, f32::MAX_EXP,
        f32::MIN_10_EXP, f32::MAX_10_EXP, std::f32::RADIX);
    println!("{} {} {}", f64::NAN.is_nan(), f64::INFINITY.is_infinite(), f64::NEG_INFINITY < f64::MIN);

    // correctly rounded operations
    let xs = [2.0f64, 0.1, -7.5, 1e300, 3.3, -0.0];
    for x in xs {
        show("sqrt", x.abs().sqrt());
        show("floor", x.floor());
        show("ceil", x.ceil());
        show("round", x.round());
        show("trunc", x.trunc());
        show("fract", x.fract());
        show("recip", x.recip());
        show("signum", x.signum());
        show("mul_add", x.mul_add(0.1, 0.7));
    }
    for x in [0.5f64, 1.5, 2.5, -0.5, -2.5, 4.4999999999999991] {
        show("round", x.round());
        show("round_ties_even", x.round_ties_even());
    }
    show("powi", 1.1f64.powi(10));
    show("powi neg", 3.7f64.powi(-3));
    show32("powi32", 1.1f32.powi(7));
    show("copysign", 3.5f64.copysign(-0.0));
    show("min", 1.0f64.min(f64::NAN));
    show("max", f64::NAN.max(-2.0));
    show("clamp", 7.0f64.clamp(-1.0, 2.5));
    show("clamp nan", f64::NAN.clamp(-1.0, 2.5));
    show("rem_euclid", (-7.5f64).rem_euclid(2.0));
    show("div_euclid", (-7.5f64).div_euclid(2.0));
    show("div_euclid neg", 7.5f64.div_euclid(-2.0));
    show("to_degrees", 1.0f64.to_degrees());
    show("to_radians", 90.0f64.to_radians());
    show32("to_degrees32", 1.0f32.to_degrees());
    show32("to_radians32", 90.0f32.to_radians());
    show32("sqrt32", 2.0f32.sqrt());
    show32("mul_add32", 0.1f32.mul_add(3.0, 0.2));
    show32("abs32", (-1.5f32).abs());

    // transcendental functions (libm)
    let y = 0.7f64;
    show("exp", y.exp());
    show("exp2", y.exp2());
    show("exp2 int", 10.0f64.exp2());
    show("ln", y.ln());
    show("log", 100.0f64.log(10.0));
    show("log2", 8.0f64.log2());
    show("log10", 1000.0f64.log10());
    show("powf", 2.0f64.powf(0.5));
    show("sin", y.sin());
    show("cos", y.cos());
    show("tan", y.tan());
    show("asin", y.asin());
    show("acos", y.acos());
    show("atan", y.atan());
    show("atan2", 1.0f64.atan2(-1.0));
    show("sinh", y.sinh());
    show("cosh", y.cosh());
    show("tanh", y.tanh());
    show("hypot", 3.0f64.hypot(4.0));
    show("cbrt", 27.0f64.cbrt());
    show("exp_m1", 1e-10f64.exp_m1());
    show("ln_1p", 1e-10f64.ln_1p());
    show("asinh", 1.0f64.asinh());
    show("acosh", 2.0f64.acosh());
    show("atanh", 0.5f64.atanh());
    show32("sin32", 0.7f32.sin());
    show32("exp32", 0.7f32.exp());
    show32("ln32", 0.7f32.ln());
    show32("cbrt32", 8.0f32.cbrt());
    let (s, c) = 0.0f64.sin_cos();
    println!("{} {}", s, c);

    // predicates and orderings
    for v in [1.0f64, -0.0, f64::INFINITY, f64::NAN, 1e-310, -f64::NAN] {
        println!("{} {} {} {} {} {} {:?}", v.is_finite(), v.is_infinite(), v.is_nan(), v.is_sign_positive(),
            v.is_sign_negative(), v.is_normal(), v.classify());
    }
    let mut v = vec![3.0f64, -0.0, f64::NAN, 0.0, -f64::INFINITY, 1.5, -f64::NAN];
    // insertion sort by total_cmp
    for i in 1..v.len() {
        let mut j = i;
        while j > 0 && v[j - 1].total_cmp(&v[j]) == std::cmp::Ordering::Greater {
            v.swap(j - 1, j);
            j -= 1;
        }
    }
    for x in &v {
        print!("{:x} ", x.to_bits());
    }
    println!();
    println!("{:?}", 1.0f32.total_cmp(&-1.0));

    // casts saturate; NaN becomes 0
    println!("{} {} {} {} {}", 300.0f64 as u8, -5.0f64 as u8, f64::NAN as i32, 1e20f64 as i64, -1e20f64 as i64);
    println!("{} {} {} {}", f64::INFINITY as u32, 2.9f32 as i8, -2.9f64 as i16, 1e10f32 as u32);
    println!("{} {}", u64::MAX as f32, i64::MIN as f64);
    println!("{}", 16777217u32 as f32);
}
