"""What a reader sees of a markdown message: the app escapes the values it puts in one."""

from __future__ import annotations

import re


def shown(markdown: str) -> str:
    """``markdown`` with backslash escapes removed (the text as rendered, formatting aside)."""
    return re.sub(r"\\(.)", r"\1", markdown)
