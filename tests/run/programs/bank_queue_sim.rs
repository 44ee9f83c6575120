// Discrete-event simulation of a bank: BinaryHeap<Reverse<(time, seq)>> event queue, tellers, statistics.
use std::cmp::Reverse;
use std::collections::{BinaryHeap, VecDeque};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Kind { Arrival(u32), Departure { teller: usize, customer: u32 }, Close }

struct Lcg(u64);
impl Lcg {
    fn next(&mut self, lo: u64, hi: u64) -> u64 {
        self.0 = self.0.wrapping_mul(2862933555777941757).wrapping_add(3037000493);
        lo + (self.0 >> 32) % (hi - lo + 1)
    }
}

#[derive(Default, Debug)]
struct Stats { served: u32, total_wait: u64, max_wait: u64, max_queue: usize, turned_away: u32 }

fn simulate(tellers: usize, seed: u64, verbose: bool) -> Stats {
    let mut rng = Lcg(seed);
    let mut events: BinaryHeap<Reverse<(u64, u64, Kind)>> = BinaryHeap::new();
    let mut seq = 0;
    let mut schedule = |events: &mut BinaryHeap<Reverse<(u64, u64, Kind)>>, t: u64, k: Kind| {
        seq += 1;
        events.push(Reverse((t, seq, k)));
    };
    let mut t = 0;
    for id in 1..=25 {
        t += rng.next(1, 6);
        schedule(&mut events, t, Kind::Arrival(id));
    }
    schedule(&mut events, 90, Kind::Close);
    let mut busy: Vec<Option<u32>> = vec![None; tellers];
    let mut queue: VecDeque<(u32, u64)> = VecDeque::new();
    let mut stats = Stats::default();
    let mut open = true;
    while let Some(Reverse((now, _, kind))) = events.pop() {
        match kind {
            Kind::Arrival(c) if !open => { stats.turned_away += 1; if verbose { println!("{:>3}: customer {} finds the door closed", now, c); } }
            Kind::Arrival(c) => {
                queue.push_back((c, now));
                stats.max_queue = stats.max_queue.max(queue.len());
            }
            Kind::Departure { teller, customer } => {
                busy[teller] = None;
                if verbose { println!("{:>3}: teller {} done with {}", now, teller, customer); }
            }
            Kind::Close => { open = false; if verbose { println!("{:>3}: doors close, {} waiting", now, queue.len()); } }
        }
        while let Some(free) = busy.iter().position(Option::is_none) {
            let Some((c, arrived)) = queue.pop_front() else { break };
            let wait = now - arrived;
            stats.total_wait += wait;
            stats.max_wait = stats.max_wait.max(wait);
            stats.served += 1;
            busy[free] = Some(c);
            let service = rng.next(3, 12);
            schedule(&mut events, now + service, Kind::Departure { teller: free, customer: c });
            if verbose && wait > 0 { println!("{:>3}: customer {} waited {} for teller {}", now, c, wait, free); }
        }
    }
    stats
}

fn main() {
    let s = simulate(2, 2024, true);
    println!("{:#?}", s);
    println!("{:>7} {:>6} {:>8} {:>8} {:>6}", "tellers", "served", "avg wait", "max wait", "queue");
    for tellers in 1..=4 {
        let s = simulate(tellers, 2024, false);
        let avg = s.total_wait as f64 / s.served.max(1) as f64;
        println!("{:>7} {:>6} {:>8.2} {:>8} {:>6}", tellers, s.served, avg, s.max_wait, s.max_queue);
    }
    let best = (1..=4usize).min_by_key(|&n| { let s = simulate(n, 7, false); (s.max_wait, n) }).unwrap();
    println!("fewest tellers with the smallest max wait for seed 7: {}", best);
    let mut heap = BinaryHeap::from(vec![Reverse((5, 1, Kind::Close)), Reverse((5, 0, Kind::Arrival(9))), Reverse((2, 7, Kind::Arrival(1)))]);
    let order: Vec<(u64, u64, Kind)> = std::iter::from_fn(|| heap.pop().map(|Reverse(e)| e)).collect();
    println!("{:?}", order);
}
