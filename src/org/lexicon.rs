//! The words organization names are built from (GUIDELINES.md, "ORG").
//!
//! A Vietnamese body's name is a head noun ("Cục", "Phòng", "Trung tâm") and
//! its name words: the first capitalized, the rest often lower case ("Cục
//! Quản lý thị trường", "Phòng Cảnh sát giao thông"). To teach Soi a new kind
//! of body, add its head to [`HEADS`]; a lower-case word that belongs inside
//! names goes to [`NAME_TERMS`]; a word that opens names only when
//! capitalized ("Tổ chức", "Kiểm tra": lower case they are verbs), to
//! [`FIRST_WORDS`].

/// Head nouns of bodies that take a capitalized name after them. Longer
/// alternatives first (the pattern is leftmost-first).
#[rustfmt::skip]
pub const HEADS: &[&str] = &[
    "Ủy ban", "Công đoàn", "ĐH", "Cổng thông tin", "Cổng Thông tin", "Cổng TTĐT", "CTTĐT", "Tổng cục", "Chi cục", "Cục",
    "Vụ", "Sở", "Phòng", "Đội", "Tổ", "Trung tâm", "Học viện", "Viện", "Trường Đại học",
    "Trường Cao đẳng", "Trường Trung cấp", "Trường", "Đại học", "Hạt", "Đoàn", "Thanh tra",
    "Hội đồng", "Giáo hội", "Hội", "Khối thi đua", "Cụm thi đua", "Liên đoàn", "Liên minh", "Hiệp hội", "Câu lạc bộ", "Hợp tác xã",
    "Tổng công ty", "Công ty TNHH MTV", "Công ty TNHH", "Công ty trách nhiệm hữu hạn một thành viên",
    "Công ty trách nhiệm hữu hạn", "Công ty Cổ phần", "Công ty cổ phần", "Công ty CP", "Công ty",
    "CTCP", "Cty TNHH", "Cty CP", "Cty", "Liên doanh", "Tập đoàn", "Ngân hàng", "Quỹ", "Kho bạc",
    "Bệnh viện", "BV", "Thư viện", "Bảo tàng", "Nhà hát", "Báo điện tử", "Tạp chí điện tử", "Báo", "Đài", "Khối",
    "Tạp chí", "Nhà xuất bản", "Văn phòng", "Cơ quan", "Chi nhánh", "Bộ Chỉ huy", "Bộ Tư lệnh",
    "Bộ", "Ban", "Bảo hiểm", "Cảng vụ", "Đồn biên phòng", "Đồn", "Hải quan cửa khẩu sân bay quốc tế",
    "Hải quan sân bay quốc tế", "Hải quan cửa khẩu cảng", "Hải quan cửa khẩu quốc tế",
    "Hải quan cửa khẩu", "Lữ đoàn", "Trung đoàn", "Sư đoàn", "Tiểu đoàn", "Đại đội", "Trung đội",
    "Quân đoàn", "Binh đoàn", "Hải đội", "Hạm đội", "Thủy đoàn", "Vườn quốc gia", "Khu bảo tồn", "Đại sứ quán", "Cơ sở",
    "Trạm",
    // A board by its abbreviation, with its name: "BCH Quân sự TP", "BQL dự án".
    "BCH", "BQL", "BCĐ",
    "Tổng Lãnh sự quán", "Tổng lãnh sự quán", "Lãnh sự quán", "Đoàn công tác",
    // Specialized high schools named without "Trường": "THPT chuyên Lam Sơn".
    "THPT chuyên", "THPT Chuyên",
];

/// Heads of companies, whose trade may come in lower case before the
/// proper name ("Công ty cổ phần xây dựng hạ tầng khu công nghiệp Cần Thơ").
#[rustfmt::skip]
pub const COMPANY_HEADS: &[&str] = &[
    "Tổng công ty", "Tổng Công ty", "Công ty TNHH MTV", "Công ty TNHH",
    "Công ty trách nhiệm hữu hạn một thành viên", "Công ty trách nhiệm hữu hạn",
    "Công ty Cổ phần", "Công ty cổ phần", "Công ty CP", "CTCP", "Cty TNHH", "Cty CP",
];

/// Heads whose name may be a number alone: "Sư đoàn 312", "Đội 3".
#[rustfmt::skip]
pub const NUMBERED_HEADS: &[&str] = &[
    "Lữ đoàn", "Trung đoàn", "Sư đoàn", "Tiểu đoàn", "Đại đội", "Trung đội", "Quân đoàn", "Binh đoàn", "Hải đội", "Đội",
    "Tổ", "Phòng", "Đồn", "Chi bộ", "Tổng công ty", "Công ty", "Đoàn công tác",
    // The waterway police's flotillas: "Thủy đoàn 2".
    "Thủy đoàn",
    // Emulation blocs and clusters: "Cụm thi đua số 5".
    "Khối thi đua", "Cụm thi đua",
];
/// Heads that name a body only with a number: "Đoàn công tác số 3" is one
/// delegation, "Đoàn công tác Trung ương" any of them.
pub const NUMBERED_ONLY: &[&str] = &["Đoàn công tác", "Thủy đoàn"];

