//! What the words around a number say about it: a label or ordinal ("lần
//! thứ 15", "Quận 1"), a clock time ("lúc 9 giờ"), a list number, the first
//! day of a date range, and the noun it counts.

use crate::rule::Hit;
use crate::words::{is_capitalized, word_after, word_before, words_before};

/// Words before a number that make it a label or ordinal, not a count.
pub const LABEL_BEFORE: &[&str] = &[
    "thứ",
    "số",
    "lần",
    "khóa",
    "kỳ",
    "điều",
    "khoản",
    "mục",
    "chương",
    "phần",
    "tầng",
    "phòng",
    "đường",
    "tổ",
    "ấp",
    "thôn",
    "khu",
    "khối",
    "quận",
    "phường",
    "lô",
    "trang",
    "hình",
    "bảng",
    "câu",
    "bài",
    "version",
    "phiên",
    "bản",
    "mã",
    "hạng",
    "cấp",
    "nhóm",
    "đợt",
    "tập",
    "kênh",
    "ảnh",
    "niên",
    "ngày",
    "năm",
    "kỷ",
    // Plots and boundary posts, school years, vaccine doses, lunar days:
    // "khoảnh 1", "mốc 41", "lớp 12", "mũi 2", "mùng 7 Tết".
    "khoảnh",
    "mốc",
    "lớp",
    "mũi",
    "mùng",
    "mồng",
    // Roads by their level: "hương lộ 2", "Huyện lộ 25".
    "lộ",
    // A road's chainage: "km 1545+100".
    "km",
    // Addresses: "ngõ 189 đường Cầu Diễn", "ngách 12", "hẻm 45", "kiệt 7".
    "ngõ",
    "ngách",
    "hẻm",
    "kiệt",
];

/// Words right after a number that make it part of a name ("chi bộ 4 tốt").
pub const LABEL_AFTER: &[&str] = &[
    "tốt", "sạch", "xanh", "đẹp", "an", "không", "nhất", "giảm", "có",
];

/// A label word right before byte `at` ("lần 2", "Điều 5"); "dân số 8.718.000",
/// "tổng số 120" are counts ("số" there means "number of").
pub fn label_word_before(text: &str, at: usize) -> bool {
    let prev2 = words_before(text, at, 2);
    let prev = prev2.rsplit(' ').next().unwrap_or("");
    let counting_so = prev == "số"
        && prev2
            .split(' ')
            .next()
            .is_some_and(|w| matches!(w, "dân" | "tổng" | "với" | "có" | "đa" | "thiểu" | "trong"));
    // "đã điều 2 xe chữa cháy": the verb (to send) after an auxiliary, then
    // a count in lower case (not "khoản 1 điều 5 nghị định").
    let sends = prev == "điều"
        && prev2.split(' ').next().is_some_and(|w| {
            matches!(
                w,
                "đã" | "được" | "sẽ" | "vừa" | "đang" | "liền" | "cũng" | "và"
            )
        })
        && crate::words::word_after(text, text[at..].find(' ').map_or(text.len(), |i| at + i))
            .is_some_and(|w| {
                w.starts_with(char::is_lowercase) && crate::counted::starts_a_count(w)
            });
    // "vòng 2": the second round; "trong vòng 2 năm": within two years.
    let round = matches!(prev, "vòng" | "Vòng")
        && !prev2
            .split(' ')
            .next()
            .is_some_and(|w| matches!(w, "trong" | "Trong" | "khoảng"));
    (LABEL_BEFORE.contains(&prev) && !counting_so && !sends)
        || round
        || LABEL_PAIRS_BEFORE.contains(&prev2.as_ref())
}

