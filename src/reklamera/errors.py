"""The one kind of error a person can fix: bad input, named by the field or file at fault."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable


class InputError(ValueError):
    """Bad input. ``field`` is the dotted path of the value at fault ("product.delivered") or a file name;
    ``message`` is an English template marked with ``N_`` and filled with ``params``, so the line can be
    shown in the UI language: ``error.localized(translation.gettext)``.

    ``str(error)`` is the English line: 'product.delivered: "2025-02-30" is not a real date'.

    A parameter may be a date: the command line shows it as ISO (what was typed there), the wizard in the UI
    language's own words (``format_date``).
    """

    def __init__(self, field: str, message: str, **params: object) -> None:
        self.field = field
        self.template = message
        self.params = params
        super().__init__(self.localized())

    def localized(self, gettext: Callable[[str], str] = str,
                  format_date: Callable[[dt.date], str] = dt.date.isoformat) -> str:
        text = self.reason(gettext, format_date)
        return f"{self.field}: {text}" if self.field else text

    def reason(self, gettext: Callable[[str], str] = str,
               format_date: Callable[[dt.date], str] = dt.date.isoformat) -> str:
        """The message without the field, for a place that already shows which field it is about."""
        params = {name: format_date(value) if isinstance(value, dt.date) else value
                  for name, value in self.params.items()}
        return gettext(self.template).format(**params)

    def within(self, prefix: str, fields: dict[str, str] | None = None) -> InputError:
        """The same error, its field prefixed with where it happened ("case.reklamera: product.delivered")."""
        field = (fields or {}).get(self.field, self.field)
        return type(self)(f"{prefix}: {field}" if field else prefix, self.template, **self.params)
