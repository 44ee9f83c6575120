// Vec, HashMap and String work: builds a text of pseudo-random words (syllables picked by a
// linear congruential generator, with capitals and punctuation), then splits it, normalises the
// words and counts them in a HashMap; prints the most frequent words and a few totals. The
// argument (default 300) times 4,000 is the number of words.

use std::collections::HashMap;

struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        self.0 >> 33
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

const SYLLABLES: [&str; 12] = ["ka", "ri", "to", "mun", "el", "sa", "ve", "lo", "qua", "ni", "bor", "e"];

fn make_text(words: usize, rng: &mut Lcg) -> String {
    let mut text = String::new();
    for i in 0..words {
        // short words are much more frequent than long ones
        let parts = 1 + rng.below(2) + rng.below(2) * rng.below(3);
        let mut word = String::new();
        for _ in 0..parts {
            // a skewed choice, so that some words are common
            let a = rng.below(12);
            let b = rng.below(12);
            word.push_str(SYLLABLES[a.min(b) as usize]);
        }
        if rng.below(10) == 0 {
            let mut cs = word.chars();
            if let Some(first) = cs.next() {
                word = first.to_uppercase().collect::<String>() + cs.as_str();
            }
        }
        text.push_str(&word);
        match rng.below(20) {
            0 => text.push_str(". "),
            1 => text.push_str(", "),
            2 => text.push('\n'),
            _ => text.push(' '),
        }
        if i % 1000 == 999 {
            text.push_str("\n\n");
        }
    }
    text
}

fn main() {
    let factor: usize = std::env::args().nth(1).map(|s| s.parse().expect("size factor")).unwrap_or(300);
    let mut rng = Lcg(7);
    let text = make_text(factor * 4000, &mut rng);
    let mut counts: HashMap<String, usize> = HashMap::new();
    let mut total = 0usize;
    for raw in text.split_whitespace() {
        let word = raw.trim_matches(|c: char| c == '.' || c == ',').to_lowercase();
        if word.is_empty() {
            continue;
        }
        *counts.entry(word).or_insert(0) += 1;
        total += 1;
    }
    let mut by_count: Vec<(&String, &usize)> = counts.iter().collect();
    by_count.sort_by(|a, b| b.1.cmp(a.1).then_with(|| a.0.cmp(b.0)));
    let longest = counts.keys().max_by(|a, b| a.len().cmp(&b.len()).then_with(|| b.cmp(a))).unwrap();
    let lines = text.lines().count();
    let paragraphs = text.split("\n\n").filter(|p| !p.trim().is_empty()).count();
    let letters: usize = text.chars().filter(|c| c.is_alphabetic()).count();
    println!("bytes {} lines {} paragraphs {} letters {}", text.len(), lines, paragraphs, letters);
    println!("words {} distinct {} longest {}", total, counts.len(), longest);
    let top: Vec<String> = by_count.iter().take(6).map(|(w, c)| format!("{}={}", w, c)).collect();
    println!("top {}", top.join(" "));
    let once = counts.values().filter(|&&c| c == 1).count();
    println!("words seen once {}", once);
}
