"""The ``docintel`` command line."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer

from extractor.errors import DocintelError

app = typer.Typer(add_completion=False, no_args_is_help=True, help="Plan records from Vietnamese directives.")


@app.command()
def schema() -> None:
    """Print the JSON Schema of the plan record."""
    from extractor.record import plan_record_json_schema_text

    sys.stdout.write(plan_record_json_schema_text())


@app.command(context_settings={"allow_extra_args": True, "ignore_unknown_options": True})
def evaluate(ctx: typer.Context) -> None:
    """Run the evaluation benchmark (same as ``python -m evaluation``; try ``--help`` after it)."""
    from evaluation.__main__ import main

    raise typer.Exit(main(list(ctx.args)))


@app.command()
def extract(
    files: Annotated[list[Path], typer.Argument(exists=True, dir_okay=False, help="Directive files.")],
    out: Annotated[Path | None, typer.Option("--out", help="Write DIR/<stem>.json for each input.")] = None,
) -> None:
    """Extract the plan record of each FILE: {record, evidence, text, timings_ms}."""
    from extractor.pipeline import extract_file

    if out is None and len(files) > 1:
        raise typer.BadParameter("several files need --out DIR", param_hint="--out")
    failed = 0
    for path in files:
        try:
            extraction = extract_file(path)
        except DocintelError as exc:
            failed += 1
            typer.echo(f"{path}: [{exc.code}] {exc.message}", err=True)
            continue
        payload = json.dumps(extraction.model_dump(mode="json"), ensure_ascii=False, indent=2)
        if out is None:
            sys.stdout.write(payload + "\n")
        else:
            out.mkdir(parents=True, exist_ok=True)
            (out / f"{path.stem}.json").write_text(payload + "\n", encoding="utf-8")
            typer.echo(f"{path} → {out / (path.stem + '.json')}", err=True)
    raise typer.Exit(1 if failed else 0)


if __name__ == "__main__":  # pragma: no cover
    app()
