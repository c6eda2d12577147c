"""``govkg eval``: score extraction against gold annotations.

Parsing options and printing only; the scoring is :mod:`govkg.extract.evaluate`.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence

import click

from govkg.cli.common import Inputs, Output, warn
from govkg.errors import InputError
from govkg.extract.evaluate import CATEGORIES, Report, parse_jsonl, read_gold, read_jsonl, score


def _parse_minimums(ctx: click.Context, param: click.Parameter, specs: Sequence[str]
                    ) -> dict[str, float]:
    minimums: dict[str, float] = {}
    for spec in specs:
        category, sep, value = spec.partition("=")
        if not sep:
            raise click.BadParameter(f"{spec!r} is not CATEGORY=F1, e.g. persons=0.9")
        if category not in CATEGORIES:
            raise click.BadParameter(
                f"unknown category {category!r}; one of {', '.join(CATEGORIES)}")
        try:
            minimums[category] = float(value)
        except ValueError:
            raise click.BadParameter(f"{value!r} is not a number between 0 and 1") from None
        if not 0.0 <= minimums[category] <= 1.0:
            raise click.BadParameter(f"{value} is not between 0 and 1")
    return minimums


@click.command(name="eval")
@click.argument("gold", metavar="GOLD.jsonl")
@click.argument("paths", nargs=-1, metavar="[PATH]...")
@click.option("--predictions", "-p", metavar="FILE",
              help="Score this saved `govkg extract --format jsonl` output (`-` for standard "
                   "input) instead of extracting PATHs.")
@click.option("--details", is_flag=True,
              help="Also list every miss: category, article, FP or FN, item.")
@click.option("--json", "as_json", is_flag=True,
              help="Print JSON instead of a table (with --details, the misses too).")
@click.option("--min", "minimums", multiple=True, metavar="CATEGORY=F1",
              callback=_parse_minimums,
              help="Exit with status 1 when CATEGORY's F1 is below F1. Repeatable.")
@click.option("--silent", is_flag=True, help="Hide the progress bar.")
@click.pass_context
def eval_(ctx: click.Context, gold: str, paths: tuple[str, ...], predictions: str | None,
          details: bool, as_json: bool, minimums: dict[str, float], silent: bool) -> None:
    """Score extraction against a gold file: precision, recall and F1 per category.

    PATHs (files, directories, or - for standard input) are extracted first; or give
    --predictions with output saved earlier. Predictions pair with gold lines by article id,
    the file name without its extension. Figures are micro-averaged over the gold articles; a
    gold article with no prediction has all its items missed.

    \b
    Examples:
      govkg eval gold/seeds.jsonl seeds/
      govkg eval dev/gold.jsonl dev/ --details | grep -w FN
      govkg extract dev/ --format jsonl > pred.jsonl
      govkg eval dev/gold.jsonl --predictions pred.jsonl --min persons=0.9 --min roles=0.8

    Categories: persons, post_titles, posts_with_body (title and its body), roles (CHAIRED,
    SPOKE_AT, ATTENDED; chairing or speaking implies attending), bodies, places, projects,
    meeting_dates, inspected. Names compare after NFKC, without quotes and spaces. A second
    node for an entity already matched is a false positive (FP); optional gold items are
    never missed nor wrong. The rules are in ANNOTATION.md, "Gold files".
    """
    if predictions is not None and paths:
        raise click.UsageError("give either PATHs to extract or --predictions, not both")
    if predictions is None and not paths:
        raise click.UsageError("nothing to score: give PATHs to extract, or --predictions FILE")

    gold_articles = _read_gold(gold)
    inputs = None
    if predictions is not None:
        predicted = _read_predictions(predictions)
    else:
        from govkg.extract.flow import extractions_of

        inputs = Inputs(paths, label="extracting", silent=silent)
        predicted = [result for _, result in inputs.each(extractions_of)]

    report = score(gold_articles, predicted)
    for article_id in dict.fromkeys(report.duplicates):
        warn(f"article {article_id} predicted more than once; the last one counts")
    _warn_if_unpaired(gold_articles, predicted, report)

    if as_json:
        lines = [json.dumps(report.to_json(details=details), ensure_ascii=False, indent=1)]
    else:
        lines = render_table(report)
        if details:
            lines += [f"{miss.category}\t{miss.article}\t{miss.kind}\t{miss.describe()}"
                      for miss in report.misses]
    Output().write("".join(line + "\n" for line in lines))

    failed = report.below(minimums)
    if failed:
        click.echo("below threshold: " + "; ".join(failed), err=True)
        ctx.exit(1)
    if inputs is not None:
        inputs.finish()  # an input that could not be read: status 1, as read and extract


def render_table(report: Report) -> list[str]:
    """The lines of the table, as ``score.py`` prints it."""
    lines = []
    if report.missing:
        lines.append(f"no prediction for {len(report.missing)} article(s): "
                     + ", ".join(report.missing))
    lines.append(f"{'category':<16}{'P':>7}{'R':>7}{'F1':>7}{'tp':>6}{'fp':>6}{'fn':>6}")
    for category, f in report.figures().items():
        lines.append(f"{category:<16}{f['precision']:>7.3f}{f['recall']:>7.3f}{f['f1']:>7.3f}"
                     f"{f['tp']:>6}{f['fp']:>6}{f['fn']:>6}")
    return lines


def _read_gold(path: str) -> list[dict]:
    try:
        return read_gold(path)
    except InputError as e:
        if e.problem == "no such file":
            raise click.ClickException(
                f"gold file {path} not found: give the JSON Lines file of annotations, one "
                "object per article (ANNOTATION.md, 'Gold files')") from None
        raise click.ClickException(
            f"{e}. A gold file holds one JSON object per line, each with an \"id\"") from None


def _read_predictions(path: str) -> list[dict]:
    try:
        if path == "-":
            return parse_jsonl(sys.stdin, "<stdin>")
        return read_jsonl(path)
    except InputError as e:
        advice = ("save it with: govkg extract PATH... --format jsonl > pred.jsonl"
                  if e.problem == "no such file"
                  else "predictions are the output of govkg extract --format jsonl")
        raise click.ClickException(f"{e}; {advice}") from None


def _warn_if_unpaired(gold: list[dict], predicted: list[dict], report: Report) -> None:
    # All gold articles missing while there are predictions is almost always an id mismatch
    # (renamed files, another gold set), not an extractor that found nothing.
    if gold and predicted and len(report.missing) == len(gold):
        example = (predicted[0].get("article") or {}).get("id")
        warn(f"no prediction matches a gold article: gold ids look like {gold[0]['id']!r}, "
             f"predicted ids like {example!r}. Are these the gold file's articles?")
