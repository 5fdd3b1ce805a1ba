//! Where the first body of a span read ends: the name words before a term
//! suffix or a verb, and a comma, "và" or a dash that opens another body.

use super::*;

/// The first two words of every name term ("giao thông", "xuất nhập").
fn term_openings() -> &'static rustc_hash::FxHashSet<String> {
    static SET: OnceLock<rustc_hash::FxHashSet<String>> = OnceLock::new();
    SET.get_or_init(|| {
        grammar::name_terms()
            .filter_map(|t| {
                let mut words = crate::words::split_spaces(t);
                Some(format!("{} {}", words.next()?, words.next()?))
            })
            .collect()
    })
}

/// Where the name words of `span` end: before a term suffix ("… khóa IX")
/// and before a verb taken for the second syllable of a capitalized word
/// ("Cục Thuế thu", "Sở Nội vụ cho").
/// `fixed_len` is `grammar::fixed_body_len(span)`.
pub(super) fn name_words_end(span: &str, fixed_len: usize) -> usize {
    let mut prev_capitalized = false;
    let mut prev = "";
    let mut prev_at = 0;
    // The head's own lower-case words ("Tổng công ty", "Hợp tác xã") and a
    // fixed name's ("Viện kiểm sát nhân dân") stay.
    let first_byte = span.as_bytes().first().copied();
    let bare_head_len = HEADS
        .iter()
        // The first byte before the whole comparison: most heads differ there.
        .filter(|h| h.as_bytes().first().copied() == first_byte && span.starts_with(**h))
        .map(|h| h.len())
        .max()
        .unwrap_or(0);
    let head_len = bare_head_len
        .max(fixed_len)
        .max(grammar::domain_head_len(span))
        // "Hải quân Liên bang Nga": the country's lower-case words stay.
        .max(super::super::chain::armed_force_of_country(span, 0).unwrap_or(0));
    let mut at: usize = 0;
    // The end of a fixed name met inside the span ("BCH Hội Nhà báo").
    let mut fixed_end = head_len;
    let mut subject = false;
    for word in crate::words::split_spaces(span) {
        if at >= fixed_end && word.starts_with(char::is_uppercase) {
            fixed_end = fixed_end.max(at + grammar::fixed_body_len(&span[at..]));
        }
        if at < head_len || at < fixed_end {
            prev_capitalized = word.starts_with(char::is_uppercase);
            prev = word;
            prev_at = at;
            at += word.len() + 1;
            continue;
        }
        let lower = word.starts_with(char::is_lowercase);
        let is_term = || term_openings().contains(&format!("{} {word}", prev.to_lowercase()));
        // "Trạm kiểm soát Biên phòng": a lower-case term opening right after
        // the head is its domain ("Cục Hải quan kiểm soát hàng" is a verb's).
        let opens_term = || {
            at == bare_head_len + 1 && bare_head_len == head_len && {
                let next = span[at + word.len()..]
                    .strip_prefix(' ')
                    .and_then(|r| crate::words::split_spaces(r).next());
                next.is_some_and(|n| term_openings().contains(&format!("{word} {n}")))
            }
        };
        // A committee's subject read by the chain ("… về người Việt Nam ở
        // nước ngoài") is its name, function words included.
        subject |= word == "về";
        // "Ban Điều hành Quỹ hỗ trợ nông dân": a head with its lower-case domain.
        let domain_after_head = || grammar::domain_head_len(&span[prev_at..]) > 0;
        let verb = lower
            && prev_capitalized
            && !subject
            && words::not_name_word(word)
            && !is_term()
            && !opens_term()
            && !domain_after_head();
        // "nhiệm kỳ", not "đặc nhiệm", "trách nhiệm" ("Đội Cảnh sát đặc nhiệm").
        let term_suffix = at > 0
            && (matches!(word, "khóa" | "Khóa" | "KHÓA")
                || (word == "nhiệm" && span[at + word.len()..].starts_with(" kỳ")));
        // A mission's seat: "Tổng Lãnh sự quán Lào tại TP Hồ Chí Minh".
        let seat = word == "tại" && parts::is_mission(span);
        if (verb && !seat) || term_suffix {
            return at.saturating_sub(1);
        }
        prev_capitalized = word.starts_with(char::is_uppercase);
        prev = word;
        prev_at = at;
        at += word.len() + 1;
    }
    span.len()
}

