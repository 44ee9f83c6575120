// Vec's editing methods: insert/remove, drain, dedup, retain, split_off, append, resize, and
// the slice methods reached through Deref; concat/join; to_vec/into_vec.
#[derive(Debug)]
struct Loud(i32);

impl Drop for Loud {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn main() {
    let mut v = vec![1, 2, 3];
    v.insert(1, 10);
    v.insert(4, 20);
    println!("{:?}", v);
    let r0 = v.remove(0);
    println!("{} {:?}", r0, v);
    let s0 = v.swap_remove(0);
    println!("{} {:?}", s0, v);
    v.extend_from_slice(&[7, 7, 8]);
    v.extend(&[9, 9]);
    println!("{:?}", v);
    v.dedup();
    println!("{:?}", v);
    v.truncate(3);
    println!("{:?} {:?} {:?}", v, v.first(), v.last());
    v.clear();
    println!("{:?} {}", v, v.is_empty());

    let mut d: Vec<i32> = (1..=8).collect();
    let mid: Vec<i32> = d.drain(2..5).collect();
    println!("{:?} {:?}", mid, d);
    let back: Vec<i32> = d.drain(..2).rev().collect();
    println!("{:?} {:?}", back, d);
    {
        let mut part = d.drain(1..);
        println!("{:?}", part.next());
    }
    println!("{:?}", d);
    d.drain(..);
    println!("{:?}", d);

    let mut l = vec![Loud(1), Loud(2), Loud(3), Loud(4)];
    l.retain(|x| x.0 % 2 == 0);
    println!("kept {:?}", l);
    let drained: Vec<Loud> = l.drain(..1).collect();
    println!("drained {:?} left {:?}", drained, l);
    drop(drained);
    l.truncate(0);
    println!("empty {}", l.len());

    let mut r = vec![1, 2, 3, 4, 5, 6];
    r.retain_mut(|x| {
        *x *= 10;
        *x != 30
    });
    println!("{:?}", r);
    let mut words = vec!["apple", "avocado", "banana", "blueberry", "cherry"];
    words.dedup_by_key(|w| w.chars().next());
    println!("{:?}", words);
    let mut nums = vec![1, 2, 4, 5, 7];
    nums.dedup_by(|a, b| *a - *b == 1);
    println!("{:?}", nums);

    let mut a = vec![1, 2, 3, 4, 5];
    let tail = a.split_off(3);
    println!("{:?} {:?}", a, tail);
    let mut b = vec![9, 8];
    a.append(&mut b);
    println!("{:?} {:?}", a, b);
    a.resize(7, 0);
    println!("{:?}", a);
    a.resize(2, 0);
    println!("{:?}", a);
    let mut k = 0;
    a.resize_with(4, || {
        k += 1;
        k * 100
    });
    let has = a.contains(&200);
    println!("{:?} {}", a, has);
    println!("{:?}", a.pop_if(|x| *x > 100));

    // nesting, comparison, by-value iteration from both ends
    let mut grid = vec![vec![0; 3]; 2];
    grid[1][2] = 5;
    grid.push(vec![1]);
    println!("{:?} {}", grid, grid.len());
    println!("{} {} {}", vec![1, 2] < vec![1, 3], vec![2] > vec![1, 9], vec![1, 2] == [1, 2]);
    println!("{:?}", vec![3, 1].cmp(&vec![3]));
    let mut names = vec![String::from("b"), String::from("a")];
    names.sort();
    println!("{:?} {}", names, names == ["a", "b"]);
    let mut it = vec![1, 2, 3, 4].into_iter();
    println!("{:?} {:?} {}", it.next_back(), it.next(), it.len());
    println!("{:?}", it.rev().collect::<Vec<_>>());

    // concat, join, to_vec, into_vec
    let parts = vec![vec![1, 2], vec![3]];
    println!("{:?} {:?}", parts.concat(), parts.join(&0));
    println!("{:?}", [[1, 2], [3, 4]].concat());
    println!("{:?}", [vec![1], vec![2, 3]].join(&[0, 0][..]));
    println!("{:?} {:?}", ["a", "b", "c"].concat(), ["a", "b", "c"].join(", "));
    let owned = vec![String::from("x"), String::from("y")];
    println!("{:?} {:?}", owned.concat(), owned.join("-"));
    let empty: Vec<String> = Vec::new();
    println!("{:?}", empty.join("+"));
    let s = [1, 2, 3];
    let t = s[1..].to_vec();
    println!("{:?}", t);
    let bx: Box<[i32]> = vec![4, 5].into_boxed_slice();
    println!("{:?}", bx.into_vec());
    println!("{:?}", [1, 2].repeat(3));
    println!("end");
}
