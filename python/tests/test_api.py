"""The Python API: results, offsets on Vietnamese text, errors, threads, stubs."""

import ast
import datetime
import inspect
import json
import pathlib
import re
import threading
import time
import unicodedata

import pytest

import soi
from conftest import ROOT, run_cli

SAMPLE = (
    "Sáng 24/11/2023, Ban Thường vụ Tỉnh ủy Quảng Nam tổ chức hội nghị. "
    "Phó Bí thư Thường trực Tỉnh ủy Lê Văn Dũng chủ trì. Kết nạp 2.024 đảng viên, "
    "thực hiện Nghị quyết số 21-NQ/TW."
)


def check_offsets(text, result):
    """Every mark's code-point and UTF-16 offsets point at its text."""
    prev_end = 0
    for e in result["entities"]:
        assert text[e["start"] : e["end"]] == e["text"], e
        assert e["start"] >= prev_end and e["start"] < e["end"], e
        assert len(text[: e["start"]].encode("utf-16-le")) // 2 == e["start_utf16"], e
        assert len(text[: e["end"]].encode("utf-16-le")) // 2 == e["end_utf16"], e
        prev_end = e["end"]
    return len(result["entities"])


def test_result_shape():
    r = soi.analyze(SAMPLE)
    assert set(r) == {"entities", "reference_date", "reference_source"}
    assert (r["reference_date"], r["reference_source"]) == ("2023", "year_in_text")
    types = {e["type"] for e in r["entities"]}
    assert {"DATE", "PERSON", "FIGURE", "REGULATION"} <= types, r
    person = next(e for e in r["entities"] if e["type"] == "PERSON")
    assert person["text"] == "Lê Văn Dũng" and person["id"] == "P1"
    assert "Phó Bí thư" in person["role"]
    # Marks made by the engine say so ("user": corrections in the web app).
    assert {e["source"] for e in r["entities"]} == {"rule"}
    figure = next(e for e in r["entities"] if e["text"] == "2.024")
    assert figure["value"] == 2024 and isinstance(figure["value"], int)
    assert check_offsets(SAMPLE, r) >= 4


def test_version_is_the_cli_version(soi_bin):
    out = run_cli(soi_bin, "--version").stdout.decode()
    assert out.split() == ["soi", soi.__version__]
    cargo = (ROOT / "Cargo.toml").read_text(encoding="utf-8")
    assert re.search(r'(?m)^version = "([^"]+)"', cargo).group(1) == soi.__version__


@pytest.mark.parametrize("form", ["NFC", "NFD"])
def test_offsets_on_corpus_articles(articles, form):
    marks = 0
    for path in articles:
        text = unicodedata.normalize(form, path.read_text(encoding="utf-8"))
        marks += check_offsets(text, soi.analyze(text))
    assert marks > 3000


def test_nfd_gives_the_same_marks_as_nfc(articles):
    for path in articles[:40]:
        nfc = unicodedata.normalize("NFC", path.read_text(encoding="utf-8"))
        nfd = unicodedata.normalize("NFD", nfc)
        a, b = soi.analyze(nfc), soi.analyze(nfd)
        assert [(e["type"], e["text"]) for e in a["entities"]] == [
            (e["type"], unicodedata.normalize("NFC", e["text"])) for e in b["entities"]
        ], path.name
        # Offsets differ (NFD has more code points) but point at the same letters.
        for x, y in zip(a["entities"], b["entities"]):
            assert unicodedata.normalize("NFC", nfd[: y["start"]]) == nfc[: x["start"]]


def test_offsets_count_code_points_not_utf16_units():
    text = "🇻🇳😀 " + SAMPLE  # three astral code points (6 UTF-16 units), a space
    r = soi.analyze(text)
    check_offsets(text, r)
    date = next(e for e in r["entities"] if e["type"] == "DATE")
    assert (date["start"], date["start_utf16"]) == (9, 12)


def test_reference_date_forms():
    text = "Ngày 24/11, Tỉnh ủy họp."
    by_str = soi.analyze(text, "2021-05-03")
    assert by_str["reference_date"] == "2021-05-03" and by_str["reference_source"] == "given"
    assert soi.analyze(text, reference_date=datetime.date(2021, 5, 3)) == by_str
    assert soi.analyze(text, datetime.datetime(2021, 5, 3, 14, 40)) == by_str
    assert soi.analyze(text, "2021")["reference_date"] == "2021"
    assert soi.analyze(text, None) == soi.analyze(text)
    value = next(e["value"] for e in by_str["entities"] if e["type"] == "DATE")
    assert value == "2020-11-24"  # the past before the reference date


@pytest.mark.parametrize("bad", [b"Ban Thuong vu", bytearray(b"x"), None, 42, ["a"], object()])
def test_text_that_is_not_str_is_a_type_error(bad):
    with pytest.raises(TypeError, match=r"soi\.analyze: text must be str, not "):
        soi.analyze(bad)


def test_bytes_message_says_how_to_decode():
    with pytest.raises(TypeError, match="decode it first"):
        soi.analyze("Hà Nội".encode())


def test_lone_surrogate_is_a_value_error():
    with pytest.raises(ValueError, match="not valid Unicode"):
        soi.analyze("Hà\udc80Nội")


@pytest.mark.parametrize("bad", ["2023-13-01", "2023-02-30", "24/11/2023", "hôm qua", "", "99-01-01"])
def test_malformed_date_is_a_value_error(bad):
    with pytest.raises(ValueError, match="is not a date"):
        soi.analyze(SAMPLE, bad)


@pytest.mark.parametrize("bad", [20231124, 2023.5, b"2023-11-24", ["2023-11-24"]])
def test_date_of_another_type_is_a_type_error(bad):
    with pytest.raises(TypeError, match="reference_date must be"):
        soi.analyze(SAMPLE, bad)


