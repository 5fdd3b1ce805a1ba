"""Soi on Apache Spark: every mark of an archive, and a summary per article, as Parquet.

    spark-submit [--master local[2]] examples/spark/soi_spark.py INPUT OUTPUT [options]
    python examples/spark/soi_spark.py --master 'local[*]' INPUT OUTPUT [options]

INPUT is a folder of articles (every *.txt below it; --glob to change) or, with
--format jsonl (the default for a path ending in .jsonl, .jsonl.gz, .ndjson),
JSON Lines: one article per line, {"id": ..., "text": "...", "reference_date"?:
"YYYY-MM-DD"} (a file, a folder or a glob; gzip is read as such).

OUTPUT gets two Parquet tables:

  OUTPUT/marks     one row per mark: article_id, mark (its index in the
                   article), type, start, end, text (code points, as the
                   CLI's JSON), role, value (a DATE's ISO date, a FIGURE's
                   number as JSON text, or "16/18"), number (a numeric value
                   as a double), id, unit, doc_type, issuer, source, start_utf16,
                   end_utf16
  OUTPUT/articles  one row per article: article_id, source (file path), line
                   (JSON Lines), chars, bytes, reference_date,
                   reference_source, marks and one count per type (person,
                   org, place, date, regulation, figure), error (why an
                   article could not be analyzed; else null)

The analysis is the `soi` wheel (the same Rust engine and JSON contract as the
CLI), called in mapPartitions on batches of articles with the GIL released.
Executors need the `soi` package: install the wheel on every node, or ship it
with the job: a wheel is a zip, so `cp soi-*.whl soi.zip` and pass
`--archives soi.zip#soi_wheel` (see README, "Apache Spark").

An article id is the file name without .txt (folders), or the line's "id"
(a string as is, any other JSON value as JSON text). Text files are decoded as
the CLI reads them (soi.decode: UTF-8, UTF-16, Windows-1258, TCVN3, VNI);
JSON Lines texts are analyzed as given.
"""

import argparse
import json
import os
import posixpath
import sys
import time

TYPES = ("PERSON", "ORG", "PLACE", "DATE", "REGULATION", "FIGURE")

MARK_FIELDS = [
    ("type", "string"),
    ("start", "long"),
    ("end", "long"),
    ("text", "string"),
    ("role", "string"),
    ("value", "string"),
    ("number", "double"),
    ("id", "string"),
    ("unit", "string"),
    ("doc_type", "string"),
    ("issuer", "string"),
    ("source", "string"),
    ("start_utf16", "long"),
    ("end_utf16", "long"),
]

ARTICLE_FIELDS = [
    ("article_id", "string"),
    ("source", "string"),
    ("line", "long"),
    ("chars", "long"),
    ("bytes", "long"),
    ("reference_date", "string"),
    ("reference_source", "string"),
    ("marks", "long"),
] + [(t.lower(), "long") for t in TYPES] + [("error", "string")]


def import_soi():
    """The soi package, installed, or shipped with --archives WHEEL.zip#NAME
    (unpacked in the working directory on YARN and Kubernetes, under
    SparkFiles' root in local and standalone mode)."""
    try:
        import soi

        return soi
    except ImportError:
        pass
    roots = []
    try:
        from pyspark import SparkFiles

        roots.append(SparkFiles.getRootDirectory())
    except Exception:  # not on an executor
        pass
    roots.append(os.getcwd())
    for root in roots:
        if not os.path.isdir(root):
            continue
        for entry in sorted(os.listdir(root)):
            package = os.path.join(root, entry, "soi")
            # An unpacked wheel: the package with its compiled module.
            if os.path.isfile(os.path.join(package, "__init__.py")) and any(
                name.startswith("_soi.") for name in os.listdir(package)
            ):
                sys.path.insert(0, os.path.dirname(package))
                import soi

                return soi
    raise ImportError(
        "the soi package is not on this executor: pip install the wheel on every node, "
        "or ship it with --archives soi.zip#soi_wheel (a copy of soi-*.whl)"
    )


def mark_row(e):
    """One contract entity as a tuple in MARK_FIELDS order."""
    value = e.get("value")
    number = None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        number = float(value)
        value = json.dumps(value)
    return (
        e["type"],
        e["start"],
        e["end"],
        e["text"],
        e.get("role"),
        value,
        number,
        e.get("id"),
        e.get("unit"),
        e.get("doc_type"),
        e.get("issuer"),
        e.get("source"),
        e["start_utf16"],
        e["end_utf16"],
    )


def entity_from_mark(row):
    """The contract entity back from a marks-table row (for comparisons)."""
    e = {"type": row["type"], "start": row["start"], "end": row["end"], "text": row["text"]}
    for key in ("role", "id", "unit", "doc_type", "issuer", "source"):
        if row[key] is not None:
            e[key] = row[key]
    if row["value"] is not None:
        e["value"] = json.loads(row["value"]) if row["number"] is not None else row["value"]
    e["start_utf16"] = row["start_utf16"]
    e["end_utf16"] = row["end_utf16"]
    return dict(sorted(e.items()))  # the contract's key order


