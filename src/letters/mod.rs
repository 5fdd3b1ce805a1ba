//! Vietnamese letter classes for rule patterns.
//!
//! Rules are written with `\p{Lu}`, `\p{Ll}`, `\p{L}`, `\s` and `\S` for
//! readability; [`pattern`] rewrites them into explicit classes of the Latin
//! letters Vietnamese uses, so the regex crates need not carry the Unicode
//! property tables (about 150 KB of the wasm build). [`hir`] gives the same
//! pattern parsed, and [`LetterRegex`] compiles it: the letter classes are
//! spliced into the parsed pattern instead of being parsed again, some
//! three hundred letters each, wherever a rule writes one (that parsing was
//! a third of the time it took to compile the rules).

mod compiled;

pub use compiled::{Group, Groups, LetterRegex};

use std::sync::OnceLock;

use regex_syntax::hir::{Class, ClassUnicode, ClassUnicodeRange, Hir, HirKind};

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
    expand(p, &c.upper, &c.lower)
}

/// `p` with its classes written out, the letter classes' bodies being
/// `upper` and `lower`.
fn expand(p: &str, upper: &str, lower: &str) -> String {
    expand_case_insensitive(p)
        .replace(r"[\p{Ll}\p{Lu}]", &format!("[{lower}{upper}]"))
        .replace(r"[^\S\n]", r"[\t\x0B\x0C\r ]")
        .replace(r"\p{Lu}", &format!("[{upper}]"))
        .replace(r"\p{Ll}", &format!("[{lower}]"))
        .replace(r"\p{L}", &format!("[{lower}{upper}]"))
        .replace(r"\s", &format!("[{SPACE}]"))
        .replace(r"\S", &format!("[^{SPACE}]"))
}

/// Two private-use characters stand for each letter class while a pattern is
/// parsed (two, so that the parser keeps a class and does not make it a
/// literal); no rule writes them.
const UPPER_MARKS: [char; 2] = ['\u{E000}', '\u{E001}'];
const LOWER_MARKS: [char; 2] = ['\u{E002}', '\u{E003}'];
/// In every class that was negated (or a `.`), never in another.
const NEGATION_SENTINEL: char = '\u{E0FF}';

/// A letter class, parsed once, and the marks that stand for it.
struct LetterClass {
    letters: ClassUnicode,
    marks: [char; 2],
    marks_class: ClassUnicode,
}

fn letter_classes() -> &'static [LetterClass; 2] {
    static C: OnceLock<[LetterClass; 2]> = OnceLock::new();
    C.get_or_init(|| {
        let class = |chars: &mut dyn Iterator<Item = char>| {
            ClassUnicode::new(chars.map(|c| ClassUnicodeRange::new(c, c)))
        };
        let letter_class = |keep: fn(char) -> bool, marks: [char; 2]| LetterClass {
            letters: class(&mut latin().filter(|&c| keep(c))),
            marks,
            marks_class: class(&mut marks.into_iter()),
        };
        [
            letter_class(char::is_uppercase, UPPER_MARKS),
            letter_class(char::is_lowercase, LOWER_MARKS),
        ]
    })
}

/// `p` parsed as [`pattern`]`(p)` would be (the regex crates' default
/// syntax), its letter classes spliced in as parsed classes.
///
/// Panics if `p` does not parse (rules are constants, and the tests compile
/// every one, each checked against the written-out classes).
pub fn hir(p: &str) -> Hir {
    let marks = |m: [char; 2]| m.iter().collect::<String>();
    let marked = expand(p, &marks(UPPER_MARKS), &marks(LOWER_MARKS));
    let parsed = regex_automata::util::syntax::parse(&marked)
        .unwrap_or_else(|e| panic!("rule pattern does not parse: {e}"));
    let spliced = splice(parsed, letter_classes());
    debug_assert_eq!(
        spliced,
        regex_automata::util::syntax::parse(&pattern(p)).expect("the pattern parses"),
        "the spliced classes differ from the written ones in {p}"
    );
    spliced
}

fn contains(class: &ClassUnicode, c: char) -> bool {
    class
        .ranges()
        .iter()
        .any(|r| r.start() <= c && c <= r.end())
}

fn splice(hir: Hir, letters: &[LetterClass; 2]) -> Hir {
    match hir.into_kind() {
        HirKind::Class(Class::Unicode(mut class)) => {
            // A letter class alone (most of them): its letters as they are.
            if let Some(l) = letters.iter().find(|l| class == l.marks_class) {
                return Hir::class(Class::Unicode(l.letters.clone()));
            }
            // A negated class ("[^\p{L}]", or a "." holding the marks as any
            // other character) lacks the marks of the letters it excludes.
            let negated = contains(&class, NEGATION_SENTINEL);
            for l in letters {
                let [first, second] = l.marks.map(|m| contains(&class, m));
                assert_eq!(first, second, "a letter class only partly in a class");
                match (negated, first) {
                    (false, true) => {
                        class.difference(&l.marks_class);
                        class.union(&l.letters);
                    }
                    (true, false) => {
                        // Negated back and forth, as the parser negates (a
                        // range then spans the surrogates' gap).
                        class.negate();
                        class.difference(&l.marks_class);
                        class.union(&l.letters);
                        class.negate();
                    }
                    _ => {}
                }
            }
            Hir::class(Class::Unicode(class))
        }
        HirKind::Repetition(mut r) => {
            r.sub = Box::new(splice(*r.sub, letters));
            Hir::repetition(r)
        }
        HirKind::Capture(mut c) => {
            c.sub = Box::new(splice(*c.sub, letters));
            Hir::capture(c)
        }
        HirKind::Concat(subs) => {
            Hir::concat(subs.into_iter().map(|h| splice(h, letters)).collect())
        }
        HirKind::Alternation(subs) => {
            Hir::alternation(subs.into_iter().map(|h| splice(h, letters)).collect())
        }
        HirKind::Class(class) => Hir::class(class),
        HirKind::Empty => Hir::empty(),
        HirKind::Literal(literal) => Hir::literal(literal.0),
        HirKind::Look(look) => Hir::look(look),
    }
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

    fn written_out(p: &str) -> Hir {
        regex_automata::util::syntax::parse(&pattern(p)).unwrap()
    }

    #[test]
    fn spliced_classes_equal_the_written_out_ones() {
        for p in [
            r"\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){1,3}",
            r"[\p{Ll}\p{Lu}]+|\p{L}",
            r"[\p{Lu}0-9.]{2,}/",
            r"(?:-|\p{Lu}|x)",
            r"(?P<n>\p{Lu})\s\S(?i:thường vụ)",
            r"[^\p{L}]|[^\p{Lu}0-9]|[^)\n]{1,30}|.",
            r"^[^\S\n]*\p{Ll}$",
        ] {
            assert_eq!(hir(p), written_out(p), "{p}");
        }
    }

    #[test]
    fn every_numeric_rule_is_spliced_as_written_out() {
        // The other rules' patterns (credits, clock times, ORG) are checked
        // the same way whenever a debug build compiles them (`hir`).
        let mut rules = crate::regulation::rules();
        rules.extend(crate::date::rules());
        rules.extend(crate::figure::rules());
        assert!(rules.len() > 20);
        for r in rules {
            assert_eq!(hir(&r.pattern), written_out(&r.pattern), "{}", r.pattern);
        }
    }

    #[test]
    #[should_panic(expected = "partly")]
    fn a_mark_alone_is_refused() {
        hir("[\u{E000}a]");
    }
}
