//! Named venues and facilities where something happens (GUIDELINES.md,
//! "PLACE"): a venue's head noun and its name, whole: "Sân bay quốc tế Nội
//! Bài", "Nhà hát Lớn Hà Nội", "Cửa khẩu quốc tế Lào Cai", "Hội trường Tỉnh
//! ủy", "Hội trường 2/9", "Trung tâm Hội nghị tỉnh", "Nhà Quốc hội".
//!
//! To add a kind of venue: its head in [`VENUE_HEADS`]. A venue outranks a
//! body's name over the same words ("Hội trường Tỉnh ủy" is a hall).

use std::sync::OnceLock;

use aho_corasick::AhoCorasick;

use rustc_hash::FxHashSet;

use crate::candidate::{rank, Candidate};
use crate::entity::Kind;
use crate::words::{boundary_after as boundary, boundary_before, is_word_char};

/// Heads of venue names, longest first where one is a prefix of another.
/// "Nhà Quốc hội" and the like are whole names.
pub const VENUE_HEADS: &[&str] = &[
    "Trung tâm Hội nghị",
    "Trung tâm hội nghị",
    "Trung tâm hành chính",
    "Cảng hàng không",
    "Sân bay",
    "Nhà hát",
    "Nhà văn hóa",
    "Nhà thờ",
    "Nhà thi đấu",
    "Nhà Quốc hội",
    "Hội trường",
    "Sân vận động",
    "Cửa khẩu",
    "Khu Công nghiệp",
    "Khu công nghiệp",
    "Cụm Công nghiệp",
    "Cụm công nghiệp",
    "Khu phi thuế quan",
    "Khu KT",
    "Khu đô thị",
    "Khu du lịch",
    "Khu liên hợp",
    "Khu kinh tế",
    "Khu Kinh tế",
    "Khu di tích",
    "Khu lưu niệm",
    "Nhà tưởng niệm",
    "Nhà lưu niệm",
    // A listed monument by its kind and name: "Di tích lịch sử Đền thờ Vua
    // Mai Hắc Đế", "Di tích khảo cổ Văn hoá Sa Huỳnh".
    "Di tích",
    // Tombs and shrines named after a person are places, not the person:
    // "Lăng cụ Phó bảng Nguyễn Sinh Sắc", "mộ Phạm Phú Thứ".
    "Lăng",
    "Tòa nhà",
    "Bảo tàng",
    "Quảng trường",
    "Khách sạn",
    "Cung Văn hóa",
    // Sea ports by their berths: "Khu bến cảng Mỹ Thủy".
    "Khu bến cảng",
    "Bến cảng",
    "Chùa",
];

/// Places of worship and memorials named with a head that is not an ASCII
/// capital ("chùa Long Phước", "đền Hùng", "Đền thờ Vua Mai Hắc Đế", "mộ và
/// nhà thờ Hoàng Kế Viêm"): looked for as phrases, not at every capital;
/// longest first where one is a prefix of another.
const WORSHIP_HEADS: &[&str] = &[
    "chùa",
    "đền thờ",
    "Đền thờ",
    "đền",
    "Đền",
    "mộ và nhà thờ",
    // Not "Mộ" capitalized: "Mộ Đức" is a district.
    "mộ",
    "nhà thờ",
    "lăng",
];

/// Syllables that make "mộ" part of a verb ("hâm mộ", "chiêu mộ"), not a tomb.
const NOT_A_TOMB_BEFORE_MỘ: &[&str] = &["hâm", "ngưỡng", "chiêu", "ái", "mến", "tuyển", "kính"];

/// Whether a "mộ" right after `before` is a verb's second syllable ("người
/// hâm | mộ"), not a tomb.
/// [`WORSHIP_HEADS`] as one automaton. No head overlaps itself, so its
/// overlapping matches are the matches a search for that head alone finds.
fn worship_heads() -> &'static AhoCorasick {
    static HEADS: OnceLock<AhoCorasick> = OnceLock::new();
    HEADS.get_or_init(|| AhoCorasick::new(WORSHIP_HEADS).expect("a few short heads"))
}

fn mộ_is_a_verb(before: &str) -> bool {
    crate::words::word_before(before, before.len())
        .is_some_and(|w| NOT_A_TOMB_BEFORE_MỘ.contains(&w.to_lowercase().as_str()))
}

