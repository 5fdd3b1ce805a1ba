//! Every string the PLACE rules look up, with what it stands for: gazetteer
//! names (with spelling variants), administrative type words and whole-span
//! official names. Plain Rust with no crate dependency: `build.rs` includes
//! this file to write the strings out for the look-up the engine reads at
//! start (`lexicon.rs`), so no spelling is computed when the page starts; the
//! tests check the look-up against it. Add a type word or an official name
//! here.

// In the library only the tests call `patterns`; build.rs calls it too.
#![cfg_attr(not(test), allow(dead_code))]

use std::collections::HashSet;

/// Gazetteer level of a name; lower is more prominent.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Level {
    Country,
    /// A foreign capital or province ("Phnôm Pênh", "Kratie").
    Foreign,
    Region,
    Province,
    District,
    Commune,
}

/// An administrative word that may introduce a name ("tỉnh", "TP.").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TypeWord {
    /// "quận", "phường": a number may follow ("Quận 1", "Phường 15").
    pub numbered: bool,
    /// Ends with "." so the name may follow without a space ("TP.Hội An").
    pub dot: bool,
    /// Commune-level word: the following name may be any gazetteer commune.
    pub commune: bool,
    /// A village below the commune ("bản", "xóm"): its name is read by
    /// `place::villages`, mostly in no gazetteer.
    pub village: bool,
}

/// What a pattern stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum What {
    Name {
        level: Level,
        /// One syllable ("Lào", "Huế"): needs a stricter context.
        single: bool,
        /// Never marked bare ("Hồ Chí Minh", districts that start with a
        /// family name such as "Lê Chân").
        needs_type: bool,
    },
    Type(TypeWord),
    /// Marked as matched, the administrative word included ("TP.HCM").
    Whole,
}

static GAZETTEER: &str = include_str!("gazetteer.tsv");

/// First syllables that make a bare district name look like a person's name.
const PERSON_FIRST: &[&str] = &[
    "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ",
    "Hồ", "Ngô", "Lý", "Đinh", "Trịnh", "Đào", "Đoàn", "Lương", "Trương", "Phùng", "Văn", "Thị",
    "Hữu", "Ngọc", "Quang", "Minh", "Kim",
];

/// Districts that start like a person's name but are rarely one.
const PERSON_FIRST_OK: &[&str] = &[
    "Hoàng Su Phì",
    "Hữu Lũng",
    "Kim Bôi",
    "Kim Bảng",
    "Kim Động",
    "Lương Tài",
    "Lý Sơn",
    "Minh Hóa",
    "Ngọc Hiển",
    "Ngọc Hồi",
    "Ngọc Lặc",
    "Phan Rang-Tháp Chàm",
    "Phan Thiết",
    "Trần Đề",
    "Võ Nhai",
    "Văn Bàn",
    "Văn Chấn",
    "Văn Yên",
    "Vũ Thư",
];

/// Whole spans: official names that keep their administrative word.
const WHOLE: &[&str] = &[
    "Thành phố Hồ Chí Minh",
    // In lower case too: "Hồ Chí Minh" alone is the President's name.
    "thành phố Hồ Chí Minh",
    "THÀNH PHỐ HỒ CHÍ MINH",
    "TP Hồ Chí Minh",
    "TP. Hồ Chí Minh",
    "TP.Hồ Chí Minh",
    "Tp. Hồ Chí Minh",
    "Tp Hồ Chí Minh",
    "Tp.Hồ Chí Minh",
    "TP. HỒ CHÍ MINH",
    "TP.HỒ CHÍ MINH",
    "TP HỒ CHÍ MINH",
    "TP.HCM",
    "TP. HCM",
    "TP HCM",
    "TPHCM",
    "Tp.HCM",
    "Tp. HCM",
    "Tp HCM",
    "tp.HCM",
    "tp HCM",
    "TP.Hồ Chí Minh",
    // The country's official name is one place (GUIDELINES.md, "PLACE").
    "Cộng hòa xã hội chủ nghĩa Việt Nam",
    "Cộng hoà xã hội chủ nghĩa Việt Nam",
    "Cộng hòa Xã hội Chủ nghĩa Việt Nam",
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "CHXHCN Việt Nam",
];

