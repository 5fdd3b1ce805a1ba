//! Reading the inputs into jobs, in input order.

use std::io::{self, BufRead, Read};
use std::path::PathBuf;
use std::sync::Arc;

use serde_json::Value;
use soi::input::Lang;

use super::super::{directory_message, display_name, io_message};
use super::process::{line_error, unreadable};
use super::{Done, Job, MAX_LINE_BYTES};

pub(super) fn read_jobs(
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
