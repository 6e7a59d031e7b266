"""Running the `carnet` command in tests: in-process (fast) or as a real process."""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from cli import main


@dataclass
class Result:
    code: int
    out: str
    err: str


Run = Callable[..., Result]


def run_in_process(capsys: pytest.CaptureFixture[str]) -> Run:
    def run(*args: str | Path) -> Result:
        capsys.readouterr()
        try:
            main([str(a) for a in args])
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else 1
        else:  # pragma: no cover - main always exits
            code = 0
        captured = capsys.readouterr()
        return Result(code, captured.out, captured.err)
    return run


def carnet_command() -> list[str]:
    """The installed `carnet` script beside this Python, as a user runs it."""
    script = Path(sys.executable).with_name("carnet")
    if script.exists():
        return [str(script)]
    found = shutil.which("carnet")
    assert found, "the carnet command is not installed (pip install -r requirements.txt)"
    return [found]


def run_process(*args: str | Path, timeout: float = 60, **kwargs: object) -> Result:
    done = subprocess.run([*carnet_command(), *map(str, args)], capture_output=True, text=True,
                          timeout=timeout, check=False, **kwargs)  # type: ignore[call-overload]
    return Result(done.returncode, done.stdout, done.stderr)
