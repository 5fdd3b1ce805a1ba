"""`import soi` gives exactly what the CLI prints, on every corpus article."""

import json
import os
import subprocess

import pytest

import soi
from conftest import corpus_articles, run_cli


@pytest.mark.parametrize("path", corpus_articles(), ids=lambda p: p.parent.name + "/" + p.stem)
def test_analyze_equals_cli_json(soi_bin, path):
    out = run_cli(soi_bin, "--json", str(path))
    assert out.returncode == 0, out.stderr.decode()
    cli = json.loads(out.stdout)
    raw = path.read_bytes()
    text = path.read_text(encoding="utf-8")
    assert soi.decode(raw) == text  # the corpus is plain UTF-8 with \n
    mine = soi.analyze(text)
    assert mine == cli
    # The same JSON text, so no int/float or key-order difference hides either.
    assert json.dumps(mine, ensure_ascii=False) == json.dumps(cli, ensure_ascii=False)


def test_reference_date_equals_cli_ref(soi_bin, articles):
    for path in articles[::15]:
        out = run_cli(soi_bin, "--json", "--ref", "2019-07-01", str(path))
        assert out.returncode == 0, out.stderr.decode()
        assert soi.analyze(path.read_text(encoding="utf-8"), "2019-07-01") == json.loads(out.stdout)


def test_jsonl_stream_equals_analyze_many(soi_bin, articles):
    """`soi --input-format jsonl --threads 2` equals analyze_many, record for record."""
    texts = [p.read_text(encoding="utf-8") for p in articles]
    refs = [None if i % 3 else "2020-06-15" for i in range(len(texts))]
    lines = []
    for i, (p, t, r) in enumerate(zip(articles, texts, refs)):
        rec = {"id": p.stem, "text": t}
        if r:
            rec["reference_date"] = r
        lines.append(json.dumps(rec, ensure_ascii=(i % 2 == 0)))
    stdin = ("\n".join(lines) + "\n").encode()
    out = run_cli(soi_bin, "--input-format", "jsonl", "--threads", "2", input=stdin)
    assert out.returncode == 0, out.stderr.decode()
    records = [json.loads(l) for l in out.stdout.decode().splitlines()]
    expected = soi.analyze_many(texts, reference_date=refs, threads=2)
    assert len(records) == len(expected)
    for p, rec, exp in zip(articles, records, expected):
        assert rec.pop("id") == p.stem
        assert rec == exp
