"""Save the extractor's output (record + evidence) for every text of the annotated sets and the real texts.

Used to check that a refactor changes no output: run it before and after, then diff the two directories.
    python scripts/snapshot_outputs.py OUT_DIR
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from extractor import extract_text

ROOT = Path(__file__).resolve().parent.parent
SETS = ("corpus", "heldout", "heldout2", "heldout3", "heldout-real", "heldout-real2")  # named: never a new held-out set
REAL = Path("/work/shared/real/texts")


def sources() -> list[tuple[str, Path]]:
    found = [(f"{s}/{p.parent.name}", p) for s in SETS for p in sorted((ROOT / s).glob("*/source.txt"))]
    found += [(f"real/{p.stem}", p) for p in sorted(REAL.glob("*.txt"))]
    return found


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    for name, path in sources():
        ex = extract_text(path.read_text(encoding="utf-8"))
        data = {
            "record": ex.record.model_dump(mode="json"),
            "evidence": {k: v.model_dump(mode="json") if hasattr(v, "model_dump") else repr(v)
                         for k, v in ex.evidence.items()},
            "text": ex.text,
        }
        target = out / f"{name.replace('/', '__')}.json"
        target.write_text(json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8")
    print(f"{len(sources())} outputs in {out}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
