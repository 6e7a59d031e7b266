"""Recovery paths: stopping the server, a full disk, read-only media, empty files, no partial
export left behind, and a CSV export that comes back whole."""

from __future__ import annotations

import os
import signal
import subprocess
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from graph.core.model import Company, GraphData, Job, Knows, Person
from graph.services.demo import load_demo
from graph.services.export import write_export
from graph.stores.opening import open_store
from graph.stores.port import GraphStore
from graph.stores.sqlite_store import SqliteStore
from ingest.importer import import_file
from tests.browser import free_port
from tests.cli_helpers import Run, carnet_command, run_in_process, run_process


@pytest.fixture
def carnet(capsys: pytest.CaptureFixture[str]) -> Run:
    return run_in_process(capsys)


@contextmanager
def small_disk(tmp_path: Path, size: str = "1m") -> Iterator[Path]:
    """A tmpfs of ``size`` (root only): a disk that really fills up."""
    mount = tmp_path / "small"
    mount.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(mount)],
                          capture_output=True, check=False)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a small tmpfs here: {done.stderr!r}")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def children(pid: int) -> list[int]:
    text = Path(f"/proc/{pid}/task/{pid}/children").read_text()
    return [int(n) for n in text.split()]


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().split(")")[-1].split()[0]
    except FileNotFoundError:
        return False
    return state != "Z"


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT])
def test_serve_stops_its_server_on_a_signal(tmp_path: Path, sig: signal.Signals) -> None:
    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEO4J_")}
    serve = subprocess.Popen([*carnet_command(), "--db", str(tmp_path / "c.db"), "serve",
                              "--port", str(port)], env=env, stdout=subprocess.DEVNULL,
                             stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/_stcore/health",
                                            timeout=2) as response:
                    if response.read() == b"ok":
                        break
            except OSError:
                assert time.monotonic() < deadline, "the server did not start"
                time.sleep(0.2)
        [server] = children(serve.pid)
        os.kill(serve.pid, sig)  # to carnet alone, as a service manager or `kill` does
        assert serve.wait(timeout=20) == 128 + sig
        deadline = time.monotonic() + 10
        while alive(server) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not alive(server)
    finally:
        os.killpg(serve.pid, signal.SIGKILL) if serve.poll() is None else None


def test_full_disk_is_said_and_the_store_is_unchanged(tmp_path: Path) -> None:
    rows = "".join(f"Personne {n},p{n}@exemple.fr,{'note ' * 400}\n" for n in range(1500))
    big = tmp_path / "big.csv"
    big.write_text("Name,Email,Notes\n" + rows, encoding="utf-8")  # 3 MB of notes
    with small_disk(tmp_path, "1m") as disk:
        db = disk / "c.db"
        store = SqliteStore(db)
        store.save(GraphData(people=[Person("p:me", "Moi")], members=["p:me"]))
        version, counts = store.graph_version(), store.counts()
        store.close()
        result = run_process("--db", db, "import", big, "--me", "Moi")
        assert result.code == 2
        assert result.err == (f"carnet: {db}: the disk is full (or failing): nothing was "
                              "written; free some space and try again\n")
        exported = run_process("--db", db, "export", disk / "out.json")
        assert exported.code == 0 or exported.err == (
            f"carnet: {disk / 'out.json'}: cannot write (the disk is full)\n")
        filler = disk / "filler"
        with filler.open("wb", buffering=0) as out:  # what room is left, taken
            try:
                while True:
                    out.write(b"\0" * 4096)
            except OSError:
                pass
        exported = run_process("--db", db, "export", disk / "out2.json")
        assert exported.err == f"carnet: {disk / 'out2.json'}: cannot write (the disk is full)\n"
        assert sorted(p.name for p in disk.iterdir()) == sorted(
            n for n in ("c.db", "c.db-wal", "c.db-shm", "filler", "out.json")
            if (disk / n).exists())  # no .partial file left
        filler.unlink()
        after = SqliteStore(db)
        assert (after.graph_version(), after.counts()) == (version, counts)


def test_read_only_media_can_be_searched_and_exported(tmp_path: Path, carnet: Run) -> None:
    with small_disk(tmp_path, "4m") as disk:
        db = disk / "c.db"
        store = SqliteStore(db)
        load_demo(store)
        store.close()  # the file alone holds everything
        subprocess.run(["mount", "-o", "remount,ro", str(disk)], check=True)
        found = carnet("--db", db, "people", "search", "karim")
        assert (found.code, found.out.split("\t")[-1].strip()) == (0, "p:karim-benali")
        exported = carnet("--db", db, "export", tmp_path / "out.json")
        assert exported.code == 0, exported.err
        assert carnet("--db", db, "paths", "--to", "Savonnerie Marius").code == 0
        refused = carnet("--db", db, "referral", "add", "--from", "Karim Benali", "--to",
                         "Zoé Neuve")
        assert (refused.code, refused.err) == (2, f"carnet: {db}: the file is read-only\n")


