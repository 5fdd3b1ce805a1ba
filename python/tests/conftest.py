"""Shared fixtures: the repository, the release CLI to compare with, the corpus.

Nothing here skips: a missing CLI or corpus fails the run (an empty run must
never pass as green).
"""

import os
import pathlib
import subprocess

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[2]


def corpus_articles():
    """Every corpus article (tests/corpus/*/*.txt), in name order."""
    files = sorted(ROOT.glob("tests/corpus/*/*.txt"))
    assert len(files) >= 100, f"expected the corpus articles in {ROOT / 'tests/corpus'}, found {len(files)}"
    return files


@pytest.fixture(scope="session")
def soi_bin():
    """The CLI built from the same sources (`cargo build --release --bin soi`)."""
    path = pathlib.Path(os.environ.get("SOI_BIN", ROOT / "target/release/soi"))
    if not path.is_file():
        pytest.fail(f"{path} is missing: run `cargo build --release --bin soi` first (or set SOI_BIN)")
    return str(path)


@pytest.fixture(scope="session")
def articles():
    return corpus_articles()


def run_cli(soi_bin, *args, input=None):
    env = dict(os.environ, LANG="C")
    env.pop("LC_ALL", None)
    env.pop("LC_MESSAGES", None)
    return subprocess.run([soi_bin, *args], input=input, capture_output=True, env=env, check=False)
