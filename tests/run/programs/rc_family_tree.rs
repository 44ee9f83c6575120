// Rc<RefCell<>> tree with Weak parent links, Drop tracing and shared mutable counters.
use std::cell::{Cell, RefCell};
use std::rc::{Rc, Weak};

struct Person {
    name: String,
    age: Cell<u32>,
    parent: RefCell<Weak<Person>>,
    children: RefCell<Vec<Rc<Person>>>,
}

impl Person {
    fn new(name: &str, age: u32) -> Rc<Person> {
        Rc::new(Person {
            name: name.to_string(),
            age: Cell::new(age),
            parent: RefCell::new(Weak::new()),
            children: RefCell::new(vec![]),
        })
    }
    fn adopt(parent: &Rc<Person>, child: Rc<Person>) {
        *child.parent.borrow_mut() = Rc::downgrade(parent);
        parent.children.borrow_mut().push(child);
    }
    fn lineage(&self) -> String {
        let mut names = vec![self.name.clone()];
        let mut cur = self.parent.borrow().upgrade();
        while let Some(p) = cur {
            names.push(p.name.clone());
            cur = p.parent.borrow().upgrade();
        }
        names.join(" <- ")
    }
    fn descendants(&self) -> usize {
        self.children.borrow().iter().map(|c| 1 + c.descendants()).sum()
    }
    fn print(&self, depth: usize) {
        println!("{}{} ({})", "  ".repeat(depth), self.name, self.age.get());
        for c in self.children.borrow().iter() {
            c.print(depth + 1);
        }
    }
    fn birthday_all(&self) {
        self.age.set(self.age.get() + 1);
        for c in self.children.borrow().iter() { c.birthday_all(); }
    }
}

impl Drop for Person {
    fn drop(&mut self) {
        println!("drop {}", self.name);
    }
}

fn find(root: &Rc<Person>, name: &str) -> Option<Rc<Person>> {
    if root.name == name { return Some(Rc::clone(root)); }
    root.children.borrow().iter().find_map(|c| find(c, name))
}

fn main() {
    let grandma = Person::new("Grandma", 80);
    let mom = Person::new("Mom", 52);
    let uncle = Person::new("Uncle", 49);
    Person::adopt(&grandma, mom.clone());
    Person::adopt(&grandma, uncle.clone());
    for (n, a) in [("Ann", 20), ("Ben", 17)] {
        Person::adopt(&mom, Person::new(n, a));
    }
    Person::adopt(&uncle, Person::new("Cid", 12));
    grandma.print(0);
    let ben = find(&grandma, "Ben").unwrap();
    println!("lineage: {}", ben.lineage());
    println!("grandma has {} descendants", grandma.descendants());
    println!("rc counts: mom={} ben={} weak(mom)={}", Rc::strong_count(&mom), Rc::strong_count(&ben), Rc::weak_count(&mom));
    grandma.birthday_all();
    let ages: Vec<u32> = grandma.children.borrow().iter().flat_map(|c| {
        let mut v = vec![c.age.get()];
        v.extend(c.children.borrow().iter().map(|g| g.age.get()));
        v
    }).collect();
    println!("ages after birthday: {:?}", ages);
    drop(mom);
    {
        let removed = uncle.children.borrow_mut().pop();
        println!("removed {:?}", removed.as_ref().map(|p| p.name.as_str()));
    }
    println!("uncle alive, parent = {:?}", uncle.parent.borrow().upgrade().map(|p| p.name.clone()));
    drop(grandma);
    println!("after grandma dropped: uncle parent = {:?}", uncle.parent.borrow().upgrade().map(|p| p.name.clone()));
    println!("ben lineage now: {}", ben.lineage());
}