/// Heads of memorials that a person's name follows ("mộ Phạm Phú Thứ",
/// "Lăng cụ Phó bảng Nguyễn Sinh Sắc", "Đền thờ Vua Mai Hắc Đế"): the name is
/// the place's, not a mention of the person.
const MEMORIAL_HEADS: &[&str] = &[
    "Khu di tích",
    "Khu lưu niệm",
    "Nhà tưởng niệm",
    "Nhà lưu niệm",
    "Đền thờ",
    "đền thờ",
    "Nhà thờ",
    "nhà thờ",
    "Lăng",
    "lăng",
    "mộ",
];

/// Whether `head` (the text before a name) ends with a memorial's head,
/// with at most four words honouring the person between ("cụ Phó bảng",
/// "Vua", "Chủ tịch"): "cụ", "vua", a title's capitalized word or the
/// syllable after one.
pub fn memorial_before(head: &str) -> bool {
    let mut head = head.trim_end_matches(' ');
    for _ in 0..5 {
        if let Some(m) = MEMORIAL_HEADS.iter().find(|m| head.ends_with(**m)) {
            let before = &head[..head.len() - m.len()];
            let whole = before.is_empty() || before.ends_with([' ', '(', '"', '“', '\n']);
            return whole && !(*m == "mộ" && mộ_is_a_verb(before));
        }
        let Some((rest, word)) = head.rsplit_once(' ') else {
            return false;
        };
        let capitalized = |w: &str| w.starts_with(char::is_uppercase);
        let honouring = matches!(word, "cụ" | "vua")
            || capitalized(word)
            || rest
                .rsplit(' ')
                .next()
                .is_some_and(|w| capitalized(w) && !MEMORIAL_HEADS.contains(&w));
        if !honouring || !word.chars().all(is_word_char) {
            return false;
        }
        head = rest;
    }
    false
}

/// Words a venue's name may hold after its head, lower case.
const NAME_WORDS: &[&str] = &[
    "quốc tế",
    "quốc gia",
    "tỉnh",
    "thành phố",
    "huyện",
    "xã",
    "phường",
    "thị xã",
    "thôn",
    "bản",
    "tổ dân phố",
    "hữu nghị",
    // A person honoured by a memorial: "Lăng cụ Phó bảng …", "Đền thờ vua …".
    "cụ",
    "vua",
];

/// A capitalized word, a number ("272", "2/9"), or a body's name at `at`.
fn name_part(text: &str, at: usize) -> Option<usize> {
    if let Some(e) = crate::org::name_at(text, at) {
        return Some(e);
    }
    let rest = &text[at..];
    let first = rest.chars().next()?;
    // A capitalized word with the lower-case syllables that complete it, as a
    // body's name reads them: "Thể dục thể thao tỉnh", "Thanh niên tỉnh".
    // Its words only: a comma, a dash or "và" opens the next venue of a list.
    if let Some(e) = crate::org::name_words_at(text, at).filter(|_| first.is_uppercase()) {
        let words = &text[at..e];
        let cut = [", ", " - ", " – ", " và "]
            .iter()
            .filter_map(|j| words.find(j))
            .min()
            .unwrap_or(words.len());
        return Some(at + cut);
    }
    let len = if first.is_uppercase() {
        rest.find(|c: char| !is_word_char(c)).unwrap_or(rest.len())
    } else if first.is_ascii_digit() {
        // "2/9", "2-9", "2C": digits joined by a slash or a dash, and a
        // letter after them.
        let digits = rest
            .find(|c: char| !(c.is_ascii_digit() || c == '/' || c == '-'))
            .unwrap_or(rest.len());
        let letters = rest[digits..]
            .find(|c: char| !c.is_ascii_uppercase())
            .unwrap_or(rest.len() - digits);
        digits + if letters <= 2 { letters } else { 0 }
    } else {
        return None;
    };
    let whole = len > 0
        && !rest[..len].ends_with(['/', '-'])
        && !crate::words::is_caption_marker(&rest[..len])
        && boundary(text, at + len);
    whole.then_some(at + len)
}

/// Heads whose kind may be told in lower-case words before the proper name:
/// "Khu đô thị du lịch biển Phan Thiết", "Khu du lịch sinh thái Tràng An".
const DESCRIBED_HEADS: &[&str] = &["Khu đô thị", "Khu du lịch", "Khu liên hợp", "Di tích"];

