"""Build ``extractor/ingest/data/genre_bigrams.tsv``: syllable pairs of the genre, from the corpus sources.

The OCR spelling correction (:mod:`extractor.ingest.spelling`) weighs a tone-mark variant by how often it
follows or precedes its neighbours. underthesea's prose (VLSP 2013) knows general Vietnamese; this file adds the
administrative genre ("các phường", "Thành phố", "bổ sung"), counted over ``corpus/*/source.txt`` only (the
held-out sets stay unseen). A pair must occur in at least two documents: one document's own names and words
("Bến Cát", a school's name) are not the genre.

    .venv/bin/python scripts/build_spelling_data.py
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from itertools import pairwise
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "extractor" / "ingest" / "data" / "genre_bigrams.tsv"
MIN_DOCUMENTS = 2


def main() -> None:
    counts: Counter[tuple[str, str]] = Counter()
    documents: Counter[tuple[str, str]] = Counter()
    for source in sorted((ROOT / "corpus").glob("*/source.txt")):
        text = unicodedata.normalize("NFC", source.read_text(encoding="utf-8")).lower()
        pairs: Counter[tuple[str, str]] = Counter()
        for line in text.splitlines():
            # Runs of syllables: punctuation, digits and symbols break a run.
            for run in re.split(r"[^\w\s]|\d|_", line):
                pairs.update(pairwise(run.split()))
        counts.update(pairs)
        documents.update(pairs.keys())
    rows = sorted(((a, b, n) for (a, b), n in counts.items() if documents[a, b] >= MIN_DOCUMENTS),
                  key=lambda r: (-r[2], r[0], r[1]))
    OUT.write_text("".join(f"{a} {b}\t{n}\n" for a, b, n in rows), encoding="utf-8")
    print(f"{OUT.relative_to(ROOT)}: {len(rows)} pairs")


if __name__ == "__main__":
    main()
