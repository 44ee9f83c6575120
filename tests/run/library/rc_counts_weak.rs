// Strong and weak counts through the life of Rc and Arc: clone and drop, downgrade and upgrade,
// Weak::new, upgrade after the value is gone (the value dropped while the block lives on),
// make_mut (clone on write, and moving out when only weak references share it), get_mut,
// try_unwrap/into_inner, and a tree whose children point to their parent weakly.
use std::cell::RefCell;
use std::rc::{Rc, Weak};
use std::sync::Arc;

#[derive(Debug, Clone)]
struct Buffer {
    name: &'static str,
    data: Vec<u8>,
}

impl Drop for Buffer {
    fn drop(&mut self) {
        println!("drop buffer {} {:?}", self.name, self.data);
    }
}

#[derive(Debug)]
struct TreeNode {
    label: String,
    parent: RefCell<Weak<TreeNode>>,
    children: RefCell<Vec<Rc<TreeNode>>>,
}

impl TreeNode {
    fn new(label: &str) -> Rc<TreeNode> {
        Rc::new(TreeNode { label: label.to_string(), parent: RefCell::new(Weak::new()), children: RefCell::new(vec![]) })
    }

    fn add_child(parent: &Rc<TreeNode>, child: Rc<TreeNode>) {
        *child.parent.borrow_mut() = Rc::downgrade(parent);
        parent.children.borrow_mut().push(child);
    }

    fn path(&self) -> String {
        match self.parent.borrow().upgrade() {
            Some(p) => format!("{}/{}", p.path(), self.label),
            None => self.label.clone(),
        }
    }
}

impl Drop for TreeNode {
    fn drop(&mut self) {
        println!("drop node {}", self.label);
    }
}

fn counts<T: ?Sized>(what: &str, rc: &Rc<T>) {
    println!("{}: strong {} weak {}", what, Rc::strong_count(rc), Rc::weak_count(rc));
}

fn main() {
    let a = Rc::new(Buffer { name: "a", data: vec![1, 2] });
    counts("new", &a);
    let b = Rc::clone(&a);
    let c = a.clone();
    counts("two clones", &a);
    let w1 = Rc::downgrade(&a);
    let w2 = w1.clone();
    counts("two weak", &a);
    println!("weak sees strong {} weak {}", w1.strong_count(), w1.weak_count());
    drop(b);
    drop(w2);
    counts("dropped a clone and a weak", &c);
    println!("upgrade: {:?}", w1.upgrade().map(|buf| buf.name));
    counts("after upgrade dropped", &c);
    drop(a);
    drop(c);
    println!("after last strong: upgrade {:?}, strong {}, weak {}", w1.upgrade().is_none(), w1.strong_count(), w1.weak_count());
    drop(w1);

    let nowhere: Weak<Buffer> = Weak::new();
    println!("Weak::new: {:?} {} {}", nowhere.upgrade().is_none(), nowhere.strong_count(), nowhere.weak_count());
    println!("{:?}", nowhere);

    // clone on write
    let mut original = Rc::new(Buffer { name: "cow", data: vec![1] });
    let snapshot = Rc::clone(&original);
    Rc::make_mut(&mut original).data.push(2);
    println!("original {:?} snapshot {:?}", original.data, snapshot.data);
    counts("original", &original);
    counts("snapshot", &snapshot);
    Rc::make_mut(&mut original).data.push(3);
    println!("unique now, mutated in place: {:?}", original.data);
    let observer = Rc::downgrade(&original);
    Rc::make_mut(&mut original).data.push(4);
    println!("weak observer detached: {}", observer.upgrade().is_none());
    counts("original after detaching", &original);

    let mut solo = Rc::new(Buffer { name: "solo", data: vec![] });
    Rc::get_mut(&mut solo).unwrap().data.extend([7, 8, 9]);
    let peek = Rc::downgrade(&solo);
    println!("get_mut with a weak: {:?}", Rc::get_mut(&mut solo).map(|b| b.name));
    drop(peek);
    println!("try_unwrap unique: {:?}", Rc::try_unwrap(solo).map(|b| b.data.len()));
    let shared = Rc::new(Buffer { name: "shared", data: vec![5] });
    let other = shared.clone();
    let back = Rc::try_unwrap(shared);
    println!("try_unwrap shared gives it back: {}", back.is_err());
    drop(back);
    println!("into_inner of the last one: {:?}", Rc::into_inner(other).map(|b| b.name));

    let root = TreeNode::new("root");
    let usr = TreeNode::new("usr");
    let bin = TreeNode::new("bin");
    TreeNode::add_child(&root, usr.clone());
    TreeNode::add_child(&usr, bin.clone());
    TreeNode::add_child(&root, TreeNode::new("etc"));
    println!("{}", bin.path());
    counts("root", &root);
    counts("usr", &usr);
    let labels: Vec<String> = root.children.borrow().iter().map(|c| c.label.clone()).collect();
    println!("root children {:?}", labels);
    drop(usr);
    drop(root);
    println!("bin after root dropped: {} (parent alive {})", bin.path(), bin.parent.borrow().upgrade().is_some());
    drop(bin);

    let arc = Arc::new(Buffer { name: "arc", data: vec![0] });
    let arc2 = Arc::clone(&arc);
    let aw = Arc::downgrade(&arc);
    println!("arc: strong {} weak {}", Arc::strong_count(&arc), Arc::weak_count(&arc));
    let mut arc = arc;
    Arc::make_mut(&mut arc).data.push(1);
    println!("arc {:?} arc2 {:?} weak follows arc2: {}", arc.data, arc2.data, aw.upgrade().map(|b| b.data.len()) == Some(1));
    println!("arc2 alone: strong {}", Arc::strong_count(&arc2));
    println!("into_inner: {:?}", Arc::into_inner(arc2).map(|b| b.name));
    println!("weak after: {:?}", aw.upgrade().is_none());
    println!("end of main");
}