/// The lower-case words (four at most) that describe a venue's kind, and the
/// proper name after them, as the name's end.
fn described_name(text: &str, at: usize) -> Option<usize> {
    // Besides the joiners: verbs and pointers that end the description.
    const NOT_DESCRIPTIONS: &[&str] = &["được", "đã", "này", "đó", "thuộc", "trên"];
    let mut q = at;
    for _ in 0..4 {
        let rest = &text[q..];
        let len = rest.find(|c: char| !is_word_char(c)).unwrap_or(rest.len());
        let word = &rest[..len];
        let function_word = JOINERS.contains(&word) || NOT_DESCRIPTIONS.contains(&word);
        if len == 0 || !word.chars().all(char::is_lowercase) || function_word {
            return None;
        }
        q += len;
        let next = text[q..].strip_prefix(' ')?;
        q += 1;
        if next.starts_with(char::is_uppercase) {
            return name_part(text, q);
        }
    }
    None
}

/// The first words of [`VENUE_HEADS`] (up to the first space).
fn head_first_words() -> &'static FxHashSet<&'static str> {
    static SET: OnceLock<FxHashSet<&'static str>> = OnceLock::new();
    SET.get_or_init(|| {
        VENUE_HEADS
            .iter()
            .chain(WORSHIP_HEADS)
            .map(|h| h.split(' ').next().unwrap_or(h))
            .collect()
    })
}

/// Whether `s` starts with `word` (lower case) or with it capitalized ("Quốc tế").
fn starts_with_either_case(s: &str, word: &str) -> bool {
    let mut w = word.chars();
    let mut c = s.chars();
    match (w.next(), c.next()) {
        (Some(a), Some(b)) if a == b || a.to_uppercase().eq(b.to_uppercase()) => {
            s[b.len_utf8()..].starts_with(w.as_str())
        }
        _ => false,
    }
}

/// Function words that join or follow a name, never a syllable or a
/// description inside one.
const JOINERS: &[&str] = &[
    "và", "của", "với", "tại", "ở", "cho", "là", "có", "trong", "từ",
];

/// A lower-case syllable between two capitalized words of a name, the rest
/// of a word whose first syllable alone is capitalized: "Cung Văn hóa Lao
/// | động | Hữu nghị Việt Tiệp".
fn sandwiched(text: &str, at: usize) -> Option<usize> {
    let rest = &text[at..];
    let len = rest.find(|c: char| !is_word_char(c)).unwrap_or(rest.len());
    let word = &rest[..len];
    let capital_before = text[..at.saturating_sub(1)]
        .rsplit(' ')
        .next()
        .is_some_and(|w| w.starts_with(char::is_uppercase));
    let capital_after = rest[len..]
        .strip_prefix(' ')
        .is_some_and(|r| r.starts_with(char::is_uppercase));
    let syllable = len > 0 && word.chars().all(char::is_lowercase) && !JOINERS.contains(&word);
    (syllable && capital_before && capital_after).then_some(at + len)
}

/// The end of the venue named at `at`, if one is.
fn venue_at(text: &str, at: usize) -> Option<usize> {
    let rest = &text[at..];
    // Asked at every capital: first the word against the heads' first words.
    let first_word = rest.split(|c: char| !is_word_char(c)).next().unwrap_or("");
    if !head_first_words().contains(first_word) {
        return None;
    }
    let head = VENUE_HEADS
        .iter()
        .chain(WORSHIP_HEADS)
        .find(|h| rest.starts_with(**h))?;
    let mut end = at + head.len();
    if !boundary(text, end) {
        return None;
    }
    let whole_name = *head == "Nhà Quốc hội";
    let mut named = whole_name;
    for _ in 0..8 {
        let Some(next) = text[end..].strip_prefix(' ') else {
            break;
        };
        let q = end + 1;
        let word = NAME_WORDS
            .iter()
            .find(|w| {
                // "Quốc tế" capitalized, but "Tỉnh ủy" is a body, not "tỉnh".
                let capital_ok = w.starts_with("quốc") || w.starts_with("hữu");
                (next.starts_with(**w) || (capital_ok && starts_with_either_case(next, w)))
                    && boundary(text, q + w.len())
            })
            .map(|w| q + w.len());
        let described = || {
            (!named && DESCRIBED_HEADS.contains(head))
                .then(|| described_name(text, q))
                .flatten()
        };
        match word
            .or_else(|| name_part(text, q))
            .or_else(|| sandwiched(text, q))
            .or_else(described)
        {
            Some(e) => {
                // "Di tích quốc gia" is a rank, not a monument's name.
                let proper_name_needed = *head == "Di tích";
                named |= word.is_none()
                    || !proper_name_needed
                        && (text[q..e].starts_with("tỉnh")
                            || text[q..e].starts_with("quốc")
                            || text[q..e].starts_with("Quốc"));
                end = e;
            }
            None => break,
        }
    }
    named.then_some(end)
}

