"""What a case file may hold: only what can be saved again and stored in the office register, read only from a
regular file and never more than the size limit; every refusal one CaseError naming the field or the file."""

from __future__ import annotations

import json
import os
import threading
from pathlib import Path

import pytest

from reklamera.case import MAX_FILE_BYTES, Case, CaseError, load_case
from reklamera.samples import SAMPLE_CASE


def sample_data() -> dict:
    return json.loads(SAMPLE_CASE.read_text(encoding="utf-8"))


def write(tmp_path: Path, data: dict | str) -> Path:
    path = tmp_path / "case.reklamera"
    path.write_text(data if isinstance(data, str) else json.dumps(data), encoding="utf-8", errors="surrogatepass")
    return path


@pytest.mark.parametrize(("where", "change"), [
    ("consumer.name", lambda d: d["consumer"].__setitem__("name", "Anna \ud800")),
    ("notes", lambda d: d.__setitem__("notes", "\udfff")),
    ("x_future", lambda d: d.__setitem__("x_future", "kept \ud800")),  # an unknown key is written back too
    ("product.x_future[1]", lambda d: d["product"].__setitem__("x_future", ["ok", "\ud800"])),
    ("seller", lambda d: d["seller"].__setitem__("\ud800", 1)),
    ("consumer.name", lambda d: d["consumer"].__setitem__("name", "Anna\x00")),
])
def test_text_that_cannot_be_saved_again_is_refused_on_load(tmp_path: Path, where: str, change) -> None:
    data = sample_data()
    change(data)
    path = tmp_path / "case.reklamera"
    path.write_bytes(json.dumps(data).encode("ascii"))  # \ud800 as a JSON escape, as another program writes it
    with pytest.raises(CaseError) as caught:
        load_case(path)
    assert str(caught.value).startswith(f"case.reklamera: {where}: contains a character that is not text (U+")


def test_what_the_register_cannot_store_is_refused(tmp_path: Path) -> None:
    data = sample_data()
    data["id"] = "x" * 65
    with pytest.raises(CaseError, match="id: is longer than 64 characters"):
        Case.from_dict(data)
    data = sample_data()
    data["id"] = "x" * 64
    assert Case.from_dict(data).id == "x" * 64
    for price in ("1000000000000.00", "9E+999999999"):
        data = sample_data()
        data["product"]["price"] = price
        with pytest.raises(CaseError, match=r"product.price: .* is larger than any price \(at most 999999999999.99\)"):
            Case.from_dict(data)
    data["product"]["price"] = "999999999999.99"
    assert Case.from_dict(data).to_dict()["product"]["price"] == "999999999999.99"


@pytest.mark.parametrize("text", ['{"format": "reklamera-case", "version": NaN}', '{"a": Infinity}',
                                  '{"a": -Infinity}'])
def test_nan_and_infinity_are_not_json(tmp_path: Path, text: str) -> None:
    with pytest.raises(CaseError, match="is not a number a case file can hold"):
        load_case(write(tmp_path, text))


def test_an_integer_of_thousands_of_digits_is_bad_input(tmp_path: Path) -> None:
    with pytest.raises(CaseError, match=r"case\.reklamera: holds a number too long to be read"):
        load_case(write(tmp_path, '{"version": ' + "9" * 5000 + "}"))


def test_only_a_regular_file_and_only_up_to_the_limit_is_read(tmp_path: Path) -> None:
    with pytest.raises(CaseError, match="zero: is not a regular file"):
        load_case("/dev/zero")  # it would be read until the memory runs out
    fifo = tmp_path / "pipe.reklamera"
    os.mkfifo(fifo)
    done = threading.Event()

    def load() -> None:
        with pytest.raises(CaseError, match=r"pipe\.reklamera: is not a regular file"):
            load_case(fifo)
        done.set()

    thread = threading.Thread(target=load, daemon=True)
    thread.start()
    thread.join(5)
    assert done.is_set(), "opening a FIFO with no writer hangs"
    big = tmp_path / "big.reklamera"
    big.write_bytes(b" " * (MAX_FILE_BYTES + 1))
    with pytest.raises(CaseError, match="too large"):
        load_case(big)
