//! The `soi` command as a user runs it.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

const TEXT: &str = "Sáng 24/11/2023, Ban Thường vụ Tỉnh ủy Quảng Nam tổ chức hội nghị. Phó Bí thư Thường trực Tỉnh ủy Lê Văn Dũng chủ trì.";

fn soi() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_soi"));
    c.env_remove("NO_COLOR")
        .env("LANG", "C")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES");
    c
}

fn run(cmd: &mut Command) -> Output {
    cmd.stdin(Stdio::null()).output().expect("run soi")
}

fn run_with_stdin(cmd: &mut Command, input: &[u8]) -> Output {
    let mut child = cmd
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn soi");
    // A usage error exits before reading: the write may then meet a closed pipe.
    let _ = child.stdin.take().unwrap().write_all(input);
    child.wait_with_output().unwrap()
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).expect("stdout is UTF-8")
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// A scratch folder of this test's own.
fn scratch(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("cli-{name}"));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn write(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let p = dir.join(name);
    std::fs::write(&p, bytes).unwrap();
    p
}

/// Checks every mark of a contract JSON against the text, by code points.
fn check_contract(json: &serde_json::Value, text: &str) -> usize {
    let chars: Vec<char> = text.chars().collect();
    let entities = json["entities"].as_array().expect("entities array");
    let mut prev_end = 0;
    for e in entities {
        let ty = e["type"].as_str().unwrap();
        assert!(soi::Kind::parse(ty).is_some(), "type {ty}");
        let start = e["start"].as_u64().unwrap() as usize;
        let end = e["end"].as_u64().unwrap() as usize;
        assert!(start < end && end <= chars.len(), "{e}");
        assert!(start >= prev_end, "sorted, not overlapping: {e}");
        let span: String = chars[start..end].iter().collect();
        assert_eq!(e["text"].as_str().unwrap(), span, "code-point offsets");
        let utf16_start: usize = chars[..start].iter().map(|c| c.len_utf16()).sum();
        assert_eq!(e["start_utf16"].as_u64().unwrap() as usize, utf16_start);
        prev_end = end;
    }
    assert!(json.get("reference_source").is_some());
    entities.len()
}

#[test]
fn json_contract_on_vietnamese_text() {
    let dir = scratch("json");
    let f = write(&dir, "a.txt", TEXT.as_bytes());
    let o = run(soi().arg("--json").arg(&f));
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let json: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    // Exactly the library's contract.
    let expected = soi::analyze(TEXT, &soi::Options::default()).to_contract_json(TEXT);
    assert_eq!(json, expected);
    assert!(check_contract(&json, TEXT) > 0, "some marks on {TEXT}");
    // "24/11/2023" sits after "Sáng " — 5 code points, 6 bytes.
    let date = json["entities"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["type"] == "DATE")
        .expect("a DATE");
    assert_eq!(date["start"], 5);
}

#[test]
fn json_on_every_dev_article_matches_the_text() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus/dev");
    for entry in std::fs::read_dir(&dir).unwrap() {
        let p = entry.unwrap().path();
        if p.extension().is_some_and(|e| e == "txt") {
            let o = run(soi().arg("--json").arg(&p));
            assert_eq!(o.status.code(), Some(0), "{}: {}", p.display(), stderr(&o));
            let json: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
            let text = std::fs::read_to_string(&p).unwrap();
            check_contract(&json, &text);
        }
    }
}

#[test]
fn ref_date_overrides_the_dateline() {
    let text = "Sáng 24/11, Tỉnh ủy họp.";
    let o = run_with_stdin(
        soi().args(["--json", "--ref", "2021-05-03"]),
        text.as_bytes(),
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let json: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(json["reference_date"], "2021-05-03");
    assert_eq!(json["reference_source"], "given");
}

#[test]
fn bad_ref_date_is_a_usage_error() {
    let o = run(soi().args(["--ref", "hôm qua", "x.txt"]));
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("YYYY-MM-DD"), "{}", stderr(&o));
}

