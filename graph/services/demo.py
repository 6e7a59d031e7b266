"""The demo network: a fictional freelance communication consultant who has just moved to
Marseille, her friends, their friends and the companies around them.

Everything is invented. The network is generated deterministically from a fixed seed; only its
dates move with ``today`` (so that ties are "3 weeks old" whenever you load it).
``load_demo`` loads it once: into a store that already holds it, it writes nothing (not even in
another language: job titles are part of a job's key, so translating them would add jobs).
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from graph.core.errors import PersonNotFound
from graph.core.model import (
    Company,
    Event,
    GraphData,
    IntroRequest,
    Job,
    Knows,
    Person,
    Referral,
    slug,
)
from graph.stores.port import GraphStore

ME = "p:isabelle-prigent"
GENERATED = 132  # people beyond the hand-written core
SEED = 20261122
# The steps after "asked" that lead to each intro status, for the demo's history.
INTRO_PATHS = {"asked": [], "declined": ["declined"],
               "won": ["accepted", "introduced", "met", "won"],
               "introduced": ["accepted", "introduced"]}
# Namesakes on purpose (index in the generated list → name), to show how Carnet tells them apart.
NAMESAKES = {17: "Julien Martin", 64: "Marie Durand", 65: "Marie Durand"}

# (id suffix, name, aliases, domain)
COMPANIES: list[tuple[str, str, tuple[str, ...], str | None]] = [
    ("gme", "Groupe Méditerranée Énergie", ("GME",), "gme-energie.fr"),
    ("phocee-logistique", "Phocée Logistique", (), "phocee-logistique.fr"),
    ("calanques-digital", "Calanques Digital", (), "calanques.digital"),
    ("massilia-sante", "Massilia Santé", ("Clinique Massilia",), "massilia-sante.fr"),
    ("vieux-port-assurances", "Vieux-Port Assurances", ("VPA",), "vpa.fr"),
    ("provence-medias", "Provence Médias", (), "provence-medias.fr"),
    ("bonne-mere-studio", "Bonne Mère Studio", (), None),
    ("cite-radieuse", "Cité Radieuse Architectes", (), "citeradieuse-archi.fr"),
    ("estaque-ceramiques", "Estaque Céramiques", (), None),
    ("mistral-ventures", "Mistral Ventures", (), "mistral.vc"),
    ("panier-bio", "Le Panier Bio", (), None),
    ("cmb-croisieres", "Compagnie Maritime du Bassin", ("CMB Croisières",), "cmb-croisieres.com"),
    ("frioul-software", "Frioul Software", (), "frioul.io"),
    ("joliette-conseil", "Joliette Conseil RH", (), "joliette-rh.fr"),
    ("sud-events", "Sud Events", (), "sud-events.fr"),
    ("aix-marseille-univ", "Université d'Aix-Marseille (fictive)", ("AMU",), None),
    ("ville-marseille", "Mairie du 7e (fictive)", (), None),
    ("banque-lacydon", "Banque du Lacydon", (), "lacydon.bank"),
    ("thalassa-hotels", "Thalassa Hôtels", (), "thalassa-hotels.com"),
    ("opera-com", "Opéra Communication", (), None),
    ("canebiere-coworking", "La Canebière Coworking", (), None),
    ("goudes-nautique", "Les Goudes Nautique", (), None),
    ("savonnerie-marius", "Savonnerie Marius", (), "savonnerie-marius.fr"),
    ("azur-telecom", "Azur Télécom", (), "azurtelecom.fr"),
    ("pharo-formation", "Pharo Formation", (), None),
    ("longchamp-immobilier", "Longchamp Immobilier", (), None),
    ("noailles-traiteur", "Traiteur de Noailles", (), None),
    ("velodrome-sport", "Vélodrome Sport Conseil", (), None),
    ("euromed-habitat", "Euroméditerranée Habitat", (), None),
    ("prado-clinique", "Clinique du Prado", (), None),
    ("mucem-amis", "Association des Amis du Musée (fictive)", (), None),
    ("belle-de-mai-prod", "Belle de Mai Productions", (), "bdm-prod.fr"),
    ("saint-victor-avocats", "Saint-Victor Avocats", (), None),
    ("endoume-design", "Endoume Design", (), None),
    ("corniche-tech", "Corniche Tech", (), "corniche.tech"),
    ("lumiere-sud", "Lumière du Sud Énergies", (), None),
    ("rade-transports", "Transports de la Rade", (), None),
    ("olivier-edition", "Éditions de l'Olivier Bleu", (), None),
    ("friche-lab", "Friche Lab", (), None),
    ("cassis-vins", "Domaines de Cassis", (), None),
]

# (French title for a man, for a woman, English title, French department, English department)
TITLES: list[tuple[str, str, str, str, str]] = [
    ("Responsable communication interne", "Responsable communication interne",
     "Internal communications manager", "Communication", "Communications"),
    ("Chargé de communication", "Chargée de communication", "Communications officer",
     "Communication", "Communications"),
    ("Directeur de la communication", "Directrice de la communication", "Head of communications",
     "Communication", "Communications"),
    ("Directeur des ressources humaines", "Directrice des ressources humaines", "HR director",
     "RH", "HR"),
    ("Chargé de recrutement", "Chargée de recrutement", "Recruiter", "RH", "HR"),
    ("Responsable marketing", "Responsable marketing", "Marketing manager", "Marketing",
     "Marketing"),
    ("Chef de projet digital", "Cheffe de projet digital", "Digital project manager",
     "Marketing", "Marketing"),
    ("Directeur général", "Directrice générale", "Managing director", "Direction",
     "Management"),
    ("Office manager", "Office manager", "Office manager", "Direction", "Management"),
    ("Développeur", "Développeuse", "Software developer", "Technique", "Engineering"),
    ("Ingénieur", "Ingénieure", "Engineer", "Technique", "Engineering"),
    ("Commercial", "Commerciale", "Sales representative", "Ventes", "Sales"),
    ("Journaliste", "Journaliste", "Journalist", "Rédaction", "Newsroom"),
    ("Photographe", "Photographe", "Photographer", "Production", "Production"),
    ("Graphiste", "Graphiste", "Graphic designer", "Production", "Production"),
    ("Comptable", "Comptable", "Accountant", "Finance", "Finance"),
    ("Responsable RH", "Responsable RH", "HR manager", "RH", "HR"),
]

FIRST_NAMES = [
    "Camille", "Léa", "Manon", "Chloé", "Inès", "Sarah", "Jade", "Louise", "Zoé", "Anaïs",
    "Mathilde", "Océane", "Amélie", "Céline", "Aurélie", "Nadia", "Leïla", "Fatima", "Agnès",
    "Brigitte", "Lucas", "Hugo", "Théo", "Nathan", "Mathis", "Raphaël", "Louis", "Gabriel",
    "Maxime", "Nicolas", "François", "Jérôme", "Stéphane", "Olivier", "Rachid", "Youssef",
    "Samir", "Grégoire", "Benoît", "Loïc",
]
# Women's first names (the generated ones, then the hand-written core's): titles agree.
FEMININE = frozenset(FIRST_NAMES[:20]) | {"Véronique", "Noémie", "Claire", "Sophie", "Élodie",
                                          "Laure", "Yasmine", "Hélène", "Solène", "Isabelle",
                                          "Marie"}
LAST_NAMES = [
    "Martin", "Bernard", "Dubois", "Durand", "Lefèvre", "Moreau", "Laurent", "Simon", "Michel",
    "Garcia", "Roux", "Fournier", "Girard", "Bonnet", "Mercier", "Blanc", "Guérin", "Muller",
    "Faure", "Rousseau", "Nicolas", "Perrin", "Morel", "Mathieu", "Clément", "Gauthier",
    "Dumont", "Lopez", "Fontaine", "Chevalier", "Robin", "Masson", "Sanchez", "Gérard",
    "Nguyen", "Boyer", "Denis", "Lemaire", "Duval", "Joly", "Santoni", "Ferracci", "Bensaïd",
    "Amrani", "Castellane", "Pagnol", "Fabre", "Escoffier",
]

# The core, written by hand: (key, name, company key, title index, closeness to me, source,
#   days since last contact, how we met fr, how we met en)
CORE: list[tuple[str, str, str | None, int, int | None, str, int | None, str, str]] = [
    ("veronique", "Véronique Bastide", "provence-medias", 12, 5, "manual", 20,
     "amies depuis l'école de journalisme", "friends since journalism school"),
    ("noemie", "Noémie Fabre", "canebiere-coworking", 8, 4, "manual", 6,
     "ma voisine au Vallon des Auffes", "my neighbour at Vallon des Auffes"),
    ("thomas", "Thomas Giraud", "calanques-digital", 6, 3, "linkedin", 95,
     "ancien collègue à Lyon", "former colleague in Lyon"),
    ("claire", "Claire Dumas", "joliette-conseil", 3, 4, "vcard", 40,
     "rencontrée à un afterwork RH", "met at an HR afterwork"),
    ("mehdi", "Mehdi Haddad", "frioul-software", 9, 3, "manual", 15,
     "au club d'escalade", "at the climbing club"),
    ("sophie", "Sophie Lambert", "massilia-sante", 2, 2, "linkedin", 400,
     "formation Cision 2019", "Cision training in 2019"),
    ("julien-martin", "Julien Martin", "bonne-mere-studio", 13, 3, "vcard", 60,
     "shooting pour un client", "a photo shoot for a client"),
    ("elodie", "Élodie Roussel", "sud-events", 1, 4, "manual", 30,
     "le festival de l'Estaque", "the Estaque festival"),
    ("antoine", "Antoine Ferrand", "mistral-ventures", 7, 2, "linkedin", 700,
     "pitch d'un client en 2021", "a client's pitch in 2021"),
    ("laure", "Laure Vidal", "vieux-port-assurances", 5, 3, "google", 120,
     "amie d'amie", "a friend of a friend"),
    ("yasmine", "Yasmine Chérif", "azur-telecom", 4, 2, "linkedin", 300,
     "conférence RH à Aix", "an HR conference in Aix"),
    ("pierre", "Pierre Castagnet", "cite-radieuse", 7, 4, "vcard", 2600,
     "un ancien client devenu ami, perdu de vue", "an old client turned friend, lost touch"),
    ("helene", "Hélène Marchetti", "thalassa-hotels", 2, 3, "manual", 75,
     "le marché de Noailles", "the Noailles market"),
    ("karim", "Karim Benali", "phocee-logistique", 0, None, "referral", None, "", ""),
    ("solene", "Solène Roux", "gme", 0, None, "linkedin", None, "", ""),
    ("marc", "Marc Aubert", "gme", 16, None, "linkedin", None, "", ""),
]

# (referrer, referee, company, role fr, role en, context fr, context en, offered intro,
#  days ago, status, follow-up in days)
REFERRALS: list[tuple[str, str, str | None, str, str, str, str, bool, int, str, int | None]] = [
    ("noemie", "karim", "phocee-logistique", "communication interne", "internal communications",
     "« Tu devrais contacter Karim, il fait la même chose que toi chez Phocée. Dis-lui que "
     "c'est de ma part. »",
     "\"You should get in touch with Karim, he does the same thing as you at Phocée. Tell him "
     "I sent you.\"", True, 51, "noted", 3),
    ("veronique", "solene", "gme", "communication interne", "internal communications",
     "Véronique a travaillé avec Solène sur le rapport annuel de GME ; elle propose de lui en "
     "parler avant que je l'appelle.",
     "Véronique worked with Solène on GME's annual report; she offers to mention me before I "
     "call.", True, 12, "researched", 2),
    ("claire", "marc", "gme", "RH", "HR",
     "Claire connaît Marc via un réseau de DRH ; « il cherche des freelances pour la "
     "marque employeur ».",
     "Claire knows Marc from an HR network; \"he is looking for freelancers for employer "
     "branding\".", False, 30, "contacted", -4),
    ("julien-martin", "elodie", "sud-events", "", "",
     "« Ma voisine serait une partenaire parfaite pour toi » : événementiel, clients communs.",
     "\"My neighbour would be a perfect partner for you\": events, shared clients.", True, 200,
     "won", None),
    ("helene", "yasmine", "azur-telecom", "RH", "HR",
     "Hélène pense qu'Azur Télécom refait sa communication interne cette année.",
     "Hélène thinks Azur Télécom is redoing its internal communications this year.", False, 90,
     "dropped", None),
]


DEMO_PEOPLE = 1 + len(CORE) + GENERATED  # what the empty notebook's banner announces


def demo_network(lang: str = "fr", today: date | None = None) -> GraphData:
    """The whole demo as one batch: ~150 people, 40 companies, ties, jobs, referrals, intros."""
    demo = _Demo(lang == "en", today or date.today())
    demo.core()
    others = demo.wider()
    demo.ties(others)
    demo.referrals()
    demo.intros(others)
    return demo.data


class _Demo:
    """The demo as it is built. Its steps draw from one seeded ``random`` in a fixed order:
    keep that order, or the whole generated network (and every test reading it) changes."""

    def __init__(self, en: bool, today: date) -> None:
        self.en, self.today, self.rng = en, today, random.Random(SEED)
        self.data = GraphData(members=[ME], targets=["c:calanques-digital"])
        self.pairs: set[tuple[str, str]] = set()

    def ago(self, days: int | None) -> str | None:
        return None if days is None else (self.today - timedelta(days=days)).isoformat()

    def words(self, fr: str, en: str) -> str:
        return en if self.en else fr

    def title(self, index: int, name: str) -> tuple[str, str]:
        man, woman, en_title, fr_dept, en_dept = TITLES[index]
        if self.en:
            return en_title, en_dept
        return (woman if name.split()[0] in FEMININE else man), fr_dept

    def core(self) -> None:
        """The companies, Isabelle, and the hand-written core around her."""
        data, rng, ago = self.data, self.rng, self.ago
        data.companies = [Company(f"c:{key}", name, domain, aliases)
                          for key, name, aliases, domain in COMPANIES]
        notes = self.words("Consultante en communication indépendante, installée à Marseille "
                           "depuis peu.", "Freelance communication consultant, recently moved "
                           "to Marseille.")
        data.people.append(Person(ME, "Isabelle Prigent", emails=("isabelle@prigent-conseil.fr",),
                                  phones=("+33 6 12 34 56 78",), notes=notes, tags=("moi",)))
        for _key, name, company, t, closeness, source, days, how_fr, how_en in CORE:
            pid = f"p:{slug(name)}"
            email = f"{slug(name).replace('-', '.')}@exemple.fr"
            data.people.append(Person(pid, name, emails=(email,)))
            if company:
                job_title, dept = self.title(t, name)
                data.jobs.append(Job(pid, f"c:{company}", job_title, dept,
                                     ago(rng.randint(200, 2500))))
            if days is not None:  # Karim, Solène and Marc are people to reach, not yet known
                data.knows.append(Knows(ME, pid, closeness, ago(rng.randint(400, 6000)),
                                        ago(days), rng.randint(0, 30), self.words(how_fr, how_en),
                                        source))
                self.pairs.add((min(ME, pid), max(ME, pid)))
        # Former jobs: Pierre left GME, Sophie left Calanques Digital.
        data.jobs.append(Job("p:pierre-castagnet", "c:gme", *self.title(2, "Pierre"), ago(3000),
                             ago(1600), False))
        data.jobs.append(Job("p:sophie-lambert", "c:calanques-digital",
                             *self.title(6, "Sophie"), ago(2500), ago(900), False))

    def wider(self) -> list[str]:
        """The wider network, generated: unique names except a few namesakes on purpose.
        Returns their ids."""
        data, rng, ago = self.data, self.rng, self.ago
        company_ids = [c.id for c in data.companies]
        names = {p.name for p in data.people}
        ids = {p.id for p in data.people}
        others: list[str] = []
        for n in range(GENERATED):
            name = NAMESAKES.get(n, "")
            while not name or (name in names and n not in NAMESAKES):
                name = _generated_name(rng)
            pid = f"p:{slug(name)}" if f"p:{slug(name)}" not in ids else f"p:{slug(name)}-{n}"
            names.add(name)
            ids.add(pid)
            others.append(pid)
            data.people.append(Person(pid, name))
            company = company_ids[n % len(company_ids)] if n < 110 else rng.choice(company_ids)
            job_title, dept = self.title(rng.randrange(len(TITLES)), name)
            if n % 9 == 4:  # some have moved on: a past job here, a current one elsewhere
                data.jobs.append(Job(pid, company, job_title, dept, ago(rng.randint(1500, 4000)),
                                     ago(rng.randint(100, 1400)), False))
                company = rng.choice(company_ids)
                job_title, dept = self.title(rng.randrange(len(TITLES)), name)
            data.jobs.append(Job(pid, company, job_title, dept, ago(rng.randint(60, 3000))))
        return others

    def tie(self, a: str, b: str, closeness: int | None, source: str) -> None:
        key = (min(a, b), max(a, b))
        if a == b or key in self.pairs:
            return
        self.pairs.add(key)
        rng = self.rng
        self.data.knows.append(Knows(a, b, closeness, self.ago(rng.randint(300, 5000)),
                                     self.ago(rng.choice((5, 20, 60, 150, 400, 900, 2000))),
                                     rng.randint(0, 40), "", source))

    def ties(self, others: list[str]) -> None:
        """Each core friend knows 6-10 people; the others know colleagues and a few more."""
        rng = self.rng
        sources = ("manual", "linkedin", "linkedin", "vcard", "google", "mail")
        for friend in (f"p:{slug(row[1])}" for row in CORE):
            for other in rng.sample(others, rng.randint(6, 10)):
                self.tie(friend, other, rng.choice((None, 2, 3, 4)), rng.choice(sources))
        for other in others:
            for peer in rng.sample(others, 3):
                self.tie(other, peer, rng.choice((None, None, 2, 3)), rng.choice(sources))
        for a, b in (("veronique", "solene"), ("claire", "marc"), ("noemie", "karim"),
                     ("julien-martin", "elodie"), ("helene", "yasmine"), ("veronique", "noemie"),
                     ("thomas", "mehdi"), ("sophie", "marc")):
            self.tie(f"p:{slug(_core_name(a))}", f"p:{slug(_core_name(b))}", 4, "manual")

    def referrals(self) -> None:
        """The referrals, each with the history of its status."""
        data, ago = self.data, self.ago
        for n, (referrer, referee, company, role_fr, role_en, ctx_fr, ctx_en, offered, days,
                status, follow) in enumerate(REFERRALS, start=1):
            data.referrals.append(Referral(
                f"r:demo-{n}", f"p:{slug(_core_name(referrer))}",
                f"p:{slug(_core_name(referee))}", ME, f"c:{company}" if company else None,
                self.words(role_fr, role_en), self.words(ctx_fr, ctx_en), offered, ago(days),
                status, None if follow is None
                else (self.today + timedelta(days=follow)).isoformat()))

    def intros(self, others: list[str]) -> None:
        """Intro requests, with outcomes that feed the introducers' track records; and an old
        friend gone quiet (7 years) who is close to someone at GME: "re-warm Pierre first"."""
        data, ago = self.data, self.ago
        intros = [("veronique", "solene", "gme", "asked", 5, "Présentation par mail",
                   "Introduction by e-mail"),
                  ("claire", "marc", "gme", "declined", 25, "Marc n'a pas le temps ce trimestre",
                   "Marc has no time this quarter"),
                  ("julien-martin", "elodie", "sud-events", "won", 180, "Premier projet ensemble",
                   "First project together"),
                  ("mehdi", others[3], None, "introduced", 40, "", "")]
        for n, (via, target, company, status, days, note_fr, note_en) in enumerate(intros,
                                                                                    start=1):
            target_id = target if target.startswith("p:") else f"p:{slug(_core_name(target))}"
            data.intros.append(IntroRequest(
                f"i:demo-{n}", ME, f"p:{slug(_core_name(via))}", target_id,
                f"c:{company}" if company else None, status, ago(days), ago(max(days - 3, 0)),
                self.words(note_fr, note_en)))
            data.events.append(Event(f"i:demo-{n}", "asked", ago(days) or ""))
            steps = INTRO_PATHS[status]
            for k, step in enumerate(steps, start=1):  # the history that led to that status
                data.events.append(Event(f"i:demo-{n}", step,
                                         ago(max(days - 3 * k // len(steps), 0)) or ""))
        for referral in data.referrals:
            data.events.append(Event(referral.id, "noted", referral.date or ""))
            if referral.status != "noted":
                data.events.append(Event(referral.id, referral.status, ago(2) or ""))
        data.knows.append(Knows("p:pierre-castagnet", "p:solene-roux", 4, ago(2400), ago(45), 12,
                                self.words("anciens collègues chez GME",
                                           "former colleagues at GME"), "manual"))


def load_demo(store: GraphStore, lang: str = "fr") -> GraphData | None:
    """Load the demo network unless the store already has it; the batch loaded, or ``None``."""
    try:
        store.get_person(ME)
    except PersonNotFound:
        data = demo_network(lang)
        store.save(data)
        return data
    return None


def _generated_name(rng: random.Random) -> str:
    """A first name and a last name drawn at random, never the same word twice ("Nicolas
    Nicolas": the next last name is taken instead, so the draws, and so the rest of the
    demo, stay as they were)."""
    first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
    if last == first:
        last = LAST_NAMES[(LAST_NAMES.index(last) + 1) % len(LAST_NAMES)]
    return f"{first} {last}"


def _core_name(key: str) -> str:
    return next(row[1] for row in CORE if row[0] == key)
