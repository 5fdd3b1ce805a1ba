//! Turning the bytes a user hands over (a file, a paste, stdin) into text,
//! with a clear verdict: which encoding it was, what was converted, or why it
//! cannot be read. Shared by the CLI and the web app.
//!
//! ```
//! let d = soi::input::decode("Tỉnh ủy Quảng Nam".as_bytes()).unwrap();
//! assert_eq!(d.encoding, soi::input::Encoding::Utf8);
//! // TCVN3 (ABC) text that was read as Windows-1252 is converted back:
//! let d = soi::input::decode("TØnh ñy Qu¶ng Nam".as_bytes()).unwrap();
//! assert_eq!(d.text, "Tỉnh ủy Quảng Nam");
//! assert_eq!(d.encoding, soi::input::Encoding::Tcvn3);
//! ```
//!
//! Rules, in order:
//! 1. More than [`MAX_INPUT_BYTES`] → [`InputError::TooLarge`]; no bytes → [`InputError::Empty`].
//! 2. A byte-order mark: UTF-8 (stripped), UTF-16 LE/BE.
//! 3. Magic numbers of common binary formats (PDF, images, ZIP/.docx, old
//!    .doc, …) or NUL bytes → [`InputError::Binary`]. UTF-16 without a BOM
//!    (every other byte NUL) is recognised and decoded.
//! 4. Valid UTF-8 is taken as is, unless it is legacy TCVN3 or VNI text that
//!    was read as Latin-1/Windows-1252 (`TØnh ñy`, `Haø Noäi`): then it is
//!    converted to Unicode and `note` says so.
//! 5. Not UTF-8: the best of Windows-1258, TCVN3 and VNI (judged by how many
//!    words come out as Vietnamese syllables), normalized to NFC; `note` says so.
//!
//! Line ends are normalized to `\n` (as Python's text mode does, so code-point
//! offsets agree with the scorer). Text that is only white space is
//! [`InputError::Empty`].

use std::fmt;

use crate::unorm::UnicodeNormalization;

/// The largest input accepted: 20 MB.
pub const MAX_INPUT_BYTES: usize = 20 * 1024 * 1024;

/// The language of user-facing messages: the CLI's and the Python
/// package's errors, and the web app's whole interface (`app::i18n`). No
/// default: the CLI falls back to English, the app to Vietnamese.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lang {
    En,
    Vi,
}

impl Lang {
    /// The language for a tag such as `vi-VN`, `en_US.UTF-8`, `$LANG` or
    /// `navigator.language`.
    pub fn from_tag(tag: &str) -> Lang {
        if tag.to_ascii_lowercase().starts_with("vi") {
            Lang::Vi
        } else {
            Lang::En
        }
    }
}

/// What the bytes were.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    Utf8,
    /// UTF-8 with a byte-order mark (stripped from the text).
    Utf8Bom,
    Utf16Le,
    Utf16Be,
    Windows1258,
    /// TCVN 5712:1993 VN3, "ABC" fonts (`.VnTime`).
    Tcvn3,
    /// VNI fonts (`VNI-Times`).
    Vni,
}

impl Encoding {
    pub fn name(self) -> &'static str {
        match self {
            Encoding::Utf8 => "UTF-8",
            Encoding::Utf8Bom => "UTF-8 with BOM",
            Encoding::Utf16Le => "UTF-16LE",
            Encoding::Utf16Be => "UTF-16BE",
            Encoding::Windows1258 => "Windows-1258",
            Encoding::Tcvn3 => "TCVN3 (ABC)",
            Encoding::Vni => "VNI",
        }
    }
}

impl fmt::Display for Encoding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// Text ready for [`crate::analyze`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    pub text: String,
    pub encoding: Encoding,
    /// Set when something was converted or guessed: worth showing the user.
    pub note: Option<String>,
}

/// Why the bytes cannot be analyzed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum InputError {
    /// No bytes, or only white space.
    Empty,
    TooLarge {
        size: usize,
        max: usize,
    },
    /// Not text: `kind` is "PDF", "image", "zip or .docx", …
    Binary {
        kind: &'static str,
    },
    /// Text in a legacy encoding that could not be converted.
    LegacyEncoding {
        name: &'static str,
    },
}

