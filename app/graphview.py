"""Pictures of the network with pyvis, made safe and offline.

User text reaches the page only as data: pyvis embeds nodes and edges with Jinja's ``tojson``
(``< > & '`` become unicode escapes, so nothing closes the script), vis-network draws labels on
a canvas and sets tooltips with ``innerText``. Only pyvis's own link mode would put a tooltip
into ``innerHTML``, and it turns on when a node's title contains "href": ``safe`` breaks that
word up. Nothing of the user's goes into ``heading`` (never escaped). vis-network is
inlined and pyvis's leftover CDN links are stripped, so the picture works offline. Past
``PHYSICS_LIMIT`` nodes the layout is computed once by networkx and physics is off; past
``MAX_NODES`` the nodes furthest from the members are left out (the caller says so).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import networkx as nx
from pyvis.network import Network

MAX_NODES = 400
PHYSICS_LIMIT = 150
STABILIZATION_STEPS = 250  # vis's default 1000 keeps a 150-node picture loading for seconds
COLOURS = {"member": "#c0392b", "contact": "#2e86c1", "person": "#85c1e9",
           "company": "#e67e22", "target": "#27ae60"}
_EXTERNAL = re.compile(r"<link\b[^>]*>|<script\b[^>]*\bsrc=[^>]*>\s*</script>", re.IGNORECASE)
_HREF = re.compile("href", re.IGNORECASE)


def safe(text: str) -> str:
    """User text for a vis-network label or tooltip, shown as typed ("Ernst & Young", not
    "Ernst &amp; Young"), with no "href" for pyvis to see."""
    return _HREF.sub(lambda m: m.group(0)[:2] + "\u200b" + m.group(0)[2:], text)


@dataclass(frozen=True)
class Picture:
    html: str
    shown: int
    left_out: int


def picture(graph: nx.Graph, height: int = 600) -> Picture:
    """``graph`` nodes carry ``label``, ``title``, ``kind`` (a key of COLOURS), ``size`` and
    ``order`` (lower is closer to the members); edges may carry ``strength`` and ``title``."""
    ordered = sorted(graph.nodes, key=lambda n: graph.nodes[n].get("order", 0))
    kept = graph.subgraph(ordered[:MAX_NODES])
    net = Network(height=f"{height}px", width="100%", cdn_resources="in_line")
    frozen = len(kept) > PHYSICS_LIMIT
    positions = nx.spring_layout(kept, seed=7, scale=1000) if frozen else {}
    index = {node: n for n, node in enumerate(kept.nodes)}
    for node, data in kept.nodes(data=True):
        extra = {}
        if frozen:
            x, y = positions[node]
            extra = {"x": float(x), "y": float(y), "physics": False}
        net.add_node(index[node], label=safe(data.get("label", "")),
                     title=safe(data.get("title", "")),
                     color=COLOURS.get(data.get("kind", "person"), COLOURS["person"]),
                     size=float(data.get("size", 10)), **extra)
    for u, v, data in kept.edges(data=True):
        net.add_edge(index[u], index[v], value=float(data.get("strength", 0.5)),
                     title=safe(data.get("title", "")))
    net.toggle_physics(not frozen)
    net.options.physics.stabilization.iterations = STABILIZATION_STEPS
    page = _EXTERNAL.sub("", net.generate_html())
    return Picture(page, len(kept), len(graph) - len(kept))
