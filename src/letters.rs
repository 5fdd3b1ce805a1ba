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

/// A rule pattern with its letter and space classes made explicit, and its
/// case-insensitive groups `(?i:…)` spelled out letter by letter (so the regex
/// crates need no case-folding tables either).
pub fn pattern(p: &str) -> String {
    let c = classes();
    expand_case_insensitive(p)
        .replace(r"[\p{Ll}\p{Lu}]", &format!("[{}{}]", c.lower, c.upper))
        .replace(r"[^\S\n]", r"[\t\x0B\x0C\r ]")
        .replace(r"\p{Lu}", &format!("[{}]", c.upper))
        .replace(r"\p{Ll}", &format!("[{}]", c.lower))
        .replace(r"\p{L}", &format!("[{}{}]", c.lower, c.upper))
        .replace(r"\s", &format!("[{SPACE}]"))
        .replace(r"\S", &format!("[^{SPACE}]"))
}

/// Rewrites every `(?i:…)` group: a letter outside a class becomes `[xX]`;
/// inside a class, each letter and ASCII range gets its other case too.
fn expand_case_insensitive(p: &str) -> String {
    let mut out = String::with_capacity(p.len());
    let mut rest = p;
    while let Some(at) = rest.find("(?i:") {
        out.push_str(&rest[..at]);
        out.push_str("(?:");
        let body = &rest[at + 4..];
        let mut depth = 1;
        let mut in_class = false;
        let mut chars = body.char_indices().peekable();
        let mut end = body.len();
        while let Some((i, ch)) = chars.next() {
            match ch {
                '\\' => {
                    out.push(ch);
                    if let Some((_, next)) = chars.next() {
                        out.push(next);
                    }
                }
                '[' if !in_class => {
                    in_class = true;
                    out.push(ch);
                }
                ']' if in_class => {
                    in_class = false;
                    out.push(ch);
                }
                '(' if !in_class => {
                    depth += 1;
                    out.push(ch);
                }
                ')' if !in_class => {
                    depth -= 1;
                    out.push(ch);
                    if depth == 0 {
                        end = i + 1;
                        break;
                    }
                }
                c if in_class
                    && c.is_ascii_alphabetic()
                    && chars.peek().is_some_and(|&(_, n)| n == '-') =>
                {
                    // An ASCII range "A-Z": add its other case after it.
                    chars.next();
                    let (_, hi) = chars.next().unwrap_or((0, c));
                    out.push(c);
                    out.push('-');
                    out.push(hi);
                    let (lo2, hi2) = (other_case(c), other_case(hi));
                    if lo2 != c {
                        out.push(lo2);
                        out.push('-');
                        out.push(hi2);
                    }
                }
                c if c.is_alphabetic() && other_case(c) != c => {
                    if in_class {
                        out.push(c);
                        out.push(other_case(c));
                    } else {
                        out.push('[');
                        out.push(c);
                        out.push(other_case(c));
                        out.push(']');
                    }
                }
                c => out.push(c),
            }
        }
        rest = &body[end..];
    }
    out.push_str(rest);
    out
}

fn other_case(c: char) -> char {
    if c.is_uppercase() {
        c.to_lowercase().next().unwrap_or(c)
    } else {
        c.to_uppercase().next().unwrap_or(c)
    }
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

    #[test]
    fn case_insensitive_groups_are_spelled_out() {
        let re = regex::Regex::new(&pattern(
            r"^Ban (?i:thường vụ|CHQS) [0-9]+-(?i:[A-ZĐƯ][A-ZĐƯ0-9]*)$",
        ))
        .unwrap();
        for ok in [
            "Ban thường vụ 1-TW",
            "Ban THƯỜNG VỤ 2-tư",
            "Ban Thường Vụ 3-BTCtu",
            "Ban chqs 4-Đu",
        ] {
            assert!(re.is_match(ok), "{ok}");
        }
        assert!(!re.is_match("ban thường vụ 1-TW"));
    }
}
