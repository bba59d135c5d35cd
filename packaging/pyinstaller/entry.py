"""The bundled program's entry point: the same as the `reklamera` command."""

import sys

from reklamera.launcher import main

sys.exit(main())
