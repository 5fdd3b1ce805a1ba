//! `soi._soi`: the Python binding of the Soi engine (the `soi` crate).
//!
//! Nothing is re-implemented here: [`analyze`] returns what
//! `soi::analyze_json` returns (the same function `soi --json` prints),
//! turned into Python objects; the GIL is released while the engine runs.

use std::sync::atomic::{AtomicUsize, Ordering};

use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyBool, PyByteArray, PyBytes, PyDict, PyFloat, PyList, PyString};
use serde_json::Value;
use soi::{CivilDate, Options};

/// Analyzes one article and returns the JSON contract as a dict, exactly
/// what `soi --json` prints for the same text:
///
///     {"entities": [{"type", "start", "end", "text", ...attributes,
///                    "start_utf16", "end_utf16"}, ...],
///      "reference_date": "YYYY-MM-DD" | "YYYY-MM" | "YYYY" | None,
///      "reference_source": "given" | "dateline" | "year_in_text" | "none"}
///
/// `start`/`end` count code points in `text` as given (NFC or NFD alike),
/// so `text[e["start"]:e["end"]] == e["text"]`. Attributes, where they
/// apply: `role`, `value`, `id`, `unit`, `doc_type`, `issuer`.
///
/// `reference_date` ("YYYY-MM-DD", "YYYY-MM", "YYYY", a `datetime.date`,
/// or None for the article's own dateline) is the date relative dates such
/// as "24/11" resolve against.
///
/// Raises TypeError when `text` is not a str (bytes: decode first, e.g.
/// with `soi.decode`) and ValueError for a malformed date or a str that is
/// not valid Unicode (lone surrogates). The GIL is released while the
/// engine runs.
#[pyfunction]
#[pyo3(signature = (text, reference_date=None))]
fn analyze<'py>(
    py: Python<'py>,
    text: &Bound<'py, PyAny>,
    reference_date: Option<&Bound<'py, PyAny>>,
) -> PyResult<Bound<'py, PyAny>> {
    const F: &str = "soi.analyze";
    let text = text_arg(text, F, "text")?;
    let options = Options {
        reference_date: date_arg(py, reference_date, F, "reference_date")?,
    };
    let json = py.detach(|| soi::analyze_json(&text, &options));
    to_python(py, &json)
}

