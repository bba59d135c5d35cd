"""The five countries reklamera knows, their names (translated when shown), languages and currencies."""

from reklamera.i18n import N_

COUNTRIES = ("SE", "NO", "DK", "FI", "IS")
COUNTRY_NAMES = {"SE": N_("Sweden"), "NO": N_("Norway"), "DK": N_("Denmark"), "FI": N_("Finland"), "IS": N_("Iceland")}
DEFAULT_CURRENCY = {"SE": "SEK", "NO": "NOK", "DK": "DKK", "FI": "EUR", "IS": "ISK"}
DEFAULT_LANGUAGE = {"SE": "sv", "NO": "nb", "DK": "da", "FI": "fi", "IS": "is"}