/// Words that may open a name, capitalized ("Y tế", "Quản lý", "Tổ chức"),
/// besides every [`NAME_TERMS`] entry. Many are also verbs ("tổ chức",
/// "kiểm tra"), so they continue a name only when capitalized.
#[rustfmt::skip]
pub const FIRST_WORDS: &[&str] = &[
    "công tác", "đại hội", "thẩm định", "tổng tham mưu", "thư ký",
    "y tế", "quản lý", "tư pháp", "tài chính", "nội vụ", "ngoại giao", "quốc phòng", "công an",
    "công thương", "xây dựng", "giáo dục", "khoa học", "nông nghiệp", "kế hoạch", "đầu tư",
    // Universities and institutes named by their field ("Trường ĐH Khoa học tự nhiên").
    "khoa học tự nhiên", "khoa học xã hội và nhân văn", "khoa học xã hội",
    "lao động", "thương binh", "thông tin", "tổ chức", "kiểm tra", "kiểm sát", "thanh tra",
    "hải quan", "thống kê", "kho bạc", "hậu cần", "tham mưu", "công vụ", "thi đua", "khen thưởng",
    "quốc hội", "chính phủ", "quản trị", "kiểm toán", "xuất nhập khẩu", "xuất khẩu", "nhập khẩu",
    "chống buôn lậu", "phòng chống", "giải quyết", "khiếu nại", "tố cáo", "pháp luật", "pháp lý",
    "luật sư", "đăng ký", "bảo vệ", "thực vật", "dân số", "gia đình", "bình đẳng", "bưu chính",
    "hợp tác", "đoàn kết", "liên lạc", "văn phòng", "chuyển đổi", "tín dụng", "tiết kiệm",
    "chứng khoán", "ngoại thương", "đại học", "cao đẳng", "trung cấp", "sư phạm", "bách khoa",
    "quân đội", "biên giới", "hàng hải", "dầu khí", "địa chất", "trắc địa", "bản đồ", "đo đạc",
    "sở hữu", "trí tuệ", "tuyên truyền", "giám định", "pháp y", "tâm thần", "điều dưỡng",
    "dinh dưỡng", "truyền máu", "huyết học", "tim mạch", "chấn thương", "chỉnh hình", "da liễu",
    "nội tiết", "ung bướu", "sản nhi", "nhi đồng", "phụ sản", "xúc tiến", "điều tra", "tiếp dân",
    "đất đai", "công chứng", "bảo hiểm", "doanh nghiệp", "doanh nhân", "kinh doanh", "sản xuất",
    "phát triển", "cấp nước", "hậu cần", "tuyên giáo", "dân vận", "đối ngoại", "cựu chiến binh",
    "mặt trận", "tổ quốc", "nhân dân", "chính sách", "quy hoạch", "bồi thường", "tái định cư",
    "hành chính", "nông thôn", "phổ thông", "dân tộc", "miền", "vùng", "hội nghị", "an toàn",
    "tỉnh ủy", "huyện ủy", "thành ủy", "quận ủy", "thị ủy", "đảng ủy", "bầu cử", "đại biểu",
    "khối các cơ quan", "khối doanh nghiệp", "chủ tịch", "giám đốc", "chấp hành", "thường vụ",
    "chỉ đạo", "cán sự", "chứng thực", "dược", "triển lãm", "hội chợ", "tiếp nhận", "kiểm định", "giám sát",
];

