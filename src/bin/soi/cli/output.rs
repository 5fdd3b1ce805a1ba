//! How the whole-file modes print: the marked text, the legend, the summary.

use std::io::{self, Write};

use soi::{Analysis, Kind};

pub(super) fn kind_index(k: Kind) -> usize {
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
pub(super) fn write_marked(
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

pub(super) fn write_legend(out: &mut impl Write) -> io::Result<()> {
    let parts: Vec<String> = Kind::ALL
        .iter()
        .map(|&k| format!("\x1b[{}m{}\x1b[0m", sgr(k), k.as_str()))
        .collect();
    writeln!(out, "\n\x1b[2m──\x1b[0m {}", parts.join("  "))
}

pub(super) fn write_summary(
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

pub(super) fn write_totals(out: &mut impl Write, totals: &[usize; 6]) -> io::Result<()> {
    writeln!(out, "all inputs")?;
    for (k, n) in Kind::ALL.iter().zip(totals) {
        writeln!(out, "  {:<11}{n:>6}", k.as_str())?;
    }
    writeln!(out, "  {:<11}{:>6}", "total", totals.iter().sum::<usize>())
}
