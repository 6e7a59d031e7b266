"""What the Explore page shows: who knows whom around the members (or around one person) as a
picture a person can read, and a table; and one person's whole story (ties, jobs, referrals,
intro requests)."""

from __future__ import annotations

import math
import threading
import weakref
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

import networkx as nx

from graph.core.model import IntroRequest, Job, Knows, Person, Referral, current_jobs, fold
from graph.core.names import name_key, named_at
from graph.core.scoring import TrackRecord, track_records
from graph.core.snapshot import Snapshot
from graph.core.statuses import tag_key
from graph.stores.port import GraphStore

PICTURE_PEOPLE = 120   # past this, a picture stops being read in five seconds: filter instead
GROUPS = 7             # coloured groups in the legend; the smaller ones share "others"
R1, R2, ROW = 250.0, 480.0, 70.0  # radii of the contacts' ring, the next ring, and its rows
LABELLED = 24         # up to this many contacts, all their names are written
LABEL_PX = 6.0         # the width of a character of a label, to know whether it fits
CONTACT_ROOM = 150.0   # arc length a contact's name needs: closer, their rows are staggered
FONT = {"member": 28, "contact": 22, "person": 14}  # label sizes, read at a glance
CHAR_W, LINE_H = 0.6, 1.4  # a label's character width and line height, in font sizes


@dataclass(frozen=True)
class Directory:
    """Names, tags and current jobs of everyone, read in one go and kept per graph version."""
    version: int
    names: dict[str, str]
    tags: dict[str, tuple[str, ...]]
    jobs: dict[str, Job]            # the current job shown (``current_jobs``)
    companies: dict[str, str]       # company id → name
    aliases: dict[str, tuple[str, ...]] = field(default_factory=dict)  # those who have some


_directories: weakref.WeakKeyDictionary[object, Directory] = weakref.WeakKeyDictionary()
_lock = threading.Lock()


def directory(store: GraphStore) -> Directory:
    """The store's people and companies, re-read only when its ``graph_version`` moves."""
    with _lock:
        found = _directories.get(store)
        version = store.graph_version()
        if found is None or found.version != version:
            data = store.dump(ties=False)
            jobs = current_jobs(data.jobs)
            companies = {c.id: c.name for c in data.companies}
            found = Directory(version, told_apart(data.people, jobs, companies),
                              {p.id: p.tags for p in data.people}, jobs, companies,
                              {p.id: p.aliases for p in data.people if p.aliases})
            _directories[store] = found
        return found


def told_apart(people: list[Person], jobs: dict[str, Job], companies: dict[str, str]
               ) -> dict[str, str]:
    """Everyone's name, and for two people of one name, where each works now: "Jean Dupont
    (Calanques Digital)", as Warm paths names them (one with no job keeps the bare name)."""
    shared = Counter(name_key(p.name) for p in people)
    return {p.id: named_at(p.name, companies[jobs[p.id].company])
            if shared[name_key(p.name)] > 1 and p.id in jobs and jobs[p.id].company in companies
            else p.name for p in people}


def company_choices(store: GraphStore) -> dict[str, str]:
    """Every company, id → name, by name (for a filter: all of them, however many, from
    the cached directory rather than a search with a limit)."""
    companies = directory(store).companies
    return {cid: companies[cid]
            for cid in sorted(companies, key=lambda cid: (fold(companies[cid]), cid))}


@dataclass(frozen=True)
class Group:
    kind: str     # "circle" (named after its best-connected contact), "company", "others"
    name: str     # that contact's or company's name ("" for others)
    colour: str
    size: int


@dataclass
class CircleView:
    """Someone's circle (the members', or one person's): the picture's graph, with positions,
    its legend, and a table of everyone in the circle (drawn or not)."""
    graph: nx.Graph
    groups: list[Group]
    rows: list[dict[str, Any]]
    centre: list[str]
    in_circle: int    # people in the circle passing the filters (the centre excluded)
    drawn: int        # … of whom drawn (the closest ties first)


