"""Pictures of the network with pyvis, made safe and offline.

User text reaches the page only as data: pyvis embeds nodes and edges with Jinja's ``tojson``
(``< > & '`` become unicode escapes, so nothing closes the script), vis-network draws labels on
a canvas and sets tooltips with ``innerText``. Only pyvis's own link mode would put a tooltip
into ``innerHTML``, and it turns on when a node's title contains "href": ``safe`` breaks that
word up. Nothing of the user's goes into ``heading`` (never escaped). vis-network is
inlined and pyvis's leftover CDN links are stripped, so the picture works offline. Physics is
always off: positions come from the caller (or a seeded networkx layout), so the picture is
stable and drawn at once; past ``MAX_NODES`` the nodes furthest from the members are left out
(the caller says so).
"""

from __future__ import annotations

import html
import itertools
import json
import re
from dataclasses import dataclass
from functools import cache
from typing import Any

import networkx as nx
from pyvis.network import Network

MAX_NODES = 400
COLOURS = {"member": "#c0392b", "contact": "#2e86c1", "person": "#85c1e9",
           "company": "#e67e22", "target": "#27ae60"}
EDGE_COLOUR = {"color": "rgba(90, 90, 90, 0.35)", "highlight": "#c0392b", "hover": "#555555"}
_EXTERNAL = re.compile(r"<link\b[^>]*>|<script\b[^>]*\bsrc=[^>]*>\s*</script>", re.IGNORECASE)
_HREF = re.compile("href", re.IGNORECASE)
LABEL_BACKGROUND = "rgba(255, 255, 255, 0.9)"  # a tie passing under a name stops at it
# pyvis's page has a body margin and an empty heading above the frame, and a border outside
# its height: the frame overran the iframe and lost its bottom edge. The frame is the page.
_FRAME = """<style>
html, body { margin: 0; padding: 0; overflow: hidden; }
center { display: none; }
#mynetwork { box-sizing: border-box; float: none; }
</style>
</head>"""
# A click on a person opens the page again centred on them (``?focus=<id>``). Streamlit's
# iframe may navigate the top window on a user's click; ids reach the script only as data.
# vis-network fits the dots, not their labels: once drawn, fit the box of the dots and their
# labels (as vis measured them), so no label is cut at the frame's edge. The frame is as tall as
# the picture needs at the width the browser gives it (within the height asked for): on a phone
# a round picture is as tall as it is wide, not a square lost in a tall empty frame. And when
# fitting makes the names smaller than MIN_FONT px on screen (a phone), they grow, on two lines
# (the ties were laid out for names of their size), until the smallest one reads at MIN_FONT.
# The iframe is set to that height from inside (Streamlit's iframe is same-origin): with
# ``height="content"`` Streamlit measures the page at least as tall as the iframe already is,
# so a picture could grow but never shrink to its height.
_FIT_LABELS = """<script>
var MIN_FONT = 12, MAX_HEIGHT = __HEIGHT__, MIN_HEIGHT = Math.min(MAX_HEIGHT, 200);
var asDrawn = {}, smallest = Infinity, laidOut = network.getPositions();
network.body.data.nodes.forEach(function (node) {
  asDrawn[node.id] = {label: node.label, font: node.font};
  if (String(node.label || "").trim() && node.font) {
    smallest = Math.min(smallest, node.font.size);
  }
});
function twoLines(label) {  // at the space nearest the middle
  if (label.length < 13) { return label; }
  var best = -1;
  for (var i = 0; i < label.length; i++) {
    if (label[i] === " " && (best < 0 || Math.abs(i - label.length / 2)
                                          < Math.abs(best - label.length / 2))) { best = i; }
  }
  return best < 0 ? label : label.slice(0, best) + "\\n" + label.slice(best + 1);
}
function grown(by) {  // the names, as drawn times ``by``; the rows as far apart (their room)
  var changes = [];
  Object.keys(laidOut).forEach(function (id) {
    network.moveNode(id, laidOut[id].x, laidOut[id].y * by);
  });
  network.body.data.nodes.forEach(function (node) {
    var was = asDrawn[node.id];
    if (!String(was.label || "").trim() || !was.font) { return; }
    changes.push({id: node.id, label: by > 1 ? twoLines(String(was.label)) : was.label,
                  font: Object.assign({}, was.font, {size: was.font.size * by})});
  });
  network.body.data.nodes.update(changes);
  network.redraw();
}
function drawnBox() {
  var box = {left: Infinity, right: -Infinity, top: Infinity, bottom: -Infinity};
  network.body.data.nodes.getIds().forEach(function (id) {
    var b = network.getBoundingBox(id);
    var node = network.body.nodes[id];
    var label = node.labelModule.size, half = label.width / 2 + 4;
    box.left = Math.min(box.left, b.left, node.x - half);
    box.right = Math.max(box.right, b.right, node.x + half);
    box.top = Math.min(box.top, b.top);
    box.bottom = Math.max(box.bottom, b.bottom, label.height ? label.top + label.height + 4
                                                              : -Infinity);
  });
  return box;
}
function fitWithRoom() {
  var frame = document.getElementById("mynetwork");
  var by = 1, box, scale;
  for (var pass = 0; pass < 6; pass++) {
    grown(by);
    box = drawnBox();
    if (!isFinite(box.left)) { return; }
    var wide = Math.max(box.right - box.left, 1), tall = Math.max(box.bottom - box.top, 1);
    var height = Math.round(Math.min(MAX_HEIGHT,
                                     Math.max(MIN_HEIGHT, frame.clientWidth * tall / wide)));
    frame.style.height = height + "px";
    try {  // (the iframe Streamlit made, of the height asked for: same origin, see above)
      var iframe = window.frameElement, holder = iframe && iframe.parentElement;
      if (iframe) { iframe.style.height = height + "px"; }
      // and the box Streamlit put it in, as tall as asked too (its height and its flex
      // basis): else an empty band, up to the height asked, lay under a shorter picture
      if (holder && holder.getAttribute("data-testid") === "stElementContainer") {
        holder.style.height = height + "px";
        holder.style.flex = "0 0 " + height + "px";
      }
    } catch (e) { /* another origin: the picture keeps its room */ }
    network.setSize("100%", "100%");
    scale = Math.min(0.95 * Math.min(frame.clientWidth / wide, height / tall), 1.5);
    var read = smallest * by * scale;
    if (!isFinite(read) || read >= MIN_FONT - 0.5 || by >= 4) { break; }
    by = Math.min(4, by * MIN_FONT / read);
  }
  network.moveTo({position: {x: (box.left + box.right) / 2, y: (box.top + box.bottom) / 2},
                  scale: scale, animation: false});
  document.body.dataset.fitted = String(scale);  // (for the tests: fitted, at that scale)
}
setTimeout(fitWithRoom, 0);  // (the first drawing is already done: physics is off)
var lastWidth = window.innerWidth;
window.addEventListener("resize", function () {  // (a new width, not the height it set)
  if (window.innerWidth === lastWidth) { return; }
  lastWidth = window.innerWidth;
  setTimeout(fitWithRoom, 0);
});
</script>
</body>"""
_FOCUS_ON_CLICK = """<script>
network.on("click", function (params) {
  if (params.nodes.length !== 1) { return; }
  var url = new URL(window.top.location.href);
  url.searchParams.set("focus", String(params.nodes[0]));
  url.searchParams.set("lang", %s);
  window.top.location.href = url.toString();
});
</script>
</body>"""


