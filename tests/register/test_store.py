"""The register on a real SQLite file and a real PostgreSQL server: migrations, listing, locking, privacy."""

from __future__ import annotations

import copy
import datetime as dt

import pytest
import sqlalchemy as sa

from reklamera.case import Event, load_case
from reklamera.register.store import SCHEMA_VERSION, ConflictError, Register, schema_version
from reklamera.samples import SAMPLE_CASE

D = dt.date.fromisoformat


@pytest.fixture()
def case():
    return load_case(SAMPLE_CASE)


def test_migrations_bring_a_new_database_up_to_date(register) -> None:
    with register.engine.connect() as connection:
        assert connection.execute(sa.select(schema_version.c.version)).scalar() == SCHEMA_VERSION
    assert register.migrate() == SCHEMA_VERSION  # running again changes nothing


def test_save_list_search_filter_sort(register, case) -> None:
    case.events = [Event(date=D("2026-10-05"), kind="letter_sent")]
    assert register.save(case, "/cases/a.reklamera", today=D("2026-10-25")) == 1
    other = copy.deepcopy(case)
    other.id, other.consumer.name, other.seller.name, other.country = "", "Bo Ek", "Kjøkkenhuset AS", "NO"
    other.events = []
    register.save(other, today=D("2026-10-25"))
    rows = register.list(sort="consumer_name", descending=False)
    assert [row.consumer_name for row in rows] == ["Anna Lindqvist", "Bo Ek"]
    assert rows[0].overdue is True and rows[0].next_deadline == D("2026-10-19") and rows[0].status == "sent"
    assert rows[1].status == "draft"
    assert [row.consumer_name for row in register.list(search="KJØKKEN".lower())] == ["Bo Ek"]
    assert [row.country for row in register.list(country="NO")] == ["NO"]
    assert [row.consumer_name for row in register.list(overdue=True)] == ["Anna Lindqvist"]
    assert register.list(status="closed") == []
    assert register.count() == 2


def test_two_desks_editing_the_same_case(register, case) -> None:
    """One wins, the other is told, nothing is lost."""
    register.save(case)
    desk_a, desk_b = copy.deepcopy(case), copy.deepcopy(case)
    read_a = read_b = register.revision(case.id)
    desk_a.notes, desk_b.notes = "desk A", "desk B"
    assert register.save(desk_a, expected_revision=read_a) == read_a + 1
    with pytest.raises(ConflictError, match="another desk saved this case"):
        register.save(desk_b, expected_revision=read_b)
    assert register.revision(case.id) == read_a + 1  # desk B's save changed nothing
    assert register.save(desk_b, expected_revision=register.revision(case.id)) == read_a + 2  # after re-reading


def test_delete_a_consumers_data(register, case) -> None:
    register.save(case)
    other = copy.deepcopy(case)
    other.id, other.consumer.name = "", "Bo Ek"
    register.save(other)
    assert register.delete_consumer("Anna Lindqvist", "anna.lindqvist@example.se") == 1
    assert register.delete_consumer("Anna Lindqvist", "") == 0  # the whole key, or nothing
    assert [row.consumer_name for row in register.list()] == ["Bo Ek"]
    with register.engine.connect() as connection:
        assert connection.execute(sa.text("SELECT count(*) FROM cases WHERE consumer_name = 'Anna Lindqvist'"))\
            .scalar() == 0


def test_retention_anonymises_closed_cases(register, case) -> None:
    case.events = [Event(date=D("2025-01-20"), kind="letter_sent"),
                   Event(date=D("2025-02-01"), kind="closed", outcome="repaired", satisfaction=4)]
    register.save(case, "/home/anna/diskmaskin.reklamera", today=D("2025-02-02"))
    assert register.anonymise_closed(365, today=D("2025-12-01")) == 0  # not old enough yet
    assert register.anonymise_closed(365, today=D("2026-02-02")) == 1
    row = register.list()[0]
    assert (row.consumer_name, row.product, row.path) == ("", "", "")
    assert row.seller_name == "Elektronikhuset i Uppsala AB"  # a business is not personal data


def test_a_newer_register_is_refused(tmp_path) -> None:
    with Register.sqlite(tmp_path / "r.sqlite") as store, store.engine.begin() as connection:
        connection.execute(schema_version.update().values(version=SCHEMA_VERSION + 1))
    with pytest.raises(Exception, match="newer reklamera"):
        Register.sqlite(tmp_path / "r.sqlite")
