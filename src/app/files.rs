//! Turning an opened file into the text to analyze: the bytes are decoded as
//! the CLI decodes them ([`crate::input::decode`]: UTF-8/16, Windows-1258,
//! TCVN3, VNI; binary files refused), HTML becomes its visible text.

use super::html_text;
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

fn input_lang(lang: Lang) -> crate::input::Lang {
    match lang {
        Lang::Vi => crate::input::Lang::Vi,
        Lang::En => crate::input::Lang::En,
    }
}

/// The text of file `name` with content `bytes`, or a message for the user.
pub fn open(name: &str, bytes: &[u8], lang: Lang) -> Result<Opened, String> {
    if !html_text::is_supported_name(name) {
        return Err(lang.texts().word_file.to_string());
    }
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
    let text = if html_text::is_html_name(name) {
        html_text::visible_text(&decoded.text)
    } else {
        decoded.text
    };
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
    fn utf8_text_and_html() {
        let t = open("a.txt", "Ngày 5/10/2023\n".as_bytes(), Lang::En).unwrap();
        assert_eq!(t.text, "Ngày 5/10/2023\n");
        let h = open(
            "a.HTML",
            b"<p>Xin <b>ch\xc3\xa0o</b></p><script>x</script>",
            Lang::En,
        )
        .unwrap();
        assert_eq!(h.text, "Xin chào");
    }

    #[test]
    fn utf16_is_decoded() {
        let mut bytes = vec![0xFF, 0xFE];
        for u in "Hà Nội".encode_utf16() {
            bytes.extend(u.to_le_bytes());
        }
        assert_eq!(open("a.txt", &bytes, Lang::Vi).unwrap().text, "Hà Nội");
    }

    #[test]
    fn refusals() {
        assert!(open("a.pdf", b"x", Lang::En).is_err());
        let pdf = open("a.txt", b"%PDF-1.7\n\x00\x01\x02binary", Lang::Vi).unwrap_err();
        assert!(pdf.contains("PDF"), "{pdf}");
        assert!(open("a.txt", b"", Lang::En).is_err());
        let docx = open("bai.docx", b"PK\x03\x04", Lang::Vi).unwrap_err();
        assert!(docx.contains(".txt"), "{docx}");
        let big = too_large(30.0 * 1024.0 * 1024.0, Lang::En).unwrap();
        assert!(big.contains("20.0 MB"), "{big}");
        assert!(too_large(1000.0, Lang::En).is_none());
        // The hint states the same limit.
        let limit = format!("{} MB", crate::input::MAX_INPUT_BYTES >> 20);
        for lang in [Lang::Vi, Lang::En] {
            assert!(lang.texts().input_hint.contains(&limit));
        }
    }

    #[test]
    fn legacy_encodings_are_converted_and_said_in_the_ui_language() {
        // "Hà Nội" in Windows-1258 (not UTF-8).
        let w = open(
            "a.txt",
            b"H\xe0 N\xf4\xd2i v\xe0 ng\xe0y 5/10/2023",
            Lang::Vi,
        )
        .unwrap();
        assert!(w.note.unwrap().contains("Windows-1258"));
        let t = open("a.txt", "TØnh ñy Qu¶ng Nam".as_bytes(), Lang::En).unwrap();
        assert_eq!(t.text, "Tỉnh ủy Quảng Nam");
        assert!(t.note.unwrap().contains("TCVN3"));
    }
}