def _article_id(value):
    if value is None or isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False)


def _prepare_file(soi, path, content):
    """(key fields, text or None, reference date, error) for one text file."""
    name = posixpath.basename(path)
    article_id = name[:-4] if name.lower().endswith(".txt") else name
    key = (article_id, path, None)
    try:
        return key, soi.decode(bytes(content)), None, None
    except ValueError as err:
        message = str(err)
        prefix = "soi.decode: "
        return key, None, None, message[len(prefix):] if message.startswith(prefix) else message


def _prepare_line(soi, source, line_no, line, default_ref):
    """The same for one JSON Lines line (the rules of `soi --input-format jsonl`)."""
    key = (None, source, line_no)
    try:
        record = json.loads(line)
    except ValueError as err:
        return key, None, None, f"not JSON: {err}"
    if not isinstance(record, dict):
        return key, None, None, 'expected an object {"id", "text", "reference_date"?}'
    key = (_article_id(record.get("id")), source, line_no)
    text = record.get("text")
    if text is None:
        return key, None, None, 'no "text" field'
    if not isinstance(text, str):
        return key, None, None, f'"text" must be a string, not {type(text).__name__}'
    try:
        size = len(text.encode("utf-8"))
    except UnicodeEncodeError:
        return key, None, None, "the text is not valid Unicode"
    if size > soi.MAX_INPUT_BYTES:
        return key, None, None, f"the text is too large ({size} bytes); the limit is {soi.MAX_INPUT_BYTES}"
    ref = record.get("reference_date")
    if ref is None:
        ref = default_ref
    else:
        try:
            soi.analyze("", ref)  # the engine's own date parser
        except (TypeError, ValueError):
            return key, None, None, f'"reference_date" {ref!r} is not a date: use YYYY-MM-DD'
    return key, text, ref, None


def analyze_partition(items, kind, batch, threads, default_ref):
    """mapPartitions: analyze `batch` articles at a time with soi.analyze_many."""
    soi = import_soi()

    def flush(pending):
        ready = [p for p in pending if p[1] is not None]
        results = iter(
            soi.analyze_many([p[1] for p in ready], reference_date=[p[2] for p in ready], threads=threads)
            if ready
            else []
        )
        for (article_id, source, line_no), text, _ref, error in pending:
            if text is None:
                yield (article_id, source, line_no, None, None, None, None, 0) + (0,) * len(TYPES) + (error, [])
                continue
            r = next(results)
            entities = r["entities"]
            counts = tuple(sum(1 for e in entities if e["type"] == t) for t in TYPES)
            yield (
                article_id,
                source,
                line_no,
                len(text),
                len(text.encode("utf-8")),
                r["reference_date"],
                r["reference_source"],
                len(entities),
            ) + counts + (None, [mark_row(e) for e in entities])

    pending = []
    for item in items:
        if kind == "text":
            path, content = item
            pending.append(_prepare_file(soi, path, content))
        else:
            source, line_no, line = item
            if not line.strip():
                continue  # blank lines are skipped, as by the CLI
            pending.append(_prepare_line(soi, source, line_no, line, default_ref))
        if len(pending) >= batch:
            yield from flush(pending)
            pending = []
    if pending:
        yield from flush(pending)


def _schema():
    from pyspark.sql.types import (
        ArrayType,
        DoubleType,
        LongType,
        StringType,
        StructField,
        StructType,
    )

    types = {"string": StringType(), "long": LongType(), "double": DoubleType()}
    mark = StructType([StructField(n, types[t], True) for n, t in MARK_FIELDS])
    return StructType(
        [StructField(n, types[t], True) for n, t in ARTICLE_FIELDS]
        + [StructField("mark_list", ArrayType(mark, False), False)]
    )


def detect_format(path):
    p = path.lower()
    return "jsonl" if p.endswith((".jsonl", ".jsonl.gz", ".ndjson", ".ndjson.gz")) else "text"


