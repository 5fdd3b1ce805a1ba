"""Throughput of Soi on the corpus articles: one process, analyze_many, the CLI, the Spark job.

    python examples/spark/bench.py [--repeat 200] [--no-spark]

The input is every article of tests/corpus/*/*.txt, repeated --repeat times
(200: 22,800 articles, 44 MB), written once as JSON Lines to
target/bench-spark/archive.jsonl. MB are the UTF-8 bytes of the texts. Needs
the soi package, target/release/soi and (for the last row) pyspark and Java.
Before each row it waits (up to a minute) for the machine to be idle, and it
reports the CPU that other processes (not this one, its CLI runs, Spark's JVM
and Python workers) used during the row ("other load", in cores). Prints a Markdown table (the README's
figures come from it). Not part of scripts/test.sh.
"""

import argparse
import json
import os
import pathlib
import subprocess
import sys
import time

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parents[1]


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--repeat", type=int, default=200)
    ap.add_argument("--no-spark", action="store_true")
    args = ap.parse_args()

    import soi

    base = [p.read_text(encoding="utf-8") for p in sorted(ROOT.glob("tests/corpus/*/*.txt"))]
    texts = base * args.repeat
    n = len(texts)
    mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    work = ROOT / "target/bench-spark"
    work.mkdir(parents=True, exist_ok=True)
    archive = work / "archive.jsonl"
    with open(archive, "w", encoding="utf-8") as f:
        for i, t in enumerate(texts):
            f.write(json.dumps({"id": f"a{i}", "text": t}, ensure_ascii=False) + "\n")
    print(f"{n} articles ({len(base)} corpus articles x {args.repeat}), {mb:.1f} MB of text, "
          f"{os.cpu_count()} cores", file=sys.stderr)

    rows = []
    marks = {}

    def busy():
        """CPU seconds the whole machine spent busy, and this process with its reaped children."""
        with open("/proc/stat") as f:
            fields = [int(x) for x in f.readline().split()[1:]]
        ticks = os.sysconf("SC_CLK_TCK")
        t = os.times()
        # Reaped children (the CLI runs), then the live ones (Spark's JVM and
        # its Python workers): every process below this one.
        mine = t.user + t.system + t.children_user + t.children_system
        parent, cpu = {}, {}
        for pid in os.listdir("/proc"):
            if pid.isdigit():
                try:
                    with open(f"/proc/{pid}/stat") as f:
                        stat = f.read().rsplit(")", 1)[1].split()
                except OSError:
                    continue
                parent[int(pid)] = int(stat[1])
                cpu[int(pid)] = (int(stat[11]) + int(stat[12])) / ticks
        me = os.getpid()
        for pid in cpu:
            p = parent.get(pid)
            while p and p != me:
                p = parent.get(p)
            if p == me and pid != me:
                mine += cpu[pid]
        return (sum(fields) - fields[3] - fields[4]) / ticks, mine

    def wait_quiet():
        """Waits (up to a minute) until nothing else uses the CPU, so other work does not skew a row."""
        for _ in range(30):
            (b0, m0), t0 = busy(), time.perf_counter()
            time.sleep(2)
            (b1, m1), t1 = busy(), time.perf_counter()
            if (b1 - b0) - (m1 - m0) < 0.1 * (t1 - t0):
                break
        marks["start"] = busy()

    def record(what, seconds):
        (b0, m0), (b1, m1) = marks["start"], busy()
        others = f"{max(0.0, (b1 - b0) - (m1 - m0)) / seconds:.2f}"
        rows.append((what, n / seconds, mb / seconds, seconds, others))
        print(f"  {what}: {seconds:.2f} s (other load: {others} cores)", file=sys.stderr)

    soi.analyze("khởi động")  # compile the rules before timing
    # Results are kept, as a caller would (building and keeping ~700,000
    # dicts costs Python time too: its garbage collector walks them).
    wait_quiet()
    t = time.perf_counter()
    results = [soi.analyze(text) for text in texts]
    record("Python `[soi.analyze(t) for t in texts]` (1 core)", time.perf_counter() - t)
    del results

    for threads in (1, 2):
        wait_quiet()
        t = time.perf_counter()
        results = soi.analyze_many(texts, threads=threads)
        record(f"Python `soi.analyze_many(texts, threads={threads})`", time.perf_counter() - t)
        del results

    cli = str(ROOT / "target/release/soi")
    for threads in (1, 2):
        wait_quiet()
        t = time.perf_counter()
        with open(archive, "rb") as src:
            subprocess.run([cli, "--input-format", "jsonl", "--threads", str(threads)], stdin=src,
                           stdout=subprocess.DEVNULL, check=True)
        record(f"CLI `soi --input-format jsonl --threads {threads}` (JSON Lines in and out)",
               time.perf_counter() - t)

    if not args.no_spark:
        sys.path.insert(0, str(HERE))
        import soi_spark
        from pyspark.sql import SparkSession

        os.environ["PYSPARK_PYTHON"] = sys.executable
        t0 = time.perf_counter()
        spark = (SparkSession.builder.master("local[2]").appName("soi-bench")
                 .config("spark.ui.enabled", "false").config("spark.ui.showConsoleProgress", "false")
                 .getOrCreate())
        spark.sparkContext.setLogLevel("ERROR")
        startup = time.perf_counter() - t0
        try:
            wait_quiet()
            f = soi_spark.run(spark, str(archive), str(work / "out"), fmt="jsonl")
        finally:
            spark.stop()
        assert f["articles"] == n and f["errors"] == 0, f
        record("Spark job, local[2], JSON Lines -> Parquet (marks + articles)", f["seconds"])
        print(f"  (Spark session start-up, not counted: {startup:.1f} s)", file=sys.stderr)

    print("| how | articles/s | MB/s | seconds | other load (cores) |")
    print("| --- | ---: | ---: | ---: | ---: |")
    for what, aps, mbs, s, others in rows:
        print(f"| {what} | {aps:,.0f} | {mbs:.1f} | {s:.1f} | {others} |")


if __name__ == "__main__":
    main()
