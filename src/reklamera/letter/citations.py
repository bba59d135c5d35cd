"""The letters cite the acts as rules.citations writes them (each act in its own style; another language's act
introduced in the letter's language). Kept here so the letters import their citations from the letter package."""

from __future__ import annotations

from reklamera.rules.acts import ACTS
from reklamera.rules.citations import cite

__all__ = ["ACTS", "cite"]
