"""The ``docintel`` command: the extractor's CLI plus ``docintel evaluate``.

The command is put together here so that the extractor (a library) never imports the benchmark.
"""

from __future__ import annotations

import typer

from extractor.cli import app

__all__ = ["app"]


@app.command(context_settings={"allow_extra_args": True, "ignore_unknown_options": True})
def evaluate(ctx: typer.Context) -> None:
    """Run the evaluation benchmark (same as ``python -m evaluation``; try ``--help`` after it)."""
    from evaluation.__main__ import main

    raise typer.Exit(main(list(ctx.args)))


@app.command(context_settings={"allow_extra_args": True, "ignore_unknown_options": True})
def worker(ctx: typer.Context) -> None:
    """Start a Celery worker for QUEUE=celery (same as ``celery -A service.celery_app worker``; options after it
    go to Celery, e.g. ``--concurrency 2``)."""
    from service.celery_app import app as celery_app

    celery_app.worker_main(["worker", "--loglevel=INFO", *ctx.args])
