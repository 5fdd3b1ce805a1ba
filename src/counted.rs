//! What a number counts: the counted nouns of official news (a FIGURE's
//! `unit`) and the words of currency, measure, time and magnitude. A
//! bottom-layer word list: FIGURE reads units with it (`figure::units`,
//! `figure::frag`), ORG tells a unit's number from a count with it ("Đồn
//! Biên phòng 165" against "Đội 3 người").
//!
//! To teach Soi a counted noun: a line in [`COUNTED_NOUNS`] (longer terms are
//! matched before their head, so "tổ chức cơ sở đảng" before "tổ chức").

use rustc_hash::FxHashSet;
use std::sync::OnceLock;

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
    // A unit's kind that makes one term with it: "14 xã biên giới".
    "xã biên giới", "huyện biên giới", "đội tuyển", "trường chuyên", "liên hiệp hợp tác xã",
    "xe đầu kéo", "đảng", "hội", "hội sở",
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
    // Fire engines, chief accountants, files filed online, the Youth Union's units.
    "xe chữa cháy", "kế toán trưởng", "hồ sơ trực tuyến", "cơ sở đoàn",
    // Abbreviated as the news writes them: "kết nạp 24 ĐV", "24 HS đạt giải".
    "đv", "hs", "hssv",
    // Drug cases, companies and shares, students from abroad.
    "ma túy", "ma túy tổng hợp", "viên ma túy", "viên ma túy tổng hợp", "gói ma túy",
    "gói ma túy tổng hợp", "bánh heroin", "heroin",
    "lưu học sinh", "công ty con", "công ty thành viên", "tỉnh kết nghĩa", "cổ phiếu", "cổ phần",
    "cổ tức", "vốn", "vốn vay", "vốn huy động", "vốn đầu tư", "vốn tín dụng", "nguồn vốn", "tiền mặt", "lợi nhuận", "cổ đông", "vận động viên", "huấn luyện viên", "giường bệnh", "y bác sĩ", "nhân viên y tế",
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
    // Pupils counted as "em"; crops, forest land and scholarships by their kind.
    "em", "em học sinh", "hồ tiêu", "cà phê", "lúa nước", "rừng phòng hộ", "đất rừng phòng hộ",
    "rừng sản xuất", "học bổng", "suất học bổng", "nhà giáo", "cán bộ quản lý giáo dục",
    "thủy thủ", "cán bộ giảng dạy", "giảng viên", "hệ thống",
    // Sides of talks, parcels, reservoirs, provinces, medals, reports, vehicles, crops.
    "bên", "gói", "hồ chứa", "đập", "đập dâng", "tỉnh thành", "vùng lãnh thổ",
    "quốc gia, vùng lãnh thổ", "thầy thuốc", "báo cáo", "bản tin", "huy chương",
    "huy chương vàng", "huy chương bạc", "huy chương đồng", "xe đạp", "xe đạp điện", "cao su",
    // Customs declarations, court and staff members, phones seized.
    "tờ khai", "tờ khai hải quan", "hội thẩm", "hội thẩm nhân dân", "thuộc cấp", "cựu cán bộ",
    "điện thoại", "điện thoại di động",
    // Storm damage and the grid; plans and bills; prizes by their rank.
    "tàu cá", "mũ bảo hiểm", "vụ tai nạn", "vụ tai nạn giao thông", "khẩu súng", "khẩu súng quân dụng", "súng", "ca nô", "cầu giao thông", "kè biển", "hồ chứa nước", "sự cố", "vụ sự cố",
    "sự cố lưới điện", "trạm biến áp", "cột điện", "quy hoạch", "quy hoạch quốc gia",
    "nhiệm vụ lập pháp", "giải tập thể", "giải cá nhân", "giải nhất", "giải nhì", "giải ba",
    "giải khuyến khích", "giải đặc biệt",
    // Weather: "5-8 cơn bão", "3 trận lũ", "2 đợt rét".
    "cơn", "cơn bão", "trận", "trận mưa", "trận lũ", "áp thấp nhiệt đới",
    // Drugs and vehicles seized, bars inspected, graduates.
    "hồng phiến", "viên hồng phiến", "ma túy đá", "mô tô", "xe mô tô", "cơ sở karaoke",
    "quán karaoke", "cử nhân", "tân cử nhân", "thủ khoa",
    // Hospital departments, sports grounds, finished goods.
    "khoa lâm sàng", "khoa cận lâm sàng", "sân bóng đá", "sân bóng chuyền", "sân bóng rổ", "thành phẩm",
    // Boats listed with their kind ("75 xuồng, ghe", "9 tàu, sà lan"), the second of two departments,
    // grassroots mediators.
    "xuồng", "ghe", "sà lan", "phương tiện thủy", "cận lâm sàng", "hòa giải viên", "tổ hòa giải",
];

/// Longer words before their prefixes ("km²" before "km" before "m").
pub const CURRENCY_WORDS: &[&str] = &["đồng", "USD", "VNĐ", "VND", "EUR", "đô la", "$"];
#[rustfmt::skip]
pub const MEASURE_WORDS: &[&str] = &[
    "mét vuông", "mết vuông", "mét khối", "km²", "km2", "km", "m²", "m2", "m³", "m3", "ha",
    "héc-ta", "hécta", "kg", "tấn", "tạ", "lít", "MWh", "MW", "kWh", "kwh", "KWh", "kW", "GW", "cm",
    "mm", "mg/l", "mg", "m", "GB", "MB", "°C", "gam", "gram", "yến", "héc ta", "hecta", "ki-lô-mét",
    "ki-lô-gam",
];
pub const DURATION_WORDS: &[&str] = &[
    "năm",
    "tháng",
    "tuần",
    "ngày",
    // Before "giờ": the alternation takes the first that matches.
    "giờ đồng hồ",
    "tiếng đồng hồ",
    "giờ",
    "phút",
    "giây",
    "thập kỷ",
    "thế kỷ",
    "nhiệm kỳ",
    "buổi",
];
/// Numerals that multiply the number before them ("3 triệu", "5 trăm").
/// FIGURE's numeral grammar gives each its value (a test holds the two lists
/// to the same words).
pub const MAGNITUDE_WORDS: &[&str] = &["trăm", "nghìn", "ngàn", "vạn", "triệu", "tỷ", "tỉ"];

/// Whether `word` (lower case) is the first word of a counted noun or of a
/// currency, measure, duration or magnitude word: after a number it makes
/// the number a count ("3 năm", "5 người", "165 triệu").
pub fn starts_a_count(word: &str) -> bool {
    static FIRST_WORDS: OnceLock<FxHashSet<&'static str>> = OnceLock::new();
    FIRST_WORDS
        .get_or_init(|| {
            let lists = [
                COUNTED_NOUNS,
                CURRENCY_WORDS,
                MEASURE_WORDS,
                DURATION_WORDS,
                MAGNITUDE_WORDS,
            ];
            lists
                .into_iter()
                .flatten()
                .map(|term| term.split([' ', ',']).next().unwrap_or(term))
                .collect()
        })
        .contains(word)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_count_starts_with_a_counted_word() {
        for word in ["năm", "người", "đảng", "cán", "triệu", "km", "đồng", "lượt"] {
            assert!(starts_a_count(word), "{word}");
        }
        for word in ["khóa", "về", "tổ chức", "Người"] {
            assert!(!starts_a_count(word), "{word}");
        }
    }
}
