"""Uploads and page images in a database (``STORAGE_URL``), for an API and workers on different machines.

With Celery the API and the workers share no disk: the API stores an upload, a worker on another machine
reads it and writes page images, and the API serves those images to the review page. :class:`DatabaseStorage`
keeps every file as one row of ``blobs`` (PostgreSQL ``bytea``) and uses its local directory (``DATA_DIR``)
only as a cache and for uploads being received. Keys are built from hex digests and integers only::

    files/<sha256>          the uploaded bytes
    files/<sha256>.json     the upload's document id, display name and time (see service.recovery)
    pages/<sha256>/<n>.png  page images, written by the worker that processed the document

A worker drops its local copies when its job is over; the API keeps its copies as a cache (an upload never
changes, and a page image changes only if the document is processed again, into the same pixels).
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from contextlib import suppress
from pathlib import Path
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.exc import IntegrityError

from service.db import Database
from service.models import Blob
from service.storage import Storage, StoredUpload, _check_digest, atomic_write


class DatabaseStorage(Storage):
    """:class:`~service.storage.Storage` whose files live in the ``blobs`` table of ``db``."""

    def __init__(self, root: Path, db: Database):
        super().__init__(root)
        self.db = db

    # ------------------------------------------------------------------ blobs

    def _get(self, key: str) -> bytes | None:
        with self.db.read() as session:
            return session.scalar(select(Blob.data).where(Blob.key == key))

    def _put(self, key: str, data: bytes, *, replace: bool = False) -> None:
        try:
            with self.db.write() as session:
                if replace:
                    session.execute(delete(Blob).where(Blob.key == key))
                elif session.get(Blob, key) is not None:
                    return
                session.add(Blob(key=key, data=data))
        except IntegrityError:
            pass  # written concurrently by another process: the same bytes

    # ------------------------------------------------------------------ Storage

    def commit(self, upload: StoredUpload, about: dict[str, Any] | None = None) -> Path:
        if about is not None:
            self._put(f"files/{upload.sha256}.json", json.dumps(about, ensure_ascii=False).encode("utf-8"),
                      replace=True)
        self._put(f"files/{upload.sha256}", upload.data)
        return super().commit(upload)  # the local copy is a cache

    def put_bytes(self, data: bytes) -> str:
        sha256 = super().put_bytes(data)
        self._put(f"files/{sha256}", data)
        return sha256

    def upload_info(self, sha256: str) -> dict[str, Any]:
        raw = self._get(f"files/{_check_digest(sha256)}.json")
        try:
            info = json.loads(raw) if raw is not None else {}
        except ValueError:
            return {}
        return info if isinstance(info, dict) else {}

    def stored_digests(self) -> Iterator[str]:
        with self.db.read() as session:
            keys = list(session.scalars(select(Blob.key).where(Blob.key.like("files/%"))))
        for key in keys:
            name = key.removeprefix("files/")
            if "." not in name:
                yield name

    def read(self, sha256: str) -> bytes:
        return self.fetch_upload(sha256).read_bytes()

    def fetch_upload(self, sha256: str) -> Path:
        path = self.file_path(sha256)
        if not path.is_file():
            data = self._get(f"files/{sha256}")
            if data is None:
                raise FileNotFoundError(f"no stored upload {sha256}")
            atomic_write(path, data)
        return path

    def store_pages(self, sha256: str) -> None:
        directory = self.pages_dir(sha256)
        for path in sorted(directory.glob("*.png")):
            if path.stem.isdigit():
                self._put(f"pages/{sha256}/{int(path.stem)}.png", path.read_bytes(), replace=True)

    def drop_local_copies(self, sha256: str) -> None:
        """A worker's copies, once the job is over: the database has them, and a worker must not fill its disk."""
        with suppress(OSError):
            self.file_path(sha256).unlink(missing_ok=True)
        shutil.rmtree(self.pages_dir(sha256), ignore_errors=True)

    def page_file(self, sha256: str, number: int) -> Path | None:
        path = self.page_path(sha256, number)
        if path.is_file():
            return path
        data = self._get(f"pages/{sha256}/{number}.png")
        if data is None:
            return None
        atomic_write(path, data)
        return path

    def check_writable(self) -> None:
        super().check_writable()
        self.db.ping()
