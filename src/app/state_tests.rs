use super::*;
use crate::Source;

#[test]
fn edit_then_analyze() {
    let s = Rc::new(AppState::new("", Lang::En));
    let s = s.reduce(Action::Edit("Ngày 5/10/2023".into()));
    assert!(s.stale());
    let s = s.reduce(Action::Analyze);
    assert!(!s.stale());
    assert_eq!(s.doc.text, "Ngày 5/10/2023");
    assert_eq!(&*s.article().text, "Ngày 5/10/2023");
}

#[test]
fn the_sample_article_takes_a_name_of_its_own_once_its_text_is_the_users() {
    let s = Rc::new(AppState::initial(Lang::Vi));
    assert_eq!(s.article().name, "Bài mẫu");
    // Hiding a type, or the sample's own text again, keeps the name.
    let s = s.reduce(Action::ToggleKind(Kind::Date));
    assert_eq!(s.article().name, "Bài mẫu");
    let s = s.reduce(Action::Edit(SAMPLE.into()));
    assert_eq!(s.article().name, "Bài mẫu");
    let s = s.reduce(Action::Clear);
    assert_eq!(s.article().name, "Bài mẫu", "an empty box is nobody's text");
    let s = s.reduce(Action::Edit("Ngày 5/10/2023, Bộ Nội vụ họp.".into()));
    assert_eq!(s.article().name, "Bài 1");
    // A new article, pasted into, keeps its own name.
    let s = s.reduce(Action::NewArticle);
    let name = s.article().name.clone();
    let s = s.reduce(Action::Edit("Ngày 6/10/2023.".into()));
    assert_eq!(s.article().name, name);
    assert_ne!(name, "Bài 1");
    // In English too.
    let s = Rc::new(AppState::initial(Lang::En));
    let s = s.reduce(Action::Edit("Ngày 5/10/2023.".into()));
    assert_eq!(s.article().name, "Article 1");
}

#[test]
fn toggle_hides_a_type() {
    let s = Rc::new(AppState::new("", Lang::En));
    let s = s.reduce(Action::ToggleKind(Kind::Date));
    assert_eq!(s.hidden_classes().to_string(), "hide-DATE");
    let s = s.reduce(Action::ToggleKind(Kind::Date));
    assert!(s.hidden_classes().is_empty());
}

#[test]
fn clear_then_undo() {
    let s = Rc::new(AppState::new("Ngày 5/10/2023", Lang::En));
    let s = s.reduce(Action::Clear);
    assert_eq!(&*s.text, "");
    assert!(s.doc.analysis.entities.is_empty());
    let s = s.reduce(Action::Undo);
    assert_eq!(&*s.text, "Ngày 5/10/2023");
    assert_eq!(s.doc.analysis.entities.len(), 1);
    assert!(s.cleared.is_none());
}

#[test]
fn huge_text_goes_to_the_worker() {
    let big = SAMPLE.repeat(wire::WORKER_MIN_BYTES / SAMPLE.len() + 1);
    let s = Rc::new(AppState::new("", Lang::En));
    let s = s.reduce(Action::Edit(big.as_str().into()));
    let s = s.reduce(Action::Analyze);
    let p = s.pending.clone().expect("sent to the worker");
    assert!(s.stale());
    // The answer for an older request is ignored.
    let wire = wire::analyze_encoded(&big, None);
    let ignored = s.clone().reduce(Action::Analyzed {
        id: p.id + 7,
        wire: wire.clone(),
    });
    assert!(ignored.pending.is_some());
    let s = s.reduce(Action::Analyzed { id: p.id, wire });
    assert!(!s.stale());
    assert_eq!(s.doc.analysis, crate::analyze(&big, &Options::default()));
}

const TEXT: &str = "Sáng 29/12/2023, đồng chí Ngô Đông Hải, Bí thư Tỉnh ủy Thái Bình dự hội nghị. \
    Toàn tỉnh kết nạp 1.250 đảng viên mới.";

fn index_of(s: &AppState, text: &str) -> usize {
    s.doc
        .analysis
        .entities
        .iter()
        .position(|e| e.text == text)
        .unwrap_or_else(|| panic!("{text} not marked"))
}

fn select(s: Rc<AppState>, words: &str) -> Rc<AppState> {
    let start = s.doc.text.find(words).unwrap();
    s.reduce(Action::SelectText(Some(TextSelection {
        start,
        end: start + words.len(),
        x: 0.0,
        y: 0.0,
    })))
}