/// Every venue named in `text`.
pub fn find(text: &str, out: &mut Vec<Candidate>) {
    let mut at = 0;
    // Every head starts with one of these ASCII capitals.
    let first_letter = |b: u8| {
        matches!(
            b,
            b'T' | b'C' | b'S' | b'N' | b'H' | b'K' | b'B' | b'Q' | b'D' | b'L'
        )
    };
    let bytes = text.as_bytes();
    while let Some(s) = crate::words::next_ascii_capital(bytes, at) {
        if !first_letter(bytes[s]) {
            at = s + 1;
            continue;
        }
        let glued = !boundary_before(text, s);
        match (!glued).then(|| venue_at(text, s)).flatten() {
            Some(e) => {
                out.push(Candidate::new(Kind::Place, s, e, rank::VENUE));
                at = e;
            }
            None => at = s + 1,
        }
        at = crate::words::ceil_char(text, at);
    }
    // A shorter head found where a longer one stands ("đền" in "đền thờ")
    // names the same venue: each start once. The heads are found in one
    // pass (a pass per head was a tenth of the whole analysis), then taken
    // head by head in the list's order, as the longer heads come first.
    let mut starts = FxHashSet::default();
    for (head, s) in crate::words::matches_by_pattern(worship_heads(), text) {
        if starts.contains(&s) || (WORSHIP_HEADS[head] == "mộ" && mộ_is_a_verb(&text[..s])) {
            continue;
        }
        if let Some(e) = boundary_before(text, s)
            .then(|| venue_at(text, s))
            .flatten()
        {
            starts.insert(s);
            out.push(Candidate::new(Kind::Place, s, e, rank::VENUE));
        }
    }
}

#[cfg(test)]
mod tests {
    fn venues(text: &str) -> Vec<&str> {
        let mut out = Vec::new();
        super::find(text, &mut out);
        out.iter().map(|c| &text[c.start..c.end]).collect()
    }

    /// `find` looks for heads at these capitals only.
    #[test]
    fn every_head_starts_with_a_searched_capital() {
        for head in super::VENUE_HEADS {
            assert!(
                head.starts_with(['T', 'C', 'S', 'N', 'H', 'K', 'B', 'Q', 'D', 'L']),
                "{head}"
            );
        }
    }

    #[test]
    fn venues_by_their_head() {
        assert_eq!(
            venues("tại Hội trường Tỉnh ủy, đại hội"),
            ["Hội trường Tỉnh ủy"]
        );
        assert_eq!(
            venues("tại Hội trường 2/9 và Nhà Quốc hội"),
            ["Hội trường 2/9", "Nhà Quốc hội"]
        );
        assert_eq!(
            venues("ở Sân bay quốc tế Nội Bài hôm qua"),
            ["Sân bay quốc tế Nội Bài"]
        );
        assert_eq!(
            venues("tại Trung tâm Hội nghị tỉnh, khai mạc"),
            ["Trung tâm Hội nghị tỉnh"]
        );
        assert_eq!(
            venues("tại dự án Khu đô thị du lịch biển Phan Thiết, phường"),
            ["Khu đô thị du lịch biển Phan Thiết"]
        );
        assert_eq!(
            venues("tại Hội trường 2-9 (TP. Pleiku); Cụm công nghiệp Tiên Lãng, Khu công nghiệp Yên Phong 2C và"),
            ["Hội trường 2-9", "Cụm công nghiệp Tiên Lãng", "Khu công nghiệp Yên Phong 2C"]
        );
        assert!(venues("các Khu đô thị mới trên địa bàn").is_empty());
        assert!(venues("phòng họp, hội trường lớn").is_empty());
        assert!(venues("Hội trường chật kín").is_empty());
    }

    #[test]
    fn a_memorials_name_is_no_person() {
        use super::memorial_before;
        assert!(memorial_before("thăm mộ "));
        assert!(memorial_before("viếng Lăng cụ Phó bảng "));
        assert!(memorial_before("Di tích lịch sử Đền thờ Vua "));
        assert!(memorial_before("tại Nhà thờ "));
        // A verb's syllable, a head that is another word's end, a title
        // after a memorial's head as a verb's object.
        assert!(!memorial_before("người hâm mộ "));
        assert!(!memorial_before("huyện Mộ Đức "));
        assert!(!memorial_before("vào Lăng viếng Chủ tịch "));
        assert!(!memorial_before("lễ hội ở xã "));
    }
}