/// Lower-case words and terms that continue a name after a complete word
/// ("Cục Quản lý thị trường", "Phòng Cảnh sát giao thông", "Trung tâm Y tế huyện").
#[rustfmt::skip]
pub const NAME_TERMS: &[&str] = &[
    "thị trường", "tín dụng", "ngân hàng", "giao thông", "cơ động", "hình sự", "kinh tế", "ma túy", "trật tự", "xã hội",
    "phòng không nhân dân", "phòng không", "tìm kiếm cứu nạn", "tìm kiếm, cứu nạn", "nhân dân", "quân sự", "quốc tế", "quốc gia", "việc làm", "dịch vụ", "hành chính", "tư pháp",
    "đa khoa", "dự phòng", "dự án", "hạ tầng", "đô thị", "tài nguyên", "khoáng sản", "an ninh",
    "chính trị", "nội bộ", "văn hóa", "thể thao", "du lịch", "truyền thông", "báo chí", "xuất bản",
    "pháp chế", "ngân sách", "dân tộc", "tôn giáo", "kế hoạch", "tài chính", "tổng hợp",
    "kết cấu", "nội địa", "kiểm phiếu", "kiểm soát", "bệnh tật", "kỹ thuật", "nghiệp vụ",
    "tội phạm", "tham nhũng", "buôn lậu",
    "môi trường", "điện lực", "cấp nước", "thoát nước", "vận tải", "hàng không", "đường sắt",
    "đường bộ", "đường thủy", "thủy sản", "nông nghiệp", "lâm nghiệp", "kiểm lâm", "thú y",
    "thủy lợi", "khí tượng", "thủy văn", "phát triển", "nông thôn", "đào tạo", "giáo dục",
    "thường xuyên", "nghề nghiệp", "hướng nghiệp", "công nghệ", "khoa học", "sau thông quan",
    "sau thanh tra", "thông quan", "cửa khẩu", "biên phòng", "cảnh sát", "phụ nữ", "thanh niên",
    "nông dân",
    "lao động", "công đoàn", "người cao tuổi", "khuyến học", "chữ thập đỏ", "tiếp công dân",
    "công dân", "dân sự", "nội chính", "đối ngoại", "dân vận", "tuyên giáo", "thường trực",
    "thường vụ", "chấp hành", "sức khỏe", "cán bộ", "quy hoạch", "kiến trúc", "trẻ em",
    "công nghiệp", "thương mại", "khuyến nông", "khuyến công", "nước sạch", "vệ sinh", "thực phẩm",
    "kiểm nghiệm", "kiểm định", "dược phẩm", "y học cổ truyền", "phục hồi chức năng", "cấp cao",
    "trọng án", "đặc nhiệm", "trại giam", "dân quân", "tự vệ", "chuyển đổi số", "cơ sở",
    "công nghệ cao", "đổi mới sáng tạo", "khu công nghiệp", "khu kinh tế", "khu chế xuất", "hệ thống", "thanh toán", "quốc phòng", "chống buôn lậu",
    "công nghệ thông tin", "an toàn thông tin", "nội dung số", "tàu thủy", "đóng tàu", "chất lượng", "tiêu chuẩn", "đo lường", "năng lượng", "tái tạo", "bưu điện",
    "viễn thông", "phát thanh", "truyền hình", "điện tử", "dữ liệu", "lưu trữ", "hồ sơ", "kho bạc",
    "nhà nước", "thành phố", "tỉnh", "huyện", "quận", "thị xã", "xã", "phường", "thị trấn",
    "khu vực", "trung ương", "liên ngành", "nhân đạo", "từ thiện", "hữu nghị", "cổ phần",
    "đại chúng", "thành viên", "hữu hạn", "một thành viên", "trách nhiệm", "bất động sản",
    "mầm non", "tiểu học", "trung học", "phổ thông", "dân lập", "tư thục", "nội trú", "bán trú",
    "dân tộc nội trú", "dân tộc bán trú", "phổ thông dân tộc nội trú", "phổ thông dân tộc bán trú", "phòng cháy, chữa cháy", "phòng cháy chữa cháy", "cứu nạn, cứu hộ",
    "phòng, chống", "tái định cư", "giải phóng mặt bằng", "trợ giúp pháp lý", "thi hành án dân sự",
    "an toàn thực phẩm", "quyền sử dụng đất", "hải quan", "vốn nhà nước", "chi nhánh", "trong nước", "công trình thủy lợi", "khai thác",
    "các dự án đầu tư xây dựng", "dự án đầu tư xây dựng", "đầu tư xây dựng", "cai nghiện", "nghệ thuật",
    "phát hành phim", "chiếu bóng", "bảo vệ mục tiêu", "điều tra tội phạm về ma túy",
    "điều tra tội phạm về trật tự xã hội", "điều tra tội phạm về kinh tế",
    "điều tra tội phạm về tham nhũng", "sinh viên",
    // "Phòng Chính trị tư tưởng".
    "tư tưởng",
    "phòng thủ khu vực", "phòng thủ", "đất đai", "công trình", "nước ngoài", "cảng", "nữ công",
    "cửa khẩu cảng", "chính trị", "tội phạm về ma túy", "tội phạm về trật tự xã hội",
    "tội phạm về kinh tế", "tội phạm về tham nhũng", "tội phạm về môi trường",
    "thực vật", "trồng trọt",
    "tội phạm về buôn lậu", "tội phạm về chức vụ", "tội phạm về quản lý kinh tế và chức vụ",
    "tội phạm về trật tự quản lý kinh tế và chức vụ", "tội phạm về công nghệ cao",
    // Trades and sectors of companies and associations, several opening with a
    // syllable that alone may be a verb ("thực"; not "thông tin", "hợp tác": verbs too).
    "khen thưởng", "lương thực", "nông sản", "vật tư", "hóa chất", "may mặc", "xăng dầu", "cao su", "cơ khí",
    "xây lắp", "vật liệu xây dựng", "dầu khí", "doanh nhân",
    "doanh nghiệp", "giải khát", "tin học", "quốc dân", "hành chính công",
    // Hospitals by their specialty, the coast guard.
    "tai mũi họng", "răng hàm mặt", "da liễu", "ung bướu", "phụ sản", "sản nhi", "tâm thần",
    "nội tiết", "lao và bệnh phổi", "cảnh sát biển",
    // Religions' bodies ("Ban Trị sự Phật giáo tỉnh", "Giáo hội Phật giáo Việt
    // Nam") and the expressway police ("Đội Cảnh sát giao thông đường bộ cao tốc").
    "phật giáo", "công giáo", "tin lành", "cao đài", "hòa hảo", "cao tốc",
];

