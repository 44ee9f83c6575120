// Arrays as values: comparison with arrays and slices, ordering and hashing as keys, building
// with from_fn/map/Default, conversion from slices and tuples, and by-value iteration.

use std::collections::{BTreeSet, HashMap};
use std::convert::TryFrom;

type Rgb = [u8; 3];

fn parse_rgb(s: &str) -> Option<Rgb> {
    let parts: Vec<u8> = s.split(',').map(|p| p.trim().parse().ok()).collect::<Option<Vec<u8>>>()?;
    <[u8; 3]>::try_from(parts.as_slice()).ok()
}

fn brightness(c: &Rgb) -> u32 {
    c.iter().map(|&x| x as u32).sum()
}

#[derive(Debug)]
struct Noisy(u32);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn main() {
    let red: Rgb = [255, 0, 0];
    println!("{} {} {}", red == [255, 0, 0], red != [0, 0, 0], [1, 2] < [1, 3]);
    let s: &[u8] = &[255, 0, 0];
    println!("{} {} {}", red == *s, s == red, &red[..] == s);
    let v = vec![255u8, 0, 0];
    println!("{} {}", v == red, red.as_slice() == v.as_slice());
    println!("{:?} {:?}", [3, 1].cmp(&[2, 9]), [1.0, f64::NAN].partial_cmp(&[1.0, 2.0]));
    println!("{:?}", ["b", "a"].max(["a", "z"]));

    let inputs = ["10, 20, 30", "255,255,255", "1,2", "1,2,x", "0,0,0"];
    let colors: Vec<Rgb> = inputs.iter().filter_map(|s| parse_rgb(s)).collect();
    println!("{:?}", colors);
    let set: BTreeSet<Rgb> = colors.iter().copied().collect();
    println!("{:?}", set);
    let mut names: HashMap<Rgb, &str> = HashMap::new();
    names.insert([0, 0, 0], "black");
    names.insert([255, 255, 255], "white");
    for c in &colors {
        println!("{:?} -> {:?} (brightness {})", c, names.get(c), brightness(c));
    }

    let squares: [u64; 6] = std::array::from_fn(|i| (i as u64) * (i as u64));
    let labels = squares.map(|x| format!("<{}>", x));
    println!("{:?} {:?}", squares, labels);
    let lens = labels.each_ref().map(|s| s.len());
    println!("{:?}", lens);
    let mut grid: [[char; 3]; 2] = Default::default();
    for (r, row) in grid.iter_mut().enumerate() {
        for (c, cell) in row.each_mut().into_iter().enumerate() {
            *cell = if (r + c) % 2 == 0 { '#' } else { '.' };
        }
    }
    println!("{:?} {:?}", grid, <[String; 2]>::default());
    let ones: [i32; 4] = std::array::repeat(1);
    println!("{:?} {:?}", ones, std::array::from_ref(&9));

    let data = [1, 2, 3, 4, 5];
    let head: &[i32; 2] = <&[i32; 2]>::try_from(&data[..2]).unwrap();
    println!("{:?} {:?}", head, <&[i32; 2]>::try_from(&data[..3]).map_err(|e| e.to_string()));
    let arr: Result<[i32; 5], _> = data[..].try_into();
    println!("{:?}", arr);
    let pair: [i32; 2] = (7, 8).into();
    let (x, y): (i32, i32) = [3, 4].into();
    println!("{:?} {} {}", pair, x, y);

    let items = [Noisy(1), Noisy(2), Noisy(3)];
    let mut it = items.into_iter();
    let first = it.next().unwrap();
    println!("took {:?}, left {:?}", first, it.as_slice());
    drop(it);
    println!("iterator dropped");
    let kept = [Noisy(10), Noisy(20)].map(|n| Noisy(n.0 + 1));
    println!("mapped {:?}", kept);
}
