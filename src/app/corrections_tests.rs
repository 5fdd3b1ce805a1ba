use super::*;
use crate::Options;

const TEXT: &str = "Sáng 29/12, đồng chí Ngô Đông Hải, Bí thư Tỉnh ủy Thái Bình dự hội nghị \
    của Ban Tổ chức Tỉnh ủy. Năm 2023 toàn tỉnh kết nạp 1.250 đảng viên mới.";

fn rule(text: &str) -> Vec<Entity> {
    crate::analyze(text, &Options::default()).entities
}

fn span(text: &str, words: &str) -> (usize, usize) {
    let s = text.find(words).unwrap();
    (s, s + words.len())
}

fn mark(text: &str, words: &str, kind: Kind) -> Edit {
    let (s, e) = span(text, words);
    Edit {
        anchor: anchor_at(text, s, e),
        change: Change::Mark {
            kind,
            attrs: Attrs::default(),
        },
    }
}

fn texts(es: &[Entity]) -> Vec<(Kind, &str, Source)> {
    es.iter()
        .map(|e| (e.kind, e.text.as_str(), e.source))
        .collect()
}

#[test]
fn a_new_mark_replaces_what_it_overlaps_and_is_the_users() {
    let r = rule(TEXT);
    assert!(texts(&r).contains(&(Kind::Person, "Ngô Đông Hải", Source::Rule)));
    // Resize: "Đông Hải, Bí thư" over the person.
    let applied = apply(TEXT, &r, &[mark(TEXT, "Đông Hải", Kind::Org)]);
    let got = texts(&applied.entities);
    assert!(got.contains(&(Kind::Org, "Đông Hải", Source::User)));
    assert!(!got.iter().any(|(_, t, _)| *t == "Ngô Đông Hải"));
    assert_eq!(applied.entities.len(), r.len());
    assert!(applied.entities.windows(2).all(|w| w[0].end <= w[1].start));
}

#[test]
fn a_removal_removes_marks_inside_only() {
    let r = rule(TEXT);
    let (s, e) = span(TEXT, "1.250");
    let remove = Edit {
        anchor: anchor_at(TEXT, s, e),
        change: Change::Remove(Kind::Figure),
    };
    let applied = apply(TEXT, &r, &[remove]);
    assert_eq!(applied.entities.len(), r.len() - 1);
    assert!(!applied.entities.iter().any(|m| m.text == "1.250"));
}

#[test]
fn edits_follow_their_words_when_the_text_changes_elsewhere() {
    let edits = vec![mark(TEXT, "hội nghị", Kind::Org)];
    let edited = format!("Tin mới. {}", TEXT.replace("Năm 2023", "Năm 2024"));
    let applied = apply(&edited, &rule(&edited), &edits);
    assert!(applied.dropped.is_empty());
    let m = applied
        .entities
        .iter()
        .find(|m| m.source == Source::User)
        .unwrap();
    assert_eq!(&edited[m.start..m.end], "hội nghị");
    // The kept anchor points at the new place.
    assert_eq!(applied.kept[0].anchor.at, m.start);
    // Words gone: dropped.
    let gone = edited.replace("hội nghị", "cuộc họp");
    let applied = apply(&gone, &rule(&gone), &edits);
    assert_eq!(applied.dropped, edits);
    assert!(applied.kept.is_empty());
}

#[test]
fn locate_uses_context_to_choose_between_repeats() {
    let text = "Tỉnh ủy họp. Ban Tổ chức Tỉnh ủy họp.";
    let second = text.rfind("Tỉnh ủy").unwrap();
    let a = anchor_at(text, second, second + "Tỉnh ủy".len());
    let moved = format!("Mở đầu. {text}");
    let (s, _) = locate(&moved, &a).unwrap();
    assert_eq!(s, moved.rfind("Tỉnh ủy").unwrap());
    // Repeats with no context left to choose: not guessed.
    let bare = Anchor {
        before: String::new(),
        after: String::new(),
        ..a.clone()
    };
    assert!(locate("Tỉnh ủy, Tỉnh ủy", &Anchor { at: 99, ..bare }).is_some());
    let lost = Anchor {
        before: "zzz".into(),
        after: "qqq".into(),
        ..a
    };
    assert_eq!(locate("Tỉnh ủy, Tỉnh ủy", &lost), None);
}

