"""``carnet paths``: whom to ask for an introduction, as text or JSON."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

import click

from cli.base import cli, cli_lang, store_of
from graph.core.formatting import number

if TYPE_CHECKING:  # the engine (numpy) is imported when the command runs, not for --help
    from graph.services.warmpaths import PathsResult


@cli.command()
@click.option("--to", "company", required=True, metavar="COMPANY", help="The company to reach.")
@click.option("--role", metavar="TERMS",
              help="Only people whose title or department has one of these comma-separated "
                   "terms (case and accents ignored).")
@click.option("--from", "sources", multiple=True, metavar="PERSON",
              help="Start from this person (repeatable). Default: the network's members.")
@click.option("--exclude", multiple=True, metavar="PERSON",
              help="Never ask or go through this person (repeatable).")
@click.option("--top", default=5, show_default=True, type=click.IntRange(1, 100),
              help="How many introducers.")
@click.option("--max-hops", default=4, show_default=True, type=click.IntRange(1, 6),
              help="Longest path, in ties.")
@click.option("--include-former", is_flag=True,
              help="Count former employees too (as weaker targets than current ones).")
@click.option("--json", "as_json", is_flag=True, help="Print the result as JSON.")
@click.option("--lang", type=click.Choice(["fr", "en"]), default=None,
              help="Language of the explanations. Default: from $LANG, else English.")
@click.pass_context
def paths(ctx: click.Context, company: str, role: str | None, sources: tuple[str, ...],
          exclude: tuple[str, ...], top: int, max_hops: int, include_former: bool,
          as_json: bool, lang: str | None) -> None:
    """Whom to ask for an introduction to COMPANY, by which path, and why (best first).

    Exits 1 when no path is found within --max-hops.
    """
    from graph.services.warmpaths import find_paths, to_json

    lang = cli_lang(lang)
    result = find_paths(store_of(ctx), company, role=role, sources=sources, exclude=exclude,
                        top=top, max_hops=max_hops, include_former=include_former, lang=lang)
    if as_json:
        click.echo(json.dumps(to_json(result), ensure_ascii=False, indent=1))
    else:
        click.echo(paths_text(result, max_hops, lang))
    if not result.introductions:
        raise SystemExit(1)


def paths_text(result: PathsResult, max_hops: int, lang: str) -> str:
    from graph.core.wording import say, say_n

    colon = say("colon", lang)
    named = {"company": result.company.name, "role": f" ({result.role})" if result.role else ""}
    declined = [why for _, _, why in result.declined]  # where those paths went
    if not result.introductions:
        if not result.targets:
            return say("paths_nobody", lang, **named)
        return "\n".join([say_n("paths_none", max_hops, lang, hops=max_hops, **named),
                          *declined])
    lines = [say("paths_heading", lang, **named)]
    if result.direct:
        lines += ["", say("paths_direct", lang)]
    for intro in result.direct:
        title = f", {intro.title}" if intro.title else ""
        hop = intro.hops[0]
        lines.append(f"  · {intro.target.name}{title}   {number(intro.score, lang)}"
                     f"{colon} {hop.why}")
        if intro.rewarm:
            lines.append(f"    {intro.rewarm.why}")
    if result.asks:
        lines += ["", say("paths_asks", lang)]
    for n, intro in enumerate(result.asks, start=1):
        title = f", {intro.title}" if intro.title else ""
        lines += ["", f"{n}. {intro.introducer.name} → {intro.target.name}{title}"
                      f"   {say('paths_score', lang, score=number(intro.score, lang))}",
                  "   " + " → ".join(p.name for p in intro.path)]
        lines += [f"   · {h.source.name} – {h.target.name} ({number(h.strength, lang)}){colon} "
                  f"{h.why}"
                  for h in intro.hops]
        lines.append(f"   {intro.explanation}")
        if intro.why_rank:
            lines.append(f"   {intro.why_rank}")
        if intro.rewarm:
            lines.append(f"   {intro.rewarm.why}")
    if declined:
        lines += ["", *declined]
    if not result.exact:
        lines += ["", say("paths_inexact", lang)]
    return "\n".join(lines)
