//! Vietnamese letter classes for rule patterns.
//!
//! Rules are written with `\p{Lu}`, `\p{Ll}`, `\p{L}`, `\s` and `\S` for
//! readability; [`pattern`] rewrites them into explicit classes of the Latin
//! letters Vietnamese uses before compiling, so the regex crates need not
//! carry the Unicode property tables (about 150 KB of the wasm build).

use std::sync::OnceLock;

/// The Latin blocks Vietnamese letters come from.
fn latin() -> impl Iterator<Item = char> {
    ('A'..='Z')
        .chain('a'..='z')
        .chain('\u{c0}'..='\u{24f}')
        .chain('\u{1e00}'..='\u{1eff}')
}

fn class_body(keep: fn(char) -> bool) -> String {
    let mut body = String::new();
    for c in latin().filter(|&c| keep(c)) {
        if c.is_ascii() {
            continue;
        }
        body.push(c);
    }
    body
}

struct Classes {
    upper: String,
    lower: String,
}

fn classes() -> &'static Classes {
    static C: OnceLock<Classes> = OnceLock::new();
    C.get_or_init(|| Classes {
        upper: format!("A-Z{}", class_body(char::is_uppercase)),
        lower: format!("a-z{}", class_body(char::is_lowercase)),
    })
}

/// ASCII white space (the canonical text folds every other space to ' ').
const SPACE: &str = r"\t\n\x0B\x0C\r ";

/// A rule pattern with its letter and space classes made explicit.
pub fn pattern(p: &str) -> String {
    let c = classes();
    p.replace(r"[\p{Ll}\p{Lu}]", &format!("[{}{}]", c.lower, c.upper))
        .replace(r"[^\S\n]", r"[\t\x0B\x0C\r ]")
        .replace(r"\p{Lu}", &format!("[{}]", c.upper))
        .replace(r"\p{Ll}", &format!("[{}]", c.lower))
        .replace(r"\p{L}", &format!("[{}{}]", c.lower, c.upper))
        .replace(r"\s", &format!("[{SPACE}]"))
        .replace(r"\S", &format!("[^{SPACE}]"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classes_cover_vietnamese_letters() {
        let re = regex::Regex::new(&pattern(r"^\p{Lu}\p{Ll}+\s\p{Lu}\S*$")).unwrap();
        assert!(re.is_match("Đảng Ủy"));
        assert!(re.is_match("Ứng Ỹ"));
        assert!(!re.is_match("đảng ủy"));
        let any = regex::Regex::new(&pattern(r"^[\p{Ll}\p{Lu}]+$")).unwrap();
        assert!(any.is_match("NguyễnThịỞ"));
        assert!(!any.is_match("a1"));
    }
}
