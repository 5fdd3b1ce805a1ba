//! The noun a figure counts, its `unit` (GUIDELINES.md, "FIGURE"): the head
//! noun with the words that make it one term, read from a lexicon of counted
//! nouns rather than "the next few words", with the nouns coordinated with it
//! ("cán bộ, công chức") and a level or body that completes it ("đơn vị hành
//! chính cấp xã", "đại biểu Quốc hội"); never the verb or clause that follows
//! ("13 lần đi nước ngoài" → "lần").
//!
//! To teach Soi a counted noun: a line in [`COUNTED_NOUNS`] (longer terms are
//! matched before their head, so "tổ chức cơ sở đảng" before "tổ chức").

use rustc_hash::FxHashMap;
use std::sync::OnceLock;

use crate::people::{starts_with_title, TITLE_HEADS};
use crate::words::boundary_after as boundary;

/// Counted nouns of official news (Party and State, people, places and
/// bodies, things), lower case; the text may write them in any case ("Đảng viên").
#[rustfmt::skip]
pub const COUNTED_NOUNS: &[&str] = &[
    "đảng viên", "đảng viên mới", "tổ chức cơ sở đảng", "tổ chức đảng", "tổ chức cơ sở", "chi bộ",
    "đảng bộ", "đảng bộ cơ sở", "cấp ủy viên", "ủy viên", "đồng chí", "cán bộ", "công chức",
    "viên chức", "người lao động", "hội viên", "đoàn viên", "cán bộ, đảng viên", "đại biểu",
    "phiếu", "phiếu tín nhiệm", "phiếu tán thành", "phiếu bầu", "số phiếu", "kỳ họp", "phiên họp",
    "hội nghị", "cuộc", "cuộc kiểm tra", "cuộc giám sát", "cuộc thanh tra", "đoàn",
    "đoàn kiểm tra", "đoàn công tác", "lượt", "lượt xem", "lượt người", "lượt khách",
    "lượt truy cập", "lần", "trường hợp", "vụ", "vụ việc", "vụ án", "bị can", "bị cáo",
    "đối tượng", "tập thể", "cá nhân", "hộ", "hộ dân", "hộ gia đình", "hộ nghèo", "hộ cận nghèo",
    "người", "người dân", "nhân khẩu", "khẩu", "lao động", "học sinh", "sinh viên", "giáo viên",
    "bác sĩ", "bệnh nhân", "ca", "ca mắc", "ca bệnh", "chiến sĩ", "cựu chiến binh", "thanh niên",
    "phụ nữ", "trẻ em", "đơn", "đơn thư", "kiến nghị", "ý kiến", "văn bản", "nghị quyết",
    "quyết định", "dự thảo", "dự thảo nghị quyết", "đề án", "chỉ tiêu", "nhiệm vụ", "giải pháp",
    "nhóm giải pháp", "nội dung", "tiêu chí", "chương trình", "kế hoạch", "chuyên đề", "mô hình",
    "sáng kiến", "lớp", "lớp tập huấn", "lớp bồi dưỡng", "buổi", "đợt", "tin", "bài", "tin bài",
    "tác phẩm", "giải", "giải thưởng", "bằng khen", "giấy khen", "huân chương", "danh hiệu",
    "đơn vị", "đơn vị hành chính", "đơn vị hành chính cấp xã", "đơn vị hành chính cấp huyện",
    "đơn vị hành chính cấp tỉnh", "tỉnh", "thành phố", "tỉnh, thành phố", "tỉnh, thành", "huyện",
    "quận", "thị xã", "xã", "phường", "thị trấn", "đặc khu", "thôn", "bản", "ấp", "tổ dân phố",
    "khu dân cư", "làng", "cơ quan", "sở", "ngành", "sở, ngành", "địa phương", "doanh nghiệp",
    "công ty", "hợp tác xã", "tổ hợp tác", "trường", "trường học", "cơ sở", "cơ sở giáo dục",
    "bệnh viện", "trạm y tế", "chợ", "quốc gia", "nước", "quốc gia và vùng lãnh thổ", "dự án",
    "công trình", "nhà", "căn nhà", "ngôi nhà", "nhà ở", "căn hộ", "nhà đại đoàn kết",
    "nhà tình nghĩa", "nhà tình thương", "phòng học", "tuyến đường", "cây cầu", "cầu", "km đường",
    "ô tô", "xe", "tàu", "phương tiện", "con", "con bò", "con lợn", "cây", "cây xanh", "mặt hàng",
    "sản phẩm", "sản phẩm OCOP", "hồ sơ", "thủ tục", "thủ tục hành chính", "tài khoản", "thuê bao",
    "gói thầu", "lô đất", "thửa đất", "tấn", "ha", "điểm", "điểm cầu", "bộ", "chiếc", "khoản",
    "khoản tiền", "suất", "phần quà", "suất quà", "ngày công", "việc làm", "đơn vị bầu cử",
    "người trúng cử", "đại biểu chính thức", "chức danh", "chức danh chủ chốt", "đảng bộ tỉnh",
    "đảng bộ huyện", "đảng bộ xã", "chi bộ thôn", "đoàn viên thanh niên", "nghiên cứu sinh",
    "thạc sĩ", "tiến sĩ", "phó giám đốc", "giám đốc", "chủ tịch", "phó chủ tịch", "thành viên",
    "nhà đầu tư", "dự án đầu tư", "hội viên nông dân", "đại biểu đương nhiên",
    "đại biểu khách mời", "mẫu", "mẫu xét nghiệm", "bao thuốc lá", "cơ quan báo chí",
    "khâu đột phá", "dân tộc anh em", "đột phá chiến lược", "container", "kiện hàng", "lô hàng",
    "vụ vi phạm", "đối tượng vi phạm", "tiêu chí nông thôn mới", "xã nông thôn mới",
    "người có công", "gia đình chính sách", "liều vắc xin", "ca nhiễm", "ca tử vong", "học viên",
    "thí sinh", "lượt thí sinh", "điểm trường", "chi hội", "tổ hội", "hội viên phụ nữ",
    "đoàn viên công đoàn", "cơ sở hội", "vấn đề", "nhóm vấn đề", "nhiệm vụ trọng tâm",
    "hộ nông dân", "hộ kinh doanh", "cơ sở kinh doanh", "sĩ quan",
    // Drug cases, companies and shares, students from abroad.
    "ma túy", "ma túy tổng hợp", "viên ma túy", "viên ma túy tổng hợp", "gói ma túy",
    "gói ma túy tổng hợp", "bánh heroin", "heroin",
    "lưu học sinh", "công ty con", "công ty thành viên", "tỉnh kết nghĩa", "cổ phiếu", "cổ phần",
    "cổ tức", "cổ đông", "vận động viên", "huấn luyện viên", "giường bệnh", "y bác sĩ", "nhân viên y tế",
    // General nouns with the kind they are: crops and land, damage, schooling, works, documents.
    "cây ăn quả", "cây lâm nghiệp", "cây trồng", "cây trồng khác", "cây công nghiệp", "lúa", "ngô",
    "rau màu", "hoa màu", "lương thực", "đất sản xuất", "đất sản xuất nông nghiệp", "đất nông nghiệp",
    "đất rừng", "rừng", "rừng trồng", "ao", "hồ", "ao cá", "diện tích", "diện tích ao",
    "diện tích ao cá", "nhà dân", "vụ sạt lở", "điểm sạt lở", "người học", "tân sinh viên",
    "ngành đại học", "ngành thạc sĩ", "ngành tiến sĩ", "ngành đào tạo", "công trình thủy lợi",
    "trạm bơm", "trạm bơm điện", "cống", "kè", "đê", "đê biển", "cửa sông", "cầu tạm",
    "báo cáo kiểm toán", "cuộc kiểm toán", "hồ sơ di tích", "di tích", "diễn viên", "nghệ nhân",
    "văn bản quy phạm pháp luật", "văn bản quản lý", "luật", "nghị định", "thông tư", "pháp lệnh",
    "nhóm nhiệm vụ", "nhóm nhiệm vụ trọng tâm", "lượt khám", "lượt khám, chữa bệnh", "người mất tích",
    // Bodies counted in lower case, inspections, economic aggregates, members in waiting.
    "cục", "chi cục", "cục thuế", "chi cục thuế", "chi cục thuế khu vực", "đội", "tiểu ban",
    "cuộc tự kiểm tra", "cuộc kiểm tra, giám sát", "cuộc tự kiểm tra, giám sát", "grdp", "gdp",
    "tổng thu ngân sách", "tổng thu ngân sách nhà nước", "tổng vốn đầu tư", "tổng mức đầu tư",
    "đại biểu dự khuyết", "ủy viên dự khuyết", "công trình thanh niên", "nhà tình bạn",
    "than nguyên khai", "than", "quặng", "hàng hóa",
    // Elections, laws, leaders, villages, goods seized.
    "ứng cử viên", "tổ bầu cử", "người có uy tín", "dự án luật", "dự thảo luật", "văn bản dưới luật",
    "chương trình mục tiêu quốc gia", "lãnh đạo chủ chốt", "xóm", "thôn, xóm", "xe tải", "xe máy",
    "cân điện tử", "bộ dụng cụ", "đơn vị sản phẩm", "gói thuốc lá", "bao thuốc lá", "bao thuốc lá điếu",
];

