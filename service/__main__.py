"""``python -m service`` (what ``make run`` runs): the HTTP service under uvicorn.

Listens on ``HOST``:``PORT`` (default 127.0.0.1:8000) and keeps its data under ``DATA_DIR`` (default
./data); see :mod:`service.settings` for every variable. Imports stay inside :func:`main` because worker
processes (started with ``spawn``) import this module again.
"""

from __future__ import annotations

import sys


def main() -> int:
    import logging

    import uvicorn
    from pydantic import ValidationError

    from service.settings import Settings

    try:
        settings = Settings()
    except ValidationError as exc:
        print(f"docintel: không khởi động được, cấu hình chưa đúng:\n{settings_errors(exc)}", file=sys.stderr)
        return 2
    logging.basicConfig(level=settings.log_level.upper(), format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    logging.getLogger("alembic.runtime.plugins").setLevel(logging.WARNING)  # one line per plugin otherwise

    from service.app import create_app

    uvicorn.run(create_app(settings), host=settings.host, port=settings.port, log_level=settings.log_level,
                loop="uvloop", http="httptools", timeout_graceful_shutdown=10)
    return 0


def settings_errors(exc: object) -> str:
    """One line per invalid setting, named as its environment variable, in Vietnamese."""
    from service.errors import message_vi

    lines = []
    for error in exc.errors():  # type: ignore[attr-defined]
        name = str(error["loc"][0]).upper().removeprefix("DOCINTEL_") if error.get("loc") else None
        lines.append(f"  - {name}: {message_vi(error)}" if name else f"  - {message_vi(error)}")
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