def safe(text: str) -> str:
    """User text for a vis-network label or tooltip, shown as typed ("Ernst & Young", not
    "Ernst &amp; Young"), with no "href" for pyvis to see."""
    return _HREF.sub(lambda m: m.group(0)[:2] + "\u200b" + m.group(0)[2:], text)


@dataclass(frozen=True)
class Picture:
    html: str
    shown: int
    left_out: int


def picture(graph: nx.Graph, height: int = 600, focus_lang: str | None = None) -> Picture:
    """``graph`` nodes carry ``label``, ``title``, ``kind`` (a key of COLOURS) or ``colour``,
    ``size``, ``order`` (lower is closer to the members), and may carry a position (``x``,
    ``y``), ``show_label`` (else the name is only in the tooltip) and ``id`` (the person's);
    edges may carry ``strength`` (drawn as the width) and ``title``. Physics is off: the
    positions given, else a seeded layout, so the same data always gives the same picture.
    With ``focus_lang``, a click on a person reopens the page centred on them. The page is
    at most ``height`` tall, its frame included: show it in an iframe of that height, which
    the page makes as tall as the picture needs at the width the browser draws it
    (``_FIT_LABELS``).
    Names are drawn on a white band, so the ties passing under them never cross their
    letters."""
    ordered = sorted(graph.nodes, key=lambda n: graph.nodes[n].get("order", 0))
    kept = graph.subgraph(ordered[:MAX_NODES])
    net = Network(height=f"{height}px", width="100%", cdn_resources="in_line")
    net.templateEnv = _templates()  # compiled once (pyvis compiles its templates per picture)
    placed = all("x" in data for _, data in kept.nodes(data=True))
    positions, routes = ({}, {}) if placed else layered_routes(kept)
    ids = {node: str(data.get("id", n)) for n, (node, data) in enumerate(kept.nodes(data=True))}
    for node, data in kept.nodes(data=True):
        x, y = (data["x"], data["y"]) if placed else positions[node]
        size = float(data.get("size", 10))
        net.add_node(ids[node], label=safe(data.get("label", "")) if data.get(
                         "show_label", True) else " ",
                     title=safe(data.get("title", "")),
                     color=data.get("colour") or COLOURS.get(data.get("kind", "person"),
                                                             COLOURS["person"]),
                     size=size, font={"size": data.get("font") or (
                         22 if size >= 20 else 17 if size >= 12 else 12),
                         "background": LABEL_BACKGROUND},
                     x=float(x), y=float(y), physics=False)
    for u, v, data in kept.edges(data=True):
        ends = [ids[u]]
        for bx, by in routes.get((u, v), []):  # a long tie bends between the people it passes
            ends.append(f"~{len(ids) + len(ends)}:{ids[u]}>{ids[v]}")
            net.add_node(ends[-1], label=" ", size=1, color="rgba(0, 0, 0, 0)", x=bx, y=by,
                         physics=False, chosen=False)
        ends.append(ids[v])
        for a, b in itertools.pairwise(ends):
            net.add_edge(a, b, width=0.5 + 5 * float(data.get("strength", 0.3)),
                         color=EDGE_COLOUR, title=safe(data.get("title", "")))
    net.toggle_physics(False)
    net.options.edges.smooth.enabled = False  # straight lines: the bends are where we put them
    net.options.interaction.hover = True
    page = _EXTERNAL.sub("", net.generate_html()).replace(
        "</body>", _FIT_LABELS.replace("__HEIGHT__", str(int(height))), 1)
    page = page.replace("</head>", _FRAME, 1)
    if focus_lang is not None:
        page = page.replace("</body>", _FOCUS_ON_CLICK % json.dumps(focus_lang), 1)
    return Picture(page, len(kept), len(graph) - len(kept))


