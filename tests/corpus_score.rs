//! Scores `soi::analyze` on every corpus folder (`tests/corpus/dev`, a copy of
//! `shared/corpus/dev`; `train`; `unseen`, never looked at while tuning)
//! exactly by the rules of `shared/eval/score.py`: strict = same type and
//! same code-point span, lenient = same type and overlapping spans, each gold
//! and predicted mark matched at most once, greedily in gold order; attribute
//! accuracy over strictly matched marks. `cargo test --test corpus_score --
//! --nocapture` prints the tables; `SOI_SHOW_ERRORS=1` lists every error.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use unicode_normalization::UnicodeNormalization;

const TYPES: [&str; 6] = ["PERSON", "ORG", "PLACE", "DATE", "REGULATION", "FIGURE"];
const CORE: [&str; 4] = ["PERSON", "DATE", "REGULATION", "FIGURE"];

#[derive(Debug, Clone, PartialEq)]
struct Mark {
    kind: String,
    start: usize,
    end: usize,
    text: String,
    /// `value` or `id`, as score.py compares them (as text).
    key: Option<String>,
    /// `role` or `unit`.
    describing: Option<String>,
}

struct Doc {
    name: String,
    text: String,
    gold: Vec<Mark>,
}

fn corpus_dir(folder: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/corpus")
        .join(folder)
}

/// Like Python's `read_text`: universal newlines.
fn read_text(p: &Path) -> String {
    std::fs::read_to_string(p)
        .unwrap()
        .replace("\r\n", "\n")
        .replace('\r', "\n")
}

fn marks_from_json(v: &serde_json::Value) -> Vec<Mark> {
    v["entities"]
        .as_array()
        .expect("entities")
        .iter()
        .map(|e| Mark {
            kind: e["type"].as_str().unwrap_or_default().to_string(),
            start: e["start"].as_u64().unwrap() as usize,
            end: e["end"].as_u64().unwrap() as usize,
            text: e["text"].as_str().unwrap_or_default().to_string(),
            key: ["value", "id"].iter().find_map(|k| attr_text(&e[*k])),
            describing: ["role", "unit"].iter().find_map(|k| attr_text(&e[*k])),
        })
        .collect()
}

/// An attribute as score.py's `str(...)` reads it (numbers as Python prints them).
fn attr_text(v: &serde_json::Value) -> Option<String> {
    match v {
        serde_json::Value::String(s) if !s.trim().is_empty() => Some(s.trim().to_string()),
        serde_json::Value::Number(n) => Some(match n.as_f64() {
            Some(f) if n.is_f64() && f.fract() == 0.0 => format!("{f:.1}"),
            _ => n.to_string(),
        }),
        _ => None,
    }
}

fn load_docs(folder: &str) -> Vec<Doc> {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(corpus_dir(folder))
        .expect("a corpus folder")
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    paths.sort();
    let mut docs = Vec::new();
    for txt in paths {
        let stem = txt.file_stem().unwrap().to_string_lossy().into_owned();
        let gold_path = txt.with_file_name(format!("{stem}.gold.json"));
        if !gold_path.exists() {
            continue;
        }
        let gold: serde_json::Value = serde_json::from_str(&read_text(&gold_path)).unwrap();
        docs.push(Doc {
            name: txt.file_name().unwrap().to_string_lossy().into_owned(),
            text: read_text(&txt),
            gold: marks_from_json(&gold),
        });
    }
    assert!(!docs.is_empty(), "no NAME.txt with NAME.gold.json");
    docs
}

fn predict(text: &str) -> Vec<Mark> {
    let analysis = soi::analyze(text, &soi::Options::default());
    marks_from_json(&analysis.to_contract_json(text))
}

/// score.py's check of a prediction: offsets in range, text matches.
fn check_marks(name: &str, text: &str, marks: &[Mark]) {
    let chars: Vec<char> = text.chars().collect();
    for m in marks {
        assert!(
            m.start < m.end && m.end <= chars.len(),
            "{name}: mark {m:?} out of range"
        );
        let span: String = chars[m.start..m.end].iter().collect();
        assert_eq!(span, m.text, "{name}: mark {m:?} does not match the text");
    }
}

