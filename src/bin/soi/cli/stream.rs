//! `--jsonl` and `--input-format jsonl`: one output line per input, in
//! input order, written as soon as it is ready; `--threads N` analyzes N
//! inputs at once. Memory stays bounded: at most a few inputs per thread
//! are in flight.

use std::collections::BTreeMap;
use std::io::{self, Write};
use std::path::PathBuf;
use std::sync::{mpsc, Arc, Mutex};

use soi::input::{self, Lang};
use soi::Options;

use super::{EXIT_INPUT, EXIT_OK};

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
mod process;
mod read;

use process::process;
use read::read_jobs;
