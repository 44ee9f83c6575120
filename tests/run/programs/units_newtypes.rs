// Newtype units with cross-type operators, From/TryFrom conversions, Deref wrappers and Sum.
use std::convert::TryFrom;
use std::fmt;
use std::iter::Sum;
use std::ops::{Add, Deref, Div, Mul};

#[derive(Debug, Clone, Copy, PartialEq, PartialOrd, Default)]
struct Meters(f64);
#[derive(Debug, Clone, Copy, PartialEq, PartialOrd)]
struct Seconds(f64);
#[derive(Debug, Clone, Copy, PartialEq, PartialOrd)]
struct MetersPerSecond(f64);
#[derive(Debug, Clone, Copy, PartialEq)]
struct Feet(f64);

impl Add for Meters { type Output = Meters; fn add(self, o: Meters) -> Meters { Meters(self.0 + o.0) } }
impl Div<Seconds> for Meters { type Output = MetersPerSecond; fn div(self, s: Seconds) -> MetersPerSecond { MetersPerSecond(self.0 / s.0) } }
impl Mul<Seconds> for MetersPerSecond { type Output = Meters; fn mul(self, s: Seconds) -> Meters { Meters(self.0 * s.0) } }
impl Mul<f64> for Meters { type Output = Meters; fn mul(self, k: f64) -> Meters { Meters(self.0 * k) } }
impl Sum for Meters { fn sum<I: Iterator<Item = Meters>>(it: I) -> Meters { it.fold(Meters::default(), Add::add) } }
impl<'a> Sum<&'a Meters> for Meters { fn sum<I: Iterator<Item = &'a Meters>>(it: I) -> Meters { it.copied().sum() } }

impl From<Feet> for Meters { fn from(f: Feet) -> Meters { Meters(f.0 * 0.3048) } }
impl From<Meters> for Feet { fn from(m: Meters) -> Feet { Feet(m.0 / 0.3048) } }

#[derive(Debug, PartialEq)]
enum UnitError { Negative(f64), NotFinite }
impl TryFrom<f64> for Seconds {
    type Error = UnitError;
    fn try_from(v: f64) -> Result<Self, UnitError> {
        if !v.is_finite() { Err(UnitError::NotFinite) } else if v < 0.0 { Err(UnitError::Negative(v)) } else { Ok(Seconds(v)) }
    }
}

impl fmt::Display for Meters { fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result { write!(f, "{:.2} m", self.0) } }
impl fmt::Display for MetersPerSecond {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result { write!(f, "{:.2} m/s ({:.1} km/h)", self.0, self.0 * 3.6) }
}

struct Route { name: String, legs: Vec<Meters> }
struct NamedRoute(Route);
impl Deref for NamedRoute { type Target = Route; fn deref(&self) -> &Route { &self.0 } }
impl Route { fn total(&self) -> Meters { self.legs.iter().sum() } }

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct UserId(u32);
impl From<u32> for UserId { fn from(n: u32) -> Self { UserId(n) } }

fn pace<T: Into<Meters>>(distance: T, time: Seconds) -> MetersPerSecond { distance.into() / time }

fn main() {
    let legs = vec![Meters(1200.0), Meters(850.5), Meters(2210.25)];
    let route = NamedRoute(Route { name: "river loop".into(), legs });
    println!("{}: {} legs, total {}", route.name, route.legs.len(), route.total());
    let t = Seconds::try_from(1500.0).unwrap();
    let v = route.total() / t;
    println!("speed {}", v);
    println!("in 10 min: {}", v * Seconds(600.0));
    let climb = Feet(1000.0);
    let m: Meters = climb.into();
    let back = Feet::from(m);
    println!("{:?} = {} = {:?}", climb, m, back);
    println!("pace over feet: {}", pace(Feet(5280.0), Seconds(300.0)));
    println!("pace over meters: {}", pace(Meters(400.0), Seconds(52.3)));
    for raw in [12.5, -3.0, f64::INFINITY, 0.0] {
        println!("Seconds::try_from({}) = {:?}", raw, Seconds::try_from(raw));
    }
    let total: Meters = (1..=4).map(|k| Meters(100.0) * k as f64).sum();
    println!("sum of 100..400 = {}", total);
    let mut ids: Vec<UserId> = [42u32, 7, 19].iter().map(|&n| n.into()).collect();
    ids.sort();
    println!("ids {:?} max {:?}", ids, ids.iter().max());
    let farther = Meters(5.0) > Meters(4.99);
    let faster = MetersPerSecond(3.0).partial_cmp(&MetersPerSecond(3.0));
    println!("{} {:?}", farther, faster);
    let n: u8 = u8::try_from(300i32).unwrap_or(u8::MAX);
    let k: i16 = i16::try_from(-5i64).expect("fits");
    println!("{} {} {:?}", n, k, u32::try_from(-1i8));
    let ch = char::from_u32(0x1F980).map(|c| c.to_string()).unwrap_or_default();
    println!("{} {:?} {:?}", ch, char::from_digit(7, 10), u8::try_from('é'));
}