/// score.py's `match`: greedy one-to-one, in gold order; the matched pairs.
fn match_pairs<'a>(
    gold: &[&'a Mark],
    pred: &[&'a Mark],
    strict: bool,
) -> Vec<(&'a Mark, &'a Mark)> {
    let mut used = vec![false; pred.len()];
    let mut pairs = Vec::new();
    for g in gold {
        for (i, p) in pred.iter().enumerate() {
            if used[i] || p.kind != g.kind {
                continue;
            }
            let ok = if strict {
                p.start == g.start && p.end == g.end
            } else {
                p.start < g.end && g.start < p.end
            };
            if ok {
                used[i] = true;
                pairs.push((*g, *p));
                break;
            }
        }
    }
    pairs
}

fn match_count(gold: &[&Mark], pred: &[&Mark], strict: bool) -> usize {
    match_pairs(gold, pred, strict).len()
}

/// score.py's `prf`.
fn prf(tp: usize, n_pred: usize, n_gold: usize) -> (f64, f64, f64) {
    let p = if n_pred > 0 {
        tp as f64 / n_pred as f64
    } else if n_gold == 0 {
        1.0
    } else {
        0.0
    };
    let r = if n_gold > 0 {
        tp as f64 / n_gold as f64
    } else {
        1.0
    };
    let f = if p + r > 0.0 {
        2.0 * p * r / (p + r)
    } else {
        0.0
    };
    (p, r, f)
}

/// `ok` out of `n`, 1 when there is nothing to compare.
fn share(ok: usize, n: usize) -> f64 {
    if n == 0 {
        1.0
    } else {
        ok as f64 / n as f64
    }
}

#[derive(Debug, Default, Clone, Copy)]
struct Row {
    gold: usize,
    pred: usize,
    strict: usize,
    lenient: usize,
    /// value/id compared on strict matches, and how many agreed.
    key_n: usize,
    key_ok: usize,
    /// role/unit compared on strict matches, and how many agreed.
    desc_n: usize,
    desc_ok: usize,
}

struct Report {
    rows: BTreeMap<&'static str, Row>,
    /// (file, "missed"/"spurious", mark)
    errors: Vec<(String, &'static str, Mark)>,
}

impl Report {
    fn strict_f1(&self, kind: &str) -> f64 {
        let r = self.rows[kind];
        prf(r.strict, r.pred, r.gold).2
    }

    fn micro(&self, group: &[&str]) -> (f64, f64) {
        let mut t = Row::default();
        for k in group {
            let r = self.rows[k];
            t.gold += r.gold;
            t.pred += r.pred;
            t.strict += r.strict;
            t.lenient += r.lenient;
        }
        (
            prf(t.strict, t.pred, t.gold).2,
            prf(t.lenient, t.pred, t.gold).2,
        )
    }

    /// value/id accuracy over every type's strict matches.
    fn key_accuracy(&self) -> f64 {
        let (n, ok) = self
            .rows
            .values()
            .fold((0, 0), |(n, ok), r| (n + r.key_n, ok + r.key_ok));
        share(ok, n)
    }

    /// One type's value/id accuracy over its strict matches.
    fn key_accuracy_of(&self, kind: &str) -> f64 {
        let r = self.rows[kind];
        share(r.key_ok, r.key_n)
    }

    /// role (PERSON) or unit (FIGURE) accuracy over strict matches.
    fn describing_accuracy(&self, kind: &str) -> f64 {
        let r = self.rows[kind];
        share(r.desc_ok, r.desc_n)
    }

    fn table(&self) -> String {
        let mut s = format!(
            "{:<11}{:>6}{:>6}  {:>8} {:>6} {:>6}   {:>10}\n",
            "type", "gold", "pred", "strict P", "R", "F1", "lenient F1"
        );
        for k in TYPES {
            let r = self.rows[k];
            let (p, rc, f) = prf(r.strict, r.pred, r.gold);
            let lf = prf(r.lenient, r.pred, r.gold).2;
            s += &format!(
                "{k:<11}{:>6}{:>6}  {p:>8.3} {rc:>6.3} {f:>6.3}   {lf:>10.3}\n",
                r.gold, r.pred
            );
        }
        for (name, group) in [("core", &CORE[..]), ("all", &TYPES[..])] {
            let (sf, lf) = self.micro(group);
            s += &format!("micro {name:<5} strict F1 {sf:.3}  lenient F1 {lf:.3}\n");
        }
        s += &format!(
            "value/id accuracy {:.3} (DATE {:.3})  role accuracy {:.3}  unit accuracy {:.3}\n",
            self.key_accuracy(),
            self.key_accuracy_of("DATE"),
            self.describing_accuracy("PERSON"),
            self.describing_accuracy("FIGURE")
        );
        s
    }
}

/// score.py's `score`: every document, every type.
fn score<'a>(docs: impl IntoIterator<Item = (&'a str, &'a [Mark], &'a [Mark])>) -> Report {
    let mut rows: BTreeMap<&'static str, Row> =
        TYPES.iter().map(|&t| (t, Row::default())).collect();
    let mut errors = Vec::new();
    for (name, gold, pred) in docs {
        for t in TYPES {
            let g: Vec<&Mark> = gold.iter().filter(|m| m.kind == t).collect();
            let p: Vec<&Mark> = pred.iter().filter(|m| m.kind == t).collect();
            let row = rows.get_mut(t).unwrap();
            row.gold += g.len();
            row.pred += p.len();
            let strict = match_pairs(&g, &p, true);
            row.strict += strict.len();
            row.lenient += match_count(&g, &p, false);
            for (gm, pm) in strict {
                if let Some(want) = &gm.key {
                    row.key_n += 1;
                    row.key_ok += usize::from(pm.key.as_deref().unwrap_or("") == want);
                }
                if let Some(want) = &gm.describing {
                    row.desc_n += 1;
                    let ok = pm.describing.as_deref().unwrap_or("") == want;
                    row.desc_ok += usize::from(ok);
                    if !ok {
                        let mut wrong = gm.clone();
                        wrong.text =
                            format!("{} (gold {want:?}, got {:?})", gm.text, pm.describing);
                        errors.push((name.to_string(), "attribute", wrong));
                    }
                }
            }
            let strict_eq = |a: &Mark, b: &Mark| a.start == b.start && a.end == b.end;
            for m in &g {
                if !p.iter().any(|x| strict_eq(x, m)) {
                    errors.push((name.to_string(), "missed", (*m).clone()));
                }
            }
            for m in &p {
                if !g.iter().any(|x| strict_eq(x, m)) {
                    errors.push((name.to_string(), "spurious", (*m).clone()));
                }
            }
        }
    }
    Report { rows, errors }
}

