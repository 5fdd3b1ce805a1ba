//! The app's components rendered natively with yew's server renderer:
//! escaping, marks, legend counts, tables, language.

use std::rc::Rc;

use soi::app::components::legend::LegendProps;
use soi::app::components::{reading::ReadingProps, summary::SummaryProps};
use soi::app::components::{Legend, ReadingView, Summary};
use soi::app::i18n::Lang;
use soi::app::model::Doc;
use soi::app::{App, AppProps};
use soi::{Kind, Options};
use yew::LocalServerRenderer;

const ARTICLE: &str = "Hà Nội, ngày 29/12/2023. Sáng 29/12, đồng chí Ngô Đông Hải, Bí thư Tỉnh ủy \
    chủ trì hội nghị của Ban Tổ chức Tỉnh ủy. Theo Nghị quyết số 21-NQ/TW, năm 2023 toàn tỉnh \
    kết nạp 1.250 đảng viên mới.";

async fn render_app(text: &str, lang: Lang) -> String {
    LocalServerRenderer::<App>::with_props(AppProps {
        text: Some(text.to_string().into()),
        lang: Some(lang),
    })
    .hydratable(false)
    .render()
    .await
}

async fn render_reading(text: &str) -> (String, Doc) {
    let doc = Doc::analyze(text, &Options::default());
    let html = LocalServerRenderer::<ReadingView>::with_props(ReadingProps {
        doc: Rc::new(doc.clone()),
        lang: Lang::En,
        on_select: Default::default(),
        on_selection: Default::default(),
    })
    .hydratable(false)
    .render()
    .await;
    (html, doc)
}

/// The text content of `<mark …>…</mark>` elements, with their data-type.
fn marks(html: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut rest = html;
    while let Some(i) = rest.find("<mark ") {
        rest = &rest[i..];
        let open_end = rest.find('>').unwrap();
        let open = &rest[..open_end];
        let ty = open
            .split("data-type=\"")
            .nth(1)
            .unwrap()
            .split('"')
            .next()
            .unwrap();
        let close = rest.find("</mark>").unwrap();
        out.push((ty.to_string(), rest[open_end + 1..close].to_string()));
        rest = &rest[close..];
    }
    out
}

/// What follows the first `pattern` in `html`.
fn after<'a>(html: &'a str, pattern: &str) -> &'a str {
    let i = html
        .find(pattern)
        .unwrap_or_else(|| panic!("{pattern} not in {html}"));
    &html[i + pattern.len()..]
}

/// The inside of a legend entry's button.
fn legend_item(html: &str, kind: Kind) -> &str {
    let item = after(
        html,
        &format!(
            "<button type=\"button\" data-type=\"{}\" aria-pressed=",
            kind.as_str()
        ),
    );
    &item[..item.find("</button>").unwrap()]
}

fn unescape(s: &str) -> String {
    s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}

#[tokio::test]
async fn pasted_markup_renders_as_escaped_text() {
    let evil = "<script>alert(1)</script> <img src=x onerror=alert(1)> Bộ Nội vụ ngày 5/10/2023";
    for html in [
        render_app(evil, Lang::En).await,
        render_reading(evil).await.0,
    ] {
        assert!(!html.contains("<script>alert"), "{html}");
        assert!(!html.contains("<img"), "{html}");
        assert!(html.contains("&lt;script&gt;"), "{html}");
        assert!(html.contains("&lt;img src=x onerror=alert("), "{html}");
    }
}

#[tokio::test]
async fn marks_carry_type_and_exact_text() {
    let (html, doc) = render_reading(ARTICLE).await;
    let found = marks(&html);
    assert_eq!(found.len(), doc.analysis.entities.len());
    assert!(!found.is_empty(), "no marks in {html}");
    for ((ty, text), e) in found.iter().zip(&doc.analysis.entities) {
        assert_eq!(ty, e.kind.as_str());
        assert_eq!(unescape(text), e.text);
        assert_eq!(&ARTICLE[e.start..e.end], e.text);
    }
    // Marks are focusable and named.
    assert_eq!(html.matches("tabindex=\"0\"").count(), found.len());
    assert_eq!(html.matches("aria-label=\"").count(), found.len() + 1);
    // The text between marks is all there: stripping tags gives the article back.
    let mut plain = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            c if !in_tag => plain.push(c),
            _ => {}
        }
    }
    assert_eq!(unescape(plain.trim()), ARTICLE);
}

