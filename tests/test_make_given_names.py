"""Tests of scripts/make_given_names.py, which writes quotex/lexicons/given_names.txt from the SSA's
baby-name counts: on small made-up counts in both of the forms it reads."""

from __future__ import annotations

import gzip
import importlib.util
import zipfile
from pathlib import Path
from types import ModuleType

import pytest

SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "make_given_names.py"

# name, sex, births, year: tyrone and mary are kept; alex is of both sexes (90% m), rare too rare,
# old born before the years kept, "o'neil" no plain word
ROWS = [
    ("Tyrone", "M", 2000, 1950),
    ("Tyrone", "F", 10, 1960),
    ("Mary", "F", 3000, 1990),
    ("Alex", "M", 900, 1970),
    ("Alex", "F", 100, 1970),
    ("Rare", "M", 500, 1980),
    ("Old", "M", 5000, 1900),
    ("O'Neil", "M", 5000, 1950),
]


@pytest.fixture(scope="module")
def script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("make_given_names", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_make_given_names_from_a_gzipped_csv(script: ModuleType, tmp_path: Path) -> None:
    path = tmp_path / "year_of_birth_counts.csv.gz"
    with gzip.open(path, "wt", encoding="utf-8") as handle:
        handle.write("first_name,sex,count,year_of_birth\n")
        handle.writelines(f"{name.lower()},{sex.lower()},{count},{year}\n" for name, sex, count, year in ROWS)
    assert script.given_names(path) == {"tyrone": "m", "mary": "f"}


def test_make_given_names_from_the_ssa_zip(script: ModuleType, tmp_path: Path) -> None:
    path = tmp_path / "names.zip"
    by_year: dict[int, list[str]] = {}
    for name, sex, count, year in ROWS:
        by_year.setdefault(year, []).append(f"{name},{sex},{count}\n")
    with zipfile.ZipFile(path, "w") as archive:
        for year, lines in by_year.items():
            archive.writestr(f"yob{year}.txt", "".join(lines))
        archive.writestr("NationalReadMe.pdf", "not a count file")
    assert script.given_names(path) == {"tyrone": "m", "mary": "f"}
