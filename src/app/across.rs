//! Tables across the articles of the workspace: each person once (with
//! roles and the articles they appear in), the documents cited (with how
//! many articles cite each), one timeline, every figure with its article and
//! sentence. Built from each article's own summary tables ([`super::tables`]),
//! so corrected marks count everywhere alike. Pure: no browser.

use crate::Kind;

use super::export::csv_field;
use super::i18n::Lang;
use super::model::Doc;
use super::tables;

/// One analyzed article: its index in the workspace, name and corrected doc.
pub type ArticleDoc<'a> = (usize, &'a str, &'a Doc);

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CrossTable {
    People,
    Documents,
    Timeline,
    Figures,
}

impl CrossTable {
    pub const ALL: [CrossTable; 4] = [
        CrossTable::People,
        CrossTable::Documents,
        CrossTable::Timeline,
        CrossTable::Figures,
    ];

    pub fn kind(self) -> Kind {
        match self {
            CrossTable::People => Kind::Person,
            CrossTable::Documents => Kind::Regulation,
            CrossTable::Timeline => Kind::Date,
            CrossTable::Figures => Kind::Figure,
        }
    }

    pub fn slug(self) -> &'static str {
        match self {
            CrossTable::People => "people",
            CrossTable::Documents => "documents",
            CrossTable::Timeline => "timeline",
            CrossTable::Figures => "figures",
        }
    }
}

/// A row and the marks it stands for: `(article index, mark index)`.
#[derive(Debug, Clone, PartialEq)]
pub struct CrossRow {
    pub cells: Vec<String>,
    pub targets: Vec<(usize, usize)>,
}

pub fn columns(table: CrossTable, lang: Lang) -> Vec<&'static str> {
    let t = lang.texts();
    match table {
        CrossTable::People => vec![t.name, t.roles, t.articles, t.mentions],
        CrossTable::Documents => vec![t.id, t.doc_type, t.article_count, t.articles],
        CrossTable::Timeline => vec![t.date, t.text, t.article],
        CrossTable::Figures => vec![t.value, t.unit, t.article, t.sentence],
    }
}

/// Adds `items` to `list` unless already there, keeping first-seen order.
fn add_unique(list: &mut Vec<String>, items: impl IntoIterator<Item = String>) {
    for item in items {
        if !item.is_empty() && !list.contains(&item) {
            list.push(item);
        }
    }
}

pub fn rows(table: CrossTable, docs: &[ArticleDoc]) -> Vec<CrossRow> {
    let per_article = docs.iter().flat_map(|&(article, name, doc)| {
        tables::rows(doc, table.kind())
            .into_iter()
            .map(move |row| (article, name, doc, row))
    });
    match table {
        CrossTable::People | CrossTable::Documents => {
            // Grouped by name (people) or number (documents), case-insensitively.
            let mut groups: Vec<(String, Vec<String>, Vec<String>, CrossRow)> = Vec::new();
            for (article, name, _, row) in per_article {
                let key = row.cells[0].to_lowercase();
                let i = match groups.iter().position(|g| g.0 == key) {
                    Some(i) => i,
                    None => {
                        groups.push((
                            key,
                            Vec::new(),
                            Vec::new(),
                            CrossRow {
                                cells: vec![row.cells[0].clone()],
                                targets: Vec::new(),
                            },
                        ));
                        groups.len() - 1
                    }
                };
                let g = &mut groups[i];
                let details = if table == CrossTable::People {
                    row.cells[1].split("; ").map(str::to_string).collect()
                } else {
                    vec![row.cells[1].clone()]
                };
                add_unique(&mut g.1, details);
                add_unique(&mut g.2, [name.to_string()]);
                g.3.targets.extend(row.marks.iter().map(|&m| (article, m)));
            }
            groups
                .into_iter()
                .map(|(_, details, articles, mut row)| {
                    row.cells.push(details.join("; "));
                    if table == CrossTable::People {
                        row.cells.push(articles.join("; "));
                        row.cells.push(row.targets.len().to_string());
                    } else {
                        row.cells.push(articles.len().to_string());
                        row.cells.push(articles.join("; "));
                    }
                    row
                })
                .collect()
        }
        CrossTable::Timeline => {
            let mut rows: Vec<CrossRow> = per_article
                .map(|(article, name, _, row)| CrossRow {
                    cells: vec![row.cells[0].clone(), row.cells[1].clone(), name.to_string()],
                    targets: row.marks.iter().map(|&m| (article, m)).collect(),
                })
                .collect();
            // ISO values sort as text; marks without one go last (stable: article order).
            rows.sort_by(|a, b| {
                let iso = |r: &CrossRow| !r.cells[0].starts_with(|c: char| c.is_ascii_digit());
                (iso(a), &a.cells[0]).cmp(&(iso(b), &b.cells[0]))
            });
            rows
        }
        CrossTable::Figures => per_article
            .map(|(article, name, _, row)| CrossRow {
                cells: vec![
                    row.cells[0].clone(),
                    row.cells[1].clone(),
                    name.to_string(),
                    row.cells[2].clone(),
                ],
                targets: row.marks.iter().map(|&m| (article, m)).collect(),
            })
            .collect(),
    }
}

