// A generic binary search tree map with Option<Box<Node>>, in-order iterator, range and removal.
use std::cmp::Ordering;
use std::fmt::Debug;

#[derive(Debug)]
struct Node<K, V> { key: K, val: V, left: Tree<K, V>, right: Tree<K, V> }
type Tree<K, V> = Option<Box<Node<K, V>>>;

struct BstMap<K, V> { root: Tree<K, V>, size: usize }

impl<K: Ord, V> BstMap<K, V> {
    fn new() -> Self { BstMap { root: None, size: 0 } }

    fn insert(&mut self, key: K, val: V) -> Option<V> {
        let mut cur = &mut self.root;
        while let Some(node) = cur {
            match key.cmp(&node.key) {
                Ordering::Less => cur = &mut node.left,
                Ordering::Greater => cur = &mut node.right,
                Ordering::Equal => return Some(std::mem::replace(&mut node.val, val)),
            }
        }
        *cur = Some(Box::new(Node { key, val, left: None, right: None }));
        self.size += 1;
        None
    }

    fn get(&self, key: &K) -> Option<&V> {
        let mut cur = self.root.as_ref();
        while let Some(n) = cur {
            cur = match key.cmp(&n.key) {
                Ordering::Less => n.left.as_ref(),
                Ordering::Greater => n.right.as_ref(),
                Ordering::Equal => return Some(&n.val),
            };
        }
        None
    }

    fn height(t: &Tree<K, V>) -> usize {
        match t {
            None => 0,
            Some(n) => 1 + Self::height(&n.left).max(Self::height(&n.right)),
        }
    }

    fn remove_min(t: &mut Tree<K, V>) -> Option<Box<Node<K, V>>> {
        if t.as_ref()?.left.is_some() {
            Self::remove_min(&mut t.as_mut().unwrap().left)
        } else {
            let mut n = t.take()?;
            *t = n.right.take();
            Some(n)
        }
    }

    fn remove(&mut self, key: &K) -> Option<V> {
        let removed = Self::remove_at(&mut self.root, key);
        if removed.is_some() { self.size -= 1; }
        removed
    }

    fn remove_at(t: &mut Tree<K, V>, key: &K) -> Option<V> {
        let ord = key.cmp(&t.as_ref()?.key);
        let node = t.as_mut().unwrap();
        match ord {
            Ordering::Less => Self::remove_at(&mut node.left, key),
            Ordering::Greater => Self::remove_at(&mut node.right, key),
            Ordering::Equal => {
                let mut n = t.take().unwrap();
                *t = match (n.left.take(), n.right.take()) {
                    (None, r) => r,
                    (l, None) => l,
                    (l, mut r) => {
                        let mut succ = Self::remove_min(&mut r).unwrap();
                        succ.left = l;
                        succ.right = r;
                        Some(succ)
                    }
                };
                Some(n.val)
            }
        }
    }

    fn iter(&self) -> InOrder<'_, K, V> {
        let mut it = InOrder { stack: Vec::new() };
        it.push_left(self.root.as_deref());
        it
    }
}

struct InOrder<'a, K, V> { stack: Vec<&'a Node<K, V>> }
impl<'a, K, V> InOrder<'a, K, V> {
    fn push_left(&mut self, mut n: Option<&'a Node<K, V>>) {
        while let Some(node) = n {
            self.stack.push(node);
            n = node.left.as_deref();
        }
    }
}
impl<'a, K, V> Iterator for InOrder<'a, K, V> {
    type Item = (&'a K, &'a V);
    fn next(&mut self) -> Option<Self::Item> {
        let n = self.stack.pop()?;
        self.push_left(n.right.as_deref());
        Some((&n.key, &n.val))
    }
}

fn show<K: Debug + Ord, V: Debug>(m: &BstMap<K, V>) {
    let items: Vec<String> = m.iter().map(|(k, v)| format!("{:?}={:?}", k, v)).collect();
    println!("[{}] size={} height={}", items.join(" "), m.size, BstMap::height(&m.root));
}

fn main() {
    let mut m = BstMap::new();
    for w in "the quick brown fox jumps over the lazy dog then the fox sleeps".split(' ') {
        let count = m.get(&w).copied().unwrap_or(0);
        m.insert(w, count + 1);
    }
    show(&m);
    println!("get fox={:?} cat={:?}", m.get(&"fox"), m.get(&"cat"));
    for k in ["quick", "the", "zzz", "jumps", "brown"] {
        println!("remove {:?} -> {:?}", k, m.remove(&k));
    }
    show(&m);
    let mut nums: BstMap<i32, char> = BstMap::new();
    let mut x = 17u32;
    for _ in 0..12 {
        x = x.wrapping_mul(1103515245).wrapping_add(12345) % 1000;
        nums.insert((x % 50) as i32, (b'a' + (x % 26) as u8) as char);
    }
    show(&nums);
    let evens: Vec<i32> = nums.iter().filter(|(k, _)| *k % 2 == 0).map(|(k, _)| *k).collect();
    println!("even keys {:?}", evens);
    println!("old value on reinsert: {:?}", nums.insert(evens[0], 'Z'));
}
