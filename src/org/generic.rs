//! Bodies' names that name no particular organization: a class of bodies
//! ("Trung tâm Chính trị cấp huyện", "HĐND, UBND các cấp") or a meeting's own
//! organs ("Đoàn Chủ tịch"). Their words are reserved, not marked.

/// Whether the body's name at `start..end` is no particular organization:
/// a class ("Trung tâm Chính trị cấp huyện", "cấp ủy, HĐND, UBND, MTTQ Việt
/// Nam các cấp") or a meeting's own organ ("Đoàn Chủ tịch"). Its words are
/// then no mark at all.
pub(super) fn generic_reference(text: &str, start: usize, end: usize) -> bool {
    let span = &text[start..end];
    class_of_bodies_follows(&text[end..])
        || (!span.contains(' ') && class_after_list(text, end))
        // "giải thể 26 Ban Chỉ huy Quân sự huyện": a count of bodies (not
        // an ordinal, "Hội nghị lần thứ 11 Ban Chấp hành").
        || crate::words::word_before(text, start).is_some_and(|w| {
            let before_number = text[..start].trim_end().len() - w.len();
            let lead = crate::words::word_before(text, before_number).unwrap_or("");
            w.len() <= 3
                && w.bytes().all(|b| b.is_ascii_digit())
                && w != "1"
                // After a verb; not "Điều 88 Bộ luật", "lần thứ 11 Ban …", "số 3".
                && lead.starts_with(char::is_lowercase)
                && !matches!(lead, "thứ" | "số" | "khoản" | "điều" | "lần" | "kỳ")
        })
        || MEETING_ORGANS.iter().any(|o| text[start..].starts_with(o))
}

/// Organs of a congress or a session, elected for its duration, and a
/// trial's panel.
const MEETING_ORGANS: &[&str] = &[
    "Đoàn Chủ tịch",
    "Đoàn Thư ký",
    "Ban Thẩm tra tư cách",
    "Ban Kiểm phiếu",
    "Ban kiểm phiếu",
    "Tổ Thư ký",
    // A court's panel for one trial.
    "Hội đồng xét xử",
    "Hội đồng Xét xử",
];

/// Whether a list of bare bodies from `end` closes with a class ("HĐND,
/// UBND, MTTQ Việt Nam các cấp", "HĐND và UBND các xã, phường").
fn class_after_list(text: &str, end: usize) -> bool {
    let mut rest = &text[end..];
    for _ in 0..4 {
        let Some(item) = rest
            .strip_prefix(", ")
            .or_else(|| rest.strip_prefix(" và "))
            .or_else(|| rest.strip_prefix('/'))
        else {
            break;
        };
        // The next item: capitalized words or abbreviations only.
        let mut len = 0;
        for w in crate::words::split_spaces(item) {
            if !w.starts_with(char::is_uppercase) {
                break;
            }
            len += w.trim_end_matches(',').len() + usize::from(len > 0);
            if w.ends_with(',') {
                break;
            }
        }
        if len == 0 {
            break;
        }
        rest = &item[len..];
    }
    let plural_unit = rest.strip_prefix(" các ").is_some_and(|r| {
        ["cấp", "xã", "phường", "huyện", "quận", "tỉnh", "địa phương"]
            .iter()
            .any(|w| r.starts_with(w))
    });
    plural_unit || class_of_bodies_follows(rest)
}

/// "… cấp huyện", "… trị cấp xã", "… các cấp" right after: a class of bodies.
pub(super) fn class_of_bodies_follows(rest: &str) -> bool {
    // "… Ủy ban MTTQ Việt Nam TPHCM, xã, phường, đặc khu": a list of unit kinds.
    // "Ủy ban nhân dân tỉnh, thành phố trực thuộc trung ương": every province's.
    let unit_kinds = rest.strip_prefix(", ").is_some_and(|r| {
        [
            "xã,",
            "phường,",
            "xã và",
            "phường và",
            "huyện,",
            "quận,",
            "thành phố trực thuộc",
        ]
        .iter()
        .any(|u| r.starts_with(u))
    });
    // "Sở Giáo dục và Đào tạo của các tỉnh": many units' bodies.
    let rest = rest.strip_prefix(" của").unwrap_or(rest);
    // Headlines in capitals too: "HĐND CÁC CẤP". The first word is compared
    // without allocating (it is neither "các" nor "cấp" after most names).
    let mut words = crate::words::split_spaces(rest).skip(1);
    let w1 = words.next().unwrap_or_default();
    let w1_is = |word: &str| w1.chars().flat_map(char::to_lowercase).eq(word.chars());
    let (cac, cap) = (w1_is("các"), w1_is("cấp"));
    if !cac && !cap {
        return unit_kinds;
    }
    // The word alone: a line may end right after it ("cấp huyện.\n").
    let w2 = words.next().unwrap_or_default();
    let w2 = w2[..w2
        .find(|c: char| !crate::words::is_word_char(c))
        .unwrap_or(w2.len())]
        .to_lowercase();
    // The name is read whole, so a class word follows right after it
    // ("Trung tâm Chính trị cấp huyện"); "… tỉnh, cấp huyện" and "… cung
    // cấp" are no class.
    // "Hội nhà báo các tỉnh", "UBND các xã", "Hội đồng Khoa học của các
    // đơn vị": bodies of many units.
    let plural_units = cac
        && ["cấp", "tỉnh", "huyện", "xã", "phường", "quận", "địa", "đơn"]
            .iter()
            .any(|u| w2.starts_with(u));
    // "cấp" then a level ("cấp huyện", "cấp cơ sở"), not the verb ("cấp phép").
    let level = cap
        && [
            "xã",
            "huyện",
            "tỉnh",
            "quận",
            "phường",
            "cơ",
            "trung",
            "bộ",
            "ngành",
            "thành",
            "thị",
            "trên",
            "dưới",
            "ủy",
            "quốc",
            "vùng",
            "khu",
        ]
        .iter()
        .any(|l| w2 == *l);
    unit_kinds || (!rest.starts_with(',') && (level || plural_units))
}

#[cfg(test)]
mod tests {
    use super::class_of_bodies_follows;

    #[test]
    fn a_level_ends_a_class_at_a_line_end_too() {
        for rest in [
            " cấp huyện",
            " cấp huyện.",
            " cấp xã.\n",
            " cấp phường\nKỳ họp",
            " các cấp",
        ] {
            assert!(class_of_bodies_follows(rest), "{rest:?}");
        }
        for rest in [" cấp phép", " cấp huyệnx", ", cấp huyện"] {
            assert!(!class_of_bodies_follows(rest), "{rest:?}");
        }
    }
}