/// A table as CSV (UTF-8 with a byte-order mark, as the per-article tables).
pub fn csv(table: CrossTable, docs: &[ArticleDoc], lang: Lang) -> String {
    let mut out = String::from("\u{feff}");
    let header: Vec<String> = columns(table, lang).into_iter().map(csv_field).collect();
    out.push_str(&header.join(","));
    out.push_str("\r\n");
    for row in rows(table, docs) {
        let cells: Vec<String> = row.cells.iter().map(|c| csv_field(c)).collect();
        out.push_str(&cells.join(","));
        out.push_str("\r\n");
    }
    out
}

pub fn csv_name(table: CrossTable) -> String {
    format!("soi-all-{}.csv", table.slug())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Options;

    fn doc(text: &str) -> Doc {
        Doc::analyze(text, &Options::default())
    }

    #[test]
    fn people_documents_timeline_figures_across_articles() {
        let a = doc("Ngày 5/10/2023, đồng chí Lê Văn Dũng, Bí thư Tỉnh ủy, nói về Nghị quyết số 21-NQ/TW. Tỉnh kết nạp 1.250 đảng viên.");
        let b = doc("Ngày 3/1/2022, ông Lê Văn Dũng, Chủ tịch UBND tỉnh, dự họp. Theo Nghị quyết số 21-NQ/TW và Quy định 114.");
        let docs = [(0, "a.txt", &a), (3, "b.txt", &b)];
        let people = rows(CrossTable::People, &docs);
        let dung: Vec<&CrossRow> = people
            .iter()
            .filter(|r| r.cells[0] == "Lê Văn Dũng")
            .collect();
        assert_eq!(dung.len(), 1, "{people:?}");
        assert_eq!(dung[0].cells[2], "a.txt; b.txt");
        assert!(dung[0].cells[1].contains("Bí thư Tỉnh ủy"), "{:?}", dung[0]);
        assert!(
            dung[0].cells[1].contains("Chủ tịch UBND tỉnh"),
            "{:?}",
            dung[0]
        );
        assert_eq!(
            dung[0].targets.iter().map(|t| t.0).collect::<Vec<_>>(),
            [0, 3]
        );

        let documents = rows(CrossTable::Documents, &docs);
        let nq = documents.iter().find(|r| r.cells[0] == "21-NQ/TW").unwrap();
        assert_eq!(nq.cells[2], "2");
        let qd = documents.iter().find(|r| r.cells[0] != "21-NQ/TW").unwrap();
        assert_eq!((qd.cells[2].as_str(), qd.cells[3].as_str()), ("1", "b.txt"));

        let timeline = rows(CrossTable::Timeline, &docs);
        let dates: Vec<&str> = timeline.iter().map(|r| r.cells[0].as_str()).collect();
        assert_eq!(dates, ["2022-01-03", "2023-10-05"]);
        assert_eq!(timeline[0].cells[2], "b.txt");

        let figures = rows(CrossTable::Figures, &docs);
        assert_eq!(figures.len(), 1);
        assert_eq!(figures[0].cells[2], "a.txt");
        assert!(figures[0].cells[3].contains("1.250 đảng viên"));

        let csv = csv(CrossTable::Documents, &docs, Lang::En);
        assert!(
            csv.starts_with("\u{feff}Number,Type,Articles citing,Articles\r\n"),
            "{csv}"
        );
        assert_eq!(csv.matches("\r\n").count(), documents.len() + 1);
    }
}
