"""Every Cypher statement the Neo4j store can send, checked without a server: Neo4j's own
parser (npm @neo4j-cypher/language-support, installed by scripts/check.sh), the declared
labels, types and properties, and values only as parameters."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from graph.stores.cypher import SCHEMA, STATEMENTS

ROOT = Path(__file__).parents[1]
LINTER = ROOT / "node_modules" / "@neo4j-cypher" / "language-support"
ALLOWED_LITERALS = {"graph", "open", "merged", "apart", ""}  # "": missing dates sort first


def lint(statements: dict[str, str]) -> subprocess.CompletedProcess[str]:
    if not LINTER.exists() or shutil.which("node") is None:
        if os.environ.get("CI"):
            pytest.fail("the Cypher linter is missing: run scripts/check.sh (npm ci)")
        pytest.skip("the Cypher linter is not installed here (npm ci installs it)")
    return subprocess.run(["node", str(ROOT / "scripts" / "cypher-lint.mjs")],
                          input=json.dumps({"schema": SCHEMA, "statements": statements}),
                          capture_output=True, text=True, cwd=ROOT, timeout=600, check=False)


def test_every_statement_passes_neo4j_parser() -> None:
    done = lint(STATEMENTS)
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.strip().endswith(f"{len(STATEMENTS)} statements, 0 problems")


@pytest.mark.parametrize(("typo", "message"), [
    ("MATCH (p:Persn {id: $id}) RETURN p.name", "Label Persn is not present"),
    ("MATCH (p:Person {id: $id}) RETURN p.nmae", "nmae is not present"),
    ("MATCH (p:Person)-[:KNOWZ]->(q:Person) RETURN q.id", "Relationship type KNOWZ"),
    ("MATCH (p:Person {id: $id}) RETURN x.name", "Variable `x` not defined"),
    ("MATCH (p:Person {id: $id}) RETRUN p", "Invalid input 'RETRUN'"),
])
def test_the_linter_catches_typos(typo: str, message: str) -> None:
    done = lint({"TYPO": typo})
    assert done.returncode == 1 and message in done.stdout


def test_written_labels_types_and_properties_are_declared() -> None:
    """The parser does not check what MERGE and SET create: this does."""
    for name, statement in STATEMENTS.items():
        labels = re.findall(r"\(\w*:(\w+)", statement) + re.findall(r"\bSET \w+:(\w+)", statement)
        types = [t for group in re.findall(r"\[\w*:([A-Z_|]+)", statement)
                 for t in group.split("|")]
        props = [p for var, p in re.findall(r"\b([a-z]\w*)\.([a-z_]+)\b", statement)
                 if var != "row"] + re.findall(r"[{,]\s*([a-z_]+):", statement)
        assert set(labels) <= set(SCHEMA["labels"]), (name, labels)
        assert set(types) <= set(SCHEMA["relationshipTypes"]), (name, types)
        assert set(props) <= set(SCHEMA["propertyKeys"]), (name, set(props) -
                                                           set(SCHEMA["propertyKeys"]))


def test_values_are_only_parameters() -> None:
    for name, statement in STATEMENTS.items():
        literals = set(re.findall(r"'([^']*)'", statement))
        assert literals <= ALLOWED_LITERALS, (name, literals)
        assert "{" not in statement.replace("{id", "").replace("{key", "") or "$" in statement \
            or name.startswith(("CONSTRAINT", "COUNTS", "MEMBERS", "ALL_", "PEOPLE", "EDGE",
                                "GRAPH", "BUMP", "HOLDS"))
