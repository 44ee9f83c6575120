// A book catalog: structs holding &str with lifetimes, derived Ord on nested types, binary search, queries.
use std::cmp::Ordering;
use std::collections::BTreeMap;
use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
enum Genre { Fiction, History, Science, Poetry }

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
struct Book<'a> { author: &'a str, year: u16, title: &'a str, genre: Genre, pages: u32 }

impl<'a> fmt::Display for Book<'a> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:<28} {:<20} {} {:>4}p {:?}", self.title, self.author, self.year, self.pages, self.genre)
    }
}

struct Catalog<'a> { books: Vec<Book<'a>> }

impl<'a> Catalog<'a> {
    fn parse(text: &'a str) -> Catalog<'a> {
        let books = text.lines().filter_map(|line| {
            let mut it = line.split('|').map(str::trim);
            let title = it.next()?;
            let author = it.next()?;
            let year = it.next()?.parse().ok()?;
            let genre = match it.next()? { "F" => Genre::Fiction, "H" => Genre::History, "S" => Genre::Science, "P" => Genre::Poetry, _ => return None };
            let pages = it.next()?.parse().ok()?;
            Some(Book { author, year, title, genre, pages })
        }).collect();
        Catalog { books }
    }
    fn by_author<'s>(&'s self, author: &str) -> impl Iterator<Item = &'s Book<'a>> + 's {
        let needle = author.to_lowercase();
        self.books.iter().filter(move |b| b.author.to_lowercase().contains(&needle))
    }
    fn longest_title(&self) -> Option<&'a str> {
        self.books.iter().map(|b| b.title).max_by_key(|t| t.len())
    }
}

fn first_word<'a>(s: &'a str) -> &'a str { s.split_whitespace().next().unwrap_or("") }

fn main() {
    let data = "\
        Dune | Frank Herbert | 1965 | F | 412
        A Brief History of Time | Stephen Hawking | 1988 | S | 212
        The Histories | Herodotus | 430 | H | 716
        Leaves of Grass | Walt Whitman | 1855 | P | 145
        Children of Dune | Frank Herbert | 1976 | F | 444
        Cosmos | Carl Sagan | 1980 | S | 365
        broken line without fields
        The Guns of August | Barbara Tuchman | 1962 | H | 511
        Ariel | Sylvia Plath | 1965 | P | 96
        Dune Messiah | Frank Herbert | 1969 | F | 256
        Pale Blue Dot | Carl Sagan | 1994 | S | 429";
    let mut cat = Catalog::parse(data);
    println!("{} books parsed", cat.books.len());
    cat.books.sort();
    for b in &cat.books { println!("{}", b); }

    cat.books.sort_by(|a, b| a.genre.cmp(&b.genre).then_with(|| b.pages.cmp(&a.pages)));
    let mut by_genre: BTreeMap<Genre, Vec<&str>> = BTreeMap::new();
    for b in &cat.books { by_genre.entry(b.genre).or_default().push(b.title); }
    for (g, titles) in &by_genre { println!("{:?}: {}", g, titles.join("; ")); }

    let herbert: Vec<String> = cat.by_author("HERBERT").map(|b| format!("{} ({})", b.title, b.year)).collect();
    println!("Herbert: {:?}", herbert);
    println!("longest title: {:?}", cat.longest_title());

    let mut years: Vec<u16> = cat.books.iter().map(|b| b.year).collect();
    years.sort_unstable();
    years.dedup();
    for y in [1965, 1970, 430, 2000] {
        match years.binary_search(&y) {
            Ok(i) => println!("year {} found at {}", y, i),
            Err(i) => println!("year {} would insert at {} (between {:?} and {:?})", y, i, years.get(i.wrapping_sub(1)), years.get(i)),
        }
    }
    cat.books.sort_by_key(|b| b.title);
    let idx = cat.books.binary_search_by(|b| b.title.cmp("Cosmos"));
    println!("Cosmos at {:?}; Zen at {:?}", idx, cat.books.binary_search_by_key(&"Zen", |b| b.title));
    let total_pages: u32 = cat.books.iter().map(|b| b.pages).sum();
    let oldest = cat.books.iter().min_by_key(|b| b.year).unwrap();
    println!("total pages {}, oldest {} by {}", total_pages, oldest.title, first_word(oldest.author));
    let a = &cat.books[0];
    let b = &cat.books[1];
    println!("{} vs {}: {:?}", a.title, b.title, a.cmp(b));
    println!("same author & decade: {:?}", cat.books.iter().filter(|b| b.year / 10 == 196).map(|b| b.title).collect::<Vec<_>>());
    let ord = Genre::Poetry.cmp(&Genre::Fiction);
    println!("{:?} {}", ord, matches!(ord, Ordering::Greater));
}
