// Searching and splitting strings from both ends: rsplit/rsplitn, match_indices, char_indices
// in reverse, split_inclusive, split_terminator, trimming with char predicates and sets.

fn file_parts(path: &str) -> (Option<&str>, &str, Option<&str>) {
    let mut it = path.rsplitn(2, '/');
    let file = it.next().unwrap();
    let dir = it.next();
    match file.rsplit_once('.') {
        Some((stem, ext)) if !stem.is_empty() => (dir, stem, Some(ext)),
        _ => (dir, file, None),
    }
}

fn last_word_start(s: &str) -> Option<usize> {
    let trimmed = s.trim_end();
    trimmed.char_indices().rev().find(|&(_, c)| c.is_whitespace()).map(|(i, c)| i + c.len_utf8()).or(Some(0))
}

fn camel_to_snake(s: &str) -> String {
    let mut out = String::new();
    for (i, c) in s.char_indices() {
        if c.is_uppercase() {
            if i > 0 {
                out.push('_');
            }
            out.extend(c.to_lowercase());
        } else {
            out.push(c);
        }
    }
    out
}

fn main() {
    for p in ["src/main.rs", "archive.tar.gz", "/etc/hosts", ".bashrc", "dir/sub/"] {
        println!("{:?} -> {:?}", p, file_parts(p));
    }
    let text = "the cat sat on the mat with the hat";
    let hits: Vec<(usize, &str)> = text.match_indices("the").collect();
    println!("{:?}", hits);
    println!("{:?}", text.rmatch_indices("at").take(2).collect::<Vec<_>>());
    println!("{} {:?}", text.matches("at").count(), text.rmatches(char::is_whitespace).count());
    println!("{:?} {:?}", text.find("sat"), text.rfind("the"));
    println!("{:?}", last_word_start("héllo wörld  "));
    println!("{:?}", "wörld".char_indices().rev().collect::<Vec<_>>());
    let mut ci = "añb".char_indices();
    println!("{:?} {:?} {}", ci.next_back(), ci.next(), ci.offset());
    println!("{}", camel_to_snake("parseHttpRequestID"));

    let log = "INFO start\nWARN disk low\nINFO done\n";
    for chunk in log.split_inclusive('\n') {
        print!("> {}", chunk);
    }
    println!("{:?}", log.split_terminator('\n').collect::<Vec<_>>());
    println!("{:?}", log.rsplit_terminator('\n').collect::<Vec<_>>());
    println!("{:?}", log.lines().rev().map(|l| l.split(' ').next().unwrap()).collect::<Vec<_>>());
    println!("{:?}", "a,b;c d".split([',', ';', ' ']).rev().collect::<Vec<_>>());
    println!("{:?}", "2024-01-15".splitn(2, '-').collect::<Vec<_>>());
    println!("{:?}", "a.b.c.d".rsplitn(3, '.').collect::<Vec<_>>());
    println!("{:?}", "  padded\t".trim_start_matches(' '));
    println!("{:?}", "xx--data--xx".trim_matches(['x', '-']));
    println!("{:?}", "0042".trim_start_matches('0'));
    println!("{:?}", "1.500".trim_end_matches('0').trim_end_matches('.'));
    println!("{:?}", "item123".trim_end_matches(char::is_numeric));
    println!("{:?} {:?}", "v1.2.3".strip_prefix('v'), "v1.2.3".strip_prefix("ver"));
    println!("{:?}", "Hello World".split_whitespace().rev().collect::<Vec<_>>());
    println!("{:?}", "tab\tsep\u{a0}nbsp".split_ascii_whitespace().collect::<Vec<_>>());
    let csv = "name,qty\nbolt,12\nnut,30\nwasher,7";
    let total: u32 = csv.lines().skip(1).filter_map(|l| l.rsplit(',').next()?.parse::<u32>().ok()).sum();
    println!("total {}", total);
    let (head, tail) = "key: value: more".split_at(3);
    println!("{:?} {:?} {:?}", head, tail, "naïve".split_at_checked(3));
    println!("{} {}", "ab€".floor_char_boundary(3), "ab€".ceil_char_boundary(3));
    println!("{:?}", "ab".split("").collect::<Vec<_>>());
    println!("{:?}", "aaaa".split("aa").collect::<Vec<_>>());
    println!("{:?}", "".split(',').collect::<Vec<_>>());
    println!("{:?}", "".lines().count());
}