#[test]
fn unknown_option_is_a_usage_error() {
    let o = run(soi().arg("--bogus"));
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn json_with_two_files_is_a_usage_error() {
    let o = run(soi().args(["--json", "a.txt", "b.txt"]));
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("--jsonl"));
}

#[test]
fn help_documents_exit_codes() {
    let o = run(soi().arg("--help"));
    assert_eq!(o.status.code(), Some(0));
    let help = stdout(&o);
    assert!(help.contains("Exit codes"), "{help}");
    assert!(help.contains("--jsonl") && help.contains("NO_COLOR"));
}

#[test]
fn reads_stdin_without_file_and_with_dash() {
    for args in [&[][..], &["-"][..]] {
        let o = run_with_stdin(soi().arg("--json").args(args), TEXT.as_bytes());
        assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
        let json: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
        check_contract(&json, TEXT);
    }
}

#[test]
fn missing_file_exits_1_with_a_message() {
    let o = run(soi().arg("/no/such/bai-viet.txt"));
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    assert!(
        err.contains("/no/such/bai-viet.txt") && err.contains("no such file"),
        "{err}"
    );
}

#[test]
fn messages_in_vietnamese() {
    let o = run(soi().args(["--lang", "vi", "/no/such/file.txt"]));
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("không có tệp này"), "{}", stderr(&o));
}

#[test]
fn directory_exits_1() {
    let dir = scratch("dir");
    let o = run(soi().arg(&dir));
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("is a directory"), "{}", stderr(&o));
}

#[test]
fn windows_1258_file_is_decoded() {
    let dir = scratch("cp1258");
    // Windows-1258 stores base letters plus tone marks; split the tones off
    // so that the encoder finds every letter.
    let text = "Ban Thường vụ Tỉnh ủy Quảng Nam họp ngày 24/11/2023.";
    let mut split = String::new();
    for c in text.chars() {
        use unicode_normalization::UnicodeNormalization;
        let (tones, rest): (String, String) = std::iter::once(c)
            .nfd()
            .partition(|m| matches!(m, '\u{300}' | '\u{301}' | '\u{303}' | '\u{309}' | '\u{323}'));
        split.extend(rest.nfc());
        split.push_str(&tones);
    }
    let (bytes, _, unmappable) = encoding_rs::WINDOWS_1258.encode(&split);
    assert!(!unmappable);
    assert!(std::str::from_utf8(&bytes).is_err());
    let f = write(&dir, "cp1258.txt", &bytes);
    let o = run(soi().arg("--color").arg("never").arg(&f));
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("Windows-1258"),
        "a note: {}",
        stderr(&o)
    );
    let out = stdout(&o);
    let plain = out.replace('⟦', "").replace(['⟧'], "");
    assert!(plain.contains("Thường vụ Tỉnh ủy"), "{out}");
    // --json offsets refer to the decoded (NFC) text.
    let o = run(soi().arg("--json").arg(&f));
    let json: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    check_contract(&json, text);
}

#[test]
fn tcvn3_mojibake_is_converted() {
    let o = run_with_stdin(
        soi().arg("--color=never"),
        "§¶ng Céng s¶n ViÖt Nam".as_bytes(),
    );
    assert_eq!(o.status.code(), Some(0));
    assert!(stdout(&o).contains("Việt Nam"), "{}", stdout(&o));
    assert!(stderr(&o).contains("TCVN3"), "{}", stderr(&o));
}

