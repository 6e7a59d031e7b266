"""The file formats Carnet reads and writes, and the generic CSV's fields.

Constants only, importing nothing: the CLI's options name them before any command runs, and
``carnet --help`` must not load the parsers and the store to print them.
"""

from __future__ import annotations

IMPORT_FORMATS = ("auto", "linkedin", "vcard", "google", "csv", "carnet", "mbox", "ics")
EXPORT_FORMATS = ("carnet", "csv", "graphml")
CSV_FIELDS = ("name", "first_name", "last_name", "other_names", "email", "phone", "company",
              "title", "department", "linkedin", "notes", "since", "tags", "id")
