// Kahn's topological sort over a build graph, cycle detection, and a longest-path schedule.
use std::collections::{BTreeMap, BTreeSet, VecDeque};

#[derive(Debug)]
enum SortError { Cycle(Vec<String>), MissingDep { task: String, dep: String } }

struct Tasks<'a> { deps: BTreeMap<&'a str, (u32, Vec<&'a str>)> }

impl<'a> Tasks<'a> {
    fn parse(spec: &'a str) -> Tasks<'a> {
        let mut deps = BTreeMap::new();
        for line in spec.lines().map(str::trim).filter(|l| !l.is_empty()) {
            let (head, rest) = line.split_once(':').expect("colon");
            let (name, cost) = match head.split_once('/') {
                Some((n, c)) => (n.trim(), c.trim().parse().unwrap()),
                None => (head.trim(), 1),
            };
            let ds: Vec<&str> = rest.split(',').map(|d| d.trim()).filter(|d| !d.is_empty()).collect();
            deps.insert(name, (cost, ds));
        }
        Tasks { deps }
    }

    fn order(&self) -> Result<Vec<&'a str>, SortError> {
        let mut indegree: BTreeMap<&str, usize> = self.deps.keys().map(|k| (*k, 0)).collect();
        let mut users: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
        for (task, (_, ds)) in &self.deps {
            for d in ds {
                if !self.deps.contains_key(d) {
                    return Err(SortError::MissingDep { task: task.to_string(), dep: d.to_string() });
                }
                *indegree.get_mut(task).unwrap() += 1;
                users.entry(d).or_default().push(task);
            }
        }
        let mut ready: VecDeque<&str> = indegree.iter().filter(|(_, &n)| n == 0).map(|(k, _)| *k).collect();
        let mut out = Vec::new();
        while let Some(t) = ready.pop_front() {
            out.push(t);
            if let Some(us) = users.get(t) {
                for u in us {
                    let n = indegree.get_mut(u).unwrap();
                    *n -= 1;
                    if *n == 0 { ready.push_back(u); }
                }
            }
        }
        if out.len() != self.deps.len() {
            let done: BTreeSet<&str> = out.iter().copied().collect();
            let stuck = self.deps.keys().filter(|k| !done.contains(*k)).map(|k| k.to_string()).collect();
            return Err(SortError::Cycle(stuck));
        }
        Ok(out)
    }

    fn finish_times(&self, order: &[&'a str]) -> BTreeMap<&'a str, u32> {
        let mut finish = BTreeMap::new();
        for t in order {
            let (cost, ds) = &self.deps[t];
            let start = ds.iter().map(|d| finish[d]).max().unwrap_or(0);
            finish.insert(*t, start + cost);
        }
        finish
    }
}

fn report(spec: &str) {
    let tasks = Tasks::parse(spec);
    match tasks.order() {
        Ok(order) => {
            println!("order: {}", order.join(" -> "));
            let fin = tasks.finish_times(&order);
            let (last, t) = fin.iter().max_by_key(|(_, &t)| t).unwrap();
            println!("makespan {} (ends with {})", t, last);
            for (name, end) in &fin {
                let cost = tasks.deps[name].0;
                println!("  {:<8}{}{}", name, " ".repeat((end - cost) as usize), "=".repeat(cost as usize));
            }
        }
        Err(SortError::Cycle(stuck)) => println!("cycle among {:?}", stuck),
        Err(e) => println!("error: {:?}", e),
    }
}

fn main() {
    report("
        fetch/2:
        config/1: fetch
        compile/5: config, codegen
        codegen/3: fetch
        test/4: compile
        docs/2: config
        package/1: test, docs
    ");
    report("a: b\n b: c\n c: a\n d:\n e: d");
    report("x: y\n y: z");
}
