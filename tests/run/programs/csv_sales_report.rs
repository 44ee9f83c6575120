// Parse CSV text with quoted fields, aggregate by region/month with BTreeMap, and print a report.
use std::collections::BTreeMap;
use std::fmt;

#[derive(Debug)]
struct Sale<'a> { region: &'a str, month: u8, product: String, units: u32, unit_price: f64 }

#[derive(Debug)]
enum RowError { FieldCount(usize), BadNumber(&'static str, String) }

impl fmt::Display for RowError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            RowError::FieldCount(n) => write!(f, "expected 5 fields, got {}", n),
            RowError::BadNumber(field, v) => write!(f, "field {} has bad number {:?}", field, v),
        }
    }
}

fn split_csv(line: &str) -> Vec<String> {
    let mut fields = Vec::new();
    let mut cur = String::new();
    let mut in_quotes = false;
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        match (c, in_quotes) {
            ('"', true) if chars.peek() == Some(&'"') => { cur.push('"'); chars.next(); }
            ('"', _) => in_quotes = !in_quotes,
            (',', false) => fields.push(std::mem::take(&mut cur)),
            (c, _) => cur.push(c),
        }
    }
    fields.push(cur);
    fields
}

fn parse_row(line: &str) -> Result<Sale<'_>, RowError> {
    let fields = split_csv(line);
    if fields.len() != 5 { return Err(RowError::FieldCount(fields.len())); }
    let region = line.split(',').next().unwrap().trim();
    let month = fields[1].trim().parse().map_err(|_| RowError::BadNumber("month", fields[1].clone()))?;
    let units = fields[3].trim().parse().map_err(|_| RowError::BadNumber("units", fields[3].clone()))?;
    let unit_price = fields[4].trim().parse().map_err(|_| RowError::BadNumber("price", fields[4].clone()))?;
    Ok(Sale { region, month, product: fields[2].clone(), units, unit_price })
}

const MONTHS: [&str; 12] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

fn main() {
    let data = "region,month,product,units,price
north,1,\"Widget, large\",10,2.50
south,1,Gadget,3,10.00
north,2,Gadget,7,9.50
east,2,\"The \"\"best\"\" gizmo\",1,99.99
south,2,\"Widget, large\",20,2.25
north,3,Gizmo,x,5.00
west,3,Gadget,4
east,3,Gadget,5,10.00
south,3,Gizmo,2,49.50
north,3,\"Widget, large\",12,2.50";
    let mut sales = Vec::new();
    for (i, line) in data.lines().enumerate().skip(1) {
        match parse_row(line) {
            Ok(s) => sales.push(s),
            Err(e) => println!("row {}: {}", i, e),
        }
    }
    println!("{} valid rows", sales.len());
    let mut by_region: BTreeMap<&str, (u32, f64)> = BTreeMap::new();
    let mut by_month: BTreeMap<u8, f64> = BTreeMap::new();
    let mut by_product: BTreeMap<&str, u32> = BTreeMap::new();
    for s in &sales {
        let revenue = s.units as f64 * s.unit_price;
        let e = by_region.entry(s.region).or_insert((0, 0.0));
        e.0 += s.units;
        e.1 += revenue;
        *by_month.entry(s.month).or_insert(0.0) += revenue;
        *by_product.entry(s.product.as_str()).or_default() += s.units;
    }
    println!("{:<8}{:>7}{:>11}", "region", "units", "revenue");
    for (r, (u, rev)) in &by_region {
        println!("{:<8}{:>7}{:>11.2}", r, u, rev);
    }
    let total: f64 = by_region.values().map(|(_, r)| r).sum();
    println!("{:<8}{:>7}{:>11.2}", "TOTAL", by_region.values().map(|v| v.0).sum::<u32>(), total);
    for (m, rev) in &by_month {
        let pct = rev / total * 100.0;
        println!("{} {:>8.2} {:>5.1}% {}", MONTHS[*m as usize - 1], rev, pct, "|".repeat((pct / 5.0).round() as usize));
    }
    let mut products: Vec<(&&str, &u32)> = by_product.iter().collect();
    products.sort_by(|a, b| b.1.cmp(a.1));
    for (p, u) in products {
        println!("{:>20} {:>3}", format!("{:?}", p), u);
    }
    let best = sales.iter().max_by(|a, b| (a.units as f64 * a.unit_price).partial_cmp(&(b.units as f64 * b.unit_price)).unwrap()).unwrap();
    println!("best single sale: {:?}", best);
}
