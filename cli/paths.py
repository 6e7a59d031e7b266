"""``carnet paths``: whom to ask for an introduction, as text or JSON."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

import click

from cli.base import cli, store_of
from cli.words import lang_of, lang_option
from graph.core.formatting import percent

if TYPE_CHECKING:  # the engine (numpy) is imported when the command runs, not for --help
    from graph.services.warmpaths import PathsResult


@cli.command()
@click.option("--to", "company", required=True, metavar="COMPANY")
@click.option("--role", metavar="TERMS")
@click.option("--from", "sources", multiple=True, metavar="PERSON")
@click.option("--exclude", multiple=True, metavar="PERSON")
@click.option("--top", default=5, show_default=True, type=click.IntRange(1, 100))
@click.option("--max-hops", default=4, show_default=True, type=click.IntRange(1, 6))
@click.option("--include-former", is_flag=True)
@click.option("--json", "as_json", is_flag=True)
@lang_option
@click.pass_context
def paths(ctx: click.Context, company: str, role: str | None, sources: tuple[str, ...],
          exclude: tuple[str, ...], top: int, max_hops: int, include_former: bool,
          as_json: bool) -> None:
    from graph.services.warmpaths import find_paths, to_json

    lang = lang_of(ctx)
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
    # (referrals there that no card shows: what she was told, before whom to ask)
    referred = [say("paths_referred", lang), *(f"  · {why}" for _, _, why in result.referred)]
    if not result.introductions:
        if not result.targets:
            return say("paths_nobody", lang, **named)
        return "\n".join([say_n("paths_none", max_hops, lang, hops=max_hops, **named),
                          *declined, *(referred if result.referred else ())])
    lines = [say("paths_heading", lang, **named)]
    if result.direct:
        lines += ["", direct_heading(result, lang)]
    for intro in result.direct:
        title = f", {intro.title}" if intro.title else ""
        hop = intro.hops[0]
        lines.append(f"  · {intro.target.name}{title}   {percent(intro.score, lang)}"
                     f"{colon} {hop.why}")
        if intro.rewarm:
            lines.append(f"    {intro.rewarm.why}")
        if intro.warmer:  # (barely known: a friend's warmer way to her, asked first)
            lines.append(f"    {intro.warmer.advice}")
        if intro.next_step:  # (an introduction to her asked before she was a contact)
            lines.append(f"    {intro.next_step}")
    if result.referred:
        lines += ["", *referred]
    if result.asks:
        lines += ["", say("paths_asks", lang)]
    for n, intro in enumerate(result.asks, start=1):
        title = f", {intro.title}" if intro.title else ""
        lines += ["", f"{n}. {intro.introducer.name} → {intro.target.name}{title}"
                      f"   {say('paths_score', lang, score=percent(intro.score, lang))}",
                  "   " + " → ".join(p.name for p in intro.path)]
        lines += [f"   · {h.source.name} – {h.target.name} ({percent(h.strength, lang)}){colon} "
                  f"{h.why}"
                  for h in intro.hops]
        lines.append(f"   {intro.next_step or intro.explanation}")  # (asked: where it stands)
        if intro.why_rank:
            lines.append(f"   {intro.why_rank}")
        if intro.rewarm:
            lines.append(f"   {intro.rewarm.why}")
    if declined:
        lines += ["", *declined]
    if not result.exact:
        lines += ["", say("paths_inexact", lang)]
    return "\n".join(lines)


def direct_heading(result: PathsResult, lang: str) -> str:
    """"You already know people there", or, for paths from someone else (``--from``), who
    does: the people the direct cards start from."""
    from graph.core.wording import say

    if all(intro.for_member for intro in result.direct):
        return say("paths_direct", lang)
    who = list(dict.fromkeys(intro.path[0].name for intro in result.direct))
    return say("paths_direct_from_many" if len(who) > 1 else "paths_direct_from", lang,
               who=say("why_and", lang).join([", ".join(who[:-1]), who[-1]] if len(who) > 1
                                             else who))
