//! Words that build person mentions: family names, title heads, honorifics,
//! and the vocabulary of title phrases (REFERENCE_vi.md §2). Add a title or a
//! family name here.
//!
//! A bottom-layer word list: the PERSON rules (`person`, which re-exports it as
//! `person::lexicon`) and the ORG rules (a name after a body) both read it.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::sync::OnceLock;

use crate::words::{lower, prefix_without_case};

mod titles;

pub use titles::{ROLE_CANNOT_END, ROLE_WORDS, TITLE_HEADS};

/// Family names (họ), most frequent first; compound ones are matched by
/// their first syllable.
pub const FAMILY_NAMES: &[&str] = &[
    "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ",
    "Hồ", "Ngô", "Dương", "Lý", "Lâm", "Đinh", "Nghiêm", "Đào", "Vương", "Trịnh", "Phùng", "Chung",
    "Triệu", "Đoàn", "Hà", "Trương", "Tôn", "Lưu", "Liễu", "Mai", "La", "Tạ", "Lương", "Kim",
    "Thạch", "Lạc", "Nông", "Tô", "Thái", "Lại", "Châu", "Cao", "Quách", "Kiều", "Chu", "Giàng",
    "Vừ", "Sùng", "Thào", "Lầu", "Mùa", "Lò", "Lường", "Cầm", "Quàng", "Bế", "Danh", "Âu", "Diệp",
    "Khổng", "Mạc", "Nhữ", "Ông", "Phí", "Tăng", "Từ", "Ninh", "Doãn", "Hứa", "Lục", "Mẫn", "Tống",
    "Hầu", "Khúc", "Lã", "Giáp", "Trình", "Thân", "Bạch", "Đàm", "Vi", "Y", "Đồng", "Lò", "Hoa",
    "Ma", "Sầm", "Vòng", "Thiều", "Đậu", "Khương", "Ung", "Mẫn", "Bành", "Cù", "Lô", "Hờ", "Liêu",
    "Lữ", "Kha", "Khưu", "Tiêu", "Hàn", "Đống", "Đầu", "Ngọ", "Trầm", "Quan", "Khuất", "Chử", "Tề",
    "Chẩu",
    // Hmong, Dao and Thai family names of the north-west ("Hạng A Chinh", "Mua A Lềnh").
    "Hạng", "Mua", "Vàng", "Tẩn", "Chảo", "Bàn", "Tòng", "Điêu", "Sình", "Tráng", "Lù", "Ly",
    // Central Highlands family names (Jrai, Bahnar, Ê Đê…).
    "Rah", "Rơ", "Kpă", "Ksor", "Siu", "Rmah", "Nay", "Kpuih", "Rcom", "Niê", "Byă", "Êban",
];

/// Central Highlands family names (Ê Đê, Jrai, M'nông…) that close a name
/// opened by "Y" (men) or "H'" (women): "Y Thanh Hà Niê Kđăm", "Y Giang
/// Gry Niê Knơng". Such a name may run to six syllables.
pub const HIGHLAND_FAMILY_NAMES: &[&str] = &[
    "Niê", "Mlô", "Êban", "Ayun", "Byă", "Kpă", "Ksor", "Siu", "Nay", "Rmah", "Hđơk", "Adrơng",
    "Bkrông", "Kbuôr", "Ktla", "Knul", "Êya", "Hmok", "Rcăm", "Mđrang", "Êmô", "Alê", "Buôn",
    "Rah", "Rơ", "Kpuih", "Rcom", "Hwing", "Bdap", "Kđoh", "Enuôl", "Mjâo", "Hra",
];

/// The parties of a case, read as honorifics before a name or a given name
/// alone once the full name appeared ("bị cáo Đức", "đối tượng Đạt"); a
/// place's name after them is a person's ("bị cáo Đức" is not Germany).
#[rustfmt::skip]
pub const CASE_PARTIES: &[&str] = &[
    "bị cáo", "Bị cáo", "bị can", "Bị can", "đối tượng", "Đối tượng", "nghi phạm", "Nghi phạm",
    "nghi can", "Nghi can", "bị hại", "nạn nhân", "Nạn nhân",
];

