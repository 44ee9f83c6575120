// Word counting with HashMap, sorting by count then word, windows for bigrams and a histogram.
use std::collections::{BTreeMap, HashMap, HashSet};

const TEXT: &str = "It was the best of times, it was the worst of times, it was the age of wisdom, \
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity, \
it was the season of Light, it was the season of Darkness, it was the spring of hope, \
it was the winter of despair.";

fn normalize(word: &str) -> String {
    word.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(|c| c.to_lowercase())
        .collect()
}

fn main() {
    let words: Vec<String> = TEXT
        .split_whitespace()
        .map(normalize)
        .filter(|w| !w.is_empty())
        .collect();
    println!("{} words, {} distinct", words.len(), words.iter().collect::<HashSet<_>>().len());

    let mut counts: HashMap<&str, usize> = HashMap::new();
    for w in &words {
        *counts.entry(w.as_str()).or_insert(0) += 1;
    }
    let mut ranked: Vec<(&str, usize)> = counts.into_iter().collect();
    ranked.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    println!("top words:");
    for (word, n) in ranked.iter().take(6) {
        println!("  {:>8} {:3} {}", word, n, "#".repeat(*n));
    }

    let mut bigrams: BTreeMap<(String, String), u32> = BTreeMap::new();
    for pair in words.windows(2) {
        *bigrams.entry((pair[0].clone(), pair[1].clone())).or_default() += 1;
    }
    let frequent: Vec<String> = bigrams
        .iter()
        .filter(|(_, &n)| n >= 3)
        .map(|((a, b), n)| format!("{} {}={}", a, b, n))
        .collect();
    println!("frequent bigrams: {}", frequent.join("; "));

    let mut by_len: BTreeMap<usize, Vec<&str>> = BTreeMap::new();
    for w in &words {
        let entry = by_len.entry(w.len()).or_default();
        if !entry.contains(&w.as_str()) {
            entry.push(w);
        }
    }
    for (len, ws) in &by_len {
        println!("len {:2}: {}", len, ws.join(","));
    }

    let longest = words.iter().max_by_key(|w| w.len()).unwrap();
    let first_long = words.iter().position(|w| w.len() > 8);
    println!("longest = {}, first >8 at {:?}", longest, first_long);

    let letters = words.iter().flat_map(|w| w.chars()).fold([0usize; 26], |mut acc, c| {
        if c.is_ascii_lowercase() {
            acc[(c as u8 - b'a') as usize] += 1;
        }
        acc
    });
    let line: String = letters
        .iter()
        .enumerate()
        .filter(|(_, &n)| n > 10)
        .map(|(i, n)| format!("{}{}", (b'a' + i as u8) as char, n))
        .collect::<Vec<_>>()
        .join(" ");
    println!("common letters: {}", line);
    let mut caps: Vec<&str> = TEXT.split(|c: char| !c.is_alphabetic())
        .filter(|w| w.chars().next().map_or(false, |c| c.is_uppercase()))
        .collect();
    caps.sort();
    caps.dedup();
    println!("capitalized: {:?}", caps);
}
