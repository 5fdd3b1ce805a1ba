//! Capitalized words that are no syllable of a person's name ("Tỉnh", "Ban",
//! "Ngài"), and those of them that still are after a family name.

use rustc_hash::FxHashSet as HashSet;

/// Capitalized words that are never part of a person's name.
pub(super) const NOT_NAME_WORDS: &[&str] = &[
    // An honorific opening a sentence ("Ngài Samlane Phankhavong"), and the
    // Cambodian ones ("Samdech Techo Hun Sen").
    "Ngài",
    "Samdech",
    "Techo",
    "Krolahom",
    "Tỉnh",
    "Ban",
    "Bí",
    "Phó",
    "Chủ",
    "Ủy",
    "Đảng",
    "Huyện",
    "Xã",
    "Phường",
    "Quận",
    "Sở",
    "Bộ",
    "Ảnh",
    "Theo",
    "Tin",
    "Báo",
    "Tác",
    "Nguồn",
    "Các",
    "Ông",
    "Bà",
    "Thủ",
    "Nhà",
    "Phòng",
    "Kết",
    "Nghị",
    "Quy",
    "Chỉ",
    "Luật",
    "Điều",
    "Khối",
    "Mặt",
    "Trận",
    "Tổ",
    "Trưởng",
    "Giám",
    "Viện",
    "Học",
    "Cục",
    "Thứ",
    "Sáng",
    "Chiều",
    "Tối",
    "Ngày",
    "Tháng",
    "Năm",
    "Tại",
    "Trong",
    "Với",
    "Về",
    "Từ",
    "Đến",
    "Sau",
    "Trước",
    "Khi",
    "Để",
    "Do",
    "Qua",
    "Như",
    "Hội",
    "Làm",
    "Việc",
    "Và",
    "Của",
    "Cho",
    "Là",
    "Có",
    "Được",
    "Không",
    "Những",
    "Một",
    "Này",
    "Đó",
    "Thì",
    "Nhưng",
    "Đã",
    "Sẽ",
    "Đang",
    "Ra",
    "Vào",
    "Lên",
    "Xuống",
    "Quả",
    "Triển",
    "Khai",
    "Thực",
    "Tổng",
    "Lần",
    "Phát",
    "Biểu",
    "Thăm",
    "Tiếp",
    "Gặp",
    "Tăng",
    "Giảm",
    "Đạt",
    "Tạo",
    "Xây",
    "Dựng",
    "Nâng",
    "Chất",
    "Lượng",
];

/// Words of `NOT_NAME_WORDS` that are also given names: they may end a name
/// that already has a family name and a middle syllable ("Nguyễn Văn Được",
/// "Huỳnh Thành Đạt", "Nguyễn Thanh Nghị").
pub(super) const ALSO_GIVEN_NAMES: &[&str] = &[
    "Nghị", "Được", "Đạt", "Tạo", "Dựng", "Lượng", "Tăng", "Tiếp", "Phát", "Thực", "Khai", "Học",
    "Hội", "Quả", "Chất", "Tổng", "Luật", "Quận", "Viện", "Giám", "Sáng", "Trận", "Đang",
    // "Đinh Văn Đảng, sinh năm 1985": only as a third syllable, and only
    // before punctuation ("Đảng bộ", "Đảng ta", "Đảng Cộng sản" after a name).
    "Đảng",
    // "Nguyễn Thị Thứ" (a weekday after a name, "Thứ hai, ngày …", is read apart).
    "Thứ",
];

/// Words after "Sáng" that make it the morning, not a given name ("Nguyễn
/// Văn A Sáng nay", "Sáng 3/8").
pub(super) const AFTER_MORNING: &[&str] = &[
    "nay", "qua", "mai", "ngày", "hôm", "sớm", "cùng", "tới", "thứ", "chủ",
];

/// Common capitalized words that are also middle names right after a family name.
pub(super) const ALSO_MIDDLE_NAMES: &[&str] = &["Như", "Hội", "Đức"];

pub(super) fn not_name_word(w: &str) -> bool {
    static SET: std::sync::OnceLock<HashSet<&'static str>> = std::sync::OnceLock::new();
    SET.get_or_init(|| NOT_NAME_WORDS.iter().copied().collect())
        .contains(w)
}
