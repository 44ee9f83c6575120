// Inline modules with pub/use/pub(crate), consts and statics, and cross-module trait impls.
mod units {
    pub const MM_PER_INCH: f64 = 25.4;
    pub static UNIT_NAMES: [&str; 3] = ["mm", "cm", "in"];

    #[derive(Debug, Clone, Copy, PartialEq)]
    pub enum Unit { Mm, Cm, In }

    impl Unit {
        pub fn to_mm(self, v: f64) -> f64 {
            match self { Unit::Mm => v, Unit::Cm => v * 10.0, Unit::In => v * MM_PER_INCH }
        }
        pub fn name(self) -> &'static str { UNIT_NAMES[self as usize] }
    }
}

mod shapes {
    use super::units::Unit;
    use std::fmt;

    pub trait Area { fn area_mm2(&self) -> f64; }

    #[derive(Debug)]
    pub struct Rect { pub w: f64, pub h: f64, pub unit: Unit }

    pub mod round {
        use super::Area;
        use crate::units::Unit;
        #[derive(Debug)]
        pub struct Disc { pub(crate) radius: f64, pub(crate) unit: Unit }
        impl Disc {
            pub fn new(radius: f64, unit: Unit) -> Self { Disc { radius, unit } }
        }
        impl Area for Disc {
            fn area_mm2(&self) -> f64 {
                let r = self.unit.to_mm(self.radius);
                std::f64::consts::PI * r * r
            }
        }
    }

    impl Area for Rect {
        fn area_mm2(&self) -> f64 { self.unit.to_mm(self.w) * self.unit.to_mm(self.h) }
    }

    impl fmt::Display for Rect {
        fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
            write!(f, "{}{u} x {}{u}", self.w, self.h, u = self.unit.name())
        }
    }

    pub(crate) fn largest<'a>(items: &'a [&'a dyn Area]) -> Option<(usize, f64)> {
        items.iter().map(|s| s.area_mm2()).enumerate().fold(None, |best, (i, a)| match best {
            Some((_, b)) if b >= a => best,
            _ => Some((i, a)),
        })
    }
}

mod stats {
    pub fn summary(values: &[f64]) -> String {
        let n = values.len() as f64;
        let mean = values.iter().sum::<f64>() / n;
        format!("n={} mean={:.2} total={:.1}", n, mean, values.iter().sum::<f64>())
    }
    pub mod counters {
        use std::sync::atomic::{AtomicUsize, Ordering};
        static CALLS: AtomicUsize = AtomicUsize::new(0);
        pub fn bump() -> usize { CALLS.fetch_add(1, Ordering::SeqCst) + 1 }
    }
}

use shapes::round::Disc;
use shapes::{Area, Rect};
use units::Unit::{self, *};

static mut GLOBAL_SCALE: f64 = 1.0;
const LABELS: &[&str] = &["tiny", "small", "medium", "large"];

fn label(area: f64) -> &'static str {
    let idx = match area { a if a < 100.0 => 0, a if a < 1000.0 => 1, a if a < 10000.0 => 2, _ => 3 };
    LABELS[idx]
}

fn main() {
    let r1 = Rect { w: 3.0, h: 2.0, unit: Cm };
    let r2 = Rect { w: 1.5, h: 4.0, unit: In };
    let d1 = Disc::new(5.0, Mm);
    let d2 = Disc::new(2.0, Unit::Cm);
    println!("{} | {} | disc r={}{}", r1, r2, d1.radius, d1.unit.name());
    let all: Vec<&dyn Area> = vec![&r1, &r2, &d1, &d2];
    let areas: Vec<f64> = all.iter().map(|s| s.area_mm2()).collect();
    for (i, a) in areas.iter().enumerate() {
        println!("#{} {:>10.2} mm2 {:>6} (call {})", i, a, label(*a), stats::counters::bump());
    }
    println!("{}", stats::summary(&areas));
    if let Some((i, a)) = shapes::largest(&all) {
        println!("largest is #{} at {:.1}", i, a);
    }
    unsafe { GLOBAL_SCALE = 2.0; }
    let scale = unsafe { GLOBAL_SCALE };
    println!("scaled inch = {} mm; units {:?}", In.to_mm(scale), units::UNIT_NAMES);
    println!("{:?} {:?}", r2, d2);
}
