"""The register's table and its schema migrations (SQLAlchemy Core), and the operations on it.

Concurrent desks: every row has a ``revision``; a desk saves with the revision it read, and if another desk
saved in between, the update touches no row and :class:`ConflictError` says so — nothing is overwritten.
"""

from __future__ import annotations

import builtins
import datetime as dt
import hashlib
import uuid
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

import sqlalchemy as sa

from reklamera.case import Case
from reklamera.errors import InputError
from reklamera.followup import dated, follow_up
from reklamera.i18n import N_
from reklamera.vocabulary import GoodsKind, NextStep, RegisterSort, RegisterStatus, values

metadata = sa.MetaData()
cases = sa.Table(
    "cases", metadata,
    sa.Column("id", sa.String(64), primary_key=True),
    sa.Column("revision", sa.Integer, nullable=False),
    sa.Column("updated_at", sa.DateTime, nullable=False),
    sa.Column("path", sa.Text, nullable=False, default=""),
    sa.Column("consumer_name", sa.Text, nullable=False, default=""),
    sa.Column("consumer_email", sa.Text, nullable=False, default=""),
    sa.Column("seller_name", sa.Text, nullable=False, default=""),
    sa.Column("seller_private", sa.Boolean, nullable=False, default=False),  # a person: never exported
    sa.Column("product", sa.Text, nullable=False, default=""),
    sa.Column("category", sa.String(32)),
    sa.Column("country", sa.String(2), nullable=False),
    sa.Column("status", sa.String(16), nullable=False),
    sa.Column("next_deadline", sa.Date),
    sa.Column("overdue", sa.Boolean, nullable=False, default=False),
    sa.Column("price", sa.Numeric(14, 2)),
    sa.Column("currency", sa.String(3)),
    sa.Column("created", sa.Date, nullable=False),
    sa.Column("first_sent", sa.Date),
    sa.Column("first_reply", sa.Date),
    sa.Column("closed", sa.Date),
    sa.Column("outcome", sa.String(16)),
    sa.Column("satisfaction", sa.Integer),
    sa.Column("anonymised", sa.Boolean, nullable=False, default=False),
    sa.Column("coicop", sa.String(8)),  # the kind of goods in COICOP 2018 (vocabulary.GOODS_KIND_COICOP)
)
schema_version = sa.Table("schema_version", metadata, sa.Column("version", sa.Integer, nullable=False))

# The schema's history as explicit steps (no Alembic: two tables, and a migration tool with its template engine
# would be most of the register in the office bundle). Each step brings version N-1 to N with the DDL of *that*
# version, never with the current tables: a later ADD COLUMN step must find the table as step 1 left it.
# Never edit a step that has shipped: add the next. A new database is created at the latest version (the current
# tables and INDEXES) and stamped; an older one runs the missing steps, under a lock (see Register.migrate).
INDEXES = {"cases_status": "status", "cases_country": "country", "cases_seller": "seller_name",
           "cases_updated": "updated_at", "cases_deadline": "next_deadline"}


