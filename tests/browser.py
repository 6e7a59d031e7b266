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

import pytest
from playwright.sync_api import Page, expect

from graph.services.demo import load_demo
from graph.stores.neo4j_store import Neo4jStore
from graph.stores.port import GraphStore
from graph.stores.sqlite_store import SqliteStore
from tests.cli_helpers import carnet_command
from tests.conftest import wipe_neo4j
from tests.neo4j_server import Neo4jServer

ROOT = Path(__file__).parents[1]
ARTIFACTS = ROOT / "test-artifacts"
CHROMIUM = os.environ.get("CARNET_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def demo_store(request: pytest.FixtureRequest, tmp_path: Path
               ) -> tuple[GraphStore, str, dict[str, str]]:
    """The French demo on the store a fixture's ``request.param`` names ("sqlite": a fresh
    file; "neo4j": the live test server, wiped), still open; with where it is and the
    ``NEO4J_*`` variables a server of it needs (for ``streamlit_server``)."""
    if request.param == "neo4j":
        server: Neo4jServer = request.getfixturevalue("neo4j_server")
        wipe_neo4j(server)
        store: GraphStore = Neo4jStore(server.uri, server.username, server.password)
        db, neo4j = server.uri, server.env()
    else:
        db, neo4j = str(tmp_path / "carnet.db"), {}
        store = SqliteStore(db)
    load_demo(store, "fr")
    return store, db, neo4j


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


# In a picture drawn by app/graphview.py (run inside its iframe): the frame's four borders
# inside the iframe, and every name readable (ties repainted thick and pure red: no red
# pixel may show inside a name's box, as vis-network measured it). Returns what is wrong.
PICTURE_PROBLEMS = """() => new Promise(done => {
  const problems = [];
  const frame = document.getElementById("mynetwork").getBoundingClientRect();
  if (frame.top < 0 || frame.left < 0 || frame.bottom > window.innerHeight
      || frame.right > window.innerWidth) {
    problems.push(`frame ${JSON.stringify(frame)} cut in ${innerWidth}x${innerHeight}`);
  }
  network.body.data.edges.update(network.body.data.edges.getIds().map(id => (
    {id: id, width: 4, color: {color: "#ff0000", highlight: "#ff0000", hover: "#ff0000"}})));
  network.redraw();
  requestAnimationFrame(() => {
    const canvas = document.querySelector("#mynetwork canvas");
    const ratio = canvas.width / canvas.clientWidth;
    const context = canvas.getContext("2d");
    for (const id of network.body.data.nodes.getIds()) {
      const node = network.body.nodes[id];
      const size = node.labelModule.size;
      if (!String(node.options.label || "").trim() || !size.width) { continue; }
      const a = network.canvasToDOM({x: size.left, y: size.top});
      const b = network.canvasToDOM({x: size.left + size.width, y: size.top + size.height});
      const x0 = Math.max(0, Math.ceil(a.x * ratio) + 2);
      const y0 = Math.max(0, Math.ceil(a.y * ratio) + 2);
      const x1 = Math.min(canvas.width, Math.floor(b.x * ratio) - 2);
      const y1 = Math.min(canvas.height, Math.floor(b.y * ratio) - 2);
      if (x1 <= x0 || y1 <= y0) { continue; }
      const pixels = context.getImageData(x0, y0, x1 - x0, y1 - y0).data;
      for (let i = 0; i < pixels.length; i += 4) {
        if (pixels[i] > 200 && pixels[i + 1] < 80 && pixels[i + 2] < 80) {
          problems.push(`a line through ${node.options.label}`);
          break;
        }
      }
    }
    done(problems);
  });
})"""


def run_over(page: Page, timeout_ms: float = 30_000) -> None:
    """Wait until the page's script has run to its end, and nothing more is being sent.

    The "Running…" widget alone said so too early: it shows only once a run has lasted a
    moment, so a test could read a page whose headings had come and its cards not yet.
    The app's root says the run's state from the start, but a change made in the browser (a
    click, a box checked) is sent before that state moves: the server is given a moment to
    pick it up first."""
    page.wait_for_timeout(300)
    expect(page.locator('[data-testid="stApp"][data-test-script-state="notRunning"]')
           ).to_have_count(1, timeout=timeout_ms)
    expect(page.get_by_test_id("stStatusWidget")).to_have_count(0, timeout=timeout_ms)


def picture_problems(page: Page) -> list[str]:
    """What is wrong with the page's first picture (see ``PICTURE_PROBLEMS``); the picture
    is left repainted, so read it after taking any screenshot."""
    frame = page.locator("iframe").first.element_handle().content_frame()
    assert frame is not None
    frame.wait_for_function("typeof network !== 'undefined' && network.body !== undefined")
    return list(frame.evaluate(PICTURE_PROBLEMS))


# Text cut at a box's edge in the page's main part (a closed drop-down or a text box shows one
# line: what does not fit is hidden, with no way to read it but opening it). Tables (they
# scroll), pictures and multi-line boxes are left out, and what is not drawn at all (a file
# box's hidden input, words for screen readers only: "add icon"). Returns what is cut.
CLIPPED_TEXT = """() => {
  const cut = [];
  for (const e of document.querySelectorAll('[data-testid="stMain"] *')) {
    if (e.tagName === 'TEXTAREA' || e.closest('[data-testid="stDataFrame"], iframe')
        || e.type === 'file' || e.clientWidth <= 1) {
      continue;
    }
    const style = getComputedStyle(e);
    if (e.tagName !== 'INPUT' && style.overflowX === 'visible'
        && style.textOverflow !== 'ellipsis') { continue; }
    const text = ((e.tagName === 'INPUT' ? e.value : e.innerText) || '').trim();
    if (text && e.scrollWidth > e.clientWidth + 1) { cut.push(text); }
  }
  return cut;
}"""


def clipped_text(page: Page) -> list[str]:
    """The texts cut at a box's edge on the page (see ``CLIPPED_TEXT``)."""
    return list(page.evaluate(CLIPPED_TEXT))
