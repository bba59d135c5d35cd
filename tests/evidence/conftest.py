"""Evidence files for the tests: a receipt, a photo with an EXIF date, and a case file beside them."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from reklamera.case import Case, load_case, save_case
from reklamera.samples import SAMPLE_CASE

TODAY = dt.date(2026, 10, 20)


def photo(path: Path, taken: str | None = "2026:10:02 14:31:07") -> Path:
    """A small JPEG, with DateTimeOriginal when ``taken`` is given."""
    from PIL import Image

    image = Image.new("RGB", (8, 8), (200, 30, 30))
    exif = Image.Exif()
    if taken is not None:
        exif.get_ifd(0x8769)[0x9003] = taken
    image.save(path, "JPEG", exif=exif)
    return path


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """A case folder: case.reklamera (the sample case), receipt.pdf and photos/crack.jpg."""
    case_folder = tmp_path / "case"
    (case_folder / "photos").mkdir(parents=True)
    (case_folder / "receipt.pdf").write_bytes(b"%PDF-1.4 a receipt for a dishwasher\n" * 40)
    photo(case_folder / "photos" / "crack.jpg")
    save_case(load_case(SAMPLE_CASE), case_folder / "case.reklamera")
    return case_folder


@pytest.fixture
def case(folder: Path) -> Case:
    return load_case(folder / "case.reklamera")