/// Analyzes many articles on several threads (the GIL released) and
/// returns one dict per text, in order, each equal to `soi.analyze(text)`.
///
/// `texts`: any iterable of str. `reference_date`: one date for all
/// (str "YYYY-MM-DD", `datetime.date`, or None), or a list/tuple with one
/// entry (or None) per text. `threads`: how many threads (None or 0: one
/// per core; capped at the number of texts).
///
/// Raises TypeError for a text that is not a str, ValueError for a
/// malformed date, a reference_date list of the wrong length, or a
/// negative `threads`.
#[pyfunction]
#[pyo3(signature = (texts, reference_date=None, threads=None))]
fn analyze_many<'py>(
    py: Python<'py>,
    texts: &Bound<'py, PyAny>,
    reference_date: Option<&Bound<'py, PyAny>>,
    threads: Option<&Bound<'py, PyAny>>,
) -> PyResult<Bound<'py, PyList>> {
    const F: &str = "soi.analyze_many";
    if texts.is_instance_of::<PyString>()
        || texts.is_instance_of::<PyBytes>()
        || texts.is_instance_of::<PyByteArray>()
    {
        return Err(PyTypeError::new_err(format!(
            "{F}: texts must be an iterable of str, not a single {}; use soi.analyze for one text",
            type_name(texts)
        )));
    }
    let iter = texts.try_iter().map_err(|_| {
        PyTypeError::new_err(format!(
            "{F}: texts must be an iterable of str, not {}",
            type_name(texts)
        ))
    })?;
    let mut owned: Vec<String> = Vec::new();
    for (i, item) in iter.enumerate() {
        owned.push(text_arg(&item?, F, &format!("texts[{i}]"))?);
    }

    // One date for all, or one per text.
    let per_text = match reference_date {
        Some(r)
            if r.is_instance_of::<pyo3::types::PyList>()
                || r.is_instance_of::<pyo3::types::PyTuple>() =>
        {
            let n = r.len()?;
            if n != owned.len() {
                return Err(PyValueError::new_err(format!(
                    "{F}: reference_date has {n} entries for {} texts (give one per text, or a single date)",
                    owned.len()
                )));
            }
            let mut dates = Vec::with_capacity(n);
            for (i, d) in r.try_iter()?.enumerate() {
                let d = d?;
                dates.push(date_arg(py, Some(&d), F, &format!("reference_date[{i}]"))?);
            }
            Some(dates)
        }
        _ => None,
    };
    let shared = match per_text {
        Some(_) => None,
        None => date_arg(py, reference_date, F, "reference_date")?,
    };

    let wanted = match threads {
        None => 0,
        Some(t) if t.is_none() => 0,
        Some(t) => {
            if t.is_instance_of::<PyBool>() {
                return Err(PyTypeError::new_err(format!(
                    "{F}: threads must be an int or None, not bool"
                )));
            }
            let n: i64 = t.extract().map_err(|_| {
                PyTypeError::new_err(format!(
                    "{F}: threads must be an int or None, not {}",
                    type_name(t)
                ))
            })?;
            if n < 0 {
                return Err(PyValueError::new_err(format!(
                    "{F}: threads must be >= 0 (0 or None: one per core), not {n}"
                )));
            }
            n as usize
        }
    };
    let threads = match wanted {
        0 => std::thread::available_parallelism().map_or(1, |n| n.get()),
        n => n,
    }
    .min(owned.len())
    .max(1);

    let option_for = |i: usize| Options {
        reference_date: match &per_text {
            Some(dates) => dates[i],
            None => shared,
        },
    };
    let list = PyList::empty(py);
    if threads == 1 {
        for (i, text) in owned.iter().enumerate() {
            let json = py.detach(|| soi::analyze_json(text, &option_for(i)));
            list.append(to_python(py, &json)?)?;
        }
        return Ok(list);
    }
    // Each thread takes the next text not yet taken (long articles do not
    // hold the others up), analyzes it without the GIL, then takes the GIL
    // just to build its dict: one thread's conversion overlaps the others'
    // analyses.
    let next = AtomicUsize::new(0);
    let parts: Vec<Vec<(usize, PyResult<Py<PyAny>>)>> = py.detach(|| {
        std::thread::scope(|s| {
            let workers: Vec<_> = (0..threads)
                .map(|_| {
                    s.spawn(|| {
                        let mut done = Vec::new();
                        loop {
                            let i = next.fetch_add(1, Ordering::Relaxed);
                            if i >= owned.len() {
                                break done;
                            }
                            let json = soi::analyze_json(&owned[i], &option_for(i));
                            let obj = Python::attach(|py| to_python(py, &json).map(Bound::unbind));
                            done.push((i, obj));
                        }
                    })
                })
                .collect();
            workers
                .into_iter()
                .map(|w| w.join().unwrap_or_else(|e| std::panic::resume_unwind(e)))
                .collect()
        })
    });
    let mut slots: Vec<Option<Py<PyAny>>> = (0..owned.len()).map(|_| None).collect();
    for (i, obj) in parts.into_iter().flatten() {
        slots[i] = Some(obj?);
    }
    for obj in slots {
        list.append(obj.expect("every text analyzed"))?;
    }
    Ok(list)
}

/// Turns the bytes of a file into text the way `soi FILE` reads it: UTF-8
/// (with or without BOM), UTF-16 with BOM, Windows-1258, and legacy TCVN3
/// (ABC) / VNI are converted to Unicode; line ends become "\n".
///
/// Raises TypeError when `data` is not bytes-like, ValueError (with the
/// CLI's message) when it is empty, binary (PDF, image, .docx...), or over
/// `MAX_INPUT_BYTES`.
#[pyfunction]
fn decode<'py>(py: Python<'py>, data: &Bound<'py, PyAny>) -> PyResult<String> {
    let bytes: Vec<u8> = if let Ok(b) = data.cast::<PyBytes>() {
        b.as_bytes().to_vec()
    } else if let Ok(b) = data.cast::<PyByteArray>() {
        b.to_vec()
    } else if data.is_instance_of::<PyString>() {
        return Err(PyTypeError::new_err(
            "soi.decode: data must be bytes, not str (it is text already: pass it to soi.analyze)",
        ));
    } else {
        return Err(PyTypeError::new_err(format!(
            "soi.decode: data must be bytes or bytearray, not {}",
            type_name(data)
        )));
    };
    let decoded = py.detach(|| soi::input::decode(&bytes));
    decoded.map(|d| d.text).map_err(|e| {
        PyValueError::new_err(format!("soi.decode: {}", e.message(soi::input::Lang::En)))
    })
}

