//@ rustc-identical
fn main() {
    println!("{} {}", 1); //~ ERROR 2 positional arguments in format string, but there is 1 argument
    println!("{}"); //~ ERROR 1 positional argument in format string, but no arguments were given
    println!("hello", 1); //~ ERROR argument never used
    println!("hello", 1, 2); //~ ERROR multiple unused formatting arguments
    println!("{", 1); //~ ERROR invalid format string: expected `}` but string was terminated
    println!("{:y}", 1); //~ ERROR unknown format trait `y`
    let x = 1;
    println!(x); //~ ERROR format argument must be a string literal
    println!("{0} {x}", 1, x = 2, y = 3); //~ ERROR named argument never used
    println!("{:.*}", 1); //~ ERROR 2 positional arguments in format string, but there is 1 argument
    println!("a}b", 1); //~ ERROR invalid format string: unmatched `}` found
    println!("{} {:.*}", 1, 2); //~ ERROR 3 positional arguments in format string, but there are 2 arguments
    println!("{1} {0:?}", 1); //~ ERROR invalid reference to positional argument 1 (there is 1 argument)
}
