//! Word (.docx) and OpenDocument (.odt) files and HTML pages as text, read
//! by the browser itself: this module finds the parts inside the zip
//! ([`super::zip`]), and `www/documents.js` (set on `globalThis.soiDocuments`
//! by `boot.js`) inflates them with `DecompressionStream` and walks them with
//! `DOMParser`. So the wasm carries neither an inflater nor an XML or HTML
//! parser, and a parsed page runs no script and loads nothing.

use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

use super::zip::{self, Method, ZipError};

/// The largest part (document.xml, content.xml…) inflated: a 20 MB file can
/// hold far more once inflated (a "zip bomb"); real articles are far smaller.
pub const MAX_PART_BYTES: u64 = 64 << 20;

/// A document in a zip container.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Office {
    /// .docx: `word/document.xml`, then its footnotes and endnotes.
    Word,
    /// .odt: `content.xml` (notes are inside it).
    OpenDocument,
}

/// Why a document could not be read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Problem {
    /// Not a zip, a damaged zip, or XML that does not parse.
    Damaged,
    /// Password-protected.
    Encrypted,
    /// A zip without the document's main part.
    NoBody,
    /// A part over [`MAX_PART_BYTES`] once inflated.
    TooLarge,
    /// The browser cannot inflate (no `DecompressionStream`).
    Unsupported,
}

/// What a password-protected Office file is: an OLE compound file holding an
/// encrypted package (an old .doc is one too).
const COMPOUND_FILE: &[u8] = b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1";

/// The parts to read, in order, the first of which must be there.
fn parts(office: Office) -> &'static [&'static str] {
    match office {
        Office::Word => &[
            "word/document.xml",
            "word/footnotes.xml",
            "word/endnotes.xml",
        ],
        Office::OpenDocument => &["content.xml"],
    }
}

/// Where each part's bytes are (None: the part is absent), checked for
/// everything that can be known without inflating.
pub fn locate(office: Office, bytes: &[u8]) -> Result<Vec<Option<zip::Entry>>, Problem> {
    if bytes.starts_with(COMPOUND_FILE) {
        return Err(Problem::Encrypted);
    }
    let found = parts(office)
        .iter()
        .map(|name| zip::find(bytes, name))
        .collect::<Result<Vec<_>, _>>()
        .map_err(|e| match e {
            ZipError::Encrypted => Problem::Encrypted,
            ZipError::NotZip | ZipError::Damaged | ZipError::Unsupported => Problem::Damaged,
        })?;
    if found.first().is_none_or(Option::is_none) {
        return Err(Problem::NoBody);
    }
    if found.iter().flatten().any(|e| e.size > MAX_PART_BYTES) {
        return Err(Problem::TooLarge);
    }
    // An encrypted .odt is a zip whose manifest describes the encryption.
    if office == Office::OpenDocument {
        if let Ok(Some(manifest)) = zip::find(bytes, "META-INF/manifest.xml") {
            if manifest.method == Method::Stored
                && contains(&bytes[manifest.data.clone()], b"encryption-data")
            {
                return Err(Problem::Encrypted);
            }
        }
    }
    Ok(found)
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(catch, js_namespace = soiDocuments, js_name = inflateRaw)]
    fn inflate_raw(data: &[u8], limit: f64) -> Result<js_sys::Promise, JsValue>;
    #[wasm_bindgen(catch, js_namespace = soiDocuments, js_name = wordText)]
    fn word_text(
        document: &js_sys::Uint8Array,
        footnotes: &JsValue,
        endnotes: &JsValue,
    ) -> Result<String, JsValue>;
    #[wasm_bindgen(catch, js_namespace = soiDocuments, js_name = openDocumentText)]
    fn open_document_text(content: &js_sys::Uint8Array) -> Result<String, JsValue>;
    #[wasm_bindgen(catch, js_namespace = soiDocuments, js_name = htmlText)]
    fn html_text_js(html: &str) -> Result<String, JsValue>;
}

/// A problem thrown by `documents.js` (a string code); anything else thrown
/// on the way means the file could not be read.
fn problem(thrown: JsValue) -> Problem {
    match thrown.as_string().as_deref() {
        Some("too-large") => Problem::TooLarge,
        Some("no-body") => Problem::NoBody,
        Some("unsupported") => Problem::Unsupported,
        _ => Problem::Damaged,
    }
}

