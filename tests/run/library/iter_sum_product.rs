// Sums and products over every integer width (values and references), 128-bit ranges, floats
// (the empty sum is -0.0), Option/Result short-circuiting, and collecting pairs into pairs of
// collections.
use std::collections::{BTreeSet, HashMap};

fn factorial(n: u128) -> u128 {
    (1..=n).product()
}

fn binomial(n: u64, k: u64) -> u64 {
    let k = k.min(n - k);
    (0..k).fold(1, |acc, i| acc * (n - i) / (i + 1))
}

fn mean(xs: &[f64]) -> Option<f64> {
    if xs.is_empty() {
        None
    } else {
        Some(xs.iter().sum::<f64>() / xs.len() as f64)
    }
}

fn parse_all(fields: &[&str]) -> Result<i64, std::num::ParseIntError> {
    fields.iter().map(|f| f.trim().parse::<i64>()).sum()
}

fn main() {
    println!("25! = {}", factorial(25));
    println!("34! = {}", factorial(34));
    let big: u128 = (1..=100u128).map(|x| x * x * x).sum();
    println!("sum of cubes to 100 = {}", big);
    let signed: i128 = (-1_000i128..=1_000).filter(|x| x % 3 == 0).map(|x| x * x).sum();
    println!("{}", signed);
    println!("{:?}", (u128::MAX - 3..=u128::MAX).map(|x| x % 1000).collect::<Vec<_>>());
    println!("{} {}", (0..=u128::MAX).size_hint().0, (i128::MIN..=i128::MIN + 4).count());
    println!("C(40, 20) = {}", binomial(40, 20));

    // every width, by value and by reference
    let bytes = [200u8, 40, 15];
    let total_u8: u32 = bytes.iter().map(|&b| b as u32).sum();
    let wrapped: u8 = bytes.iter().fold(0u8, |a, b| a.wrapping_add(*b));
    println!("{} {}", total_u8, wrapped);
    println!("{} {} {}", [1i8, -2, 3].iter().sum::<i8>(), [3u16, 4].iter().product::<u16>(), [7i16, -2].into_iter().product::<i16>());
    println!("{} {}", [1u32, 2, 3].iter().sum::<u32>(), [2i64, 3, 7].iter().product::<i64>());
    println!("{} {}", [10usize, 20].into_iter().sum::<usize>(), [-4isize, 5].iter().product::<isize>());
    println!("{} {}", [1u64 << 40, 1 << 41].iter().sum::<u64>(), [3u128; 40].iter().product::<u128>());

    // floats
    let temps = [21.5, 19.0, 23.25, 18.75];
    println!("{:?} {:?}", mean(&temps), mean(&[]));
    let empty: [f64; 0] = [];
    println!("{:?} {:?} {:?}", empty.iter().sum::<f64>(), empty.iter().product::<f64>(), [-0.0f32].iter().sum::<f32>());
    let geo: f64 = [2.0f64, 8.0].iter().product::<f64>().sqrt();
    println!("{}", geo);
    let sq: f32 = (1..=4).map(|i| (i * i) as f32).sum();
    println!("{}", sq);

    // Option and Result stop at the first failure
    let scores = [Some(3), Some(4), None, Some(10)];
    let s: Option<i32> = scores.iter().copied().sum();
    let p: Option<i32> = scores[..2].iter().copied().product();
    println!("{:?} {:?}", s, p);
    println!("{:?}", parse_all(&["1", " 2", "3 "]));
    println!("{:?}", parse_all(&["1", "two", "3"]).map_err(|e| e.to_string()));
    let mut seen = Vec::new();
    let r: Result<u32, String> = [1u32, 2, 0, 4]
        .iter()
        .inspect(|x| seen.push(**x))
        .map(|&x| if x == 0 { Err(String::from("zero")) } else { Ok(100 / x) })
        .sum();
    println!("{:?} after {:?}", r, seen);

    // sums over grouped data
    let orders = [("ann", 30u32), ("bob", 12), ("ann", 8), ("cy", 5), ("bob", 40)];
    let mut by_customer: HashMap<&str, u32> = HashMap::new();
    for (name, amount) in orders {
        *by_customer.entry(name).or_default() += amount;
    }
    let mut totals: Vec<(&str, u32)> = by_customer.into_iter().collect();
    totals.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    println!("{:?} grand total {}", totals, totals.iter().map(|(_, t)| t).sum::<u32>());

    // unzip and collecting pairs of collections
    let (names, amounts): (Vec<&str>, Vec<u32>) = orders.iter().copied().unzip();
    println!("{:?} {:?}", names, amounts);
    let (small, large): (Vec<u32>, Vec<u32>) = amounts.iter().partition(|&&a| a < 20);
    println!("{:?} {:?}", small, large);
    let (evens, squares): (BTreeSet<i32>, Vec<i32>) = (1..=6).map(|x| (x - x % 2, x * x)).collect();
    println!("{:?} {:?}", evens, squares);
    let mut acc: (Vec<char>, String) = (vec!['!'], String::from(">"));
    acc.extend("abc".chars().map(|c| (c, c.to_ascii_uppercase())));
    println!("{:?}", acc);
}
