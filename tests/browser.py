"""A real Streamlit server and a real Chromium, for end-to-end tests.

The server listens on 127.0.0.1 on a free port, on its own store, and is stopped by PID.
Chromium is Debian's (``apt-get install chromium``), driven by Playwright.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from tests.cli_helpers import carnet_command

ROOT = Path(__file__).parents[1]
ARTIFACTS = ROOT / "test-artifacts"
CHROMIUM = os.environ.get("CARNET_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def streamlit_server(db: Path | str, timeout_s: float = 60, via_cli: bool = False,
                     neo4j: dict[str, str] | None = None, logs: Path | None = None,
                     root: Path = ROOT) -> Iterator[str]:
    """``streamlit run streamlit_app.py`` (or ``carnet serve``, as the README says) on ``db``
    (a file, or a Neo4j URI with its ``NEO4J_*`` variables in ``neo4j``); yields its URL once
    healthy. The server's log goes to ``logs`` (default: beside the file). ``root``: another
    checkout's app (benchmarks compare them)."""
    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEO4J_")}
    env.update(neo4j or {})
    env["CARNET_DB"] = str(db)
    log_path = (logs or Path(db).parent) / "streamlit.log"
    if via_cli:
        command = [*carnet_command(), "serve", "--port", str(port)]
    else:
        command = [sys.executable, "-m", "streamlit", "run", str(root / "streamlit_app.py"),
                   "--server.headless", "true", "--server.address", "127.0.0.1",
                   "--server.port", str(port), "--browser.gatherUsageStats", "false",
                   "--server.fileWatcherType", "none"]
    log = log_path.open("w")
    process = subprocess.Popen(command, cwd=root, env=env, stdout=log, stderr=subprocess.STDOUT,
                               start_new_session=True)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + timeout_s
        while True:
            if process.poll() is not None:
                raise RuntimeError(f"streamlit exited: {log_path.read_text()}")
            try:
                with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as response:
                    if response.read() == b"ok":
                        break
            except OSError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.2)
        yield url
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
        log.close()
