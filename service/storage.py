"""Files on disk, addressed by the sha256 of their content.

Layout under ``DATA_DIR``::

    files/ab/abcdef…            the uploaded bytes (no extension, no client file name)
    files/ab/abcdef….json       the upload's document id, display name and time, so that start-up can
                                re-register an upload the database lost (see service.recovery)
    pages/abcdef…/1.png         page images written at processing time, for the review page
    tmp/                        uploads being received (renamed into files/ when complete)

Only hex digests and integers ever become path components: a client's file name is kept in the database for
display and never reaches the file system. Writes go to a temporary file first and are renamed into place,
so a reader never sees half a file and two writers of the same content cannot corrupt each other.

A write that the file system refuses (read-only, immutable, full, failing disk) raises
:class:`~extractor.errors.UnavailableError` (503 ``unavailable``): it is the storage's fault, not the
client's, and the same request succeeds once the disk does.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import secrets
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from extractor.errors import TooLargeError, UnavailableError
from service.codes import ErrorCode

_SHA256 = re.compile(r"^[0-9a-f]{64}$")
CHUNK = 1024 * 1024


@dataclass(frozen=True, slots=True)
class StoredUpload:
    """An upload received into ``tmp/``: its digest, size and bytes, not yet committed to ``files/``."""

    sha256: str
    size: int
    data: bytes
    temp_path: Path


def _check_digest(sha256: str) -> str:
    if not _SHA256.match(sha256):
        raise ValueError(f"not a sha256 hex digest: {sha256!r}")
    return sha256


@contextmanager
def storage_faults() -> Iterator[None]:
    """Turn an ``OSError`` of the data directory into :class:`UnavailableError` (see the module docstring)."""
    try:
        yield
    except OSError as exc:
        raise UnavailableError(
            "Kho lưu trữ tệp tạm thời không ghi được (đĩa chỉ đọc, đầy hoặc lỗi). Không có dữ liệu nào bị mất; "
            "vui lòng thử lại sau ít phút.",
            code=ErrorCode.SERVICE_UNAVAILABLE, detail={"os_error": type(exc).__name__},
        ) from exc


def atomic_write(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file in the same directory and a rename."""
    with storage_faults():
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise


def _remove(path: Path) -> None:
    """Best-effort clean-up of a temporary file (a failing disk must not hide the error being handled)."""
    with suppress(OSError):
        path.unlink(missing_ok=True)


class Storage:
    """Content-addressed file storage under one root directory."""

    def __init__(self, root: Path):
        self.root = Path(root).resolve()
        self.files_dir = self.root / "files"
        self.pages_root = self.root / "pages"
        self.tmp_dir = self.root / "tmp"

    def ensure(self) -> None:
        with storage_faults():
            for directory in (self.files_dir, self.pages_root, self.tmp_dir):
                directory.mkdir(parents=True, exist_ok=True)

    # ------------------------------------------------------------------ uploads

    def receive(self, stream: BinaryIO, *, max_bytes: int) -> StoredUpload:
        """Copy ``stream`` into ``tmp/`` while hashing it; :class:`TooLargeError` beyond ``max_bytes``."""
        digest = hashlib.sha256()
        chunks: list[bytes] = []
        size = 0
        temp_path = self.tmp_dir / f"upload-{secrets.token_hex(8)}"
        try:
            with storage_faults():
                self.tmp_dir.mkdir(parents=True, exist_ok=True)
                with open(temp_path, "wb") as out:
                    while chunk := stream.read(CHUNK):
                        size += len(chunk)
                        if size > max_bytes:
                            raise TooLargeError(
                                f"Tệp lớn hơn giới hạn {max_bytes / 1024 / 1024:g} MB. Hãy tách tệp, hoặc quét "
                                "lại với độ phân giải thấp hơn (200–300 dpi là đủ).",
                                code=ErrorCode.UPLOAD_TOO_LARGE, detail={"limit_bytes": max_bytes},
                            )
                        digest.update(chunk)
                        chunks.append(chunk)
                        out.write(chunk)
        except BaseException:
            _remove(temp_path)
            raise
        return StoredUpload(sha256=digest.hexdigest(), size=size, data=b"".join(chunks), temp_path=temp_path)

    def commit(self, upload: StoredUpload, about: dict[str, Any] | None = None) -> Path:
        """Move a received upload to its content address (a no-op if the same content is already there),
        with ``about`` (document id, display name, time) written beside it for :meth:`upload_info`."""
        target = self.file_path(upload.sha256)
        with storage_faults():
            if about is not None:
                atomic_write(self.info_path(upload.sha256), json.dumps(about, ensure_ascii=False).encode("utf-8"))
            if target.exists():
                upload.temp_path.unlink(missing_ok=True)
                return target
            target.parent.mkdir(parents=True, exist_ok=True)
            os.replace(upload.temp_path, target)
        return target

    def discard(self, upload: StoredUpload) -> None:
        _remove(upload.temp_path)

    def put_bytes(self, data: bytes) -> str:
        """Store ``data`` by content and return its digest."""
        sha256 = hashlib.sha256(data).hexdigest()
        target = self.file_path(sha256)
        if not target.exists():
            atomic_write(target, data)
        return sha256

    # ------------------------------------------------------------------ addresses

    def file_path(self, sha256: str) -> Path:
        sha256 = _check_digest(sha256)
        return self.files_dir / sha256[:2] / sha256

    def info_path(self, sha256: str) -> Path:
        return self.file_path(sha256).with_suffix(".json")

    def upload_info(self, sha256: str) -> dict[str, Any]:
        """What :meth:`commit` wrote beside the file (``{}`` if nothing readable was)."""
        try:
            info = json.loads(self.info_path(sha256).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        return info if isinstance(info, dict) else {}

    def stored_digests(self) -> Iterator[str]:
        """The digest of every stored upload (``files/ab/<sha256>``)."""
        for path in self.files_dir.glob("??/*"):
            if _SHA256.match(path.name) and path.name.startswith(path.parent.name):
                yield path.name

    def pages_dir(self, sha256: str) -> Path:
        return self.pages_root / _check_digest(sha256)

    def page_path(self, sha256: str, number: int) -> Path:
        if not isinstance(number, int) or number < 1:
            raise ValueError(f"page numbers start at 1, got {number!r}")
        return self.pages_dir(sha256) / f"{number}.png"

    def read(self, sha256: str) -> bytes:
        return self.file_path(sha256).read_bytes()

    # ------------------------------------------------------------------ for workers and page images
    # A store other machines reach (service.blobs.DatabaseStorage) copies between itself and this directory.

    def fetch_upload(self, sha256: str) -> Path:
        """A local path of the stored upload (a worker reads it from there)."""
        return self.file_path(sha256)

    def store_pages(self, sha256: str) -> None:
        """Publish the page images a worker wrote under :meth:`pages_dir` (here they already are)."""

    def drop_local_copies(self, sha256: str) -> None:
        """Forget this machine's copies of an upload and its page images (only where another store keeps them)."""

    def page_file(self, sha256: str, number: int) -> Path | None:
        """A local path of page ``number``'s image, ``None`` when there is none."""
        path = self.page_path(sha256, number)
        return path if path.is_file() else None

    # ------------------------------------------------------------------ health

    def check_writable(self) -> None:
        """Raise ``OSError`` unless a file can be written to and removed from the storage root."""
        self.ensure()
        probe = self.tmp_dir / f".probe-{secrets.token_hex(4)}"
        probe.write_bytes(b"ok")
        probe.unlink()
