"""The Spark job in local[2] mode: every Parquet row equals `soi --jsonl` on the same inputs.

Run by scripts/test.sh (needs Java, pyspark, the soi wheel installed, and
target/release/soi; SOI_BIN and SOI_WHEEL override where they are).
"""

import glob
import json
import os
import pathlib
import shutil
import subprocess
import sys

import pytest

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(HERE))

import soi_spark  # noqa: E402

TYPES = ("PERSON", "ORG", "PLACE", "DATE", "REGULATION", "FIGURE")


def corpus_articles():
    files = sorted(ROOT.glob("tests/corpus/*/*.txt"))
    assert len(files) >= 100, f"the corpus articles in {ROOT / 'tests/corpus'}: {len(files)}"
    return files


@pytest.fixture(scope="session")
def soi_bin():
    path = pathlib.Path(os.environ.get("SOI_BIN", ROOT / "target/release/soi"))
    if not path.is_file():
        pytest.fail(f"{path} is missing: run `cargo build --release --bin soi` first (or set SOI_BIN)")
    return str(path)


def cli(soi_bin, *args):
    env = dict(os.environ, LANG="C")
    env.pop("LC_ALL", None)
    out = subprocess.run([soi_bin, *args], capture_output=True, env=env, check=False)
    return out.returncode, [json.loads(line) for line in out.stdout.decode().splitlines()]


@pytest.fixture(scope="module")
def spark():
    from pyspark.sql import SparkSession

    # Python workers run this interpreter (the one with the soi wheel).
    os.environ["PYSPARK_PYTHON"] = sys.executable
    session = (
        SparkSession.builder.master("local[2]")
        .appName("soi-test")
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .config("spark.sql.shuffle.partitions", "4")
        .getOrCreate()
    )
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()


def read_tables(spark, out):
    marks = [r.asDict() for r in spark.read.parquet(f"{out}/marks").collect()]
    articles = [r.asDict() for r in spark.read.parquet(f"{out}/articles").collect()]
    by_article = {}
    for m in sorted(marks, key=lambda m: (m["article_id"] or "", m["mark"])):
        by_article.setdefault(m["article_id"], []).append(m)
    return articles, by_article


def check_article(row, marks, record, text=None):
    """One analyzed article's row and its marks rows against the CLI's record."""
    assert "error" not in record and row["error"] is None, (row, record.get("error"))
    entities = [soi_spark.entity_from_mark(m) for m in marks]
    assert [m["mark"] for m in marks] == list(range(len(marks)))
    # Exactly the CLI's entities: the same values, types and key order.
    assert entities == record["entities"], row["article_id"]
    assert json.dumps(entities, ensure_ascii=False) == json.dumps(record["entities"], ensure_ascii=False)
    assert row["reference_date"] == record["reference_date"]
    assert row["reference_source"] == record["reference_source"]
    assert row["marks"] == len(record["entities"])
    for t in TYPES:
        assert row[t.lower()] == sum(1 for e in record["entities"] if e["type"] == t), (row, t)
    if text is not None:
        assert row["chars"] == len(text) and row["bytes"] == len(text.encode("utf-8"))
        for m in marks:
            assert text[m["start"] : m["end"]] == m["text"]
    return len(entities)


@pytest.fixture(scope="module")
def article_folder(tmp_path_factory):
    """The corpus articles in their folders, plus files the CLI decodes or refuses."""
    root = tmp_path_factory.mktemp("articles")
    for p in corpus_articles():
        (root / p.parent.name).mkdir(exist_ok=True)
        shutil.copy(p, root / p.parent.name / p.name)
    extra = root / "extra"
    extra.mkdir()
    (extra / "legacy_tcvn3.txt").write_bytes("§¶ng Céng s¶n ViÖt Nam, ngµy 3/2/2024.".encode())
    (extra / "bom_crlf.txt").write_bytes("Sáng 24/11/2023, Tỉnh ủy Quảng Nam họp.\r\nÔng Lê Văn Dũng chủ trì.\r\n".encode("utf-8-sig"))
    (extra / "scan.txt").write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj")
    (extra / "empty.txt").write_bytes(b"")
    (extra / "notes.md").write_text("Not an article: not *.txt.", encoding="utf-8")
    return root


def test_folder_of_articles_equals_cli_jsonl(spark, soi_bin, article_folder, tmp_path):
    out = tmp_path / "out"
    figures = soi_spark.run(spark, str(article_folder), str(out))
    files = sorted(article_folder.glob("*/*.txt"))
    code, records = cli(soi_bin, "--jsonl", *map(str, files))
    assert code == 1  # scan.txt and empty.txt cannot be read
    assert len(records) == len(files) == len(corpus_articles()) + 4
    # Spark's file reader never sees an empty file (no row at all); the CLI
    # reports it: the one difference.
    empty = files.index(article_folder / "extra" / "empty.txt")
    assert "empty" in records[empty]["error"]
    del files[empty], records[empty]

    articles, marks = read_tables(spark, out)
    rows = {r["article_id"]: r for r in articles}
    assert len(rows) == len(articles) == len(files), "one row per article, ids unique"
    total = 0
    for f, record in zip(files, records):
        assert record["file"] == str(f)
        row = rows[f.stem]
        assert row["source"].endswith(f"/{f.parent.name}/{f.name}") and row["line"] is None
        if "error" in record:
            assert row["error"] == record["error"], f.name
            assert row["marks"] == 0 and f.stem not in marks
            continue
        text = soi_spark.import_soi().decode(f.read_bytes())
        total += check_article(row, marks.get(f.stem, []), record, text)
    assert sum(len(m) for m in marks.values()) == total > 3000
    assert rows["legacy_tcvn3"]["marks"] > 0  # converted from TCVN3, as by the CLI
    assert "PDF" in rows["scan"]["error"]
    assert figures["articles"] == len(files) and figures["errors"] == 1 and figures["marks"] == total


