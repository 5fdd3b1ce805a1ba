//! A workspace of articles: each keeps its text, reference date and
//! corrections. Its stored form (one record per article in IndexedDB) and
//! its file form (the whole workspace as one JSON file, to move or back up)
//! are plain JSON written here. Pure: no browser.

use std::rc::Rc;

use serde_json::{json, Value};

use super::corrections::{Edit, History};
use super::model::Doc;
use crate::CivilDate;

/// The `format` field of a workspace file.
pub const FILE_FORMAT: &str = "soi-workspace";
pub const FILE_VERSION: u64 = 1;

#[derive(Debug, Clone, PartialEq)]
pub struct Article {
    /// Stable for the article's life (its storage key).
    pub id: u64,
    /// The file it came from, or a name the app gave it.
    pub name: String,
    pub text: Rc<str>,
    /// The reference date the user set, if any.
    pub reference: Option<CivilDate>,
    /// Corrections, in the order they were made.
    pub edits: Vec<Edit>,
    /// Shared until changed: switching or typing copies no history.
    pub history: Rc<History<Vec<Edit>>>,
    /// Its text analyzed and corrected (`None` until analyzed, or when stale).
    pub doc: Option<Rc<Doc>>,
    /// Bumped on every change worth storing.
    pub rev: u64,
}

impl Article {
    pub fn new(id: u64, name: String, text: &str) -> Article {
        Article {
            id,
            name,
            text: Rc::from(text),
            reference: None,
            edits: Vec::new(),
            history: Rc::default(),
            doc: None,
            rev: 1,
        }
    }

    /// Whether `doc` is the analysis of the current text.
    pub fn analyzed(&self) -> Option<&Rc<Doc>> {
        self.doc.as_ref().filter(|d| *d.text == *self.text)
    }

    /// The stored form, without the id (the workspace file has none).
    pub fn to_json(&self) -> Value {
        let mut v = self.json_without_text();
        v["text"] = json!(&*self.text);
        v
    }

    /// Everything stored of the article but its text and id.
    fn json_without_text(&self) -> Value {
        json!({
            "name": self.name,
            "reference": self.reference.map(|d| d.to_string()),
            "edits": self.edits.iter().map(|e| e.to_json(&self.text)).collect::<Vec<_>>(),
        })
    }

    /// The IndexedDB record as written before the text was kept apart:
    /// [`Article::to_json`] plus the id (still read, see [`Record`]).
    pub fn to_record(&self) -> String {
        let mut v = self.to_json();
        v["id"] = json!(self.id);
        v.to_string()
    }

    /// The IndexedDB record: the text as it is, and the rest as JSON. The
    /// text never goes through JSON: escaping a megabyte in the page's wasm
    /// (and copying it into a JSON value first) was a 60 ms task on a page's
    /// first long paste.
    pub fn to_record_parts(&self) -> (String, &Rc<str>) {
        let mut rest = self.json_without_text();
        rest["id"] = json!(self.id);
        (rest.to_string(), &self.text)
    }

    pub fn from_json(v: &Value, id: u64) -> Option<Article> {
        Article::from_fields(v, v["text"].as_str()?, id)
    }

    /// The article of stored fields `v` (its text read apart: `text`).
    fn from_fields(v: &Value, text: &str, id: u64) -> Option<Article> {
        let mut a = Article::new(id, v["name"].as_str().unwrap_or("").to_string(), text);
        a.reference = v["reference"].as_str().and_then(CivilDate::parse);
        a.edits = v["edits"]
            .as_array()
            .map(|es| es.iter().filter_map(|e| Edit::from_json(e, text)).collect())
            .unwrap_or_default();
        Some(a)
    }

    pub fn from_record(record: &Record) -> Option<Article> {
        match record {
            Record::Whole(s) => {
                let v: Value = serde_json::from_str(s).ok()?;
                Article::from_json(&v, v["id"].as_u64()?)
            }
            Record::Parts { rest, text } => {
                let v: Value = serde_json::from_str(rest).ok()?;
                Article::from_fields(&v, text, v["id"].as_u64()?)
            }
        }
    }
}

/// An article as IndexedDB holds it.
#[derive(Debug, Clone, PartialEq)]
pub enum Record {
    /// One JSON string, text included ([`Article::to_record`]; written
    /// before the text was kept apart).
    Whole(String),
    /// The text apart from the rest ([`Article::to_record_parts`]).
    Parts { rest: String, text: String },
}

