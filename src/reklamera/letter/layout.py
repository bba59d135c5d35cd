"""The letter's geometry in millimetres, shared by the .docx and the PDF renderer so both look the same.

The recipient's address sits where a window envelope shows it. Sources for the figures:
- DIN 5008 (form B, the layout for window envelopes C5, C6/5, DL): the address field starts 45 mm from the top
  and 20 mm from the left edge, 85 mm wide and 40-45 mm high (din-5008-richtlinien.de, "Anschriftenfeld").
- Norway, common window envelopes (officeconsult.no, "plassering av mottakerfelt i vinduskonvolutter"): the
  window 15 mm from the left; its top at 39-44 mm (C6/5 39, E6/5 40, EC4 42, C5 44 mm), 30-40 mm high; "about
  44 mm from the top and more than 15 mm from the left fits most envelopes".
- Sweden, SS 61 34 01 (brevblanketter): the standard's own figures were not found in a source we could read (it
  is sold by SIS); Swedish envelope makers name the standard's left window ("v2"), which the position below fits.
So the address's first line starts 47 mm from the top (inside every window above, below the 45 mm of DIN 5008
form B) at the body's left margin, 25 mm (inside the windows that start 15-20 mm from the left), 85 mm wide: up
to five lines stay inside a 30 mm window. The sender's details stand to the right, beside the address, so the
body begins no lower than before.
"""

from __future__ import annotations

PAGE_WIDTH, PAGE_HEIGHT = 210.0, 297.0  # A4
MARGIN_TOP, MARGIN_RIGHT, MARGIN_BOTTOM, MARGIN_LEFT = 20.0, 22.0, 20.0, 25.0
WINDOW_TOP = 47.0  # the recipient's first line, from the top edge of the page
ADDRESS_WIDTH = 88.0  # the column the address is set in (the window is 85-105 mm wide)
HEADER_BOTTOM = 70.0  # the header (address, sender, date) reaches at least this far down the first page
FACTS_TAB = 38.0  # where the values of the purchase's facts start ("Inköpsdatum:", "Toimituspäivä:" fit)


def window_offset(top_margin: float) -> float:
    """How far below the top margin the recipient's address starts, so that it sits in the window (0 when a
    letterhead's margin already reaches past the window's top: the address then follows the margin)."""
    return max(0.0, WINDOW_TOP - top_margin)


def header_height(top_margin: float) -> float:
    """The least height of the header block below the top margin (address, sender and date)."""
    return max(0.0, HEADER_BOTTOM - top_margin)
