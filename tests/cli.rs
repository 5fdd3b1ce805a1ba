//! The `soi` command as a user runs it.

use std::io::Write;
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
    child.stdin.take().unwrap().write_all(input).unwrap();
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
