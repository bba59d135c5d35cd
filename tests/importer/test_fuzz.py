"""Junk, truncated and mutated bytes into every reader: a result or an InputError, never another exception."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from hypothesis import HealthCheck, given, seed, settings
from hypothesis import strategies as st

from reklamera.errors import InputError
from reklamera.importer import import_bytes

CORPUS = Path(__file__).resolve().parents[1] / "data" / "import"
SEEDS = [CORPUS / name for name in ("se_vitvaruhuset.eml", "no_kjokkenkroken.eml", "fi_kodinkone.msg",
                                    "dk_cykelsmeden.pdf", "is_raftaekjasalan.txt", "en_nordicgadget.eml")]
SAMPLES = [(path.suffix, path.read_bytes()) for path in SEEDS]
NAMES = st.sampled_from(["order.eml", "order.msg", "order.pdf", "order.txt", "order"])


def _read(data: bytes, name: str) -> None:
    try:
        import_bytes(data, name, today=dt.date(2026, 6, 1))
    except InputError as error:
        assert str(error) and "\n" not in error.reason()


@st.composite
def mutated(draw: st.DrawFn) -> tuple[bytes, str]:
    suffix, data = draw(st.sampled_from(SAMPLES))
    data = bytearray(data)
    cut = draw(st.integers(0, len(data)))
    data = data[:cut] if draw(st.booleans()) else data
    for _ in range(draw(st.integers(0, 8))):
        if data:
            position = draw(st.integers(0, len(data) - 1))
            data[position] = draw(st.integers(0, 255))
    return bytes(data), draw(st.sampled_from([f"order{suffix}", "order.txt", "order"]))


@seed(16)
@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutated())
def test_mutated_documents(case: tuple[bytes, str]) -> None:
    _read(*case)


@seed(1616)
@settings(max_examples=400, deadline=None)
@given(st.binary(max_size=4000), NAMES)
def test_junk(data: bytes, name: str) -> None:
    _read(data, name)


@seed(161616)
@settings(max_examples=60, deadline=None)
@given(st.text(max_size=3000), NAMES)
def test_text(text: str, name: str) -> None:
    _read(text.encode("utf-8", errors="surrogatepass"), name)
