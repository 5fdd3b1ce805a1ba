//! Prints the marks for a line of text: `cargo run --example debug_marks -- "Sáng 3/8, ..."`.
fn main() {
    let text = std::env::args().nth(1).unwrap_or_default();
    let a = soi::analyze(&text, &soi::Options::default());
    for e in &a.entities {
        println!("{:<10} {:?} {:?}", e.kind.as_str(), e.text, e.attrs);
    }
}