PALETTE = ("#1f77b4", "#2ca02c", "#ff7f0e", "#9467bd", "#17becf", "#8c564b", "#e377c2")
OTHERS = "#a0a0a0"
CENTRE = "#c0392b"


def circle(store: GraphStore, snap: Snapshot, *, focus: str | None = None, hops: int = 2,
           min_closeness: int = 0, company: str | None = None, tag: str | None = None,
           group_by: str = "circle", limit: int = PICTURE_PEOPLE) -> CircleView:
    """Who knows whom around the members (or around ``focus``): their contacts, and with
    ``hops=2`` the contacts' contacts, grouped (communities found by networkx, or companies),
    laid out the same way for the same data: the centre in the middle, each group in its own
    sector, contacts on the inner ring and their contacts outside. ``tag`` keeps those who
    bear it, as tags match (``tag_key``: case and accents aside, a work status by any of its
    spellings: "retired" finds « Retraité(e) »)."""
    people = directory(store)
    focus_node = snap.node(focus) if focus else None
    centre = [focus_node] if focus_node is not None else list(snap.members)
    mine = {t.other(p): t for c in centre for p in [snap.people[c]] for t in store.ties_of(p)}
    ring1 = {v: s for v, s in _neighbours(snap, centre).items() if v not in centre
             and ((mine[snap.people[v]].closeness or 0) if snap.people[v] in mine else 0)
             >= min_closeness}
    ring2, reached_by = _second_ring(snap, set(centre), ring1) if hops >= 2 else ({}, {})

    wanted = tag_key(tag) if tag is not None else None  # (« retraité » finds « Retraité(e) »)

    def passes(node: int) -> bool:
        pid = snap.people[node]
        job = people.jobs.get(pid)
        return ((company is None or (job is not None and job.company == company))
                and (wanted is None or any(tag_key(t) == wanted
                                           for t in people.tags.get(pid, ()))))

    matching = [v for v in (*ring1, *ring2) if passes(v)]
    if company is not None or tag is not None:  # keep the contacts who lead to a match
        leads = {c for v in matching if v in ring2 for c in reached_by[v]}
        keep1 = {v for v in ring1 if v in leads or passes(v)}
        keep2 = {v for v in ring2 if passes(v)}
    else:
        keep1, keep2 = set(ring1), set(ring2)
    # Draw the closest first: all contacts (as many as fit), then their contacts.
    first = sorted(keep1, key=lambda v: (-ring1[v], snap.people[v]))[:limit]
    room = max(limit - len(first), 0)
    shown = set(first)
    second = sorted((v for v in keep2 if ring2[v][1] in shown),
                    key=lambda v: (-ring2[v][0], snap.people[v]))[:room]
    graph, groups = _picture(snap, people, centre, ring1, first, second, ring2, group_by)
    rows = [_row(snap, people, mine, ring1, ring2, node, node in graph)
            for node in sorted({*keep1, *keep2}, key=lambda v: (
                v not in ring1, people.names.get(snap.people[v], "")))]
    return CircleView(graph, groups, rows, [snap.people[c] for c in centre],
                      len(keep1) + len(keep2), len(first) + len(second))


def _second_ring(snap: Snapshot, inner: set[int], ring1: dict[int, float],
                 ) -> tuple[dict[int, tuple[float, int]], dict[int, set[int]]]:
    """The contacts' contacts: node → (warmth of the warmest way there, through whom), and
    node → every contact who knows them. The warmest way is the tie to the contact times the
    contact's tie on, as a path is scored (the warmest tie in alone sent someone "through" a
    contact not seen for years when Warm paths named another)."""
    ring2: dict[int, tuple[float, int]] = {}
    reached_by: dict[int, set[int]] = {}
    for contact in sorted(ring1):
        for v, s in _neighbours(snap, [contact]).items():
            if v in inner or v in ring1:
                continue
            reached_by.setdefault(v, set()).add(contact)
            if s * ring1[contact] > ring2.get(v, (0.0, 0))[0]:
                ring2[v] = (s * ring1[contact], contact)
    return ring2, reached_by


