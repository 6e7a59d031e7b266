"""Import: upload an export, check the preview, import it all or nothing, then settle the
possible duplicates (merge, keep apart, undo)."""

from __future__ import annotations

import hashlib
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import streamlit as st

from app.i18n import error_text, t, t_md, tn
from app.state import get_session, get_store
from app.views import review_queue
from graph.core.errors import CarnetError
from graph.core.wording import WORDING
from graph.formats import CSV_FIELDS, IMPORT_FORMATS
from ingest.archives import ZIP_MAGIC, unpacked
from ingest.columns import column_kinds, csv_columns, head_cells
from ingest.common import MAX_FILE_BYTES, Parsed, read_head, too_big
from ingest.importer import (
    ImportResult,
    guess_format,
    import_parsed,
    preview_file,
    skipped_unit,
)
from ingest.resolve import ImportReport, skipped_where

FORMAT_NAMES = {"linkedin": "LinkedIn", "vcard": "vCard", "google": "Google Contacts",
                "csv": "CSV", "mbox": "mbox", "ics": "iCalendar", "carnet": "Carnet JSON"}

store = get_store()
st.title(t("import_title"))
st.caption(t("import_help"))

# Any file is taken (no type=): Streamlit refused others with a red mark and an English
# tooltip; read here, a wrong file gets one line in her language ("a ZIP archive, unzip it
# first" for LinkedIn's download).
upload = st.file_uploader(t("upload"), key="upload", max_upload_size=MAX_FILE_BYTES // 2**20)
# Labels fixed now, in this run's language (a format_func that reads the language later can
# disagree with the options it labelled).
format_labels = {"auto": t("format_auto"), **FORMAT_NAMES}
fmt = st.selectbox(t("format"), [f for f in IMPORT_FORMATS if f != "carnet"], key="import_format",
                   format_func=format_labels.__getitem__, placeholder=t("choose_in_list"))
session = get_session(store, first_of_several=False)  # (a team notebook: say who you are)
me = st.text_input(t("me"), key="import_me",
                   value=store.get_person(session.member).name if session else "")


def summary(report: ImportReport, done: bool = True) -> str:
    """What the import does (or did), in the user's language: a part a kind of change, zeros
    left out, real plurals. People merged into a namesake at the same company are existing
    cards completed, not "0 updated". Skipped rows are said below, with their reasons. The
    possible duplicates are listed below once imported (a preview writes none)."""
    parts = [tn(key, n) for key, n in (
        ("sum_added", report.added), ("sum_matched", report.matched),
        ("sum_updated", report.updated), ("sum_unchanged", report.unchanged),
        ("sum_queued" if done else "sum_queued_then", report.queued),
        ("sum_ties", report.ties_added),
        ("sum_jobs", report.jobs_closed), ("sum_companies", report.companies_noted)) if n]
    return ", ".join(parts) if parts else t("sum_nothing")


def show_report(report: ImportReport, fmt: str) -> None:
    """What the file's parse skipped, grouped by reason, in the format's terms (rows, a mail
    box's addresses, a calendar's events, an address book's cards)."""
    unit = skipped_unit(fmt)
    for reason, group in report.skipped_by_reason().items():
        where = skipped_where(group)
        key = f"skip_{group[0].code}"
        said = t(key) if key in WORDING else reason
        if where:
            said += f" ({tn('at_lines', len(group), lines=where) if group[0].line else where})"
        st.caption(t_md(f"skipped_{unit}", n=len(group), reason=said) if len(group) != 1
                   else t_md(f"skipped_{unit}_one", n=1, reason=said))


@contextmanager
def uploaded_file(data: bytes, name: str) -> Iterator[Path]:
    """The upload as a file with its own name (formats are told by it), deleted after use."""
    with tempfile.TemporaryDirectory(prefix="carnet-upload-") as folder:
        path = Path(folder) / (Path(name).name or "upload")
        path.write_bytes(data)
        yield path


def parsed_upload(data: bytes, name: str, key: tuple[object, ...],
                  mapping: dict[str, str]) -> tuple[str, Parsed]:
    """The upload parsed once for a given content, format, member and mapping (a page rerun
    reuses it), or the error's message."""
    cached = st.session_state.get("upload_parsed")
    if cached is None or cached[0] != key:
        with uploaded_file(data, name) as path:
            cached = (key, preview_file(store, path, fmt, me or None, mapping))
        st.session_state["upload_parsed"] = cached
    return cached[1]


def checked_upload(upload_key: tuple[object, ...], parsed: Parsed, found_format: str,
                   me: str | None) -> ImportResult:
    """The dry run of the parsed upload, once per parse and store version (it resolves every
    contact against the store: not on every run of the page)."""
    key = (upload_key, store.graph_version())
    cached = st.session_state.get("upload_checked")
    if cached is None or cached[0] != key:
        cached = (key, import_parsed(store, parsed, found_format, me, dry_run=True))
        st.session_state["upload_checked"] = cached
    result: ImportResult = cached[1]
    return result


def upload_head(data: bytes, name: str, digest: str) -> tuple[str, str]:
    """The upload's first lines and guessed format, once per content (of the export inside,
    for a ZIP)."""
    cached = st.session_state.get("upload_head")
    if cached is None or cached[0] != digest:
        zipped = data[:4] in ZIP_MAGIC  # (the whole archive: its export is at the end)
        with uploaded_file(data if zipped else data[:4096], name) as path, \
                unpacked(path) as export:
            head = read_head(export)
            guessed = guess_format(export) if export.suffix.lower() == ".csv" else ""
        cached = (digest, head, guessed)
        st.session_state["upload_head"] = cached
    return cached[1], cached[2]


if upload is not None:
    if upload.size > MAX_FILE_BYTES:
        st.error(t_md("import_failed", error=error_text(too_big(upload.name, upload.size))))
        st.stop()
    content = upload.getvalue()
    digest = hashlib.sha256(content).hexdigest()
    mapping: dict[str, str] = {}
    try:
        head, guessed_format = upload_head(content, upload.name, digest)
    except CarnetError as exc:
        st.error(t_md("import_failed", error=error_text(exc)))
        st.stop()
    if fmt == "csv" or (fmt == "auto" and guessed_format == "csv"):
        header, guessed = csv_columns(head)
        kinds = column_kinds(head_cells(head))  # (« Titre (1) · civilité », "Column 5")
        shown: dict[str | None, str] = {
            h: t(f"column_{kinds[h]}", name=h, n=n) if h in kinds else h
            for n, h in enumerate(header, start=1)}
        with st.expander(t("mapping"), expanded=fmt == "csv"):
            columns = st.columns(4)
            shown[None] = t("unmapped")
            for n, field in enumerate(CSV_FIELDS):
                options = [None, *header]
                chosen = columns[n % 4].selectbox(
                    t(f"csv_field_{field}"), options, key=f"map_{field}",
                    index=options.index(guessed[field]) if field in guessed else 0,
                    format_func=shown.__getitem__, placeholder=t("choose_in_list"))
                if chosen:
                    mapping[field] = chosen
    try:
        upload_key = (digest, upload.name, fmt, me, sorted(mapping.items()))
        found_format, parsed = parsed_upload(content, upload.name, upload_key, mapping)
        checked = checked_upload(upload_key, parsed, found_format, me or None)
        dry = checked.report
    except CarnetError as exc:
        st.error(t_md("import_failed", error=error_text(exc)))
        st.stop()
    said = st.empty()  # the preview, then (once imported) what was done, in its place
    said.info(t_md("preview", format=FORMAT_NAMES[found_format],
                   summary=summary(dry, done=False)))
    if parsed.contacts:  # (none: a file of companies' cards; an empty table says "empty")
        st.dataframe([{t("col_name"): c.name, t("col_company"): c.company,
                       t("col_title"): c.title, t("col_emails"): ", ".join(c.emails),
                       t("col_phones"): ", ".join(c.phones)}
                      for c in parsed.contacts[:50]], hide_index=True, key="preview_table")
    show_report(dry, found_format)
    for notice in checked.notices:
        st.caption(tn(f"notice_{notice.code}", notice.n))
    if st.button(t("do_import"), type="primary", key="do_import"):
        bar = st.progress(0.0)
        try:
            result = import_parsed(store, parsed, found_format, me or None,
                                   progress=lambda done, total: bar.progress(done / total))
        except CarnetError as exc:
            st.error(t_md("import_failed", error=error_text(exc)))
            st.stop()
        bar.empty()
        said.success(t_md("imported", summary=summary(result.report)))
        st.session_state["import_twins"] = (digest, result.report.twins)

# Merged at this file's import: each can be undone (not said again under the next file)
imported, twins = st.session_state.get("import_twins", ("", []))
if upload is not None and imported == digest:  # done: where to go next, not a dead end
    links = st.container(horizontal=True)
    links.page_link("app/explore.py", label=t("after_import_explore"), icon=":material/hub:")
    links.page_link("app/paths.py", label=t("after_import_paths"), icon=":material/route:")
if twins and upload is not None and imported == digest:
    merges = {(r.a, r.b): r for r in store.reviews("merged")}
    for known, new in twins:
        if (merged := merges.get((known, new))) is None or merged.merge is None:
            continue  # undone already
        left, right = st.columns([4, 1])
        left.caption(t_md("merged_at_import", name=store.get_person(known).name))
        if right.button(t("undo"), key=f"undo_{merged.id}"):
            store.undo_merge(merged.merge)
            st.rerun()

st.subheader(t("review_title"))
review_queue(store, "undo_merge_button")