/// Two-word labels before a number: "Nội dung 1", "giai đoạn 2", "vành đai 3".
const LABEL_PAIRS_BEFORE: &[&str] = &[
    // An address: "số nhà 1071 Nguyễn Tất Thành", "địa chỉ 23 Hàng Vải".
    "số nhà",
    "địa chỉ",
    "nội dung",
    "giai đoạn",
    "vành đai",
    "chi bộ",
    "khu phố",
    "tổ dân",
    "dân phố",
    "quốc lộ",
    "tỉnh lộ",
    "phân khu",
    "lô đất",
    "gói thầu",
    "chương trình",
    "đề án",
    "phương án",
    // Degrees and ranks: "Bác sĩ chuyên khoa 2", "thương binh hạng 4".
    "chuyên khoa",
    // A plenum: "Hội nghị Trung ương 7".
    "trung ương",
    // A conclusion by its number: "Theo kết luận 138".
    "kết luận",
];

/// "(1).jpeg", "img_1361(1)": a number in brackets glued to a name;
/// "22922-Thuong_truc_HDND_tinh.mp4": a number opening a file's name.
pub fn in_file_name(text: &str, start: usize, end: usize) -> bool {
    let token_end = text[end..]
        .find(char::is_whitespace)
        .map_or(text.len(), |i| end + i);
    let rest = &text[end..token_end];
    let file_after = rest.starts_with(['-', '_'])
        && (rest.contains('_') || FILE_EXTENSIONS.iter().any(|x| rest.contains(x)));
    if file_after {
        return true;
    }
    let glued_before = text[..start].strip_suffix('(').is_some_and(|h| {
        h.ends_with(|c: char| crate::words::is_word_char(c) || c == '-' || c == '_')
    });
    let extension_after = text[end..]
        .strip_prefix(").")
        .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_alphabetic()));
    glued_before || extension_after
}

/// Extensions that end a file's name in a caption or a page's link.
const FILE_EXTENSIONS: &[&str] = &[
    ".mp4", ".jpg", ".jpeg", ".png", ".gif", ".webp", ".pdf", ".doc",
];

pub fn is_label_context(hit: &Hit) -> bool {
    if label_word_before(hit.text, hit.start)
        || legal_point(hit.text, hit.start, hit.end)
        || list_item_number(hit.text, hit.start, hit.end)
        || continues_label_list(hit.text, hit.start, hit.end)
        || after_code_and_dash(hit.text, hit.start)
        || house_number(hit.text, hit.end)
    {
        return true;
    }
    // "Trung ương 4", "Quận 1": a capitalized word right before (not a
    // sentence start, nor the start after an outlet's lead: "(GLO)- Trong 3 ngày").
    if let Some(w) = word_before(hit.text, hit.start) {
        let head = hit.text[..hit.start].trim_end();
        let w_start = head.len() - w.len();
        // A line break ends a headline with no full stop ("… hủy án\nSau 2 ngày").
        let sentence_start = hit.text[..w_start]
            .trim_end_matches([' ', '\t', '\u{a0}'])
            .chars()
            .next_back()
            .is_none_or(|c| matches!(c, '.' | '!' | '?' | '\n' | ':' | ';' | '"' | '“' | '…'));
        let sentence_start = sentence_start || after_outlet_lead(&hit.text[..w_start]);
        // "huyện Đà Bắc 5 vụ", "khai trừ Đảng 28 trường hợp": a counted noun
        // after the number makes it a count after a name.
        let counts = hit.text[hit.end..].starts_with(' ')
            && super::units::noun_at(hit.text, hit.end + 1).is_some();
        if is_capitalized(w) && !sentence_start && hit.text[..hit.start].ends_with(' ') && !counts {
            return true;
        }
    }
    false
}

