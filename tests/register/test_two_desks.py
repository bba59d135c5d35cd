"""Two desks on one shared case file, with the office register on SQLite and on PostgreSQL: the register and the
file are checked before anything is written, the second desk's version is kept beside the shared file and the
desk is told where; nothing is lost, also when both save at the same moment, many rounds over."""

from __future__ import annotations

import threading
import uuid
from pathlib import Path

import pytest
import sqlalchemy as sa

from reklamera.case import load_case, save_case
from reklamera.register.store import ConflictError, Register, RegisterError, row_values
from reklamera.samples import SAMPLE_CASE, SAMPLE_TODAY
from reklamera.session import CaseSession

ROUNDS = 100


@pytest.fixture(params=["sqlite", "postgresql"])
def url(request, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'office.sqlite'}"
    url = request.getfixturevalue("postgres_url")
    with Register(url) as register, register.engine.begin() as connection:
        connection.exec_driver_sql("DELETE FROM cases")
    return url


@pytest.fixture()
def desks(url: str):
    registers = [Register(url), Register(url)]  # each desk its own connection, as on two computers
    yield registers
    for register in registers:
        register.close()


def desk(register: Register, path: Path, notes: str) -> CaseSession:
    session = CaseSession(today=SAMPLE_TODAY, register=register)
    session.open(path)
    session.edit("notes", notes)
    return session


def shared_file(folder: Path, name: str, *, with_id: bool = True) -> Path:
    case = load_case(SAMPLE_CASE)
    case.id = uuid.uuid4().hex if with_id else ""
    path = folder / f"{name}.reklamera"
    save_case(case, path)
    return path


@pytest.mark.parametrize("with_id", [True, False], ids=["new-case", "no-id-yet"])
def test_the_second_desk_keeps_its_version_beside_the_shared_file(desks, tmp_path: Path, with_id: bool) -> None:
    path = shared_file(tmp_path, "shared", with_id=with_id)
    desk_a, desk_b = desk(desks[0], path, "desk A"), desk(desks[1], path, "desk B")
    first = desk_a.save()
    assert first.register_problem is None and not first.conflict
    second = desk_b.save()
    assert second.conflict and second.kept_copy is not None
    assert load_case(path).notes == "desk A"  # the shared file is desk A's: B never wrote it
    kept = load_case(second.kept_copy)
    assert kept.notes == "desk B" and second.kept_copy.parent == tmp_path
    assert "desk copy" in second.kept_copy.name and second.kept_copy.suffix == ".reklamera"
    assert str(second.kept_copy) in second.message()  # the desk is told where its version is
    assert "another desk saved this case" in second.message()
    assert desks[0].count() == 1 and desks[0].revision(load_case(path).id) == 1
    again = desk_b.save()  # saving again never overwrites either: another copy, under its own name
    assert again.conflict and again.kept_copy != second.kept_copy and load_case(path).notes == "desk A"


def test_a_desk_that_read_no_revision_conflicts_with_a_row(desks, tmp_path: Path) -> None:
    """"No revision read but a row exists" is a conflict, also when the two files are not the same file."""
    path = shared_file(tmp_path, "shared")
    desk_a, desk_b = desk(desks[0], path, "desk A"), desk(desks[1], path, "desk B")
    desk_a.save(tmp_path / "elsewhere.reklamera")
    result = desk_b.save()
    assert result.conflict and load_case(path).notes == load_case(SAMPLE_CASE).notes


def test_after_reopening_the_desk_saves(desks, tmp_path: Path) -> None:
    path = shared_file(tmp_path, "shared")
    desk(desks[0], path, "desk A").save()
    desk_b = desk(desks[1], path, "desk B")  # opened after A saved: sees A's revision and file
    result = desk_b.save()
    assert not result.conflict and result.register_problem is None and load_case(path).notes == "desk B"
    assert desks[1].revision(desk_b.case.id) == 2


def test_concurrent_first_saves_become_a_conflict_not_a_traceback(desks, tmp_path: Path) -> None:
    """Without the lock (a desk that skips it), the second INSERT of one new case is a ConflictError."""
    if desks[0].engine.dialect.name == "sqlite":
        pytest.skip("SQLite's BEGIN IMMEDIATE keeps the other writer out: it cannot insert in between")
    case = load_case(SAMPLE_CASE)
    case.id = uuid.uuid4().hex
    row = {"id": case.id, "revision": 1, "created": SAMPLE_TODAY, **row_values(case, "", SAMPLE_TODAY)}

    def other_desk_inserts(_current) -> None:  # the other desk's INSERT commits in between
        desks[1].insert_many([row])

    with pytest.raises(ConflictError):
        desks[0].save(case, before_write=other_desk_inserts)
    assert desks[0].revision(case.id) == 1


