// Rc<dyn Trait>: a scene of shapes shared between layers, unsized from Rc<Concrete> where the
// type is expected (let, Vec, function argument, struct field, Option), dropped once, Weak<dyn>,
// Rc<dyn Fn>, Rc<dyn Any> downcasts, Box<dyn Trait> into Rc, and `self: Rc<Self>` methods.
use std::any::Any;
use std::fmt;
use std::rc::{Rc, Weak};

trait Shape {
    fn area(&self) -> f64;
    fn name(&self) -> String;
    fn boxed_name(self: Rc<Self>) -> String {
        format!("[{} shared by {}]", self.name(), Rc::strong_count(&self))
    }
}

struct Circle {
    r: f64,
}

struct Rect {
    w: f64,
    h: f64,
}

impl Shape for Circle {
    fn area(&self) -> f64 {
        3.0 * self.r * self.r
    }
    fn name(&self) -> String {
        format!("circle r={}", self.r)
    }
}

impl Shape for Rect {
    fn area(&self) -> f64 {
        self.w * self.h
    }
    fn name(&self) -> String {
        format!("rect {}x{}", self.w, self.h)
    }
}

impl Drop for Circle {
    fn drop(&mut self) {
        println!("drop circle r={}", self.r);
    }
}

impl Drop for Rect {
    fn drop(&mut self) {
        println!("drop rect {}x{}", self.w, self.h);
    }
}

impl fmt::Debug for dyn Shape {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Shape({})", self.name())
    }
}

struct Layer {
    name: &'static str,
    shapes: Vec<Rc<dyn Shape>>,
    highlight: Option<Rc<dyn Shape>>,
}

impl Layer {
    fn total_area(&self) -> f64 {
        self.shapes.iter().map(|s| s.area()).sum()
    }
}

fn describe(shape: Rc<dyn Shape>) -> String {
    format!("{} (area {:.2})", shape.name(), shape.area())
}

fn largest(shapes: &[Rc<dyn Shape>]) -> Option<Rc<dyn Shape>> {
    let mut best: Option<&Rc<dyn Shape>> = None;
    for s in shapes {
        if best.map_or(true, |b| s.area() > b.area()) {
            best = Some(s);
        }
    }
    best.cloned()
}

fn main() {
    let unit: Rc<dyn Shape> = Rc::new(Circle { r: 1.0 });
    let wide = Rc::new(Rect { w: 4.0, h: 0.5 });
    let wide_dyn: Rc<dyn Shape> = wide.clone();
    println!("{} {}", Rc::strong_count(&wide), Rc::ptr_eq(&wide_dyn, &(wide.clone() as Rc<dyn Shape>)));

    let background = Layer {
        name: "background",
        shapes: vec![unit.clone(), Rc::new(Rect { w: 10.0, h: 10.0 }), wide_dyn.clone()],
        highlight: None,
    };
    let foreground = Layer {
        name: "foreground",
        shapes: vec![Rc::clone(&unit), Rc::new(Circle { r: 2.5 })],
        highlight: Some(Rc::new(Circle { r: 0.5 })),
    };
    println!("unit is shared {} times, wide {} times", Rc::strong_count(&unit), Rc::strong_count(&wide));

    for layer in [&background, &foreground] {
        println!("{}: area {:.2}", layer.name, layer.total_area());
        for s in &layer.shapes {
            println!("  {}", describe(s.clone()));
        }
        if let Some(h) = &layer.highlight {
            println!("  highlight {:?}", h);
        }
        println!("  largest {:?}", largest(&layer.shapes));
    }
    println!("{}", describe(Rc::new(Rect { w: 1.5, h: 2.0 })));

    let observer: Weak<dyn Shape> = Rc::downgrade(&unit);
    println!("weak sees {} strong, {} weak", observer.strong_count(), observer.weak_count());
    drop(background);
    println!("after background: unit {} wide {}", Rc::strong_count(&unit), Rc::strong_count(&wide));
    drop(foreground);
    drop(wide_dyn);
    println!("wide alone: {}", Rc::strong_count(&wide));
    drop(wide);
    println!("unit via weak: {:?}", observer.upgrade().map(|s| s.area()));
    println!("{}", unit.clone().boxed_name());
    drop(unit);
    println!("unit gone: {}", observer.upgrade().is_none());

    // closures behind Rc<dyn Fn>
    let scale = 3;
    let ops: Vec<(&str, Rc<dyn Fn(i32) -> i32>)> = vec![
        ("double", Rc::new(|x| x * 2)),
        ("scale", Rc::new(move |x| x * scale)),
        ("negate", Rc::new(|x: i32| -x)),
    ];
    let pipeline: Vec<Rc<dyn Fn(i32) -> i32>> = ops.iter().map(|(_, f)| f.clone()).collect();
    let result = pipeline.iter().fold(7, |acc, f| f(acc));
    println!("pipeline(7) = {}, first op shared {} times", result, Rc::strong_count(&ops[0].1));
    for (name, f) in &ops {
        println!("{}(5) = {}", name, f(5));
    }

    // a boxed trait object moved into an Rc, and back out through Any
    let boxed: Box<dyn Shape> = Box::new(Rect { w: 2.0, h: 3.0 });
    let from_box: Rc<dyn Shape> = Rc::from(boxed);
    println!("from box: {}", from_box.name());
    let values: Vec<Rc<dyn Any>> = vec![Rc::new(42i32), Rc::new(String::from("text")), Rc::new(Circle { r: 9.0 })];
    for v in values {
        match v.downcast::<i32>() {
            Ok(n) => println!("an i32: {}", n),
            Err(v) => match v.downcast::<String>() {
                Ok(s) => println!("a String: {} ({} bytes)", s, s.len()),
                Err(other) => println!("something else, is a circle: {}", other.is::<Circle>()),
            },
        }
    }
    println!("end of main");
}