/// The second part of a code after its first and a dash: a licence plate
/// "77A- 16212", "51F - 123.45" (the first part mixes digits and capitals),
/// and the pandemic's name written with a spaced dash ("Covid - 19",
/// "COVID – 19").
fn after_code_and_dash(text: &str, start: usize) -> bool {
    let Some(head) = ["-", "–"]
        .iter()
        .find_map(|d| text[..start].trim_end_matches(' ').strip_suffix(d))
    else {
        return false;
    };
    let head = head.trim_end_matches(' ');
    let code = &head[head
        .trim_end_matches(|c: char| c.is_ascii_alphanumeric())
        .len()..];
    let plate = code.len() <= 5
        && code.bytes().any(|b| b.is_ascii_digit())
        && code.bytes().any(|b| b.is_ascii_uppercase());
    plate || code.eq_ignore_ascii_case("covid")
}

/// A house number in an address: a street named after a person or a place
/// and its ward or district after a comma ("361/21 Nguyễn Đình Chiểu, phường
/// 5", "604 Trần Hưng Đạo, P.14"). `end` is where the number ends.
fn house_number(text: &str, end: usize) -> bool {
    const UNIT_AFTER: &[&str] = &["phường ", "quận ", "P.", "Q.", "xã ", "thị trấn "];
    let Some(rest) = text[end..].strip_prefix(' ') else {
        return false;
    };
    let (at, words) =
        crate::words::capitalized_words(rest, 0, 4, |s, e| is_capitalized(&rest[s..e]));
    (2..=4).contains(&words)
        && rest[at..]
            .strip_prefix(", ")
            .is_some_and(|r| UNIT_AFTER.iter().any(|u| r.starts_with(u)))
}

/// A point of a law's clause: "điểm 4, khoản 4 Điều 20", "điểm a khoản 2"
/// (a score "đạt điểm 9" is no label).
fn legal_point(text: &str, start: usize, end: usize) -> bool {
    words_before(text, start, 1) == "điểm"
        && [", khoản ", " khoản ", ", Điều ", " Điều "]
            .iter()
            .any(|p| text[end..].starts_with(p))
}

/// A number further on in a list of labels: "phường 1, 2, 3, 7, 8", "cấp cao
/// 1, 2, 3", "kỳ thứ 15 và 16", "bến cảng số 3 - 4", "quý 1, 2, 3".
fn continues_label_list(text: &str, start: usize, end: usize) -> bool {
    // "năm 2023 và 27 đảng viên": a number before a counted noun counts.
    if text[end..].starts_with(' ') && super::units::noun_at(text, end + 1).is_some() {
        return false;
    }
    let mut at = start;
    // A dozen items back at most: the look stays bounded.
    for _ in 0..12 {
        let head = &text[..at];
        let Some(item) = [", ", " và ", " - ", " – ", " đến "]
            .iter()
            .find_map(|sep| head.strip_suffix(sep))
        else {
            return false;
        };
        // The item before: a short number, perhaps with a letter ("4D").
        let digits = item
            .bytes()
            .rev()
            .take_while(|b| b.is_ascii_alphanumeric())
            .count();
        let number = &item[item.len() - digits..];
        if !(1..=4).contains(&digits) || !number.starts_with(|c: char| c.is_ascii_digit()) {
            return false;
        }
        at = item.len() - digits;
        let first_label = label_word_before(text, at)
            || words_before(text, at, 1) == "quý"
            || words_before(text, at, 2) == "cấp cao";
        if first_label {
            return true;
        }
    }
    false
}

/// An item's number opening its line: "(1) Thành lập xã …", "(2) …".
fn list_item_number(text: &str, start: usize, end: usize) -> bool {
    let Some(head) = text[..start].strip_suffix('(') else {
        return false;
    };
    let line_start = head.trim_end_matches([' ', '\t']).is_empty()
        || head.trim_end_matches([' ', '\t']).ends_with('\n');
    line_start && text[end..].starts_with(") ")
}

