//! ORG: named organizations and bodies (GUIDELINES.md, "ORG").
//!
//! An ORG is one or more bodies in a chain ("Ban Tổ chức" + "Huyện ủy" +
//! "Tiên Phước"; "Ban cán sự đảng" + "UBND" + "tỉnh"), each from
//! `frag::BODY`, with an optional level ("Trung ương Đảng") and locality
//! ("tỉnh", "huyện Đại Lộc", "Quảng Nam"). A term suffix ("khóa XIV") is
//! left out, and so are classes of bodies ("Trung tâm Chính trị cấp huyện").
//!
//! To add a body: a line in `frag::BODY`; then examples in `examples.txt`.

use std::sync::OnceLock;

use regex::Regex;

use crate::candidate::{rank, Candidate};
use crate::entity::Kind;
use crate::Context;

/// Named pattern fragments.
pub mod frag {
    /// A capitalized syllable and a run of one to four of them.
    pub const CAP: &str = r"\p{Lu}\p{Ll}*";
    /// Bodies; longer alternatives first (leftmost-first matching).
    pub const BODY: &str = concat!(
        r"(?:",
        r"Ban (?i:chấp hành|thường vụ|bí thư|tổ chức|tuyên giáo và dân vận|tuyên giáo|dân vận|nội chính|kinh tế|đối ngoại|cán sự đảng|chính sách, chiến lược|bảo vệ chăm sóc sức khỏe cán bộ|chỉ huy quân sự|CHQS|quản lý dự án)",
        r"|Ban Chỉ đạo(?: [0-9]{1,3})?",
        r"|Ủy ban (?:(?i:kiểm tra)|nhân dân|Nhân dân|MTTQ(?: Việt Nam)?|Mặt trận Tổ quốc(?: Việt Nam)?|Thường vụ Quốc hội|Trung ương Mặt trận Tổ quốc Việt Nam|Quốc gia)",
        r"|UBKT|UBND|HĐND|UBMTTQ(?: Việt Nam)?|MTTQ(?: Việt Nam)?|Mặt trận Tổ quốc(?: Việt Nam)?|Hội đồng nhân dân",
        r"|Đảng Cộng sản Việt Nam|Bộ Chính trị|Quốc hội|Chính phủ|Quân ủy Trung ương|Kiểm toán Nhà nước|Ngân hàng Nhà nước(?: Việt Nam)?",
        r"|Văn phòng(?: Trung ương Đảng| Chính phủ| Quốc hội| Chủ tịch nước)?",
        r"|(?:Tỉnh|Huyện|Thành|Quận|Thị|Đảng) ủy|Tỉnh đoàn|Thành đoàn|Huyện đoàn|Đảng bộ|Chi bộ",
        r"|Công an|Bộ Chỉ huy Quân sự|Bộ CHQS|Bộ đội Biên phòng|Bộ Tư lệnh|Quân khu [0-9]|Viện kiểm sát nhân dân|Tòa án nhân dân|VKSND|TAND",
        r"|Hội (?:Nông dân|Liên hiệp Phụ nữ(?: Việt Nam)?|LHPN|Cựu chiến binh|Chữ thập đỏ|Người cao tuổi|Nhà báo|Luật gia|Khuyến học|Doanh nhân trẻ|Liên hiệp Thanh niên(?: Việt Nam)?)",
        r"|Liên đoàn Lao động|LĐLĐ|Tổng Liên đoàn Lao động Việt Nam|Đoàn Thanh niên(?: Cộng sản Hồ Chí Minh)?|Đoàn TNCS Hồ Chí Minh|Trung ương Đoàn",
        r"|Bộ (?:Nội vụ|Ngoại giao|Quốc phòng|Công an|Tài chính|Tư pháp|Công Thương|Xây dựng|Y tế|Giáo dục và Đào tạo|Khoa học và Công nghệ|Nông nghiệp và Môi trường|Nông nghiệp và Phát triển nông thôn|Tài nguyên và Môi trường|Kế hoạch và Đầu tư|Lao động - Thương binh và Xã hội|Thông tin và Truyền thông|Văn hóa, Thể thao và Du lịch|Giao thông vận tải|Dân tộc và Tôn giáo)",
        r"|Sở (?:Nội vụ|Tài chính|Tư pháp|Công Thương|Xây dựng|Y tế|Giáo dục và Đào tạo|Khoa học và Công nghệ|Nông nghiệp và Môi trường|Nông nghiệp và Phát triển nông thôn|Tài nguyên và Môi trường|Kế hoạch và Đầu tư|Lao động - Thương binh và Xã hội|Lao động, Thương binh và Xã hội|Thông tin và Truyền thông|Văn hóa, Thể thao và Du lịch|Giao thông vận tải|Ngoại vụ|Văn hóa và Thể thao|Dân tộc và Tôn giáo)",
        r"|Thông tấn xã Việt Nam|TTXVN|VOV|VTV|VTC|Đài Tiếng nói Việt Nam|Đài Truyền hình Việt Nam",
        r"|Đài Phát thanh(?: -| và)? Truyền hình|Truyền hình|Báo|Tạp chí|Cổng Thông tin điện tử",
        r"|Trường (?:Chính trị|Đại học|Cao đẳng|THPT|THCS|Tiểu học|Mầm non|Sĩ quan)|Học viện|Đại học|Viện|Bệnh viện|Trung tâm",
        r"|Công ty(?: TNHH| Cổ phần| CP)?|Tập đoàn|Tổng công ty|Ngân hàng|Hợp tác xã|Quỹ",
        r")"
    );
    /// A level after a body: "Trung ương", "Trung ương Đảng".
    pub const LEVEL: &str = r"(?: Trung ương(?: Đảng)?)?";
    /// The unit a body belongs to: "tỉnh", "huyện Đại Lộc", "Khối các cơ quan tỉnh".
    pub const LOCALITY: &str = r"(?: (?:(?:Thành phố|TP\.?) Hồ Chí Minh|TP\.?\s?HCM|TPHCM|các cơ quan Đảng(?: tỉnh| thành phố| Trung ương)?|Khối (?:các cơ quan|Doanh nghiệp|doanh nghiệp|Dân chính Đảng|các cơ quan và doanh nghiệp)(?: tỉnh| thành phố| Trung ương)?|(?:H\.|Q\.|TX\.|Tp\.)\s?\p{Lu}\p{Ll}*(?: \p{Lu}\p{Ll}*){0,3}|(?:tỉnh|huyện|xã|thành phố|thị xã|quận|phường|thị trấn|TP\.?|Quân sự tỉnh|Quân sự huyện)(?: \p{Lu}\p{Ll}*(?: \p{Lu}\p{Ll}*){0,3}(?: [0-9]{1,2})?| [0-9]{1,2})?|\p{Lu}\p{Ll}*(?: \p{Lu}\p{Ll}*){0,3}))?";
    /// Bodies named by a proper name of their own ("Bệnh viện Đa khoa tỉnh",
    /// "Học viện Chính trị quốc gia Hồ Chí Minh", "Tập đoàn Điện lực Việt Nam").
    pub const NAMED_HEAD: &str = r"(?:Bệnh viện|Học viện|Đại học|Trường Đại học|Trường Cao đẳng|Trường THPT|Trường THCS|Trường Tiểu học|Trường Mầm non|Viện|Tập đoàn|Tổng công ty|Công ty(?: TNHH| Cổ phần| CP)?|Ngân hàng|Trung tâm|Tạp chí|Nhà xuất bản|Hợp tác xã|Quỹ|Cục|Tổng cục|Vụ)";
    /// Lower-case words inside such names.
    pub const NAME_LOWER: &str = r"(?:nghị|lãm|việc|làm|nghiệp|trường|truyền|thương|khoáng|nguyên|thuật|chính|thành|thông|huyện|triển|khoa|hành|ngân|hiểm|quân|lịch|tỉnh|nhập|bách|phát|giao|thôn|ninh|viễn|phần|dược|kinh|thủy|nhân|dựng|giáo|thao|phạm|xuất|nông|hàng|quốc|sách|khẩu|nghệ|điện|dịch|than|công|hội|bảo|lợi|dục|bưu|tải|xây|phố|tài|mại|sản|khí|đào|môi|học|lâm|đại|vận|đầu|tạo|thể|hóa|dầu|dân|gia|văn|lực|trị|an|vụ|du|tư|kỹ|xã|cổ|đa|sự|sư|tế|y)";
}