impl InputError {
    /// A message for the user.
    pub fn message(&self, lang: Lang) -> String {
        match (self, lang) {
            (InputError::Empty, Lang::En) => "The input is empty: there is no text to analyze.".into(),
            (InputError::Empty, Lang::Vi) => "Dữ liệu trống: không có văn bản để phân tích.".into(),
            (InputError::TooLarge { size, max }, Lang::En) => format!(
                "The input is too large ({}); the limit is {}.",
                human_size(*size),
                human_size(*max)
            ),
            (InputError::TooLarge { size, max }, Lang::Vi) => format!(
                "Dữ liệu quá lớn ({}); giới hạn là {}.",
                human_size(*size),
                human_size(*max)
            ),
            (InputError::Binary { kind }, Lang::En) => format!(
                "This is not plain text (it looks like {}). Copy the article's text, or save it as a .txt file in UTF-8.",
                english_kind(kind)
            ),
            (InputError::Binary { kind }, Lang::Vi) => format!(
                "Đây không phải văn bản thuần (có vẻ là {}). Hãy sao chép nội dung bài viết, hoặc lưu thành tệp .txt mã UTF-8.",
                vietnamese_kind(kind)
            ),
            (InputError::LegacyEncoding { name }, Lang::En) => format!(
                "The text is in the legacy {name} encoding and could not be converted. Convert it to Unicode (e.g. with UniKey's converter) and try again."
            ),
            (InputError::LegacyEncoding { name }, Lang::Vi) => format!(
                "Văn bản dùng bảng mã cũ {name} và không chuyển đổi được. Hãy chuyển sang Unicode (ví dụ bằng công cụ chuyển mã của UniKey) rồi thử lại."
            ),
        }
    }
}

impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

impl std::error::Error for InputError {}

fn human_size(n: usize) -> String {
    if n >= 1024 * 1024 {
        format!("{:.1} MB", n as f64 / (1024.0 * 1024.0))
    } else if n >= 1024 {
        format!("{:.1} KB", n as f64 / 1024.0)
    } else {
        format!("{n} bytes")
    }
}

fn english_kind(kind: &str) -> String {
    match kind {
        "image" => "an image".into(),
        "zip or .docx" => "a zip archive or a .docx document".into(),
        "binary data" => "binary data".into(),
        k if k.starts_with(['A', 'E', 'I', 'O', 'U']) => format!("an {k} file"),
        k => format!("a {k} file"),
    }
}

fn vietnamese_kind(kind: &str) -> String {
    match kind {
        "image" => "một tệp ảnh".into(),
        "zip or .docx" => "tệp nén zip hoặc tài liệu .docx".into(),
        "binary data" => "dữ liệu nhị phân".into(),
        k => format!("tệp {k}"),
    }
}

/// Decodes what the user handed over. See the module docs for the rules.
pub fn decode(bytes: &[u8]) -> Result<Decoded, InputError> {
    if bytes.len() > MAX_INPUT_BYTES {
        return Err(InputError::TooLarge {
            size: bytes.len(),
            max: MAX_INPUT_BYTES,
        });
    }
    if bytes.is_empty() {
        return Err(InputError::Empty);
    }
    let decoded = decode_inner(bytes)?;
    if decoded.text.trim().is_empty() {
        return Err(InputError::Empty);
    }
    Ok(decoded)
}

fn decode_inner(bytes: &[u8]) -> Result<Decoded, InputError> {
    // Byte-order marks.
    if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        return match std::str::from_utf8(rest) {
            Ok(s) => Ok(finish_unicode(s, Encoding::Utf8Bom)),
            Err(_) => Ok(decode_legacy(rest)),
        };
    }
    if bytes.starts_with(b"\xFF\xFE") || bytes.starts_with(b"\xFE\xFF") {
        let encoding = if bytes[0] == 0xFF {
            Encoding::Utf16Le
        } else {
            Encoding::Utf16Be
        };
        let (text, had_errors) = codec::decode(codec::Codec::utf16(encoding), bytes, true);
        let mut d = finish_unicode(&text, encoding);
        if had_errors {
            d.note = Some(format!(
                "Some bytes were not valid {}; they were replaced by \u{FFFD}.",
                encoding.name()
            ));
        }
        return Ok(d);
    }
    if let Some(kind) = binary_kind(bytes) {
        return Err(InputError::Binary { kind });
    }
    if bytes.contains(&0) {
        if let Some(encoding) = utf16_without_bom(bytes) {
            let (text, _) = codec::decode(codec::Codec::utf16(encoding), bytes, false);
            let mut d = finish_unicode(&text, encoding);
            d.note = Some(format!(
                "The text had no byte-order mark; it was read as {}.",
                encoding.name()
            ));
            return Ok(d);
        }
        return Err(InputError::Binary {
            kind: "binary data",
        });
    }
    match std::str::from_utf8(bytes) {
        Ok(s) => Ok(finish_unicode(s, Encoding::Utf8)),
        Err(_) => Ok(decode_legacy(bytes)),
    }
}

