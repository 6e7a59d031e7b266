"""Pictures: capped, laid out once when big, offline, and inert whatever the names."""

from __future__ import annotations

import re

import networkx as nx

from app.graphview import MAX_NODES, layered, picture, safe


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


def test_the_same_graph_gives_the_same_picture() -> None:
    """Positions are computed, never left to physics: reruns draw the same thing."""
    assert picture(graph_of(30)).html == picture(graph_of(30)).html
    assert '"physics": false' in picture(graph_of(3)).html


def test_paths_are_laid_out_in_columns_members_left_targets_right() -> None:
    graph = nx.Graph()
    for node, kind, order in (("me", "member", 0), ("a", "contact", 1), ("b", "contact", 1),
                              ("x", "person", 2), ("t1", "target", 2), ("t2", "target", 3)):
        graph.add_node(node, kind=kind, order=order)
    assert layered(graph) == {"me": (0.0, 0.0), "a": (150.0, -55.0), "b": (150.0, 55.0),
                              "x": (300.0, 0.0), "t1": (450.0, -55.0), "t2": (450.0, 55.0)}


def test_a_click_opens_the_persons_circle_only_when_asked() -> None:
    graph = graph_of(2)
    graph.nodes[0]["id"] = "p:a"
    assert '"id": "p:a"' in picture(graph).html
    assert "window.top" not in picture(graph).html
    html = picture(graph, focus_lang="fr").html
    assert 'url.searchParams.set("lang", "fr")' in html and "window.top.location.href" in html


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