def test_empty_and_blank_text():
    assert soi.analyze("") == {"entities": [], "reference_date": None, "reference_source": "none"}
    assert soi.analyze("   \n")["entities"] == []


def test_analyze_many_threads_equal_one_thread(articles):
    texts = [p.read_text(encoding="utf-8") for p in articles]
    one = [soi.analyze(t) for t in texts]
    assert soi.analyze_many(texts, threads=1) == one
    assert soi.analyze_many(texts, threads=2) == one
    assert soi.analyze_many(texts, threads=7) == one
    assert soi.analyze_many(texts) == one
    assert soi.analyze_many(iter(texts), threads=0) == one  # any iterable
    assert soi.analyze_many(tuple(texts[:3]), threads=2) == one[:3]
    assert soi.analyze_many([], threads=2) == []


def test_analyze_many_reference_dates():
    texts = ["Ngày 24/11, Tỉnh ủy họp.", "Ngày 1/2, HĐND huyện họp."]
    shared = soi.analyze_many(texts, reference_date="2021-05-03", threads=2)
    assert shared == [soi.analyze(t, "2021-05-03") for t in texts]
    per = soi.analyze_many(texts, reference_date=["2021-05-03", datetime.date(2019, 1, 1)], threads=2)
    assert per == [soi.analyze(texts[0], "2021-05-03"), soi.analyze(texts[1], "2019-01-01")]
    assert soi.analyze_many(texts, reference_date=(None, "2019"))[1]["reference_date"] == "2019"


def test_analyze_many_errors():
    with pytest.raises(TypeError, match="iterable of str, not a single str"):
        soi.analyze_many("Hà Nội")
    with pytest.raises(TypeError, match="iterable of str, not a single bytes"):
        soi.analyze_many(b"Ha Noi")
    with pytest.raises(TypeError, match="iterable of str, not int"):
        soi.analyze_many(5)
    with pytest.raises(TypeError, match=r"texts\[1\] must be str, not bytes"):
        soi.analyze_many(["a", b"b"])
    with pytest.raises(TypeError, match=r"texts\[0\] must be str, not None"):
        soi.analyze_many([None])
    with pytest.raises(ValueError, match="2 entries for 3 texts"):
        soi.analyze_many(["a", "b", "c"], reference_date=["2020-01-01", None])
    with pytest.raises(ValueError, match=r"reference_date\[1\] .* is not a date"):
        soi.analyze_many(["a", "b"], reference_date=["2020-01-01", "2020-02-31"])
    with pytest.raises(ValueError, match="threads must be >= 0"):
        soi.analyze_many(["a"], threads=-1)
    with pytest.raises(TypeError, match="threads must be an int or None, not str"):
        soi.analyze_many(["a"], threads="2")
    with pytest.raises(TypeError, match="not bool"):
        soi.analyze_many(["a"], threads=True)


def test_analyze_many_releases_the_gil(articles):
    """Another Python thread keeps running while the engine works."""
    texts = [p.read_text(encoding="utf-8") for p in articles] * 3
    ticks = [0]
    stop = threading.Event()

    def count():
        while not stop.is_set():
            ticks[0] += 1

    counter = threading.Thread(target=count)
    counter.start()
    try:
        time.sleep(0.05)
        before = ticks[0]
        started = time.perf_counter()
        soi.analyze_many(texts, threads=2)
        elapsed = time.perf_counter() - started
        during = ticks[0] - before
    finally:
        stop.set()
        counter.join()
    assert elapsed > 0.05, "enough work to measure"
    # Holding the GIL, the counter could not run at all during the call.
    assert during > 1000, f"{during} ticks in {elapsed:.2f} s"


def test_decode_reads_files_as_the_cli_does():
    assert soi.decode("Hà Nội\r\n".encode("utf-8-sig")) == "Hà Nội\n"
    assert soi.decode("Hà Nội".encode("utf-16")) == "Hà Nội"
    assert "Việt Nam" in soi.decode("§¶ng Céng s¶n ViÖt Nam".encode())  # TCVN3 mojibake
    assert soi.decode(bytearray("Quảng Nam".encode())) == "Quảng Nam"
    with pytest.raises(ValueError, match="empty"):
        soi.decode(b"")
    with pytest.raises(ValueError, match="PDF"):
        soi.decode(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj")
    with pytest.raises(TypeError, match="not str"):
        soi.decode("Hà Nội")
    with pytest.raises(TypeError, match="bytes or bytearray, not NoneType|not None"):
        soi.decode(None)
    with pytest.raises(ValueError, match="too large"):
        soi.decode(b"a" * (soi.MAX_INPUT_BYTES + 1))


def test_stubs_match_the_module():
    stub = pathlib.Path(soi.__file__).with_name("__init__.pyi")
    assert stub.is_file(), "the wheel ships soi/__init__.pyi"
    assert pathlib.Path(soi.__file__).with_name("py.typed").is_file()
    tree = ast.parse(stub.read_text(encoding="utf-8"))
    functions = {n.name: n for n in tree.body if isinstance(n, ast.FunctionDef)}
    assert set(functions) == {"analyze", "analyze_many", "decode"}
    for name, node in functions.items():
        stub_params = [a.arg for a in node.args.args]
        real_params = list(inspect.signature(getattr(soi, name)).parameters)
        assert stub_params == real_params, name
        assert ast.get_docstring(node), name
        assert getattr(soi, name).__doc__.strip(), name
    variables = {n.target.id for n in tree.body if isinstance(n, ast.AnnAssign)}
    assert {"__version__", "MAX_INPUT_BYTES"} <= variables
    assert set(soi.__all__) <= set(functions) | variables
    assert soi.__doc__ and "soi --json" in soi.__doc__