/// Words before a counted noun that only say "the number of" or "all the":
/// "71,9% số lượng đơn vị hành chính", "100% các tiêu chí".
const COUNT_OPENERS: &[&str] = &["số lượng ", "tổng số ", "các ", "những "];

/// Levels that complete a counted noun after "cấp": "di tích cấp quốc gia".
const LEVELS: &[&str] = &[
    "quốc gia",
    "thành phố",
    "trung ương",
    "cơ sở",
    "tỉnh",
    "huyện",
    "xã",
];

/// Counting words that take the noun after them into the unit: "lượt hội
/// viên", "buổi tuyên truyền", "mô hình trồng trọt", "con trâu".
const CLASSIFIERS: &[&str] = &[
    "lượt",
    "mô hình",
    "buổi",
    "điểm",
    "đợt",
    "cuộc",
    "lớp",
    "con",
];

/// Words that a counted noun never runs into: verbs, adjectives of judgement,
/// time words ("doanh nghiệp giải thể", "hội viên mới", "đại biểu tán thành").
#[rustfmt::skip]
const NOT_IN_UNIT: &[&str] = &[
    "của", "và", "đạt", "được", "với", "so", "trong", "là", "có", "tại", "ở", "cho", "theo", "đã",
    "đang", "sẽ", "trên", "dưới", "từ", "đến", "thì", "mà", "này", "đó", "vào", "về", "bằng",
    "gồm", "như", "nhưng", "hoặc", "không", "chưa", "bị", "do", "khi", "năm", "tăng", "giảm",
    "trở", "cùng", "sau", "trước", "mới", "hiện", "nay", "cao", "thấp", "chiếm", "tham", "tán",
    "thuộc", "đi", "nêu", "giải", "tạm", "chuyển", "đủ", "xuất", "quan", "còn", "vẫn", "đều",
    "cũng", "phải", "cần", "nữa", "khác", "trên", "thực", "đã", "tiếp", "nhận", "ra", "lên",
    "xuống", "đạt", "sang",
    // Verbs of who holds what and of damage: "30 người giữ chức", "26 nhà bị sập".
    "giữ", "làm", "sống", "mắc", "chết", "tử", "thiệt", "hư", "sập", "ngập", "trôi", "đổ", "bỏ",
    "hưởng", "dự", "đăng", "được",
    // "1 nhóm khoảng 20 người", "76 vị vừa trúng cử", "2.300 bao hiệu Jet".
    "khoảng", "vừa", "hiệu",
];

