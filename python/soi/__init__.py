"""Soi: people, organizations, places, dates, documents and figures in
Vietnamese official news.

The engine is the Rust crate `soi`, compiled in: `analyze` returns exactly the
JSON object `soi --json` prints for the same text (code-point offsets, so
``text[e["start"]:e["end"]] == e["text"]``).

    import soi
    r = soi.analyze("Sáng 24/11/2023, Ban Thường vụ Tỉnh ủy Quảng Nam họp.")
    [(e["type"], e["text"]) for e in r["entities"]]
    # [('DATE', '24/11/2023'), ('ORG', 'Ban Thường vụ Tỉnh ủy Quảng Nam')]

- ``analyze(text, reference_date=None) -> dict``
- ``analyze_many(texts, reference_date=None, threads=None) -> list[dict]``
  (all cores, the GIL released)
- ``decode(data: bytes) -> str``: file bytes to text as the CLI reads them
  (UTF-8, UTF-16, Windows-1258, TCVN3, VNI)
- ``__version__``, ``MAX_INPUT_BYTES``
"""

from ._soi import MAX_INPUT_BYTES, __version__, analyze, analyze_many, decode

__all__ = ["analyze", "analyze_many", "decode", "MAX_INPUT_BYTES", "__version__"]
