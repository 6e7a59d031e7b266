"""A person's job corrected, or changed, from her card (the People page): the works-at tie
put in its place, in one write.

A job is keyed by (person, company, title): a title or a company corrected is another job.
What becomes of the one she saw is hers to say, since only she knows which it is:
- it was written wrong (a typo, the wrong company): it is deleted, and the job in its place
  keeps its department and start;
- it has ended (she moved on): it is kept as a past job, ended today (as a LinkedIn import
  ends a position no longer shown), and the new one is current.
Either way paths to the old company no longer go through her as a current employee.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from typing import Final

from graph.core.errors import DataRejected
from graph.core.model import Company, GraphData, Job, current_jobs
from graph.core.names import MAX_NAME_CHARS
from graph.stores.port import GraphStore

WRONG: Final = "wrong"   # what she saw was written wrong: corrected in place
ENDED: Final = "ended"   # she moved on: kept as a past job
OLD_JOB: Final = (WRONG, ENDED)


@dataclass(frozen=True)
class JobChange:
    before: Job | None   # the job she saw (None: none noted)
    after: Job | None    # the job she holds now (None: none)

    @property
    def changed(self) -> bool:
        return _key(self.before) != _key(self.after)


def current_job(store: GraphStore, person_id: str) -> Job | None:
    """The job her card names her with (``model.current_jobs``)."""
    return current_jobs(store.jobs_of(person_id)).get(person_id)


def planned_job(person_id: str, before: Job | None, title: str,
                company: Company | None) -> JobChange:
    """What the boxes say: her job now, ``title`` at ``company`` (``None``: she has none);
    ``DataRejected`` for a title that cannot be kept, or a title with no company."""
    title = " ".join(title.split())
    if len(title) > MAX_NAME_CHARS:
        raise DataRejected("title_long", most=MAX_NAME_CHARS)
    if company is None:
        if title and (before is None or title != before.title):
            raise DataRejected("title_needs_company")
        return JobChange(before, None)
    if before is not None and (before.company, before.title) == (company.id, title):
        return JobChange(before, before)
    return JobChange(before, Job(person_id, company.id, title))


def change_job(store: GraphStore, change: JobChange, old_job: str | None,
               company: Company | None = None, today: date | None = None) -> Job | None:
    """Write ``change``: the job she saw deleted (``WRONG``: its department and start go to
    the one in its place) or ended today (``ENDED``), the new one current; ``company`` saved
    with it (a new one, or another way of writing its name). ``DataRejected`` when she has
    not said what became of the old job; ``PersonChanged`` if it changed meanwhile.
    Returns her job now."""
    if not change.changed:
        return change.after
    after, today = change.after, today or date.today()
    # (back to a job she held before: that job again, its department and start kept)
    held = after and next((j for j in store.jobs_of(after.person) if _key(j) == _key(after)),
                          None)
    if change.before is None:
        assert after is not None  # (changed)
        after = replace(held, until=None, current=True) if held else after
        store.save(GraphData(companies=[company] if company else [], jobs=[after]))
        return after
    if old_job not in OLD_JOB:
        raise DataRejected("old_job_unsaid")
    if after is not None and held:
        after = replace(held, until=None, current=True)
    elif after is not None and old_job == WRONG:
        after = replace(after, department=change.before.department, since=change.before.since)
    elif after is not None:  # (a new job from today, as the old one ends: the one shown)
        after = replace(after, since=today.isoformat())
    ended_on = today.isoformat() if old_job == ENDED else None
    store.replace_job(change.before, ended_on, GraphData(
        companies=[company] if company and after else [], jobs=[after] if after else []))
    return after


def _key(job: Job | None) -> tuple[str, str, str] | None:
    return None if job is None else (job.person, job.company, job.title)
