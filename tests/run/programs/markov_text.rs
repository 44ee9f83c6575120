// A word-level Markov chain built from borrowed &str slices and driven by a deterministic LCG.
use std::collections::{BTreeMap, HashMap};

struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn pick<'a, T>(&mut self, items: &'a [T]) -> Option<&'a T> {
        if items.is_empty() { None } else { Some(&items[(self.next() % items.len() as u64) as usize]) }
    }
}

struct Chain<'a> { table: HashMap<(&'a str, &'a str), Vec<&'a str>>, starts: Vec<(&'a str, &'a str)> }

impl<'a> Chain<'a> {
    fn build(text: &'a str) -> Chain<'a> {
        let mut table: HashMap<(&str, &str), Vec<&str>> = HashMap::new();
        let mut starts = Vec::new();
        for sentence in text.split_terminator('.').map(str::trim).filter(|s| !s.is_empty()) {
            let words: Vec<&str> = sentence.split_whitespace().collect();
            if words.len() < 3 { continue; }
            starts.push((words[0], words[1]));
            for w in words.windows(3) {
                table.entry((w[0], w[1])).or_default().push(w[2]);
            }
            let n = words.len();
            table.entry((words[n - 2], words[n - 1])).or_default().push(".");
        }
        Chain { table, starts }
    }

    fn generate(&self, rng: &mut Rng, max_words: usize) -> String {
        let &(mut a, mut b) = rng.pick(&self.starts).expect("no sentences");
        let mut out = vec![a, b];
        while out.len() < max_words {
            let next = match self.table.get(&(a, b)).and_then(|v| rng.pick(v)) {
                Some(&".") | None => break,
                Some(w) => *w,
            };
            out.push(next);
            a = b;
            b = next;
        }
        out.join(" ") + "."
    }
}

fn main() {
    let corpus = "the cat sat on the mat. the dog sat on the log. the cat saw the dog on the mat. \
                  a dog and a cat sat together on the log. the mat was red and the log was brown. \
                  the dog saw a bird. the bird sat on the dog. a cat is not a dog.";
    let chain = Chain::build(corpus);
    println!("{} states, {} sentence starts", chain.table.len(), chain.starts.len());
    let mut states: Vec<(String, usize)> = chain.table.iter().map(|((a, b), v)| (format!("{} {}", a, b), v.len())).collect();
    states.sort_by(|x, y| y.1.cmp(&x.1).then_with(|| x.0.cmp(&y.0)));
    for (s, n) in states.iter().take(5) {
        println!("  {:<12} -> {} options", s, n);
    }
    let mut followers: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
    for ((_, b), nexts) in &chain.table {
        if *b == "the" {
            followers.entry("the").or_default().extend(nexts.iter().copied());
        }
    }
    if let Some(v) = followers.get_mut("the") {
        v.sort();
        v.dedup();
        println!("after 'the': {:?}", v);
    }
    let mut rng = Rng(0x2545F4914F6CDD1D);
    for i in 0..6 {
        println!("{}: {}", i, chain.generate(&mut rng, 12));
    }
    let lengths: Vec<usize> = (0..200).map(|_| chain.generate(&mut rng, 30).split(' ').count()).collect();
    let avg = lengths.iter().sum::<usize>() as f64 / lengths.len() as f64;
    println!("avg generated length {:.2}, max {}", avg, lengths.iter().max().unwrap());
}
