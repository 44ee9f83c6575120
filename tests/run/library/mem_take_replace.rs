// core::mem as programs use it: take and replace to move out of &mut (a state machine, a
// linked list, a buffer that is flushed), swap, discriminant to group enum values by variant,
// needs_drop/size_of, ManuallyDrop, MaybeUninit and zeroed.
use std::collections::HashMap;
use std::mem::{self, ManuallyDrop, MaybeUninit};

#[derive(Debug)]
enum Conn {
    Idle,
    Connecting { attempts: u32 },
    Open(String),
    Closed { reason: String },
}

impl Conn {
    fn step(&mut self) {
        // move the owned state out, leaving a placeholder, and put the next state back
        *self = match mem::replace(self, Conn::Idle) {
            Conn::Idle => Conn::Connecting { attempts: 1 },
            Conn::Connecting { attempts } if attempts < 3 => Conn::Connecting { attempts: attempts + 1 },
            Conn::Connecting { .. } => Conn::Open(String::from("session-1")),
            Conn::Open(s) => Conn::Closed { reason: format!("{} ended", s) },
            closed @ Conn::Closed { .. } => closed,
        };
    }
}

#[derive(Debug)]
struct Node {
    value: i32,
    next: Option<Box<Node>>,
}

#[derive(Debug, Default)]
struct List {
    head: Option<Box<Node>>,
    len: usize,
}

impl List {
    fn push(&mut self, value: i32) {
        let next = self.head.take();
        self.head = Some(Box::new(Node { value, next }));
        self.len += 1;
    }

    fn pop(&mut self) -> Option<i32> {
        let node = self.head.take()?;
        self.head = node.next;
        self.len -= 1;
        Some(node.value)
    }

    fn reverse(&mut self) {
        let mut prev: Option<Box<Node>> = None;
        let mut cur = mem::take(&mut self.head);
        while let Some(mut node) = cur {
            cur = mem::replace(&mut node.next, prev);
            prev = Some(node);
        }
        self.head = prev;
    }

    fn values(&self) -> Vec<i32> {
        let mut out = Vec::new();
        let mut cur = &self.head;
        while let Some(node) = cur {
            out.push(node.value);
            cur = &node.next;
        }
        out
    }
}

#[derive(Default, Debug)]
struct Batcher {
    pending: Vec<String>,
    flushed: Vec<Vec<String>>,
}

impl Batcher {
    fn add(&mut self, s: &str) {
        self.pending.push(s.to_string());
        if self.pending.len() == 3 {
            let batch = mem::take(&mut self.pending);
            self.flushed.push(batch);
        }
    }
}

struct Loud(&'static str);

impl Drop for Loud {
    fn drop(&mut self) {
        println!("dropping {}", self.0);
    }
}

#[derive(Debug, Clone, Copy, PartialEq)]
#[repr(C)]
struct Pixel {
    r: u8,
    g: u8,
    b: u8,
    a: u8,
}

fn main() {
    let mut c = Conn::Idle;
    for _ in 0..6 {
        c.step();
        println!("{:?}", c);
    }

    let mut list = List::default();
    for v in [3, 1, 4, 1, 5] {
        list.push(v);
    }
    println!("{:?} len {}", list.values(), list.len);
    list.reverse();
    println!("{:?} pop {:?}", list.values(), list.pop());

    let mut b = Batcher::default();
    for w in "the quick brown fox jumps over the lazy dog".split(' ') {
        b.add(w);
    }
    println!("{:?}", b);

    let mut left = vec![1, 2];
    let mut right = vec![9];
    mem::swap(&mut left, &mut right);
    println!("{:?} {:?}", left, right);
    let mut grid = [[0u8; 2]; 2];
    grid[1][0] = 7;
    let (top, bottom) = grid.split_at_mut(1);
    mem::swap(&mut top[0], &mut bottom[0]);
    println!("{:?}", grid);
    let mut name = String::from("old");
    let prev = mem::replace(&mut name, "new".into());
    println!("{} -> {}", prev, name);
    println!("took {} bytes", mem::take(&mut name).len());
    println!("{:?}", name);

    // discriminant: group values by variant, whatever their fields
    let events = vec![
        Conn::Open("a".into()),
        Conn::Idle,
        Conn::Open("b".into()),
        Conn::Closed { reason: "x".into() },
        Conn::Connecting { attempts: 2 },
        Conn::Idle,
        Conn::Open("c".into()),
    ];
    let mut counts: HashMap<mem::Discriminant<Conn>, usize> = HashMap::new();
    for e in &events {
        *counts.entry(mem::discriminant(e)).or_insert(0) += 1;
    }
    let open = mem::discriminant(&Conn::Open(String::new()));
    println!("open: {}, idle: {}, kinds: {}", counts[&open], counts[&mem::discriminant(&Conn::Idle)], counts.len());
    println!("{}", mem::discriminant(&Some(1)) == mem::discriminant(&Some(2)));
    println!("{}", mem::discriminant(&Ok::<i32, ()>(1)) != mem::discriminant(&Err::<i32, ()>(())));

    println!("{} {} {}", mem::needs_drop::<u64>(), mem::needs_drop::<Vec<u8>>(), mem::needs_drop::<(i32, Loud)>());
    println!("{} {} {}", mem::size_of::<Pixel>(), mem::align_of::<u64>(), mem::size_of_val(&[0u16; 5]));
    println!("{} {}", mem::size_of::<Option<Box<Node>>>(), mem::size_of::<Option<u32>>());

    // forget and ManuallyDrop keep destructors from running
    mem::forget(Loud("forgotten"));
    let kept = ManuallyDrop::new(Loud("kept"));
    println!("still have {}", kept.0);
    let mut manual = ManuallyDrop::new(Loud("manual"));
    unsafe { ManuallyDrop::drop(&mut manual) };
    let inner = ManuallyDrop::into_inner(ManuallyDrop::new(Loud("unwrapped")));
    drop(inner);

    // MaybeUninit and zeroed
    let mut slots: [MaybeUninit<String>; 3] = unsafe { MaybeUninit::uninit().assume_init() };
    for (i, slot) in slots.iter_mut().enumerate() {
        slot.write(format!("item{}", i * i));
    }
    let items: Vec<String> = slots.into_iter().map(|s| unsafe { s.assume_init() }).collect();
    println!("{:?}", items);
    let mut px = MaybeUninit::<Pixel>::uninit();
    let p = unsafe {
        let ptr = px.as_mut_ptr();
        (*ptr).r = 255;
        (*ptr).g = 128;
        (*ptr).b = 0;
        (*ptr).a = 255;
        px.assume_init()
    };
    println!("{:?}", p);
    let black: Pixel = unsafe { mem::zeroed() };
    let counts: [u32; 4] = unsafe { mem::zeroed() };
    println!("{:?} {:?} {}", black, counts, black == Pixel { r: 0, g: 0, b: 0, a: 0 });
    let z = MaybeUninit::<(u16, u64)>::zeroed();
    println!("{:?}", unsafe { z.assume_init() });
    let bits: u32 = unsafe { mem::transmute(1.5f32) };
    let raw: [u8; 4] = unsafe { mem::transmute_copy(&0x01020304u32) };
    println!("{:#x} {:?}", bits, raw);
    println!("end of main");
}
