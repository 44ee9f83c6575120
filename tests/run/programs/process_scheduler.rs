// CPU scheduling simulation: round-robin with VecDeque and priority scheduling with BinaryHeap.
use std::cmp::Reverse;
use std::collections::{BinaryHeap, VecDeque};

#[derive(Debug, Clone)]
struct Proc { pid: u32, arrival: u32, burst: u32, priority: u8 }

#[derive(Debug, Default)]
struct Report { finish: Vec<(u32, u32)>, timeline: String }

impl Report {
    fn summary(&self, procs: &[Proc]) -> String {
        let mut turnaround = 0;
        let mut waiting = 0;
        for (pid, t) in &self.finish {
            let p = procs.iter().find(|p| p.pid == *pid).unwrap();
            turnaround += t - p.arrival;
            waiting += t - p.arrival - p.burst;
        }
        let n = self.finish.len() as f64;
        format!("avg turnaround {:.2}, avg waiting {:.2}", turnaround as f64 / n, waiting as f64 / n)
    }
}

fn round_robin(procs: &[Proc], quantum: u32) -> Report {
    let mut pending: VecDeque<Proc> = procs.iter().cloned().collect();
    let mut ready: VecDeque<(u32, u32)> = VecDeque::new();
    let mut time = 0;
    let mut rep = Report::default();
    loop {
        while pending.front().map_or(false, |p| p.arrival <= time) {
            let p = pending.pop_front().unwrap();
            ready.push_back((p.pid, p.burst));
        }
        let Some((pid, left)) = ready.pop_front() else {
            if pending.is_empty() { break; }
            time += 1;
            rep.timeline.push('.');
            continue;
        };
        let run = left.min(quantum);
        for _ in 0..run {
            rep.timeline.push(char::from_digit(pid, 10).unwrap());
        }
        time += run;
        while pending.front().map_or(false, |p| p.arrival <= time) {
            let p = pending.pop_front().unwrap();
            ready.push_back((p.pid, p.burst));
        }
        if left > run { ready.push_back((pid, left - run)); } else { rep.finish.push((pid, time)); }
    }
    rep
}

fn priority_preemptive(procs: &[Proc]) -> Report {
    let mut heap: BinaryHeap<(Reverse<u8>, Reverse<u32>, u32)> = BinaryHeap::new();
    let mut remaining: Vec<u32> = procs.iter().map(|p| p.burst).collect();
    let mut rep = Report::default();
    let mut time = 0;
    let mut next = 0;
    while rep.finish.len() < procs.len() {
        while next < procs.len() && procs[next].arrival <= time {
            heap.push((Reverse(procs[next].priority), Reverse(procs[next].arrival), procs[next].pid));
            next += 1;
        }
        match heap.pop() {
            None => rep.timeline.push('.'),
            Some((prio, arr, pid)) => {
                let idx = procs.iter().position(|p| p.pid == pid).unwrap();
                remaining[idx] -= 1;
                rep.timeline.push(char::from_digit(pid, 10).unwrap());
                if remaining[idx] == 0 { rep.finish.push((pid, time + 1)); } else { heap.push((prio, arr, pid)); }
            }
        }
        time += 1;
    }
    rep
}

fn main() {
    let procs = vec![
        Proc { pid: 1, arrival: 0, burst: 5, priority: 3 },
        Proc { pid: 2, arrival: 1, burst: 3, priority: 1 },
        Proc { pid: 3, arrival: 2, burst: 8, priority: 4 },
        Proc { pid: 4, arrival: 3, burst: 6, priority: 2 },
        Proc { pid: 5, arrival: 30, burst: 2, priority: 1 },
    ];
    for q in [1, 2, 4, 10] {
        let r = round_robin(&procs, q);
        println!("RR q={:<2} {} | {}", q, r.timeline, r.summary(&procs));
        println!("        finish order {:?}", r.finish.iter().map(|(p, _)| *p).collect::<Vec<_>>());
    }
    let r = priority_preemptive(&procs);
    println!("PRIO    {} | {}", r.timeline, r.summary(&procs));
    println!("        finish {:?}", r.finish);
    let busiest = procs.iter().max_by_key(|p| p.burst).unwrap();
    println!("longest job: {:?}", busiest);
}
