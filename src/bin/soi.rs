//! `soi`: the command-line analyzer. See `soi --help`.

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    std::process::exit(cli::run());
}

#[cfg(not(target_arch = "wasm32"))]
mod cli {
    use std::io::{self, IsTerminal, Read, Write};
    use std::path::{Path, PathBuf};

    use clap::{Parser, ValueEnum};
    use soi::input::{self, Decoded, Lang};
    use soi::{Analysis, CivilDate, Kind, Options};

    const AFTER_HELP: &str = "\
Output:
  Without --json, the text is printed with each mark highlighted: one color per
  type when writing to a terminal; otherwise (a pipe, a file, NO_COLOR set, or
  --color never) as plain text with bracketed marks: ⟦Lê Văn Dũng⟧PERSON.
  --json prints {\"entities\":[{\"type\",\"start\",\"end\",\"text\",…}],
  \"reference_date\",\"reference_source\"} where start/end are Unicode code
  points into the text as read (end exclusive; start_utf16/end_utf16 too).
  --jsonl prints one such object per file and line, with a \"file\" field.

Input:
  UTF-8 (with or without BOM), UTF-16 with BOM, Windows-1258, and legacy
  TCVN3 (ABC) / VNI text are read and converted; a note on stderr says so.
  PDF, images, .docx/.zip and other binary files are refused. Line ends are
  read as \\n. At most 20 MB per input.

Exit codes:
  0  every input was analyzed
  1  an input could not be read: missing file, a directory, binary, empty,
     too large (the other inputs are still analyzed)
  2  usage error (unknown option, bad --ref date, --json with several files)

Examples:
  soi bai-viet.txt
  soi --json bai-viet.txt
  cat bai-viet.txt | soi --ref 2023-11-25 -
  soi --jsonl corpus/*.txt > marks.jsonl";

    #[derive(Parser, Debug)]
    #[command(
        name = "soi",
        version,
        about = "Highlights people, organizations, places, dates, documents and figures in Vietnamese official news",
        after_help = AFTER_HELP
    )]
    struct Args {
        /// Text files to analyze; none or `-` reads standard input.
        #[arg(value_name = "FILE")]
        files: Vec<PathBuf>,

        /// Print the JSON contract (one input only).
        #[arg(long, conflicts_with_all = ["jsonl", "summary"])]
        json: bool,

        /// Print one JSON object per input and line, with a "file" field.
        #[arg(long, conflicts_with = "summary")]
        jsonl: bool,

        /// Print a table of marks per type instead of the text.
        #[arg(long)]
        summary: bool,

        /// The date relative dates resolve against (YYYY-MM-DD, YYYY-MM or
        /// YYYY); default: the article's own dateline.
        #[arg(long = "ref", value_name = "DATE", value_parser = parse_ref)]
        reference: Option<CivilDate>,

        /// When to color the highlights.
        #[arg(long, value_enum, default_value_t = ColorWhen::Auto)]
        color: ColorWhen,

        /// Language of error messages (default: from $LANG).
        #[arg(long, value_enum)]
        lang: Option<LangArg>,
    }

    #[derive(Debug, Clone, Copy, ValueEnum)]
    enum ColorWhen {
        Auto,
        Always,
        Never,
    }

    #[derive(Debug, Clone, Copy, ValueEnum)]
    enum LangArg {
        En,
        Vi,
    }

    fn parse_ref(s: &str) -> Result<CivilDate, String> {
        CivilDate::parse(s).ok_or_else(|| format!("'{s}' is not a date: use YYYY-MM-DD"))
    }

    /// Exit codes (documented in AFTER_HELP).
    const EXIT_OK: i32 = 0;
    const EXIT_INPUT: i32 = 1;
    const EXIT_USAGE: i32 = 2;

    pub fn run() -> i32 {
        let args = Args::parse();
        let lang = match args.lang {
            Some(LangArg::Vi) => Lang::Vi,
            Some(LangArg::En) => Lang::En,
            None => ["LC_ALL", "LC_MESSAGES", "LANG"]
                .iter()
                .find_map(|v| std::env::var(v).ok().filter(|s| !s.is_empty()))
                .map(|tag| Lang::from_tag(&tag))
                .unwrap_or(Lang::En),
        };
        let mut files = args.files.clone();
        if files.is_empty() {
            files.push(PathBuf::from("-"));
        }
        if args.json && files.len() > 1 {
            eprintln!("soi: --json takes one input; use --jsonl for several files");
            return EXIT_USAGE;
        }
        let color = match args.color {
            ColorWhen::Always => true,
            ColorWhen::Never => false,
            ColorWhen::Auto => {
                std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
                    && io::stdout().is_terminal()
            }
        };
        let options = Options {
            reference_date: args.reference,
        };

        let stdout = io::stdout();
        let mut out = io::BufWriter::new(stdout.lock());
        let mut code = EXIT_OK;
        let mut totals = [0usize; 6];
        let many = files.len() > 1;
        for (i, path) in files.iter().enumerate() {
            let name = display_name(path);
            let decoded = match read_input(path, lang) {
                Ok(d) => d,
                Err(msg) => {
                    // Keep stdout and stderr in order when both are a terminal.
                    let _ = out.flush();
                    eprintln!("soi: {name}: {msg}");
                    if args.jsonl {
                        let line = serde_json::json!({"file": name, "error": msg});
                        if writeln!(out, "{line}").is_err() {
                            return code;
                        }
                    }
                    code = EXIT_INPUT;
                    continue;
                }
            };
            if let Some(note) = &decoded.note {
                let _ = out.flush();
                eprintln!("soi: {name}: note: {note}");
            }
            let text = decoded.text;
            let analysis = soi::analyze(&text, &options);
            let written = if args.json {
                let json = analysis.to_contract_json(&text);
                serde_json::to_string_pretty(&json)
                    .map_err(io::Error::other)
                    .and_then(|s| writeln!(out, "{s}"))
            } else if args.jsonl {
                let mut json = analysis.to_contract_json(&text);
                if let Some(obj) = json.as_object_mut() {
                    obj.insert("file".into(), name.clone().into());
                }
                writeln!(out, "{json}")
            } else if args.summary {
                for e in &analysis.entities {
                    totals[kind_index(e.kind)] += 1;
                }
                write_summary(&mut out, &name, &analysis, color)
            } else {
                let header = if many {
                    let sep = if i > 0 { "\n" } else { "" };
                    writeln!(out, "{sep}==> {name} <==")
                } else {
                    Ok(())
                };
                header.and_then(|_| write_marked(&mut out, &text, &analysis, color))
            };
            if let Err(e) = written {
                if e.kind() == io::ErrorKind::BrokenPipe {
                    return code;
                }
                eprintln!("soi: cannot write output: {e}");
                return EXIT_INPUT;
            }
        }
        if args.summary && many {
            let _ = write_totals(&mut out, &totals);
        }
        if !args.json && !args.jsonl && !args.summary && color {
            let _ = write_legend(&mut out);
        }
        if let Err(e) = out.flush() {
            if e.kind() != io::ErrorKind::BrokenPipe {
                eprintln!("soi: cannot write output: {e}");
                return EXIT_INPUT;
            }
        }
        code
    }

    fn display_name(path: &Path) -> String {
        if path.as_os_str() == "-" {
            "-".into()
        } else {
            path.display().to_string()
        }
    }

    /// Reads and decodes one input; the error is a message for the user.
    fn read_input(path: &Path, lang: Lang) -> Result<Decoded, String> {
        let vi = lang == Lang::Vi;
        let bytes = if path.as_os_str() == "-" {
            let mut buf = Vec::new();
            io::stdin()
                .lock()
                .take(input::MAX_INPUT_BYTES as u64 + 1)
                .read_to_end(&mut buf)
                .map_err(|e| {
                    if vi {
                        format!("không đọc được đầu vào chuẩn: {e}")
                    } else {
                        format!("cannot read standard input: {e}")
                    }
                })?;
            buf
        } else {
            let meta = std::fs::metadata(path).map_err(|e| io_message(&e, vi))?;
            if meta.is_dir() {
                return Err(if vi {
                    "đây là một thư mục, không phải tệp văn bản".into()
                } else {
                    "is a directory, not a text file".into()
                });
            }
            if meta.len() > input::MAX_INPUT_BYTES as u64 {
                return Err(input::InputError::TooLarge {
                    size: meta.len() as usize,
                    max: input::MAX_INPUT_BYTES,
                }
                .message(lang));
            }
            std::fs::read(path).map_err(|e| io_message(&e, vi))?
        };
        input::decode(&bytes).map_err(|e| e.message(lang))
    }

    fn io_message(e: &io::Error, vi: bool) -> String {
        match (e.kind(), vi) {
            (io::ErrorKind::NotFound, false) => "no such file".into(),
            (io::ErrorKind::NotFound, true) => "không có tệp này".into(),
            (io::ErrorKind::PermissionDenied, false) => "permission denied".into(),
            (io::ErrorKind::PermissionDenied, true) => "không có quyền đọc tệp".into(),
            (_, false) => format!("cannot read: {e}"),
            (_, true) => format!("không đọc được: {e}"),
        }
    }

    fn kind_index(k: Kind) -> usize {
        Kind::ALL.iter().position(|&x| x == k).unwrap_or(0)
    }

    /// ANSI SGR codes, one per type.
    fn sgr(k: Kind) -> &'static str {
        match k {
            Kind::Person => "1;35",
            Kind::Org => "1;34",
            Kind::Place => "1;32",
            Kind::Date => "1;33",
            Kind::Regulation => "1;31",
            Kind::Figure => "1;36",
        }
    }

    /// The text with its marks: colored, or `⟦…⟧TYPE` when not.
    fn write_marked(
        out: &mut impl Write,
        text: &str,
        analysis: &Analysis,
        color: bool,
    ) -> io::Result<()> {
        let mut at = 0;
        for e in &analysis.entities {
            if e.start < at || e.end > text.len() {
                continue;
            }
            out.write_all(&text.as_bytes()[at..e.start])?;
            let mark = &text[e.start..e.end];
            if color {
                write!(out, "\x1b[{}m{mark}\x1b[0m", sgr(e.kind))?;
            } else {
                write!(out, "⟦{mark}⟧{}", e.kind.as_str())?;
            }
            at = e.end;
        }
        out.write_all(&text.as_bytes()[at..])?;
        if !text.ends_with('\n') {
            writeln!(out)?;
        }
        Ok(())
    }

    fn write_legend(out: &mut impl Write) -> io::Result<()> {
        let parts: Vec<String> = Kind::ALL
            .iter()
            .map(|&k| format!("\x1b[{}m{}\x1b[0m", sgr(k), k.as_str()))
            .collect();
        writeln!(out, "\n\x1b[2m──\x1b[0m {}", parts.join("  "))
    }

    fn write_summary(
        out: &mut impl Write,
        name: &str,
        analysis: &Analysis,
        color: bool,
    ) -> io::Result<()> {
        let mut counts = [0usize; 6];
        for e in &analysis.entities {
            counts[kind_index(e.kind)] += 1;
        }
        writeln!(out, "{name}")?;
        for (k, n) in Kind::ALL.iter().zip(counts) {
            let label = format!("{:<11}", k.as_str());
            if color {
                writeln!(out, "  \x1b[{}m{label}\x1b[0m{n:>6}", sgr(*k))?;
            } else {
                writeln!(out, "  {label}{n:>6}")?;
            }
        }
        writeln!(out, "  {:<11}{:>6}", "total", analysis.entities.len())?;
        match analysis.reference_date {
            Some(d) => writeln!(
                out,
                "  reference date {d} ({})",
                serde_json::to_value(analysis.reference_source)
                    .ok()
                    .and_then(|v| v.as_str().map(str::to_string))
                    .unwrap_or_default()
            ),
            None => writeln!(out, "  no reference date"),
        }
    }

    fn write_totals(out: &mut impl Write, totals: &[usize; 6]) -> io::Result<()> {
        writeln!(out, "all inputs")?;
        for (k, n) in Kind::ALL.iter().zip(totals) {
            writeln!(out, "  {:<11}{n:>6}", k.as_str())?;
        }
        writeln!(out, "  {:<11}{:>6}", "total", totals.iter().sum::<usize>())
    }
}