/// Unicode text: fix legacy text read as Windows-1252, normalize line ends.
fn finish_unicode(s: &str, encoding: Encoding) -> Decoded {
    if let Some((text, legacy)) = convert_mojibake(s) {
        let note = format!(
            "The text looked like {} text read as Windows-1252 (for example \"{}\"); it was converted to Unicode.",
            legacy.name(),
            first_odd_word(s)
        );
        return Decoded {
            text: normalize_newlines(&text),
            encoding: legacy,
            note: Some(note),
        };
    }
    Decoded {
        text: normalize_newlines(s),
        encoding,
        note: None,
    }
}

/// Bytes that are not UTF-8: the best of Windows-1258, TCVN3, VNI.
fn decode_legacy(bytes: &[u8]) -> Decoded {
    let (w1258, _) = codec::decode(codec::Codec::Windows1258, bytes, false);
    let w1258: String = w1258.nfc().collect();
    let (latin, _) = codec::decode(codec::Codec::Windows1252, bytes, false);
    let tcvn = tcvn3_to_unicode(&latin);
    let vni = vni_to_unicode(&latin);
    let mut best = (syllable_score(&w1258), Encoding::Windows1258, w1258);
    for (text, enc) in [(tcvn, Encoding::Tcvn3), (vni, Encoding::Vni)] {
        let s = syllable_score(&text);
        if s > best.0 {
            best = (s, enc, text);
        }
    }
    let (_, encoding, text) = best;
    let note = format!(
        "The text was not valid UTF-8; it was read as {} and converted to Unicode. Check that the accents look right.",
        encoding.name()
    );
    Decoded {
        text: normalize_newlines(&text),
        encoding,
        note: Some(note),
    }
}

/// The byte decoders for what is not UTF-8, all as the WHATWG Encoding
/// Standard defines them: natively encoding_rs; in the browser its own
/// `TextDecoder` (the same standard), so the wasm carries no encoding tables.
mod codec {
    use std::borrow::Cow;

    use super::Encoding;

    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub enum Codec {
        Utf16Le,
        Utf16Be,
        Windows1258,
        /// Also what Latin-1 means on the web.
        Windows1252,
    }

    impl Codec {
        /// UTF-16 in the byte order of `encoding` (`Utf16Le` or `Utf16Be`).
        pub fn utf16(encoding: Encoding) -> Codec {
            if encoding == Encoding::Utf16Be {
                Codec::Utf16Be
            } else {
                Codec::Utf16Le
            }
        }
    }

    /// `bytes` decoded, with malformed sequences replaced by U+FFFD, and
    /// whether there were any. `strip_bom`: a leading byte-order mark of this
    /// encoding is dropped (UTF-16 only); otherwise it is kept as U+FEFF.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn decode(codec: Codec, bytes: &[u8], strip_bom: bool) -> (Cow<'_, str>, bool) {
        let encoding = match codec {
            Codec::Utf16Le => encoding_rs::UTF_16LE,
            Codec::Utf16Be => encoding_rs::UTF_16BE,
            Codec::Windows1258 => encoding_rs::WINDOWS_1258,
            Codec::Windows1252 => encoding_rs::WINDOWS_1252,
        };
        if strip_bom {
            encoding.decode_with_bom_removal(bytes)
        } else {
            encoding.decode_without_bom_handling(bytes)
        }
    }

    /// The same through the browser's `TextDecoder`. Its UTF-16 decoders drop
    /// a leading byte-order mark of their own unless told not to; they are
    /// only asked to keep one (`strip_bom` false) for bytes that do not start
    /// with one, and the single-byte decoders never drop anything.
    #[cfg(target_arch = "wasm32")]
    pub fn decode(codec: Codec, bytes: &[u8], _strip_bom: bool) -> (Cow<'_, str>, bool) {
        let label = match codec {
            Codec::Utf16Le => "utf-16le",
            Codec::Utf16Be => "utf-16be",
            Codec::Windows1258 => "windows-1258",
            Codec::Windows1252 => "windows-1252",
        };
        let with = |fatal: bool| {
            let options = web_sys::TextDecoderOptions::new();
            options.set_fatal(fatal);
            web_sys::TextDecoder::new_with_label_and_options(label, &options)
                .and_then(|d| d.decode_with_u8_array(bytes))
                .ok()
        };
        // Strict first: an error means there were malformed sequences.
        match with(true) {
            Some(text) => (Cow::Owned(text), false),
            None => (
                Cow::Owned(
                    with(false).unwrap_or_else(|| String::from_utf8_lossy(bytes).into_owned()),
                ),
                true,
            ),
        }
    }
}

fn normalize_newlines(s: &str) -> String {
    if !s.contains('\r') {
        return s.to_string();
    }
    s.replace("\r\n", "\n").replace('\r', "\n")
}

