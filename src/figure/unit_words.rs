//! The words a figure's unit is read with (`units.rs`) besides the counted
//! nouns (`crate::counted`): the words that only open a count, the levels and
//! classifiers that complete a noun, and the words a unit never runs into.
//! The counted nouns themselves are a shared word list, `crate::counted`
//! (ORG reads them too).

/// Words before a counted noun that only say "the number of" or "all the":
/// "71,9% số lượng đơn vị hành chính", "100% các tiêu chí".
pub(super) const COUNT_OPENERS: &[&str] = &["số lượng ", "tổng số ", "các ", "những "];

/// Levels that complete a counted noun after "cấp": "di tích cấp quốc gia".
pub(super) const LEVELS: &[&str] = &[
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
pub(super) const CLASSIFIERS: &[&str] = &[
    "lượt",
    "mô hình",
    "buổi",
    "điểm",
    "đợt",
    "cuộc",
    "lớp",
    "con",
    // Classifiers of things: "9 chiếc xe đạp điện", "10 đoạn ống nhựa".
    "chiếc",
    "cái",
    "tấm",
    "bức",
    "ngôi",
    "quyển",
    "cuốn",
    "đoạn",
];

/// Words that a counted noun never runs into: verbs, adjectives of judgement,
/// time words ("doanh nghiệp giải thể", "hội viên mới", "đại biểu tán thành").
#[rustfmt::skip]
pub(super) const NOT_IN_UNIT: &[&str] = &[
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
    "khoảng", "vừa", "hiệu", "giáp",
    // "13 em nhập viện", "5 người tử vong", "hai bên thống nhất".
    "nhập", "thống",
    // "cả hai mở cửa tẩu thoát", "cả ba khai nhận", "hai bắt tay".
    "mở", "khai", "bắt", "lái", "chạy", "tẩu",
    // A purpose: "120 triệu đồng để hai đơn vị …", "50 tỷ đồng nhằm …".
    "để", "nhằm",
];
