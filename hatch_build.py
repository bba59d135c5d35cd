"""Hatchling build hook: compile the gettext catalogs (.po -> .mo) into every wheel and editable install."""

from __future__ import annotations

import sys
from pathlib import Path

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


class CustomBuildHook(BuildHookInterface):
    def initialize(self, version: str, build_data: dict) -> None:
        sys.path.insert(0, str(Path(self.root) / "src"))
        try:
            from reklamera.catalogs import compile_catalogs

            compile_catalogs(force=True)
        finally:
            sys.path.pop(0)
