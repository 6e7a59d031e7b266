"""What needs doing, one line each (``graph/services/followups.py``)."""

from __future__ import annotations

from typing import Final

FOLLOWUPS: Final[dict[str, dict[str, str]]] = {
    "todo_contact": {
        "fr": "Contacter {about} (suggestion {of_person})",
        "en": "Contact {about} (suggested by {person})",
    },
    "todo_nudge": {
        "fr": "Relancer {about} : contact pris, pas encore de nouvelles (suggestion {of_person})",
        "en": "Follow up with {about}: contacted, no news yet (suggested by {person})",
    },
    "todo_referral": {
        "fr": "{about} (suggestion {of_person})",
        "en": "{about} (suggested by {person})",
    },
    "todo_intro": {"fr": "{person} → {about}", "en": "{person} → {about}"},
    "todo_no_answer": {
        "fr": "{person} n'a pas répondu à votre demande pour {about} depuis {days} jours",
        "en": "{person} has not answered your ask about {about} for {days} days",
    },
    "todo_no_answer_undated": {
        "fr": "{person} n'a pas encore répondu à votre demande pour {about} (sans date notée)",
        "en": "{person} has not answered your ask about {about} yet (no date recorded)",
    },
    "todo_no_answer_coming": {
        "fr": "Relancer {person} si votre demande pour {about} reste sans réponse",
        "en": "Follow up with {person} if your ask about {about} is still unanswered",
    },
    "todo_not_introduced": {
        "fr": "Relancer {person} : la mise en relation avec {about}, acceptée il y a {days} "
              "jours, n'est pas encore faite",
        "en": "Follow up with {person}: the introduction to {about}, accepted {days} days ago, "
              "is not made yet",
    },
    "todo_not_introduced_coming": {
        "fr": "Relancer {person} si la mise en relation avec {about} n'est pas faite d'ici là",
        "en": "Follow up with {person} if the introduction to {about} is not made by then",
    },
    "todo_thank": {
        "fr": "Remercier {person} de vous avoir recommandé {about}",
        "en": "Thank {person} for suggesting {about}",
    },
    "todo_thank_intro": {
        "fr": "Remercier {person} pour la mise en relation avec {about}",
        "en": "Thank {person} for the introduction to {about}",
    },
}
