//! The corpus articles the unit tests read: `tests/corpus/<part>/*.txt`.

use std::path::PathBuf;

/// Every article of the corpus folders `parts` ("dev", "train", "unseen"),
/// each folder in its directory order, with its path.
pub fn articles(parts: &[&str]) -> Vec<(PathBuf, String)> {
    let corpus = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/corpus");
    let mut out = Vec::new();
    for part in parts {
        for entry in std::fs::read_dir(format!("{corpus}/{part}")).expect("corpus folder") {
            let path = entry.expect("corpus entry").path();
            if path.extension().is_some_and(|e| e == "txt") {
                let text = std::fs::read_to_string(&path).expect("a corpus article");
                out.push((path, text));
            }
        }
    }
    out
}
