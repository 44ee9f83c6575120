// VecDeque's search, resizing, filtering and swapping methods, its comparisons and hashing, and
// its io::Read / io::Write / io::BufRead implementations for a byte queue.
use std::collections::hash_map::DefaultHasher;
use std::collections::{HashSet, VecDeque};
use std::hash::{Hash, Hasher};
use std::io::{BufRead, Read, Write};

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
struct Job {
    priority: u8,
    name: String,
}

fn hash_of<T: Hash>(t: &T) -> u64 {
    let mut h = DefaultHasher::new();
    t.hash(&mut h);
    h.finish()
}

fn main() {
    // a sorted deque whose elements wrap around the buffer
    let mut sorted: VecDeque<u32> = VecDeque::with_capacity(12);
    sorted.extend([40, 50, 60, 70, 80]);
    for x in [30, 20, 10] {
        sorted.push_front(x);
    }
    println!("{:?} slices {:?}", sorted, sorted.as_slices());
    for probe in [10, 35, 40, 80, 85, 5] {
        println!("search {:>2}: {:?}", probe, sorted.binary_search(&probe));
    }
    println!("by: {:?}", sorted.binary_search_by(|x| x.cmp(&60)));
    println!("by_key: {:?}", sorted.binary_search_by_key(&7, |x| x / 10));
    println!("partition_point(<45) {} (<5) {} (<100) {}", sorted.partition_point(|&x| x < 45), sorted.partition_point(|&x| x < 5), sorted.partition_point(|&x| x < 100));
    let pos = sorted.partition_point(|&x| x < 55);
    sorted.insert(pos, 55);
    println!("inserted 55 at {}: {:?}", pos, sorted);

    // resizing
    let mut lanes: VecDeque<String> = VecDeque::new();
    lanes.resize(3, String::from("free"));
    lanes.push_front(String::from("taken"));
    lanes.resize(6, String::from("new"));
    println!("{:?}", lanes);
    let mut counter = 0;
    lanes.resize_with(8, || {
        counter += 1;
        format!("gen{}", counter)
    });
    lanes.resize_with(5, || unreachable!());
    println!("{:?} cap {}", lanes, lanes.capacity());

    // retain_mut keeps the order and can edit what it keeps
    let mut jobs: VecDeque<Job> = VecDeque::new();
    for (p, n) in [(3, "build"), (1, "lint"), (5, "deploy"), (2, "docs"), (4, "test")] {
        jobs.push_back(Job { priority: p, name: n.to_string() });
    }
    jobs.rotate_left(2);
    jobs.retain_mut(|j| {
        j.name.make_ascii_uppercase();
        j.priority >= 3
    });
    println!("{:?}", jobs);
    jobs.retain(|j| j.name != "TEST");
    println!("{:?}", jobs.iter().map(|j| &j.name).collect::<Vec<_>>());

    // swap_remove_* fill the hole from an end
    let mut letters: VecDeque<char> = "abcdefg".chars().collect();
    println!("{:?} {:?}", letters.swap_remove_back(1), letters);
    println!("{:?} {:?}", letters.swap_remove_front(4), letters);
    println!("{:?} {:?}", letters.swap_remove_back(9), letters.swap_remove_front(0));
    println!("{:?}", letters);

    // conditional pops and the _mut pushes
    let mut q: VecDeque<i32> = (1..=6).collect();
    println!("{:?} {:?}", q.pop_front_if(|x| *x % 2 == 1), q.pop_front_if(|x| *x % 2 == 1));
    println!("{:?}", q.pop_back_if(|x| {
        *x *= 10;
        *x > 100
    }));
    *q.push_front_mut(7) += 100;
    *q.push_back_mut(8) += 200;
    *q.insert_mut(3, 9) += 300;
    println!("{:?}", q);
    let (front, back) = q.as_mut_slices();
    front.reverse();
    back.reverse();
    println!("{:?} {:?}", q, q.as_slices());
    q.make_contiguous().sort();
    println!("{:?}", q);

    // comparisons with other sequences, ordering, hashing
    let a: VecDeque<i32> = VecDeque::from([1, 2, 3]);
    let mut b: VecDeque<i32> = VecDeque::with_capacity(3);
    b.push_back(3);
    b.push_front(2);
    b.push_front(1);
    println!("{} {} {}", a == b, a == vec![1, 2, 3], a == [1, 2, 3]);
    println!("{} {}", a == &[1, 2, 3][..], b != [1, 2]);
    println!("{:?} {:?}", a.cmp(&VecDeque::from([1, 2, 4])), a.partial_cmp(&VecDeque::from([1, 2])));
    println!("same hash despite layout: {}", hash_of(&a) == hash_of(&b));
    let mut seen: HashSet<VecDeque<i32>> = HashSet::new();
    seen.insert(a.clone());
    println!("set has b: {} len {}", seen.contains(&b), seen.len());

    // try_reserve
    let mut t: VecDeque<u64> = VecDeque::new();
    println!("{:?} cap {}", t.try_reserve(5), t.capacity());
    println!("{:?} cap {}", t.try_reserve_exact(9), t.capacity());
    match t.try_reserve(usize::MAX) {
        Ok(()) => println!("unexpected"),
        Err(e) => println!("error: {}", e),
    }

    // a byte queue as a reader and writer
    let mut pipe: VecDeque<u8> = VecDeque::with_capacity(16);
    pipe.write_all(b"0123456789").unwrap();
    let mut head = [0u8; 6];
    pipe.read_exact(&mut head).unwrap();
    write!(pipe, "GET /index\nHost: x\n").unwrap();
    println!("head {:?} slices {:?}", std::str::from_utf8(&head).unwrap(), pipe.as_slices());
    let mut chunk = [0u8; 8];
    let n = pipe.read(&mut chunk).unwrap();
    println!("read {} {:?}", n, String::from_utf8_lossy(&chunk[..n]));
    let mut line = String::new();
    pipe.read_line(&mut line).unwrap();
    println!("line {:?} buffered {:?}", line, String::from_utf8_lossy(pipe.fill_buf().unwrap()));
    pipe.consume(4);
    let mut rest = String::new();
    pipe.read_to_string(&mut rest).unwrap();
    println!("rest {:?} empty {}", rest, pipe.is_empty());
    pipe.extend(b"ab");
    let mut four = [0u8; 4];
    let err = pipe.read_exact(&mut four).unwrap_err();
    println!("{:?}: {} (left {})", err.kind(), err, pipe.len());
}
