//! The dev articles as benchmark input, shared by the bench and the examples
//! (`#[path]`-included, so every figure is measured on the same text).

use std::path::{Path, PathBuf};

/// The dev articles (`tests/corpus/dev/*.txt`), in name order.
#[allow(dead_code)]
pub fn articles() -> Vec<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus/dev");
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("tests/corpus/dev")
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    paths.sort();
    paths
        .iter()
        .map(|p| std::fs::read_to_string(p).unwrap())
        .collect()
}

/// The articles joined by blank lines, repeated until the text has `bytes`.
#[allow(dead_code)] // the bench uses the articles one by one
pub fn repeated(bytes: usize) -> String {
    let arts = articles();
    let mut text = String::with_capacity(bytes + (64 << 10));
    while text.len() < bytes {
        for a in &arts {
            text.push_str(a);
            text.push_str("\n\n");
        }
    }
    text
}
