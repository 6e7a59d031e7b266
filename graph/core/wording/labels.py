"""How a person is told apart from namesakes in a list (``graph/services/lookup.py``): their
job, then as many details as it takes; and two records that may be one person, side by side."""

from __future__ import annotations

from typing import Final

LABELS: Final[dict[str, dict[str, str]]] = {
    "label_job": {"fr": "{name}, {title} chez {company}", "en": "{name}, {title} at {company}"},
    "label_ties": {"fr": "{n} liens", "en": "{n} ties"},
    "label_ties_one": {"fr": "{n} lien", "en": "{n} tie"},
    "label_added": {"fr": "ajouté le {day}", "en": "added {day}"},
    # Two records that may be one person, side by side (graph/services/compare.py)
    "side_no_job": {"fr": "poste inconnu", "en": "no job on record"},
    "side_former_at": {"fr": "anciennement chez {company}", "en": "formerly at {company}"},
    "side_no_contact": {"fr": "ni e-mail ni téléphone", "en": "no e-mail or phone"},
    "side_from": {"fr": "vient de : {sources}", "en": "from: {sources}"},
    "side_from_unknown": {"fr": "origine inconnue", "en": "origin unknown"},
    "side_dates": {"fr": "ajouté·e le {added} · dernier contact : {last}",
                   "en": "added {added} · last contact: {last}"},
}