/// Bodies that need something after them to be a named organization:
/// "Đảng bộ đã kết nạp" is a back-reference, "Báo" alone is a common noun.
const NEEDS_COMPLEMENT: &[&str] = &[
    "Đảng bộ",
    "Chi bộ",
    "Công an",
    "Văn phòng",
    "Hội đồng nhân dân",
    "Ủy ban nhân dân",
    "Ủy ban Nhân dân",
    "Truyền hình",
    "Báo",
    "Tạp chí",
    "Học viện",
    "Đại học",
    "Viện",
    "Bệnh viện",
    "Trung tâm",
    "Công ty",
    "Tập đoàn",
    "Tổng công ty",
    "Ngân hàng",
    "Hợp tác xã",
    "Quỹ",
    "Đài Phát thanh và Truyền hình",
    "Đài Phát thanh - Truyền hình",
    "Đài Phát thanh Truyền hình",
    "Cổng Thông tin điện tử",
    "Bộ Tư lệnh",
    "Trường Chính trị",
    "Trường Đại học",
    "Trường Cao đẳng",
    "Trường THPT",
    "Trường THCS",
    "Trường Tiểu học",
    "Trường Mầm non",
    "Trường Sĩ quan",
];

/// Capitalized words that end a locality rather than belong to it.
const TAIL_STOP: &[&str] = &[
    "Số", "Theo", "Tại", "Trong", "Sáng", "Chiều", "Tối", "Ngày", "Năm", "Tháng", "Khóa", "Kỳ",
    "Lần", "Về", "Với", "Và", "Cùng", "Đồng",
];