/// Where the first body of `span` ends: a comma, "và" or a dash starts a new
/// body when a body or a person's name follows it ("Sở Y tế, Sở Tài chính";
/// "UBND tỉnh - Nguyễn Văn A"), and a comma part is one name with the rest
/// only when "và" closes it ("Sở Văn hóa, Thể thao và Du lịch").
/// `fixed_len` is `grammar::fixed_body_len(&text[start..end])`.
pub(super) fn first_body_end(text: &str, start: usize, end: usize, fixed_len: usize) -> usize {
    let span = &text[start..end];
    let investigative = span.starts_with("Cơ quan");
    // "Ban Chính sách, Chiến lược Trung ương": a comma inside a fixed name.
    let mut from = fixed_len;
    // Separators are ASCII: found byte by byte (short spans, asked for every name read).
    let bytes = span.as_bytes();
    let first_sep = (from..bytes.len().saturating_sub(1))
        .find(|&i| bytes[i] == b',' && bytes[i + 1] == b' ')
        .unwrap_or(usize::MAX);
    while let Some(rel) = bytes[from..].iter().position(|&b| b == b',' || b == b' ') {
        let at = from + rel;
        let (sep, rest) = if let Some(r) = span[at..].strip_prefix(", ") {
            (",", r)
        } else if let Some(r) = span[at..].strip_prefix(" và ") {
            ("và", r)
        } else if let Some(r) = span[at..]
            .strip_prefix(" - ")
            .or_else(|| span[at..].strip_prefix(" – "))
        {
            ("-", r)
        } else {
            from = at + 1;
            continue;
        };
        // What follows in the text, beyond the match: "… và Tập đoàn Điện lực".
        let after = &text[start + at + (span[at..].len() - rest.len())..];
        // Only a capitalized word can start another body or name: "phòng,
        // chống tham nhũng, tiêu cực" stays inside the fixed name.
        if !rest.starts_with(char::is_uppercase) {
            from = at + 1;
            continue;
        }
        let mut words = after.split([' ', ',']);
        let first = words.next().unwrap_or("");
        let second_capitalized = words
            .next()
            .is_some_and(|w| w.starts_with(char::is_uppercase));
        let starts_person = (crate::people::is_family_name(first)
            && second_capitalized
            && !crate::gazetteer::is_place_name(rest.split(',').next().unwrap_or(rest)))
            || crate::people::starts_with_title(after);
        let police_parent =
            investigative && sep == "," && (rest.starts_with("Công an") || rest.starts_with("Bộ "));
        // "Phòng Nghiệp vụ, Ban Chỉ huy Bộ đội Biên phòng tỉnh": a department
        // with no locality of its own is named with its parent, one body.
        let department_parent = sep == ","
            && at == first_sep
            && department_without_locality(&span[..at])
            && is_body_start(after)
            && !after.starts_with(crate::words::split_spaces(span).next().unwrap_or(span));
        // "Văn phòng Đoàn ĐBQH và HĐND tỉnh": one office of two bodies;
        // "Ban Dân tộc - HĐND tỉnh": a council's committee.
        let shared = (span.starts_with("Văn phòng") && sep == "và")
            || (span.starts_with("Ban ") && sep == "-");
        // A dash joins the parts of one name more often than two bodies
        // ("Đài Phát thanh - Truyền hình Quảng Nam").
        // "Ngân hàng BIDV, Chi nhánh Cần Thơ": a branch is named with its bank.
        let branch = sep == ","
            && (after.starts_with("Chi nhánh ") || after.starts_with("chi nhánh "))
            && ["Ngân hàng", "Công ty", "Tổng công ty", "Tập đoàn"]
                .iter()
                .any(|h| span.starts_with(h));
        let joined = police_parent || department_parent || branch;
        // "Sở Tài nguyên và Môi trường và Trung tâm quan trắc …": a second
        // "và" before a head noun opens another body, whatever its name.
        let head_after_second_and = sep == "và"
            && span[..at].contains(" và ")
            && crate::org::lexicon::HEADS
                .iter()
                .any(|h| after.strip_prefix(h).is_some_and(|r| r.starts_with(' ')));
        let new_body =
            (is_body_start(after) || head_after_second_and || second_unit(span, at, sep, after))
                && !joined
                && !shared
                && sep != "-";
        let open_list = sep == "," && !rest.contains(" và ") && !joined;
        if new_body || starts_person || open_list {
            return start + at;
        }
        from = at + 1;
    }
    end
}

/// "Sở Nông nghiệp và PTNT tỉnh Gia Lai và Kon Tum": a body's unit and
/// another unit after "và" are two units' bodies, the second one elided; the
/// name ends with the first unit.
fn second_unit(span: &str, at: usize, sep: &str, after: &str) -> bool {
    const UNIT_WORDS: &[&str] = &["tỉnh ", "thành phố ", "TP ", "huyện ", "quận ", "thị xã "];
    sep == "và"
        && UNIT_WORDS.iter().any(|u| {
            span[..at]
                .rfind(u)
                .is_some_and(|i| crate::gazetteer::is_place_name(&span[i + u.len()..at]))
        })
        && crate::gazetteer::place_name_end(after, 0).is_some_and(|e| {
            // A capitalized word after it would make it another name.
            !after[e..].starts_with(crate::words::is_word_char)
                && !after[e..]
                    .strip_prefix(' ')
                    .is_some_and(|r| r.starts_with(char::is_uppercase))
        })
}

/// A department named by its function alone ("Phòng Nghiệp vụ", "Đội Tổng
/// hợp"), with no locality of its own: it needs its parent body to be a name.
fn department_without_locality(part: &str) -> bool {
    const DEPARTMENTS: &[&str] = &["Phòng ", "Đội ", "Khoa ", "Trạm ", "Tổ "];
    if !DEPARTMENTS.iter().any(|h| part.starts_with(h)) {
        return false;
    }
    let words: Vec<&str> = crate::words::split_spaces(part).collect();
    let admin = words.iter().any(|w| {
        matches!(
            *w,
            "tỉnh" | "huyện" | "xã" | "phường" | "quận" | "thành" | "thị" | "TP" | "TP." | "khu"
        )
    });
    let place_at_end = (1..=3).any(|n| {
        words.len() > n + 1
            && crate::gazetteer::is_any_place_name(&words[words.len() - n..].join(" "))
    });
    // A function in two syllables ("Nghiệp vụ", "Tổng hợp"); "Phòng Cảnh sát
    // giao thông" is a name on its own.
    let short = words.len() <= 3;
    short
        && !admin
        && !place_at_end
        && !words
            .last()
            .is_some_and(|w| w.starts_with(|c: char| c.is_ascii_digit()))
}
