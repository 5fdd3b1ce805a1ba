//! `cargo bench --bench analyze`: the one-time rule compile cost, and
//! analyze throughput on ~1 MB of article text (the dev corpus repeated) and
//! on single articles. Peak memory: `cargo run --release --example peak_memory`.

use std::hint::black_box;
use std::time::{Duration, Instant};

#[path = "support/dev_corpus.rs"]
mod dev_corpus;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};

/// At least `bytes` of article text: the dev articles repeated.
fn corpus_text(bytes: usize) -> String {
    let arts = dev_corpus::articles();
    let mut s = String::with_capacity(bytes + 64 * 1024);
    while s.len() < bytes {
        for a in &arts {
            s.push_str(a);
            s.push_str("\n\n");
        }
    }
    s
}

fn bench(c: &mut Criterion) {
    // The first call compiles every rule; later calls are free.
    let t = Instant::now();
    soi::warm_up();
    let compile = t.elapsed();
    let t = Instant::now();
    soi::warm_up();
    println!(
        "rule compile (soi::warm_up, first call): {:.1} ms; second call {:.3} ms",
        compile.as_secs_f64() * 1e3,
        t.elapsed().as_secs_f64() * 1e3
    );

    let options = soi::Options::default();
    let text = corpus_text(1 << 20);
    let t = Instant::now();
    let analysis = soi::analyze(&text, &options);
    let dt = t.elapsed().as_secs_f64();
    println!(
        "one analyze of {:.2} MB: {:.1} ms = {:.1} MB/s, {} marks",
        text.len() as f64 / 1e6,
        dt * 1e3,
        text.len() as f64 / 1e6 / dt,
        analysis.entities.len()
    );

    let mut g = c.benchmark_group("analyze");
    g.sample_size(10)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(3));
    g.throughput(Throughput::Bytes(text.len() as u64));
    g.bench_function("dev_corpus_1MB", |b| {
        b.iter(|| soi::analyze(black_box(&text), &options))
    });
    let arts = dev_corpus::articles();
    let total: usize = arts.iter().map(String::len).sum();
    g.throughput(Throughput::Bytes(total as u64));
    g.bench_function("dev_articles_one_by_one", |b| {
        b.iter(|| {
            for a in &arts {
                black_box(soi::analyze(black_box(a), &options));
            }
        })
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
