"""What an e-mail address says of whoever reads it, when mail or a calendar gives no name.

- ``name_from_address``: a readable name from an address that clearly holds one, first.last
  or first_last (« Solene Roux » from ``solene.roux@…``; not jean-pierre@): two or three words of
  letters, two letters at least each, none a role's word. Else ``""``: an initial
  (``j.dupont``), a word run together (``jdupont``), digits say too little.
- ``mailbox_kind``: ``"automatic"`` for a mailbox no one answers from (noreply@,
  newsletter@), ``"shared"`` for a team's or a role's (contact@, info@, rh@), ``None`` for
  anyone else's; told by the whole local part, as written without its separators and a
  ``+tag``, from the tables below, never by a word in it (``contacts.roux@`` is someone's).
  A shared mailbox is a person's where mail or a calendar gives it a person's name
  (``names_someone``: a freelancer's contact@ address); an automatic one never is.
"""

from __future__ import annotations

import re
from typing import Final, Literal

from graph.core.model import fold
from graph.core.names import LEGAL_FORMS, name_key

# Mailboxes no one answers from: never a person, whatever name they give.
AUTOMATIC: Final = frozenset({
    "noreply", "donotreply", "nepasrepondre", "nereponsespas", "newsletter", "newsletters",
    "news", "notification", "notifications", "alerts", "alert", "mailerdaemon", "postmaster",
    "bounce", "bounces", "unsubscribe", "desabonnement", "calendar", "calendarnotification"})
AUTOMATIC_STARTS: Final = ("noreply", "donotreply", "nepasrepondre", "mailerdaemon")
# A team's or a role's mailbox: a person only where mail or a calendar names someone.
SHARED: Final = frozenset({
    "contact", "contacts", "info", "infos", "information", "informations", "hello", "hi",
    "bonjour", "rh", "hr", "drh", "recrutement", "recruitment", "recrutements", "jobs", "job",
    "emploi", "careers", "career", "carrieres", "candidature", "candidatures", "admin",
    "administration", "support", "help", "aide", "assistance", "sales", "ventes", "vente",
    "commercial", "commerciale", "compta", "comptabilite", "accounting", "facturation",
    "factures", "billing", "invoices", "accueil", "reception", "secretariat", "office",
    "bureau", "team", "equipe", "direction", "presse", "press", "media", "medias",
    "marketing", "communication", "com", "events", "evenements", "evenement", "reservation",
    "reservations", "booking", "serviceclient", "serviceclients", "customerservice", "sav",
    "webmaster", "abuse", "security", "securite", "privacy", "dpo", "rgpd", "legal",
    "juridique", "partenariats", "partenariat", "partners", "mairie", "agence", "cabinet",
    "kontakt", "buchhaltung", "contacto", "ventas", "helpdesk", "servicedesk", "candidats",
    "ressourceshumaines", "humanresources"})
# Words of a role, not of a name: « service.client » or « equipe.rh » name no one.
# (Not "bureau": a surname too.)
ROLE_WORDS: Final = (SHARED | AUTOMATIC | frozenset({
    "service", "services", "client", "clients", "reply", "repondre", "mailer", "daemon",
    "ressources", "humaines", "human", "resources", "stage", "stages", "test", "prenom",
    "nom", "first", "last", "user", "name", "compte"})
                     ) - {"bureau"}
# Words of a business's name, which a shared mailbox often bears (« Acme Conseil »
# <contact@acme.fr>): no person's name, with a legal form (SARL, SAS…).
BUSINESS_WORDS: Final = LEGAL_FORMS | frozenset({
    "conseil", "conseils", "consulting", "consultants", "agency", "studio", "studios",
    "groupe", "group", "associes", "associates", "partenaires", "solutions", "immobilier",
    "formation", "formations", "atelier", "boutique", "editions", "productions", "company",
    "compagnie", "societe", "entreprise", "sarl", "holding"})
_SEPARATORS = re.compile(r"[._-]")
_WORD = re.compile(r"[^\W\d_]{2,}(?:-[^\W\d_]{2,})?")  # letters, one inner hyphen at most


def local_part(address: str) -> str:
    """``Solene.Roux+agenda@x.fr`` → ``Solene.Roux``: the mailbox's own name."""
    return address.strip().rpartition("@")[0].partition("+")[0]


def mailbox_kind(address: str) -> Literal["automatic", "shared"] | None:
    """Whether an address is a mailbox no one answers from, a shared one, or someone's.

    >>> mailbox_kind("no-reply@x.fr"), mailbox_kind("contact@x.fr"), mailbox_kind("zoe@x.fr")
    ('automatic', 'shared', None)
    """
    joined = _SEPARATORS.sub("", fold(local_part(address)))
    if joined in AUTOMATIC or joined.startswith(AUTOMATIC_STARTS):
        return "automatic"
    return "shared" if joined in SHARED else None


def name_from_address(address: str) -> str:
    """A name read from an address that clearly holds one, title-cased, else ``""``.

    >>> name_from_address("solene.roux@x.fr"), name_from_address("jean-pierre.martin@x.fr")
    ('Solene Roux', 'Jean-Pierre Martin')
    >>> name_from_address("j.dupont@x.fr"), name_from_address("contact.presse@x.fr")
    ('', '')
    """
    local = local_part(address)
    if not local or "@" not in address:
        return ""
    # first.last and first_last keep a hyphen inside a word (jean-pierre.martin); with no
    # dot nor underscore, a hyphen says too little (jean-pierre@: a first name, no surname).
    words = re.split(r"[._]", local)
    if not 2 <= len(words) <= 3 or not all(_WORD.fullmatch(w) for w in words):
        return ""
    if any(part in ROLE_WORDS for w in words for part in fold(w).split("-")):
        return ""
    return " ".join("-".join(part.capitalize() for part in w.split("-")) for w in words)


def names_someone(name: str) -> bool:
    """Whether the name a shared mailbox is given is a person's: two words or more, none a
    role's nor a business's ("Karim Benali" for contact@benali-conseil.fr, not "Équipe RH"
    for rh@, nor "Acme Conseil" for contact@acme.fr)."""
    words = name_key(name).split()
    return len(words) >= 2 and not any(w in ROLE_WORDS or w in BUSINESS_WORDS for w in words)
