"""How long the warm paths page takes in a real browser on a 30,000-person network.

Loads a synthetic network (as ``bench/paths.py`` makes them) into a SQLite store, starts the
app on it, and times, in Chromium, from asking for ``/?company=…`` to the first introducer's
card on screen: first with a cold snapshot (built by that request), then warm. Then, on a
fresh server, as a person would: open the app, take a few seconds to type a company (the
snapshot is built in the background meanwhile), and time the search.

``--against DIR`` (another checkout, e.g. ``git archive main | tar -x -C DIR``) runs the same
on that one, side by side.

``--explore``: Explore's page to picture (and to its table), at the demo's size and on a
synthetic notebook of ``--people`` people, for each checkout.

    python -m bench.app [--people 30000] [--queries 5] [--typing 5] [--against DIR]
    python -m bench.app --explore --people 5000 [--against /tmp/carnet-main] [--runs 3]
"""

from __future__ import annotations

import argparse
import re
import statistics
import tempfile
import time
from pathlib import Path
from urllib.parse import quote

import numpy as np
from playwright.sync_api import Page, sync_playwright

from bench.paths import TODAY, make_graph
from graph.core.model import SOURCES, Company, GraphData, Job, Knows, Person
from graph.services.demo import load_demo
from graph.stores.sqlite_store import SqliteStore
from tests.browser import CHROMIUM, CHROMIUM_ARGS, ROOT, streamlit_server


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
    parser.add_argument("--explore", action="store_true",
                        help="Time Explore's page to picture instead (demo, then --people).")
    parser.add_argument("--against", type=Path, help="Another checkout to compare with.")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    if args.explore:
        explore_bench(args.people, args.against, args.runs)
        return
    warm_bench(args.people, args.queries, args.typing, args.against)


def warm_bench(people: int, queries: int, typing: float, against: Path | None) -> None:
    """Warm paths in Chromium, for this checkout and (``--against``) another, side by side."""
    roots = [("this checkout", ROOT)] + ([("--against", against)] if against else [])
    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "carnet.db"
        start = time.perf_counter()
        companies = build_store(db, people)
        print(f"store of {people:,} people built in {time.perf_counter() - start:.1f} s")
        print(f"{'app':<16}{'cold':>8}{'warm':>8}{'max':>8}{'Enter':>8}{'max':>8}{'page':>8}"
              f"{'fresh':>8}")
        for name, root in roots:
            with streamlit_server(db, root=root) as url, sync_playwright() as playwright:
                browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
                page = browser.new_page()
                times = [search(page, url, companies[n % len(companies)])
                         for n in range(queries + 1)]
                entered = [enter(page, url, companies[(n + 1) % len(companies)])
                           for n in range(queries)]
                browser.close()
            with streamlit_server(db, root=root) as url, sync_playwright() as playwright:
                browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
                page = browser.new_page()
                page.goto(f"{url}/?lang=en")
                page.get_by_text("Who can introduce you?").wait_for(timeout=120_000)
                time.sleep(typing)
                fresh = search(page, url, companies[0])
                browser.close()
            warm = times[1:]
            print(f"{name:<16}{times[0]:>7.2f}s{statistics.median(warm):>7.2f}s"
                  f"{max(warm):>7.2f}s{statistics.median(e for e, _ in entered):>7.2f}s"
                  f"{max(e for e, _ in entered):>7.2f}s"
                  f"{statistics.median(p for _, p in entered):>7.2f}s{fresh:>7.2f}s")
        print("seconds in Chromium: cold = page load to the first card with the snapshot built "
              f"by that request; warm = the same, median of {queries}; Enter = Enter in the "
              "company box to the first card (median; page = the same, timed in the page from "
              "the key's event to the card's text); fresh = a new server, the app opened "
              f"{typing:.0f} s before the first search")


