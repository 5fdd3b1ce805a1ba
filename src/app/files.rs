//! Turning an opened file into the text to analyze. Its name says what it is:
//! text (.txt, .md) is decoded as the CLI decodes it ([`crate::input::decode`]:
//! UTF-8/16, Windows-1258, TCVN3, VNI; binary files refused); HTML is decoded
//! the same way, then reduced to its visible text by the browser's parser;
//! Word (.docx) and OpenDocument (.odt) documents are read by the browser
//! ([`super::documents`]). Anything else, PDF included, is refused with a
//! message saying what works.

use super::documents::{self, Office, Problem};
use super::i18n::Lang;
use crate::input::Encoding;

/// A file ready for analysis.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Opened {
    pub name: String,
    pub text: String,
    /// Worth telling the user (a legacy encoding was converted).
    pub note: Option<String>,
}

/// The file pickers' `accept`: the kinds [`format_of`] opens.
pub const ACCEPT: &str =
    ".txt,.md,.html,.htm,.xhtml,.docx,.odt,text/plain,text/markdown,text/html,\
application/vnd.openxmlformats-officedocument.wordprocessingml.document,\
application/vnd.oasis.opendocument.text";

/// What a file is, by its name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Text,
    Html,
    Office(Office),
}

/// The format of a file named `name`, or why it is not opened.
pub fn format_of(name: &str, lang: Lang) -> Result<Format, String> {
    let lower = name.to_ascii_lowercase();
    let ext = lower.rsplit_once('.').map_or("", |(_, ext)| ext);
    match ext {
        "txt" | "md" | "text" => Ok(Format::Text),
        "html" | "htm" | "xhtml" => Ok(Format::Html),
        "docx" => Ok(Format::Office(Office::Word)),
        "odt" => Ok(Format::Office(Office::OpenDocument)),
        "doc" => Err(lang.texts().old_word.to_string()),
        _ => Err(lang.texts().refused_file.to_string()),
    }
}

fn input_lang(lang: Lang) -> crate::input::Lang {
    match lang {
        Lang::Vi => crate::input::Lang::Vi,
        Lang::En => crate::input::Lang::En,
    }
}

/// The bytes of a text or HTML file as text, and the note to show when a
/// legacy encoding was converted.
pub fn decode(bytes: &[u8], lang: Lang) -> Result<(String, Option<String>), String> {
    let decoded = crate::input::decode(bytes).map_err(|e| e.message(input_lang(lang)))?;
    let note = decoded.note.as_ref().map(|english| {
        let t = lang.texts();
        match decoded.encoding {
            Encoding::Windows1258 => t.note_windows1258.to_string(),
            Encoding::Tcvn3 => t.note_tcvn3.to_string(),
            Encoding::Vni => t.note_vni.to_string(),
            Encoding::Utf16Le | Encoding::Utf16Be => t.note_utf16.to_string(),
            _ => english.clone(),
        }
    });
    Ok((decoded.text, note))
}

/// The message for a document that could not be read.
pub fn problem_message(problem: Problem, lang: Lang) -> String {
    let t = lang.texts();
    match problem {
        Problem::Damaged => t.doc_damaged,
        Problem::Encrypted => t.doc_encrypted,
        Problem::NoBody => t.doc_no_body,
        Problem::TooLarge => t.doc_too_large,
        Problem::Unsupported => t.doc_unsupported,
    }
    .to_string()
}

/// The text of file `name` with content `bytes`, or a message for the user.
/// HTML and documents need the browser (`www/documents.js`).
pub async fn open(name: &str, bytes: &[u8], lang: Lang) -> Result<Opened, String> {
    let (text, note) = match format_of(name, lang)? {
        Format::Text => decode(bytes, lang)?,
        Format::Html => {
            let (html, note) = decode(bytes, lang)?;
            let text = documents::html_text(&html).map_err(|p| problem_message(p, lang))?;
            (text, note)
        }
        Format::Office(office) => {
            let text = documents::office_text(office, bytes)
                .await
                .map_err(|p| problem_message(p, lang))?;
            (text, None)
        }
    };
    if text.trim().is_empty() {
        return Err(crate::input::InputError::Empty.message(input_lang(lang)));
    }
    Ok(Opened {
        name: name.to_string(),
        text,
        note,
    })
}

/// The refusal for a file of `size` bytes, before reading it, when it is over
/// the limit ([`crate::input::MAX_INPUT_BYTES`]).
pub fn too_large(size: f64, lang: Lang) -> Option<String> {
    let max = crate::input::MAX_INPUT_BYTES;
    (size > max as f64).then(|| {
        crate::input::InputError::TooLarge {
            size: size as usize,
            max,
        }
        .message(input_lang(lang))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_by_name() {
        assert_eq!(format_of("a.TXT", Lang::Vi), Ok(Format::Text));
        assert_eq!(format_of("b.md", Lang::Vi), Ok(Format::Text));
        assert_eq!(format_of("Bai.HTM", Lang::Vi), Ok(Format::Html));
        assert_eq!(
            format_of("bai.docx", Lang::Vi),
            Ok(Format::Office(Office::Word))
        );
        assert_eq!(
            format_of("bai.odt", Lang::Vi),
            Ok(Format::Office(Office::OpenDocument))
        );
        let pdf = format_of("scan.pdf", Lang::En).unwrap_err();
        assert!(pdf.contains("PDF") && pdf.contains(".docx"), "{pdf}");
        assert!(format_of("bai.doc", Lang::Vi)
            .unwrap_err()
            .contains(".doc)"));
        assert!(format_of("README", Lang::Vi).is_err());
    }

    #[test]
    fn utf8_and_utf16_are_decoded() {
        let (t, note) = decode("Ngày 5/10/2023\n".as_bytes(), Lang::En).unwrap();
        assert_eq!((t.as_str(), note), ("Ngày 5/10/2023\n", None));
        let mut bytes = vec![0xFF, 0xFE];
        for u in "Hà Nội".encode_utf16() {
            bytes.extend(u.to_le_bytes());
        }
        assert_eq!(decode(&bytes, Lang::Vi).unwrap().0, "Hà Nội");
    }

    #[test]
    fn refusals() {
        let pdf = decode(b"%PDF-1.7\n\x00\x01\x02binary", Lang::Vi).unwrap_err();
        assert!(pdf.contains("PDF"), "{pdf}");
        assert!(decode(b"", Lang::En).is_err());
        let big = too_large(30.0 * 1024.0 * 1024.0, Lang::En).unwrap();
        assert!(big.contains("20.0 MB"), "{big}");
        assert!(too_large(1000.0, Lang::En).is_none());
        // The hint states the same limits.
        let limit = format!("{} MB", crate::input::MAX_INPUT_BYTES >> 20);
        let part = format!("{} MB", documents::MAX_PART_BYTES >> 20);
        for lang in [Lang::Vi, Lang::En] {
            assert!(lang.texts().input_hint.contains(&limit));
            assert!(problem_message(Problem::TooLarge, lang).contains(&part));
        }
    }

    #[test]
    fn legacy_encodings_are_converted_and_said_in_the_ui_language() {
        // "Hà Nội" in Windows-1258 (not UTF-8).
        let (_, note) = decode(b"H\xe0 N\xf4\xd2i v\xe0 ng\xe0y 5/10/2023", Lang::Vi).unwrap();
        assert!(note.unwrap().contains("Windows-1258"));
        let (text, note) = decode("TØnh ñy Qu¶ng Nam".as_bytes(), Lang::En).unwrap();
        assert_eq!(text, "Tỉnh ủy Quảng Nam");
        assert!(note.unwrap().contains("TCVN3"));
    }
}
