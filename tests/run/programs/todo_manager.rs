// A todo list: Ord-derived priority enum, Option due dates in sort keys, tag sets, partition and retain.
use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
enum Priority { Low, Medium, High, Urgent }

#[derive(Debug, Clone)]
struct Task { id: u32, title: String, priority: Priority, due: Option<u32>, tags: BTreeSet<String>, done: bool }

impl fmt::Display for Task {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let due = self.due.map_or_else(|| "  -  ".to_string(), |d| format!("day{:>2}", d));
        let tags: Vec<&str> = self.tags.iter().map(String::as_str).collect();
        write!(f, "[{}] #{:<2} {:<7} {} {:<22} {}", if self.done { 'x' } else { ' ' }, self.id, format!("{:?}", self.priority), due, self.title, tags.join(","))
    }
}

#[derive(Default)]
struct Todo { tasks: Vec<Task>, next: u32 }

impl Todo {
    fn add(&mut self, line: &str) -> u32 {
        let mut priority = Priority::Medium;
        let mut due = None;
        let mut tags = BTreeSet::new();
        let mut words = Vec::new();
        for w in line.split_whitespace() {
            match w.chars().next() {
                Some('#') => { tags.insert(w[1..].to_lowercase()); }
                Some('!') => priority = match w.len() { 1 => Priority::High, 2 => Priority::Urgent, _ => Priority::Urgent },
                Some('~') => priority = Priority::Low,
                Some('@') => due = w[1..].parse().ok(),
                _ => words.push(w),
            }
        }
        self.next += 1;
        self.tasks.push(Task { id: self.next, title: words.join(" "), priority, due, tags, done: false });
        self.next
    }
    fn complete(&mut self, id: u32) -> Result<&Task, String> {
        let t = self.tasks.iter_mut().find(|t| t.id == id).ok_or(format!("no task {}", id))?;
        if t.done { return Err(format!("task {} already done", id)); }
        t.done = true;
        Ok(t)
    }
    fn agenda(&self) -> Vec<&Task> {
        let mut open: Vec<&Task> = self.tasks.iter().filter(|t| !t.done).collect();
        open.sort_by_key(|t| (std::cmp::Reverse(t.priority), t.due.is_none(), t.due, t.id));
        open
    }
}

fn main() {
    let mut todo = Todo::default();
    for line in ["write report @5 #work !", "buy milk #home ~", "fix bug 1234 @2 #work #urgent !!", "call mom @3 #home",
                 "plan trip #fun @30", "renew passport !! #admin", "water plants ~ #home @1", "read book"] {
        todo.add(line);
    }
    println!("== agenda ==");
    for t in todo.agenda() { println!("{}", t); }
    for id in [3, 3, 9, 2] {
        match todo.complete(id) {
            Ok(t) => println!("completed: {}", t.title),
            Err(e) => println!("error: {}", e),
        }
    }
    let mut by_tag: BTreeMap<&str, Vec<u32>> = BTreeMap::new();
    for t in &todo.tasks {
        for tag in &t.tags { by_tag.entry(tag).or_default().push(t.id); }
    }
    println!("by tag: {:?}", by_tag);
    let (done, open): (Vec<&Task>, Vec<&Task>) = todo.tasks.iter().partition(|t| t.done);
    println!("{} done, {} open", done.len(), open.len());
    let overdue: Vec<&str> = open.iter().filter(|t| t.due.map_or(false, |d| d < 4)).map(|t| t.title.as_str()).collect();
    println!("due before day 4: {:?}", overdue);
    let counts = todo.tasks.iter().fold(BTreeMap::new(), |mut m, t| { *m.entry(t.priority).or_insert(0) += 1; m });
    println!("per priority: {:?}", counts);
    let max_p = todo.tasks.iter().map(|t| t.priority).max();
    println!("highest priority: {:?}, any low and untagged: {}", max_p, todo.tasks.iter().any(|t| t.priority == Priority::Low && t.tags.is_empty()));
    todo.tasks.retain(|t| !t.done);
    println!("after cleanup: {:?}", todo.tasks.iter().map(|t| t.id).collect::<Vec<_>>());
    println!("{}", Priority::High > Priority::Medium && Priority::Low < Priority::Urgent);
    println!("{:#?}", todo.tasks.iter().find(|t| t.tags.contains("admin")).map(|t| (&t.title, t.priority)));
}
