"""How long the warm paths page takes in a real browser on a 30,000-person network.

Loads a synthetic network (as ``bench/paths.py`` makes them) into a SQLite store, starts the
app on it, and times, in Chromium, from asking for ``/?company=…`` to the first introducer's
card on screen: first with a cold snapshot (built by that request), then warm. Then, on a
fresh server, as a person would: open the app, take a few seconds to type a company (the
snapshot is built in the background meanwhile), and time the search.

    python -m bench.app [--people 30000] [--queries 5] [--typing 5]
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path
from urllib.parse import quote

import numpy as np
from playwright.sync_api import Page, sync_playwright

from bench.paths import TODAY, make_graph
from graph.model import SOURCES, Company, GraphData, Job, Knows, Person
from graph.sqlite_store import SqliteStore
from tests.browser import CHROMIUM, CHROMIUM_ARGS, streamlit_server


def build_store(path: Path, people: int) -> list[str]:
    """The synthetic network with 20 companies of 50 people; returns the company names."""
    _, table = make_graph(people, seed=7)
    rng = np.random.default_rng(8)
    names = [f"Entreprise {k}" for k in range(20)]
    jobs = [Job(table.people[int(p)], f"c:{k}", "Chargée de communication")
            for k in range(20) for p in rng.choice(people, 50, replace=False)]
    store = SqliteStore(path)
    store.save(GraphData(
        members=[table.people[0]], people=[Person(p, p) for p in table.people],
        companies=[Company(f"c:{k}", name) for k, name in enumerate(names)], jobs=jobs,
        knows=[Knows(table.people[a], table.people[b], int(c) or None, None,
                     None if d < 0 else str(np.datetime64(TODAY) - int(d)), int(i), "",
                     SOURCES[s]) for a, b, c, s, d, i in zip(
            table.a, table.b, table.closeness, table.source, table.days, table.interactions,
            strict=True)]))
    store.close()
    return names


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--people", type=int, default=30_000)
    parser.add_argument("--queries", type=int, default=5)
    parser.add_argument("--typing", type=float, default=5.0,
                        help="Seconds between opening the app and searching.")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "carnet.db"
        start = time.perf_counter()
        companies = build_store(db, args.people)
        print(f"store of {args.people:,} people built in {time.perf_counter() - start:.1f} s")
        with streamlit_server(db) as url, sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            page = browser.new_page()
            times = [search(page, url, companies[n % len(companies)])
                     for n in range(args.queries + 1)]
            for n, seconds in enumerate(times):
                print(f"{'cold' if n == 0 else 'warm'} query {n}: {seconds:.2f} s")
            browser.close()
        warm = times[1:]
        print(f"first (snapshot built): {times[0]:.2f} s; then median {statistics.median(warm):.2f}"
              f" s, max {max(warm):.2f} s (page load to first card, in Chromium)")
        with streamlit_server(db) as url, sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            page = browser.new_page()
            page.goto(f"{url}/?lang=en")
            page.get_by_text("Who can introduce you?").wait_for(timeout=120_000)
            time.sleep(args.typing)
            seconds = search(page, url, companies[0])
            browser.close()
        print(f"fresh server, app opened {args.typing:.0f} s before the first search: "
              f"{seconds:.2f} s to the first card")


def search(page: Page, url: str, company: str) -> float:
    """Seconds from asking for the company's paths to the first introducer's card."""
    start = time.perf_counter()
    page.goto(f"{url}/?company={quote(company)}&lang=en")
    page.get_by_text("introducer(s) to").wait_for(timeout=120_000)
    page.get_by_text("path warmth").first.wait_for(timeout=120_000)
    return time.perf_counter() - start


if __name__ == "__main__":
    main()