def _v1_create_cases(connection: sa.Connection) -> None:
    """Version 1: the cases table as it shipped first (a frozen copy, not the ``cases`` of today)."""
    frozen = sa.MetaData()
    sa.Table(
        "cases", frozen,
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column("revision", sa.Integer, nullable=False),
        sa.Column("updated_at", sa.DateTime, nullable=False),
        sa.Column("path", sa.Text, nullable=False),
        sa.Column("consumer_name", sa.Text, nullable=False),
        sa.Column("consumer_email", sa.Text, nullable=False),
        sa.Column("seller_name", sa.Text, nullable=False),
        sa.Column("seller_private", sa.Boolean, nullable=False),
        sa.Column("product", sa.Text, nullable=False),
        sa.Column("category", sa.String(32)),
        sa.Column("country", sa.String(2), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("next_deadline", sa.Date),
        sa.Column("overdue", sa.Boolean, nullable=False),
        sa.Column("price", sa.Numeric(14, 2)),
        sa.Column("currency", sa.String(3)),
        sa.Column("created", sa.Date, nullable=False),
        sa.Column("first_sent", sa.Date),
        sa.Column("first_reply", sa.Date),
        sa.Column("closed", sa.Date),
        sa.Column("outcome", sa.String(16)),
        sa.Column("satisfaction", sa.Integer),
        sa.Column("anonymised", sa.Boolean, nullable=False),
    )
    frozen.create_all(connection)


def _v2_indexes(connection: sa.Connection) -> None:
    """Version 2: the indexes the register window's filters and sorts use (plain DDL: Index objects would attach
    themselves to the shared Table and be created twice)."""
    for name, column in {"cases_status": "status", "cases_country": "country", "cases_seller": "seller_name",
                         "cases_updated": "updated_at", "cases_deadline": "next_deadline"}.items():
        connection.execute(sa.text(f"CREATE INDEX {name} ON cases ({column})"))


def _v3_coicop(connection: sa.Connection) -> None:
    """Version 3: each case's kind of goods also in COICOP 2018, so an office's figures compare with national
    statistics. The rows already there are coded from their kind with the codes of the running release, which are
    the ones it writes from now on (a later change of a code is a step of its own that re-codes the rows)."""
    connection.execute(sa.text("ALTER TABLE cases ADD COLUMN coicop VARCHAR(8)"))
    for kind in GoodsKind:
        if kind.coicop:
            connection.execute(sa.text("UPDATE cases SET coicop = :code WHERE category = :kind"),
                               {"code": kind.coicop, "kind": kind.value})


def _create_latest(connection: sa.Connection) -> None:
    """A new database: today's tables and indexes at once."""
    metadata.create_all(connection, tables=[cases])
    for name, column in INDEXES.items():
        connection.execute(sa.text(f"CREATE INDEX {name} ON cases ({column})"))


MIGRATIONS: dict[int, Callable[[sa.Connection], None]] = {1: _v1_create_cases, 2: _v2_indexes, 3: _v3_coicop}
SCHEMA_VERSION = max(MIGRATIONS)
SORTABLE = values(RegisterSort)


class ConflictError(InputError):
    """Another desk saved this case since it was opened here."""


class RegisterError(InputError):
    """The database failed (a stopped server, a damaged file, a value it refuses): the reason, one line."""

    @classmethod
    def of(cls, error: Exception) -> RegisterError:
        reason = str(getattr(error, "orig", None) or error).strip().splitlines() or [type(error).__name__]
        return cls("", N_("the register was not updated ({reason})"), reason=reason[0][:200])


ANY = object()  # Register.save without a revision check (scripts, imports, tests)


def _lock_key(name: str) -> int:
    """A signed 64-bit key for pg_advisory_xact_lock, the same on every desk."""
    digest = hashlib.sha256(f"reklamera:{name}".encode("utf-8", "surrogatepass")).digest()
    return int.from_bytes(digest[:8], "big", signed=True)


@dataclass(frozen=True)
class Row:
    id: str
    revision: int
    path: str
    consumer_name: str
    seller_name: str
    product: str
    category: str | None
    country: str
    status: str
    next_deadline: dt.date | None
    overdue: bool
    updated_at: dt.datetime


class Register:
    def __init__(self, url: str) -> None:
        """Connect and bring the schema up to date; a database that cannot be reached or read is one
        :class:`InputError` naming it (without the password)."""
        self.url = url
        self.where = url.split("@")[-1]
        try:
            self.engine = sa.create_engine(url, future=True)
        except sa.exc.SQLAlchemyError as error:
            raise self._cannot_open(error) from None
        except ImportError as error:  # PostgreSQL without the office extra's driver
            missing = N_("the register's database driver is not installed ({reason}); an office installs "
                         "reklamera[office]")
            raise InputError(self.where, missing, reason=error.name or str(error)) from None
        if self.engine.dialect.name == "sqlite":
            _sqlite_transactions(self.engine)
        try:
            self.migrate()
        except sa.exc.SQLAlchemyError as error:
            self.engine.dispose()
            raise self._cannot_open(error) from None
        except Exception:
            self.engine.dispose()
            raise

    def _cannot_open(self, error: Exception) -> InputError:
        reason = str(getattr(error, "orig", None) or error).strip().splitlines()[0]
        return InputError(self.where, N_("the register cannot be opened ({reason})"), reason=reason)

    @classmethod
    def sqlite(cls, path) -> Register:
        return cls(f"sqlite:///{path}")

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Register:
        return self

    def __exit__(self, *_exc) -> None:
        self.close()

    def migrate(self) -> int:
        """Bring the schema up to date in one transaction: a new database is created at the latest version and
        stamped, an older one runs each missing step. Two desks starting at once: on PostgreSQL an advisory
        lock (pg_advisory_xact_lock) makes the second wait and then find the work done; on SQLite BEGIN
        IMMEDIATE does the same. DDL is transactional on both, so a failed step leaves the old version whole."""
        with self.engine.execution_options(reklamera_write=True).begin() as connection:
            self._lock(connection, ("schema",))
            metadata.create_all(connection, tables=[schema_version])
            current = connection.execute(sa.select(sa.func.max(schema_version.c.version))).scalar() or 0
            if current > SCHEMA_VERSION:
                raise InputError(self.where, N_("the register was made by a newer reklamera; please update"))
            if current == SCHEMA_VERSION:
                return SCHEMA_VERSION
            if current == 0 and not sa.inspect(connection).has_table("cases"):
                _create_latest(connection)
            else:
                for version in range(current + 1, SCHEMA_VERSION + 1):
                    MIGRATIONS[version](connection)
            connection.execute(schema_version.delete())
            connection.execute(schema_version.insert().values(version=SCHEMA_VERSION))
        return SCHEMA_VERSION

    # --- writing ---------------------------------------------------------------------------------------------
    def save(self, case: Case, path: str = "", *, expected_revision: int | object | None = ANY,
             today: dt.date | None = None, before_write: Callable[[int | None], None] | None = None,
             lock: Sequence[str] = ()) -> int:
        """Add or update the case's row; returns the new revision.

        ``expected_revision`` is the revision this desk read (None: there was no row); when the row has another
        revision now, :class:`ConflictError` is raised and nothing changes. ``before_write(current_revision)``
        runs inside the same transaction, after the check and before the row is written, while the case (and
        each name in ``lock``) is locked against the other desks: the session writes the case file there, so
        two desks never both write one file. Database failures are one :class:`RegisterError`."""
        today = today or dt.date.today()
        if not case.id:
            case.id = uuid.uuid4().hex
        values = row_values(case, path, today)
        try:
            with self.engine.execution_options(reklamera_write=True).begin() as connection:
                self._lock(connection, (case.id, *lock))
                current = connection.execute(sa.select(cases.c.revision).where(cases.c.id == case.id)).scalar()
                if expected_revision is not ANY and current != expected_revision:
                    raise self._conflict(case)
                if before_write is not None:
                    before_write(current)
                if current is None:
                    connection.execute(cases.insert().values(id=case.id, revision=1, created=today, **values))
                    return 1
                # Compare and write in one statement as well: a writer that does not lock cannot slip in.
                result = connection.execute(
                    cases.update().where(cases.c.id == case.id, cases.c.revision == current)
                    .values(revision=current + 1, **values))
                if result.rowcount != 1:
                    raise self._conflict(case)
                return current + 1
        except sa.exc.IntegrityError:  # two first saves of one new case: the other desk's row came first
            raise self._conflict(case) from None
        except sa.exc.SQLAlchemyError as error:
            raise RegisterError.of(error) from None

    @staticmethod
    def _conflict(case: Case) -> ConflictError:
        return ConflictError(case.id[:8], N_("another desk saved this case in the meantime; open it again "
                                             "to see their changes, then make yours"))

    def _lock(self, connection: sa.Connection, names: Iterable[str]) -> None:
        """PostgreSQL: transaction-scoped advisory locks, taken in one order (no deadlock), released on commit.
        SQLite: the transaction began with BEGIN IMMEDIATE, which already keeps every other writer out."""
        if connection.dialect.name != "postgresql":
            return
        for key in sorted({_lock_key(name) for name in names}):
            connection.execute(sa.text("SELECT pg_advisory_xact_lock(:key)"), {"key": key})

    def revision(self, case_id: str) -> int | None:
        try:
            with self.engine.connect() as connection:
                return connection.execute(sa.select(cases.c.revision).where(cases.c.id == case_id)).scalar()
        except sa.exc.SQLAlchemyError as error:
            raise RegisterError.of(error) from None

    def consumer_cases(self, case_id: str) -> builtins.list[Row]:
        """Every case of the consumer of ``case_id``: the same name *and* the same e-mail address (two people
        may share a name). What "delete this consumer's data" shows, counted, before anything is deleted."""
        row = sa.select(cases.c.consumer_name, cases.c.consumer_email).where(cases.c.id == case_id).subquery()
        query = (sa.select(*[cases.c[name] for name in Row.__dataclass_fields__])
                 .join(row, sa.and_(cases.c.consumer_name == row.c.consumer_name,
                                    cases.c.consumer_email == row.c.consumer_email))
                 .where(cases.c.consumer_name != "")
                 .order_by(cases.c.created, cases.c.id))
        with self.engine.connect() as connection:
            return [Row(**found._mapping) for found in connection.execute(query)]

    def delete_cases(self, case_ids: Iterable[str]) -> int:
        """Remove exactly these cases (the ones the user saw and confirmed)."""
        ids = builtins.list(case_ids)
        if not ids:
            return 0
        with self.engine.begin() as connection:
            return connection.execute(cases.delete().where(cases.c.id.in_(ids))).rowcount

    def delete_consumer(self, name: str, email: str) -> int:
        """Remove every row of one consumer, by the key that tells two people apart: name and e-mail address
        (an empty address matches only rows without one)."""
        with self.engine.begin() as connection:
            return connection.execute(cases.delete().where(
                cases.c.consumer_name == name, cases.c.consumer_email == email, cases.c.consumer_name != "")).rowcount

    def anonymise_closed(self, older_than_days: int, today: dt.date | None = None) -> int:
        """Retention: closed cases older than the office's period lose every personal detail."""
        cutoff = (today or dt.date.today()) - dt.timedelta(days=older_than_days)
        with self.engine.begin() as connection:
            return connection.execute(
                cases.update().where(cases.c.status == "closed", cases.c.closed <= cutoff,
                                     cases.c.anonymised.is_(False))
                .values(consumer_name="", consumer_email="", path="", product="", anonymised=True,
                        seller_name=sa.case((cases.c.seller_private.is_(True), ""), else_=cases.c.seller_name),
                        revision=cases.c.revision + 1)).rowcount

    # --- reading -------------------------------------------------------------------------------------------------
    def list(self, *, search: str = "", status: str | None = None, country: str | None = None,
             overdue: bool | None = None, sort: str = "updated_at", descending: bool = True,
             limit: int = 500, offset: int = 0) -> list[Row]:
        query = sa.select(*[cases.c[name] for name in Row.__dataclass_fields__])
        if search:
            literal = search.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            pattern = f"%{literal}%"  # % and _ typed in the search are letters, not wildcards
            query = query.where(sa.or_(*(sa.func.lower(column).like(pattern, escape="\\") for column in
                                         (cases.c.consumer_name, cases.c.seller_name, cases.c.product))))
        if status:
            query = query.where(cases.c.status == status)
        if country:
            query = query.where(cases.c.country == country)
        if overdue is not None:
            query = query.where(cases.c.overdue.is_(overdue))
        column = cases.c[sort if sort in SORTABLE else "updated_at"]
        query = query.order_by(column.desc() if descending else column.asc(), cases.c.id).limit(limit).offset(offset)
        with self.engine.connect() as connection:
            return [Row(**row._mapping) for row in connection.execute(query)]

    def count(self) -> int:
        with self.engine.connect() as connection:
            return connection.execute(sa.select(sa.func.count()).select_from(cases)).scalar_one()

    def rows_for_statistics(self) -> builtins.list[dict]:  # builtins: `list` is also a method of Register
        columns = (
            cases.c.seller_name,
            cases.c.seller_private,
            cases.c.category,
            cases.c.coicop,
            cases.c.country,
            cases.c.status,
            cases.c.created,
            cases.c.first_sent,
            cases.c.first_reply,
            cases.c.closed,
            cases.c.outcome,
            cases.c.satisfaction,
        )
        with self.engine.connect() as connection:
            return [dict(row._mapping) for row in connection.execute(sa.select(*columns))]

    def insert_many(self, rows: Iterable[dict]) -> None:
        """Bulk insert prepared rows (benchmarks and imports)."""
        with self.engine.begin() as connection:
            connection.execute(cases.insert(), list(rows))


def _sqlite_transactions(engine: sa.Engine) -> None:
    """SQLite: SQLAlchemy's own BEGIN instead of the driver's lazy one, and BEGIN IMMEDIATE for a save, so that
    the revision check, the case file and the row are one step that no other desk can interleave with."""

    @sa.event.listens_for(engine, "connect")
    def _connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None

    @sa.event.listens_for(engine, "begin")
    def _begin(connection: sa.Connection) -> None:
        write = connection.get_execution_options().get("reklamera_write")
        connection.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")


def row_values(case: Case, path: str, today: dt.date) -> dict:
    """What the register keeps of a case: enough to find, follow up and count it — not the letter's text."""
    events = dated(case.events)
    state = follow_up(case, today)
    replies = [day for day, event in events if event.kind == "reply_received"]
    closed = [event for _day, event in events if event.kind == "closed"]
    # A closed event without a date still closes the case (retention counts from the day it was saved).
    undated_close = not closed and any(event.kind == "closed" and event.date is None for event in case.events)
    status = {
        NextStep.CLOSED: RegisterStatus.CLOSED,
        NextStep.ESCALATED: RegisterStatus.ESCALATED,
        NextStep.SEND_LETTER: RegisterStatus.DRAFT,
    }.get(NextStep(state.next_step))
    if undated_close:
        status = RegisterStatus.CLOSED
    if status is None:
        status = RegisterStatus.ANSWERED if replies else RegisterStatus.SENT
    return {
        "updated_at": dt.datetime.now(dt.UTC).replace(tzinfo=None),
        "path": str(path),
        "consumer_name": case.consumer.name.strip(),
        "consumer_email": case.consumer.email.strip(),
        "seller_name": case.seller.name.strip(),
        "seller_private": case.seller.private,
        "product": case.product.description.strip(),
        "category": case.product.category,
        "coicop": GoodsKind(case.product.category).coicop if case.product.category else None,
        "country": case.country,
        "status": status,
        "next_deadline": state.reply_by,
        "overdue": state.overdue,
        "price": Decimal(case.product.price) if case.product.price is not None else None,
        "currency": case.product.currency,
        "first_sent": state.first_sent,
        "first_reply": replies[0] if replies else None,
        "closed": closed[-1].date if closed else (today if undated_close else None),
        "outcome": closed[-1].outcome if closed else None,
        "satisfaction": closed[-1].satisfaction if closed else None,
    }
