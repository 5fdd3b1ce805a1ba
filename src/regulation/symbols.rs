//! Decoding document symbols: type codes and issuer codes
//! (REFERENCE_vi.md §1). Add a code here and it is decoded everywhere.

/// Type codes in symbols and the document type they name.
pub const TYPE_CODES: &[(&str, &str)] = &[
    ("NQ", "Nghị quyết"),
    ("NQLT", "Nghị quyết liên tịch"),
    ("QĐ", "Quyết định/Quy định"),
    ("QĐi", "Quy định"),
    ("QyĐ", "Quy định"),
    ("CT", "Chỉ thị"),
    ("KL", "Kết luận"),
    ("HD", "Hướng dẫn"),
    ("TB", "Thông báo"),
    ("KH", "Kế hoạch"),
    ("KHLT", "Kế hoạch liên tịch"),
    ("CTr", "Chương trình"),
    ("ĐA", "Đề án"),
    ("DA", "Dự án"),
    ("CV", "Công văn"),
    ("BC", "Báo cáo"),
    ("QC", "Quy chế"),
    ("TT", "Thông tư"),
    ("TTLT", "Thông tư liên tịch"),
    ("TTr", "Tờ trình"),
    ("NĐ", "Nghị định"),
    ("CĐ", "Công điện"),
    ("TC", "Thông cáo"),
    ("PA", "Phương án"),
    ("BB", "Biên bản"),
    ("HĐ", "Hợp đồng"),
    ("GM", "Giấy mời"),
    // Licences: "Giấy phép số 02/GP-UBND" (mining, environment, construction).
    ("GP", "Giấy phép"),
    ("VBHN", "Văn bản hợp nhất"),
];

/// Issuer codes, whole or as a prefix/suffix pair ("BTC" + "TW").
pub const ISSUERS: &[(&str, &str)] = &[
    (
        "TW",
        "Trung ương (Ban Chấp hành, Bộ Chính trị hoặc Ban Bí thư)",
    ),
    ("TU", "Tỉnh ủy/Thành ủy"),
    ("HU", "Huyện ủy"),
    ("QU", "Quận ủy"),
    ("ThU", "Thị ủy"),
    ("ĐU", "Đảng ủy"),
    ("ĐUK", "Đảng ủy Khối"),
    ("QUTW", "Quân ủy Trung ương"),
    ("VPTW", "Văn phòng Trung ương Đảng"),
    ("BTCTW", "Ban Tổ chức Trung ương"),
    ("UBKTTW", "Ủy ban Kiểm tra Trung ương"),
    ("BTGTW", "Ban Tuyên giáo Trung ương"),
    ("BDVTW", "Ban Dân vận Trung ương"),
    ("BNCTW", "Ban Nội chính Trung ương"),
    ("TWĐTN", "Trung ương Đoàn TNCS Hồ Chí Minh"),
    ("ĐUQH", "Đảng ủy Quốc hội"),
    ("CP", "Chính phủ"),
    ("TTg", "Thủ tướng Chính phủ"),
    ("VPCP", "Văn phòng Chính phủ"),
    ("UBND", "Ủy ban nhân dân"),
    ("HĐND", "Hội đồng nhân dân"),
    ("BNV", "Bộ Nội vụ"),
    ("BTC", "Bộ Tài chính"),
    ("BCA", "Bộ Công an"),
    ("BQP", "Bộ Quốc phòng"),
    ("BYT", "Bộ Y tế"),
    ("BGDĐT", "Bộ Giáo dục và Đào tạo"),
    ("BKHĐT", "Bộ Kế hoạch và Đầu tư"),
    ("BTNMT", "Bộ Tài nguyên và Môi trường"),
    ("BNNPTNT", "Bộ Nông nghiệp và Phát triển nông thôn"),
    ("BLĐTBXH", "Bộ Lao động - Thương binh và Xã hội"),
    ("BTTTT", "Bộ Thông tin và Truyền thông"),
    ("BXD", "Bộ Xây dựng"),
    ("BCT", "Bộ Công Thương"),
    ("BTP", "Bộ Tư pháp"),
    ("BGTVT", "Bộ Giao thông vận tải"),
    ("BVHTTDL", "Bộ Văn hóa, Thể thao và Du lịch"),
    ("NHNN", "Ngân hàng Nhà nước"),
    ("SYT", "Sở Y tế"),
    ("UBMTTQ", "Ủy ban Mặt trận Tổ quốc"),
    ("MTTQ", "Mặt trận Tổ quốc"),
];

