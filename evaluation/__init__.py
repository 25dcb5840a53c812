"""The evaluation benchmark: the extractor scored against the annotated corpus (plan-record.md, section 3).

Kept apart from the tests: tests catch regressions, the benchmark measures. Modules:

- :mod:`evaluation.normalise` — the scoring normalisation of values;
- :mod:`evaluation.scoring` — slot scoring of one predicted record against its gold record;
- :mod:`evaluation.documents` — reading a directory in the corpus layout;
- :mod:`evaluation.runner` — the modes (``text``; ``scan`` to come) that feed documents to the extractor;
- :mod:`evaluation.report` — corpus-level figures, timings, misses; table and JSON;
- ``python -m evaluation`` (:mod:`evaluation.__main__`) — the command.
"""

from evaluation.normalise import normalise, normalise_code
from evaluation.scoring import DocumentScore, score_record

__all__ = ["DocumentScore", "normalise", "normalise_code", "score_record"]