#[test]
fn binary_files_exit_1() {
    let dir = scratch("binary");
    for (name, bytes, kind) in [
        ("a.pdf", &b"%PDF-1.4\n%\xE2\xE3\xCF\xD3\n1 0 obj"[..], "PDF"),
        ("a.png", &b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR"[..], "image"),
        ("a.docx", &b"PK\x03\x04\x14\0\x06\0\x08\0"[..], ".docx"),
        ("a.bin", &b"\x00\x01\x02\x03\xFF\x00\x07"[..], "binary"),
    ] {
        let f = write(&dir, name, bytes);
        let o = run(soi().arg(&f));
        assert_eq!(o.status.code(), Some(1), "{name}");
        assert!(o.stdout.is_empty());
        assert!(stderr(&o).contains(kind), "{name}: {}", stderr(&o));
    }
}

#[test]
fn empty_input_exits_1() {
    let o = run_with_stdin(&mut soi(), b"");
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("empty"), "{}", stderr(&o));
}

#[test]
fn jsonl_with_two_files() {
    let dir = scratch("jsonl");
    let a = write(&dir, "a.txt", TEXT.as_bytes());
    let b_text = "Chiều 3/8, HĐND huyện Đại Lộc khai mạc kỳ họp.";
    let b = write(&dir, "b.txt", b_text.as_bytes());
    let o = run(soi().arg("--jsonl").arg(&a).arg(&b));
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let out = stdout(&o);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 2, "{out}");
    for (line, (path, text)) in lines.iter().zip([(&a, TEXT), (&b, b_text)]) {
        let json: serde_json::Value = serde_json::from_str(line).unwrap();
        assert_eq!(json["file"], path.display().to_string());
        check_contract(&json, text);
    }
}

#[test]
fn jsonl_keeps_going_after_a_bad_file() {
    let dir = scratch("jsonl-bad");
    let a = write(&dir, "a.txt", TEXT.as_bytes());
    let o = run(soi().arg("--jsonl").arg("/no/such.txt").arg(&a));
    assert_eq!(o.status.code(), Some(1));
    let out = stdout(&o);
    let lines: Vec<serde_json::Value> = out
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 2);
    assert!(lines[0]["error"].is_string());
    assert!(lines[1]["entities"].is_array());
}

#[test]
fn no_color_output_is_plain_markup() {
    let o = run_with_stdin(
        soi().env("NO_COLOR", "1").arg("--color=auto"),
        TEXT.as_bytes(),
    );
    assert_eq!(o.status.code(), Some(0));
    let out = stdout(&o);
    assert!(!out.contains('\x1b'), "no escape codes: {out:?}");
    // Every mark of the library shows as ⟦text⟧TYPE.
    let analysis = soi::analyze(TEXT, &soi::Options::default());
    for e in &analysis.entities {
        let shown = format!("⟦{}⟧{}", e.text, e.kind.as_str());
        assert!(out.contains(&shown), "{shown} in {out}");
    }
    // Taking the markup out gives the text back.
    let mut plain = out.clone();
    for k in soi::Kind::ALL {
        plain = plain.replace(&format!("⟧{}", k.as_str()), "");
    }
    assert_eq!(plain.replace('⟦', "").trim_end(), TEXT);
}

#[test]
fn color_always_uses_escape_codes() {
    let o = run_with_stdin(soi().arg("--color=always"), TEXT.as_bytes());
    assert_eq!(o.status.code(), Some(0));
    let analysis = soi::analyze(TEXT, &soi::Options::default());
    if !analysis.entities.is_empty() {
        assert!(stdout(&o).contains("\x1b["));
    }
}

#[test]
fn summary_counts_types() {
    let o = run_with_stdin(soi().args(["--summary", "--color=never"]), TEXT.as_bytes());
    assert_eq!(o.status.code(), Some(0));
    let out = stdout(&o);
    for k in soi::Kind::ALL {
        assert!(out.contains(k.as_str()), "{out}");
    }
    let n = soi::analyze(TEXT, &soi::Options::default()).entities.len();
    assert!(out.contains(&format!("  {:<11}{:>6}", "total", n)), "{out}");
}

// ---- JSON Lines input, --threads, streaming ------------------------------

/// Runs `cmd` writing `input` from another thread (no pipe deadlock).
fn run_streaming(cmd: &mut Command, input: Vec<u8>) -> Output {
    let mut child = cmd
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn soi");
    let mut stdin = child.stdin.take().unwrap();
    let writer = std::thread::spawn(move || {
        let _ = stdin.write_all(&input);
    });
    let out = child.wait_with_output().unwrap();
    writer.join().unwrap();
    out
}

