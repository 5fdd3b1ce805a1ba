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
                std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
                    && io::stdout().is_terminal()
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

    /// `--jsonl` and `--input-format jsonl`: one output line per input, in
    /// input order, written as soon as it is ready; `--threads N` analyzes N
    /// inputs at once. Memory stays bounded: at most a few inputs per thread
    /// are in flight.
    mod stream {
        use std::collections::BTreeMap;
        use std::io::{self, BufRead, Read, Write};
        use std::panic::{catch_unwind, AssertUnwindSafe};
        use std::path::PathBuf;
        use std::sync::{mpsc, Arc, Mutex};

        use serde_json::{json, Map, Value};
        use soi::input::{self, Lang};
        use soi::{CivilDate, Options};

        use super::{directory_message, display_name, io_message, read_input, EXIT_INPUT, EXIT_OK};

        /// The longest JSON Lines line read: room for a text at
        /// [`input::MAX_INPUT_BYTES`] even with every letter `\u`-escaped.
        pub const MAX_LINE_BYTES: usize = 3 * input::MAX_INPUT_BYTES;

        /// Inputs in flight per thread (read, queued, analyzed, not yet written).
        const WINDOW_PER_THREAD: usize = 4;

        /// One unit of work, in input order.
        enum Job {
            /// `--input-format text`: a whole file (or standard input).
            File { name: String, path: PathBuf },
            /// `--input-format jsonl`: one line of `file` (`None`: standard input).
            Line {
                file: Option<Arc<str>>,
                line: u64,
                bytes: Vec<u8>,
            },
            /// Settled while reading: a line too long, an input that cannot be read.
            Ready(Done),
        }

        /// A finished job: its output line and a message for stderr.
        struct Done {
            record: String,
            note: Option<String>,
            /// An input could not be read: exit code 1. A malformed JSON
            /// Lines line is reported in-band only.
            failed: bool,
        }

        pub fn run(
            files: &[PathBuf],
            jsonl_input: bool,
            threads: usize,
            options: &Options,
            lang: Lang,
        ) -> i32 {
            if threads <= 1 {
                let mut sink = Sink::new();
                read_jobs(files, jsonl_input, lang, &mut |job, idle| {
                    sink.put(process(job, options, lang)) && (!idle || sink.flush())
                });
                return sink.finish();
            }
            std::thread::scope(|s| {
                let window = threads * WINDOW_PER_THREAD;
                let (job_tx, job_rx) = mpsc::sync_channel::<(u64, Job)>(threads);
                // Owned by the workers only: when they are all gone, sending fails.
                let job_rx = Arc::new(Mutex::new(job_rx));
                let (done_tx, done_rx) = mpsc::channel::<(u64, Done)>();
                // One token per input in flight; the writer hands them back.
                let (token_tx, token_rx) = mpsc::sync_channel::<()>(window);
                for _ in 0..window {
                    let _ = token_tx.send(());
                }
                for _ in 0..threads {
                    let job_rx = Arc::clone(&job_rx);
                    let done_tx = done_tx.clone();
                    s.spawn(move || loop {
                        let next = match job_rx.lock() {
                            Ok(rx) => rx.recv(),
                            Err(_) => break,
                        };
                        let Ok((seq, job)) = next else { break };
                        if done_tx.send((seq, process(job, options, lang))).is_err() {
                            break;
                        }
                    });
                }
                drop(job_rx);
                drop(done_tx);
                let writer = s.spawn(move || {
                    let mut sink = Sink::new();
                    let mut pending: BTreeMap<u64, Done> = BTreeMap::new();
                    let mut next = 0u64;
                    loop {
                        let (seq, done) = match done_rx.try_recv() {
                            Ok(m) => m,
                            Err(mpsc::TryRecvError::Empty) => {
                                // Nothing ready: let the reader downstream have what is written.
                                if !sink.flush() {
                                    break;
                                }
                                match done_rx.recv() {
                                    Ok(m) => m,
                                    Err(_) => break,
                                }
                            }
                            Err(mpsc::TryRecvError::Disconnected) => break,
                        };
                        pending.insert(seq, done);
                        while let Some(done) = pending.remove(&next) {
                            next += 1;
                            if !sink.put(done) {
                                // Output closed: dropping the channels stops the others.
                                return sink.finish();
                            }
                            let _ = token_tx.send(());
                        }
                    }
                    sink.finish()
                });
                let mut seq = 0u64;
                read_jobs(files, jsonl_input, lang, &mut |job, _idle| {
                    if token_rx.recv().is_err() || job_tx.send((seq, job)).is_err() {
                        return false;
                    }
                    seq += 1;
                    true
                });
                drop(job_tx);
                writer.join().unwrap_or(EXIT_INPUT)
            })
        }

        /// Writes records to standard output, remembering the exit code.
        struct Sink {
            out: io::BufWriter<io::StdoutLock<'static>>,
            code: i32,
            closed: bool,
        }

        impl Sink {
            fn new() -> Sink {
                Sink {
                    out: io::BufWriter::with_capacity(64 * 1024, io::stdout().lock()),
                    code: EXIT_OK,
                    closed: false,
                }
            }

            /// False once the output is gone (stop reading).
            fn put(&mut self, done: Done) -> bool {
                if done.failed {
                    self.code = EXIT_INPUT;
                }
                if let Some(note) = &done.note {
                    // Keep stdout and stderr in order when both are a terminal.
                    if !self.flush() {
                        return false;
                    }
                    eprintln!("{note}");
                }
                match writeln!(self.out, "{}", done.record) {
                    Ok(()) => true,
                    Err(e) => self.fail(e),
                }
            }

            fn flush(&mut self) -> bool {
                match self.out.flush() {
                    Ok(()) => true,
                    Err(e) => self.fail(e),
                }
            }

            fn fail(&mut self, e: io::Error) -> bool {
                if e.kind() != io::ErrorKind::BrokenPipe {
                    eprintln!("soi: cannot write output: {e}");
                    self.code = EXIT_INPUT;
                }
                self.closed = true;
                false
            }

            fn finish(mut self) -> i32 {
                if !self.closed {
                    self.flush();
                }
                self.code
            }
        }

        /// Hands every job to `emit`, in input order, until it returns false.
        /// `idle`: no more input is buffered (a good time to flush).
        fn read_jobs(
            files: &[PathBuf],
            jsonl_input: bool,
            lang: Lang,
            emit: &mut dyn FnMut(Job, bool) -> bool,
        ) {
            let vi = lang == Lang::Vi;
            for path in files {
                let name = display_name(path);
                if !jsonl_input {
                    let job = Job::File {
                        name,
                        path: path.clone(),
                    };
                    if !emit(job, true) {
                        return;
                    }
                    continue;
                }
                let source: Box<dyn Read> = if name == "-" {
                    Box::new(io::stdin().lock())
                } else {
                    match open_file(path, vi) {
                        Ok(f) => Box::new(f),
                        Err(msg) => {
                            if !emit(Job::Ready(unreadable(&name, msg)), true) {
                                return;
                            }
                            continue;
                        }
                    }
                };
                let label: Option<Arc<str>> = (name != "-").then(|| name.as_str().into());
                let mut reader = io::BufReader::with_capacity(256 * 1024, source);
                let mut buf = Vec::new();
                let mut line = 0u64;
                loop {
                    let job = match read_line_bounded(&mut reader, &mut buf, MAX_LINE_BYTES) {
                        Ok(None) => break,
                        Ok(Some(too_long)) => {
                            line += 1;
                            if too_long {
                                let msg = if vi {
                                    format!("dòng dài quá {} MB", MAX_LINE_BYTES >> 20)
                                } else {
                                    format!("the line is longer than {} MB", MAX_LINE_BYTES >> 20)
                                };
                                Job::Ready(line_error(label.as_deref(), line, Value::Null, msg))
                            } else {
                                let mut bytes = std::mem::take(&mut buf);
                                if bytes.last() == Some(&b'\r') {
                                    bytes.pop();
                                }
                                if line == 1 && bytes.starts_with("\u{feff}".as_bytes()) {
                                    bytes.drain(..3);
                                }
                                if bytes.iter().all(u8::is_ascii_whitespace) {
                                    continue;
                                }
                                Job::Line {
                                    file: label.clone(),
                                    line,
                                    bytes,
                                }
                            }
                        }
                        Err(e) => {
                            let msg = if vi {
                                format!("không đọc được (sau dòng {line}): {e}")
                            } else {
                                format!("cannot read (after line {line}): {e}")
                            };
                            Job::Ready(unreadable(&name, msg))
                        }
                    };
                    // A read error ends this input (reported); the next one goes on.
                    let read_error = matches!(job, Job::Ready(Done { failed: true, .. }));
                    if !emit(job, reader.buffer().is_empty()) {
                        return;
                    }
                    if read_error {
                        break;
                    }
                }
            }
        }

        fn open_file(path: &std::path::Path, vi: bool) -> Result<std::fs::File, String> {
            let meta = std::fs::metadata(path).map_err(|e| io_message(&e, vi))?;
            if meta.is_dir() {
                return Err(directory_message(vi));
            }
            std::fs::File::open(path).map_err(|e| io_message(&e, vi))
        }

        /// Reads one line, without its `\n`, into `buf` (cleared first),
        /// keeping at most `limit` bytes: `Some(true)` when the line was
        /// longer (the rest is skipped, `buf` left empty), `None` at the end.
        fn read_line_bounded(
            reader: &mut impl BufRead,
            buf: &mut Vec<u8>,
            limit: usize,
        ) -> io::Result<Option<bool>> {
            buf.clear();
            let mut too_long = false;
            let mut any = false;
            loop {
                let available = match reader.fill_buf() {
                    Ok(b) => b,
                    Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                    Err(e) => return Err(e),
                };
                if available.is_empty() {
                    return Ok(any.then_some(too_long));
                }
                any = true;
                let newline = available.iter().position(|&b| b == b'\n');
                let chunk = &available[..newline.unwrap_or(available.len())];
                if !too_long {
                    if buf.len() + chunk.len() > limit {
                        too_long = true;
                        *buf = Vec::new();
                    } else {
                        buf.extend_from_slice(chunk);
                    }
                }
                let used = newline.map_or(available.len(), |i| i + 1);
                reader.consume(used);
                if newline.is_some() {
                    return Ok(Some(too_long));
                }
            }
        }

        fn process(job: Job, options: &Options, lang: Lang) -> Done {
            let what = match &job {
                Job::File { name, .. } => (Some(name.clone()), None),
                Job::Line { file, line, .. } => (file.as_deref().map(str::to_string), Some(*line)),
                Job::Ready(_) => (None, None),
            };
            match catch_unwind(AssertUnwindSafe(|| process_job(job, options, lang))) {
                Ok(done) => done,
                // Never expected (the engine is fuzzed); keep the stream going.
                Err(_) => {
                    let msg = "internal error: the analysis panicked".to_string();
                    match what {
                        (file, Some(line)) => line_error(file.as_deref(), line, Value::Null, msg),
                        (name, None) => unreadable(name.as_deref().unwrap_or("-"), msg),
                    }
                }
            }
        }

        fn process_job(job: Job, options: &Options, lang: Lang) -> Done {
            match job {
                Job::Ready(done) => done,
                Job::File { name, path } => match read_input(&path, lang) {
                    Err(msg) => unreadable(&name, msg),
                    Ok(decoded) => {
                        let analysis = soi::analyze(&decoded.text, options);
                        let file = Value::from(name.as_str());
                        let json = soi::contract::ContractJson::new(&analysis, &decoded.text)
                            .with_field("file", &file);
                        Done {
                            record: serde_json::to_string(&json)
                                .expect("the contract serializes to a string"),
                            note: decoded.note.map(|n| format!("soi: {name}: note: {n}")),
                            failed: false,
                        }
                    }
                },
                Job::Line { file, line, bytes } => match analyze_line(&bytes, options, lang) {
                    Ok(record) => Done {
                        record,
                        note: None,
                        failed: false,
                    },
                    Err((id, msg)) => line_error(file.as_deref(), line, id, msg),
                },
            }
        }

        /// An input that cannot be read at all: `{"file", "error"}`, exit code 1.
        fn unreadable(name: &str, msg: String) -> Done {
            Done {
                note: Some(format!("soi: {name}: {msg}")),
                record: json!({"file": name, "error": msg}).to_string(),
                failed: true,
            }
        }

        /// A malformed line: `{"id", "line", "error"}` (and "file"), in-band.
        fn line_error(file: Option<&str>, line: u64, id: Value, msg: String) -> Done {
            let mut record = Map::new();
            if let Some(f) = file {
                record.insert("file".into(), f.into());
            }
            record.insert("id".into(), id);
            record.insert("line".into(), line.into());
            record.insert("error".into(), msg.clone().into());
            Done {
                note: Some(format!("soi: {}:{line}: {msg}", file.unwrap_or("-"))),
                record: Value::Object(record).to_string(),
                failed: false,
            }
        }

        fn json_kind(v: &Value) -> &'static str {
            match v {
                Value::Null => "null",
                Value::Bool(_) => "a boolean",
                Value::Number(_) => "a number",
                Value::String(_) => "a string",
                Value::Array(_) => "an array",
                Value::Object(_) => "an object",
            }
        }

        /// One JSON Lines record: the contract plus its "id", or the id (if
        /// any) and what is wrong.
        fn analyze_line(
            bytes: &[u8],
            options: &Options,
            lang: Lang,
        ) -> Result<String, (Value, String)> {
            let vi = lang == Lang::Vi;
            let pick = |en: String, vi_text: String| if vi { vi_text } else { en };
            let line = std::str::from_utf8(bytes).map_err(|e| {
                let at = e.valid_up_to();
                (
                    Value::Null,
                    pick(
                        format!("the line is not UTF-8 (byte {at})"),
                        format!("dòng không phải UTF-8 (byte {at})"),
                    ),
                )
            })?;
            let value: Value = serde_json::from_str(line).map_err(|e| {
                (
                    Value::Null,
                    pick(format!("not JSON: {e}"), format!("không phải JSON: {e}")),
                )
            })?;
            let Value::Object(mut obj) = value else {
                let kind = json_kind(&value);
                return Err((
                    Value::Null,
                    pick(
                        format!("expected an object {{\"id\", \"text\", \"reference_date\"?}}, not {kind}"),
                        format!("cần một đối tượng {{\"id\", \"text\", \"reference_date\"?}}, không phải {kind}"),
                    ),
                ));
            };
            let id = obj.remove("id").unwrap_or(Value::Null);
            let text = match obj.remove("text") {
                Some(Value::String(s)) => s,
                None | Some(Value::Null) => {
                    return Err((
                        id,
                        pick("no \"text\" field".into(), "thiếu trường \"text\"".into()),
                    ))
                }
                Some(other) => {
                    let kind = json_kind(&other);
                    return Err((
                        id,
                        pick(
                            format!("\"text\" must be a string, not {kind}"),
                            format!("\"text\" phải là chuỗi, không phải {kind}"),
                        ),
                    ));
                }
            };
            if text.len() > input::MAX_INPUT_BYTES {
                let too_large = input::InputError::TooLarge {
                    size: text.len(),
                    max: input::MAX_INPUT_BYTES,
                };
                return Err((id, too_large.message(lang)));
            }
            let reference_date = match obj.remove("reference_date") {
                None | Some(Value::Null) => options.reference_date,
                Some(Value::String(s)) => match CivilDate::parse(&s) {
                    Some(d) => Some(d),
                    None => {
                        return Err((
                            id,
                            pick(
                                format!("\"reference_date\" '{s}' is not a date: use YYYY-MM-DD"),
                                format!(
                                    "\"reference_date\" '{s}' không phải ngày: dùng YYYY-MM-DD"
                                ),
                            ),
                        ))
                    }
                },
                Some(other) => {
                    let kind = json_kind(&other);
                    return Err((
                        id,
                        pick(
                            format!("\"reference_date\" must be a string \"YYYY-MM-DD\", not {kind}"),
                            format!("\"reference_date\" phải là chuỗi \"YYYY-MM-DD\", không phải {kind}"),
                        ),
                    ));
                }
            };
            let analysis = soi::analyze(&text, &Options { reference_date });
            let json = soi::contract::ContractJson::new(&analysis, &text).with_field("id", &id);
            Ok(serde_json::to_string(&json).expect("the contract serializes to a string"))
        }
    }
}
