// Constants the type system needs (array lengths) that only running them can compute:
// calls to const fns, other constants built on them, inline const blocks, `[x; _]`.
use std::mem::{align_of, size_of};

const WORDS: usize = 4;
const BLOCK: usize = WORDS * size_of::<u64>();
const KEY: usize = BLOCK / 2 + align_of::<u32>();

const fn cube(n: usize) -> usize {
    n * n * n
}

#[derive(Debug, Clone)]
struct Params {
    key_len: u8,
    key: [u8; KEY],
    block: [u8; BLOCK],
}

impl Params {
    fn new() -> Self {
        Params { key_len: KEY as u8, key: [0; KEY], block: [0xff; BLOCK] }
    }
}

fn checksum(bytes: &[u8]) -> u32 {
    bytes.iter().fold(0u32, |acc, &b| acc.wrapping_mul(31).wrapping_add(b as u32))
}

fn main() {
    let mut p = Params::new();
    p.key[..3].copy_from_slice(b"abc");
    p.block = [7; BLOCK];
    println!("key_len={} key={} block={}", p.key_len, p.key.len(), p.block.len());
    println!("checksums {} {}", checksum(&p.key), checksum(&p.block));

    let cubes = [1u32; cube(3)];
    println!("cubes: {}", cubes.len());

    let padded: [u16; 6] = [9; _];
    println!("{:?}", padded);

    let small: u8 = const { 200 + 55 };
    let lanes = [0i64; const { 2 * WORDS }];
    println!("{} {:?}", small, lanes);

    let empties: [Vec<String>; 3] = [const { Vec::new() }; 3];
    println!("{:?} {}", empties, empties.iter().all(|v| v.is_empty()));
    let q = p.clone();
    println!("{}", q.key.iter().filter(|&&b| b != 0).count());
}
