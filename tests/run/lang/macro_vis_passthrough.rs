//@ edition: 2015
// A `$vis:vis` fragment from the macro's input in front of items the macro writes: the item
// starts in the caller's text and ends in the macro's.
macro_rules! getter {
    ($vis:vis fn $name:ident = $v:expr) => {
        $vis fn $name() -> i64 { $v }
    };
    ($vis:vis fn $name:ident -> $t:ty = $v:expr) => {
        $vis fn $name() -> $t { $v }
    };
}

macro_rules! record {
    ($vis:vis struct $name:ident { $($fvis:vis $f:ident: $t:ty),* }) => {
        #[derive(Debug, Default)]
        $vis struct $name { $($fvis $f: $t),* }
        impl $name {
            $vis fn fields() -> usize { 0 $(+ { let _ = stringify!($f); 1 })* }
        }
    };
}

macro_rules! define_macro {
    ($name:ident, $v:expr) => {
        macro_rules! $name { () => { $v } }
    };
}

mod shapes {
    getter!(pub fn sides = 4);
    getter!(pub(crate) fn name -> &'static str = "square");
    getter!(fn secret = 42);
    record!(pub struct Point { pub x: i32, pub(crate) y: i32, z: i32 });

    pub fn reveal() -> i64 {
        secret() + Point::default().z as i64
    }
}

define_macro!(answer, 6 * 7);

mod early {
    // The macro is defined further down: its `macro_rules!` comes after the name in the file.
    crate::define_exported!(seven, 7);

    pub fn get() -> i32 {
        seven!()
    }
}

fn main() {
    println!("{} {} {}", shapes::sides(), shapes::name(), shapes::reveal());
    let p = shapes::Point::default();
    println!("{:?} {} {} {}", p, p.x, p.y, shapes::Point::fields());
    println!("{} {}", answer!(), early::get());
}

#[macro_export]
macro_rules! define_exported {
    ($name:ident, $v:expr) => {
        macro_rules! $name { () => { $v } }
    };
}