@pytest.mark.parametrize("kind", ["new-case", "known-case", "no-id-yet"])
def test_two_desks_saving_at_the_same_moment_lose_nothing(desks, tmp_path: Path, kind: str) -> None:
    """Each round: two desks open one shared file, change it, and save at the same instant (two threads)."""
    for round_ in range(ROUNDS // 3 + 1):
        path = shared_file(tmp_path, f"{kind}-{round_}", with_id=kind != "no-id-yet")
        if kind == "known-case":
            desks[0].save(load_case(path), str(path))
        sessions = [desk(register, path, f"desk {index} round {round_}") for index, register in enumerate(desks)]
        results = save_together(sessions)
        assert all(result is not None for result in results), "a save raised"
        assert sorted(result.conflict for result in results) == [False, True], round_
        winner = next(index for index, result in enumerate(results) if not result.conflict)
        loser = 1 - winner
        assert results[winner].register_problem is None
        assert load_case(path).notes == f"desk {winner} round {round_}"
        assert load_case(results[loser].kept_copy).notes == f"desk {loser} round {round_}"
        saved = load_case(path)
        assert desks[0].revision(saved.id) == (2 if kind == "known-case" else 1)
    with desks[0].engine.connect() as connection:
        rows = connection.execute(sa.text("SELECT count(*) FROM cases")).scalar_one()
    assert rows == ROUNDS // 3 + 1  # one row per case: the losing desk of a case without an id added none


def save_together(sessions: list[CaseSession]) -> list:
    """Every session's save() at the same instant, each in its own thread; a save that raised leaves None."""
    results: list = [None] * len(sessions)
    start = threading.Barrier(len(sessions))

    def save(index: int) -> None:
        start.wait()
        results[index] = sessions[index].save()

    threads = [threading.Thread(target=save, args=(index,)) for index in range(len(sessions))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    return results


def test_a_stopped_database_still_saves_the_case_file(tmp_path: Path) -> None:
    register = Register.sqlite(tmp_path / "office.sqlite")
    session = CaseSession(load_case(SAMPLE_CASE), today=SAMPLE_TODAY, register=register)

    def stopped(*_args, **_kwargs):
        raise RegisterError.of(sa.exc.OperationalError("INSERT", {}, Exception("server closed the connection")))

    register.save = stopped  # type: ignore[method-assign]
    result = session.save(tmp_path / "case.reklamera")
    assert load_case(tmp_path / "case.reklamera").consumer.name == session.case.consumer.name
    assert not result.conflict and "server closed the connection" in result.message()
    assert "Your case file is saved." in result.message()


def test_a_damaged_sqlite_register_still_saves_the_case_file(tmp_path: Path) -> None:
    register = Register.sqlite(tmp_path / "office.sqlite")
    session = CaseSession(load_case(SAMPLE_CASE), today=SAMPLE_TODAY, register=register)
    register.engine.dispose()
    (tmp_path / "office.sqlite").write_bytes(b"this is not a database" * 100)
    result = session.save(tmp_path / "case.reklamera")
    assert load_case(tmp_path / "case.reklamera").consumer.name == session.case.consumer.name
    assert result.register_problem is not None and "the register was not updated (" in result.message()
    assert "not a database" in result.message()


def test_a_stopped_postgresql_server_and_a_refused_value(postgres_url: str, tmp_path: Path) -> None:
    register = Register(postgres_url)
    case = load_case(SAMPLE_CASE)
    case.consumer.name = "Anna\x00"  # typed in past the file format's check: PostgreSQL refuses NUL in text
    session = CaseSession(case, today=SAMPLE_TODAY, register=register)
    result = session.save(tmp_path / "nul.reklamera")
    assert (tmp_path / "nul.reklamera").exists() and "the register was not updated" in result.message()
    register.engine.dispose()
    register.engine = sa.create_engine("postgresql+psycopg://postgres@127.0.0.1:1/postgres")  # nobody listens
    session = CaseSession(load_case(SAMPLE_CASE), today=SAMPLE_TODAY, register=register)
    result = session.save(tmp_path / "stopped.reklamera")
    assert load_case(tmp_path / "stopped.reklamera").consumer.name == "Anna Lindqvist"
    assert "the register was not updated" in result.message() and "Your case file is saved." in result.message()
    register.close()