@cache
def _templates() -> Any:
    """pyvis's Jinja environment, kept: pyvis makes one per picture, and compiling its
    templates (vis-network inlined) took 0.3–0.5 s of every picture."""
    return Network(cdn_resources="in_line").templateEnv


COLUMN_GAP, ROW_GAP = 240.0, 90.0  # room for a name between columns, and under each dot
Point = tuple[float, float]


def layered(graph: nx.Graph) -> dict[object, Point]:
    """Columns by ``order`` (the members left, then each hop, the targets right); see
    ``layered_routes``."""
    return layered_routes(graph)[0]


def layered_routes(graph: nx.Graph) -> tuple[dict[object, Point],
                                             dict[tuple[object, object], list[Point]]]:
    """A layered drawing (Sugiyama, Tagawa and Toda, 1981): columns by ``order`` (members
    left, then each hop, the targets right); a tie that spans several columns gets a slot of
    its own in each column it crosses and bends there, so it passes between people, never
    over one; rows are ordered by the mean row of each one's neighbours in the column before,
    then after (a few sweeps, ties kept in the order the nodes came), which untangles the
    ties. Returns the positions, and each long tie's bend points, from its first node to its
    second (both ways round). The same graph always gives the same drawing."""
    last = max((data.get("order", 0) for _, data in graph.nodes(data=True)), default=0)
    column = {node: last if data.get("kind") == "target" else int(data.get("order", 0))
              for node, data in graph.nodes(data=True)}
    columns: dict[int, list[object]] = {}
    for node in graph.nodes:
        columns.setdefault(column[node], []).append(node)
    near: dict[object, list[object]] = {node: [] for node in graph.nodes}
    chains: dict[tuple[object, object], list[object]] = {}
    for u, v in graph.edges:
        a, b = (u, v) if column[u] <= column[v] else (v, u)
        chain: list[object] = [a]
        for c in range(column[a] + 1, column[b]):
            slot = ("slot", a, b, c)
            column[slot] = c
            columns[c] = [*columns.get(c, []), slot]
            chain.append(slot)
        chain.append(b)
        for x, y in itertools.pairwise(chain):
            near.setdefault(x, []).append(y)
            near.setdefault(y, []).append(x)
        chains[(a, b)] = chain
    row = _rows(columns, column, near)
    at = {node: (column[node] * COLUMN_GAP, row[node] * ROW_GAP) for node in column}
    routes: dict[tuple[object, object], list[Point]] = {}
    for (a, b), chain in chains.items():
        if len(chain) > 2:
            routes[(a, b)] = [at[slot] for slot in chain[1:-1]]
            routes[(b, a)] = routes[(a, b)][::-1]
    return {node: at[node] for node in graph.nodes}, routes