/// The format of a binary file, from its first bytes.
fn binary_kind(b: &[u8]) -> Option<&'static str> {
    const MAGIC: &[(&[u8], &str)] = &[
        (b"%PDF", "PDF"),
        (b"\x89PNG\r\n\x1a\n", "image"),
        (b"\xFF\xD8\xFF", "image"),
        (b"GIF87a", "image"),
        (b"GIF89a", "image"),
        (b"BM", "image"),
        (b"II*\x00", "image"),
        (b"MM\x00*", "image"),
        (b"PK\x03\x04", "zip or .docx"),
        (b"PK\x05\x06", "zip or .docx"),
        (b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", "Word 97-2003 (.doc)"),
        (b"{\\rtf", "RTF"),
        (b"\x1F\x8B", "gzip"),
        (b"7z\xBC\xAF\x27\x1C", "7-Zip"),
        (b"Rar!\x1A\x07", "RAR"),
        (b"\x7FELF", "executable"),
        (b"MZ", "executable"),
        (b"\x00asm", "WebAssembly"),
    ];
    for (magic, kind) in MAGIC {
        if b.starts_with(magic) {
            // "BM" and "MZ" are also how some words start: demand a NUL or
            // a control byte soon after to call them binary.
            if (*magic == b"BM" || *magic == b"MZ")
                && !b[..b.len().min(64)]
                    .iter()
                    .any(|&c| c < 0x09 || (0x0E..0x20).contains(&c))
            {
                continue;
            }
            return Some(kind);
        }
    }
    if b.len() >= 12 && &b[..4] == b"RIFF" && &b[8..12] == b"WEBP" {
        return Some("image");
    }
    None
}

/// UTF-16 without a BOM: one of the two byte lanes is nearly all NUL.
fn utf16_without_bom(b: &[u8]) -> Option<Encoding> {
    if b.len() < 4 || !b.len().is_multiple_of(2) {
        return None;
    }
    let sample = &b[..b.len().min(4096)];
    let pairs = sample.len() / 2;
    let even_nul = sample.iter().step_by(2).filter(|&&c| c == 0).count();
    let odd_nul = sample
        .iter()
        .skip(1)
        .step_by(2)
        .filter(|&&c| c == 0)
        .count();
    // Vietnamese in UTF-16 has many non-NUL high bytes (U+1Exx), so only
    // demand a third of the units to be ASCII-range.
    if odd_nul * 3 >= pairs && even_nul * 20 <= pairs {
        Some(Encoding::Utf16Le)
    } else if even_nul * 3 >= pairs && odd_nul * 20 <= pairs {
        Some(Encoding::Utf16Be)
    } else {
        None
    }
}

// ---------------------------------------------------------------------------
// Legacy encodings read as Windows-1252.

/// The Windows-1252 characters of bytes 0x80–0x9F (so that text decoded as
/// Windows-1252 can be turned back into bytes).
const CP1252_HIGH: [char; 32] = [
    '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8D}', 'Ž', '\u{8F}',
    '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9D}', 'ž', 'Ÿ',
];

/// The byte a character came from when bytes were read as Windows-1252 or
/// Latin-1.
fn cp1252_byte(c: char) -> Option<u8> {
    let u = c as u32;
    if u < 0x80 || (0xA0..=0xFF).contains(&u) {
        return Some(u as u8);
    }
    if (0x80..0xA0).contains(&u) {
        return Some(u as u8);
    }
    CP1252_HIGH
        .iter()
        .position(|&h| h == c)
        .map(|i| 0x80 + i as u8)
}

