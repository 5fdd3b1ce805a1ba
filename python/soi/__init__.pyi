"""Type stubs for the `soi` package (the native module is `soi._soi`)."""

from datetime import date
from typing import Iterable, List, Literal, Optional, Sequence, TypedDict, Union

__version__: str
"""The package version, equal to `soi --version`'s."""

MAX_INPUT_BYTES: int
"""The largest input `decode` accepts (and the CLI reads): 20 MiB."""

EntityType = Literal["PERSON", "ORG", "PLACE", "DATE", "REGULATION", "FIGURE"]
ReferenceSource = Literal["given", "dateline", "year_in_text", "none"]
DateLike = Union[str, date, None]

class _EntityRequired(TypedDict):
    type: EntityType
    start: int
    """Code points into the text as given."""
    end: int
    """Exclusive, in code points."""
    text: str
    source: Literal["rule", "user"]
    """Who made the mark: always "rule" here ("user": a correction made in the web app)."""
    start_utf16: int
    end_utf16: int

class Entity(_EntityRequired, total=False):
    """One mark. Which attributes are present depends on the type."""

    role: str
    """PERSON: the title phrase of this mention."""
    value: Union[str, int, float]
    """DATE: ISO 8601; FIGURE: the number (or "16/18" for a ratio)."""
    id: str
    """PERSON: one id per person ("P1"); REGULATION: number and symbol ("21-NQ/TW")."""
    unit: str
    """FIGURE: the counted noun or measure."""
    doc_type: str
    """REGULATION: the document type ("Nghị quyết")."""
    issuer: str
    """REGULATION: the issuer decoded from the symbol."""

class Analysis(TypedDict):
    """The JSON contract of `soi --json`."""

    entities: List[Entity]
    """Sorted by start, never overlapping."""
    reference_date: Optional[str]
    """"YYYY-MM-DD", "YYYY-MM" or "YYYY": what relative dates resolved against."""
    reference_source: ReferenceSource

def analyze(text: str, reference_date: DateLike = None) -> Analysis:
    """Analyzes one article: exactly the object `soi --json` prints.

    `reference_date` ("YYYY-MM-DD", "YYYY-MM", "YYYY", a datetime.date, or
    None for the article's own dateline) is what relative dates resolve
    against. Raises TypeError when `text` is not a str, ValueError for a
    malformed date or invalid Unicode. Releases the GIL while it runs.
    """

def analyze_many(
    texts: Iterable[str],
    reference_date: Union[DateLike, Sequence[DateLike]] = None,
    threads: Optional[int] = None,
) -> List[Analysis]:
    """Analyzes many articles on `threads` threads (None or 0: one per core),
    the GIL released; the results are in input order, each equal to
    `analyze(text, ...)`. `reference_date` is one date for all, or a list or
    tuple with one per text.
    """

def decode(data: Union[bytes, bytearray]) -> str:
    """File bytes to text, as `soi FILE` reads them: UTF-8 (BOM or not),
    UTF-16 with BOM, Windows-1258, TCVN3 (ABC) and VNI; line ends become
    "\\n". Raises ValueError for empty, binary or too large input.
    """