def _rows(columns: dict[int, list[object]], column: dict[object, int],
          near: dict[object, list[object]], sweeps: int = 4) -> dict[object, float]:
    """Each node's row, centred on 0 in its column, after barycentre sweeps."""
    def rows_of(nodes: list[object]) -> dict[object, float]:
        return {node: n - (len(nodes) - 1) / 2 for n, node in enumerate(nodes)}

    row: dict[object, float] = {}
    for nodes in columns.values():
        row.update(rows_of(nodes))
    ordered = sorted(columns)
    for _ in range(sweeps):
        for step, pass_ in ((-1, ordered[1:]), (1, ordered[-2::-1])):
            for c in pass_:
                def centre(node: object, beside: int = c + step) -> float:
                    seen = [row[m] for m in near[node] if column[m] == beside]
                    return sum(seen) / len(seen) if seen else row[node]
                columns[c].sort(key=lambda node: (centre(node), row[node]))
                row.update(rows_of(columns[c]))
    return row


def legend_html(items: list[tuple[str, str]], note: str) -> str:
    """A legend under a picture: a coloured dot and a text each, then a note (text escaped:
    this is HTML)."""
    dots = " &nbsp; ".join(f'<span style="white-space:nowrap"><span style="color:{colour};'
                            f'font-size:1.3em">●</span>&nbsp;{html.escape(text)}</span>'
                            for colour, text in items)  # an item is never cut in two lines
    return (f'<div style="line-height:1.9">{dots}<br>'
            f'<span style="opacity:0.75">{html.escape(note)}</span></div>')