/// Honorifics before a name; not part of the name or the role.
pub const HONORIFICS: &[&str] = &[
    "đồng chí",
    "Đồng chí",
    "đ/c",
    "Đ/c",
    "ông",
    "Ông",
    "bà",
    "Bà",
    "anh",
    "Anh",
    "chị",
    "Chị",
    "cô",
    "Cô",
    "Em",
    "thầy",
    "Thầy",
    "cụ",
    "Cụ",
    // Kin words said of elders and juniors: "Bác Hồ", "chú Ba", "nhóm "Má Hạnh"".
    "bác",
    "Bác",
    "chú",
    "Chú",
    "dì",
    "Dì",
    "má",
    "Má",
    "cháu",
    "Cháu",
    "em",
    "các đồng chí",
    "Các đồng chí",
    // Foreign dignitaries: "Ngài Samlane Phankhavong".
    "ngài",
    "Ngài",
    // Cambodian honorifics: "Samdech Techo Hun Sen", "Samdech Krolahom Sar Kheng".
    "Samdech Techo",
    "Samdech Krolahom",
    "Samdech",
];

/// Words right before a capitalized run that show it names a street, school
/// or city after a person ("đường Lê Lợi", "Trường THPT Nguyễn Du").
pub const NAMED_AFTER_CUES: &[&str] = &[
    "phố",
    "Phố",
    "TP",
    "Tp",
    "TP.",
    "TNCS",
    "gia",
    "đường",
    "Đường",
    "phường",
    "Phường",
    "xã",
    "Xã",
    "trường",
    "Trường",
    "THPT",
    "THCS",
    "cầu",
    "Cầu",
    "quận",
    "Quận",
    "huyện",
    "Huyện",
    "tuyến",
    "mang",
    "tên",
    "viện",
    "hiệu",
    "Lăng",
    "lăng",
    "Bảo",
    "tàng",
    "khu",
    "Khu",
    "Tiểu",
    "thị",
    "trấn",
    "đại",
    "lộ",
    "Đại",
    "Làng",
    "làng",
    "thôn",
    "Thôn",
    "ấp",
    "Ấp",
    "bản",
    "Bản",
    "tỉnh",
    "Tỉnh",
    "chương",
    "thưởng",
    "Giải",
    "giải",
    "Quỹ",
    "quỹ",
    "Đội",
    "đội",
    "Đoàn",
    "Nhà",
    "nhà",
    "Công",
    "ty",
    "Tập",
    "đoàn",
    "Sân",
    "sân",
    "Chợ",
    "chợ",
    "Bến",
    "bến",
    "sông",
    "Sông",
    "núi",
    "Núi",
    "đèo",
    "hồ",
    "Hồ",
    "Bệnh",
    "học",
];

fn set(words: &'static [&'static str]) -> HashSet<&'static str> {
    words.iter().copied().collect()
}

/// A lower-case admin word that a unit's name follows ("xã Thạch Bằng",
/// "thị trấn Lộc Hà"): two capitalized syllables after it are that unit's
/// name, not a person's, even when the first is a family name.
pub fn is_admin_word(word: &str) -> bool {
    matches!(
        word,
        "xã" | "phường" | "huyện" | "tỉnh" | "quận" | "trấn" | "thôn" | "ấp" | "bản"
    )
}

pub fn is_family_name(word: &str) -> bool {
    static SET: OnceLock<HashSet<&'static str>> = OnceLock::new();
    // Asked of nearly every word; every family name is capitalized.
    if word.as_bytes().first().is_none_or(u8::is_ascii_lowercase) {
        return false;
    }
    SET.get_or_init(|| set(FAMILY_NAMES)).contains(word)
}

/// A family name written in capitals ("NGUYỄN", "VƯƠNG").
pub fn is_family_name_in_capitals(word: &str) -> bool {
    static SET: OnceLock<HashSet<String>> = OnceLock::new();
    SET.get_or_init(|| FAMILY_NAMES.iter().map(|f| f.to_uppercase()).collect())
        .contains(word)
}

/// A lower-case word of a title phrase: `ROLE_WORDS` and the words of
/// `TITLE_HEADS` in lower case ("thống" of "Tổng thống", and "chủ tịch",
/// "đội trưởng", "thẩm phán" as news write them in lower case).
pub fn is_role_word(word: &str) -> bool {
    static SET: OnceLock<HashSet<String>> = OnceLock::new();
    SET.get_or_init(|| {
        let mut words: HashSet<String> = ROLE_WORDS.iter().map(|w| w.to_string()).collect();
        words.extend(
            TITLE_HEADS
                .iter()
                .flat_map(|t| t.split(' '))
                .map(str::to_lowercase),
        );
        words
    })
    .contains(word)
}

