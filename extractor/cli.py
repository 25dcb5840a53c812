"""The ``docintel`` command line."""

from __future__ import annotations

import json
import logging
import sys
from pathlib import Path
from typing import Annotated, Self

import typer

from extractor.errors import DocintelError, InternalError
from extractor.limits import DEFAULT_LIMITS, MB

log = logging.getLogger(__name__)

app = typer.Typer(add_completion=False, no_args_is_help=True, help="Plan records from Vietnamese directives.")


@app.command()
def schema() -> None:
    """Print the JSON Schema of the plan record."""
    from extractor.record import plan_record_json_schema_text

    sys.stdout.write(plan_record_json_schema_text())


class _PlainProgress:
    """Progress as plain lines on stderr (logs, pipes, CI): one line per file and per page read."""

    def __init__(self, total_files: int):
        self.total_files = total_files
        self.label = ""

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        return None

    def start_file(self, index: int, path: Path) -> None:
        self.label = f"[{index}/{self.total_files}] {path}"
        sys.stderr.write(f"{self.label}\n")
        sys.stderr.flush()

    def page(self, done: int, total: int) -> None:
        if total > 1:
            sys.stderr.write(f"{self.label}: trang {done}/{total}\n")
            sys.stderr.flush()

    def end_file(self) -> None:
        return None

    def note(self, message: str) -> None:
        sys.stderr.write(message + "\n")


class _RichProgress:
    """Progress bars on a terminal: files done, and pages of the file being read."""

    def __init__(self, total_files: int):
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

        self.progress = Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                                 TimeElapsedColumn(), console=Console(stderr=True), transient=False)
        self.files = self.progress.add_task("tệp", total=total_files)
        self.pages = self.progress.add_task("trang", total=None, visible=False)

    def __enter__(self) -> Self:
        self.progress.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.progress.stop()

    def start_file(self, index: int, path: Path) -> None:
        self.progress.update(self.files, description=f"tệp · {path.name}")
        self.progress.reset(self.pages, total=None, visible=False)

    def page(self, done: int, total: int) -> None:
        self.progress.update(self.pages, completed=done, total=total, visible=True, description="trang")

    def end_file(self) -> None:
        self.progress.advance(self.files)

    def note(self, message: str) -> None:
        self.progress.console.print(message, markup=False, highlight=False)


@app.command()
def extract(
    files: Annotated[list[Path], typer.Argument(exists=True, dir_okay=False, help="Directive files.")],
    out: Annotated[Path | None, typer.Option("--out", help="Write DIR/<stem>.json for each input.")] = None,
    progress: Annotated[
        bool | None, typer.Option("--progress/--no-progress",
                                  help="Report files and pages on stderr (default: a progress bar on a terminal, "
                                       "plain lines otherwise).")
    ] = None,
    max_mb: Annotated[float | None, typer.Option(
        "--max-mb", min=0.001, help=f"Largest file read, in MB (default {DEFAULT_LIMITS.max_bytes / MB:g}).")] = None,
    max_pages: Annotated[int | None, typer.Option(
        "--max-pages", min=1, help=f"Most pages read per file (default {DEFAULT_LIMITS.max_pages}).")] = None,
    max_chars: Annotated[int | None, typer.Option(
        "--max-chars", min=1000, help=f"Most characters of text per file (default {DEFAULT_LIMITS.max_chars:,}; "
                                      "lines: this divided by 20).")] = None,
) -> None:
    """Extract the plan record of each FILE: {record, evidence, text, timings_ms}.

    Exit status: 0 when every file was read, 1 when one was refused or failed (its line on stderr reads
    ``FILE: [code] message``, with the same codes as the service), 2 for a wrong command line.
    """
    from extractor.pipeline import extract_file

    limits = DEFAULT_LIMITS.with_(max_bytes=None if max_mb is None else int(max_mb * MB), max_pages=max_pages,
                                  max_chars=max_chars)

    if out is None and len(files) > 1:
        raise typer.BadParameter("nhiều tệp thì cần --out THƯ_MỤC để ghi mỗi kết quả ra một tệp riêng",
                                 param_hint="--out")
    terminal = sys.stderr.isatty()
    reporter: _PlainProgress | _RichProgress
    reporter = _RichProgress(len(files)) if terminal and progress is not False else _PlainProgress(len(files))
    quiet = progress is False
    failed = 0
    with reporter:
        for index, path in enumerate(files, start=1):
            if not quiet:
                reporter.start_file(index, path)
            try:
                extraction = extract_file(path, progress=None if quiet else reporter.page, limits=limits)
            except DocintelError as exc:
                failed += 1
                reporter.note(f"{path}: [{exc.code}] {exc.message}")
                reporter.end_file()
                continue
            except Exception as exc:  # a bug of ours: say so in one line and go on with the next file
                failed += 1
                log.debug("extracting %s failed", path, exc_info=True)
                reporter.note(f"{path}: [{InternalError.code}] Lỗi nội bộ khi đọc tệp ({type(exc).__name__}: "
                              f"{exc}). Hãy báo lỗi kèm tệp này.")
                reporter.end_file()
                continue
            payload = json.dumps(extraction.model_dump(mode="json"), ensure_ascii=False, indent=2)
            if out is None:
                sys.stdout.write(payload + "\n")
            else:
                out.mkdir(parents=True, exist_ok=True)
                (out / f"{path.stem}.json").write_text(payload + "\n", encoding="utf-8")
                if not quiet:
                    reporter.note(f"{path} → {out / (path.stem + '.json')}")
            reporter.end_file()
    raise typer.Exit(1 if failed else 0)


if __name__ == "__main__":  # pragma: no cover
    app()