#[test]
fn record_drops_moot_edits_and_useless_removals() {
    let r = rule(TEXT);
    let mut edits = Vec::new();
    record(&mut edits, &r, mark(TEXT, "hội nghị", Kind::Org));
    record(&mut edits, &r, mark(TEXT, "hội nghị", Kind::Place));
    assert_eq!(edits.len(), 1, "a retype replaces the earlier mark");
    // Removing a user mark where the engine has none: no edit left.
    let (s, e) = span(TEXT, "hội nghị");
    let remove = Edit {
        anchor: anchor_at(TEXT, s, e),
        change: Change::Remove(Kind::Place),
    };
    record(&mut edits, &r, remove);
    assert!(edits.is_empty());
}

#[test]
fn snapping_to_whole_words() {
    let t = "ông Nguyễn Văn Dũng, Bí thư";
    let s = t.find("uyễn").unwrap();
    let e = t.find("Dũ").unwrap() + "Dũ".len();
    let (a, b) = snap_to_words(t, s, e).unwrap();
    assert_eq!(&t[a..b], "Nguyễn Văn Dũng");
    let (a, b) = snap_to_words(t, t.find(' ').unwrap(), t.find(',').unwrap() + 2).unwrap();
    assert_eq!(&t[a..b], "Nguyễn Văn Dũng");
    let comma = t.find(',').unwrap();
    assert_eq!(
        snap_to_words(t, comma, comma + 2),
        None,
        "only a comma and a space"
    );
    // Decomposed accents stay inside the word.
    let nfd = "Ha\u{300} No\u{302}\u{323}i";
    let (a, b) = snap_to_words(nfd, 1, 2).unwrap();
    assert_eq!(&nfd[a..b], "Ha\u{300}");
}

#[test]
fn resizing_by_a_word() {
    let t = "Bí thư Tỉnh ủy Thái Bình dự";
    let s = span(t, "Tỉnh ủy");
    let grown = resize_by_word(t, s, false, true).unwrap();
    assert_eq!(&t[grown.0..grown.1], "Tỉnh ủy Thái");
    let back = resize_by_word(t, grown, false, false).unwrap();
    assert_eq!(back, s);
    let left = resize_by_word(t, s, true, true).unwrap();
    assert_eq!(&t[left.0..left.1], "thư Tỉnh ủy");
    let shrunk = resize_by_word(t, s, true, false).unwrap();
    assert_eq!(&t[shrunk.0..shrunk.1], "ủy");
    let one = span(t, "dự");
    assert_eq!(resize_by_word(t, one, true, false), None);
}

#[test]
fn undo_and_redo() {
    let mut h = History::default();
    let mut v = vec![1];
    h.push(v.clone());
    v.push(2);
    h.push(v.clone());
    v.push(3);
    assert!(h.can_undo() && !h.can_redo());
    v = h.undo(v).unwrap();
    assert_eq!(v, vec![1, 2]);
    v = h.undo(v).unwrap();
    assert_eq!(v, vec![1]);
    assert_eq!(h.undo(v.clone()), None);
    v = h.redo(v).unwrap();
    assert_eq!(v, vec![1, 2]);
    // A new change forgets what could be redone.
    h.push(v.clone());
    assert!(!h.can_redo());
}

#[test]
fn stored_edits_round_trip_with_code_point_offsets() {
    let mut e = mark(TEXT, "Thái Bình", Kind::Place);
    if let Change::Mark { attrs, .. } = &mut e.change {
        attrs.role = Some("<b>x</b>".into());
    }
    let v = e.to_json(TEXT);
    assert_eq!(
        v["at"].as_u64().unwrap() as usize,
        TEXT[..e.anchor.at].chars().count()
    );
    assert_eq!(Edit::from_json(&v, TEXT), Some(e));
    let r = Edit {
        anchor: anchor_at(TEXT, 0, 4),
        change: Change::Remove(Kind::Date),
    };
    assert_eq!(Edit::from_json(&r.to_json(TEXT), TEXT), Some(r));
    assert_eq!(Edit::from_json(&json!({"text": "x"}), TEXT), None);
}