/// Official names of other countries, each one place ("Vương quốc
/// Campuchia", "CHDCND Lào"); the form words are also written capitalized.
const COUNTRY_FORMS: &[(&str, &[&str])] = &[
    (
        "Vương quốc",
        &[
            "Campuchia",
            "Thái Lan",
            "Anh",
            "Bỉ",
            "Hà Lan",
            "Tây Ban Nha",
            "Na Uy",
            "Thụy Điển",
            "Đan Mạch",
            "Ả Rập Xê Út",
            "Bhutan",
            "Brunei",
        ],
    ),
    ("CHDCND", &["Lào", "Triều Tiên"]),
    ("Cộng hòa Dân chủ Nhân dân", &["Lào", "Triều Tiên"]),
    ("Cộng hòa Nhân dân", &["Trung Hoa", "Bangladesh"]),
    ("Cộng hòa Liên bang", &["Đức", "Nigeria", "Brazil"]),
    ("Liên bang", &["Nga", "Malaysia", "Thụy Sĩ"]),
    (
        "Cộng hòa",
        &[
            "Pháp",
            "Ấn Độ",
            "Singapore",
            "Indonesia",
            "Philippines",
            "Cuba",
            "Italy",
            "Ý",
            "Séc",
            "Ba Lan",
            "Hàn Quốc",
            "Kazakhstan",
            "Belarus",
            "Chile",
            "Argentina",
            "Peru",
            "Mozambique",
            "Angola",
            "Nam Phi",
            "Áo",
            "Phần Lan",
            "Bulgaria",
            "Hungary",
            "Slovakia",
            "Thổ Nhĩ Kỳ",
            "Ai Cập",
            "Iran",
            "Iraq",
            "Colombia",
            "Venezuela",
        ],
    ),
    ("Hợp chúng quốc", &["Hoa Kỳ"]),
    ("Đại Hàn", &["Dân Quốc"]),
];

/// Every way a country's official name is written: the form's first word
/// capitalized and each later word in either case ("Vương Quốc Campuchia",
/// "Cộng hòa dân chủ nhân dân Lào", "Cộng hòa dân chủ Nhân dân Lào"), with
/// either tone placement of "hòa"/"hoà".
fn country_official_names() -> Vec<String> {
    let case_variants = |w: &str| -> [String; 2] {
        let mut cs = w.chars();
        let first = cs.next().unwrap_or(' ');
        let rest = cs.as_str();
        [
            first.to_lowercase().chain(rest.chars()).collect(),
            first.to_uppercase().chain(rest.chars()).collect(),
        ]
    };
    let mut names = Vec::new();
    for (form, countries) in COUNTRY_FORMS {
        let mut forms = vec![String::new()];
        for (i, word) in form.split(' ').enumerate() {
            let variants: Vec<String> = match i {
                0 => vec![word.to_string()],
                _ => case_variants(word).to_vec(),
            };
            forms = forms
                .iter()
                .flat_map(|f| {
                    variants.iter().map(move |v| match f.is_empty() {
                        true => v.clone(),
                        false => format!("{f} {v}"),
                    })
                })
                .collect();
        }
        let other_tone: Vec<String> = forms
            .iter()
            .filter(|f| f.contains("hòa"))
            .map(|f| f.replace("hòa", "hoà"))
            .collect();
        forms.extend(other_tone);
        forms.sort();
        forms.dedup();
        for f in &forms {
            for country in *countries {
                names.push(format!("{f} {country}"));
            }
        }
    }
    names
}