/// TCVN 5712:1993 VN3 ("ABC", `.VnTime`): byte → letter. Capitals with a
/// tone mark have no code in VN3 (`.VnTimeH` fonts draw the lower-case codes
/// as capitals), so headings come out in lower case.
const TCVN3: &[(u8, char)] = &[
    (0xA1, 'Ă'),
    (0xA2, 'Â'),
    (0xA3, 'Ê'),
    (0xA4, 'Ô'),
    (0xA5, 'Ơ'),
    (0xA6, 'Ư'),
    (0xA7, 'Đ'),
    (0xA8, 'ă'),
    (0xA9, 'â'),
    (0xAA, 'ê'),
    (0xAB, 'ô'),
    (0xAC, 'ơ'),
    (0xAD, 'ư'),
    (0xAE, 'đ'),
    (0xB5, 'à'),
    (0xB6, 'ả'),
    (0xB7, 'ã'),
    (0xB8, 'á'),
    (0xB9, 'ạ'),
    (0xBB, 'ằ'),
    (0xBC, 'ẳ'),
    (0xBD, 'ẵ'),
    (0xBE, 'ắ'),
    (0xC6, 'ặ'),
    (0xC7, 'ầ'),
    (0xC8, 'ẩ'),
    (0xC9, 'ẫ'),
    (0xCA, 'ấ'),
    (0xCB, 'ậ'),
    (0xCC, 'è'),
    (0xCE, 'ẻ'),
    (0xCF, 'ẽ'),
    (0xD0, 'é'),
    (0xD1, 'ẹ'),
    (0xD2, 'ề'),
    (0xD3, 'ể'),
    (0xD4, 'ễ'),
    (0xD5, 'ế'),
    (0xD6, 'ệ'),
    (0xD7, 'ì'),
    (0xD8, 'ỉ'),
    (0xDC, 'ĩ'),
    (0xDD, 'í'),
    (0xDE, 'ị'),
    (0xDF, 'ò'),
    (0xE1, 'ỏ'),
    (0xE2, 'õ'),
    (0xE3, 'ó'),
    (0xE4, 'ọ'),
    (0xE5, 'ồ'),
    (0xE6, 'ổ'),
    (0xE7, 'ỗ'),
    (0xE8, 'ố'),
    (0xE9, 'ộ'),
    (0xEA, 'ờ'),
    (0xEB, 'ở'),
    (0xEC, 'ỡ'),
    (0xED, 'ớ'),
    (0xEE, 'ợ'),
    (0xEF, 'ù'),
    (0xF1, 'ủ'),
    (0xF2, 'ũ'),
    (0xF3, 'ú'),
    (0xF4, 'ụ'),
    (0xF5, 'ừ'),
    (0xF6, 'ử'),
    (0xF7, 'ữ'),
    (0xF8, 'ứ'),
    (0xF9, 'ự'),
    (0xFA, 'ỳ'),
    (0xFB, 'ỷ'),
    (0xFC, 'ỹ'),
    (0xFD, 'ý'),
    (0xFE, 'ỵ'),
];

/// Converts TCVN3 text that was read as Windows-1252 (or Latin-1) to Unicode.
/// Characters that are not TCVN3 codes are kept.
pub fn tcvn3_to_unicode(s: &str) -> String {
    let mut table = ['\0'; 256];
    for &(b, c) in TCVN3 {
        table[b as usize] = c;
    }
    s.chars()
        .map(|c| match cp1252_byte(c) {
            Some(b) if table[b as usize] != '\0' => table[b as usize],
            _ => c,
        })
        .collect()
}

/// VNI: letters that take one byte of their own (read as Windows-1252).
const VNI_SINGLE: &[(char, char)] = &[
    ('ñ', 'đ'),
    ('Ñ', 'Đ'),
    ('ö', 'ư'),
    ('Ö', 'Ư'),
    ('ô', 'ơ'),
    ('Ô', 'Ơ'),
    ('æ', 'ỉ'),
    ('Æ', 'Ỉ'),
    ('ó', 'ĩ'),
    ('Ó', 'Ĩ'),
    ('ò', 'ị'),
    ('Ò', 'Ị'),
    ('î', 'ỵ'),
    ('Î', 'Ỵ'),
];

/// The mark a VNI byte after a vowel adds: (vowel mark, tone mark) as
/// combining characters; `'\0'` for none.
fn vni_mark(c: char) -> Option<(char, char)> {
    const CIRC: char = '\u{302}';
    const BREVE: char = '\u{306}';
    const GRAVE: char = '\u{300}';
    const ACUTE: char = '\u{301}';
    const HOOK: char = '\u{309}';
    const TILDE: char = '\u{303}';
    const DOT: char = '\u{323}';
    Some(match c.to_lowercase().next()? {
        'ø' => ('\0', GRAVE),
        'ù' => ('\0', ACUTE),
        'û' => ('\0', HOOK),
        'õ' => ('\0', TILDE),
        'ï' => ('\0', DOT),
        'â' => (CIRC, '\0'),
        'à' => (CIRC, GRAVE),
        'á' => (CIRC, ACUTE),
        'å' => (CIRC, HOOK),
        'ã' => (CIRC, TILDE),
        'ä' => (CIRC, DOT),
        'ê' => (BREVE, '\0'),
        'è' => (BREVE, GRAVE),
        'é' => (BREVE, ACUTE),
        'ú' => (BREVE, HOOK),
        'ü' => (BREVE, TILDE),
        'ë' => (BREVE, DOT),
        _ => return None,
    })
}