def write_archive(folder):
    """Two JSON Lines files of corpus articles with malformed lines among them."""
    folder.mkdir()
    articles = corpus_articles()
    lines = []
    for i, p in enumerate(articles):
        rec = {"id": p.stem if i % 5 else i, "text": p.read_text(encoding="utf-8")}
        if i % 4 == 0:
            rec["reference_date"] = "2020-06-15"
        if i % 7 == 0:
            rec["source_url"] = "https://example.invalid/" + p.stem  # extra fields are ignored
        lines.append(json.dumps(rec, ensure_ascii=bool(i % 2)))
        if i == 10:
            lines += ["not json", "", '{"id": "no-text"}', "[1, 2]"]
        if i == 60:
            lines += ['{"id": "bad-date", "text": "Ngày 1/2.", "reference_date": "2023-02-30"}', "   "]
    half = len(lines) // 2
    (folder / "a.jsonl").write_text("\n".join(lines[:half]) + "\n", encoding="utf-8")
    (folder / "b.jsonl").write_text("\n".join(lines[half:]) + "\n", encoding="utf-8")
    return [folder / "a.jsonl", folder / "b.jsonl"]


def test_jsonl_archive_equals_cli_jsonl(spark, soi_bin, tmp_path):
    files = write_archive(tmp_path / "archive")
    # Small blocks: each file is read in several pieces, and line numbers still count per file.
    spark.conf.set("spark.sql.files.maxPartitionBytes", str(64 * 1024))
    try:
        figures = soi_spark.run(spark, str(tmp_path / "archive"), str(tmp_path / "out"), fmt="jsonl")
    finally:
        spark.conf.unset("spark.sql.files.maxPartitionBytes")
    code, records = cli(soi_bin, "--input-format", "jsonl", *map(str, files))
    assert code == 0

    # The CLI's records in input order, with each one's file and line.
    expected = []
    for f in files:
        for n, line in enumerate(f.read_text(encoding="utf-8").split("\n"), 1):
            if line.strip():
                expected.append((f.name, n, line))
    assert len(records) == len(expected)

    articles, marks = read_tables(spark, tmp_path / "out")
    assert len(articles) == len(records)
    rows = {(pathlib.Path(r["source"]).name, r["line"]): r for r in articles}
    errors = 0
    for (name, n, line), record in zip(expected, records):
        row = rows[(name, n)]
        if "error" in record:
            errors += 1
            assert record["line"] == n and record["file"].endswith(name)
            assert row["error"], (name, n, row)
            assert row["article_id"] == (None if record["id"] is None else record["id"])
            assert row["marks"] == 0
            continue
        rid = record["id"]
        assert row["article_id"] == (rid if isinstance(rid, str) else json.dumps(rid))
        text = json.loads(line)["text"]
        check_article(row, marks.get(row["article_id"], []), record, text)
    assert errors == 4
    assert figures["articles"] == len(records) and figures["errors"] == 4


def test_spark_submit_ships_the_wheel_as_an_archive(spark, soi_bin, tmp_path):
    """The cluster recipe of the README: spark-submit --archives soi.zip#soi_wheel,
    with executors on a Python that does not have soi installed."""
    wheel = os.environ.get("SOI_WHEEL") or max(
        glob.glob(str(ROOT / "target/wheels/**/soi-*.whl"), recursive=True), key=os.path.getmtime, default=None
    )
    assert wheel and os.path.isfile(wheel), "the soi wheel (target/wheels/…/soi-*.whl, or set SOI_WHEEL)"
    shutil.copy(wheel, tmp_path / "soi.zip")
    bare = tmp_path / "bare"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(bare)], check=True)
    bare_python = str(bare / "bin" / "python")
    probe = subprocess.run([bare_python, "-c", "import soi"], capture_output=True)
    assert probe.returncode != 0, "the executors' Python must not have soi already"

    import pyspark

    submit = os.path.join(os.path.dirname(pyspark.__file__), "bin", "spark-submit")
    dev = ROOT / "tests/corpus/dev"
    out = tmp_path / "out"
    env = dict(os.environ)
    env.pop("PYSPARK_PYTHON", None)
    proc = subprocess.run(
        [
            submit,
            "--master", "local[2]",
            "--conf", "spark.ui.enabled=false",
            "--conf", "spark.ui.showConsoleProgress=false",
            "--conf", f"spark.pyspark.python={bare_python}",
            "--conf", f"spark.pyspark.driver.python={sys.executable}",
            "--archives", f"{tmp_path / 'soi.zip'}#soi_wheel",
            str(HERE / "soi_spark.py"),
            str(dev),
            str(out),
        ],
        capture_output=True,
        env=env,
        timeout=600,
    )
    assert proc.returncode == 0, proc.stderr.decode()[-4000:]
    assert "soi_spark: 5 articles (0 not analyzed)" in proc.stdout.decode(), proc.stdout.decode()

    files = sorted(dev.glob("*.txt"))
    _, records = cli(soi_bin, "--jsonl", *map(str, files))
    articles, marks = read_tables(spark, out)
    rows = {r["article_id"]: r for r in articles}
    assert len(rows) == len(files)
    for f, record in zip(files, records):
        check_article(rows[f.stem], marks.get(f.stem, []), record, f.read_text(encoding="utf-8"))
