#!/usr/bin/env python3
"""Builds the annotated corpus (tests/corpus/*/): adds articles, turns inline markup into
gold files, and checks them. Annotators write marks inline, so offsets are never counted by
hand:

    python3 scripts/corpus.py add --url URL --outlet OUTLET --province PROVINCE \
        --date YYYY-MM-DD --topic TOPIC [--split train] < article.txt
        -> prints the new article's path, e.g. tests/corpus/train/017_ab12cd34ef56ab78.txt,
           and writes NAME.ann (a copy of the text to annotate) beside it
    python3 scripts/corpus.py gold tests/corpus/train/017_ab12cd34ef56ab78.ann
        -> checks the markup and writes NAME.gold.json
    python3 scripts/corpus.py check [DIR]     every .ann below DIR (default tests/corpus): its
                                              markup, and that its .gold.json is what `gold` would
                                              write (reports, never writes; exits 1 on a mismatch)
    python3 scripts/corpus.py stats [DIR]     articles, marks per type, outlets, provinces

Markup in NAME.ann: the article's text with each mark written as

    [[TYPE|text of the mark]]                      e.g. [[PLACE|Quảng Nam]]
    [[TYPE|text of the mark|key=value|key=value]]  e.g. [[PERSON|Lê Văn Dũng|role=Bí thư Tỉnh ủy]]

TYPE is PERSON, ORG, PLACE, DATE, REGULATION or FIGURE; keys are role (PERSON), value
(DATE: ISO 8601; FIGURE: a number, a ratio as written "16/18", left out for ranges), unit (FIGURE), id (REGULATION).
A "|" inside the mark's text is kept ("[[DATE|Thứ 6, 29/12/2023 | 19:17:16|value=…]]").
Removing the markup must give NAME.txt back exactly: `gold` refuses otherwise.
"""
import argparse
import fcntl
import hashlib
import json
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "corpus"
SOURCES = CORPUS / "SOURCES.tsv"
SOURCE_COLUMNS = ["id", "split", "url", "outlet", "province", "date", "topic"]
TYPES = ("PERSON", "ORG", "PLACE", "DATE", "REGULATION", "FIGURE")
KEYS = {"PERSON": {"role"}, "ORG": set(), "PLACE": set(), "DATE": {"value"},
        "REGULATION": {"id"}, "FIGURE": {"value", "unit"}}
MARK = re.compile(r"\[\[([A-Z]+)\|(.*?)\]\]", re.S)
DATE_VALUE = re.compile(
    r"^\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2}(:\d{2})?)?)?)?"
    r"(/\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2}(:\d{2})?)?)?)?)?$")


def url_key(url):
    u = url.strip().lower()
    u = re.sub(r"^[a-z]+://", "", u)
    return re.sub(r"^www\.", "", u).rstrip("/")


def read_sources():
    if not SOURCES.exists():
        return []
    lines = SOURCES.read_text(encoding="utf-8").splitlines()
    return [dict(zip(SOURCE_COLUMNS, l.split("\t"))) for l in lines[1:] if l.strip()]


def reserved_check(text, url):
    """The shared overlap check (reserved articles), when ../shared is there."""
    overlap = ROOT.parent / "shared" / "eval" / "overlap.py"
    if not overlap.exists():
        return None
    import importlib.util
    spec = importlib.util.spec_from_file_location("overlap", overlap)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    urls, sh = set(), set()
    for line in overlap.with_name("reserved.txt").read_text().splitlines():
        if line.startswith("u "):
            urls.add(line[2:])
        elif line.startswith("s "):
            sh.add(line[2:])
    mine = mod.shingles(text)
    common = len(mine & sh)
    if common >= 3 and common >= 0.05 * max(len(mine), 1):
        return f"shares text with a reserved article ({common} sampled 8-word sequences)"
    key = hashlib.sha256(mod.url_key(url).encode()).hexdigest()[:16]
    if key in urls:
        return "its source address is reserved"
    return None


