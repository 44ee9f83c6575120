// A tiny text adventure: rooms, exits in a HashMap, an inventory, and slice-pattern commands.
use std::collections::{BTreeSet, HashMap};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Dir { North, South, East, West }

impl Dir {
    fn parse(s: &str) -> Option<Dir> {
        match s {
            "n" | "north" => Some(Dir::North),
            "s" | "south" => Some(Dir::South),
            "e" | "east" => Some(Dir::East),
            "w" | "west" => Some(Dir::West),
            _ => None,
        }
    }
}

struct Room { name: &'static str, items: Vec<&'static str>, exits: HashMap<Dir, usize>, locked: Option<(Dir, &'static str)> }

enum Outcome { Continue(String), Won, Quit }

struct Game { rooms: Vec<Room>, here: usize, bag: BTreeSet<&'static str>, moves: u32 }

impl Game {
    fn new() -> Game {
        let mut rooms = vec![
            Room { name: "Hall", items: vec!["lamp"], exits: HashMap::new(), locked: None },
            Room { name: "Library", items: vec!["book", "key"], exits: HashMap::new(), locked: None },
            Room { name: "Cellar", items: vec![], exits: HashMap::new(), locked: Some((Dir::East, "key")) },
            Room { name: "Vault", items: vec!["gold"], exits: HashMap::new(), locked: None },
        ];
        let links = [(0, Dir::North, 1), (0, Dir::South, 2), (2, Dir::East, 3)];
        for &(a, d, b) in &links {
            rooms[a].exits.insert(d, b);
            let back = match d { Dir::North => Dir::South, Dir::South => Dir::North, Dir::East => Dir::West, Dir::West => Dir::East };
            rooms[b].exits.insert(back, a);
        }
        Game { rooms, here: 0, bag: BTreeSet::new(), moves: 0 }
    }

    fn command(&mut self, line: &str) -> Outcome {
        let words: Vec<&str> = line.split_whitespace().collect();
        self.moves += 1;
        let msg = match words.as_slice() {
            [] => "Say something.".to_string(),
            ["quit"] | ["exit"] => return Outcome::Quit,
            ["look"] => {
                let r = &self.rooms[self.here];
                let mut exits: Vec<String> = r.exits.keys().map(|d| format!("{:?}", d)).collect();
                exits.sort();
                format!("{}: items {:?}, exits {}", r.name, r.items, exits.join("/"))
            }
            ["go", d] | [d @ ("n" | "s" | "e" | "w")] => match Dir::parse(d) {
                None => format!("'{}' is not a direction", d),
                Some(dir) => {
                    let room = &self.rooms[self.here];
                    match (room.exits.get(&dir), room.locked) {
                        (None, _) => "You bump into a wall.".to_string(),
                        (Some(_), Some((ld, key))) if ld == dir && !self.bag.contains(key) => format!("The door is locked; you need the {}.", key),
                        (Some(&to), _) => {
                            self.here = to;
                            format!("You enter the {}.", self.rooms[to].name)
                        }
                    }
                }
            },
            ["take", "all"] => {
                let taken: Vec<&str> = self.rooms[self.here].items.drain(..).collect();
                self.bag.extend(taken.iter());
                format!("Taken: {}", if taken.is_empty() { "nothing".to_string() } else { taken.join(", ") })
            }
            ["take", thing] => {
                let items = &mut self.rooms[self.here].items;
                match items.iter().position(|i| i == thing) {
                    Some(pos) => {
                        let it = items.remove(pos);
                        self.bag.insert(it);
                        if it == "gold" { return Outcome::Won; }
                        format!("You take the {}.", it)
                    }
                    None => format!("There is no {} here.", thing),
                }
            }
            ["inventory"] | ["i"] => format!("You carry: {:?}", self.bag),
            [verb, rest @ ..] => format!("I don't know how to '{}' ({} more words).", verb, rest.len()),
        };
        Outcome::Continue(msg)
    }
}

fn main() {
    let script = ["look", "go up", "s", "e", "", "n", "n", "take key", "take sword", "i", "dance wildly now",
                  "go s", "go s", "go east", "look", "take gold", "look"];
    let mut game = Game::new();
    for line in script {
        match game.command(line) {
            Outcome::Continue(msg) => println!("> {:<18}{}", line, msg),
            Outcome::Won => { println!("> {:<18}*** You found the gold in {} moves! ***", line, game.moves); break; }
            Outcome::Quit => { println!("bye"); break; }
        }
    }
    println!("final bag: {:?}", game.bag);
}