/// Activity words that open a name and take their object in lower case
/// ("Ban Quản lý rừng phòng hộ", "Công ty Chế biến cây công nông nghiệp",
/// "Trung tâm Phát hành phim"): after one of them, lower-case words that are
/// no verb or function word ([`NOT_NAME_WORDS`]) stay in the name.
#[rustfmt::skip]
pub const OBJECT_TAKING: &[&str] = &[
    "quản lý", "chế biến", "phát hành", "kinh doanh", "đầu tư", "xây dựng", "sản xuất",
    "khai thác", "phát triển", "bảo vệ", "bảo tồn", "tư vấn", "nghiên cứu", "chăm sóc",
    "cung ứng", "cung cấp", "vận hành", "điều hành", "kiểm định", "kiểm nghiệm", "xuất nhập khẩu",
    "xuất khẩu", "nhập khẩu", "thương mại", "dịch vụ", "ứng dụng", "chuyển giao", "đào tạo",
    "bồi dưỡng", "giám định", "phòng chống", "xúc tiến", "khuyến khích", "hỗ trợ", "phục vụ",
    "bảo trợ", "bảo dưỡng", "sửa chữa", "chiếu bóng", "lưu trữ", "vận chuyển", "phân phối", "đăng ký", "chỉ huy",
    "công nghệ", "vật liệu", "thiết bị", "kỹ thuật",
    "chỉ đạo", "khai thác", "quan trắc",
];

/// Heads of State bodies whose domain is often written in lower case
/// ("Bộ công an", "Cục thuế tỉnh Bình Dương").
pub const DOMAIN_HEADS: &[&str] = &[
    "Bộ",
    "Sở",
    "Cục",
    "Chi cục",
    "Tổng cục",
    "Đội",
    "Hội",
    "Quỹ",
];

/// Domains taken in lower case after a [`DOMAIN_HEADS`] word: nouns only
/// ("xây dựng" is left out, "Sở xây dựng kế hoạch" is a verb).
#[rustfmt::skip]
pub const LOWERCASE_DOMAINS: &[&str] = &[
    "công an", "tài chính", "y tế", "quốc phòng", "ngoại giao", "nội vụ", "tư pháp", "công thương",
    "thuế", "hải quan", "giáo dục và đào tạo", "giáo dục", "giao thông vận tải", "tài nguyên và môi trường",
    "nông nghiệp và phát triển nông thôn", "nông nghiệp và môi trường", "kế hoạch và đầu tư",
    "khoa học và công nghệ", "thông tin và truyền thông", "văn hóa, thể thao và du lịch", "thống kê",
    "kiểm lâm", "lao động - thương binh và xã hội", "quản lý thị trường", "dân tộc và tôn giáo",
    // Mass bodies ("Hội sinh viên", "Hội nông dân").
    "sinh viên", "nông dân", "cựu chiến binh", "liên hiệp phụ nữ", "khuyến học", "người cao tuổi",
    "chữ thập đỏ", "luật gia", "nhà báo",
    // Political departments of the forces ("Cục chính trị Bộ đội Biên phòng").
    "chính trị",
    "ngoại vụ",
    // Provincial sub-departments ("Chi cục bảo vệ môi trường tỉnh Bến Tre").
    "bảo vệ môi trường", "trồng trọt và bảo vệ thực vật", "bảo vệ thực vật", "chăn nuôi và thú y",
    "chăn nuôi", "thú y", "thủy lợi", "quản lý đất đai", "phát triển nông thôn", "thủy sản",
    "văn thư - lưu trữ", "dân số - kế hoạch hóa gia đình", "dân số",
    "an toàn vệ sinh thực phẩm", "tiêu chuẩn đo lường chất lượng", "giám định xây dựng",
    // Funds ("Quỹ hỗ trợ nông dân TP.HCM", "Quỹ bảo trợ trẻ em tỉnh").
    "hỗ trợ nông dân", "bảo trợ trẻ em", "vì người nghèo", "phát triển đất",
    "bảo vệ và phát triển rừng", "đầu tư phát triển", "bảo lãnh tín dụng", "phòng, chống thiên tai",
    "đền ơn đáp nghĩa",
];