/// Whether `text` starts with `term` in any case ("Đảng viên", "tổ chức Đảng").
fn folds_to(text: &str, term: &str) -> bool {
    let mut t = text.chars();
    term.chars().all(|b| {
        t.next()
            .is_some_and(|a| a == b || a.to_lowercase().eq(b.to_lowercase()))
    })
}

/// The counted nouns by their first word, so most words cost one look-up.
fn nouns_by_first_word() -> &'static FxHashMap<&'static str, Vec<&'static str>> {
    static MAP: OnceLock<FxHashMap<&'static str, Vec<&'static str>>> = OnceLock::new();
    MAP.get_or_init(|| {
        let mut map: FxHashMap<&'static str, Vec<&'static str>> = FxHashMap::default();
        for n in COUNTED_NOUNS {
            let first_len = n
                .find(|c: char| !crate::words::is_word_char(c))
                .unwrap_or(n.len());
            map.entry(&n[..first_len]).or_default().push(n);
        }
        map
    })
}

/// Two-syllable words the lexicons know ("công nghiệp", "bí thư", "sĩ
/// quan"), lower case, sorted: a unit never stops inside one.
fn known_pairs() -> &'static [(String, String)] {
    static PAIRS: OnceLock<Vec<(String, String)>> = OnceLock::new();
    PAIRS.get_or_init(|| {
        let lexicons = [
            COUNTED_NOUNS,
            CLASSIFIERS,
            crate::org::lexicon::NAME_TERMS,
            crate::org::lexicon::OBJECT_TAKING,
            TITLE_HEADS,
        ];
        let mut pairs = Vec::new();
        for term in lexicons.into_iter().flatten() {
            let lower = term.to_lowercase();
            // Syllables side by side, not across a comma or a dash.
            for part in lower.split([',', '-', '–']) {
                let words: Vec<&str> = part.split_whitespace().collect();
                for pair in words.windows(2) {
                    pairs.push((pair[0].to_string(), pair[1].to_string()));
                }
            }
        }
        pairs.sort_unstable();
        pairs.dedup();
        pairs
    })
}