/// (text, numbered, dot, commune)
const TYPE_WORDS: &[(&str, bool, bool, bool)] = &[
    ("tỉnh", false, false, false),
    ("Tỉnh", false, false, false),
    ("huyện", false, false, false),
    ("Huyện", false, false, false),
    ("quận", true, false, false),
    ("Quận", true, false, false),
    ("thị xã", false, false, false),
    ("Thị xã", false, false, false),
    ("thành phố", false, false, false),
    ("Thành phố", false, false, false),
    ("TP", false, false, false),
    ("TP.", false, true, false),
    ("Tp", false, false, false),
    ("Tp.", false, true, false),
    ("tp.", false, true, false),
    ("TX", false, false, false),
    ("TX.", false, true, false),
    ("Tx.", false, true, false),
    ("thủ đô", false, false, false),
    ("Thủ đô", false, false, false),
    ("xã", false, false, true),
    ("Xã", false, false, true),
    // Short forms of the 2025 units: "UBND P.Hạc Thành", "X.Tân Hòa", "Q.3".
    ("X.", false, true, true),
    ("P.", true, true, true),
    ("Q.", true, true, false),
    ("phường", true, false, true),
    ("Phường", true, false, true),
    ("thị trấn", false, false, true),
    ("Thị trấn", false, false, true),
    ("TT.", false, true, true),
    ("đảo", false, false, false),
    ("Đảo", false, false, false),
    ("huyện đảo", false, false, false),
    ("Huyện đảo", false, false, false),
    ("quần đảo", false, false, false),
    ("Quần đảo", false, false, false),
    ("đặc khu", false, false, true),
    ("Đặc khu", false, false, true),
    // Villages and hamlets: "thôn Cây Chanh", "ấp 3". ("bản" is left out: it
    // also counts documents, "bản Cam kết".)
    ("thôn", true, false, true),
    ("ấp", true, false, true),
    // Urban quarters: "khu phố 4", "khu phố Thạch Động", "tổ dân phố Mỹ
    // Thạch Tây" (a longer word than "phố" alone, which names a street).
    ("khu phố", true, false, true),
    ("Khu phố", true, false, true),
    ("tổ dân phố", true, false, true),
    ("Tổ dân phố", true, false, true),
    // Industrial parks and economic zones by their abbreviation, like "TP":
    // "KCN Tiên Thanh" → "Tiên Thanh" (the full capitalized name is a venue).
    ("KCN", false, false, true),
    ("KKT", false, false, true),
    ("Khu KT", false, false, true),
    ("Khu CN", false, false, true),
];

/// Words of villages and hamlets below the commune ("bản Mường Lống", "xóm
/// Vầy Ang", "Thôn Phù Lưu 2"; the lower-case "thôn", "ấp" are type words above),
/// of rivers, canals and mountains ("sông Nho Quế", "rạch Đôi Ma", "núi Chư
/// Pông"), and of venues named in lower case ("cửa khẩu quốc tế Mộc Bài",
/// "cảng Tân Vũ", "chợ Bến Thành": the name alone; capitalized, "Cửa khẩu
/// quốc tế Lào Cai" is a venue's whole name, read in `place/venues.rs`).
const VILLAGE_WORDS: &[&str] = &[
    "xóm", "Xóm", "bon", "Bon", "Thôn", "Ấp", "bản", "Bản", "buôn", "Buôn", "làng", "Làng", "sông",
    "suối", "rạch", "kênh", "núi",
];

/// Venue words among the village words: their name has two syllables at
/// least ("Trung tâm thương mại chợ Nga" is one venue's name).
pub const VENUE_WORDS: &[&str] = &[
    "cửa khẩu",
    "cửa khẩu quốc tế",
    "cửa khẩu chính",
    "cảng",
    "cảng biển",
    "sân bay",
    "chợ",
    "bãi biển",
    "vịnh",
    "đèo",
    // Lagoons and reservoirs: "phá Tam Giang", "hồ chứa nước Khe Ngang".
    "phá",
    "đầm",
    "hồ chứa",
    "hồ chứa nước",
    // Estuaries: "cửa biển Rạch Gốc".
    "cửa biển",
    "cửa sông",
];

fn parse_level(s: &str) -> Option<Level> {
    Some(match s {
        "C" => Level::Country,
        "F" => Level::Foreign,
        "R" => Level::Region,
        "P" => Level::Province,
        "D" => Level::District,
        "W" => Level::Commune,
        _ => return None,
    })
}

/// Spelling variants a text may use for a gazetteer name.
fn variants(name: &str, level: Level) -> Vec<String> {
    let mut out = vec![name.to_string()];
    let swaps: &[(&str, &str)] = &[
        ("Đắk", "Đăk"),
        ("Lắk", "Lăk"),
        ("Đắk", "Đắc"),
        ("Đắk", "Dak"),
    ];
    for (a, b) in swaps {
        let more: Vec<String> = out
            .iter()
            .filter(|v| v.contains(a))
            .map(|v| v.replace(a, b))
            .collect();
        out.extend(more);
    }
    // Highland names with an apostrophe in either case after it ("Cư M'gar",
    // "Cư M'Gar"), and "Glong" as pages write it ("Đắk G'Long", "Đắk G'long").
    let apostrophes: Vec<String> = out
        .iter()
        .flat_map(|v| {
            let glong = v.replace(" Gl", " G'l");
            [
                apostrophe_case(v, char::to_ascii_uppercase),
                apostrophe_case(v, char::to_ascii_lowercase),
                apostrophe_case(&glong, char::to_ascii_uppercase),
                glong,
            ]
        })
        .collect();
    for v in apostrophes {
        if !out.contains(&v) {
            out.push(v);
        }
    }
    // Hyphenated names as pages space them: "Bà Rịa-Vũng Tàu", "Bà Rịa- Vũng Tàu".
    if name.contains(" - ") {
        for dash in ["-", " – ", "–", "- ", " -"] {
            out.push(name.replace(" - ", dash));
        }
    }
    if name == "Thừa Thiên Huế" {
        for dash in [" - ", "-", "- ", " -"] {
            out.push(format!("Thừa Thiên{dash}Huế"));
        }
    }
    // Sentence-initial "Miền Trung", "Châu Á".
    if name.starts_with(char::is_lowercase) {
        let mut c = name.chars();
        let first: String = c.next().into_iter().flat_map(char::to_uppercase).collect();
        out.push(first + c.as_str());
    }
    // All-caps headlines for the prominent names of two or more syllables.
    if level <= Level::Province && name.contains(' ') && name != "Hồ Chí Minh" {
        let upper: Vec<String> = out.iter().map(|v| v.to_uppercase()).collect();
        out.extend(upper);
    }
    out
}

