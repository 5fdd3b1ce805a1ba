//! The visible text of an HTML page, without running or loading anything:
//! a small tag stripper that drops `<head>`, `<script>`, `<style>` and the like,
//! turns block elements into line breaks and decodes character references.

/// Elements whose content is never visible text.
const HIDDEN: [&str; 9] = [
    "script", "style", "noscript", "template", "head", "iframe", "svg", "object", "title",
];

/// Elements that start a new line.
const BLOCKS: [&str; 28] = [
    "p",
    "div",
    "br",
    "li",
    "ul",
    "ol",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "tr",
    "table",
    "section",
    "article",
    "header",
    "footer",
    "blockquote",
    "pre",
    "hr",
    "figure",
    "figcaption",
    "main",
    "nav",
    "aside",
    "dd",
    "dt",
];

/// The text a reader sees in `html`, one block per line, blank lines between paragraphs.
pub fn visible_text(html: &str) -> String {
    let mut out = String::new();
    let mut rest = html;
    // Inside an element whose content is hidden: its name.
    let mut skipping: Option<String> = None;
    while !rest.is_empty() {
        if let Some(after) = rest.strip_prefix("<!--") {
            rest = after.find("-->").map_or("", |i| &after[i + 3..]);
            continue;
        }
        if rest.starts_with('<') {
            if let Some((name, closing, len)) = parse_tag(rest) {
                rest = &rest[len..];
                match &skipping {
                    Some(hidden) => {
                        if closing && name == *hidden {
                            skipping = None;
                        }
                    }
                    None => {
                        if !closing && HIDDEN.contains(&name.as_str()) {
                            skipping = Some(name);
                        } else if BLOCKS.contains(&name.as_str()) {
                            out.push('\n');
                            if name == "p" || name.starts_with('h') && name.len() == 2 {
                                out.push('\n');
                            }
                        } else if name == "td" || name == "th" {
                            out.push(' ');
                        }
                    }
                }
                continue;
            }
        }
        let first = rest.chars().next().map_or(1, char::len_utf8);
        let next = rest[first..].find('<').map_or(rest.len(), |i| i + first);
        if skipping.is_none() {
            out.push_str(&decode_entities(&rest[..next]));
        }
        rest = &rest[next..];
    }
    tidy(&out)
}

/// A tag at the start of `s`: its lower-case name, whether it closes, its length.
fn parse_tag(s: &str) -> Option<(String, bool, usize)> {
    let bytes = s.as_bytes();
    let mut i = 1;
    let closing = bytes.get(1) == Some(&b'/');
    if closing {
        i += 1;
    }
    let start = i;
    if bytes.get(i) == Some(&b'!') || bytes.get(i) == Some(&b'?') {
        // <!DOCTYPE …>, <?xml …?>
        let end = s.find('>')?;
        return Some((String::new(), false, end + 1));
    }
    while i < bytes.len() && (bytes[i].is_ascii_alphanumeric() || bytes[i] == b'-') {
        i += 1;
    }
    if i == start {
        return None; // a lone "<" in text
    }
    let name = s[start..i].to_ascii_lowercase();
    // Find the closing ">" outside quoted attribute values.
    let mut quote: Option<u8> = None;
    while i < bytes.len() {
        let b = bytes[i];
        match quote {
            Some(q) if b == q => quote = None,
            Some(_) => {}
            None if b == b'"' || b == b'\'' => quote = Some(b),
            None if b == b'>' => return Some((name, closing, i + 1)),
            None => {}
        }
        i += 1;
    }
    Some((name, closing, s.len()))
}

/// Decodes `&amp;`, `&#39;`, `&#x1EA1;` and a few common named references.
pub fn decode_entities(s: &str) -> String {
    if !s.contains('&') {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find('&') {
        out.push_str(&rest[..i]);
        rest = &rest[i..];
        let end = rest[1..]
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '#'))
            .map_or(rest.len(), |j| j + 1);
        let name = &rest[1..end];
        let decoded = if let Some(num) = name.strip_prefix('#') {
            let code = match num.strip_prefix(['x', 'X']) {
                Some(hex) => u32::from_str_radix(hex, 16).ok(),
                None => num.parse().ok(),
            };
            code.and_then(char::from_u32)
        } else {
            match name {
                "amp" => Some('&'),
                "lt" => Some('<'),
                "gt" => Some('>'),
                "quot" => Some('"'),
                "apos" => Some('\''),
                "nbsp" => Some(' '),
                "ndash" => Some('–'),
                "mdash" => Some('—'),
                "hellip" => Some('…'),
                "laquo" => Some('«'),
                "raquo" => Some('»'),
                "ldquo" => Some('“'),
                "rdquo" => Some('”'),
                "lsquo" => Some('‘'),
                "rsquo" => Some('’'),
                "copy" => Some('©'),
                _ => None,
            }
        };
        match decoded {
            Some(c) => {
                out.push(c);
                rest = &rest[end..];
                if rest.starts_with(';') {
                    rest = &rest[1..];
                }
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// Collapses spaces inside lines, trims lines and keeps at most one blank line.
fn tidy(s: &str) -> String {
    let mut lines: Vec<String> = Vec::new();
    for line in s.split('\n') {
        let collapsed = line.split_whitespace().collect::<Vec<_>>().join(" ");
        if collapsed.is_empty() && lines.last().is_none_or(|l| l.is_empty()) {
            continue;
        }
        lines.push(collapsed);
    }
    while lines.last().is_some_and(|l| l.is_empty()) {
        lines.pop();
    }
    lines.join("\n")
}

/// Whether a file name looks like HTML.
pub fn is_html_name(name: &str) -> bool {
    let lower = name.to_ascii_lowercase();
    lower.ends_with(".html") || lower.ends_with(".htm") || lower.ends_with(".xhtml")
}

/// Whether the app opens a file of this name.
pub fn is_supported_name(name: &str) -> bool {
    let lower = name.to_ascii_lowercase();
    is_html_name(&lower) || lower.ends_with(".txt") || lower.ends_with(".md")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn drops_scripts_styles_and_head() {
        let html = "<!DOCTYPE html><html><head><title>T</title><style>p{color:red}</style>\
                    <script>alert(1)</script></head><body><h1>Tiêu đề</h1>\
                    <p>Đồng chí <b>Nguyễn Văn A</b> phát biểu.</p><script>x()</script>\
                    <p>Ngày 5/10</p></body></html>";
        assert_eq!(
            visible_text(html),
            "Tiêu đề\n\nĐồng chí Nguyễn Văn A phát biểu.\n\nNgày 5/10"
        );
    }

    #[test]
    fn decodes_references() {
        assert_eq!(
            decode_entities("a &amp; b &lt;c&gt; &#7841; &#x1EA1;&nbsp;x"),
            "a & b <c> ạ ạ x"
        );
        assert_eq!(
            decode_entities("AT&T &unknown; 5 & 6"),
            "AT&T &unknown; 5 & 6"
        );
    }

    #[test]
    fn keeps_lone_angle_brackets_and_quoted_gt() {
        assert_eq!(visible_text("3 < 5 and 6 > 4"), "3 < 5 and 6 > 4");
        assert_eq!(visible_text("<a title=\"a>b\">link</a> text"), "link text");
        assert_eq!(
            visible_text("<img src=x onerror=alert(1)>ok<!-- c -->"),
            "ok"
        );
    }

    #[test]
    fn names() {
        assert!(is_html_name("Bai.HTM"));
        assert!(is_supported_name("a.md") && is_supported_name("b.txt"));
        assert!(!is_supported_name("c.pdf"));
    }
}
