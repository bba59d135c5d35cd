"""`python -m reklamera` is the same as the `reklamera` command."""

import sys

from reklamera.launcher import main

sys.exit(main())