/// The text argument as a Rust string, or a clear TypeError/ValueError.
fn text_arg(obj: &Bound<'_, PyAny>, func: &str, what: &str) -> PyResult<String> {
    match obj.cast::<PyString>() {
        Ok(s) => s.to_cow().map(|c| c.into_owned()).map_err(|e| {
            PyValueError::new_err(format!(
                "{func}: {what} is not valid Unicode text ({e})"
            ))
        }),
        Err(_) if obj.is_instance_of::<PyBytes>() || obj.is_instance_of::<PyByteArray>() => {
            Err(PyTypeError::new_err(format!(
                "{func}: {what} must be str, not {}; decode it first (soi.decode reads UTF-8, UTF-16 and the legacy Vietnamese encodings)",
                type_name(obj)
            )))
        }
        Err(_) => Err(PyTypeError::new_err(format!(
            "{func}: {what} must be str, not {}",
            type_name(obj)
        ))),
    }
}

/// A reference date: None, a str parsed as the CLI's `--ref`, or a
/// `datetime.date` (a `datetime.datetime` counts by its date).
fn date_arg(
    py: Python<'_>,
    obj: Option<&Bound<'_, PyAny>>,
    func: &str,
    what: &str,
) -> PyResult<Option<CivilDate>> {
    let Some(obj) = obj.filter(|o| !o.is_none()) else {
        return Ok(None);
    };
    if let Ok(s) = obj.cast::<PyString>() {
        let s = s.to_cow()?;
        return CivilDate::parse(&s).map(Some).ok_or_else(|| {
            PyValueError::new_err(format!(
                "{func}: {what} {s:?} is not a date: use \"YYYY-MM-DD\" (or \"YYYY-MM\", \"YYYY\"), a datetime.date, or None"
            ))
        });
    }
    let date_type = py.import("datetime")?.getattr("date")?;
    if obj.is_instance(&date_type)? {
        let year: i32 = obj.getattr("year")?.extract()?;
        let month: u32 = obj.getattr("month")?.extract()?;
        let day: u32 = obj.getattr("day")?.extract()?;
        return CivilDate::new(year, month, day).map(Some).ok_or_else(|| {
            PyValueError::new_err(format!(
                "{func}: {what} {year:04}-{month:02}-{day:02} is out of range (years 1000-9999)"
            ))
        });
    }
    Err(PyTypeError::new_err(format!(
        "{func}: {what} must be a str \"YYYY-MM-DD\", a datetime.date or None, not {}",
        type_name(obj)
    )))
}

fn type_name(obj: &Bound<'_, PyAny>) -> String {
    if obj.is_none() {
        return "None".into();
    }
    obj.get_type()
        .name()
        .map(|n| n.to_string())
        .unwrap_or_else(|_| "?".into())
}

/// JSON to Python, as `json.loads` would give it (dict keys in the JSON's
/// order, integers as int, other numbers as float).
fn to_python<'py>(py: Python<'py>, value: &Value) -> PyResult<Bound<'py, PyAny>> {
    Ok(match value {
        Value::Null => py.None().into_bound(py),
        Value::Bool(b) => PyBool::new(py, *b).to_owned().into_any(),
        Value::Number(n) => {
            if let Some(u) = n.as_u64() {
                u.into_pyobject(py)?.into_any()
            } else if let Some(i) = n.as_i64() {
                i.into_pyobject(py)?.into_any()
            } else {
                PyFloat::new(py, n.as_f64().unwrap_or(f64::NAN)).into_any()
            }
        }
        Value::String(s) => PyString::new(py, s).into_any(),
        Value::Array(items) => {
            let list = PyList::empty(py);
            for item in items {
                list.append(to_python(py, item)?)?;
            }
            list.into_any()
        }
        Value::Object(map) => {
            let dict = PyDict::new(py);
            for (k, v) in map {
                dict.set_item(k, to_python(py, v)?)?;
            }
            dict.into_any()
        }
    })
}

/// The `soi._soi` extension module (re-exported by the `soi` package).
#[pymodule]
fn _soi(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(analyze, m)?)?;
    m.add_function(wrap_pyfunction!(analyze_many, m)?)?;
    m.add_function(wrap_pyfunction!(decode, m)?)?;
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    m.add("MAX_INPUT_BYTES", soi::input::MAX_INPUT_BYTES)?;
    Ok(())
}
