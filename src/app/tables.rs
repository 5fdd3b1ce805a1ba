//! The summary tables: one row per person, document, date, figure,
//! organization or place, with the marks it stands for.

use rustc_hash::FxHashMap;

use crate::{Entity, Kind};

use super::i18n::Lang;
use super::model::{sentence_around, value_text, Doc};

/// A row of a summary table: its cells and the marks it stands for.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    pub cells: Vec<String>,
    pub marks: Vec<usize>,
}

/// The column headers of a type's table.
pub fn columns(kind: Kind, lang: Lang) -> Vec<&'static str> {
    let t = lang.texts();
    match kind {
        Kind::Person => vec![t.name, t.roles, t.mentions],
        Kind::Regulation => vec![t.id, t.doc_type, t.issuer, t.date, t.text],
        Kind::Date => vec![t.date, t.text, t.mentions],
        Kind::Figure => vec![t.value, t.unit, t.sentence],
        Kind::Org | Kind::Place => vec![t.name, t.mentions],
    }
}

/// Groups marks of `kind` by a key, keeping first-seen order.
fn grouped(doc: &Doc, kind: Kind, key: impl Fn(&Entity) -> String) -> Vec<(String, Vec<usize>)> {
    let mut groups: Vec<(String, Vec<usize>)> = Vec::new();
    // Where each key's group is: a huge text has thousands of groups.
    let mut index: FxHashMap<String, usize> = FxHashMap::default();
    for (i, e) in doc.analysis.entities.iter().enumerate() {
        if e.kind != kind {
            continue;
        }
        let k = key(e);
        match index.get(&k) {
            Some(&g) => groups[g].1.push(i),
            None => {
                index.insert(k.clone(), groups.len());
                groups.push((k, vec![i]));
            }
        }
    }
    groups
}

/// The rows of a type's table.
pub fn rows(doc: &Doc, kind: Kind) -> Vec<Row> {
    let ents = &doc.analysis.entities;
    match kind {
        Kind::Person => grouped(doc, kind, |e| {
            e.attrs.id.as_deref().unwrap_or(&e.text).to_string()
        })
        .into_iter()
        .map(|(_, marks)| {
            let mut roles: Vec<&str> = Vec::new();
            for &m in &marks {
                if let Some(r) = ents[m].attrs.role.as_deref() {
                    if !roles.contains(&r) {
                        roles.push(r);
                    }
                }
            }
            // The longest mention is usually the full name.
            let name = marks
                .iter()
                .map(|&m| ents[m].text.as_str())
                .max_by_key(|t| t.chars().count())
                .unwrap_or_default();
            Row {
                cells: vec![name.to_string(), roles.join("; "), marks.len().to_string()],
                marks,
            }
        })
        .collect(),
        Kind::Regulation => grouped(doc, kind, |e| {
            e.attrs.id.as_deref().unwrap_or(&e.text).to_string()
        })
        .into_iter()
        .map(|(id, marks)| {
            let e = &ents[marks[0]];
            let date = marks
                .iter()
                .find_map(|&m| issue_date(doc, m))
                .unwrap_or_default();
            Row {
                cells: vec![
                    id,
                    e.attrs.doc_type.as_deref().unwrap_or_default().to_string(),
                    e.attrs.issuer.as_deref().unwrap_or_default().to_string(),
                    date,
                    e.text.clone(),
                ],
                marks,
            }
        })
        .collect(),
        Kind::Date => {
            let mut rows: Vec<Row> = grouped(doc, kind, |e| {
                e.attrs
                    .value
                    .as_ref()
                    .map(value_text)
                    .unwrap_or_else(|| e.text.clone())
            })
            .into_iter()
            .map(|(value, marks)| {
                let mut texts: Vec<&str> = Vec::new();
                for &m in &marks {
                    if !texts.contains(&ents[m].text.as_str()) {
                        texts.push(&ents[m].text);
                    }
                }
                Row {
                    cells: vec![value, texts.join("; "), marks.len().to_string()],
                    marks,
                }
            })
            .collect();
            // ISO values sort as text; marks without one go last.
            rows.sort_by(|a, b| {
                let iso = |r: &Row| !r.cells[0].starts_with(|c: char| c.is_ascii_digit());
                (iso(a), &a.cells[0]).cmp(&(iso(b), &b.cells[0]))
            });
            rows
        }
        Kind::Figure => figure_rows(doc).collect(),
        Kind::Org | Kind::Place => grouped(doc, kind, |e| e.text.clone())
            .into_iter()
            .map(|(name, marks)| Row {
                cells: vec![name, marks.len().to_string()],
                marks,
            })
            .collect(),
    }
}

/// The rows of a type's table that a page shows (the first `limit`), and how
/// many there are. A figure's row quotes its sentence: a huge text has
/// thousands, and only the shown ones are quoted.
pub fn shown_rows(doc: &Doc, kind: Kind, limit: usize) -> (Vec<Row>, usize) {
    if kind == Kind::Figure {
        let count = doc
            .analysis
            .entities
            .iter()
            .filter(|e| e.kind == kind)
            .count();
        return (figure_rows(doc).take(limit).collect(), count);
    }
    let mut all = rows(doc, kind);
    let count = all.len();
    all.truncate(limit);
    (all, count)
}

/// One row per figure, in the text's order.
fn figure_rows(doc: &Doc) -> impl Iterator<Item = Row> + '_ {
    let ents = doc.analysis.entities.iter().enumerate();
    ents.filter(|(_, e)| e.kind == Kind::Figure)
        .map(|(i, e)| Row {
            cells: vec![
                e.attrs
                    .value
                    .as_ref()
                    .map(value_text)
                    .unwrap_or_else(|| e.text.clone()),
                e.attrs.unit.as_deref().unwrap_or_default().to_string(),
                sentence_around(&doc.text, e.start, e.end).to_string(),
            ],
            marks: vec![i],
        })
}

/// The date a document was issued on, when the text says "… ngày 5/10/2023"
/// right after the document's number.
fn issue_date(doc: &Doc, mark: usize) -> Option<String> {
    let ents = &doc.analysis.entities;
    let e = &ents[mark];
    let next = ents.get(mark + 1)?;
    if next.kind != Kind::Date || next.start < e.end || next.start - e.end > 24 {
        return None;
    }
    let gap = doc.text.get(e.end..next.start)?.to_lowercase();
    if !(gap.contains("ngày") || gap.trim_matches([' ', ',']).is_empty()) {
        return None;
    }
    Some(
        next.attrs
            .value
            .as_ref()
            .map(value_text)
            .unwrap_or_else(|| next.text.clone()),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::sample::SAMPLE;

    #[test]
    fn shown_rows_are_the_first_rows_and_count_them_all() {
        let more =
            "\nNgày 12/3/2024, Bộ Nội vụ họp tại tỉnh Quảng Nam, theo Quyết định số 12/QĐ-UBND.";
        let doc = Doc::analyze(&format!("{SAMPLE}{more}").repeat(3), &Default::default());
        for kind in Kind::ALL {
            let all = rows(&doc, kind);
            assert!(
                !all.is_empty(),
                "{kind:?}: the sample has rows of every type"
            );
            for limit in [0, 2, all.len(), all.len() + 5] {
                let (shown, count) = shown_rows(&doc, kind, limit);
                assert_eq!(count, all.len(), "{kind:?}");
                assert_eq!(shown, all[..limit.min(all.len())], "{kind:?} up to {limit}");
            }
        }
    }
}