#[test]
fn harness_scores_gold_against_itself_as_perfect() {
    let docs: Vec<Doc> = ["dev", "train", "unseen"]
        .iter()
        .flat_map(|f| load_docs(f))
        .collect();
    for d in &docs {
        check_marks(&d.name, &d.text, &d.gold);
    }
    let report = score(
        docs.iter()
            .map(|d| (d.name.as_str(), &d.gold[..], &d.gold[..])),
    );
    for k in TYPES {
        assert_eq!(report.strict_f1(k), 1.0, "{k}");
    }
    assert_eq!(report.micro(&CORE), (1.0, 1.0));
    assert!(report.errors.is_empty());
    // Nothing predicted: recall 0, F1 0 (for types that have gold marks).
    let report = score(docs.iter().map(|d| (d.name.as_str(), &d.gold[..], &[][..])));
    assert_eq!(report.micro(&CORE).0, 0.0);
}

#[test]
fn harness_matches_like_score_py() {
    let m = |kind: &str, start, end| Mark {
        kind: kind.into(),
        start,
        end,
        text: String::new(),
        key: None,
        describing: None,
    };
    let gold = [m("DATE", 0, 5), m("DATE", 10, 15), m("PERSON", 20, 30)];
    let pred = [
        m("DATE", 0, 5),
        m("DATE", 0, 5),   // duplicate: matched at most once
        m("DATE", 11, 15), // lenient only
        m("ORG", 20, 30),  // wrong type
    ];
    let report = score([("x", &gold[..], &pred[..])]);
    let date = report.rows["DATE"];
    assert_eq!(
        (date.gold, date.pred, date.strict, date.lenient),
        (2, 3, 1, 2)
    );
    let (p, r, f) = prf(1, 3, 2);
    assert!((p - 1.0 / 3.0).abs() < 1e-12 && (r - 0.5).abs() < 1e-12);
    assert!((f - 0.4).abs() < 1e-12);
    assert_eq!(report.strict_f1("PERSON"), 0.0);
    assert_eq!(report.strict_f1("ORG"), 0.0);
    // No gold and no prediction of a type: perfect, as in score.py.
    assert_eq!(report.strict_f1("FIGURE"), 1.0);
    // Greedy in gold order: the first gold takes the first overlapping pred.
    let gold = [m("ORG", 0, 10), m("ORG", 5, 8)];
    let pred = [m("ORG", 5, 8)];
    assert_eq!(
        match_count(
            &gold.iter().collect::<Vec<_>>(),
            &pred.iter().collect::<Vec<_>>(),
            false
        ),
        1
    );
}