/// Party bodies that prefix a committee code ("BTC" + "TU" = Ban Tổ chức Tỉnh ủy).
const BODY_PREFIXES: &[(&str, &str)] = &[
    ("UBKT", "Ủy ban Kiểm tra"),
    ("BTC", "Ban Tổ chức"),
    ("BTG", "Ban Tuyên giáo"),
    ("BDV", "Ban Dân vận"),
    ("BNC", "Ban Nội chính"),
    ("VP", "Văn phòng"),
    ("BTV", "Ban Thường vụ"),
];

/// "QD" → "QĐ", "Ctr" → "CTr", "nq" → "NQ".
pub fn normalize_code(code: &str) -> String {
    let upper = code.to_uppercase();
    let fixed = match upper.as_str() {
        "QD" => "QĐ",
        "ND" => "NĐ",
        "QĐI" => "QĐi",
        "QYĐ" => "QyĐ",
        "CTR" => "CTr",
        "TTR" => "TTr",
        other => return other.to_string(),
    };
    fixed.to_string()
}

/// "TƯ", "T.Ư", "tw" → "TW".
pub fn normalize_issuer(issuer: &str) -> String {
    let upper = issuer.to_uppercase();
    let fixed = upper.replace("T.Ư", "TW").replace("TƯ", "TW");
    match fixed.as_str() {
        "TTG" => "TTg".to_string(),
        "THU" => "ThU".to_string(),
        _ => fixed,
    }
}

/// Party committees' codes: "TW", "TU", "HU", "ĐU", "QUTW", "BTCTU", …
pub fn is_party_issuer(issuer: &str) -> bool {
    matches!(
        issuer,
        "TW" | "TU" | "HU" | "QU" | "ThU" | "ĐU" | "ĐUK" | "QUTW"
    ) || ["TW", "TU", "HU"]
        .iter()
        .any(|s| issuer.len() > 2 && issuer.ends_with(s) && issuer.starts_with(['B', 'U', 'V']))
}

pub fn type_of_code(code: &str) -> Option<&'static str> {
    TYPE_CODES.iter().find(|(c, _)| *c == code).map(|(_, t)| *t)
}

pub fn type_of_abbrev(abbrev: &str) -> Option<&'static str> {
    match abbrev {
        "NQ" => Some("Nghị quyết"),
        "QĐ" => Some("Quyết định/Quy định"),
        "CT" => Some("Chỉ thị"),
        "KL" => Some("Kết luận"),
        "NĐ" => Some("Nghị định"),
        _ => None,
    }
}

/// "nghị quyết" → "Nghị quyết".
pub fn canonical_type_word(word: &str) -> String {
    let mut chars = word.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// The body behind an issuer code: "TW", "UBND", "BTCTU", "QH13", "UBND-KT".
pub fn decode_issuer(code: &str) -> Option<String> {
    let main = code.split('-').next().unwrap_or(code);
    if let Some(term) = main.strip_prefix("UBTVQH") {
        return Some(format!(
            "Ủy ban Thường vụ Quốc hội khóa {}",
            roman(term.parse().ok()?)
        ));
    }
    if let Some(term) = main.strip_prefix("QH") {
        return Some(format!("Quốc hội khóa {}", roman(term.parse().ok()?)));
    }
    if let Some((_, name)) = ISSUERS.iter().find(|(c, _)| *c == main) {
        return Some(name.to_string());
    }
    for (prefix, body) in BODY_PREFIXES {
        if let Some(rest) = main.strip_prefix(prefix) {
            if let Some((_, committee)) = ISSUERS.iter().find(|(c, _)| *c == rest) {
                let committee = committee.split(" (").next().unwrap_or(committee);
                return Some(format!("{body} {committee}"));
            }
        }
    }
    None
}

fn roman(mut n: u32) -> String {
    const TABLE: [(u32, &str); 9] = [
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
        (0, ""),
        (0, ""),
    ];
    let mut out = String::new();
    for (v, s) in TABLE.iter().take(7) {
        while n >= *v {
            out.push_str(s);
            n -= v;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn issuers_decode() {
        assert_eq!(decode_issuer("QH13").unwrap(), "Quốc hội khóa XIII");
        assert_eq!(
            decode_issuer("BTCTU").unwrap(),
            "Ban Tổ chức Tỉnh ủy/Thành ủy"
        );
        assert_eq!(decode_issuer("UBND-KT").unwrap(), "Ủy ban nhân dân");
        assert_eq!(normalize_issuer("T.Ư"), "TW");
        assert_eq!(normalize_code("QD"), "QĐ");
        assert_eq!(type_of_code("NQ"), Some("Nghị quyết"));
    }
}