#[test]
fn corrections_undo_redo_and_survive_a_new_reference_date() {
    let s = Rc::new(AppState::new(TEXT, Lang::En));
    let n = s.doc.analysis.entities.len();
    let fig = index_of(&s, "1.250");
    let s = s.reduce(Action::Correct(Correction::Remove(fig)));
    assert_eq!(s.doc.analysis.entities.len(), n - 1);
    let person = index_of(&s, "Ngô Đông Hải");
    let s = s.reduce(Action::Correct(Correction::Retype(person, Kind::Org)));
    let m = &s.doc.analysis.entities[index_of(&s, "Ngô Đông Hải")];
    assert_eq!((m.kind, m.source), (Kind::Org, Source::User));
    // A new mark from a selection, snapped to whole words.
    let s = select(s, "ội ngh");
    let s = s.reduce(Action::Correct(Correction::MarkSelection(Kind::Place)));
    let m = &s.doc.analysis.entities[index_of(&s, "hội nghị")];
    assert_eq!(m.kind, Kind::Place);
    assert_eq!(s.article().edits.len(), 3);
    assert!(s.selection.is_none());
    // Undo twice, redo once.
    let s = s
        .reduce(Action::UndoCorrection)
        .reduce(Action::UndoCorrection);
    assert_eq!(s.article().edits.len(), 1);
    assert_eq!(
        s.doc.analysis.entities[index_of(&s, "Ngô Đông Hải")].kind,
        Kind::Person
    );
    let s = s.reduce(Action::RedoCorrection);
    assert_eq!(s.article().edits.len(), 2);
    // A new reference date re-analyzes; the corrections stay.
    let s = s.reduce(Action::SetReference(CivilDate::new(2020, 1, 1)));
    assert_eq!(s.doc.analysis.entities.len(), n - 1);
    assert_eq!(
        s.doc.analysis.entities[index_of(&s, "Ngô Đông Hải")].kind,
        Kind::Org
    );
    // Text edited elsewhere: kept; the words gone: dropped, with a notice.
    let s = s
        .reduce(Action::Edit(format!("Tin. {TEXT}").into()))
        .reduce(Action::Analyze);
    assert_eq!(s.article().edits.len(), 2);
    let s = s
        .reduce(Action::Edit(
            TEXT.replace("Ngô Đông Hải", "Nguyễn Văn A").into(),
        ))
        .reduce(Action::Analyze);
    assert_eq!(s.article().edits.len(), 1);
    assert!(
        s.notice.as_deref().unwrap().contains("(1)"),
        "{:?}",
        s.notice
    );
}

#[test]
fn resize_and_attributes() {
    let s = Rc::new(AppState::new(TEXT, Lang::En));
    let i = index_of(&s, "1.250");
    let s = s.reduce(Action::Correct(Correction::Resize {
        mark: i,
        start_edge: false,
        grow: true,
    }));
    let i = index_of(&s, "1.250 đảng");
    assert_eq!(s.selected, Some(i));
    assert_eq!(s.focus.map(|f| f.0), Some(i));
    let mut attrs = (*s.doc.analysis.entities[i].attrs).clone();
    attrs.unit = Some("<img src=x onerror=alert(1)>".into());
    let s = s.reduce(Action::Correct(Correction::SetAttrs(i, attrs)));
    assert_eq!(
        s.article().edits.len(),
        1,
        "the attributes replace the resize edit"
    );
    let m = &s.doc.analysis.entities[index_of(&s, "1.250 đảng")];
    assert_eq!(
        m.attrs.unit.as_deref(),
        Some("<img src=x onerror=alert(1)>")
    );
}

#[test]
fn articles_switch_keep_their_own_corrections_and_deletion_undoes() {
    let s = Rc::new(AppState::new(TEXT, Lang::En));
    let s = s.reduce(Action::Correct(Correction::Remove(0)));
    let s = s.reduce(Action::Load {
        name: "b.txt".into(),
        text: "Ngày 5/10/2023 tại Hà Nội.".into(),
        note: None,
        show: false,
    });
    assert_eq!((s.articles.len(), s.current), (2, 0));
    assert_eq!(s.next_to_index(), Some(1));
    let s = s.reduce(Action::IndexNext);
    assert_eq!(s.next_to_index(), None);
    assert_eq!(s.analyzed_articles().len(), 2);
    let s = s.reduce(Action::Switch(1));
    assert_eq!(&*s.text, "Ngày 5/10/2023 tại Hà Nội.");
    assert!(s.article().edits.is_empty());
    let s = s.reduce(Action::Switch(0));
    assert_eq!(s.article().edits.len(), 1);
    let s = s.reduce(Action::DeleteArticle(0));
    assert_eq!(s.articles.len(), 1);
    assert_eq!(s.file_name.as_deref(), Some("b.txt"));
    let s = s.reduce(Action::Restore);
    assert_eq!(s.articles.len(), 2);
    assert_eq!(s.article().edits.len(), 1);
    // Clear all, then import the export back: the same bytes.
    let file = workspace::to_file(&s.articles, s.current);
    let s = s.reduce(Action::ClearWorkspace);
    assert_eq!(s.articles.len(), 1);
    assert!(s.text.is_empty());
    let s = s.reduce(Action::Import(file.clone()));
    assert_eq!(workspace::to_file(&s.articles, s.current), file);
    let s = s.reduce(Action::Import("garbage".into()));
    assert_eq!(s.articles.len(), 2);
}

#[test]
fn marks_shown_from_a_table_are_wanted_until_the_doc_changes() {
    let s = Rc::new(AppState::new(TEXT, Lang::En));
    assert!(s.wanted_marks().is_empty());
    let s = s.reduce(Action::ShowMarks(vec![3, 5]));
    assert_eq!(s.wanted_marks(), [3]);
    let first = s.shown.clone().unwrap().1;
    // The same row again is a new request (the view scrolls and flashes again).
    let s = s.reduce(Action::ShowMarks(vec![3, 5]));
    assert_eq!(s.shown.clone().unwrap().1, first + 1);
    // A correction focuses its mark, and makes a new doc: the old numbers go.
    let s = s.reduce(Action::Correct(Correction::Remove(0)));
    assert!(s.shown.is_none());
    assert_eq!(
        s.wanted_marks(),
        s.focus.map(|f| f.0).into_iter().collect::<Vec<_>>()
    );
}
