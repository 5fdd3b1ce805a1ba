//! Prints the marks for a line of text: `cargo run --example debug_marks -- "Sáng 3/8, ..."`;
//! with `--org`, also every organization name read from each capitalized word
//! (what a title phrase sees when it reads a body inside it).
fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let show_org = args.iter().any(|a| a == "--org");
    let text = args
        .iter()
        .find(|a| *a != "--org")
        .cloned()
        .unwrap_or_default();
    let a = soi::analyze(&text, &soi::Options::default());
    for e in &a.entities {
        println!("{:<10} {:?} {:?}", e.kind.as_str(), e.text, e.attrs);
    }
    if show_org {
        for (at, c) in text.char_indices() {
            let word_start = !text[..at].ends_with(soi::words::is_word_char);
            if c.is_uppercase() && word_start {
                if let Some(end) = soi::org::name_at(&text, at) {
                    println!("name_at    {:?}", &text[at..end]);
                }
            }
        }
    }
}