/// Converts VNI text that was read as Windows-1252 (or Latin-1) to Unicode
/// (NFC). Characters that are not VNI codes are kept.
pub fn vni_to_unicode(s: &str) -> String {
    let single = |c: char| VNI_SINGLE.iter().find(|p| p.0 == c).map(|p| p.1);
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        let base = single(c).unwrap_or(c);
        let lower = base.to_lowercase().next().unwrap_or(base);
        let is_vowel = matches!(lower, 'a' | 'e' | 'o' | 'u' | 'y' | 'ư' | 'ơ');
        out.push(base);
        if !is_vowel {
            continue;
        }
        // One modifier byte may follow: a vowel mark and/or a tone mark.
        if let Some(&next) = chars.peek() {
            if let Some((vowel_mark, tone)) = vni_mark(next) {
                let ok = match vowel_mark {
                    '\u{302}' => matches!(lower, 'a' | 'e' | 'o'),
                    '\u{306}' => lower == 'a',
                    _ => true,
                };
                if ok {
                    chars.next();
                    if vowel_mark != '\0' {
                        out.push(vowel_mark);
                    }
                    if tone != '\0' {
                        out.push(tone);
                    }
                }
            }
        }
    }
    out.nfc().collect()
}

/// If `s` is TCVN3 or VNI text read as Windows-1252, the converted text.
fn convert_mojibake(s: &str) -> Option<(String, Encoding)> {
    // Genuine Unicode Vietnamese has letters beyond Windows-1252 (ư, ơ, đ,
    // ạ, …); mis-decoded legacy text has none.
    let mut non_ascii = 0usize;
    let mut unmappable = 0usize;
    for c in s.chars().filter(|c| !c.is_ascii()) {
        non_ascii += 1;
        if cp1252_byte(c).is_none() {
            unmappable += 1;
        }
    }
    if non_ascii == 0 || unmappable * 100 > non_ascii {
        return None;
    }
    let here = syllable_score(s);
    let mut best: Option<(Score, String, Encoding)> = None;
    for (text, enc) in [
        (tcvn3_to_unicode(s), Encoding::Tcvn3),
        (vni_to_unicode(s), Encoding::Vni),
    ] {
        let score = syllable_score(&text);
        if score.valid > score.invalid && score > here && best.as_ref().is_none_or(|b| score > b.0)
        {
            best = Some((score, text, enc));
        }
    }
    best.map(|(_, t, e)| (t, e))
}

/// The first word with a character outside ASCII (for notes).
fn first_odd_word(s: &str) -> String {
    s.split_whitespace()
        .find(|w| !w.is_ascii())
        .unwrap_or("")
        .chars()
        .take(30)
        .collect()
}

/// How Vietnamese a text looks: among words with a letter outside ASCII,
/// how many are well-formed syllables.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Score {
    valid: usize,
    invalid: usize,
}

impl PartialOrd for Score {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Score {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        let a = self.valid as i64 - self.invalid as i64;
        let b = other.valid as i64 - other.invalid as i64;
        a.cmp(&b).then(self.valid.cmp(&other.valid))
    }
}