def _picture(snap: Snapshot, people: Directory, centre: list[int], ring1: dict[int, float],
             first: list[int], second: list[int], ring2: dict[int, tuple[float, int]],
             group_by: str) -> tuple[nx.Graph, list[Group]]:
    """The drawn people and their ties, grouped, styled and laid out."""
    drawn = [*sorted(centre), *first, *second]
    graph = nx.Graph()
    graph.add_nodes_from(drawn)
    inside = set(drawn)
    for u in drawn:
        for v, s in _neighbours(snap, [u]).items():
            if v in inside and u < v:
                graph.add_edge(u, v, strength=s)
    groups, group_of = _groups(graph, first, second, ring2, people, snap, group_by)
    # Drawn: the ties of the centre and of its contacts (who knows whom around me); the
    # ties between their contacts would only tangle the picture (they show on focus).
    outer = set(second)
    graph.remove_edges_from([(u, v) for u, v in graph.edges if u in outer and v in outer])
    for node in drawn:
        pid = snap.people[node]
        job = people.jobs.get(pid)
        kind = "member" if node in centre else "contact" if node in ring1 else "person"
        g = group_of.get(node)
        graph.nodes[node].update(
            id=pid, label=people.names.get(pid, pid), kind=kind,
            job=(job.title, people.companies.get(job.company, "")) if job else None,
            colour=CENTRE if g is None else groups[g].colour,
            size=24 if kind == "member" else 14 if kind == "contact" else 7,
            font=FONT[kind])
    _lay_out(graph, centre, first, second, ring2, group_of, len(groups))
    _unstack_labels(graph, [*sorted(centre), *first])
    return graph, groups


def _row(snap: Snapshot, people: Directory, mine: dict[str, Knows], ring1: dict[int, float],
         ring2: dict[int, tuple[float, int]], node: int, drawn: bool) -> dict[str, Any]:
    """One person in the circle's table."""
    pid = snap.people[node]
    job = people.jobs.get(pid)
    tie = mine.get(pid)
    return {"id": pid, "name": people.names.get(pid, pid),
            "company": people.companies.get(job.company, "") if job else "",
            "title": job.title if job else "", "tags": ", ".join(people.tags.get(pid, ())),
            "closeness": tie.closeness if tie else None,
            "last_contact": tie.last_contact if tie else None,
            "via": "" if node in ring1 else people.names.get(snap.people[ring2[node][1]], ""),
            "drawn": drawn}


def _neighbours(snap: Snapshot, nodes: list[int]) -> dict[int, float]:
    """Everyone tied to one of ``nodes``, with the strongest tie's strength."""
    found: dict[int, float] = {}
    for node in nodes:
        start, end = snap.indptr[node], snap.indptr[node + 1]
        for v, cost in zip(snap.indices[start:end].tolist(), snap.cost[start:end].tolist(),
                           strict=True):
            strength = math.exp(-cost)
            if strength > found.get(v, 0.0):
                found[v] = strength
    return found


