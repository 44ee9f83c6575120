// Traits with associated consts and types, generic money amounts, PhantomData, and default methods.
use std::fmt;
use std::marker::PhantomData;
use std::ops::{Add, Sub};

trait Currency {
    const CODE: &'static str;
    const SYMBOL: &'static str;
    const MINOR_UNITS: u32;
    const PER_USD_MILLI: u64;
    fn format_amount(minor: i64) -> String {
        let scale = 10i64.pow(Self::MINOR_UNITS);
        if Self::MINOR_UNITS == 0 {
            format!("{}{}", Self::SYMBOL, minor)
        } else {
            let sign = if minor < 0 { "-" } else { "" };
            format!("{}{}{}.{:0w$}", sign, Self::SYMBOL, minor.abs() / scale, minor.abs() % scale, w = Self::MINOR_UNITS as usize)
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, PartialOrd)] struct Usd;
#[derive(Debug, Clone, Copy, PartialEq, PartialOrd)] struct Eur;
#[derive(Debug, Clone, Copy, PartialEq, PartialOrd)] struct Jpy;

impl Currency for Usd { const CODE: &'static str = "USD"; const SYMBOL: &'static str = "$"; const MINOR_UNITS: u32 = 2; const PER_USD_MILLI: u64 = 1000; }
impl Currency for Eur { const CODE: &'static str = "EUR"; const SYMBOL: &'static str = "€"; const MINOR_UNITS: u32 = 2; const PER_USD_MILLI: u64 = 920; }
impl Currency for Jpy { const CODE: &'static str = "JPY"; const SYMBOL: &'static str = "¥"; const MINOR_UNITS: u32 = 0; const PER_USD_MILLI: u64 = 151_300; }

#[derive(Clone, Copy, PartialEq, PartialOrd)]
struct Money<C: Currency> { minor: i64, _c: PhantomData<C> }

impl<C: Currency> Money<C> {
    fn new(minor: i64) -> Self { Money { minor, _c: PhantomData } }
    fn convert<D: Currency>(self) -> Money<D> {
        // minor(C) -> USD micro-units -> minor(D), rounding half away from zero
        let c_scale = 10i128.pow(C::MINOR_UNITS);
        let d_scale = 10i128.pow(D::MINOR_UNITS);
        let num = self.minor as i128 * d_scale * D::PER_USD_MILLI as i128;
        let den = c_scale * C::PER_USD_MILLI as i128;
        let q = (2 * num + den.signum() * num.signum() * den) / (2 * den);
        Money::new(q as i64)
    }
    fn split(self, parts: u32) -> Vec<Money<C>> {
        let base = self.minor / parts as i64;
        let extra = (self.minor % parts as i64) as usize;
        (0..parts as usize).map(|i| Money::new(base + if i < extra { 1 } else { 0 })).collect()
    }
}

impl<C: Currency> Add for Money<C> { type Output = Self; fn add(self, o: Self) -> Self { Money::new(self.minor + o.minor) } }
impl<C: Currency> Sub for Money<C> { type Output = Self; fn sub(self, o: Self) -> Self { Money::new(self.minor - o.minor) } }
impl<C: Currency> fmt::Display for Money<C> {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result { write!(f, "{} {}", C::format_amount(self.minor), C::CODE) }
}
impl<C: Currency> fmt::Debug for Money<C> {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result { write!(f, "Money<{}>({})", C::CODE, self.minor) }
}
impl<C: Currency> std::iter::Sum for Money<C> {
    fn sum<I: Iterator<Item = Self>>(it: I) -> Self { it.fold(Money::new(0), |a, b| a + b) }
}

fn describe<C: Currency>() -> String {
    format!("{} uses {} minor digits, rate {}", C::CODE, C::MINOR_UNITS, C::PER_USD_MILLI as f64 / 1000.0)
}

fn main() {
    println!("{}\n{}\n{}", describe::<Usd>(), describe::<Eur>(), describe::<Jpy>());
    let price: Money<Usd> = Money::new(12_345);
    let tax = Money::new(1_037);
    let total = price + tax;
    println!("total {} ({:?})", total, total);
    let eur: Money<Eur> = total.convert();
    let yen: Money<Jpy> = total.convert();
    println!("in EUR: {}  in JPY: {}", eur, yen);
    println!("back to USD: {} / {}", eur.convert::<Usd>(), yen.convert::<Usd>());
    let refund: Money<Usd> = Money::new(-250);
    println!("refund {} -> {}", refund, refund.convert::<Eur>());
    let parts = Money::<Eur>::new(1000).split(3);
    println!("split 10 EUR: {:?} sum {}", parts, parts.iter().copied().sum::<Money<Eur>>());
    let wallet = vec![Money::<Jpy>::new(500), Money::new(1200), Money::new(80)];
    let biggest = wallet.iter().copied().fold(Money::new(i64::MIN), |a, b| if b > a { b } else { a });
    println!("wallet {} biggest {}", wallet.into_iter().sum::<Money<Jpy>>(), biggest);
    println!("cheaper? {}", Money::<Usd>::new(99) < Money::new(100));
    println!("{:>12}|{:<8}|", Usd::format_amount(5), Jpy::format_amount(-42));
}
