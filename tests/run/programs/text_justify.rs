// Word wrapping, full justification, centered headings with dynamic widths, and column layout.
fn wrap(text: &str, width: usize) -> Vec<Vec<&str>> {
    let mut lines: Vec<Vec<&str>> = Vec::new();
    let mut cur: Vec<&str> = Vec::new();
    let mut len = 0;
    for word in text.split_whitespace() {
        let extra = if cur.is_empty() { word.len() } else { len + 1 + word.len() };
        if extra > width && !cur.is_empty() {
            lines.push(std::mem::take(&mut cur));
            len = 0;
        }
        len = if cur.is_empty() { word.len() } else { len + 1 + word.len() };
        cur.push(word);
    }
    if !cur.is_empty() { lines.push(cur); }
    lines
}

fn justify(words: &[&str], width: usize, last: bool) -> String {
    if last || words.len() == 1 {
        return format!("{:<width$}", words.join(" "), width = width);
    }
    let letters: usize = words.iter().map(|w| w.len()).sum();
    let gaps = words.len() - 1;
    let spaces = width.saturating_sub(letters);
    let (base, extra) = (spaces / gaps, spaces % gaps);
    let mut out = String::with_capacity(width);
    for (i, w) in words.iter().enumerate() {
        out.push_str(w);
        if i < gaps {
            out.push_str(&" ".repeat(base + usize::from(i < extra)));
        }
    }
    out
}

fn boxed(title: &str, lines: &[String], width: usize) -> String {
    let mut s = format!("+{}+\n", "-".repeat(width + 2));
    s += &format!("| {:^w$} |\n", title, w = width);
    s += &format!("+{}+\n", "=".repeat(width + 2));
    for l in lines { s += &format!("| {} |\n", l); }
    s + &format!("+{}+", "-".repeat(width + 2))
}

fn columns(items: &[&str], cols: usize) -> String {
    let rows = (items.len() + cols - 1) / cols;
    let widths: Vec<usize> = (0..cols).map(|c| {
        (0..rows).filter_map(|r| items.get(c * rows + r)).map(|s| s.len()).max().unwrap_or(0)
    }).collect();
    let mut out = Vec::new();
    for r in 0..rows {
        let line: Vec<String> = (0..cols).filter_map(|c| items.get(c * rows + r).map(|s| format!("{:<w$}", s, w = widths[c]))).collect();
        out.push(line.join("  ").trim_end().to_string());
    }
    out.join("\n")
}

fn main() {
    let text = "Rust is a multi-paradigm, general-purpose programming language that emphasizes performance, \
                type safety, and concurrency. It enforces memory safety, meaning that all references point to \
                valid memory, without a garbage collector.";
    for width in [30, 44] {
        let lines = wrap(text, width);
        let n = lines.len();
        let justified: Vec<String> = lines.iter().enumerate().map(|(i, l)| justify(l, width, i == n - 1)).collect();
        println!("{}", boxed(&format!("width {}", width), &justified, width));
    }
    let narrow = wrap("supercalifragilistic is long", 8);
    println!("{:?}", narrow);
    let langs = ["rust", "java", "c", "haskell", "ocaml", "go", "zig", "python", "kotlin", "scala", "lisp"];
    println!("{}", columns(&langs, 3));
    println!("---");
    println!("{}", columns(&langs, 5));
    for (w, align) in [(10, '<'), (10, '^'), (10, '>')] {
        let s = match align {
            '<' => format!("[{:<w$}]", "mid", w = w),
            '^' => format!("[{:*^w$}]", "mid", w = w),
            _ => format!("[{:>w$.2}]", "middle", w = w),
        };
        println!("{}", s);
    }
    let prec = 3;
    println!("[{:>+10.prec$}] [{:<#12x}] [{:^8}] [{:08.3}]", 3.14159265, 255, true, -2.5, prec = prec);
    println!("[{:>width$}] [{:.*}] [{:>w2$.p2$}] [{:>1$}]", "ab", 2, 1.23456, 9.87654, 7, width = 6, w2 = 9, p2 = 1);
}
