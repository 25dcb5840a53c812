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
        print(f"docintel: invalid settings:\n{exc}", file=sys.stderr)
        return 2
    logging.basicConfig(level=settings.log_level.upper(), format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    logging.getLogger("alembic.runtime.plugins").setLevel(logging.WARNING)  # one line per plugin otherwise

    from service.app import create_app

    uvicorn.run(create_app(settings), host=settings.host, port=settings.port, log_level=settings.log_level,
                timeout_graceful_shutdown=10)
    return 0


if __name__ == "__main__":
    sys.exit(main())