/// What a corpus must score at least (strict F1 unless said).
struct Floors {
    /// micro F1 over PERSON, DATE, REGULATION, FIGURE, and each of them.
    core: f64,
    each_core: f64,
    org: f64,
    place: f64,
    /// value/id accuracy over every type, and DATE's `value` alone (the
    /// year of a date written without one is the hardest part).
    key: f64,
    date_value: f64,
    role: f64,
    unit: f64,
}

/// The dev articles were used to write the rules: they stay perfect.
const DEV: Floors = Floors {
    core: 1.0,
    each_core: 1.0,
    org: 1.0,
    place: 1.0,
    key: 1.0,
    date_value: 1.0,
    role: 1.0,
    unit: 0.92,
};

/// The goals for the new corpus as a whole (issue "Marks a reader can
/// trust"); `NEW_FLOORS` is what the engine is held to until it meets them.
const NEW_GOALS: Floors = Floors {
    core: 0.97,
    each_core: 0.95,
    org: 0.90,
    place: 0.90,
    key: 0.95,
    date_value: 0.95,
    role: 0.90,
    unit: 0.90,
};

/// Measured floors for the new corpus (train + unseen): no change may make
/// any of them worse. Raise them as the engine improves. Batches 7-9 (65
/// articles, 261-325) brought foreign names and places, hamlets, industrial
/// zones and long affiliations: PLACE and role were set at what the corpus as
/// it grew measured (0.909, 0.902), still above the goals. Batches 10-11 (61
/// articles, 326-386) raised ORG back to 0.934 and PLACE to 0.932; batch 12
/// (32 articles, 387-418) held them (0.935, 0.931). The thirteenth session
/// raised unit accuracy (0.917 -> 0.923) and set a floor on DATE's value
/// accuracy alone (0.925); role accuracy rose to 0.916, then 0.914 as foreign
/// dignitaries were found (their roles are not all whole); core 0.970 ->
/// 0.974 and PLACE 0.931 -> 0.936 raised those floors. Batch 13 (24
/// articles, 419-443; first look unit 0.746) brought counted nouns with
/// their modifiers ("đất rừng phòng hộ", "vị trí đỗ tàu bay"): unit accuracy
/// measures 0.918 with it, so its floor is 0.91 (the goal stays 0.90).
/// Batch 14 (24 articles, 444-467) added yearless dates in texts that name
/// no year (the gold took the publication's): DATE value accuracy 0.925 ->
/// 0.919, its floor 0.92 -> 0.91. Batch 16 (18 articles, 494-511: the
/// forces, universities, the new 2025 units; first look unit 0.736) put unit
/// accuracy at 0.905: its floor is the goal, 0.90. The seventeenth session
/// read more turns of two years in texts with no dateline (a Tết by its
/// lunar year, a reviewed year's end, a school or fiscal year) and no law's
/// year as the text's: DATE value accuracy 0.925 -> 0.930 on `train`, floor
/// 0.92; roles that never stop inside a word and go on to the body a unit
/// belongs to raised role accuracy 0.911 -> 0.917, floor 0.915; core 0.972 ->
/// 0.975, floor 0.974. The eighteenth session (posts after a term, foreign
/// names after a title, venues, label lists, bylines, report periods) raised
/// core 0.975 -> 0.980 (floor 0.978), ORG 0.934 -> 0.941 and PLACE 0.933 ->
/// 0.939 (floors 0.935), role accuracy 0.918 -> 0.924 (floor 0.92). The
/// nineteenth session (units written before a count, foreign armed forces,
/// venues and regions, titles after a name with no comma, highland names)
/// raised core 0.980 -> 0.982 (floor 0.98), ORG 0.941 -> 0.944 (floor
/// 0.94), PLACE 0.939 -> 0.950 (floor 0.945), role 0.924 -> 0.929 (floor
/// 0.925), unit 0.913 -> 0.932 (floor 0.925). The twenty-first session's
/// batch of 18 harder articles (a measure's unit and a post after a rank
/// written differently by its annotators: README, "Corpus") brought role
/// 0.927 -> 0.918 and unit 0.934 -> 0.924 (floors 0.915 and 0.92), DATE
/// value 0.921 -> 0.920 (floor 0.915); with its second batch (19 more, whose
/// annotators wrote money's unit and magnitude into `unit`) role 0.913 and
/// unit 0.908: floors at the goals, 0.91 and 0.90. The twenty-second
/// session's batch of 20 (612-631: enterprises, departments, mass bodies,
/// the Assembly's committees; first look ORG 0.746) put ORG at 0.937; its
/// rules (dashed provinces, numbered regions, central levels, funds, a
/// brand before its branch) brought it to 0.938 (floor 0.935). Its second
/// batch (19, first look train part core 0.965) has a council's post given by
/// a decision and a post after a rank written outside the role: role
/// accuracy 0.903, floor the goal, 0.90. The twenty-third session's second
/// batch (17, 672-691: culture and tourism, sand mining and waste, farmers'
/// loans, appointments; first look train part core 0.899, its unseen part
/// 0.943) put core at 0.979 and ORG at 0.934: floors 0.978 and 0.93. Its
/// third (18, 692-711: foreign delegations, ports, mass organizations, Party
/// discipline; first look train part core 0.944, ORG 0.650, unseen part unit
/// accuracy 0.667) put PLACE at 0.944 and unit accuracy at 0.899, under the
/// goal: floors 0.94 and 0.895. The twenty-fourth session's batch (18,
/// 711-730: heritage and religion, road traffic, banks, the environment;
/// first look train part core 0.909, ORG 0.841, role 0.727) put role
/// accuracy at 0.899, under the goal: floor 0.895. The thirty-first
/// session's unseen three (first look core 0.730: a byline of initials
/// printed three times) put core at 0.977: floor 0.976. The thirty-fourth
/// session's rules (685 articles) put core at 0.979: floor 0.978. The
/// thirty-sixth session's role rules (staff of a named body, a later
/// mention's title, a body's head in lower case after its own title) put
/// role accuracy at 0.918 and core at 0.981 (699 articles): floors 0.915
/// and 0.98.
const NEW_FLOORS: Floors = Floors {
    core: 0.98,
    each_core: 0.95,
    org: 0.93,
    place: 0.94,
    key: 0.95,
    date_value: 0.915,
    role: 0.915,
    unit: 0.895,
};

