// Vec's editing operations: splice, extract_if, extend_from_within, the in-place helpers, and
// the order in which they clone and drop elements.
use std::borrow::BorrowMut;
use std::cell::RefCell;
use std::mem::MaybeUninit;

thread_local! {
    static EVENTS: RefCell<Vec<String>> = RefCell::new(Vec::new());
}

fn event(s: String) {
    EVENTS.with(|e| e.borrow_mut().push(s));
}

fn events() -> String {
    EVENTS.with(|e| std::mem::take(&mut *e.borrow_mut())).join(", ")
}

#[derive(Debug, PartialEq)]
struct Token(&'static str);

impl Clone for Token {
    fn clone(&self) -> Token {
        event(format!("clone {}", self.0));
        Token(self.0)
    }
}

impl Drop for Token {
    fn drop(&mut self) {
        event(format!("drop {}", self.0));
    }
}

fn main() {
    // vec![x; n] clones n - 1 times and moves x into the last slot
    let row = vec![Token("a"); 3];
    println!("{:?} [{}]", row, events());
    let none: Vec<Token> = vec![Token("z"); 0];
    println!("{:?} [{}]", none, events());
    drop(row);
    println!("[{}]", events());

    // splice: a text buffer edited in place
    let mut text: Vec<char> = "hello world".chars().collect();
    let old: String = text.splice(0..5, "goodbye".chars()).collect();
    println!("{:?} -> {:?} (cap {})", old, text.iter().collect::<String>(), text.capacity());
    let old: String = text.splice(8.., "moon!".chars()).collect();
    println!("{:?} -> {:?}", old, text.iter().collect::<String>());
    let old: String = text.splice(7..8, "\n".chars().filter(|c| *c != '\n')).collect();
    println!("{:?} -> {:?}", old, text.iter().collect::<String>());
    text.splice(..0, ['>', ' ']);
    println!("{:?}", text.iter().collect::<String>());

    // splice with a replacement whose length is not known up front
    let mut nums: Vec<u32> = (1..=6).collect();
    let removed: Vec<u32> = nums.splice(2..4, (10..40).filter(|n| n % 7 == 0)).collect();
    println!("{:?} {:?} cap {}", removed, nums, nums.capacity());

    // dropping a Splice without iterating still replaces, and drops the removed elements
    let mut toks = vec![Token("p"), Token("q"), Token("r")];
    drop(toks.splice(1..2, [Token("s"), Token("t")]));
    println!("{:?} [{}]", toks, events());

    // extract_if: only the visited elements are tested; the rest stay in order
    let mut queue: Vec<(u32, &str)> = vec![(3, "low"), (9, "urgent"), (5, "mid"), (8, "high"), (1, "idle"), (9, "fire")];
    let urgent: Vec<(u32, &str)> = queue.extract_if(.., |(p, _)| *p >= 8).collect();
    println!("urgent {:?}\nrest {:?}", urgent, queue);
    let mut scores = vec![40, 85, 12, 99, 67, 73, 5];
    let mut it = scores.extract_if(1..6, |s| {
        *s += 1;
        *s > 70
    });
    println!("first {:?}, {:?}", it.next(), it);
    drop(it);
    println!("after partial extract {:?}", scores);
    let mut ts = vec![Token("k1"), Token("x1"), Token("k2"), Token("x2")];
    let xs: Vec<Token> = ts.extract_if(.., |t| t.0.starts_with('x')).collect();
    println!("{:?} {:?} [{}]", xs, ts, events());
    drop(xs);
    println!("[{}]", events());

    // extend_from_within clones a range of the vector onto its end
    let mut pattern = vec![Token("u"), Token("v")];
    pattern.extend_from_within(..);
    pattern.extend_from_within(1..3);
    println!("{:?} [{}]", pattern.iter().map(|t| t.0).collect::<String>(), events());
    drop(pattern);
    events();

    // retain and dedup drop what they remove as they go
    let mut words = vec![Token("a"), Token("bb"), Token("cc"), Token("d"), Token("eee")];
    words.retain(|t| t.0.len() != 2);
    println!("{:?} [{}]", words, events());
    let mut runs = vec![1, 1, 2, 3, 3, 3, 1, 4, 4];
    runs.dedup();
    println!("{:?}", runs);
    let mut near = vec![10, 11, 13, 20, 21, 35];
    near.dedup_by(|a, b| *a - *b < 3);
    println!("{:?}", near);

    // arrays flattened in place, leaked buffers, spare capacity, raw parts
    let grid = vec![[1, 2, 3], [4, 5, 6], [7, 8, 9]];
    let cells = grid.into_flattened();
    println!("{:?} len {} cap {}", cells, cells.len(), cells.capacity());
    let config: &'static mut [&str] = vec!["debug", "fast"].leak();
    config[1] = "slow";
    println!("{:?}", config);
    let mut buf: Vec<u16> = Vec::with_capacity(6);
    buf.push(100);
    let spare: &mut [MaybeUninit<u16>] = buf.spare_capacity_mut();
    println!("spare {}", spare.len());
    for (i, slot) in spare.iter_mut().take(3).enumerate() {
        slot.write(200 + i as u16);
    }
    unsafe { buf.set_len(4) };
    let (ptr, len, cap) = buf.into_raw_parts();
    let rebuilt = unsafe { Vec::from_raw_parts(ptr, len, cap) };
    println!("{:?} {} {}", rebuilt, len, cap);

    // push_mut / insert_mut / pop_if
    let mut stack = vec![1, 2, 3];
    *stack.push_mut(4) *= 100;
    *stack.insert_mut(1, 5) -= 1;
    let first = stack.pop_if(|x| *x > 100);
    let second = stack.pop_if(|x| *x > 100);
    println!("{:?} {:?} {:?}", stack, first, second);

    // slices borrowed mutably, boxed slices, drains
    let mut data = vec![5, 3, 9, 1];
    {
        let s: &mut [i32] = data.borrow_mut();
        s.sort_unstable();
    }
    let b: Box<[i32]> = data.clone().into();
    println!("{:?} {:?}", data, b);
    let mut d = vec![1, 2, 3, 4, 5, 6];
    let mut dr = d.drain(1..5);
    dr.next_back();
    println!("{:?} {:?}", dr, dr.as_slice());
    drop(dr);
    let it = d.into_iter();
    println!("{:?} {:?}", it.as_slice(), it);
}
