// A round-robin scheduler over a LinkedList of jobs.
use std::collections::LinkedList;

#[derive(Debug, Clone, PartialEq)]
struct Job {
    name: String,
    remaining: u32,
}

fn run(mut queue: LinkedList<Job>, slice: u32) -> Vec<String> {
    let mut finished = Vec::new();
    let mut tick = 0;
    while let Some(mut job) = queue.pop_front() {
        let step = job.remaining.min(slice);
        job.remaining -= step;
        tick += step;
        if job.remaining == 0 {
            finished.push(format!("{}@{}", job.name, tick));
        } else {
            queue.push_back(job);
        }
    }
    finished
}

fn main() {
    let jobs: LinkedList<Job> = [("a", 5), ("b", 2), ("c", 7), ("d", 1)]
        .iter()
        .map(|&(n, r)| Job { name: n.to_string(), remaining: r })
        .collect();
    println!("{} jobs, first {:?}, last {:?}", jobs.len(), jobs.front().map(|j| &j.name), jobs.back().map(|j| &j.name));
    println!("{:?}", run(jobs.clone(), 2));
    println!("{:?}", run(jobs.clone(), 3));

    let mut urgent = LinkedList::new();
    urgent.push_front(Job { name: "z".to_string(), remaining: 1 });
    let mut all = jobs;
    urgent.append(&mut all);
    println!("after append: {} and {}", urgent.len(), all.len());
    let rest = urgent.split_off(2);
    println!("{:?}", urgent.iter().map(|j| j.name.as_str()).collect::<Vec<_>>());
    println!("{:?}", rest.iter().rev().map(|j| j.name.as_str()).collect::<Vec<_>>());

    let mut numbers: LinkedList<i32> = (1..=10).collect();
    for n in numbers.iter_mut() {
        *n *= *n;
    }
    let mut odd = LinkedList::new();
    while let Some(n) = numbers.pop_front() {
        if n % 2 == 1 {
            odd.push_back(n);
        }
    }
    let numbers = odd;
    println!("{:?} contains 49: {}", numbers, numbers.contains(&49));
    let mut other = LinkedList::from([1, 9, 25, 49, 81]);
    println!("equal: {} cmp: {:?}", numbers == other, numbers.cmp(&other));
    other.pop_back();
    other.push_front(0);
    println!("{:?} {:?}", other, numbers.partial_cmp(&other));
    let v: Vec<i32> = other.into_iter().rev().collect();
    println!("{:?}", v);
}
