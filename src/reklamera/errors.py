"""The one kind of error a person can fix: bad input, named by the field or file at fault."""


class InputError(ValueError):
    """Bad input. ``field`` is the dotted path of the value at fault ("product.delivered") or a file name.

    ``str(error)`` is the one line shown to the user: "product.delivered: 2025-02-30 is not a date".
    """

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}" if field else message)
        self.field = field
        self.message = message