/// `name` with the ASCII letter right after each apostrophe put in `case`.
fn apostrophe_case(name: &str, case: fn(&char) -> char) -> String {
    let mut after_apostrophe = false;
    name.chars()
        .map(|c| {
            let out = if after_apostrophe { case(&c) } else { c };
            after_apostrophe = c == '\'';
            out
        })
        .collect()
}

/// Every pattern, each once, with what it stands for, in priority order (the
/// first, most prominent reading of a string wins).
pub fn patterns() -> Vec<(String, What)> {
    let mut out: Vec<(String, What)> = Vec::new();
    let mut seen: HashSet<String> = HashSet::new();
    let mut add = |p: String, w: What, out: &mut Vec<(String, What)>| {
        if seen.insert(p.clone()) {
            out.push((p, w));
        }
    };
    for w in WHOLE {
        add(w.to_string(), What::Whole, &mut out);
    }
    for w in country_official_names() {
        add(w, What::Whole, &mut out);
    }
    for &(t, numbered, dot, commune) in TYPE_WORDS {
        let tw = TypeWord {
            numbered,
            dot,
            commune,
            village: false,
        };
        add(t.to_string(), What::Type(tw), &mut out);
    }
    for t in VILLAGE_WORDS.iter().chain(VENUE_WORDS) {
        let tw = TypeWord {
            numbered: false,
            dot: false,
            commune: false,
            village: true,
        };
        add(t.to_string(), What::Type(tw), &mut out);
    }
    for line in GAZETTEER.lines() {
        if line.starts_with('#') || line.is_empty() {
            continue;
        }
        let mut cols = line.split('\t');
        let (Some(level), Some(name)) = (cols.next().and_then(parse_level), cols.next()) else {
            continue;
        };
        let first = name.split([' ', '-']).next().unwrap_or("");
        let single = !name.contains([' ', '-']);
        let needs_type = name == "Hồ Chí Minh"
            || (level == Level::District
                && (single || (PERSON_FIRST.contains(&first) && !PERSON_FIRST_OK.contains(&name))));
        let w = What::Name {
            level,
            single,
            needs_type,
        };
        for v in variants(name, level) {
            add(v, w, &mut out);
        }
    }
    out
}

/// `what` in one byte, as `build.rs` writes it; the look-up's value for a
/// pattern is its id shifted left by 8 bits, or this.
pub fn encode(what: What) -> u8 {
    let bit = |b: bool, n: u8| u8::from(b) << n;
    match what {
        What::Whole => 0,
        What::Type(t) => {
            1 | bit(t.numbered, 2) | bit(t.dot, 3) | bit(t.commune, 4) | bit(t.village, 5)
        }
        What::Name {
            level,
            single,
            needs_type,
        } => 2 | bit(single, 2) | bit(needs_type, 3) | ((level as u8) << 4),
    }
}

/// The inverse of [`encode`].
pub fn decode(code: u8) -> What {
    let bit = |n: u8| code & (1 << n) != 0;
    match code & 3 {
        0 => What::Whole,
        1 => What::Type(TypeWord {
            numbered: bit(2),
            dot: bit(3),
            commune: bit(4),
            village: bit(5),
        }),
        _ => What::Name {
            level: match code >> 4 {
                0 => Level::Country,
                1 => Level::Foreign,
                2 => Level::Region,
                3 => Level::Province,
                4 => Level::District,
                _ => Level::Commune,
            },
            single: bit(2),
            needs_type: bit(3),
        },
    }
}