def _groups(graph: nx.Graph, first: list[int], second: list[int],
            ring2: dict[int, tuple[float, int]], people: Directory, snap: Snapshot,
            group_by: str) -> tuple[list[Group], dict[int, int]]:
    """Groups of the drawn people (the centre in none), biggest first, the last ones merged
    into "others"; and each person's group. Circles are communities of the contacts (found
    with everyone drawn, seeded: same data, same groups); a contact's contacts join theirs."""
    around = [*first, *second]
    if group_by == "company":
        by_key: dict[str, list[int]] = {}
        for v in around:
            job = people.jobs.get(snap.people[v])
            by_key.setdefault(job.company if job else "", []).append(v)
        parts = [(people.companies.get(k, ""), members) for k, members in by_key.items() if k]
        loose = by_key.get("", [])
    else:  # communities of the circle without its centre (seeded: same data, same groups)
        sub = graph.subgraph(around)
        found = nx.community.louvain_communities(sub, weight="strength", seed=0) if around else []
        contacts = set(first)
        circles = [sorted(v for v in c if v in contacts) for c in found]
        circle_of = {v: n for n, c in enumerate(circles) for v in c}
        for v in second:
            circles[circle_of[ring2[v][1]]].append(v)
        parts = [(_hub(sub, c, contacts, people, snap), c) for c in circles if c]
        loose = []
    parts.sort(key=lambda part: (-len(part[1]), part[0]))
    named = parts[:GROUPS - 1] if len(parts) > GROUPS else parts
    rest = [v for _, members in parts[len(named):] for v in members] + loose
    groups = [Group(group_by, name, PALETTE[n], len(members))
              for n, (name, members) in enumerate(named)]
    group_of = {v: n for n, (_, members) in enumerate(named) for v in members}
    if rest:
        group_of.update(dict.fromkeys(rest, len(groups)))
        groups.append(Group("others", "", OTHERS, len(rest)))
    return groups, group_of


def _hub(sub: nx.Graph, nodes: list[int], contacts: set[int], people: Directory,
         snap: Snapshot) -> str:
    """A community's name: its best-connected contact of the centre (else anyone)."""
    best = min(nodes, key=lambda v: (v not in contacts, -sub.degree(v), snap.people[v]))
    return people.names.get(snap.people[best], "")


def _lay_out(graph: nx.Graph, centre: list[int], first: list[int], second: list[int],
             ring2: dict[int, tuple[float, int]], group_of: dict[int, int],
             groups: int) -> None:
    """Positions (``x``, ``y``) and whether each label fits (``show_label``): one sector per
    group, sized by its people; contacts on the inner ring, their contacts outside, near
    whoever they are tied to through; rows added outside when a ring is crowded."""
    for n, node in enumerate(centre):  # several members: side by side in the middle
        graph.nodes[node].update(x=(n - (len(centre) - 1) / 2) * 120.0, y=0.0, show_label=True)
    # Each contact weighs as much as the average contact's people, so that a group of
    # contacts who bring few others still has room for their names.
    share = max(1.0, len(second) / max(len(first), 1))
    weights = [share * sum(1 for v in first if group_of[v] == g) + sum(
        1 for v in second if group_of[v] == g) for g in range(groups)]
    total = sum(weights) or 1.0
    angle = -math.pi / 2
    position1: dict[int, float] = {}
    for g in range(groups):
        span = 2 * math.pi * weights[g] / total
        ones = sorted((v for v in first if group_of[v] == g), key=lambda v: -graph.degree(v))
        _arc(graph, ones, angle, span, R1, position1, spacing=CONTACT_ROOM,
             always=len(first) <= LABELLED)
        twos = sorted((v for v in second if group_of[v] == g),
                      key=lambda v: (position1.get(ring2[v][1], angle), v))
        # (their contacts: named on hover only, as the legend says. Written where a sector
        # had room, small, they set the smallest name the picture stretched itself to make
        # readable: an ellipse, where the contacts' names ran into each other)
        _arc(graph, twos, angle, span, R2, {}, labels=False)
        angle += span


def label_box(data: dict[str, Any]) -> tuple[float, float, float, float]:
    """The box a node's name takes, drawn under its dot: (left, top, right, bottom)."""
    font = float(data.get("font", 14))
    half = CHAR_W * font * len(str(data.get("label", ""))) / 2
    top = float(data["y"]) + float(data.get("size", 10))
    return float(data["x"]) - half, top, float(data["x"]) + half, top + LINE_H * font