/// The bytes of `entry`, inflated by the browser when deflated.
async fn inflate(bytes: &[u8], entry: &zip::Entry) -> Result<js_sys::Uint8Array, Problem> {
    let data = &bytes[entry.data.clone()];
    match entry.method {
        Method::Stored => Ok(js_sys::Uint8Array::from(data)),
        Method::Deflated => {
            let promise = inflate_raw(data, MAX_PART_BYTES as f64).map_err(problem)?;
            let inflated = JsFuture::from(promise).await.map_err(problem)?;
            Ok(inflated.unchecked_into())
        }
    }
}

/// The text of a .docx or .odt: paragraphs as lines, table rows as
/// tab-separated cells, notes at the end (see `www/documents.js`).
pub async fn office_text(office: Office, bytes: &[u8]) -> Result<String, Problem> {
    let found = locate(office, bytes)?;
    if office == Office::OpenDocument {
        // A deflated manifest (a stored one was checked by `locate`), before
        // the encrypted content would fail to inflate as merely damaged.
        if let Ok(Some(manifest)) = zip::find(bytes, "META-INF/manifest.xml") {
            if manifest.method == Method::Deflated && manifest.size < 1 << 20 {
                let manifest = inflate(bytes, &manifest).await?.to_vec();
                if contains(&manifest, b"encryption-data") {
                    return Err(Problem::Encrypted);
                }
            }
        }
    }
    let mut inflated = Vec::with_capacity(found.len());
    for entry in &found {
        inflated.push(match entry {
            Some(entry) => JsValue::from(inflate(bytes, entry).await?),
            None => JsValue::UNDEFINED,
        });
    }
    let first = inflated[0].unchecked_ref::<js_sys::Uint8Array>();
    match office {
        Office::Word => word_text(first, &inflated[1], &inflated[2]),
        Office::OpenDocument => open_document_text(first),
    }
    .map_err(problem)
}

/// The visible text of an HTML page, parsed by the browser's `DOMParser`.
pub fn html_text(html: &str) -> Result<String, Problem> {
    html_text_js(html).map_err(problem)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::zip::tests::stored_zip;

    #[test]
    fn finds_the_parts_or_says_why_not() {
        let docx = stored_zip(&[
            ("[Content_Types].xml", b"<Types/>", 0),
            ("word/document.xml", b"<w:document/>", 0),
        ]);
        let found = locate(Office::Word, &docx).unwrap();
        assert!(found[0].is_some() && found[1].is_none() && found[2].is_none());
        let no_body = stored_zip(&[("word/styles.xml", b"<x/>", 0)]);
        assert_eq!(locate(Office::Word, &no_body), Err(Problem::NoBody));
        assert_eq!(locate(Office::Word, b"PK\x03\x04"), Err(Problem::Damaged));
        assert_eq!(locate(Office::Word, b"plain text"), Err(Problem::Damaged));
        let mut protected = COMPOUND_FILE.to_vec();
        protected.extend([0; 504]);
        assert_eq!(locate(Office::Word, &protected), Err(Problem::Encrypted));
        let zip_crypto = stored_zip(&[("word/document.xml", b"\x12\x34", 1)]);
        assert_eq!(locate(Office::Word, &zip_crypto), Err(Problem::Encrypted));
    }

    #[test]
    fn an_encrypted_odt_says_so() {
        let odt = |manifest: &[u8]| {
            stored_zip(&[
                ("mimetype", b"application/vnd.oasis.opendocument.text", 0),
                ("content.xml", b"<x/>", 0),
                ("META-INF/manifest.xml", manifest, 0),
            ])
        };
        assert!(locate(Office::OpenDocument, &odt(b"<manifest:manifest/>")).is_ok());
        let encrypted =
            odt(b"<manifest:file-entry><manifest:encryption-data/></manifest:file-entry>");
        assert_eq!(
            locate(Office::OpenDocument, &encrypted),
            Err(Problem::Encrypted)
        );
    }
}