/// Whether `phrase` starts with a title head (compared without case).
pub fn starts_with_title(phrase: &str) -> bool {
    let buckets = title_buckets();
    // The phrase lower-cased in a buffer on the stack, as far as the
    // longest title of its first word's bucket: nothing is allocated.
    let mut buf = [0u8; TITLE_BYTES];
    let mut len = 0;
    let mut chars = phrase.char_indices().peekable();
    // Its first word first: one look-up rules out most words.
    while let Some(&(_, c)) = chars
        .peek()
        .filter(|&&(_, c)| crate::words::is_word_char(c))
    {
        let l = lower(c);
        if len + l.len_utf8() > FIRST_WORD_BYTES {
            return false;
        }
        len += l.encode_utf8(&mut buf[len..]).len();
        chars.next();
    }
    let Some(bucket) = buckets.get(&buf[..len]) else {
        return false;
    };
    // Then each place a title may end (before a character that is no word's,
    // or at the end), looked up whole: "Phó" heads three dozen titles.
    loop {
        let next = chars.peek().copied();
        if next.is_none_or(|(_, c)| !crate::words::is_word_char(c)) {
            let n = next.map_or(phrase.len(), |(i, _)| i);
            // "Đại sứ quán", "Lãnh sự quán" are offices, not titles.
            if bucket.titles.contains(&buf[..len]) && !phrase[n..].starts_with(" quán") {
                return true;
            }
        }
        let Some((_, c)) = chars.next() else {
            return false;
        };
        let l = lower(c);
        if len + l.len_utf8() > bucket.longest {
            return false;
        }
        len += l.encode_utf8(&mut buf[len..]).len();
    }
}

/// The longest first word of a title, lower-cased, in bytes.
const FIRST_WORD_BYTES: usize = 48;

/// The longest title, lower-cased, in bytes (checked as the buckets are made).
const TITLE_BYTES: usize = 128;

/// The titles that start with one first word, lower-cased.
struct TitleBucket {
    titles: HashSet<Box<[u8]>>,
    /// The longest of them, in bytes.
    longest: usize,
}

/// The titles bucketed by their first word, all lower-cased (keyed by
/// bytes: no UTF-8 check per look-up).
fn title_buckets() -> &'static HashMap<Box<[u8]>, TitleBucket> {
    static BY_FIRST_WORD: OnceLock<HashMap<Box<[u8]>, TitleBucket>> = OnceLock::new();
    BY_FIRST_WORD.get_or_init(|| {
        let mut map: HashMap<Box<[u8]>, TitleBucket> = HashMap::default();
        for t in TITLE_HEADS {
            let lowered: String = t.chars().map(lower).collect();
            let first: String = t
                .chars()
                .take_while(|&c| crate::words::is_word_char(c))
                .map(lower)
                .collect();
            assert!(lowered.len() <= TITLE_BYTES && first.len() <= FIRST_WORD_BYTES);
            let bucket = map
                .entry(first.into_bytes().into_boxed_slice())
                .or_insert_with(|| TitleBucket {
                    titles: HashSet::default(),
                    longest: 0,
                });
            bucket.longest = bucket.longest.max(lowered.len());
            bucket
                .titles
                .insert(lowered.into_bytes().into_boxed_slice());
        }
        map
    })
}

/// Whether `phrase` is a title, whole, in any case ("Phó thủ tướng" as
/// "Phó Thủ tướng").
pub fn is_whole_title(phrase: &str) -> bool {
    starts_with_title(phrase)
        && TITLE_HEADS
            .iter()
            .any(|t| t.len() == phrase.len() && prefix_without_case(phrase, t).is_some())
}

#[cfg(test)]
mod tests {
    #[test]
    fn titles_start_phrases_in_any_case_and_end_at_a_word() {
        use super::starts_with_title as title;
        assert!(title("Phó Chủ tịch UBND tỉnh"));
        assert!(title("Tổng Bí Thư Tô Lâm"));
        assert!(title("PHÓ CHỦ TỊCH"));
        assert!(title("PGS.TS. Nguyễn Văn A"));
        assert!(title("Bí thư"));
        // Not within a word, not an office, not another word.
        assert!(!title("Bí thưa"));
        assert!(!title("Đại sứ quán Việt Nam"));
        assert!(!title("Phòng Tư pháp"));
        assert!(!title(""));
        assert!(!title(" Bí thư"));
    }

    #[test]
    fn whole_titles_compare_without_case() {
        assert!(super::is_whole_title("Phó thủ tướng"));
        assert!(super::is_whole_title("Phó Thủ tướng"));
        assert!(!super::is_whole_title("Phó thủ"));
        assert!(!super::is_whole_title("Phó Thủ tướng Chính phủ nước"));
    }

    /// `is_family_name` refuses a word in lower case before the look-up.
    #[test]
    fn family_names_are_capitalized() {
        for name in super::FAMILY_NAMES {
            assert!(name.starts_with(char::is_uppercase), "{name}");
            assert!(super::is_family_name(name), "{name}");
        }
        assert!(!super::is_family_name("nguyễn"));
    }
}