/// Whether syllables `a` and `b`, in any case, make a word the lexicons know.
fn is_known_pair(a: &str, b: &str) -> bool {
    fn lower(w: &str) -> std::borrow::Cow<'_, str> {
        match w.chars().any(char::is_uppercase) {
            true => std::borrow::Cow::Owned(w.to_lowercase()),
            false => std::borrow::Cow::Borrowed(w),
        }
    }
    let (a, b) = (lower(a), lower(b));
    known_pairs()
        .binary_search_by(|(x, y)| (x.as_str(), y.as_str()).cmp(&(a.as_ref(), b.as_ref())))
        .is_ok()
}

/// `unit_end` moved past the next words while the unit's last syllable and
/// the next one make a word the lexicons know: "8 khu công nghiệp" (not "khu
/// công"), "hai bộ trưởng" (not "bộ"), "05 căn nhà tình bạn".
fn through_the_word(text: &str, start: usize, mut unit_end: usize) -> usize {
    // A few syllables at most: the pairs chain through a term ("tín nhiệm").
    for _ in 0..3 {
        let last = text[start..unit_end].rsplit(' ').next().unwrap_or_default();
        let Some(next_end) = text[unit_end..]
            .strip_prefix(' ')
            .and_then(|_| plain_word(text, unit_end + 1))
        else {
            break;
        };
        if !is_known_pair(last, &text[unit_end + 1..next_end]) {
            break;
        }
        unit_end = next_end;
    }
    unit_end
}

/// The longest counted noun at `at`, as its end.
fn noun_at(text: &str, at: usize) -> Option<usize> {
    let rest = &text[at..];
    let len = rest
        .find(|c: char| !crate::words::is_word_char(c))
        .unwrap_or(rest.len());
    let first = &rest[..len];
    let lowered;
    let key = if first.chars().any(char::is_uppercase) {
        lowered = first.to_lowercase();
        lowered.as_str()
    } else {
        first
    };
    nouns_by_first_word()
        .get(key)?
        .iter()
        .filter(|n| folds_to(rest, n))
        .map(|n| {
            at + rest
                .chars()
                .take(n.chars().count())
                .map(char::len_utf8)
                .sum::<usize>()
        })
        .filter(|&e| boundary(text, e))
        .max()
}

/// A lower-case word at `at` that may be a noun (no verb or function word).
fn plain_word(text: &str, at: usize) -> Option<usize> {
    let rest = &text[at..];
    let len = rest
        .find(|c: char| !crate::words::is_word_char(c))
        .unwrap_or(rest.len());
    let w = &rest[..len];
    (len > 0 && w.chars().all(char::is_lowercase) && !NOT_IN_UNIT.contains(&w)).then_some(at + len)
}

/// One or two plain words at `at` ("chi hội", "pano ảnh"), as their end.
fn plain_words(text: &str, at: usize) -> Option<usize> {
    let first = plain_word(text, at)?;
    Some(
        text[first..]
            .strip_prefix(' ')
            .and_then(|_| plain_word(text, first + 1))
            .unwrap_or(first),
    )
}

/// A title counted ("2 Phó Chủ tịch", "4 Ủy viên"): the title's words.
fn title_at(text: &str, at: usize) -> Option<usize> {
    let rest = &text[at..];
    if !rest.starts_with(char::is_uppercase) || !starts_with_title(rest) {
        return None;
    }
    TITLE_HEADS
        .iter()
        .filter(|t| rest.starts_with(**t) && boundary(text, at + t.len()))
        .map(|t| at + t.len())
        .max()
}

