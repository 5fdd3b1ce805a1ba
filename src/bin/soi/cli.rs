//! The command line: arguments, reading inputs, and the whole-file modes
//! (highlighted text, `--summary`, `--json`); `--jsonl` is `stream`.

use std::io::{self, IsTerminal, Read, Write};
use std::path::{Path, PathBuf};

use clap::{Parser, ValueEnum};
use soi::input::{self, Decoded, Lang};
use soi::{CivilDate, Options};

mod output;
mod stream;

use output::{kind_index, write_legend, write_marked, write_summary, write_totals};

const AFTER_HELP: &str = "\
Output:
  Without --json, the text is printed with each mark highlighted: one color per
  type when writing to a terminal; otherwise (a pipe, a file, NO_COLOR set, or
  --color never) as plain text with bracketed marks: ⟦Lê Văn Dũng⟧PERSON.
  --json prints {\"entities\":[{\"type\",\"start\",\"end\",\"text\",…}],
  \"reference_date\",\"reference_source\"} where start/end are Unicode code
  points into the text as read (end exclusive; start_utf16/end_utf16 too).
  --jsonl prints one such object per file and line, with a \"file\" field.

JSON Lines input (--input-format jsonl, implies --jsonl):
  Each line of the inputs (standard input by default) is one article,
  {\"id\": …, \"text\": \"…\", \"reference_date\"?: \"YYYY-MM-DD\"}, and gives one
  output line, in input order: the --json object plus the \"id\" as given
  (null if absent). The text is analyzed as given (offsets count its code
  points). A line's reference_date overrides --ref. Blank lines are skipped.
  A malformed line (not JSON, no \"text\", a bad date, not UTF-8, over 60 MB)
  gives {\"id\", \"line\", \"error\"} (plus \"file\" for a named input) and the
  stream goes on; it does not change the exit code, so soi can be a stage
  of Spark's RDD.pipe, Hadoop Streaming or xargs. Output is written as it is
  ready (memory stays constant however long the stream).
  --threads N analyzes N articles (or files) at once; the output keeps the
  input order. 0 means one per core.

Input:
  UTF-8 (with or without BOM), UTF-16 with BOM, Windows-1258, and legacy
  TCVN3 (ABC) / VNI text are read and converted; a note on stderr says so.
  PDF, images, .docx/.zip and other binary files are refused. Line ends are
  read as \\n. At most 20 MB per input.

Exit codes:
  0  every input was analyzed
  1  an input could not be read: missing file, a directory, binary, empty,
 too large (the other inputs are still analyzed)
  2  usage error (unknown option, bad --ref date, --json with several files,
 --input-format jsonl with --json or --summary)

Examples:
  soi bai-viet.txt
  soi --json bai-viet.txt
  cat bai-viet.txt | soi --ref 2023-11-25 -
  soi --jsonl corpus/*.txt > marks.jsonl
  soi --jsonl --threads 2 corpus/*.txt > marks.jsonl
  soi --input-format jsonl --threads 0 < archive.jsonl > marks.jsonl";

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

    /// How inputs are read: `text` (each input is one article) or
    /// `jsonl` (each line is {"id", "text", "reference_date"?}; implies
    /// --jsonl).
    #[arg(long, value_enum, value_name = "FORMAT", default_value_t = InputFormat::Text)]
    input_format: InputFormat,

    /// With --jsonl: analyze N inputs at once, still writing them in input
    /// order (0: one per core).
    #[arg(long, value_name = "N", default_value_t = 1)]
    threads: usize,

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

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum InputFormat {
    /// Each input is one article.
    Text,
    /// Each line is one article: {"id", "text", "reference_date"?}.
    Jsonl,
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
    let jsonl_input = args.input_format == InputFormat::Jsonl;
    if jsonl_input && (args.json || args.summary) {
        eprintln!("soi: --input-format jsonl writes JSON Lines: drop --json and --summary");
        return EXIT_USAGE;
    }
    let color = match args.color {
        ColorWhen::Always => true,
        ColorWhen::Never => false,
        ColorWhen::Auto => {
            std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()) && io::stdout().is_terminal()
        }
    };
    let options = Options {
        reference_date: args.reference,
    };
    if args.jsonl || jsonl_input {
        let threads = match args.threads {
            0 => std::thread::available_parallelism().map_or(1, |n| n.get()),
            n => n,
        };
        return stream::run(&files, jsonl_input, threads, &options, lang);
    }

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
                code = EXIT_INPUT;
                continue;
            }
        };
        if let Some(note) = &decoded.note {
            let _ = out.flush();
            eprintln!("soi: {name}: note: {note}");
        }
        let text = decoded.text;
        let written = if args.json {
            let analysis = soi::analyze(&text, &options);
            let json = soi::contract::ContractJson::new(&analysis, &text);
            serde_json::to_writer_pretty(&mut out, &json)
                .map_err(io::Error::from)
                .and_then(|()| writeln!(out))
        } else if args.summary {
            let analysis = soi::analyze(&text, &options);
            for e in &analysis.entities {
                totals[kind_index(e.kind)] += 1;
            }
            write_summary(&mut out, &name, &analysis, color)
        } else {
            let analysis = soi::analyze(&text, &options);
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
    if !args.json && !args.summary && color {
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
            return Err(directory_message(vi));
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

fn directory_message(vi: bool) -> String {
    if vi {
        "đây là một thư mục, không phải tệp văn bản".into()
    } else {
        "is a directory, not a text file".into()
    }
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
