// League table from match results: HashMap aggregation, multi-key sorting, and an aligned table.
use std::collections::HashMap;
use std::fmt;

#[derive(Debug, Default, Clone, PartialEq, Eq)]
struct Record { played: u32, won: u32, drawn: u32, lost: u32, goals_for: u32, goals_against: u32 }

impl Record {
    fn points(&self) -> u32 { self.won * 3 + self.drawn }
    fn goal_diff(&self) -> i64 { self.goals_for as i64 - self.goals_against as i64 }
    fn add(&mut self, scored: u32, conceded: u32) {
        self.played += 1;
        self.goals_for += scored;
        self.goals_against += conceded;
        match scored.cmp(&conceded) {
            std::cmp::Ordering::Greater => self.won += 1,
            std::cmp::Ordering::Equal => self.drawn += 1,
            std::cmp::Ordering::Less => self.lost += 1,
        }
    }
}

struct Row<'a>(usize, &'a str, &'a Record, &'a str);

impl fmt::Display for Row<'_> {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let Row(pos, name, r, form) = self;
        write!(f, "{:>2}. {:<12}{:>3}{:>3}{:>3}{:>3}{:>4}:{:<3}{:>+4}{:>4}  {}",
            pos, name, r.played, r.won, r.drawn, r.lost, r.goals_for, r.goals_against, r.goal_diff(), r.points(), form)
    }
}

fn parse(line: &str) -> Option<(&str, u32, u32, &str)> {
    let (home, rest) = line.split_once(" - ")?;
    let (away, score) = rest.rsplit_once(' ')?;
    let (h, a) = score.split_once(':')?;
    Some((home.trim(), h.parse().ok()?, a.parse().ok()?, away.trim()))
}

fn main() {
    let results = "\
Lions - Tigers 2:1
Bears - Wolves 0:0
Eagles - Lions 1:3
Tigers - Bears 2:2
Wolves - Eagles 4:1
Lions - Bears 1:1
Tigers - Wolves 0:1
Eagles - Bears two:0
Bears - Eagles 2:0
Wolves - Lions 2:2
Tigers - Eagles 3:3
Lions Wolves 1:0";
    let mut table: HashMap<&str, Record> = HashMap::new();
    let mut form: HashMap<&str, String> = HashMap::new();
    for line in results.lines() {
        let Some((home, hg, ag, away)) = parse(line) else {
            println!("skipping malformed line: {:?}", line);
            continue;
        };
        table.entry(home).or_default().add(hg, ag);
        table.entry(away).or_default().add(ag, hg);
        let res = |a: u32, b: u32| if a > b { 'W' } else if a == b { 'D' } else { 'L' };
        form.entry(home).or_default().push(res(hg, ag));
        form.entry(away).or_default().push(res(ag, hg));
    }
    let mut rows: Vec<(&str, &Record)> = table.iter().map(|(k, v)| (*k, v)).collect();
    rows.sort_by(|a, b| {
        b.1.points().cmp(&a.1.points())
            .then(b.1.goal_diff().cmp(&a.1.goal_diff()))
            .then(b.1.goals_for.cmp(&a.1.goals_for))
            .then(a.0.cmp(b.0))
    });
    println!("{:>2}  {:<12}{:>3}{:>3}{:>3}{:>3}{:>8}{:>4}{:>4}  form", "#", "team", "P", "W", "D", "L", "goals", "GD", "Pts");
    for (i, (name, rec)) in rows.iter().enumerate() {
        let recent: String = form[name].chars().rev().take(3).collect();
        println!("{}", Row(i + 1, name, rec, &recent));
    }
    let total_goals: u32 = table.values().map(|r| r.goals_for).sum();
    let games: u32 = table.values().map(|r| r.played).sum::<u32>() / 2;
    println!("{} games, {} goals, {:.2} per game", games, total_goals, total_goals as f64 / games as f64);
    let unbeaten: Vec<&str> = { let mut v: Vec<&str> = table.iter().filter(|(_, r)| r.lost == 0).map(|(n, _)| *n).collect(); v.sort(); v };
    println!("unbeaten: {:?}", unbeaten);
    let best_defence = rows.iter().min_by_key(|(n, r)| (r.goals_against, *n)).map(|(n, _)| n);
    println!("best defence: {:?}", best_defence);
    println!("{:#?}", table["Lions"]);
}
