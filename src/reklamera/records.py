"""Plain record classes declared like dataclasses (``name: str = text()``), without generating code at
import time: the wizard's first paint cannot afford dataclasses' exec-compiled methods for every section.

Each field is a :class:`Spec` holding its default and the rules the case file checks (required, length,
choices); ``Record.SPECS`` lists them in declaration order, ``extra`` keeps keys this version does not know.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

DEFAULT_LIMIT = 300


class Spec:
    __slots__ = ("choices", "default", "factory", "kind", "limit", "name", "required")

    def __init__(self, default: Any = None, *, factory: Callable[[], Any] | None = None, required: bool = True,
                 limit: int = DEFAULT_LIMIT, choices: tuple[str, ...] = ()) -> None:
        self.default, self.factory = default, factory
        self.required, self.limit, self.choices = required, limit, choices
        self.name = self.kind = ""

    def initial(self) -> Any:
        return self.factory() if self.factory else self.default


class Record:
    SPECS: tuple[Spec, ...] = ()

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        specs = []
        for name, kind in cls.__dict__.get("__annotations__", {}).items():
            spec = cls.__dict__.get(name)
            if isinstance(spec, Spec):
                spec.name, spec.kind = name, kind  # the annotation as written, e.g. "dt.date | None"
                specs.append(spec)
                delattr(cls, name)  # the value lives on each instance
        cls.SPECS = tuple(specs)

    def __init__(self, **values: Any) -> None:
        for spec in self.SPECS:
            setattr(self, spec.name, values.pop(spec.name) if spec.name in values else spec.initial())
        self.extra: dict[str, Any] = values.pop("extra", None) or {}
        if values:
            raise TypeError(f"{type(self).__name__} has no field {', '.join(sorted(values))}")

    def __eq__(self, other: object) -> bool:
        """Equal when every declared field is equal (unknown keys in ``extra`` do not count)."""
        if type(other) is not type(self):
            return NotImplemented
        return all(getattr(self, spec.name) == getattr(other, spec.name) for spec in self.SPECS)

    __hash__ = None  # mutable

    def __repr__(self) -> str:
        fields = ", ".join(f"{spec.name}={getattr(self, spec.name)!r}" for spec in self.SPECS)
        return f"{type(self).__name__}({fields})"