/// The goals for the unseen part (never looked at while tuning), and its floors.
const UNSEEN_GOALS: Floors = Floors {
    core: 0.95,
    each_core: 0.0,
    org: 0.85,
    place: 0.0,
    key: 0.0,
    date_value: 0.0,
    role: 0.0,
    unit: 0.0,
};
/// Measured floors (no change may make them worse). The twenty-second
/// session added five articles (637-641, the 2025 Party congresses; their
/// errors never read): core 0.982 -> 0.977, ORG 0.852 -> 0.871, REGULATION
/// 0.833 on 7 marks (one missed), role 0.906, unit 0.840. The
/// twenty-third session's first batch added five more (662-666, provincial
/// economy reports dense with figures; errors never read): core 0.977 ->
/// 0.959, ORG 0.871 -> 0.877, unit 0.840 -> 0.829. Its later batches added 19
/// more (677-706: farm prices and loans, appointments, mass organizations,
/// Party discipline): core 0.963, ORG 0.887, PLACE 0.935, unit 0.799. The
/// thirty-first session's three (764-766: war invalids' mothers, an
/// expressway, a storm's evacuation; first look core 0.730, PERSON 0.480 on a
/// byline of initials printed three times; errors never read) put core at
/// 0.949, under the goal: floor 0.945. The thirty-second session's six
/// (785-787, 791-793: first looks core 0.975 and 0.940; errors never read),
/// with its rules read from train, put it at 0.9498, printed 0.950: floor 0.95;
/// batch 34's three (803-805: first look core 0.962, role 0.556 on nine
/// roles) put core at 0.9501 and role accuracy at 0.879: floor 0.875. Batch
/// 36's three (815-817, first look core 0.955; errors never read) and the
/// thirty-fourth session's rules read from train put core at 0.953: floor 0.952.
/// Batch 37's three (818-820, first look core 0.971, ORG 0.667; errors never
/// read) put core at 0.954, ORG at 0.862 and role accuracy at 0.878. The
/// thirty-sixth session's rules, read from train only, put role accuracy at
/// 0.905 and core at 0.957 on those 77; batch 38's two (828-829, first look
/// core 0.977; errors never read) put them at 0.906 and 0.958: floors 0.90
/// and 0.955. Batch 40's two (837, 840: new Party members and poor
/// households by district, lists of figures without their noun; first look
/// core 0.843, FIGURE 0.796; errors never read) put core at 0.953: floor
/// 0.95, the goal.
const UNSEEN_FLOORS: Floors = Floors {
    core: 0.95,
    each_core: 0.8,
    org: 0.85,
    place: 0.915,
    key: 0.935,
    date_value: 0.86,
    role: 0.90,
    unit: 0.79,
};