/// Bodies named by a fixed phrase, each a complete name on its own or with a
/// locality ("Tỉnh ủy", "UBND tỉnh", "Công an huyện Đại Lộc").
pub const FIXED_BODIES: &[&str] = &[
    // A foreign ruling party's central committee, before the bare "Ban Chấp
    // hành" (the alternation takes the first that matches).
    r"(?:Ban Chấp hành|BCH) Trung ương Đảng (?:Nhân dân Cách mạng Lào|NDCM Lào|Nhân dân Campuchia|Cộng sản (?:Trung Quốc|Cuba))",
    r"Ban (?i:kiểm tra|kiểm soát|chấp hành|thường vụ|bí thư|tổ chức|tuyên giáo và dân vận|tuyên giáo|dân vận|nội chính|kinh tế|đối ngoại|cán sự đảng|chính sách, chiến lược|bảo vệ chăm sóc sức khỏe cán bộ|chỉ huy quân sự|CHQS|quản lý dự án)",
    // The board of an institution named with it in lower case: "Ban Giám đốc sở", "Ban giám hiệu nhà trường".
    r"Ban (?:[Gg]iám đốc|[Gg]iám hiệu)(?: (?:sở|bệnh viện|công ty|trung tâm|nhà trường|trường|viện|ngân hàng|chi nhánh|công an(?: tỉnh| huyện| thành phố)?))?",
    r"Ban [Cc]hỉ đạo(?: [0-9]{1,3})?(?: (?:Trung ương|quốc gia|Quốc gia))?(?: (?:về )?(?:[Pp]hòng, chống|[Pp]hòng chống) (?:tham nhũng(?:, lãng phí)?(?:, tiêu cực)?|dịch(?: bệnh)?(?: (?i:covid)-19)?|tội phạm|ma túy|buôn lậu(?:, gian lận thương mại và hàng giả)?|thiên tai(?: và tìm kiếm cứu nạn)?))?",
    r"Ủy ban (?:(?i:kiểm tra)|nhân dân|Nhân dân|MTTQ(?: Việt Nam)?|Mặt trận (?i:tổ quốc)(?: Việt Nam)?|Thường vụ Quốc hội|Trung ương Mặt trận Tổ quốc Việt Nam|[Qq]uốc gia|Tài chính, Ngân sách|Văn hóa, Giáo dục|[Cc]hính quyền)",
    // A Lao province's administration: "UBCQ tỉnh Salavan".
    r"UBKT|UBND|UBCQ|HĐND|(?:UBMTTQ|UB MTTQ|UBTƯMTTQ|UBTWMTTQ)(?: Việt Nam)?|UBMTTQVN|MTTQVN|NHCSXH|CATP|MTTQ(?: Việt Nam)?|Mặt trận (?i:tổ quốc)(?: Việt Nam)?|Hội đồng nhân dân",
    // Fire and rescue police: "PCCC", "PCCC-CNCH", "PCCC&CNCH", "PCCC và CNCH".
    r"BCH|BTV|BCĐ|BQL|BHXH|KBNN|LĐLĐ|CAND|QĐND|BĐBP|CSGT|CSĐT|PCCC(?:(?: ?[-&] ?| và )CNCH)?|NHNN",
    // Hospitals and health centres by their initials: "BVĐK tỉnh", "TTYT huyện";
    // a province's disease-control centre ("CDC Quảng Trị") and the national
    // universities ("ĐHQG Hà Nội", "ĐHQG TP.HCM").
    r"BVĐK|TTYT|CDC|ĐHQG",
    // A company's boards: "Chủ tịch Hội đồng quản trị", "HĐQT Công ty".
    r"Hội đồng (?:quản trị|thành viên)(?: [Cc]ông ty)?|HĐQT|HĐTV",
    // Ruling parties of neighbours and friends: "Đảng Nhân dân Cách mạng Lào".
    r"Đảng (?:Nhân dân Cách mạng Lào|NDCM Lào|Nhân dân Campuchia|Cộng sản (?:Trung Quốc|Cuba))",
    // Other parties by the words of their names, the country read after them
    // ("đảng Dân chủ Tự do Nhật Bản", "Đảng Cộng hòa", "Đảng Lao động Triều Tiên").
    r"[Đđ]ảng (?:Cộng sản|Dân chủ|Cộng hòa|Tự do|Lao động|Xã hội|Bảo thủ|Nhân dân|Dân tộc|Quốc đại|Xanh)(?: (?:Tự do|Xã hội|Dân chủ|Thống nhất|Cách mạng|Nhân dân|Dân tộc|Cơ đốc giáo|Lập hiến))*",
    r"CA|TTCP|SGGP|NLĐ|Đảng Cộng [Ss]ản Việt Nam|Bộ Chính trị|Ban Bí thư|Quốc hội|Chính phủ|Quân ủy Trung ương|Kiểm toán (?i:nhà nước)|Ngân hàng Nhà nước(?: Việt Nam)?|Kho bạc Nhà nước|Kho bạc|Bảo hiểm xã hội|Hải quan|Bưu điện|Thuế",
    r"Văn phòng(?: Trung ương Đảng| Chính phủ| Quốc hội| Chủ tịch nước)?",
    // "Đảng ủy bộ phận": the Party committee of a unit's part.
    r"Đảng ủy (?i:quân sự)|Đảng ủy bộ phận|(?:Tỉnh|Huyện|Thành|Quận|Thị|Đảng) ủy|Tỉnh (?i:đoàn)|Thành (?i:đoàn)|Huyện (?i:đoàn)|(?:Xã|Phường|Quận) đoàn|Đảng bộ|Chi bộ",
    r"Cơ quan (?:(?i:cảnh sát điều tra)|CSĐT|(?i:an ninh điều tra)|ANĐT|điều tra)(?: hình sự)?(?:, (?:Công an|Bộ Công an|Bộ Quốc phòng)| \((?:Bộ )?Công an(?: tỉnh| huyện| thành phố)?\))?|Công an [Nn]hân [Dd]ân(?: vũ trang)?|Công an|Bộ (?i:chỉ huy) Quân sự|Bộ CHQS|Bộ đội Biên phòng|Bộ Tư lệnh|Quân khu (?:[0-9]|IX|IV|V?I{1,3}|V)|Vùng (?:[1-5] Hải [Qq]uân|Cảnh sát biển [1-4]|Hải [Qq]uân [1-5])|Hải [Qq]uân (?:[Nn]hân dân )?Việt Nam|Cảnh sát biển Việt Nam|(?:Viện [Kk]iểm sát [Nn]hân [Dd]ân|Tòa án [Nn]hân [Dd]ân|Tòa án ND|VKSND|TAND|Tòa án quân sự)(?: (?i:cấp cao|tối cao)(?: [1-3])?(?: tại (?:Hà Nội|Đà Nẵng|TP\.? ?HCM|TP\.? Hồ Chí Minh|Thành phố Hồ Chí Minh))?)?|Tòa (?:phúc thẩm|sơ thẩm|hình sự|dân sự|hành chính|kinh tế|lao động)|Thanh tra|Viện kiểm sát",
    r"Hội (?:Nông dân|Liên hiệp Phụ nữ(?: Việt Nam)?|LHPN|(?i:cựu chiến binh)|CCB|Chữ thập đỏ|Người cao tuổi|Nhà báo|Luật gia|Khuyến học|Doanh nhân trẻ|Liên hiệp Thanh niên(?: Việt Nam)?)",
    // The friendship unions ("Liên hiệp các tổ chức hữu nghị tỉnh Gia Lai") and
    // the police's departments by their codes ("PC03", "PA05").
    r"Liên hiệp các (?i:tổ chức hữu nghị)(?: Việt Nam)?|P[ACKV][0-9]{2}",
    r"Công đoàn|Liên đoàn Lao động|Tổng Liên đoàn Lao động Việt Nam|Đoàn Thanh niên(?: Cộng sản Hồ Chí Minh)?|Đoàn TNCS Hồ Chí Minh|Trung ương Đoàn|Đoàn ĐBQH|Đoàn đại biểu Quốc hội",
    r"Trung ương Đảng|Trung ương",
    // A commune's health station, named with its commune ("Trạm y tế xã Ia Hiao").
    r"Trạm (?i:y tế)",
    r"(?:VKS|Viện kiểm sát|Tòa án) (?i:quân sự) (?:Trung ương|trung ương)",
    // The market-surveillance force, named with its locality ("Quản lý thị trường Tiền Giang").
    r"Quản lý thị trường",
    // International bodies, by their Vietnamese or English names.
    // A deputies' group, with its constituency: "Tổ ĐBQH đơn vị 10".
    // A council's groups are named only with their number ("các Tổ đại biểu
    // HĐND tỉnh" are groups of the council, the body named).
    r"[Tt]ổ (?:ĐBQH|đại biểu Quốc hội)(?: đơn vị(?: bầu cử)?(?: số)? [0-9]{1,2})?|[Tt]ổ đại biểu HĐND(?: tỉnh| thành phố| huyện| xã)? đơn vị(?: bầu cử)?(?: số)? [0-9]{1,2}",
    // An economic zone's board that also runs the province's industrial parks.
    r"Ban [Qq]uản lý [Kk]hu [Kk]inh tế(?: [A-ZĐ][^ ,.;()]*){1,3} và các [Kk]hu công nghiệp",
    r"Cộng đồng (?:Kinh tế |Văn hóa - Xã hội |Chính trị - An ninh )?ASEAN|INTERPOL|Interpol|ASEANAPOL|Đại hội đồng Liên hợp quốc|Hội đồng Bảo an Liên hợp quốc|Liên [Hh]ợp [Qq]uốc|ASEAN|APEC|WTO|WHO|UNESCO|UNICEF|UNDP|IMF|NATO|Liên minh [Cc]hâu Âu|Ngân hàng Thế giới|Ngân hàng (?i:phát triển châu á)",
    // A bloc of agencies, named with its locality ("Khối Các cơ quan và Doanh nghiệp tỉnh").
    r"Khối (?i:các cơ quan và doanh nghiệp|các cơ quan|doanh nghiệp|dân chính đảng)",
    r"Thông tấn xã Việt Nam|TTXVN|VOV(?:-(?:ĐBSCL|Tây Nguyên|Miền Trung|miền Trung|Tây Bắc|Đông Bắc|Miền Nam|TP\.?HCM))?|VTV[1-9]?|VTC|UBTVQH|Đài Tiếng nói Việt Nam|Đài Truyền hình Việt Nam",
    // Outlets, banks and State groups known by their brand ("Theo VnExpress",
    // "Agribank chi nhánh An Giang", "Vietsovpetro").
    r"HoSE|HOSE|HNX|UPCoM|VGP|VnExpress|VietNamNet|Vietnamnet|VietnamPlus|Vietnamplus|Znews|Zing News|Dân trí|Tuổi Trẻ|Thanh Niên|Người Lao Động|Quân đội nhân dân|Công an nhân dân",
    r"Agribank|Vietcombank|VietinBank|Vietinbank|BIDV|Sacombank|Techcombank|VPBank|MB Bank|MBBank|ACB|SHB|HDBank|TPBank|SeABank|LienVietPostBank|LPBank|OCB|Eximbank|VIB",
    r"EVN|PVN|Petrovietnam|Petrolimex|Viettel|VNPT|Vinacomin|TKV|Vietnam Airlines|Vietsovpetro|Vinamilk|Vingroup|Masan|FPT|Sabeco|Habeco|VNPost|Vietnam Post",
    // State groups and the largest investors the news names by brand alone.
    r"Vinashin|Vinaconex|Lilama|Vinachem|Vinatex|Vinalines|Vinafood[12]?|Becamex|Sonadezi|Vietjet|VinFast|Vinhomes|Hòa Phát|Samsung|Formosa|Foxconn|Lotte|Posco|POSCO",
    r"Đài Phát thanh(?: -| và)? Truyền hình|Truyền hình|Cổng Thông tin điện tử",
    // The provincial outlets merged in 2025: "Báo và Phát thanh, Truyền hình Tuyên Quang".
    r"Báo và (?i:phát thanh, truyền hình)",
    // The Front named short with its locality ("Mặt trận thành phố"), after its
    // full name (the alternation takes the first that matches).
    r"Mặt trận",
    // The procuracy of a trial, abbreviated alone ("đại diện VKS đề nghị"), after
    // every longer name that opens with it.
    r"VKS",
];