/// The counted noun after a figure that ends at byte `end`, as written.
pub fn counted_noun(text: &str, end: usize) -> Option<String> {
    if !text[end..].starts_with(' ') {
        return None;
    }
    let start = end
        + 1
        + COUNT_OPENERS
            .iter()
            .find(|o| {
                text[end + 1..].starts_with(**o) && noun_at(text, end + 1 + o.len()).is_some()
            })
            .map_or(0, |o| o.len());
    // Every path below asks for the listed noun there: read once.
    let noun = noun_at(text, start);
    if let Some(title_end) = title_at(text, start).filter(|_| noun.is_none()) {
        return Some(text[start..title_end].to_string());
    }
    // Bodies counted: "giải thể 26 Ban Chỉ huy Quân sự huyện".
    if text[start..].starts_with(char::is_uppercase) && noun.is_none() {
        if let Some(body_end) = crate::org::name_at(text, start) {
            return Some(text[start..body_end].to_string());
        }
    }
    let mut unit_end = match noun {
        Some(e) => e,
        // Not in the lexicon: one or two plain words ("chi hội", "pano ảnh").
        None => plain_words(text, start)?,
    };
    if CLASSIFIERS.contains(&&text[start..unit_end]) && text[unit_end..].starts_with(' ') {
        let next = unit_end + 1;
        if let Some(e) = noun_at(text, next).or_else(|| plain_words(text, next)) {
            unit_end = e;
        }
    }
    unit_end = through_the_word(text, start, unit_end);
    // An abbreviation that qualifies it: "dự án FDI", "sản phẩm OCOP".
    if let Some(r) = text[unit_end..].strip_prefix(' ') {
        let len = r
            .find(|c: char| !crate::words::is_word_char(c))
            .unwrap_or(r.len());
        let word = &r[..len];
        if len >= 2
            && word.chars().all(|c| c.is_uppercase() || c.is_ascii_digit())
            && crate::org::name_at(text, unit_end + 1).is_none()
        {
            unit_end += 1 + len;
        }
    }
    // A level or a body completes it: "… cấp xã", "đại biểu Quốc hội", "đại biểu HĐND tỉnh".
    let has_level = text[start..unit_end].contains(" cấp ");
    if let Some(level) = text[unit_end..]
        .strip_prefix(" cấp ")
        .filter(|_| !has_level)
    {
        let len = LEVELS
            .iter()
            .find(|l| level.starts_with(**l) && boundary(level, l.len()))
            .map_or_else(
                || {
                    level
                        .find(|c: char| !crate::words::is_word_char(c))
                        .unwrap_or(level.len())
                },
                |l| l.len(),
            );
        if len > 0 {
            unit_end += " cấp ".len() + len;
        }
    } else if text[start..].starts_with(char::is_lowercase)
        // Deputies are counted with their council ("30 đại biểu Quốc hội");
        // other members not ("17 ủy viên UBND tỉnh" counts ủy viên).
        && text[start..unit_end].ends_with("đại biểu")
        && text[unit_end..].starts_with(' ')
        && text[unit_end + 1..].starts_with(char::is_uppercase)
    {
        if let Some(body_end) = crate::org::name_at(text, unit_end + 1) {
            unit_end = body_end;
        }
    }
    // "59 xã khu vực III": the area a commune is ranked in.
    if let Some(r) = text[unit_end..].strip_prefix(" khu vực ") {
        let roman = r
            .chars()
            .take_while(|c| matches!(c, 'I' | 'V' | 'X'))
            .count();
        if roman > 0 && boundary(r, roman) {
            unit_end += " khu vực ".len() + roman;
        }
    }
    // Nouns coordinated with it: "cán bộ, công chức", "xã, phường, thị trấn".
    loop {
        let rest = &text[unit_end..];
        let Some(sep) = [", ", " và "].into_iter().find(|s| rest.starts_with(s)) else {
            break;
        };
        // The same noun again starts a new clause: "60.000 sinh viên, sinh viên …".
        let next = unit_end + sep.len();
        match noun_at(text, next) {
            Some(e) if text[next..e] == text[start..unit_end] => break,
            // "11 dự án, tổng vốn đầu tư …": an aggregate opens a new clause.
            Some(_) if text[next..].starts_with("tổng ") => break,
            // "11 thành viên, đồng chí Nông Thị Hà làm …": a title before a name.
            Some(e)
                if text[e..].starts_with(' ') && text[e + 1..].starts_with(char::is_uppercase) =>
            {
                break
            }
            Some(e) if sep == ", " || noun_at(text, start).is_some() => unit_end = e,
            _ => break,
        }
    }
    Some(text[start..unit_end].to_string())
}

