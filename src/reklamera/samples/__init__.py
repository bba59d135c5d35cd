"""The built-in sample case: screenshots, the self-test and demonstrations use it."""

import datetime as dt
from pathlib import Path

SAMPLE_CASE = Path(__file__).with_name("sample.reklamera")
# The sample is shown "as of" three weeks after the defect was noticed, so it always demonstrates an in-time
# complaint, whatever the real date.
SAMPLE_TODAY = dt.date(2026, 10, 23)