/// Every way `report` falls short of `floors`.
fn shortfalls(report: &Report, floors: &Floors) -> Vec<String> {
    let mut out = Vec::new();
    let mut need = |what: String, got: f64, min: f64| {
        // Rounded as printed, so a floor can be copied from the table.
        if (got * 1000.0).round() / 1000.0 < min {
            out.push(format!("{what} {got:.3} < {min}"));
        }
    };
    need(
        format!("micro strict F1 over {CORE:?}"),
        report.micro(&CORE).0,
        floors.core,
    );
    for k in CORE {
        need(
            format!("{k} strict F1"),
            report.strict_f1(k),
            floors.each_core,
        );
    }
    need("ORG strict F1".into(), report.strict_f1("ORG"), floors.org);
    need(
        "PLACE strict F1".into(),
        report.strict_f1("PLACE"),
        floors.place,
    );
    need(
        "value/id accuracy".into(),
        report.key_accuracy(),
        floors.key,
    );
    need(
        "DATE value accuracy".into(),
        report.key_accuracy_of("DATE"),
        floors.date_value,
    );
    need(
        "role accuracy".into(),
        report.describing_accuracy("PERSON"),
        floors.role,
    );
    need(
        "unit accuracy".into(),
        report.describing_accuracy("FIGURE"),
        floors.unit,
    );
    out
}

/// Scores the folders together, prints the table (and the errors with
/// SOI_SHOW_ERRORS=1), and fails below `floors`; shortfalls against `goals`
/// are printed only.
fn check_corpus(folders: &[&str], floors: &Floors, goals: Option<&Floors>) {
    let docs: Vec<Doc> = folders.iter().flat_map(|f| load_docs(f)).collect();
    let preds: Vec<Vec<Mark>> = docs.iter().map(|d| predict(&d.text)).collect();
    for (d, p) in docs.iter().zip(&preds) {
        check_marks(&d.name, &d.text, p);
    }
    let report = score(
        docs.iter()
            .zip(&preds)
            .map(|(d, p)| (d.name.as_str(), &d.gold[..], &p[..])),
    );
    println!("corpus {folders:?}: {} files", docs.len());
    print!("{}", report.table());
    if let Some(goals) = goals {
        for gap in shortfalls(&report, goals) {
            println!("  goal not met yet: {gap}");
        }
    }
    // The unseen part is never looked at mark by mark: only its scores print.
    if std::env::var_os("SOI_SHOW_ERRORS").is_some() && !folders.contains(&"unseen") {
        for (name, what, m) in &report.errors {
            println!(
                "{name}\t{what}\t{}\t{}-{}\t{:?}",
                m.kind, m.start, m.end, m.text
            );
        }
    }
    let failures = shortfalls(&report, floors);
    assert!(
        failures.is_empty(),
        "{folders:?}: {}\n(set SOI_SHOW_ERRORS=1 and run with --nocapture to list the missed and spurious marks)",
        failures.join("\n")
    );
}