#[cfg(test)]
mod tests {
    use super::counted_noun;

    fn unit(text: &str) -> Option<String> {
        let end = text.find(' ').unwrap();
        counted_noun(text, end)
    }

    #[test]
    fn bodies_counted_keep_their_name() {
        assert_eq!(
            unit("26 Ban Chỉ huy Quân sự huyện được giải thể").as_deref(),
            Some("Ban Chỉ huy Quân sự huyện")
        );
        assert_eq!(
            unit("5 Ban Chỉ huy phòng thủ khu vực").as_deref(),
            Some("Ban Chỉ huy phòng thủ khu vực")
        );
    }

    #[test]
    fn kinds_levels_classifiers_and_openers() {
        let cases = [
            ("783ha cây trồng khác bị", "cây trồng khác"),
            ("26 nhà dân bị sập", "nhà dân"),
            ("2 con trâu chết", "con trâu"),
            ("30 người giữ chức vụ", "người"),
            (
                "6 hồ sơ di tích cấp quốc gia được",
                "hồ sơ di tích cấp quốc gia",
            ),
            (
                "39 đơn vị hành chính cấp xã cấp xã, gồm",
                "đơn vị hành chính cấp xã",
            ),
            ("71,9% số lượng đơn vị hành chính", "đơn vị hành chính"),
            ("100% các tiêu chí", "tiêu chí"),
            (
                "98 chi cục thuế khu vực trên cả nước",
                "chi cục thuế khu vực",
            ),
            (
                "24 cuộc tự kiểm tra, giám sát",
                "cuộc tự kiểm tra, giám sát",
            ),
            ("8 Tiểu ban, gồm", "Tiểu ban"),
            ("31% GRDP của tỉnh", "GRDP"),
            // A title before a name and an aggregate open new clauses.
            ("11 thành viên, đồng chí Nông Thị Hà làm", "thành viên"),
            ("11 dự án, tổng vốn đầu tư", "dự án"),
            // Never stopped inside a word the lexicons know.
            ("tám khu công nghiệp đi vào hoạt động", "khu công nghiệp"),
            ("hai bộ trưởng đã ký", "bộ trưởng"),
            ("05 căn nhà tình bạn cho", "căn nhà tình bạn"),
            ("Ba phó bí thư được", "phó bí thư"),
            ("6 tân giám đốc sở", "tân giám đốc"),
        ];
        for (text, want) in cases {
            assert_eq!(unit(text).as_deref(), Some(want), "{text}");
        }
    }

    #[test]
    fn counted_nouns_from_the_lexicon() {
        assert_eq!(
            unit("2.024 đảng viên được kết nạp").as_deref(),
            Some("đảng viên")
        );
        assert_eq!(
            unit("01 tổ chức cơ sở đảng").as_deref(),
            Some("tổ chức cơ sở đảng")
        );
        assert_eq!(
            unit("100 doanh nghiệp giải thể").as_deref(),
            Some("doanh nghiệp")
        );
        assert_eq!(unit("13 lần đi nước ngoài").as_deref(), Some("lần"));
        assert_eq!(unit("5 đồng chí").as_deref(), Some("đồng chí"));
        assert_eq!(
            unit("9 tập thể, cá nhân").as_deref(),
            Some("tập thể, cá nhân")
        );
        assert_eq!(
            unit("124 đơn vị hành chính cấp xã").as_deref(),
            Some("đơn vị hành chính cấp xã")
        );
        assert_eq!(unit("95 Đảng viên").as_deref(), Some("Đảng viên"));
        assert_eq!(unit("2 Phó Chủ tịch UBND").as_deref(), Some("Phó Chủ tịch"));
        assert_eq!(
            unit("30 đại biểu Quốc hội").as_deref(),
            Some("đại biểu Quốc hội")
        );
        assert_eq!(
            unit("42 phiếu tín nhiệm cao").as_deref(),
            Some("phiếu tín nhiệm")
        );
    }
}