def dot_box(data: dict[str, Any]) -> tuple[float, float, float, float]:
    """The box a node's dot takes: (left, top, right, bottom)."""
    x, y, size = float(data["x"]), float(data["y"]), float(data.get("size", 10))
    return x - size, y - size, x + size, y + size


MOVES = (0.0, 1.0, -0.5, 2.0, 3.0, -1.0)  # rows along a contact's ray, tried in this order


def _unstack_labels(graph: nx.Graph, nodes: list[int], tries: int = 5) -> None:
    """Names that would overlap a name already placed (neighbours from two groups, or on
    rows too close) or someone's dot (a name drawn over a dot hides it, and reads as the
    wrong person's) move outward along their ray, a row at a time, in a fixed order."""
    placed: list[tuple[float, float, float, float]] = []
    for node in nodes:
        data = graph.nodes[node]
        if not data.get("show_label"):
            continue
        x, y = data["x"], data["y"]
        r = math.hypot(x, y) or 1.0
        others = [dot_box(other) for n, other in graph.nodes(data=True) if n != node]
        # Where it is, else a row out, else half a row in, …: the first place free of names
        # and dots, else the first free of names (two names overlapping is worse), else here.
        for obstacles in (placed + others, placed):
            for rows in MOVES[:tries + 1]:
                data.update(x=x * (r + rows * ROW) / r, y=y * (r + rows * ROW) / r)
                box = label_box(data)
                if not any(box[0] < b[2] and b[0] < box[2] and box[1] < b[3] and b[1] < box[3]
                           for b in obstacles):
                    break
            else:
                continue
            break
        else:
            data.update(x=x, y=y)
        placed.append(label_box(data))


def _arc(graph: nx.Graph, nodes: list[int], start: float, span: float, radius: float,
         angles: dict[int, float], spacing: float = 30.0, always: bool = False,
         labels: bool = True) -> None:
    """``nodes`` spread evenly over an arc, in as many rows as it takes for ``spacing`` each
    (rows alternate, so neighbours' labels are staggered); named where their names fit (or
    ``always``), unless not ``labels``."""
    if not nodes:
        return
    rows = min(3, max(1, math.ceil(len(nodes) * spacing / max(span * radius, 1.0))))
    step = span / len(nodes)
    for n, node in enumerate(nodes):
        a = start + step * (n + 0.5)
        r = radius + ROW * (n % rows)
        angles[node] = a
        room = step * r * rows  # the arc's length per label on this row
        label = len(str(graph.nodes[node].get("label", ""))) or 12
        graph.nodes[node].update(x=r * math.cos(a), y=r * math.sin(a),
                                 show_label=labels and (
                                     always or room >= LABEL_PX * max(label, 14)))


@dataclass
class PersonCard:
    person: Person
    jobs: list[tuple[Job, str]]                       # job, company name
    ties: list[tuple[Knows, Person]]                  # tie, the other person
    referrals_given: list[Referral] = field(default_factory=list)
    referrals_received: list[Referral] = field(default_factory=list)
    intros: list[IntroRequest] = field(default_factory=list)
    record: TrackRecord | None = None


def person_card(store: GraphStore, person_id: str) -> PersonCard:
    person = store.get_person(person_id)
    intros = store.intros()
    return PersonCard(
        person=person,
        jobs=[(j, store.get_company(j.company).name) for j in store.jobs_of(person_id)],
        ties=sorted(((t, store.get_person(t.other(person_id))) for t in store.ties_of(person_id)),
                    key=lambda pair: (-(pair[0].closeness or 0), pair[1].name)),
        referrals_given=[r for r in store.referrals() if r.referrer == person_id],
        referrals_received=[r for r in store.referrals() if r.referee == person_id],
        intros=[i for i in intros if person_id in (i.introducer, i.target, i.requester)],
        record=track_records(intros, store.events()).get(person_id),
    )