def test_an_empty_file_is_not_taken_for_a_store(tmp_path: Path, carnet: Run) -> None:
    empty = tmp_path / "notes.db"
    empty.touch()
    result = carnet("--db", empty, "demo")
    assert (result.code, result.err) == (
        2, f"carnet: {empty}: an empty file, not a Carnet database\n")
    assert empty.read_bytes() == b""
    source = tmp_path / "c.db"
    assert carnet("--db", source, "demo").code == 0
    copied = carnet("--db", source, "copy", "--to", empty)  # asked to create a store there
    assert copied.code == 0, copied.err
    assert SqliteStore(empty).counts() == SqliteStore(source).counts()


def test_a_failed_export_leaves_no_partial_file(tmp_path: Path) -> None:
    store = SqliteStore(tmp_path / "c.db")
    load_demo(store)
    target = tmp_path / "out.json"
    target.write_text("the old export", encoding="utf-8")

    ties = list(store.edges())[:3]

    def broken() -> Iterator[Knows]:
        yield from ties
        raise OSError(28, "No space left on device")

    store.edges = broken  # type: ignore[method-assign]  # the disk fills up midway
    with pytest.raises(OSError):
        write_export(target, store, "carnet")
    assert sorted(p.name for p in tmp_path.iterdir() if "out" in p.name) == ["out.json"]
    assert target.read_text("utf-8") == "the old export"


PEOPLE = [Person("p:me", "Moi", ("moi@exemple.fr",)),
          Person("p:jean-1", "Jean Dupont"), Person("p:jean-2", "Jean Dupont"),
          Person("p:zoe", "Zoé Martin", ("zoe@a.fr", "zoe@b.fr"), ("+33612345678",),
                 "https://www.linkedin.com/in/zoe", "Notes, with a comma;\nand a line",
                 ("amis", "Marseille")),
          Person("p:formula", "=HYPERLINK(\"http://x\")", notes="+1 is not a phone",
                 tags=("-moins",)),
          Person("p:at", "@handle", phones=("+33698765432",)),
          Person("p:quote", "'t Hooft", ("gerard@uu.nl",)),
          Person("p:emoji", "Léa 📣"),
          Person("p:plus", "+Plus", phones=("+442079460958", "+33491000000")),
          Person("p:dash", "-Tiret", aliases=("=Tiret Dupont", "Tiret Martin")),
          Person("p:x", "Xavier"), Person("p:y", "Yann", aliases=("Yann Le Goff",)),
          Person("p:k", "Karim Benali", linkedin="https://www.linkedin.com/in/karim")]


def test_csv_export_imports_back_whole(store: GraphStore, tmp_path: Path) -> None:
    source = SqliteStore(tmp_path / "source.db")
    source.save(GraphData(
        people=PEOPLE, members=["p:me"],
        companies=[Company("c:a", "Phocée Logistique, SAS"), Company("c:b", "=cmd|' /C calc'!A0")],
        jobs=[Job("p:zoe", "c:a", "Architecte"), Job("p:formula", "c:b", "-Chef"),
              Job("p:jean-2", "c:a", "Chauffeur")]))
    write_export(tmp_path / "out.csv", source, "csv")
    text = (tmp_path / "out.csv").read_text("utf-8-sig")
    assert "+33612345678" in text and "'+33" not in text and "'=HYPERLINK" in text
    store.save(GraphData(people=[PEOPLE[0]], members=["p:me"]))
    result = import_file(store, tmp_path / "out.csv", "auto", me="Moi")
    assert result.report.skipped == []

    def people(s: GraphStore) -> list[tuple[object, ...]]:
        return sorted((p.id, p.name, p.emails, p.phones, p.linkedin, p.notes, p.tags,
                       p.aliases) for p in s.dump().people)

    def jobs(s: GraphStore) -> list[tuple[str, str, str]]:
        data = s.dump()
        names = {c.id: c.name for c in data.companies}
        return sorted((j.person, names[j.company], j.title) for j in data.jobs)

    assert people(store) == people(source)
    assert jobs(store) == jobs(source)
    again = import_file(store, tmp_path / "out.csv", "auto", me="Moi")  # the same file again
    assert (again.report.added, again.report.updated) == (0, 0)


def test_open_store_keeps_an_empty_file_for_create(tmp_path: Path) -> None:
    empty = tmp_path / "new.db"
    empty.touch()
    open_store(str(empty), create=True).close()
    assert empty.stat().st_size > 0