def cmd_add(a):
    text = sys.stdin.read()
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").strip() + "\n"
    if len(text) < 300:
        sys.exit("refused: the article is shorter than 300 characters")
    problem = reserved_check(text, a.url)
    if problem:
        sys.exit(f"refused: {problem}; pick another article")
    CORPUS.mkdir(parents=True, exist_ok=True)
    with open(CORPUS / ".lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        rows = read_sources()
        if any(url_key(r["url"]) == url_key(a.url) for r in rows):
            sys.exit("refused: this source address is in the corpus already")
        n = max([int(r["id"][:3]) for r in rows] + [99]) + 1
        name = f"{n:03d}_{hashlib.sha1(url_key(a.url).encode()).hexdigest()[:16]}"
        folder = CORPUS / a.split
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
        (folder / f"{name}.ann").write_text(text, encoding="utf-8")
        new = not SOURCES.exists()
        with open(SOURCES, "a", encoding="utf-8") as f:
            if new:
                f.write("\t".join(SOURCE_COLUMNS) + "\n")
            clean = lambda s: re.sub(r"\s+", " ", s).strip()
            f.write("\t".join([name, a.split, clean(a.url), clean(a.outlet), clean(a.province),
                               clean(a.date), clean(a.topic)]) + "\n")
    print(folder / f"{name}.txt")


def parse_markup(ann):
    """Returns (plain text, marks) or raises ValueError with a line number."""
    out, marks, pos = [], [], 0
    plain_len = 0
    for m in MARK.finditer(ann):
        before = ann[pos:m.start()]
        if "[[" in before or "]]" in before:
            raise ValueError(f"line {ann.count(chr(10), 0, m.start()) + 1}: stray [[ or ]]")
        out.append(before)
        plain_len += len(before)
        kind = m.group(1)
        # A "|" belongs to the mark's text ("29/12/2023 | 19:17") unless it
        # opens an attribute ("|role=…").
        parts = re.split(r"\|(?=(?:role|value|unit|id)=)", m.group(2))
        span, attrs = parts[0], {}
        line = ann.count("\n", 0, m.start()) + 1
        if kind not in TYPES:
            raise ValueError(f"line {line}: unknown type {kind!r}")
        for p in parts[1:]:
            if "=" not in p:
                raise ValueError(f"line {line}: attribute {p!r} is not key=value")
            k, v = p.split("=", 1)
            k, v = k.strip(), v.strip()
            if k not in KEYS[kind]:
                raise ValueError(f"line {line}: {kind} has no attribute {k!r}")
            attrs[k] = v
        if not span or span != span.strip():
            raise ValueError(f"line {line}: mark {span!r} is empty or has edge white space")
        if span[0] in ".,;:!?-–(\"'“”" or (span[-1] in ".,;:!?-–(\"'“”" and not span.endswith(")")):
            if not (kind == "PERSON" and re.search(r"\w\.\w*$", span)):
                raise ValueError(f"line {line}: mark {span!r} starts or ends with punctuation")
        if kind == "FIGURE" and re.fullmatch(r"[0-9]+/[0-9]+", attrs.get("value", "")):
            pass  # a ratio keeps its value as written: "16/18"
        elif kind == "FIGURE" and "value" in attrs:
            try:
                num = float(attrs["value"])
            except ValueError:
                raise ValueError(f"line {line}: FIGURE value {attrs['value']!r} is not a number")
            attrs["value"] = int(num) if num == int(num) and "." not in attrs["value"] else num
        if kind == "DATE" and "value" in attrs and not DATE_VALUE.match(attrs["value"]):
            raise ValueError(f"line {line}: DATE value {attrs['value']!r} is not ISO 8601")
        e = {"type": kind, "start": plain_len, "end": plain_len + len(span), "text": span}
        e.update(attrs)
        marks.append(e)
        out.append(span)
        plain_len += len(span)
        pos = m.end()
    rest = ann[pos:]
    if "[[" in rest or "]]" in rest:
        raise ValueError(f"line {ann.count(chr(10), 0, pos) + 1}: stray [[ or ]]")
    out.append(rest)
    return "".join(out), marks


def gold_for(ann_path, write=True):
    ann_path = Path(ann_path)
    txt = ann_path.with_suffix(".txt")
    ann = ann_path.read_text(encoding="utf-8")
    plain, marks = parse_markup(ann)
    text = txt.read_text(encoding="utf-8")
    if plain != text:
        i = next((i for i, (x, y) in enumerate(zip(plain, text)) if x != y), min(len(plain), len(text)))
        raise ValueError(f"the text without markup differs from {txt.name} at character {i}: "
                         f"{plain[max(0, i - 30):i + 30]!r} vs {text[max(0, i - 30):i + 30]!r}")
    for e in marks:
        assert text[e["start"]:e["end"]] == e["text"]
    if write:
        ann_path.with_suffix(".gold.json").write_text(gold_json(marks), encoding="utf-8")
    return marks


def gold_json(marks):
    return json.dumps({"entities": marks}, ensure_ascii=False, indent=1) + "\n"


def cmd_gold(a):
    bad = 0
    for p in a.files:
        try:
            marks = gold_for(p)
            print(f"{p}: {len(marks)} marks " + " ".join(
                f"{t}={c}" for t, c in sorted(Counter(m['type'] for m in marks).items())))
        except (ValueError, OSError) as err:
            bad += 1
            print(f"{p}: {err}", file=sys.stderr)
    sys.exit(1 if bad else 0)


def cmd_check(a):
    """Checks without writing: a gold file edited by hand (not through its .ann) is
    reported, so that a later `gold` cannot silently undo the edit."""
    bad = 0
    files = sorted(Path(a.dir).rglob("*.ann"))
    for p in files:
        try:
            marks = gold_for(p, write=False)
            gold = p.with_suffix(".gold.json")
            if not gold.exists() or gold.read_text(encoding="utf-8") != gold_json(marks):
                raise ValueError(f"{gold.name} differs from what its markup gives "
                                 "(edit the .ann, then run `gold` on it)")
        except (ValueError, OSError) as err:
            bad += 1
            print(f"{p}: {err}", file=sys.stderr)
    print(f"{len(files)} annotated files, {bad} with problems")
    sys.exit(1 if bad else 0)


def cmd_stats(a):
    rows = {r["id"]: r for r in read_sources()}
    per_split, types, outlets, provinces = Counter(), Counter(), set(), set()
    n_marks = Counter()
    for gold in sorted(Path(a.dir).rglob("*.gold.json")):
        split = gold.parent.name
        ents = json.loads(gold.read_text(encoding="utf-8"))["entities"]
        per_split[split] += 1
        n_marks[split] += len(ents)
        for e in ents:
            types[(split, e["type"])] += 1
        r = rows.get(gold.name[:-len(".gold.json")])
        if r:
            outlets.add(r["outlet"].lower())
            provinces.add(r["province"].lower())
    for s in sorted(per_split):
        print(f"{s}: {per_split[s]} articles, {n_marks[s]} marks: " +
              ", ".join(f"{t} {types[(s, t)]}" for t in TYPES))
    print(f"outlets: {len(outlets)}; provinces: {len(provinces)}")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    p = sub.add_parser("add")
    for k in ("url", "outlet", "province", "date", "topic"):
        p.add_argument(f"--{k}", required=True)
    p.add_argument("--split", default="train")
    p.set_defaults(fn=cmd_add)
    p = sub.add_parser("gold")
    p.add_argument("files", nargs="+")
    p.set_defaults(fn=cmd_gold)
    for name, fn in (("check", cmd_check), ("stats", cmd_stats)):
        p = sub.add_parser(name)
        p.add_argument("dir", nargs="?", default=str(CORPUS))
        p.set_defaults(fn=fn)
    a = ap.parse_args()
    a.fn(a)


if __name__ == "__main__":
    main()