/// Bodies that need something after them to be a named organization:
/// "Đảng bộ đã kết nạp" is a back-reference, "Báo" alone is a common noun.
#[rustfmt::skip]
pub const NEEDS_COMPLEMENT: &[&str] = &[
    "Đảng bộ", "Chi bộ", "Công an", "Văn phòng", "Hội đồng nhân dân", "Ủy ban nhân dân",
    "Ủy ban Nhân dân", "Truyền hình", "Đài Phát thanh và Truyền hình",
    "Đài Phát thanh - Truyền hình", "Đài Phát thanh Truyền hình", "Cổng Thông tin điện tử",
    "Bộ Tư lệnh", "Thanh tra", "CA", "Công đoàn", "Hải quan", "Bảo hiểm xã hội", "BHXH",
    // The post and (since 2025) the tax offices, named with their locality:
    // "Bưu điện tỉnh An Giang", "Thuế tỉnh Cao Bằng"; alone, the service or the tax.
    "Bưu điện", "Thuế",
    "Kho bạc", "Quản lý thị trường", "Trạm y tế", "Trạm Y tế", "BCĐ", "BQL", "CSGT", "CSĐT", "PCCC",
    // "Ban Chỉ đạo" alone refers back to a steering committee named in full;
    // "các Hội đồng, Ủy ban quốc gia" are a class (named, they have a subject).
    "Ban Chỉ đạo", "Ban chỉ đạo", "Ủy ban quốc gia",
    // So does an organizing committee in lower case ("Ban tổ chức trao giải"),
    // and a border post or the Front named without theirs ("các Đồn Biên phòng").
    "Ban tổ chức", "Đồn Biên phòng", "Mặt trận",
];

