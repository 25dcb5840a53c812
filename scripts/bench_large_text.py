"""Time the text pipeline on large accepted texts (issue 10: the normaliser and segmenter must be linear).

    python scripts/bench_large_text.py KIND   # KIND: doc5mb | doc20mb | lines1m | lines2mb
Run under ``/usr/bin/time -v`` for the peak memory. Inputs are generated, never committed:
- docNmb: a corpus document repeated to N MB (realistic text: headers, lists, closings over and over);
- lines1m: one million short lines ("- Mục 123456");
- lines2mb: a 2 MB file of one million lines (one character and a newline each).
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def generate(kind: str) -> str:
    if kind.startswith("doc"):
        size = int(kind.removeprefix("doc").removesuffix("mb")) * 1_000_000
        seed = (ROOT / "corpus/seed_000/source.txt").read_text(encoding="utf-8")
        return (seed + "\n\n") * (size // len((seed + "\n\n").encode()) + 1)
    if kind == "lines1m":
        return "".join(f"- Mục {i}\n" for i in range(1_000_000))
    if kind == "lines2mb":
        return "a\n" * 1_000_000
    raise SystemExit(f"unknown kind {kind!r}")


def main(kind: str) -> None:
    sys.path.insert(0, str(Path.cwd()))  # measure the tree run from (a worktree or a checkout of main)
    from extractor import extract_text

    text = generate(kind)
    t0 = time.perf_counter()
    ex = extract_text(text)
    total = time.perf_counter() - t0
    stages = ", ".join(f"{k} {v / 1000:.2f} s" for k, v in ex.timings_ms.items())
    print(f"{kind}: {len(text.encode()) / 1e6:.1f} MB, {text.count(chr(10))} lines: {total:.2f} s ({stages})")


if __name__ == "__main__":
    main(sys.argv[1])
