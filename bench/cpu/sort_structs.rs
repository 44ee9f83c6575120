// Sorting structs: a Vec of generated records sorted several ways with sort_by, sort_by_key and
// sort_unstable_by and closures (every order is total, so any correct sort gives the same
// result), then checked and folded into checksums. The argument (default 200) times 1,000 is the
// number of records.

use std::cmp::Ordering;

struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        self.0 >> 33
    }
}

#[derive(Clone, Debug)]
struct Employee {
    id: u32,
    name: String,
    dept: u8,
    age: u8,
    salary: u64,
    score: f64,
}

fn checksum(v: &[Employee]) -> u64 {
    v.iter().enumerate().fold(0u64, |acc, (i, e)| acc.wrapping_mul(1_000_003).wrapping_add((i as u64 + 1) * e.id as u64))
}

fn main() {
    let factor: usize = std::env::args().nth(1).map(|s| s.parse().expect("size factor")).unwrap_or(200);
    let n = factor * 1000;
    let mut rng = Lcg(99);
    let letters = ['a', 'e', 'i', 'o', 'u', 'b', 'd', 'k', 'l', 'm', 'r', 's', 't'];
    let mut staff: Vec<Employee> = (0..n)
        .map(|i| {
            let len = 3 + rng.next() % 5;
            let name: String = (0..len).map(|_| letters[(rng.next() % letters.len() as u64) as usize]).collect();
            Employee {
                id: i as u32,
                name,
                dept: (rng.next() % 12) as u8,
                age: (20 + rng.next() % 45) as u8,
                salary: 20_000 + rng.next() % 80_000,
                score: (rng.next() % 10_000) as f64 / 100.0,
            }
        })
        .collect();

    // by department, then salary descending, then id
    staff.sort_by(|a, b| a.dept.cmp(&b.dept).then(b.salary.cmp(&a.salary)).then(a.id.cmp(&b.id)));
    let sorted = staff.windows(2).all(|w| w[0].dept <= w[1].dept);
    println!("records {} by dept sorted {} checksum {}", n, sorted, checksum(&staff));
    println!("first {} {} {} last {} {} {}", staff[0].name, staff[0].dept, staff[0].salary,
        staff[n - 1].name, staff[n - 1].dept, staff[n - 1].salary);

    // by name, then id
    staff.sort_by(|a, b| a.name.cmp(&b.name).then_with(|| a.id.cmp(&b.id)));
    println!("by name {} .. {} checksum {}", staff[0].name, staff[n - 1].name, checksum(&staff));

    // by score (a float) descending, then id
    staff.sort_unstable_by(|a, b| b.score.partial_cmp(&a.score).unwrap_or(Ordering::Equal).then(a.id.cmp(&b.id)));
    println!("top score {:.2} id {} checksum {}", staff[0].score, staff[0].id, checksum(&staff));

    // by a computed key
    staff.sort_by_key(|e| (e.age as u64 * 1_000_000 + e.salary, e.id));
    println!("youngest {} oldest {} checksum {}", staff[0].age, staff[n - 1].age, checksum(&staff));

    // back to id order, then the median salary per department
    staff.sort_by(|a, b| a.id.cmp(&b.id));
    let mut medians = Vec::new();
    for d in 0..12u8 {
        let mut s: Vec<u64> = staff.iter().filter(|e| e.dept == d).map(|e| e.salary).collect();
        s.sort_unstable();
        medians.push(if s.is_empty() { 0 } else { s[s.len() / 2] });
    }
    println!("medians {:?}", medians);
    println!("restored {}", staff.iter().enumerate().all(|(i, e)| e.id as usize == i));
}
