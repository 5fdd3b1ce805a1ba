//! Linear time on any input: for each hostile shape (long digit runs, long
//! lists of names, comma-separated numbers, long capitalized runs, …) the
//! analysis of 4× the input takes at most ~6× the time of 1× (a quadratic
//! spot takes 16×). Best of 3 runs each, with a small absolute slack so a
//! loaded machine does not make it flaky. Sizes are modest: `cargo test`
//! runs a debug build.

use std::time::{Duration, Instant};

/// A hostile shape: its name and the text at scale `k` (1 or 4).
type Shape = (&'static str, fn(usize) -> String);

fn shapes() -> Vec<Shape> {
    fn repeat(unit: &str, n: usize, sep: &str) -> String {
        vec![unit; n].join(sep)
    }
    vec![
        ("digit run", |k| "1".repeat(1500 * k)),
        ("names after a colon", |k| {
            format!(
                "Tham dự có các đồng chí: {}.",
                repeat("Nguyễn Văn An", 600 * k, ", ")
            )
        }),
        ("names with honorifics", |k| {
            repeat("ông Nguyễn Văn An,", 500 * k, " ")
        }),
        ("comma-separated numbers", |k| {
            (0..400 * k)
                .map(|i| (i % 1000).to_string())
                .collect::<Vec<_>>()
                .join(", ")
        }),
        ("dotted number", |k| format!("1{}", ".000".repeat(400 * k))),
        ("day list", |k| {
            let days: Vec<String> = (0..300 * k).map(|i| (i % 28 + 1).to_string()).collect();
            format!("ngày {}", days.join(", "))
        }),
        ("spelled numerals", |k| repeat("hai mươi ba", 150 * k, " ")),
        ("capitalized run", |k| repeat("Ban", 500 * k, " ")),
        ("family names", |k| repeat("Nguyễn", 500 * k, " ")),
        ("bodies", |k| repeat("Sở Tài chính và", 150 * k, " ")),
        ("titles", |k| repeat("Phó", 500 * k, " ")),
        ("given names alone", |k| {
            format!(
                "Ông Trần Công Tùng phát biểu. {}",
                repeat("Tùng nói.", 400 * k, " ")
            )
        }),
        ("two-word titles", |k| repeat("Bí thư", 300 * k, " ")),
        ("ORG chain", |k| {
            format!(
                "{} và Sở Y tế",
                repeat("Ban Tuyên giáo Tỉnh ủy", 150 * k, ", ")
            )
        }),
        ("capitals headlines naming many bodies", |k| {
            let bodies: Vec<String> = (0..100 * k)
                .map(|i| format!("Họp tại UBND phường {i}."))
                .collect();
            let lines: Vec<String> = (0..100 * k)
                .map(|i| format!("TIN UBND PHƯỜNG {i} HỌP BÀN"))
                .collect();
            format!("{}\n{}", bodies.join("\n"), lines.join("\n"))
        }),
        ("short names in brackets, mentioned again", |k| {
            (0..60 * k)
                .map(|i| format!("Công ty Cổ phần Sông Đà {i} (SDA{i}) họp. SDA{i} báo cáo."))
                .collect::<Vec<_>>()
                .join(" ")
        }),
        ("brackets", |k| "(".repeat(1000 * k) + &")".repeat(1000 * k)),
        ("long word", |k| "a".repeat(4000 * k)),
        // The year a text with no dateline is about: every year, term and
        // quarter looks back over its clause or sentence.
        ("years named in one clause", |k| {
            repeat("năm 2020", 500 * k, " ")
        }),
        ("terms in one sentence", |k| {
            repeat("nhiệm kỳ 2020-2025", 300 * k, " ")
        }),
        ("quarters in one word", |k| {
            format!("x{}", "/2020".repeat(800 * k))
        }),
        ("lunar years", |k| repeat("Xuân Canh Tý 2020", 300 * k, " ")),
        // Posts after terms, numbered labels in one list, capitals before colons.
        ("posts after terms", |k| {
            repeat(
                "Bí thư Tỉnh ủy khóa XV, Chủ tịch HĐND tỉnh nhiệm kỳ 2021 - 2026",
                60 * k,
                ", ",
            )
        }),
        ("a list of numbered units", |k| {
            let items: Vec<String> = (0..400 * k).map(|i| (i % 90 + 1).to_string()).collect();
            format!("các phường {}", items.join(", "))
        }),
        ("capitals before colons", |k| {
            repeat("PHÓ CHỦ TỊCH QUỐC HỘI TRẦN THANH MẪN", 100 * k, ": ")
        }),
    ]
}

fn best_of_3(text: &str) -> Duration {
    (0..3)
        .map(|_| {
            let t = Instant::now();
            std::hint::black_box(soi::analyze(text, &soi::Options::default()));
            t.elapsed()
        })
        .min()
        .unwrap()
}

#[test]
fn analysis_is_linear_in_the_input() {
    soi::warm_up();
    let slack = Duration::from_millis(20);
    let mut failures = Vec::new();
    for (name, make) in shapes() {
        let (small, large) = (make(1), make(4));
        let (t1, t4) = (best_of_3(&small), best_of_3(&large));
        eprintln!(
            "{name}: {} bytes {t1:?}, {} bytes {t4:?}",
            small.len(),
            large.len()
        );
        if t4 > t1 * 6 + slack {
            failures.push(format!("{name}: 1× {t1:?}, 4× {t4:?}"));
        }
    }
    assert!(
        failures.is_empty(),
        "not linear (4× the input took more than 6× the time): {failures:#?}"
    );
}