def search(page: Page, url: str, company: str) -> float:
    """Seconds from asking for the company's paths to the first introducer's card."""
    start = time.perf_counter()
    page.goto(f"{url}/?company={quote(company)}&lang=en")
    page.get_by_text(re.compile(r"ways? in to")).first.wait_for(timeout=120_000)
    page.get_by_text("path warmth").first.wait_for(timeout=120_000)
    return time.perf_counter() - start


# In the page: from the Enter key's event to the first "path warmth" in the page's text, as
# the page itself times it (Playwright's wait for the same text adds its own polling).
_SHOWN = """() => new Promise(done => {
  let entered = null;
  document.addEventListener("keydown", e => { if (e.key === "Enter") entered = performance.now(); },
                            {capture: true, once: true});
  new MutationObserver((_, observer) => {
    if (entered !== null && document.body.innerText.includes("path warmth")) {
      observer.disconnect();
      done((performance.now() - entered) / 1000);
    }
  }).observe(document.body, {childList: true, subtree: true, characterData: true});
})"""


def enter(page: Page, url: str, company: str) -> tuple[float, float]:
    """Seconds from Enter in the company box (the page open, the name typed) to the first
    introducer's card: as Playwright sees it, and as the page times it."""
    page.goto(f"{url}/?lang=en")
    box = page.get_by_role("textbox", name="Company")
    box.wait_for(timeout=120_000)
    box.fill(company)
    page.evaluate(f"() => {{ window.__shown = ({_SHOWN})(); }}")  # (not awaited here)
    start = time.perf_counter()
    box.press("Enter")
    page.get_by_text("path warmth").first.wait_for(timeout=120_000)
    seen = time.perf_counter() - start
    return seen, float(page.evaluate("window.__shown"))


def explore_bench(people: int, against: Path | None, runs: int) -> None:
    """Median seconds from asking for /explore to the picture drawn, and to the table, for
    each notebook and each checkout (the first, cold load is printed apart)."""
    roots = [("this checkout", ROOT)] + ([("--against", against)] if against else [])
    with tempfile.TemporaryDirectory() as folder:
        demo_db, big_db = Path(folder) / "demo.db", Path(folder) / "big.db"
        store = SqliteStore(demo_db)
        load_demo(store, "fr")
        store.close()
        build_store(big_db, people)
        print(f"{'notebook':<22}{'app':<16}{'cold picture':>14}{'picture':>10}{'table':>10}")
        for label, db in (("demo (149 people)", demo_db), (f"{people:,} people", big_db)):
            for name, root in roots:
                with streamlit_server(db, root=root) as url, sync_playwright() as playwright:
                    browser = playwright.chromium.launch(executable_path=CHROMIUM,
                                                         args=CHROMIUM_ARGS)
                    page = browser.new_page(viewport={"width": 1400, "height": 1000})
                    times = [explore_once(page, url) for _ in range(runs + 1)]
                    browser.close()
                picture = statistics.median(t[0] for t in times[1:])
                table = statistics.median(t[1] for t in times[1:])
                print(f"{label:<22}{name:<16}{times[0][0]:>12.2f} s{picture:>8.2f} s"
                      f"{table:>8.2f} s")


def explore_once(page: Page, url: str) -> tuple[float, float]:
    """Seconds from asking for Explore to its picture drawn (vis-network done laying out),
    and to its table on screen."""
    start = time.perf_counter()
    page.goto(f"{url}/explore?lang=fr")
    picture = table = 0.0
    deadline = start + 180
    while not (picture and table) and time.perf_counter() < deadline:
        if not picture and any(_drawn(frame) for frame in page.frames[1:]):
            picture = time.perf_counter() - start
        if not table and page.get_by_test_id("stDataFrame").count():
            table = time.perf_counter() - start
        page.wait_for_timeout(20)
    return picture, table


def _drawn(frame: object) -> bool:
    try:
        return bool(frame.evaluate(  # type: ignore[attr-defined]
            "() => typeof network !== 'undefined' && network.body !== undefined &&"
            " (!network.physics.physicsEnabled || network.physics.stabilized)"))
    except Exception:  # a frame being replaced by the next run of the page
        return False


if __name__ == "__main__":
    main()