#[tokio::test]
async fn sample_article_has_marks_of_several_types() {
    let (html, doc) = render_reading(soi::app::state::SAMPLE).await;
    let types: std::collections::BTreeSet<String> =
        marks(&html).into_iter().map(|(t, _)| t).collect();
    assert!(types.len() >= 3, "types: {types:?}");
    assert!(doc.analysis.entities.len() > 10);
}

#[tokio::test]
async fn legend_shows_counts_and_pressed_state() {
    let mut hidden = [false; 6];
    hidden[3] = true;
    let html = LocalServerRenderer::<Legend>::with_props(LegendProps {
        counts: [3, 1, 4, 1, 5, 9],
        hidden,
        lang: Lang::En,
        on_toggle: Default::default(),
    })
    .hydratable(false)
    .render()
    .await;
    for (kind, n) in Kind::ALL.iter().zip([3, 1, 4, 1, 5, 9]) {
        let item = legend_item(&html, *kind);
        assert!(
            item.contains(&format!("<span class=\"count\">{n}</span>")),
            "{item}"
        );
        let pressed = if *kind == Kind::Date { "false" } else { "true" };
        assert!(item.starts_with(&format!("\"{pressed}\"")), "{item}");
    }
    assert!(html.contains("People") && html.contains("Documents"));
}

#[tokio::test]
async fn legend_counts_match_the_analysis() {
    let html = render_app(ARTICLE, Lang::En).await;
    let doc = Doc::analyze(ARTICLE, &Options::default());
    for (kind, n) in Kind::ALL.iter().zip(doc.counts()) {
        let item = legend_item(&html, *kind);
        assert!(item.contains(&format!("<span class=\"count\">{n}</span>")));
    }
}

#[tokio::test]
async fn summary_lists_each_person_once() {
    let text = "Đồng chí Ngô Đông Hải, Bí thư Tỉnh ủy phát biểu. Đồng chí Ngô Đông Hải nhấn mạnh.";
    let doc = Doc::analyze(text, &Options::default());
    let html = LocalServerRenderer::<Summary>::with_props(SummaryProps {
        doc: Rc::new(doc.clone()),
        lang: Lang::En,
        on_show: Default::default(),
        on_csv: Default::default(),
    })
    .hydratable(false)
    .render()
    .await;
    let people = doc
        .analysis
        .entities
        .iter()
        .filter(|e| e.kind == Kind::Person)
        .count();
    if people > 0 {
        let table = after(&html, "<section data-type=\"PERSON\"");
        let table = &table[..table.find("</section>").unwrap()];
        let ids: std::collections::BTreeSet<_> = doc
            .analysis
            .entities
            .iter()
            .filter(|e| e.kind == Kind::Person)
            .map(|e| e.attrs.id.clone().unwrap_or(e.text.clone()))
            .collect();
        assert_eq!(
            table.matches("<tr data-marks").count(),
            ids.len(),
            "{table}"
        );
    }
    for header in [
        "People",
        "Documents",
        "Dates",
        "Figures",
        "Organizations",
        "Places",
    ] {
        assert!(html.contains(header), "{header}");
    }
}

#[tokio::test]
async fn language_switch_changes_labels() {
    let vi = render_app(ARTICLE, Lang::Vi).await;
    let en = render_app(ARTICLE, Lang::En).await;
    assert!(vi.contains("Tổng hợp") && vi.contains("Văn bản bài báo"));
    assert!(en.contains("Summary") && en.contains("Article text"));
    assert!(
        en.contains("id=\"lang-en\" aria-pressed=\"true\"")
            || en.contains("aria-pressed=\"true\" id=\"lang-en\"")
            || en.contains("lang-en")
    );
}
