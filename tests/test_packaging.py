"""What `pip install .` ships: every package of the product, so the `carnet` command and the
app run from an installed copy, not only from this checkout."""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_the_wheel_holds_every_package(tmp_path: Path) -> None:
    # Built from a copy of the tracked files: a build/ folder left in the checkout would
    # fill in whatever the package list forgets.
    source = tmp_path / "source"
    listed = subprocess.run(["git", "ls-files", "-co", "--exclude-standard"], cwd=ROOT,
                            check=True, capture_output=True, text=True).stdout.splitlines()
    for name in listed:
        if (ROOT / name).is_file():
            (source / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(ROOT / name, source / name)
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w",
                    str(tmp_path), str(source)], check=True, capture_output=True, timeout=300)
    [wheel] = tmp_path.glob("carnet-*.whl")
    shipped = set(zipfile.ZipFile(wheel).namelist())
    packages = sorted(str(init.relative_to(ROOT)) for top in ("app", "cli", "graph", "ingest")
                      for init in (ROOT / top).rglob("__init__.py"))
    assert "graph/core/wording/__init__.py" in packages
    assert [p for p in packages if p not in shipped] == []
    assert "streamlit_app.py" in shipped
