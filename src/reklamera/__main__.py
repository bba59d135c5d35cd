"""`python -m reklamera` is the same as the `reklamera` command."""

import sys

from reklamera.cli import main

sys.exit(main())
