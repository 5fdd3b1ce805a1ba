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
                human_size(*size, Lang::En),
                human_size(*max, Lang::En)
            ),
            (InputError::TooLarge { size, max }, Lang::Vi) => format!(
                "Dữ liệu quá lớn ({}); giới hạn là {}.",
                human_size(*size, Lang::Vi),
                human_size(*max, Lang::Vi)
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

/// A size as the messages and the page say it: KB and MB of 1,024 (the
/// limits are whole MB of those), one decimal, written with the language's
/// decimal mark ("20,0 MB" in Vietnamese, "20.0 MB" in English).
pub fn human_size(n: usize, lang: Lang) -> String {
    let (value, unit) = if n >= 1024 * 1024 {
        (n as f64 / (1024.0 * 1024.0), "MB")
    } else if n >= 1024 {
        (n as f64 / 1024.0, "KB")
    } else {
        return match lang {
            Lang::Vi => format!("{n} byte"),
            Lang::En => format!("{n} bytes"),
        };
    };
    let number = format!("{value:.1}");
    match lang {
        Lang::Vi => format!("{} {unit}", number.replace('.', ",")),
        Lang::En => format!("{number} {unit}"),
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
mod codec;
mod legacy;

use legacy::{convert_mojibake, first_odd_word, syllable_score};
pub use legacy::{tcvn3_to_unicode, vni_to_unicode};

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
#[cfg(test)]
mod tests;
