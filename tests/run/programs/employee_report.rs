// Records parsed from text and summarised with BTreeMap, HashMap, HashSet, VecDeque, sorting and partition.
use std::collections::{BTreeMap, HashMap, HashSet, VecDeque};
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
struct Employee { name: String, dept: String, salary: u32, age: u8 }
fn main() {
    let raw = "alice,eng,120,34;bob,eng,95,28;carol,ops,70,45;dave,ops,82,39;erin,sales,60,23;frank,eng,130,51";
    let emps: Vec<Employee> = raw.split(';').filter_map(|rec| {
        let f: Vec<&str> = rec.split(',').collect();
        Some(Employee { name: f.get(0)?.to_string(), dept: f[1].into(), salary: f[2].parse().ok()?, age: f[3].parse().ok()? })
    }).collect();
    let mut by_dept: BTreeMap<&str, Vec<&Employee>> = BTreeMap::new();
    for e in &emps { by_dept.entry(e.dept.as_str()).or_default().push(e); }
    for (d, es) in &by_dept {
        let total: u32 = es.iter().map(|e| e.salary).sum();
        let oldest = es.iter().max_by_key(|e| e.age).map(|e| e.name.as_str()).unwrap_or("-");
        println!("{:<6} n={} total={} avg={:.1} oldest={}", d, es.len(), total, total as f64 / es.len() as f64, oldest);
    }
    let mut sorted = emps.clone();
    sorted.sort_by(|a, b| b.salary.cmp(&a.salary).then_with(|| a.name.cmp(&b.name)));
    let top: Vec<String> = sorted.iter().take(3).map(|e| format!("{}:{}", e.name, e.salary)).collect();
    println!("top {}", top.join(", "));
    let ages: HashSet<u8> = emps.iter().map(|e| e.age / 10 * 10).collect();
    let mut decades: Vec<_> = ages.into_iter().collect(); decades.sort_unstable();
    println!("{:?}", decades);
    let mut counts: HashMap<char, usize> = HashMap::new();
    for e in &emps { for c in e.name.chars() { *counts.entry(c).or_insert(0) += 1; } }
    let mut cv: Vec<(char, usize)> = counts.into_iter().filter(|&(_, n)| n > 1).collect();
    cv.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    println!("{:?}", cv);
    let mut q: VecDeque<&Employee> = emps.iter().filter(|e| e.dept == "eng").collect();
    q.rotate_left(1);
    while let Some(e) = q.pop_front() { print!("{} ", e.name); if e.age > 40 { q.push_back(&emps[4]); break; } }
    println!();
    let (young, old): (Vec<&Employee>, Vec<&Employee>) = emps.iter().partition(|e| e.age < 35);
    println!("{} young, {} old; max={:?}", young.len(), old.len(), emps.iter().map(|e| &e.name).max());
    let windows: Vec<u32> = emps.windows(2).map(|w| w[0].salary.abs_diff(w[1].salary)).collect();
    println!("{:?} {}", windows, emps.iter().any(|e| e.name.starts_with('f')));
}
