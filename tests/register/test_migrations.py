"""Schema migrations on SQLite and PostgreSQL: a new database is created at the latest version and stamped, a
database at every older version upgrades and keeps its rows, and two desks upgrading at once do the work once."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
import sqlalchemy as sa

from reklamera.case import load_case
from reklamera.register.store import INDEXES, MIGRATIONS, SCHEMA_VERSION, Register, schema_version
from reklamera.samples import SAMPLE_CASE


@pytest.fixture(params=["sqlite", "postgresql"])
def url(request, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'office.sqlite'}"
    return request.getfixturevalue("postgres_url")


def at_version(url: str, version: int) -> None:
    """The database as reklamera left it at ``version`` (0: empty), built with the steps of those days."""
    engine = sa.create_engine(url)
    with engine.begin() as connection:
        connection.exec_driver_sql("DROP TABLE IF EXISTS cases")
        connection.exec_driver_sql("DROP TABLE IF EXISTS schema_version")
        if version:
            schema_version.create(connection)
            for step in range(1, version + 1):
                MIGRATIONS[step](connection)
            connection.execute(schema_version.insert().values(version=version))
            if version >= 1:
                connection.exec_driver_sql(
                    "INSERT INTO cases (id, revision, updated_at, path, consumer_name, consumer_email, seller_name,"
                    " seller_private, product, country, status, overdue, created, anonymised) VALUES ('old', 1,"
                    " '2025-01-01 10:00:00', '', 'Bo Ek', '', 'Butiken', false, 'Cykel', 'SE', 'draft', false,"
                    " '2025-01-01', false)")
    engine.dispose()


def indexes(register: Register) -> set[str]:
    with register.engine.connect() as connection:
        return {index["name"] for index in sa.inspect(connection).get_indexes("cases")}


@pytest.mark.parametrize("version", range(SCHEMA_VERSION))
def test_a_database_at_every_older_version_upgrades(url: str, version: int) -> None:
    at_version(url, version)
    with Register(url) as register:
        with register.engine.connect() as connection:
            assert connection.execute(sa.select(schema_version.c.version)).scalars().all() == [SCHEMA_VERSION]
        assert set(INDEXES) <= indexes(register)
        assert [row.id for row in register.list()] == (["old"] if version else [])
        register.save(load_case(SAMPLE_CASE))  # and it works at the latest version
        assert register.migrate() == SCHEMA_VERSION


def test_a_new_database_is_created_at_the_latest_version_without_running_the_steps(url, monkeypatch) -> None:
    at_version(url, 0)
    monkeypatch.setattr("reklamera.register.store.MIGRATIONS",
                        dict.fromkeys(MIGRATIONS, lambda _connection: pytest.fail("a step ran")))
    with Register(url) as register:
        assert set(INDEXES) <= indexes(register) and register.count() == 0


def test_two_desks_upgrading_at_once_create_each_index_once(url: str) -> None:
    at_version(url, 1)
    statements: list[str] = []

    def record(_conn, _cursor, statement, *_args) -> None:
        if statement.lstrip().upper().startswith("CREATE INDEX"):
            statements.append(statement)

    sa.event.listen(sa.Engine, "before_cursor_execute", record)
    failures: list[BaseException] = []
    start = threading.Barrier(4)

    def open_register() -> None:
        start.wait()
        try:
            Register(url).close()
        except BaseException as error:
            failures.append(error)

    try:
        threads = [threading.Thread(target=open_register) for _ in range(4)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(60)
    finally:
        sa.event.remove(sa.Engine, "before_cursor_execute", record)
    assert failures == []
    assert len(statements) == len(INDEXES)  # one desk upgraded; the others waited and found it done


def test_version_3_codes_the_rows_already_there_in_coicop(url: str) -> None:
    at_version(url, 2)
    engine = sa.create_engine(url)
    with engine.begin() as connection:
        connection.exec_driver_sql("UPDATE cases SET category = 'white_goods' WHERE id = 'old'")
        for n, kind in enumerate(("live_animals", "other", None)):
            connection.execute(sa.text(
                "INSERT INTO cases (id, revision, updated_at, path, consumer_name, consumer_email, seller_name,"
                " seller_private, product, category, country, status, overdue, created, anonymised) VALUES"
                f" ('k{n}', 1, '2025-01-01 10:00:00', '', '', '', '', false, '', :kind, 'SE', 'draft', false,"
                " '2025-01-01', false)"), {"kind": kind})
    engine.dispose()
    with Register(url) as register, register.engine.connect() as connection:
        coded = dict(connection.exec_driver_sql("SELECT id, coicop FROM cases").all())
    assert coded == {"old": "05.3.1", "k0": "09.3.2", "k1": None, "k2": None}


def test_a_new_database_has_the_coicop_column(url: str) -> None:
    at_version(url, 0)
    with Register(url) as register:
        case = load_case(SAMPLE_CASE)
        case.product.category = "furniture"
        register.save(case)
        assert [row["coicop"] for row in register.rows_for_statistics()] == ["05.1.1"]
