//! Peak heap use of `soi::analyze` relative to the input size:
//! `cargo run --release --example peak_memory [MB] [--json]` (default 10 MB
//! of every corpus article repeated, the benchmark's mixed input). Counts
//! every allocation with a wrapping global allocator. `scripts/bench.sh`
//! reads the `--json` line.

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering::Relaxed};
use std::time::Instant;

struct Counting;

static CURRENT: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

fn grew(n: usize) {
    let now = CURRENT.fetch_add(n, Relaxed) + n;
    PEAK.fetch_max(now, Relaxed);
}

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let p = unsafe { System.alloc(layout) };
        if !p.is_null() {
            grew(layout.size());
        }
        p
    }
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        let p = unsafe { System.alloc_zeroed(layout) };
        if !p.is_null() {
            grew(layout.size());
        }
        p
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { System.dealloc(ptr, layout) };
        CURRENT.fetch_sub(layout.size(), Relaxed);
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let p = unsafe { System.realloc(ptr, layout, new_size) };
        if !p.is_null() {
            if new_size >= layout.size() {
                grew(new_size - layout.size());
            } else {
                CURRENT.fetch_sub(layout.size() - new_size, Relaxed);
            }
        }
        p
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

const MB: f64 = 1024.0 * 1024.0;

#[path = "../benches/support/dev_corpus.rs"]
mod dev_corpus;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mb: usize = args.iter().find_map(|a| a.parse().ok()).unwrap_or(10);
    let json = args.iter().any(|a| a == "--json");
    let target = mb << 20;
    let text = dev_corpus::mixed(target);

    // Rules compiled once, outside the measurement.
    soi::warm_up();
    let base = CURRENT.load(Relaxed);
    PEAK.store(base, Relaxed);
    let t = Instant::now();
    let analysis = soi::analyze(&text, &soi::Options::default());
    let secs = t.elapsed().as_secs_f64();
    let peak = PEAK.load(Relaxed) - base;
    let retained = CURRENT.load(Relaxed) - base;
    let input = text.len() as f64;
    if json {
        println!(
            "{{\"input_bytes\":{},\"peak_bytes\":{peak},\"retained_bytes\":{retained},\"ratio\":{:.3},\"marks\":{},\"seconds\":{secs:.3}}}",
            text.len(),
            peak as f64 / input,
            analysis.entities.len()
        );
        return;
    }
    println!(
        "peak heap {:.1} MB for {:.0} MB input ({:.1}×); result holds {:.1} MB; {} marks in {:.2} s ({:.1} MB/s)",
        peak as f64 / MB,
        input / MB,
        peak as f64 / input,
        retained as f64 / MB,
        analysis.entities.len(),
        secs,
        input / MB / secs
    );
}