fn syllable_score(s: &str) -> Score {
    let mut score = Score {
        valid: 0,
        invalid: 0,
    };
    for word in s.split(|c: char| c.is_whitespace() || (c.is_ascii() && !c.is_ascii_alphabetic())) {
        if word.is_empty() || word.is_ascii() {
            continue;
        }
        if crate::syllable::is_vietnamese_syllable(word) {
            score.valid += 1;
        } else {
            score.invalid += 1;
        }
    }
    score
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_plain() {
        let d = decode("Tỉnh ủy Quảng Nam".as_bytes()).unwrap();
        assert_eq!(d.text, "Tỉnh ủy Quảng Nam");
        assert_eq!(d.encoding, Encoding::Utf8);
        assert_eq!(d.note, None);
    }

    #[test]
    fn utf8_nfd_kept_as_is() {
        let nfd: String = "Việt Nam".nfd().collect();
        let d = decode(nfd.as_bytes()).unwrap();
        assert_eq!(d.text, nfd);
        assert_eq!(d.encoding, Encoding::Utf8);
    }

    #[test]
    fn utf8_bom_stripped() {
        let mut b = b"\xEF\xBB\xBF".to_vec();
        b.extend_from_slice("Hà Nội".as_bytes());
        let d = decode(&b).unwrap();
        assert_eq!(d.text, "Hà Nội");
        assert_eq!(d.encoding, Encoding::Utf8Bom);
    }

    #[test]
    fn crlf_normalized() {
        let d = decode("Dòng một\r\nDòng hai\rba".as_bytes()).unwrap();
        assert_eq!(d.text, "Dòng một\nDòng hai\nba");
    }

    fn utf16(s: &str, le: bool, bom: bool) -> Vec<u8> {
        let mut b = Vec::new();
        if bom {
            b.extend_from_slice(if le { b"\xFF\xFE" } else { b"\xFE\xFF" });
        }
        for u in s.encode_utf16() {
            b.extend_from_slice(&if le { u.to_le_bytes() } else { u.to_be_bytes() });
        }
        b
    }

    #[test]
    fn utf16_with_bom() {
        let s = "Đảng Cộng sản Việt Nam";
        let d = decode(&utf16(s, true, true)).unwrap();
        assert_eq!((d.text.as_str(), d.encoding), (s, Encoding::Utf16Le));
        let d = decode(&utf16(s, false, true)).unwrap();
        assert_eq!((d.text.as_str(), d.encoding), (s, Encoding::Utf16Be));
    }

    #[test]
    fn utf16_without_bom_is_recognised() {
        let s = "Ban Thường vụ Tỉnh ủy họp ngày 24/11/2023.";
        let d = decode(&utf16(s, true, false)).unwrap();
        assert_eq!((d.text.as_str(), d.encoding), (s, Encoding::Utf16Le));
        assert!(d.note.is_some());
        let d = decode(&utf16(s, false, false)).unwrap();
        assert_eq!((d.text.as_str(), d.encoding), (s, Encoding::Utf16Be));
    }

    #[test]
    #[cfg(not(target_arch = "wasm32"))]
    fn windows_1258_fallback() {
        let s = "Sáng 24/11, Ban Thường vụ Tỉnh ủy Quảng Nam họp phiên thường kỳ tháng 10.";
        // The encoder maps precomposed letters only where Windows-1258 has
        // them: hand it letters (â, ư, …) with the tone marks split off.
        let mut split = String::new();
        for c in s.chars() {
            let (tones, rest): (String, String) = std::iter::once(c).nfd().partition(|m| {
                matches!(m, '\u{300}' | '\u{301}' | '\u{303}' | '\u{309}' | '\u{323}')
            });
            split.extend(rest.nfc());
            split.push_str(&tones);
        }
        let (bytes, _, unmappable) = encoding_rs::WINDOWS_1258.encode(&split);
        assert!(!unmappable);
        assert!(std::str::from_utf8(&bytes).is_err());
        let d = decode(&bytes).unwrap();
        assert_eq!(d.text, s, "decoded to NFC");
        assert_eq!(d.encoding, Encoding::Windows1258);
        assert!(d.note.unwrap().contains("Windows-1258"));
    }

    #[test]
    fn tcvn3_samples() {
        assert_eq!(tcvn3_to_unicode("TØnh ñy Qu¶ng Nam"), "Tỉnh ủy Quảng Nam");
        assert_eq!(
            tcvn3_to_unicode("§¶ng Céng s¶n ViÖt Nam"),
            "Đảng Cộng sản Việt Nam"
        );
        assert_eq!(tcvn3_to_unicode("Thñ t\u{AD}íng"), "Thủ tướng");
        assert_eq!(tcvn3_to_unicode("Uû ban nh©n d©n"), "Uỷ ban nhân dân");
        assert_eq!(
            tcvn3_to_unicode("céng hßa x· héi chñ nghÜa viÖt nam"),
            "cộng hòa xã hội chủ nghĩa việt nam"
        );
        assert_eq!(
            tcvn3_to_unicode("®éc lËp - tù do - h¹nh phóc"),
            "độc lập - tự do - hạnh phúc"
        );
    }

    #[test]
    fn vni_samples() {
        assert_eq!(vni_to_unicode("Haø Noäi"), "Hà Nội");
        assert_eq!(vni_to_unicode("ñöôïc"), "được");
        assert_eq!(
            vni_to_unicode("COÄNG HOØA XAÕ HOÄI CHUÛ NGHÓA VIEÄT NAM"),
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
        );
        assert_eq!(
            vni_to_unicode("Ñoäc laäp - Töï do - Haïnh phuùc"),
            "Độc lập - Tự do - Hạnh phúc"
        );
        assert_eq!(vni_to_unicode("thaéng lôïi, naêm"), "thắng lợi, năm");
    }

    #[test]
    fn tcvn3_mojibake_detected_in_utf8() {
        for (mojibake, unicode) in [
            ("TØnh ñy Qu¶ng Nam", "Tỉnh ủy Quảng Nam"),
            ("§¶ng Céng s¶n ViÖt Nam", "Đảng Cộng sản Việt Nam"),
        ] {
            let d = decode(mojibake.as_bytes()).unwrap();
            assert_eq!(d.text, unicode);
            assert_eq!(d.encoding, Encoding::Tcvn3);
            assert!(d.note.unwrap().contains("TCVN3"));
        }
    }

    #[test]
    fn vni_mojibake_detected_in_utf8() {
        for (mojibake, unicode) in [
            ("Haø Noäi", "Hà Nội"),
            ("ñöôïc", "được"),
            (
                "UÛy ban nhaân daân tænh Quaûng Nam ñaõ toå chöùc hoäi nghò.",
                "Ủy ban nhân dân tỉnh Quảng Nam đã tổ chức hội nghị.",
            ),
        ] {
            let d = decode(mojibake.as_bytes()).unwrap();
            assert_eq!(d.text, unicode);
            assert_eq!(d.encoding, Encoding::Vni);
        }
    }

    #[test]
    fn raw_legacy_bytes() {
        // TCVN3 bytes as they sit in an old .txt file.
        let tcvn: Vec<u8> = "TØnh ñy Qu¶ng Nam häp phiªn th\u{AD}êng kú"
            .chars()
            .map(|c| cp1252_byte(c).unwrap())
            .collect();
        let d = decode(&tcvn).unwrap();
        assert_eq!(d.encoding, Encoding::Tcvn3);
        assert_eq!(d.text, "Tỉnh ủy Quảng Nam họp phiên thường kỳ");
        let vni: Vec<u8> = "Haø Noäi ñöôïc"
            .chars()
            .map(|c| cp1252_byte(c).unwrap())
            .collect();
        let d = decode(&vni).unwrap();
        assert_eq!(d.encoding, Encoding::Vni);
        assert_eq!(d.text, "Hà Nội được");
    }

    #[test]
    fn genuine_text_untouched() {
        for s in [
            "Cà Mau",
            "café à l'école",
            "© 2023 Báo Quảng Nam",
            "Giá trị đạt 60,52%, tăng 1,5 lần.",
            "Phó Bí thư Thường trực Tỉnh ủy Lê Văn Dũng",
        ] {
            let d = decode(s.as_bytes()).unwrap();
            assert_eq!(d.text, s);
            assert_eq!(d.encoding, Encoding::Utf8, "{s}");
        }
    }

    #[test]
    fn binary_formats() {
        let cases: &[(&[u8], &str)] = &[
            (b"%PDF-1.7\n%\xE2\xE3\xCF\xD3\n", "PDF"),
            (b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR", "image"),
            (b"\xFF\xD8\xFF\xE0\0\x10JFIF", "image"),
            (b"GIF89a\x01\0\x01\0", "image"),
            (b"PK\x03\x04\x14\0\x06\0", "zip or .docx"),
            (
                b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\0\0",
                "Word 97-2003 (.doc)",
            ),
            (b"abc\0\x01\x02\x03\xFF\xFE\x00\x00\x07", "binary data"),
        ];
        for (bytes, kind) in cases {
            assert_eq!(decode(bytes), Err(InputError::Binary { kind }), "{kind}");
        }
        // Words that merely start like a magic number are text.
        assert!(decode(b"BMW and MZ are letters").is_ok());
    }

    #[test]
    fn empty_and_blank() {
        assert_eq!(decode(b""), Err(InputError::Empty));
        assert_eq!(decode(b" \n\t \r\n"), Err(InputError::Empty));
        assert_eq!(decode(b"\xEF\xBB\xBF"), Err(InputError::Empty));
    }

    #[test]
    fn too_large() {
        let big = vec![b'a'; MAX_INPUT_BYTES + 1];
        assert_eq!(
            decode(&big),
            Err(InputError::TooLarge {
                size: MAX_INPUT_BYTES + 1,
                max: MAX_INPUT_BYTES
            })
        );
        assert!(decode(&big[..MAX_INPUT_BYTES]).is_ok());
    }

    #[test]
    fn messages_in_both_languages() {
        let errors = [
            InputError::Empty,
            InputError::TooLarge {
                size: 25 << 20,
                max: MAX_INPUT_BYTES,
            },
            InputError::Binary { kind: "PDF" },
            InputError::Binary { kind: "image" },
            InputError::Binary {
                kind: "zip or .docx",
            },
            InputError::LegacyEncoding { name: "VISCII" },
        ];
        for e in errors {
            let en = e.message(Lang::En);
            let vi = e.message(Lang::Vi);
            assert!(!en.is_empty() && !vi.is_empty() && en != vi);
            assert_eq!(e.to_string(), en);
        }
        assert!(InputError::Binary { kind: "PDF" }
            .message(Lang::En)
            .contains("a PDF file"));
        assert!(InputError::TooLarge {
            size: 25 << 20,
            max: MAX_INPUT_BYTES
        }
        .message(Lang::Vi)
        .contains("20.0 MB"));
        assert_eq!(Lang::from_tag("vi_VN.UTF-8"), Lang::Vi);
        assert_eq!(Lang::from_tag("en-US"), Lang::En);
    }
}