/// Whether `head` ends with an outlet's lead before an article's first
/// sentence: "(GLO)- ", "(BĐ) - ", "TPO - " (a bracket or a capitals-only
/// word at the start of its line, then a dash). "An Giang - Anh 1" is no lead.
fn after_outlet_lead(head: &str) -> bool {
    let Some(before_dash) = head
        .strip_suffix(' ')
        .map(|h| h.trim_end_matches(' '))
        .and_then(|h| h.strip_suffix(['-', '–', '—']))
        .map(|h| h.trim_end_matches(' '))
    else {
        return false;
    };
    if before_dash.ends_with(')') {
        return true;
    }
    let line = before_dash.rsplit('\n').next().unwrap_or(before_dash);
    !line.is_empty()
        && !line.contains(' ')
        && line.chars().any(char::is_uppercase)
        && !line.chars().any(char::is_lowercase)
}

/// Whether byte `at` begins a sentence (or a line, a quotation, a list item).
pub fn at_sentence_start(text: &str, at: usize) -> bool {
    text[..at]
        .trim_end_matches(' ')
        .chars()
        .next_back()
        .is_none_or(|c| matches!(c, '.' | '!' | '?' | '\n' | ':' | '"' | '“'))
}

/// "từ 8 giờ đến 17 giờ", "lúc 9 giờ sáng": the number from `start` with its
/// unit at `unit_start`, ending at `end`, is a clock time, not a duration.
pub fn is_clock_time(text: &str, start: usize, unit_start: usize, end: usize) -> bool {
    // The minutes of "8 giờ 00", "8 giờ 30".
    if words_before(text, start, 1) == "giờ" {
        return true;
    }
    let unit = &text[unit_start..];
    if !(unit.starts_with("giờ") || unit.starts_with("phút")) {
        return false;
    }
    let prev = words_before(text, start, 1);
    let next = word_after(text, end).unwrap_or("");
    matches!(&*prev, "từ" | "đến" | "lúc" | "vào" | "tới" | "khoảng")
        || matches!(
            next,
            "sáng" | "chiều" | "tối" | "trưa" | "đêm" | "ngày" | "hôm"
        )
}

/// "1. Về công tác…", "2) Về kinh tế": a list number at the start of a line.
pub fn is_list_number(hit: &Hit) -> bool {
    let line_start = hit.text[..hit.start]
        .trim_end_matches([' ', '\t'])
        .is_empty()
        || hit.text[..hit.start]
            .trim_end_matches([' ', '\t'])
            .ends_with('\n');
    line_start
        && matches!(hit.after(), Some('.' | ')' | '-'))
        && hit.text[hit.end + 1..].starts_with(' ')
}

/// " đến 19-2-1951", " - 15/8": a date follows, so the number before is a day.
pub fn starts_date_after(rest: &str) -> bool {
    let rest = rest
        .strip_prefix(" đến ")
        .or_else(|| rest.strip_prefix(" - "))
        .or_else(|| rest.strip_prefix(" – "));
    let Some(rest) = rest else { return false };
    let rest = rest.strip_prefix("ngày ").unwrap_or(rest);
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    (1..=2).contains(&digits)
        && matches!(rest.as_bytes().get(digits), Some(b'/' | b'-' | b'.'))
        && rest
            .as_bytes()
            .get(digits + 1)
            .is_some_and(u8::is_ascii_digit)
}

pub use super::units::{counted_noun, material_named};

#[cfg(test)]
mod tests {
    use super::after_code_and_dash;

    #[test]
    fn a_plate_s_second_part_at_any_character() {
        let text = "biển kiểm soát 77A- 16212, Bà Rịa- 5 hộ, 32°C- 4 ngày, dịch Covid – 19";
        let at = |s: &str| text.find(s).unwrap();
        assert!(after_code_and_dash(text, at("16212")));
        assert!(after_code_and_dash(text, at("19")));
        assert!(!after_code_and_dash(text, at("5 hộ")));
        assert!(!after_code_and_dash(text, at("4 ngày")));
        // Asked at every character, after letters of any width: no panic.
        for (i, _) in text.char_indices() {
            after_code_and_dash(text, i);
        }
    }
}
