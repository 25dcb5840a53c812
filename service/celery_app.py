"""The Celery application of a worker machine: ``docintel worker`` or ``celery -A service.celery_app worker``.

Configured from the same environment as the API (:mod:`service.settings`): ``BROKER_URL``, ``DATABASE_URL``,
``STORAGE_URL``, ``WORKERS`` (processes), ``DATA_DIR`` (this machine's cache) …; see README "Running on
several machines".
"""

from __future__ import annotations

import contextlib
import os

from celery import signals

from service.celery_queue import make_celery, worker_state
from service.runner import WORKER_NICE
from service.settings import Settings

settings = Settings()
if not settings.broker_url:
    raise SystemExit("docintel worker: hãy đặt BROKER_URL (ví dụ redis://máy-chủ:6379/0), DATABASE_URL và "
                     "STORAGE_URL giống như ở máy chạy API.")
app = make_celery(settings)


@signals.worker_process_init.connect
def _load_pipeline(**_: object) -> None:
    """Each worker process loads the pipeline when it starts, not in its first job, and runs below normal
    priority (as the embedded queue's workers do, and Tesseract inherits it): an API or database on the same
    machine answers first."""
    with contextlib.suppress(OSError):
        os.nice(WORKER_NICE)
    worker_state()