/// The whole workspace as one file (pretty JSON, keys sorted, so the same
/// workspace always gives the same bytes).
pub fn to_file(articles: &[Article], current: usize) -> String {
    let v = json!({
        "format": FILE_FORMAT,
        "version": FILE_VERSION,
        "current": current,
        "articles": articles.iter().map(Article::to_json).collect::<Vec<_>>(),
    });
    let mut s = serde_json::to_string_pretty(&v).unwrap_or_default();
    s.push('\n');
    s
}

/// Why a file is not a workspace.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NotAWorkspace {
    NotJson,
    WrongFormat,
    NewerVersion,
}

/// The articles of a workspace file (ids from `first_id` on) and which was current.
pub fn from_file(s: &str, first_id: u64) -> Result<(Vec<Article>, usize), NotAWorkspace> {
    let v: Value = serde_json::from_str(s.trim_start_matches('\u{feff}'))
        .map_err(|_| NotAWorkspace::NotJson)?;
    if v["format"] != FILE_FORMAT {
        return Err(NotAWorkspace::WrongFormat);
    }
    if v["version"].as_u64().is_none_or(|n| n > FILE_VERSION) {
        return Err(NotAWorkspace::NewerVersion);
    }
    let articles: Vec<Article> = v["articles"]
        .as_array()
        .ok_or(NotAWorkspace::WrongFormat)?
        .iter()
        .zip(first_id..)
        .filter_map(|(a, id)| Article::from_json(a, id))
        .collect();
    let current =
        (v["current"].as_u64().unwrap_or(0) as usize).min(articles.len().saturating_sub(1));
    Ok((articles, current))
}

/// One line per article in the CLI's `--jsonl` shape: the `--json` object
/// (with the corrected marks) plus `"file"`.
pub fn jsonl(docs: &[(&str, &Doc)]) -> String {
    let mut out = String::new();
    for (name, doc) in docs {
        let mut v = doc.analysis.to_contract_json(&doc.text);
        v["file"] = json!(name);
        out.push_str(&v.to_string());
        out.push('\n');
    }
    out
}

/// A name for a new article: "Bài 3" / "Article 3".
pub fn default_name(prefix: &str, articles: &[Article]) -> String {
    numbered_name(prefix, articles, articles.len() + 1)
}

/// "`prefix` `n`" for the first `n` from `from` that no article is called.
pub fn numbered_name(prefix: &str, articles: &[Article], from: usize) -> String {
    let mut n = from;
    loop {
        let name = format!("{prefix} {n}");
        if !articles.iter().any(|a| a.name == name) {
            return name;
        }
        n += 1;
    }
}