#[test]
fn dev_corpus_accuracy() {
    check_corpus(&["dev"], &DEV, None);
}

#[test]
fn new_corpus_accuracy() {
    check_corpus(&["train", "unseen"], &NEW_FLOORS, Some(&NEW_GOALS));
}

#[test]
fn unseen_corpus_accuracy() {
    check_corpus(&["unseen"], &UNSEEN_FLOORS, Some(&UNSEEN_GOALS));
}

/// Each article's publication date from `tests/corpus/SOURCES.tsv`, by file stem.
fn publication_dates() -> BTreeMap<String, soi::CivilDate> {
    let sources = read_text(&corpus_dir("SOURCES.tsv"));
    sources
        .lines()
        .skip(1)
        .filter_map(|line| {
            let cols: Vec<&str> = line.split('\t').collect();
            Some((cols[0].to_string(), soi::CivilDate::parse(cols.get(5)?)?))
        })
        .collect()
}

/// The annotators resolved a date written without its year by the article's
/// publication date even where the text names no year at all (the page's
/// metadata; GUIDELINES.md, DATE `value`). Soi reads only the text, so on
/// the corpus the DATE value goal is measured twice: as the text
/// alone allows (`new_corpus_accuracy`), and here with the publication date
/// given as a reader gives it (`--ref`, the app's date field, a JSONL line's
/// `reference_date`), where the goal must hold.
#[test]
fn date_values_given_the_publication_date() {
    let dates = publication_dates();
    let docs: Vec<Doc> = ["train", "unseen"]
        .iter()
        .flat_map(|f| load_docs(f))
        .collect();
    let preds: Vec<Vec<Mark>> = docs
        .iter()
        .map(|d| {
            let stem = d.name.trim_end_matches(".txt");
            let options = soi::Options {
                reference_date: dates.get(stem).copied(),
            };
            let analysis = soi::analyze(&d.text, &options);
            marks_from_json(&analysis.to_contract_json(&d.text))
        })
        .collect();
    let given = docs
        .iter()
        .filter(|d| dates.contains_key(d.name.trim_end_matches(".txt")));
    assert_eq!(
        given.count(),
        docs.len(),
        "every article has its date in SOURCES.tsv"
    );
    let report = score(
        docs.iter()
            .zip(&preds)
            .map(|(d, p)| (d.name.as_str(), &d.gold[..], &p[..])),
    );
    let accuracy = report.key_accuracy_of("DATE");
    println!("DATE value accuracy given the publication date: {accuracy:.3}");
    assert!(
        accuracy >= NEW_GOALS.date_value,
        "DATE value accuracy {accuracy:.3} < {}",
        NEW_GOALS.date_value
    );
}

#[test]
fn nfd_text_gives_the_same_marks() {
    for d in ["dev", "train", "unseen"].iter().flat_map(|f| load_docs(f)) {
        let nfc: String = d.text.nfc().collect();
        let nfd: String = d.text.nfd().collect();
        let a = predict(&nfc);
        let b = predict(&nfd);
        check_marks(&d.name, &nfd, &b);
        let show = |ms: &[Mark]| -> Vec<(String, String)> {
            ms.iter()
                .map(|m| (m.kind.clone(), m.text.nfc().collect()))
                .collect()
        };
        assert_eq!(show(&a), show(&b), "{}: NFC vs NFD", d.name);
        // The same spans: NFC offsets of the NFD marks agree.
        let chars: Vec<char> = nfd.chars().collect();
        for (x, y) in a.iter().zip(&b) {
            let start: usize = chars[..y.start].iter().collect::<String>().nfc().count();
            assert_eq!(x.start, start, "{}: {x:?} vs {y:?}", d.name);
        }
    }
}
