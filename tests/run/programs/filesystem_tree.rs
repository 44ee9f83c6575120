// A directory tree built from shell-session text: recursive enum, get_mut navigation, sizes and search.
use std::collections::BTreeMap;

#[derive(Debug)]
enum Node { File(u64), Dir(BTreeMap<String, Node>) }

impl Node {
    fn size(&self) -> u64 {
        match self {
            Node::File(s) => *s,
            Node::Dir(children) => children.values().map(Node::size).sum(),
        }
    }
    fn dir_mut(&mut self, path: &[String]) -> Option<&mut BTreeMap<String, Node>> {
        let mut cur = self;
        for part in path {
            cur = match cur {
                Node::Dir(children) => children.get_mut(part)?,
                Node::File(_) => return None,
            };
        }
        match cur { Node::Dir(c) => Some(c), Node::File(_) => None }
    }
    fn walk<'a>(&'a self, path: String, out: &mut Vec<(String, &'a Node)>) {
        out.push((path.clone(), self));
        if let Node::Dir(children) = self {
            for (name, child) in children {
                let p = if path == "/" { format!("/{}", name) } else { format!("{}/{}", path, name) };
                child.walk(p, out);
            }
        }
    }
    fn render(&self, name: &str, depth: usize, out: &mut String) {
        match self {
            Node::File(s) => out.push_str(&format!("{}- {} (file, size={})\n", "  ".repeat(depth), name, s)),
            Node::Dir(children) => {
                out.push_str(&format!("{}- {} (dir, total={})\n", "  ".repeat(depth), name, self.size()));
                for (n, c) in children { c.render(n, depth + 1, out); }
            }
        }
    }
}

fn build(session: &str) -> Result<Node, String> {
    let mut root = Node::Dir(BTreeMap::new());
    let mut cwd: Vec<String> = Vec::new();
    for (no, line) in session.lines().map(str::trim).enumerate().filter(|(_, l)| !l.is_empty()) {
        let parts: Vec<&str> = line.split_whitespace().collect();
        match parts[..] {
            ["$", "cd", "/"] => cwd.clear(),
            ["$", "cd", ".."] => { cwd.pop().ok_or(format!("line {}: already at root", no + 1))?; }
            ["$", "cd", dir] => cwd.push(dir.to_string()),
            ["$", "ls"] => {}
            ["dir", name] => {
                let d = root.dir_mut(&cwd).ok_or(format!("line {}: bad cwd {:?}", no + 1, cwd))?;
                d.entry(name.to_string()).or_insert_with(|| Node::Dir(BTreeMap::new()));
            }
            [size, name] => {
                let size: u64 = size.parse().map_err(|e| format!("line {}: {}", no + 1, e))?;
                root.dir_mut(&cwd).ok_or(format!("line {}: bad cwd {:?}", no + 1, cwd))?.insert(name.to_string(), Node::File(size));
            }
            _ => return Err(format!("line {}: cannot parse {:?}", no + 1, line)),
        }
    }
    Ok(root)
}

fn main() {
    let session = "
        $ cd /
        $ ls
        dir a
        14848514 b.txt
        8504156 c.dat
        dir d
        $ cd a
        $ ls
        dir e
        29116 f
        2557 g
        62596 h.lst
        $ cd e
        $ ls
        584 i
        $ cd ..
        $ cd ..
        $ cd d
        $ ls
        4060174 j
        8033020 d.log
        5626152 d.ext
        7214296 k";
    let root = build(session).expect("valid session");
    let mut out = String::new();
    root.render("/", 0, &mut out);
    print!("{}", out);
    let mut all = Vec::new();
    root.walk("/".to_string(), &mut all);
    let dirs: Vec<(&String, u64)> = all.iter().filter(|(_, n)| matches!(n, Node::Dir(_))).map(|(p, n)| (p, n.size())).collect();
    println!("dirs: {:?}", dirs);
    let small: u64 = dirs.iter().map(|(_, s)| *s).filter(|&s| s <= 100_000).sum();
    println!("sum of small dirs: {}", small);
    let need = 30_000_000 - (70_000_000 - root.size());
    let victim = dirs.iter().filter(|(_, s)| *s >= need).min_by_key(|(_, s)| *s);
    println!("need {} -> delete {:?}", need, victim);
    let largest_file = all.iter().filter_map(|(p, n)| match n { Node::File(s) => Some((*s, p)), _ => None }).max();
    println!("largest file: {:?}", largest_file);
    let by_ext = all.iter().filter(|(_, n)| matches!(n, Node::File(_)))
        .fold(BTreeMap::new(), |mut m: BTreeMap<&str, usize>, (p, _)| {
            *m.entry(p.rsplit_once('.').map_or("(none)", |(_, e)| e)).or_default() += 1;
            m
        });
    println!("by extension: {:?}", by_ext);
    for bad in ["$ cd ..", "$ cd x\n12 y", "dir a\nfoo bar baz", "abc file"] {
        println!("{:?} -> {:?}", bad, build(bad).map(|n| n.size()));
    }
}