/// The articles whose name or text contains `query` (case-insensitive), in order.
pub fn search(articles: &[Article], query: &str) -> Vec<usize> {
    let q = query.trim().to_lowercase();
    articles
        .iter()
        .enumerate()
        .filter(|(_, a)| {
            q.is_empty() || a.name.to_lowercase().contains(&q) || a.text.to_lowercase().contains(&q)
        })
        .map(|(i, _)| i)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::corrections::{anchor_at, Change};
    use crate::{Attrs, Kind, Options, Source};

    fn article(id: u64, name: &str, text: &str) -> Article {
        let mut a = Article::new(id, name.into(), text);
        let s = text.find("hội nghị").unwrap();
        a.edits.push(Edit {
            anchor: anchor_at(text, s, s + "hội nghị".len()),
            change: Change::Mark {
                kind: Kind::Org,
                attrs: Attrs::default(),
            },
        });
        a.reference = CivilDate::new(2023, 12, 29);
        a
    }

    #[test]
    fn the_file_round_trips_byte_for_byte() {
        let a = vec![
            article(1, "mot.txt", "Ngày 5/10/2023, hội nghị \"Tỉnh ủy\" họp.\n"),
            article(
                7,
                "<img src=x onerror=alert(1)>.txt",
                "Lê Văn Dũng dự hội nghị.",
            ),
        ];
        let file = to_file(&a, 1);
        let (back, current) = from_file(&file, 100).unwrap();
        assert_eq!(current, 1);
        assert_eq!(back.len(), 2);
        assert_eq!(back[1].name, a[1].name);
        assert_eq!(back[0].edits, a[0].edits);
        assert_eq!(to_file(&back, current), file);
        assert_eq!(back[0].id, 100);
    }

    #[test]
    fn not_a_workspace() {
        assert_eq!(from_file("nope", 1), Err(NotAWorkspace::NotJson));
        assert_eq!(from_file("{}", 1), Err(NotAWorkspace::WrongFormat));
        let newer = json!({"format": FILE_FORMAT, "version": 99, "articles": []});
        assert_eq!(
            from_file(&newer.to_string(), 1),
            Err(NotAWorkspace::NewerVersion)
        );
    }

    #[test]
    fn records_keep_the_id() {
        let tail = "Một đoạn khác, xa chỗ sửa. ".repeat(20);
        let mut a = article(42, "a", &format!("Hà Nội, \"hội nghị\".\n{tail}"));
        a.reference = CivilDate::new(2023, 11, 25);
        let (rest, text) = a.to_record_parts();
        // The text stays out of the JSON (an edit keeps only its anchor).
        assert!(!rest.contains(&tail) && rest.len() < tail.len());
        let parts = Record::Parts {
            rest,
            text: text.to_string(),
        };
        for record in [parts, Record::Whole(a.to_record())] {
            let back = Article::from_record(&record).unwrap();
            assert_eq!((back.id, back.edits.len()), (42, 1));
            assert_eq!((&*back.text, &back.name), (&*a.text, &a.name));
            assert_eq!(back.reference, a.reference);
            assert_eq!(back.edits, a.edits);
        }
        // A record missing its text or its id is no article.
        let broken = Record::Parts {
            rest: "{\"name\":\"a\"}".into(),
            text: "x".into(),
        };
        assert_eq!(Article::from_record(&broken), None);
    }

    #[test]
    fn jsonl_is_the_cli_shape_with_corrected_marks() {
        let text = "Ngày 5/10/2023, hội nghị họp tại Hà Nội.";
        let a = article(1, "a.txt", text);
        let rule = crate::analyze(text, &Options::default());
        let applied = crate::app::corrections::apply(text, &rule.entities, &a.edits);
        let mut analysis = rule.clone();
        analysis.entities = applied.entities;
        let doc = Doc::new(text.into(), analysis);
        let out = jsonl(&[("a.txt", &doc), ("b.txt", &doc)]);
        let lines: Vec<Value> = out
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect();
        assert_eq!(lines.len(), 2);
        assert_eq!(lines[1]["file"], "b.txt");
        let keys: Vec<&String> = lines[0].as_object().unwrap().keys().collect();
        assert_eq!(
            keys,
            ["entities", "file", "reference_date", "reference_source"]
        );
        let user: Vec<&Value> = lines[0]["entities"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|e| e["source"] == Source::User.as_str())
            .collect();
        assert_eq!(user.len(), 1);
        assert_eq!(user[0]["text"], "hội nghị");
        // Every other mark is the engine's, as `soi --json` says.
        let all = lines[0]["entities"].as_array().unwrap();
        assert!(all.len() > 1);
        assert!(all
            .iter()
            .all(|e| e["source"] == "rule" || e["text"] == "hội nghị"));
        let cli = crate::analyze_json(text, &Options::default());
        assert!(cli["entities"]
            .as_array()
            .unwrap()
            .iter()
            .all(|e| e["source"] == "rule"));
        // The tables and their CSV use the corrected marks too.
        let csv = crate::app::export::csv(&doc, Kind::Org, crate::app::i18n::Lang::En);
        assert!(csv.contains("\r\nhội nghị,1\r\n"), "{csv}");
        // Code points, as the contract says.
        assert_eq!(
            user[0]["start"],
            text[..text.find("hội").unwrap()].chars().count()
        );
    }

    #[test]
    fn names_and_search() {
        let a = vec![
            article(1, "Bài 1", "Ngày 5/10, hội nghị ở Huế."),
            article(2, "x.txt", "Bàn về hội nghị ở Đà Nẵng."),
        ];
        assert_eq!(default_name("Bài", &a), "Bài 3");
        assert_eq!(search(&a, "đà nẵng"), vec![1]);
        assert_eq!(search(&a, " "), vec![0, 1]);
        assert_eq!(search(&a, "X.TXT"), vec![1]);
    }
}
