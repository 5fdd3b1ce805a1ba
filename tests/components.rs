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

/// The summary tables' titles in English, each shown even while its rows are coming.
const TABLE_HEADERS: [&str; 6] = [
    "People",
    "Documents",
    "Dates",
    "Figures",
    "Organizations",
    "Places",
];
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
        wanted: Vec::new(),
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
            .map(|e| e.attrs.id.as_deref().unwrap_or(&e.text).to_string())
            .collect();
        assert_eq!(
            table.matches("<tr data-marks").count(),
            ids.len(),
            "{table}"
        );
    }
    for header in TABLE_HEADERS {
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

// Review and workspace components.

use soi::app::components::articles::ArticlesProps;
use soi::app::components::corrections_panel::CorrectionsProps;
use soi::app::components::cross_tables::CrossTablesProps;
use soi::app::components::details::DetailsProps;
use soi::app::components::selection_bar::SelectionBarProps;
use soi::app::components::{Articles, CorrectionsPanel, CrossTables, Details, SelectionBar};
use soi::app::corrections::{anchor_at, apply, Change, Edit};
use soi::app::state::TextSelection;
use soi::app::workspace::Article;
use soi::{Attrs, Source};

const EVIL: &str = "<img src=x onerror=alert(1)>";

/// `text` analyzed, with a user mark of `kind` over `words` (its unit or role set to [`EVIL`]).
fn corrected(text: &str, words: &str, kind: Kind) -> (Doc, Vec<Edit>) {
    let s = text.find(words).unwrap();
    let attrs = Attrs {
        unit: (kind == Kind::Figure).then(|| EVIL.into()),
        role: (kind == Kind::Person).then(|| EVIL.into()),
        ..Attrs::default()
    };
    let edits = vec![Edit {
        anchor: anchor_at(text, s, s + words.len()),
        change: Change::Mark { kind, attrs },
    }];
    let mut analysis = soi::analyze(text, &Options::default());
    analysis.entities = apply(text, &analysis.entities, &edits).entities;
    (Doc::new(text.to_string(), analysis), edits)
}

async fn render<C: yew::BaseComponent>(props: C::Properties) -> String {
    LocalServerRenderer::<C>::with_props(props)
        .hydratable(false)
        .render()
        .await
}

#[tokio::test]
async fn details_offer_types_attributes_and_removal_escaped() {
    let (doc, _) = corrected(ARTICLE, "1.250", Kind::Figure);
    let i = doc
        .analysis
        .entities
        .iter()
        .position(|e| e.source == Source::User)
        .unwrap();
    let html = render::<Details>(DetailsProps {
        doc: Rc::new(doc),
        selected: Some(i),
        lang: Lang::En,
        on_close: Default::default(),
        on_correct: Default::default(),
    })
    .await;
    assert_eq!(html.matches("class=\"type-choice\"").count(), 6, "{html}");
    let pressed = after(&html, "data-type=\"FIGURE\" aria-pressed=\"");
    assert!(pressed.starts_with("true"), "{html}");
    assert!(html.contains("id=\"attr-value\"") && html.contains("id=\"attr-unit\""));
    assert!(html.contains("id=\"remove-mark\"") && html.contains("corrected by you"));
    assert!(!html.contains("<img"), "{html}");
    assert!(
        html.contains("&lt;img src=x onerror=alert(1)&gt;"),
        "{html}"
    );
    assert!(!html.contains("<form"), "nothing may submit anywhere");
}

#[tokio::test]
async fn a_user_mark_is_marked_and_named_as_such() {
    let (doc, _) = corrected(ARTICLE, "hội nghị", Kind::Org);
    let html = render::<ReadingView>(ReadingProps {
        doc: Rc::new(doc),
        lang: Lang::En,
        on_select: Default::default(),
        on_selection: Default::default(),
        wanted: Vec::new(),
    })
    .await;
    assert_eq!(html.matches("data-source=\"user\"").count(), 1, "{html}");
    let mark = after(&html, "data-source=\"user\"");
    assert!(mark[..mark.find("</mark>").unwrap()].contains("(corrected by you)"));
}

#[tokio::test]
async fn the_article_list_names_counts_and_escapes() {
    let doc = Rc::new(Doc::analyze(ARTICLE, &Options::default()));
    let mut first = Article::new(1, EVIL.into(), ARTICLE);
    first.doc = Some(doc.clone());
    let second = Article::new(2, "b.txt".into(), "Hà Nội");
    let html = render::<Articles>(ArticlesProps {
        articles: Rc::new(vec![first, second]),
        current: 0,
        lang: Lang::En,
        removed: Some("Deleted the article “x”.".into()),
        on_switch: Default::default(),
        on_new: Default::default(),
        on_delete: Default::default(),
        on_clear_all: Default::default(),
        on_restore: Default::default(),
        on_files: Default::default(),
        on_import: Default::default(),
        on_export: Default::default(),
    })
    .await;
    assert!(!html.contains("<img"), "{html}");
    assert_eq!(html.matches("data-article=").count(), 2);
    assert_eq!(html.matches("aria-current=\"true\"").count(), 1);
    let persons = doc.counts()[0];
    assert!(
        html.contains(&format!("aria-label=\"People: {persons}\"")),
        "{html}"
    );
    assert!(html.contains("aria-label=\"Delete article b.txt\""));
    assert!(html.contains("aria-label=\"Search the articles\""));
    assert!(html.contains("id=\"restore\"") && html.contains("multiple"));
    // Not analyzed yet: an ellipsis instead of counts.
    assert!(html.contains(">…</span>"), "{html}");
}

#[tokio::test]
async fn tables_across_articles_list_a_person_once() {
    let text_b = "Ngày 3/1/2022, ông Ngô Đông Hải, Chủ tịch UBND tỉnh, dự họp.";
    let articles: Vec<Article> = [("a.txt", ARTICLE), ("b.txt", text_b)]
        .iter()
        .zip(1..)
        .map(|((name, text), id)| {
            let mut a = Article::new(id, name.to_string(), text);
            a.doc = Some(Rc::new(Doc::analyze(text, &Options::default())));
            a
        })
        .collect();
    let html = render::<CrossTables>(CrossTablesProps {
        articles: Rc::new(articles),
        lang: Lang::En,
        waiting: 0,
        open: true,
        on_goto: Default::default(),
        on_csv: Default::default(),
    })
    .await;
    let people = after(&html, "data-table=\"people\"");
    let people = &people[..people.find("</section>").unwrap()];
    assert_eq!(
        people.matches(">Ngô Đông Hải</button>").count(),
        1,
        "{people}"
    );
    assert!(people.contains("<td>a.txt; b.txt</td>"), "{people}");
    assert!(html.contains("aria-expanded=\"true\""));
}

#[tokio::test]
async fn corrections_count_and_the_selection_toolbar() {
    let (doc, edits) = corrected(ARTICLE, "hội nghị", Kind::Org);
    let html = render::<CorrectionsPanel>(CorrectionsProps {
        edits: Rc::new(edits),
        doc: Rc::new(doc),
        lang: Lang::En,
        can_undo: true,
        can_redo: false,
        on_undo: Default::default(),
        on_redo: Default::default(),
        on_show: Default::default(),
    })
    .await;
    assert!(html.contains(">1 correction</span>"), "{html}");
    let tag = |id: &str| {
        let rest = after(&html, &format!("id=\"{id}\""));
        rest[..rest.find('>').unwrap()].to_string()
    };
    assert!(tag("redo-correction").contains("disabled"), "{html}");
    assert!(!tag("undo-correction").contains("disabled"), "{html}");
    let none = render::<SelectionBar>(SelectionBarProps {
        selection: None,
        words: "".into(),
        lang: Lang::Vi,
        on_correct: Default::default(),
    })
    .await;
    assert_eq!(none, "");
    let bar = render::<SelectionBar>(SelectionBarProps {
        selection: Some(TextSelection {
            start: 0,
            end: 3,
            x: 10.0,
            y: 20.0,
        }),
        words: EVIL.into(),
        lang: Lang::Vi,
        on_correct: Default::default(),
    })
    .await;
    assert_eq!(bar.matches("<button").count(), 6);
    assert!(bar.contains("role=\"toolbar\"") && bar.contains("aria-keyshortcuts=\"6\""));
    assert!(!bar.contains("<img"), "{bar}");
}

/// About 270 KB of real article: windowed (`soi::app::window`).
fn huge_doc() -> Doc {
    let text = soi::app::state::SAMPLE.repeat(30);
    assert!(text.len() >= soi::app::window::WINDOW_MIN_BYTES);
    Doc::analyze(&text, &Options::default())
}

/// The mark numbers in `html`, in order.
fn mark_ids(html: &str) -> Vec<usize> {
    html.split("<mark id=\"m-")
        .skip(1)
        .map(|rest| rest[..rest.find('"').unwrap()].parse().unwrap())
        .collect()
}

#[tokio::test]
async fn a_huge_text_marks_its_first_blocks_and_the_wanted_mark_only() {
    use soi::app::model::blocks;
    use soi::app::window::{FIRST_BLOCKS_IN, FIRST_SCREEN_BLOCKS};
    let doc = huge_doc();
    let all = blocks(
        &doc.text,
        &doc.analysis.entities,
        soi::app::components::reading::BLOCK_BYTES,
    );
    assert!(all.len() > FIRST_BLOCKS_IN, "{} blocks", all.len());
    let last = doc.analysis.entities.len() - 1;
    let html = render::<ReadingView>(ReadingProps {
        doc: Rc::new(doc.clone()),
        lang: Lang::En,
        on_select: Default::default(),
        on_selection: Default::default(),
        wanted: vec![last],
    })
    .await;
    assert!(html.contains("class=\"reading huge windowed\""), "{html}");
    // The first screen's blocks with their marks, in order, and the last block's.
    let first: Vec<usize> = (0..all[FIRST_SCREEN_BLOCKS - 1].last).collect();
    let wanted: Vec<usize> = (all[all.len() - 1].first..=last).collect();
    assert_eq!(mark_ids(&html), [first, wanted].concat());
    // The first blocks' text is in the page (as plain text where unmarked),
    // the rest comes in later tasks, the wanted block already.
    assert_eq!(
        html.matches("class=\"block plain\"").count(),
        FIRST_BLOCKS_IN - FIRST_SCREEN_BLOCKS
    );
    assert_eq!(
        html.matches("data-from=").count(),
        FIRST_BLOCKS_IN + 1,
        "{html}"
    );
    let plain = all[FIRST_BLOCKS_IN - 1];
    assert!(html.contains(&format!("data-from=\"{}\"", plain.from)));
    assert!(!html.contains(&format!("data-from=\"{}\"", all[FIRST_BLOCKS_IN].from)));
    // Each block is given an estimated height while off screen.
    assert_eq!(
        html.matches("contain-intrinsic-size: auto ").count(),
        FIRST_BLOCKS_IN + 1
    );
}

#[tokio::test]
async fn a_huge_texts_tables_are_filled_one_per_task() {
    let html = render::<Summary>(SummaryProps {
        doc: Rc::new(huge_doc()),
        lang: Lang::En,
        on_show: Default::default(),
        on_csv: Default::default(),
    })
    .await;
    // The first render has their titles and says it is busy; rows come later.
    assert!(html.contains("aria-busy=\"true\""), "{html}");
    assert!(!html.contains("<tr data-marks"), "{html}");
    for header in TABLE_HEADERS {
        assert!(html.contains(header), "{header}");
    }
    // A small text's tables are all there at once.
    let small = render::<Summary>(SummaryProps {
        doc: Rc::new(Doc::analyze(ARTICLE, &Options::default())),
        lang: Lang::En,
        on_show: Default::default(),
        on_csv: Default::default(),
    })
    .await;
    assert!(!small.contains("aria-busy"), "{small}");
    assert!(small.contains("<tr data-marks"), "{small}");
}