/// Bodies often named after a person ("Trường THPT Phan Bội Châu"): their
/// capitalized tail stays even when it starts with a family name.
const NAMED_AFTER_PEOPLE: &[&str] = &[
    "Trường",
    "Học viện",
    "Đại học",
    "Bệnh viện",
    "Công ty",
    "Trung tâm",
    "Viện",
    "Báo",
    "Quỹ",
];

fn org_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        use frag::*;
        Regex::new(&crate::letters::pattern(&format!(
            r"{BODY}(?:\s?{BODY})*{LEVEL}{LOCALITY}"
        )))
        .expect("ORG pattern compiles")
    })
}

fn named_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        use frag::*;
        Regex::new(&crate::letters::pattern(&format!(r"{NAMED_HEAD} \p{{Lu}}[\p{{Ll}}\p{{Lu}}]*(?: (?:\p{{Lu}}[\p{{Ll}}\p{{Lu}}]*|{NAME_LOWER}))*")))
            .expect("named ORG pattern compiles")
    })
}

fn body_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(&crate::letters::pattern(&format!("^{}", frag::BODY))).expect("BODY compiles")
    })
}

pub fn warm_up() {
    named_re();
    org_re();
    body_re();
}

/// Capitalized words a locality may not contain: they start a person's name
/// or a new clause.
fn locality_ok(words: &str) -> bool {
    let first = words.split(' ').next().unwrap_or("");
    !crate::person::lexicon::is_family_name(first) || crate::place::is_place_name(words)
}

