"""Pictures: capped, laid out once when big, offline, and inert whatever the names."""

from __future__ import annotations

import re

import networkx as nx

from app.graphview import MAX_NODES, PHYSICS_LIMIT, picture, safe


def graph_of(n: int) -> nx.Graph:
    graph = nx.path_graph(n)
    for node in graph.nodes:
        graph.nodes[node].update(label=f"P{node}", order=node)
    return graph


def test_big_pictures_are_capped_and_frozen() -> None:
    pic = picture(graph_of(MAX_NODES + 100))
    assert (pic.shown, pic.left_out) == (MAX_NODES, 100)
    assert '"label": "P0"' in pic.html and '"label": "P450"' not in pic.html  # furthest out
    assert '"physics": false' in pic.html


def test_small_pictures_keep_physics() -> None:
    pic = picture(graph_of(PHYSICS_LIMIT - 50))
    assert pic.left_out == 0 and '"physics": false' not in pic.html


def test_pictures_work_offline() -> None:
    html = picture(graph_of(3)).html
    assert not re.search(r"<(?:script|link)[^>]*(?:src|href)=", html)
    assert "vis.DataSet" in html and "new vis.Network" in html


def test_user_text_cannot_close_the_script_or_reach_innerhtml() -> None:
    assert "href" not in safe("<a HREF=x>").lower()
    graph = nx.Graph()
    graph.add_node(1, label="</script><img src=x onerror=alert(1)>", title="href")
    html = picture(graph).html
    assert "</script><img" not in html and "onerror=alert(1)>" not in html
    assert "popup.innerHTML" not in html  # pyvis's link mode, which would render titles


def test_names_are_shown_as_typed() -> None:
    """Labels are drawn on a canvas and tooltips set as text: no entities to see."""
    assert safe("Ernst & Young <Marseille>") == "Ernst & Young <Marseille>"
    graph = nx.Graph()
    graph.add_node(1, label="Ernst & Young", title="Éditions de l'Olivier")
    html = picture(graph).html
    assert r'"label": "Ernst \u0026 Young"' in html and "Ernst &amp;" not in html
    assert r'"title": "\u00c9ditions de l\u0027Olivier"' in html