def run(spark, input_path, output_path, fmt="auto", glob="*.txt", reference_date=None,
        batch=64, threads_per_task=1, partitions=None):
    """Analyzes INPUT and writes OUTPUT/marks and OUTPUT/articles; returns figures."""
    from pyspark import StorageLevel
    from pyspark.sql import functions as F

    sc = spark.sparkContext
    if __name__ != "__main__":
        # Imported (a notebook, the tests): ship this module's functions by
        # value, as spark-submit does for its main file.
        from pyspark import cloudpickle

        cloudpickle.register_pickle_by_value(sys.modules[__name__])
    kind = detect_format(input_path) if fmt == "auto" else fmt
    target = partitions or sc.defaultParallelism * 2
    started = time.perf_counter()
    if kind == "text":
        files = (
            spark.read.format("binaryFile")
            .option("pathGlobFilter", glob)
            .option("recursiveFileLookup", "true")
            .load(input_path)
            .select("path", "content")
        )
        rdd = files.rdd.map(lambda r: (r[0], r[1]))
    elif kind == "jsonl":
        lines = spark.read.text(input_path).select(
            F.col("_metadata.file_path").alias("source"),
            F.col("_metadata.file_block_start").alias("block"),
            "value",
        )
        # Line numbers within each file, as the CLI counts them: a file may be
        # read in several blocks, so count each block's lines first (in the
        # JVM, no Python), then number the lines of a block from its offset.
        first = {}
        counts = lines.groupBy("source", "block").count().collect()
        for source in sorted({r["source"] for r in counts}):
            n = 0
            for r in sorted((r for r in counts if r["source"] == source), key=lambda r: r["block"]):
                first[(source, r["block"])] = n
                n += r["count"]

        def number(rows):
            seen = {}
            for source, block, value in rows:
                i = seen.get((source, block), 0)
                seen[(source, block)] = i + 1
                yield source, first[(source, block)] + i + 1, value

        rdd = lines.rdd.map(tuple).mapPartitions(number)
    else:
        raise ValueError(f"unknown --format {fmt!r}: use text, jsonl or auto")
    if rdd.getNumPartitions() < sc.defaultParallelism:
        # Small inputs come as one partition: spread them over the cores.
        rdd = rdd.repartition(target)

    analyzed = spark.createDataFrame(
        rdd.mapPartitions(
            lambda items: analyze_partition(items, kind, batch, threads_per_task, reference_date)
        ),
        _schema(),
        verifySchema=False,  # the rows are built above to fit the schema
    ).persist(StorageLevel.MEMORY_AND_DISK)
    try:
        marks = analyzed.select("article_id", F.posexplode("mark_list").alias("mark", "m")).select(
            "article_id", "mark", "m.*"
        )
        articles = analyzed.drop("mark_list")
        articles.write.mode("overwrite").parquet(output_path.rstrip("/") + "/articles")
        marks.write.mode("overwrite").parquet(output_path.rstrip("/") + "/marks")
        totals = articles.agg(
            F.count("*").alias("articles"),
            F.count("error").alias("errors"),
            F.coalesce(F.sum("marks"), F.lit(0)).alias("marks"),
            F.coalesce(F.sum("bytes"), F.lit(0)).alias("bytes"),
        ).first()
    finally:
        analyzed.unpersist()
    seconds = time.perf_counter() - started
    figures = {
        "format": kind,
        "articles": totals["articles"],
        "errors": totals["errors"],
        "marks": totals["marks"],
        "bytes": totals["bytes"],
        "seconds": seconds,
        "articles_per_s": totals["articles"] / seconds,
        "mb_per_s": totals["bytes"] / 1e6 / seconds,
    }
    return figures


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("input", help="a folder of .txt articles, or JSON Lines (file, folder or glob)")
    ap.add_argument("output", help="where OUTPUT/marks and OUTPUT/articles (Parquet) go")
    ap.add_argument("--format", choices=["auto", "text", "jsonl"], default="auto",
                    help="text: one article per file; jsonl: one per line (default: jsonl for "
                         ".jsonl/.ndjson paths, else text)")
    ap.add_argument("--glob", default="*.txt", help="which files of a folder are articles (default *.txt)")
    ap.add_argument("--ref", metavar="DATE", help="reference date for articles without their own "
                                                  "(YYYY-MM-DD; default: each article's dateline)")
    ap.add_argument("--batch", type=int, default=64, help="articles per analyze_many call (default 64)")
    ap.add_argument("--threads-per-task", type=int, default=1,
                    help="analyze_many threads in each task (default 1: Spark runs a task per core)")
    ap.add_argument("--partitions", type=int, help="at least this many partitions (default 2 per core)")
    ap.add_argument("--master", help="Spark master when run with plain python (e.g. local[2])")
    args = ap.parse_args(argv)

    from pyspark.sql import SparkSession

    builder = SparkSession.builder.appName("soi")
    if args.master:
        builder = builder.master(args.master)
    spark = builder.getOrCreate()
    try:
        f = run(spark, args.input, args.output, fmt=args.format, glob=args.glob, reference_date=args.ref,
                batch=args.batch, threads_per_task=args.threads_per_task, partitions=args.partitions)
    finally:
        spark.stop()
    print(
        f"soi_spark: {f['articles']} articles ({f['errors']} not analyzed), {f['marks']} marks, "
        f"{f['bytes'] / 1e6:.2f} MB in {f['seconds']:.1f} s: {f['articles_per_s']:.1f} articles/s, "
        f"{f['mb_per_s']:.2f} MB/s -> {args.output.rstrip('/')}/marks, {args.output.rstrip('/')}/articles"
    )
    print(json.dumps(f), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
