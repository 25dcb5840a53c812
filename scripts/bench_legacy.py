"""How well old Word files and TCVN3/VNI texts come through, and what they cost (issue 14).

    python scripts/bench_legacy.py            # every corpus and heldout text
    python scripts/bench_legacy.py --doc 5    # also time 5 .doc conversions (LibreOffice)

For every annotated text that the encoding can hold, a legacy twin is made (TCVN3 and VNI, as a .docx with the
fonts a typist used and as a plain-text file) and its record compared with its Unicode twin's: the share of
identical records is printed per twin kind. A TCVN3 text file has no fonts, so the capitals typed in
``.VnTimeH`` inside a sentence ("của Ủy ban") are lost: that kind is expected below 100 %. Also timed: the
detection that every text upload now runs, and .doc conversion.
"""

from __future__ import annotations

import argparse
import io
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import docx  # noqa: E402

from extractor import extract_bytes, extract_text  # noqa: E402
from extractor.ingest import vn_legacy_encodings as enc  # noqa: E402
from extractor.ingest.legacy import convert_doc  # noqa: E402


def _docx(paragraphs: list[list[tuple[str, str | None]]]) -> bytes:
    document = docx.Document()
    for runs in paragraphs:
        paragraph = document.add_paragraph()
        for text, font in runs:
            paragraph.add_run(text).font.name = font
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


def twins(text: str) -> dict[str, bytes]:
    out: dict[str, bytes] = {}
    lines = text.splitlines()
    try:
        out["tcvn3 .docx"] = _docx([[(c, ".VnTimeH" if h else ".VnTime") for c, h in enc.unicode_to_tcvn3(line)]
                                    for line in lines])
        out["tcvn3 .txt"] = "".join(c for c, _ in enc.unicode_to_tcvn3(text)).encode("cp1252")
    except (ValueError, UnicodeEncodeError):
        pass
    try:
        out["vni .docx"] = _docx([[(enc.unicode_to_vni(line), "VNI-Times")] for line in lines])
        out["vni .txt"] = enc.unicode_to_vni(text).encode("cp1252")
    except (ValueError, UnicodeEncodeError):
        pass
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--doc", type=int, default=0, help="time this many .doc conversions")
    args = parser.parse_args()
    sources = sorted(p for pattern in ("corpus/*/source.txt", "heldout*/*/source.txt") for p in ROOT.glob(pattern))
    same: dict[str, list[bool]] = {}
    detect_ms, false_conversions = [], 0
    for path in sources:
        text = path.read_text(encoding="utf-8")
        started = time.perf_counter()
        false_conversions += enc.detect(text).encoding is not None
        detect_ms.append((time.perf_counter() - started) * 1000)
        # A Word twin is compared with the Unicode .docx (reading a .docx tidies spaces a text file keeps).
        expected = {".txt": extract_text(text).record.model_dump(),
                    ".docx": extract_bytes(_docx([[(line, None)] for line in text.splitlines()])).record.model_dump()}
        for kind, data in twins(text).items():
            record = extract_bytes(data).record.model_dump()
            same.setdefault(kind, []).append(record == expected[kind.split()[-1]])
    print(f"{len(sources)} Unicode texts: {false_conversions} converted by mistake; detection median "
          f"{statistics.median(detect_ms):.2f} ms, max {max(detect_ms):.2f} ms")
    for kind, results in same.items():
        print(f"{kind:12} same record as its Unicode twin: {sum(results)}/{len(results)}")
    if args.doc:
        seed = (ROOT / "corpus/seed_000/source.txt").read_text(encoding="utf-8")
        with tempfile.TemporaryDirectory() as tmp:
            Path(tmp, "seed.docx").write_bytes(_docx([[(line, None)] for line in seed.splitlines()]))
            subprocess.run(["soffice", f"-env:UserInstallation={Path(tmp, 'p').as_uri()}", "--headless",
                            "--convert-to", "doc:MS Word 97", "--outdir", tmp, str(Path(tmp, "seed.docx"))],
                           check=True, capture_output=True, timeout=300)
            doc = Path(tmp, "seed.doc").read_bytes()
        seconds = []
        for _ in range(args.doc):
            started = time.perf_counter()
            convert_doc(doc)
            seconds.append(time.perf_counter() - started)
        print(f".doc → .docx ({len(doc) // 1024} KB): median {statistics.median(seconds):.2f} s, "
              f"max {max(seconds):.2f} s over {len(seconds)} conversions")


if __name__ == "__main__":
    main()