fn jsonl_records(o: &Output) -> Vec<serde_json::Value> {
    stdout(o)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}")))
        .collect()
}

/// The library's contract for `text` plus the record's "id".
fn expected_record(
    text: &str,
    reference: Option<&str>,
    id: serde_json::Value,
) -> serde_json::Value {
    let options = soi::Options {
        reference_date: reference.map(|r| soi::CivilDate::parse(r).unwrap()),
    };
    let mut json = soi::analyze_json(text, &options);
    json.as_object_mut().unwrap().insert("id".into(), id);
    json
}

/// The dev articles' text files, in name order.
fn dev_article_paths() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus/dev");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    files.sort();
    assert!(files.len() >= 5);
    files
}

fn dev_articles() -> Vec<(String, String)> {
    dev_article_paths()
        .iter()
        .map(|p| {
            let id = p.file_stem().unwrap().to_string_lossy().into_owned();
            (id, std::fs::read_to_string(p).unwrap())
        })
        .collect()
}

#[test]
fn jsonl_input_gives_one_record_per_line_in_order() {
    let b_text = "Chiều 3/8, HĐND huyện Đại Lộc khai mạc kỳ họp.";
    let input = format!(
        "\u{feff}{}\r\n\n   \n{}\n{}",
        serde_json::json!({"id": "a", "text": TEXT}),
        serde_json::json!({"id": 7, "text": b_text, "reference_date": "2021-05-03", "url": "x"}),
        // No id, no final newline.
        serde_json::json!({"text": "Ngày 24/11, Tỉnh ủy họp."}),
    );
    let o = run_with_stdin(soi().args(["--input-format", "jsonl"]), input.as_bytes());
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let records = jsonl_records(&o);
    assert_eq!(records.len(), 3, "blank lines skipped: {}", stdout(&o));
    assert_eq!(records[0], expected_record(TEXT, None, "a".into()));
    assert_eq!(
        records[1],
        expected_record(b_text, Some("2021-05-03"), 7.into())
    );
    assert_eq!(records[1]["reference_source"], "given");
    assert_eq!(
        records[2],
        expected_record("Ngày 24/11, Tỉnh ủy họp.", None, serde_json::Value::Null)
    );
    check_contract(&records[0], TEXT);
    // The same with --jsonl spelled out, and from a named file.
    let dir = scratch("jsonl-input");
    let f = write(&dir, "in.jsonl", input.as_bytes());
    let o2 = run(soi().args(["--jsonl", "--input-format", "jsonl"]).arg(&f));
    assert_eq!(o2.status.code(), Some(0), "{}", stderr(&o2));
    assert_eq!(stdout(&o2), stdout(&o));
}

