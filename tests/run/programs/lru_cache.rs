// A generic LRU cache built from HashMap + VecDeque with where clauses, stats and a loader closure.
use std::collections::{HashMap, VecDeque};
use std::fmt::Debug;
use std::hash::Hash;

struct LruCache<K, V> {
    capacity: usize,
    map: HashMap<K, V>,
    order: VecDeque<K>,
    hits: u32,
    misses: u32,
    evicted: Vec<K>,
}

impl<K, V> LruCache<K, V>
where
    K: Hash + Eq + Clone + Debug,
    V: Clone,
{
    fn new(capacity: usize) -> Self {
        assert!(capacity > 0, "capacity must be positive");
        LruCache { capacity, map: HashMap::new(), order: VecDeque::new(), hits: 0, misses: 0, evicted: Vec::new() }
    }

    fn touch(&mut self, key: &K) {
        if let Some(pos) = self.order.iter().position(|k| k == key) {
            let k = self.order.remove(pos).unwrap();
            self.order.push_back(k);
        }
    }

    fn get(&mut self, key: &K) -> Option<&V> {
        if self.map.contains_key(key) {
            self.hits += 1;
            self.touch(key);
            self.map.get(key)
        } else {
            self.misses += 1;
            None
        }
    }

    fn put(&mut self, key: K, value: V) {
        if self.map.insert(key.clone(), value).is_some() {
            self.touch(&key);
            return;
        }
        self.order.push_back(key);
        if self.order.len() > self.capacity {
            if let Some(old) = self.order.pop_front() {
                self.map.remove(&old);
                self.evicted.push(old);
            }
        }
    }

    fn get_or_load<F>(&mut self, key: K, load: F) -> V
    where
        F: FnOnce(&K) -> V,
    {
        if let Some(v) = self.get(&key) {
            return v.clone();
        }
        let v = load(&key);
        self.put(key, v.clone());
        v
    }

    fn keys_by_recency(&self) -> Vec<&K> { self.order.iter().rev().collect() }

    fn hit_rate(&self) -> f64 {
        let total = self.hits + self.misses;
        if total == 0 { 0.0 } else { self.hits as f64 / total as f64 }
    }
}

fn slow_square(n: &u64) -> u64 { n * n }

fn main() {
    let mut cache: LruCache<&str, String> = LruCache::new(3);
    cache.put("a", "alpha".to_string());
    cache.put("b", "beta".to_string());
    cache.put("c", "gamma".to_string());
    println!("get a: {:?}", cache.get(&"a"));
    cache.put("d", "delta".to_string());
    println!("get b: {:?}", cache.get(&"b"));
    cache.put("c", "GAMMA".to_string());
    cache.put("e", "epsilon".to_string());
    println!("recency: {:?}", cache.keys_by_recency());
    println!("evicted: {:?}", cache.evicted);
    let c = cache.get(&"c").cloned();
    println!("c = {:?}, hit rate {:.3}", c, cache.hit_rate());

    let mut squares: LruCache<u64, u64> = LruCache::new(4);
    let mut loads = 0;
    let pattern = [1, 2, 3, 1, 2, 4, 5, 1, 6, 2, 3, 3, 3, 7, 1];
    let results: Vec<u64> = pattern.iter().map(|&k| squares.get_or_load(k, |k| { loads += 1; slow_square(k) })).collect();
    println!("results {:?}", results);
    println!("loads={} hits={} misses={} rate={:.2}%", loads, squares.hits, squares.misses, squares.hit_rate() * 100.0);
    println!("evicted {:?}, resident {:?}", squares.evicted, squares.keys_by_recency());

    let mut words: LruCache<String, usize> = LruCache::new(2);
    for w in "one two one three two two four".split(' ') {
        let len = words.get_or_load(w.to_string(), |k| k.len());
        print!("{}:{} ", w, len);
    }
    println!();
    println!("word evictions: {:?}", words.evicted);
    let _bad: LruCache<u8, u8> = LruCache::new(0);
}
