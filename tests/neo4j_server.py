"""The Neo4j test server for the suite: ``scripts/neo4j-test-server`` started once per session.

``NEO4J_TEST_URI`` (with ``NEO4J_TEST_USERNAME``, ``NEO4J_TEST_PASSWORD``) points the suite at a
server you run yourself; otherwise the suite starts its own on a free port of 127.0.0.1 and
stops it by PID at the end, also when tests fail.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import threading
from dataclasses import dataclass
from pathlib import Path

SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "neo4j-test-server"
START_SECONDS = 420  # the first start also downloads Neo4j with Maven


@dataclass(frozen=True)
class Neo4jServer:
    uri: str
    username: str
    password: str
    process: subprocess.Popen[str] | None = None  # None: a server the user runs

    def env(self, uri: str | None = None) -> dict[str, str]:
        """The variables that point `carnet` (and the app) at this server."""
        return {"NEO4J_URI": uri or self.uri, "NEO4J_USERNAME": self.username,
                "NEO4J_PASSWORD": self.password}

    @property
    def routing_uri(self) -> str:
        """The same server through ``neo4j://`` (routing: the driver asks for a routing table)."""
        return self.uri.replace("bolt://", "neo4j://", 1)

    def stop(self) -> None:
        if self.process is None or self.process.poll() is not None:
            return
        self.process.send_signal(signal.SIGTERM)
        try:
            self.process.wait(timeout=60)
        except subprocess.TimeoutExpired:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait()


def from_environment() -> Neo4jServer | None:
    uri = os.environ.get("NEO4J_TEST_URI")
    if not uri:
        return None
    return Neo4jServer(uri, os.environ.get("NEO4J_TEST_USERNAME") or "neo4j",
                       os.environ.get("NEO4J_TEST_PASSWORD") or "")


def cannot_start() -> str | None:
    """Why this machine cannot start the test server, or None."""
    if not shutil.which("mvn"):
        return "Maven (mvn) is not installed"
    return None


def start(home: Path | None = None, settings: tuple[str, ...] = (),
          password: str | None = None) -> Neo4jServer:
    """Start ``scripts/neo4j-test-server`` and wait for its first line (the variables).
    ``home`` keeps the database in that folder (to restart on it); ``settings`` are extra
    ``neo4j.conf`` lines."""
    env = dict(os.environ)
    env.pop("NEO4J_TEST_HOME", None)
    if home is not None:
        env["NEO4J_TEST_HOME"] = str(home)
    env["NEO4J_TEST_SETTINGS"] = " ".join(settings)
    env["NEO4J_TEST_PARENT"] = str(os.getpid())  # the server stops if this process dies
    if password:
        env["NEO4J_TEST_PASSWORD"] = password
    process = subprocess.Popen([str(SCRIPT)], stdout=subprocess.PIPE, text=True,
                               start_new_session=True, env=env)
    assert process.stdout is not None
    line: list[str] = []
    reader = threading.Thread(target=lambda: line.append(process.stdout.readline()),  # type: ignore[union-attr]
                              daemon=True)
    reader.start()
    reader.join(START_SECONDS)
    if not line or not line[0].startswith("NEO4J_URI="):
        process.kill()
        raise RuntimeError(f"the Neo4j test server did not start (exit {process.poll()}); "
                           f"run {SCRIPT} to see why")
    found = dict(word.split("=", 1) for word in line[0].split())
    return Neo4jServer(found["NEO4J_URI"], found["NEO4J_USERNAME"],
                       found["NEO4J_PASSWORD"], process)
