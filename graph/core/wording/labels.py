"""How a person is told apart from namesakes in a list (``graph/services/lookup.py``): their
job, then as many details as it takes."""

from __future__ import annotations

from typing import Final

LABELS: Final[dict[str, dict[str, str]]] = {
    "label_job": {"fr": "{name}, {title} chez {company}", "en": "{name}, {title} at {company}"},
    "label_ties": {"fr": "{n} liens", "en": "{n} ties"},
    "label_ties_one": {"fr": "{n} lien", "en": "{n} tie"},
    "label_added": {"fr": "ajouté le {day}", "en": "added {day}"},
}