pub fn find(ctx: &Context, out: &mut Vec<Candidate>) {
    let text = ctx.text;
    for m in org_re().find_iter(text) {
        let (start, mut end) = (m.start(), m.end());
        if text[..start]
            .chars()
            .next_back()
            .is_some_and(|c| c.is_alphanumeric())
        {
            continue;
        }
        let span = &text[start..end];
        // Trim a capitalized tail that is not a place ("Tỉnh ủy Nguyễn Văn A", "Báo cáo").
        if let Some(tail_at) = capitalized_tail(span) {
            // Sentence words that follow a name in capitals ("Báo Nhân Dân Số 67").
            let mut tail = &span[tail_at..];
            while let Some((head, last)) = tail.rsplit_once(' ').or(Some(("", tail))) {
                if !TAIL_STOP.contains(&last) {
                    break;
                }
                end = start + tail_at + head.len();
                tail = head;
                if head.is_empty() {
                    end = start + tail_at - 1;
                    break;
                }
            }
            if !tail.is_empty()
                && !locality_ok(tail)
                && !NAMED_AFTER_PEOPLE.iter().any(|b| span.starts_with(b))
            {
                end = start + tail_at - 1;
            }
        }
        while end > start && !text.is_char_boundary(end) {
            end -= 1;
        }
        let span = text[start..end].trim_end();
        let end = start + span.len();
        if end <= start {
            continue;
        }
        if text[end..]
            .chars()
            .next()
            .is_some_and(|c| c.is_alphanumeric())
        {
            // Cut inside a word ("Báo cáo", "Viện trưởng").
            continue;
        }
        if NEEDS_COMPLEMENT.contains(&span) {
            continue;
        }
        // "Trung tâm Chính trị cấp huyện": a class of bodies.
        if class_of_bodies_follows(&text[end..]) {
            continue;
        }
        // Source credits in brackets: "(TTXVN)".
        if text[..start].ends_with('(') && text[end..].starts_with(')') {
            continue;
        }
        out.push(Candidate::new(Kind::Org, start, end, rank::ORG));
    }
    for m in named_re().find_iter(text) {
        let glued = text[..m.start()]
            .chars()
            .next_back()
            .is_some_and(|c| c.is_alphanumeric())
            || text[m.end()..]
                .chars()
                .next()
                .is_some_and(|c| c.is_alphanumeric());
        // Not "… và" at the end, nor a class of bodies ("Trung tâm Chính trị cấp huyện").
        let span = m.as_str().trim_end_matches(" và");
        if !glued && !class_of_bodies_follows(&text[m.start() + span.len()..]) {
            out.push(Candidate::new(
                Kind::Org,
                m.start(),
                m.start() + span.len(),
                rank::ORG,
            ));
        }
    }
}

/// "… cấp huyện", "… trị cấp xã", "… các cấp" right after: a class of bodies.
fn class_of_bodies_follows(rest: &str) -> bool {
    let mut words = rest.split(' ').skip(1);
    let w1 = words.next().unwrap_or("");
    let w2 = words.next().unwrap_or("");
    w1 == "cấp"
        || w1 == "các" && w2.starts_with("cấp")
        || (w1.chars().all(char::is_lowercase) && w2 == "cấp")
}

/// Where a trailing run of capitalized words (the locality) starts in `span`.
fn capitalized_tail(span: &str) -> Option<usize> {
    let mut at = None;
    let mut end = span.len();
    loop {
        let pos = span[..end].rfind(' ').map_or(0, |i| i + 1);
        let w = &span[pos..end];
        let cap = w.chars().next().is_some_and(char::is_uppercase)
            && w.chars().skip(1).all(char::is_lowercase);
        if !cap || is_body_start(&span[pos..]) {
            break;
        }
        at = Some(pos);
        if pos == 0 {
            break;
        }
        end = pos - 1;
    }
    at.filter(|&p| p > 0)
}

fn is_body_start(s: &str) -> bool {
    body_re()
        .find(s)
        .is_some_and(|m| m.end() == s.len() || s[m.end()..].starts_with(' '))
}

#[cfg(test)]
mod tests {
    #[test]
    fn examples() {
        crate::examples::assert_examples(crate::Kind::Org, include_str!("examples.txt"));
    }
}