/// School levels a specialized school's "chuyên" follows ("Trường THPT
/// chuyên Hoàng Văn Thụ", "Trường Trung học phổ thông chuyên Lam Sơn").
pub const SCHOOL_LEVELS: &[&str] = &[
    "THPT",
    "THCS",
    "PTTH",
    "Trung học phổ thông",
    "trung học phổ thông",
    "Trung học cơ sở",
    "trung học cơ sở",
];

/// Bodies often named after a person ("Trường THPT Phan Bội Châu"): their
/// capitalized tail stays even when it starts with a family name.
pub const NAMED_AFTER_PEOPLE: &[&str] = &[
    "Trường",
    "THPT chuyên",
    "THPT Chuyên",
    "Học viện",
    "Đại học",
    "Bệnh viện",
    "BV",
    "Công ty",
    "Trung tâm",
    "Viện",
    "Báo",
    "Quỹ",
    "Hợp tác xã",
    "Tập đoàn",
    "ĐH",
    "Đoàn TNCS",
    "Đoàn Thanh niên Cộng sản",
];

/// Lower-case words that never complete a capitalized name word: verbs and
/// function words that follow a body's name ("Cục Thuế thu …", "Sở Nội vụ cho …").
#[rustfmt::skip]
pub const NOT_NAME_WORDS: &[&str] = &[
    // "nhiệm kỳ", "nhiệm vụ": never the end of a capitalized word ("Đại học
    // Huế nhiệm kỳ 2025 - 2030").
    "nhiệm",
    "đã", "đang", "sẽ", "có", "là", "của", "cho", "được", "bị", "đến", "đi", "về", "với", "tại",
    "trong", "thu", "tổ", "triển", "phối", "thực", "kiểm", "chỉ", "yêu", "đề", "tiếp", "cũng",
    "vừa", "mới", "phát", "đưa", "làm", "tham", "xử", "quyết", "công", "thông", "khẳng", "nhấn",
    "trao", "tặng", "gửi", "nhận", "tiến", "họp", "dự", "lập", "vẫn", "còn", "không", "chưa",
    "này", "đó", "nay", "hôm", "sáng", "chiều", "tối", "ngày", "năm", "tháng", "trên", "dưới",
    "sau", "trước", "vào", "ra", "lên", "xuống", "theo", "từ", "khi", "nên", "thì", "mà", "để",
    "các", "những", "mọi", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười",
    "nhiều", "vì", "do", "bởi", "nhằm", "hoặc", "hay", "như", "cùng", "giữa", "qua", "tới", "ở",
    "bằng", "rồi", "thăm", "chủ", "giao", "ký", "chúc", "biểu", "báo", "tin", "cho", "mở", "bế",
    "kết", "hướng", "đánh", "chuẩn", "bầu", "bổ", "điều", "cử", "trình", "thảo", "thống", "góp",
    "nêu", "đạt", "tăng", "giảm", "hỗ", "xây", "khởi", "bàn", "ghi", "đi", "rất", "đều", "phải",
    "cần", "muốn", "cho", "thấy", "biết", "lại", "luôn", "tự", "dịp", "lúc", "vừa", "từng",
    "riêng", "chung", "gồm", "hoạt",
    // "Trường THCS Trường Sơn khai giảng", "… bắt giữ": a school named after a
    // place or a person that opens with a head ("Trường") is no word completed.
    "khai", "bắt",
    // A post's second syllable: "Tổ trưởng", "Đội phó".
    "trưởng", "phó",
];

/// Capitalized words that end a locality rather than belong to it.
#[rustfmt::skip]
pub const TAIL_STOP: &[&str] = &[
    "Số", "Theo", "Tại", "Trong", "Sáng", "Chiều", "Tối", "Ngày", "Năm", "Tháng", "Khóa", "Kỳ",
    "Lần", "Về", "Với", "Và", "Cùng", "Ảnh", "Thứ", "Nhiệm",
];