#[test]
fn jsonl_input_ref_flag_is_the_default_date() {
    let text = "Ngày 24/11, Tỉnh ủy họp.";
    let input = format!(
        "{}\n{}\n{}\n",
        serde_json::json!({"id": 1, "text": text}),
        serde_json::json!({"id": 2, "text": text, "reference_date": "2019-03-01"}),
        serde_json::json!({"id": 3, "text": text, "reference_date": null}),
    );
    let o = run_with_stdin(
        soi().args(["--input-format", "jsonl", "--ref", "2021-05-03"]),
        input.as_bytes(),
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let records = jsonl_records(&o);
    assert_eq!(
        records[0],
        expected_record(text, Some("2021-05-03"), 1.into())
    );
    assert_eq!(
        records[1],
        expected_record(text, Some("2019-03-01"), 2.into())
    );
    assert_eq!(
        records[2],
        expected_record(text, Some("2021-05-03"), 3.into())
    );
    assert_eq!(records[0]["entities"][0]["value"], "2020-11-24");
    assert_eq!(records[1]["entities"][0]["value"], "2018-11-24");
}

#[test]
fn jsonl_input_malformed_lines_give_error_records_and_the_stream_goes_on() {
    let good = serde_json::json!({"id": "ok", "text": TEXT}).to_string();
    let mut input: Vec<u8> = Vec::new();
    for line in [
        &b"not json"[..],
        b"[1, 2]",
        b"{\"id\": \"n\"}",
        b"{\"id\": \"t\", \"text\": 5}",
        b"{\"id\": 4, \"text\": \"x\", \"reference_date\": \"2023-02-30\"}",
        b"{\"id\": 5, \"text\": \"x\", \"reference_date\": 2023}",
        b"{\"id\": 6, \"text\": \"Ha\xff\"}",
        b"{\"id\": 7, \"text\": \"unterminated",
        good.as_bytes(),
    ] {
        input.extend_from_slice(line);
        input.push(b'\n');
    }
    for threads in ["1", "2"] {
        let o = run_with_stdin(
            soi().args(["--input-format", "jsonl", "--threads", threads]),
            &input,
        );
        // Reported in-band: the exit code stays 0 for a pipeline stage.
        assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
        let records = jsonl_records(&o);
        assert_eq!(records.len(), 9, "{}", stdout(&o));
        let expect = [
            (serde_json::Value::Null, "not JSON"),
            (serde_json::Value::Null, "expected an object"),
            ("n".into(), "no \"text\" field"),
            ("t".into(), "\"text\" must be a string, not a number"),
            (4.into(), "is not a date"),
            (5.into(), "must be a string \"YYYY-MM-DD\", not a number"),
            (serde_json::Value::Null, "not UTF-8"),
            (serde_json::Value::Null, "not JSON"),
        ];
        for (i, (id, msg)) in expect.iter().enumerate() {
            let r = &records[i];
            assert_eq!(r["line"], i + 1, "{r}");
            assert_eq!(&r["id"], id, "{r}");
            assert!(r["error"].as_str().unwrap().contains(msg), "{r}");
            assert!(
                r.get("entities").is_none() && r.get("file").is_none(),
                "{r}"
            );
        }
        assert_eq!(records[8], expected_record(TEXT, None, "ok".into()));
        let err = stderr(&o);
        assert!(err.contains("soi: -:1: not JSON"), "{err}");
        assert!(
            err.contains("soi: -:5: \"reference_date\" '2023-02-30'"),
            "{err}"
        );
    }
    // In Vietnamese too.
    let o = run_with_stdin(
        soi().args(["--input-format", "jsonl", "--lang", "vi"]),
        b"{\"id\": 1}\n",
    );
    assert!(jsonl_records(&o)[0]["error"]
        .as_str()
        .unwrap()
        .contains("thiếu trường"));
}

#[test]
fn jsonl_input_named_files_and_a_missing_one() {
    let dir = scratch("jsonl-files");
    let a = write(
        &dir,
        "a.jsonl",
        format!("{}\nbad\n", serde_json::json!({"id": "a1", "text": TEXT})).as_bytes(),
    );
    let b = write(
        &dir,
        "b.jsonl",
        format!("{}\n", serde_json::json!({"id": "b1", "text": "Hà Nội"})).as_bytes(),
    );
    for threads in ["1", "3"] {
        let o = run(soi()
            .args(["--input-format", "jsonl", "--threads", threads])
            .arg(&a)
            .arg("/no/such.jsonl")
            .arg(&dir)
            .arg(&b));
        // An input that cannot be read: exit 1, the others still analyzed.
        assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
        let r = jsonl_records(&o);
        assert_eq!(r.len(), 5, "{}", stdout(&o));
        assert_eq!(r[0], expected_record(TEXT, None, "a1".into()));
        assert_eq!(r[1]["file"], a.display().to_string());
        assert_eq!(r[1]["line"], 2);
        assert!(r[1]["error"].as_str().unwrap().contains("not JSON"));
        assert_eq!(r[2]["file"], "/no/such.jsonl");
        assert_eq!(r[2]["error"], "no such file");
        assert_eq!(r[3]["error"], "is a directory, not a text file");
        assert_eq!(r[4], expected_record("Hà Nội", None, "b1".into()));
    }
}

#[test]
fn jsonl_input_rejects_json_and_summary_output() {
    for flag in ["--json", "--summary"] {
        let o = run_with_stdin(soi().args(["--input-format", "jsonl", flag]), b"{}\n");
        assert_eq!(o.status.code(), Some(2), "{flag}");
        assert!(
            stderr(&o).contains("--input-format jsonl"),
            "{}",
            stderr(&o)
        );
    }
    let o = run(soi().args(["--input-format", "xml"]));
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn threads_keep_the_input_order() {
    // Long and short articles and errors mixed, so that workers finish out of order.
    let articles = dev_articles();
    let mut input = String::new();
    let mut expected = Vec::new();
    for round in 0..4 {
        for (i, (id, text)) in articles.iter().enumerate() {
            let id = format!("{round}-{id}");
            if (round + i) % 3 == 0 {
                let short = "Ngày 24/11/2023, ông Lê Văn Dũng dự họp.";
                input.push_str(&serde_json::json!({"id": id, "text": short}).to_string());
                expected.push(expected_record(short, None, id.into()));
            } else {
                input.push_str(&serde_json::json!({"id": id, "text": text}).to_string());
                expected.push(expected_record(text, None, id.into()));
            }
            input.push('\n');
        }
        input.push_str("{broken\n");
        expected.push(serde_json::Value::Null);
    }
    let mut outputs = Vec::new();
    for threads in ["1", "2", "4", "0"] {
        let o = run_streaming(
            soi().args(["--input-format", "jsonl", "--threads", threads]),
            input.clone().into_bytes(),
        );
        assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
        let records = jsonl_records(&o);
        assert_eq!(records.len(), expected.len());
        for (r, e) in records.iter().zip(&expected) {
            if e.is_null() {
                assert!(r["error"].is_string(), "{r}");
            } else {
                assert_eq!(r, e);
            }
        }
        outputs.push(o.stdout);
    }
    assert!(outputs.windows(2).all(|w| w[0] == w[1]));
}

#[test]
fn jsonl_files_with_threads_keep_order_and_errors() {
    let mut files = dev_article_paths();
    files.insert(2, PathBuf::from("/no/such.txt"));
    let one = run(soi().arg("--jsonl").args(&files));
    let three = run(soi().args(["--jsonl", "--threads", "3"]).args(&files));
    assert_eq!(one.status.code(), Some(1));
    assert_eq!(three.status.code(), Some(1));
    assert_eq!(stdout(&one), stdout(&three));
    let records = jsonl_records(&three);
    assert_eq!(records.len(), files.len());
    for (r, f) in records.iter().zip(&files) {
        assert_eq!(r["file"], f.display().to_string());
    }
    assert_eq!(records[2]["error"], "no such file");
    let text = std::fs::read_to_string(&files[0]).unwrap();
    let mut expected = soi::analyze_json(&text, &soi::Options::default());
    expected
        .as_object_mut()
        .unwrap()
        .insert("file".into(), files[0].display().to_string().into());
    assert_eq!(records[0], expected);
}

/// `soi --input-format jsonl --threads N` with piped standard input and output.
fn spawn_jsonl_stream(threads: &str) -> std::process::Child {
    soi()
        .args(["--input-format", "jsonl", "--threads", threads])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap()
}

#[test]
fn jsonl_input_streams_each_record_before_the_input_ends() {
    use std::io::BufRead;
    for threads in ["1", "2"] {
        let mut child = spawn_jsonl_stream(threads);
        let mut stdin = child.stdin.take().unwrap();
        let (tx, rx) = std::sync::mpsc::channel();
        let stdout = child.stdout.take().unwrap();
        let reader = std::thread::spawn(move || {
            for line in std::io::BufReader::new(stdout).lines() {
                if tx.send(line.unwrap()).is_err() {
                    break;
                }
            }
        });
        let wait = std::time::Duration::from_secs(60);
        for i in 0..3 {
            let line = serde_json::json!({"id": i, "text": TEXT}).to_string();
            writeln!(stdin, "{line}").unwrap();
            stdin.flush().unwrap();
            // The answer comes while standard input is still open.
            let got = rx.recv_timeout(wait).unwrap_or_else(|_| {
                let _ = child.kill();
                panic!("no output for line {i} within {wait:?} (threads {threads})")
            });
            let json: serde_json::Value = serde_json::from_str(&got).unwrap();
            assert_eq!(json, expected_record(TEXT, None, i.into()));
        }
        drop(stdin);
        assert!(child.wait().unwrap().success());
        reader.join().unwrap();
    }
}

#[test]
fn jsonl_input_line_over_the_limit_is_skipped_with_an_error() {
    // 61 MB of text in one line: over the 60 MB line limit.
    let mut input = Vec::with_capacity(62 << 20);
    input.extend_from_slice(b"{\"id\": \"huge\", \"text\": \"");
    input.resize(input.len() + (61 << 20), b'a');
    input.extend_from_slice(b"\"}\n");
    input.extend_from_slice(
        serde_json::json!({"id": "next", "text": TEXT})
            .to_string()
            .as_bytes(),
    );
    input.push(b'\n');
    let o = run_streaming(soi().args(["--input-format", "jsonl"]), input);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let records = jsonl_records(&o);
    assert_eq!(records.len(), 2);
    assert_eq!(records[0]["line"], 1);
    assert!(records[0]["error"]
        .as_str()
        .unwrap()
        .contains("longer than 60 MB"));
    assert_eq!(records[1], expected_record(TEXT, None, "next".into()));
}

#[cfg(target_os = "linux")]
#[test]
fn jsonl_input_memory_stays_constant_on_a_long_stream() {
    // ~80 MB of input: 400 lines of 200 KB (parsed, then refused for their
    // date, so that the debug build goes fast), with real articles between.
    let filler = "Hà Nội ".repeat(200_000 / 10);
    let bad = serde_json::json!({"id": "x", "text": filler, "reference_date": "bad"}).to_string();
    let good = serde_json::json!({"id": "ok", "text": TEXT}).to_string();
    let mut input = String::new();
    for i in 0..400 {
        input.push_str(if i % 20 == 0 { &good } else { &bad });
        input.push('\n');
    }
    let total = input.len();
    assert!(total > 75_000_000);
    for threads in ["1", "2"] {
        let mut child = spawn_jsonl_stream(threads);
        let pid = child.id();
        let stdout = child.stdout.take().unwrap();
        let reader = std::thread::spawn(move || {
            let mut out = String::new();
            std::io::BufReader::new(stdout)
                .read_to_string(&mut out)
                .unwrap();
            out
        });
        let mut stdin = child.stdin.take().unwrap();
        stdin.write_all(input.as_bytes()).unwrap();
        // Everything written: the peak so far covers nearly the whole stream.
        let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap();
        drop(stdin);
        let out = reader.join().unwrap();
        assert!(child.wait().unwrap().success());
        assert_eq!(out.lines().count(), 400);
        let peak_kb: usize = status
            .lines()
            .find_map(|l| l.strip_prefix("VmHWM:"))
            .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
            .expect("VmHWM");
        assert!(
            peak_kb * 1024 < 40 << 20,
            "peak {peak_kb} kB for {total} bytes of input (threads {threads})"
        );
    }
}

#[test]
fn help_documents_jsonl_input_and_threads() {
    let help = stdout(&run(soi().arg("--help")));
    assert!(help.contains("--input-format"), "{help}");
    assert!(help.contains("--threads"), "{help}");
    assert!(help.contains("JSON Lines input"), "{help}");
}
