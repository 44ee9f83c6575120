// BTreeSet: set algebra with operators, split_off/append, replace, extract_if, ranges in both
// directions, and ordering/hashing of whole sets, on course enrolments.
use std::cmp::Ordering;
use std::collections::hash_map::DefaultHasher;
use std::collections::{BTreeMap, BTreeSet};
use std::hash::{Hash, Hasher};

#[derive(Debug, Clone)]
struct Student {
    id: u32,
    name: &'static str,
}

impl PartialEq for Student {
    fn eq(&self, other: &Student) -> bool {
        self.id == other.id
    }
}
impl Eq for Student {}
impl PartialOrd for Student {
    fn partial_cmp(&self, other: &Student) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}
impl Ord for Student {
    fn cmp(&self, other: &Student) -> Ordering {
        self.id.cmp(&other.id)
    }
}

fn hash_of<T: Hash>(t: &T) -> u64 {
    let mut h = DefaultHasher::new();
    t.hash(&mut h);
    h.finish()
}

fn main() {
    let math: BTreeSet<&str> = ["ana", "ben", "cai", "dee", "eli"].into();
    let art: BTreeSet<&str> = ["cai", "eli", "fay", "gus"].into();
    println!("both    {:?}", &math & &art);
    println!("either  {:?}", &math | &art);
    println!("one     {:?}", &math ^ &art);
    println!("only m  {:?}", &math - &art);
    println!("only a  {:?}", &art - &math);
    let overlap = &math & &art;
    println!("subset {} superset {} disjoint {}", overlap.is_subset(&math), math.is_superset(&overlap), (&math - &art).is_disjoint(&art));

    // split into two sections at a name and merge back
    let mut roster: BTreeSet<&str> = &math | &art;
    let mut section_b = roster.split_off("d");
    println!("section a {:?} b {:?}", roster, section_b);
    roster.insert("dan");
    roster.append(&mut section_b);
    println!("merged {:?} ({} left in b)", roster, section_b.len());

    // replace swaps in an equal value with new data
    let mut students: BTreeSet<Student> = BTreeSet::new();
    students.insert(Student { id: 7, name: "old name" });
    students.insert(Student { id: 3, name: "kim" });
    let replaced = students.replace(Student { id: 7, name: "new name" });
    let fresh = students.replace(Student { id: 9, name: "lee" });
    println!("replaced {:?} fresh {:?}", replaced.map(|s| s.name), fresh);
    println!("{:?}", students.iter().map(|s| (s.id, s.name)).collect::<Vec<_>>());
    println!("insert duplicate id: {} ({:?})", students.insert(Student { id: 3, name: "ignored" }), students.get(&Student { id: 3, name: "" }).map(|s| s.name));

    // extract_if in a range: pull out the ids divisible by 3 between 10 and 40
    let mut ids: BTreeSet<u32> = (1..=50).filter(|n| n % 4 == 1).collect();
    println!("ids {:?}", ids);
    let threes: Vec<u32> = ids.extract_if(10..40, |n| n % 3 == 0).collect();
    println!("extracted {:?} left {:?}", threes, ids);
    {
        let mut it = ids.extract_if(.., |n| *n > 20);
        println!("{:?} {:?}", it.next(), it);
    }
    println!("after dropping early: {} ids", ids.len());
    println!("range rev {:?}", ids.range(5..=41).rev().collect::<Vec<_>>());
    let mut r = ids.range(..30);
    println!("ends {:?} {:?}", r.next(), r.next_back());

    // sets ordered and hashed as sequences
    let mut groups: Vec<BTreeSet<u8>> = vec![[3, 1].into(), [1, 2, 3].into(), [1, 2].into(), BTreeSet::new(), [2].into()];
    groups.sort();
    println!("{:?}", groups);
    let x: BTreeSet<u8> = [1, 2].into();
    let y: BTreeSet<u8> = [2, 1].into();
    println!("{:?} {:?} {}", x.cmp(&groups[3]), x.partial_cmp(&y), hash_of(&x) == hash_of(&y));
    let mut by_group: BTreeMap<BTreeSet<u8>, usize> = BTreeMap::new();
    for g in &groups {
        *by_group.entry(g.clone()).or_default() += g.len();
    }
    println!("{:?}", by_group);
}
