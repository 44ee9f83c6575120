//@ rustc-identical
enum Light {
    Red,
    Green,
}

const LIMIT: u32 = 3;

fn main() {
    let count = 1;
    let total = count + qqzzyy; //~ ERROR cannot find value `qqzzyy` in this scope
    wwvvtt(total); //~ ERROR cannot find function `wwvvtt` in this scope
    let light = Light::Red;
    match light {
        Light::Red => {}
        Light::Green => {}
    }
    match total {
        LIMIT => {}
        other => {
            let _ = other;
        }
    }
    let f = |x: u32| x + count;
    let _ = f(2);
}
