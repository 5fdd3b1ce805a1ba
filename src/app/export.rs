//! What the export bar writes: the JSON contract, one CSV per table and a
//! standalone highlighted HTML page. Pure functions of a [`Doc`].

use crate::Kind;

use super::i18n::Lang;
use super::model::{segments, summary_line, Doc, Segment};
use super::tables::{columns, rows};

/// The CLI's JSON contract for the doc, pretty-printed.
pub fn json(doc: &Doc) -> String {
    let value = doc.analysis.to_contract_json(&doc.text);
    serde_json::to_string_pretty(&value).unwrap_or_default()
}

/// One CSV field, quoted when it must be (RFC 4180).
pub fn csv_field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

/// A type's summary table as CSV (UTF-8 with a byte-order mark, so that
/// spreadsheet programs read Vietnamese correctly).
pub fn csv(doc: &Doc, kind: Kind, lang: Lang) -> String {
    let mut out = String::from("\u{feff}");
    let header: Vec<String> = columns(kind, lang).into_iter().map(csv_field).collect();
    out.push_str(&header.join(","));
    out.push_str("\r\n");
    for row in rows(doc, kind) {
        let cells: Vec<String> = row.cells.iter().map(|c| csv_field(c)).collect();
        out.push_str(&cells.join(","));
        out.push_str("\r\n");
    }
    out
}

/// The file name of a type's CSV.
pub fn csv_name(kind: Kind) -> String {
    format!("soi-{}.csv", kind.as_str().to_ascii_lowercase())
}

/// Escapes text for HTML content and attribute values.
pub fn escape_html(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 16);
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

const STANDALONE_CSS: &str = "body{font:17px/1.7 system-ui,sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem;color:#1b1b1f;background:#fff}\
.text{white-space:pre-wrap}\
mark{background:var(--bg);color:inherit;text-decoration:underline 2px var(--c);text-underline-offset:3px;border-radius:2px;padding:0 1px}\
mark[data-source=user]{outline:2px dotted var(--c);outline-offset:1px}\
mark[data-type=PERSON]{--c:#E69F00;--bg:#E69F0033}\
mark[data-type=ORG]{--c:#0072B2;--bg:#0072B226;text-decoration-style:double}\
mark[data-type=PLACE]{--c:#009E73;--bg:#009E7329;text-decoration-style:dotted}\
mark[data-type=DATE]{--c:#CC79A7;--bg:#CC79A733;text-decoration-style:dashed}\
mark[data-type=REGULATION]{--c:#D55E00;--bg:#D55E0026;text-decoration-style:wavy}\
mark[data-type=FIGURE]{--c:#56B4E9;--bg:#56B4E940;text-decoration-line:underline overline}\
.legend span{margin-right:1rem}\
@media (prefers-color-scheme:dark){body{background:#16161a;color:#e8e8ee}}";

/// A self-contained HTML page of the highlighted text: escaped text, inline
/// CSS, no script, each mark titled with its normalized value.
pub fn standalone_html(doc: &Doc, lang: Lang) -> String {
    let t = lang.texts();
    let mut body = String::new();
    for seg in segments(&doc.text, &doc.analysis.entities) {
        match seg {
            Segment::Text(s) => body.push_str(&escape_html(s)),
            Segment::Mark(_, e) => {
                let line = summary_line(e);
                let title = if line.is_empty() {
                    lang.kind_name(e.kind).to_string()
                } else {
                    format!("{}: {}", lang.kind_name(e.kind), line)
                };
                let user = if e.source == crate::Source::User {
                    " data-source=\"user\""
                } else {
                    ""
                };
                body.push_str(&format!(
                    "<mark data-type=\"{}\"{user} title=\"{}\">{}</mark>",
                    e.kind.as_str(),
                    escape_html(&title),
                    escape_html(&e.text)
                ));
            }
        }
    }
    let counts = doc.counts();
    let legend: String = Kind::ALL
        .iter()
        .zip(counts)
        .map(|(k, n)| {
            format!(
                "<span><mark data-type=\"{}\">{}</mark> {}</span>",
                k.as_str(),
                escape_html(lang.kind_label(*k)),
                n
            )
        })
        .collect();
    format!(
        "<!DOCTYPE html>\n<html lang=\"{lang}\"><head><meta charset=\"utf-8\">\
<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">\
<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\
<title>{title}</title><style>{css}</style></head>\n<body><p class=\"legend\">{legend}</p>\n\
<div class=\"text\">{body}</div></body></html>\n",
        lang = lang.code(),
        title = escape_html(&format!("{} — {}", t.title, t.reading)),
        css = STANDALONE_CSS,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_quotes() {
        assert_eq!(csv_field("a,b"), "\"a,b\"");
        assert_eq!(csv_field("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(csv_field("plain"), "plain");
    }

    #[test]
    fn csv_has_a_header_and_one_row_per_date() {
        let doc = Doc::analyze(
            "Ngày 5/10/2023 và ngày 6/10/2023, rồi ngày 5/10/2023.",
            &Default::default(),
        );
        let csv = csv(&doc, Kind::Date, Lang::En);
        assert!(
            csv.starts_with("\u{feff}Date,Original text,Mentions\r\n"),
            "{csv}"
        );
        let dates = rows(&doc, Kind::Date).len();
        assert_eq!(csv.matches("\r\n").count(), dates + 1);
    }

    #[test]
    fn standalone_html_escapes_user_text() {
        let doc = Doc::analyze(
            "<script>alert(1)</script> <img src=x onerror=alert(1)>",
            &Default::default(),
        );
        let html = standalone_html(&doc, Lang::En);
        assert!(!html.contains("<script>alert"));
        assert!(!html.contains("<img"));
        assert!(html.contains("&lt;script&gt;alert("));
        assert!(html.contains("&lt;img src=x onerror=alert("));
    }
}
