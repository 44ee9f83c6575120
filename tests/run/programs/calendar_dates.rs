// A small civil date type: validation, day arithmetic, weekday, Ord/Hash derives, and loan due dates.
use std::collections::HashMap;
use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
struct Date { y: i32, m: u8, d: u8 }

const WEEKDAYS: [&str; 7] = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];

fn is_leap(y: i32) -> bool { (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 }

fn days_in_month(y: i32, m: u8) -> u8 {
    match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(y) => 29,
        2 => 28,
        _ => unreachable!("month {}", m),
    }
}

impl Date {
    fn new(y: i32, m: u8, d: u8) -> Result<Date, String> {
        if !(1..=12).contains(&m) { return Err(format!("invalid month {}", m)); }
        if d == 0 || d > days_in_month(y, m) { return Err(format!("invalid day {} for {}-{:02}", d, y, m)); }
        Ok(Date { y, m, d })
    }
    // Days since 1970-01-01 (civil-from-days inverse, Howard Hinnant's algorithm).
    fn to_days(self) -> i64 {
        let y = if self.m <= 2 { self.y - 1 } else { self.y } as i64;
        let era = if y >= 0 { y } else { y - 399 } / 400;
        let yoe = y - era * 400;
        let m = self.m as i64;
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + self.d as i64 - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146097 + doe - 719468
    }
    fn from_days(z: i64) -> Date {
        let z = z + 719468;
        let era = if z >= 0 { z } else { z - 146096 } / 146097;
        let doe = z - era * 146097;
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let d = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let m = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let y = (yoe + era * 400) as i32 + i32::from(m <= 2);
        Date { y, m, d }
    }
    fn add_days(self, n: i64) -> Date { Date::from_days(self.to_days() + n) }
    fn weekday(self) -> &'static str { WEEKDAYS[(self.to_days() + 3).rem_euclid(7) as usize] }
    fn days_until(self, other: Date) -> i64 { other.to_days() - self.to_days() }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result { write!(f, "{:04}-{:02}-{:02}", self.y, self.m, self.d) }
}

impl std::str::FromStr for Date {
    type Err = String;
    fn from_str(s: &str) -> Result<Date, String> {
        let parts: Vec<&str> = s.split('-').collect();
        let [y, m, d] = parts[..] else { return Err(format!("expected YYYY-MM-DD, got {:?}", s)) };
        let num = |x: &str| x.parse::<i64>().map_err(|e| format!("{:?}: {}", x, e));
        Date::new(num(y)? as i32, num(m)? as u8, num(d)? as u8)
    }
}

fn main() {
    for s in ["1970-01-01", "2000-02-29", "2024-12-31", "1999-02-29", "2023-13-01", "2023-6", "20x3-01-01", "1969-07-20"] {
        match s.parse::<Date>() {
            Ok(d) => println!("{} -> day {:>6} {} roundtrip {}", d, d.to_days(), d.weekday(), Date::from_days(d.to_days()) == d),
            Err(e) => println!("{} -> error: {}", s, e),
        }
    }
    let start: Date = "2024-01-30".parse().unwrap();
    let steps: Vec<String> = [1, 30, 31, 365, 366, -30, -400].iter().map(|&n| format!("{:+}d={}", n, start.add_days(n))).collect();
    println!("{}", steps.join(" "));
    let loans = [("Dune", "2024-02-20", 21), ("Cosmos", "2024-03-01", 14), ("Ariel", "2024-02-28", 7)];
    let today: Date = "2024-03-18".parse().unwrap();
    let mut fines: HashMap<Date, u32> = HashMap::new();
    for (title, out, days) in loans {
        let due = out.parse::<Date>().unwrap().add_days(days);
        let late = due.days_until(today).max(0);
        let fine = late as u32 * 25;
        *fines.entry(due).or_insert(0) += fine;
        println!("{:<7} due {} ({}) late {:>2} days fine ${}.{:02}", title, due, due.weekday(), late, fine / 100, fine % 100);
    }
    let mut by_due: Vec<_> = fines.into_iter().collect();
    by_due.sort();
    println!("{:?}", by_due);
    let leap_years = (1890..=2030).filter(|&y| is_leap(y)).count();
    let fridays13 = (0..12).map(|m| Date { y: 2026, m: m + 1, d: 13 }).filter(|d| d.weekday() == "Fri").map(|d| d.m).collect::<Vec<_>>();
    println!("leap years 1890..=2030: {}, Friday 13ths in 2026: months {:?}", leap_years, fridays13);
    println!("max {:?}", [start, today, Date { y: 2024, m: 3, d: 1 }].iter().max());
    println!("{}", days_in_month(2024, 0));
}
