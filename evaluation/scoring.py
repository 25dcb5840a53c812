"""Slot scoring of a predicted plan record against its gold record (plan-record.md, section 3).

Terms:

*slot*
    One scored field path of the record: a scalar such as ``document.number``, a list such as
    ``addressees``, or a sub-field of a list's items such as ``parent_directives.number`` and
    ``assignments.tasks``. :data:`FIELD_PATHS` lists all of them; nothing else is scored
    (``reporting.content``, ``reporting.deadline`` as a value, ``warnings``, additions to the spec).
*normalised*
    Passed through :func:`evaluation.normalise.normalise` (codes: :func:`~evaluation.normalise.normalise_code`).
    A value that normalises to nothing counts as ``null``.
*match*
    Codes, dates, times, emails and the enumerations (``kind``, ``mode``, ``relation``, ``urgency``,
    ``secrecy``) match when their normalised forms are equal. Free text matches when
    ``rapidfuzz.fuzz.ratio`` of the normalised forms is at least :data:`FUZZY_THRESHOLD`.
*scalar slot*
    Gold and prediction both null: not counted. A match: one true positive (tp). Otherwise a non-null
    prediction is a false positive (fp) and a non-null gold value a false negative (fn), so a wrong value
    counts as both.
*list slot*
    Gold items are paired one-to-one with predicted items (see *pairing*). A pair is one tp for the list;
    an unpaired prediction is an fp, an unpaired gold item an fn. Sub-fields of a pair are scored as scalar
    slots, ``tasks`` as a list slot of its own. Sub-fields of an unpaired item count as well: each non-null
    one (and each task) is an fn for a gold item, an fp for a predicted one.
*pairing*
    Greedy by key similarity: every (gold, predicted) pair whose key similarity is at least
    :data:`FUZZY_THRESHOLD` is a candidate; candidates are taken best similarity first (ties: lower gold
    index, then lower predicted index), skipping any whose gold or predicted item is already taken.
    The key similarity is ``fuzz.ratio`` of the normalised keys (0 when either key is null):

    - ``addressees``, ``distribution``, ``tasks``: the string itself;
    - ``parent_directives``: the code form of ``number`` (compared fuzzily only for pairing; the number
      is then scored exactly as a sub-field), ``issuer`` where the gold number is null, and ``subject``
      where both are null (a law cited by name and date: "Căn cứ Luật Giáo dục ngày …" pairs by its name,
      never by an empty key, so two unnamed citations do not pair by accident);
    - ``assignments``: ``agency`` (a key only: the list tp is its score, it is not a sub-field);
    - ``reporting`` — "an equal deadline, then recipient", in two rounds:

      1. candidates are the pairs whose deadlines are both non-null and equal after normalisation, with
         no threshold; they are taken best ``recipient`` similarity first (null recipient: 0), ties as above;
      2. the items left are then paired by ``recipient`` similarity ≥ :data:`FUZZY_THRESHOLD` alone,
         whatever their deadlines.

      The deadline is a pairing key, not a scored sub-field: a pair of round 2 with different deadlines
      is scored on its relation, reporters, recipient and email only.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Final

from rapidfuzz import fuzz

from evaluation.normalise import normalise, normalise_code

__all__ = [
    "FIELD_PATHS",
    "FUZZY_THRESHOLD",
    "Compare",
    "Counts",
    "DocumentScore",
    "Miss",
    "greedy_pairs",
    "matches",
    "pair_reporting",
    "score_record",
    "similarity",
]

FUZZY_THRESHOLD: Final = 85.0  # rapidfuzz.fuzz.ratio, 0–100; "≥ 85" in the spec


class Compare(enum.Enum):
    """How two values of a slot are compared."""

    EXACT = "exact"  # dates, times, emails, enumerations: equal after normalisation
    CODE = "code"  # numbers: equal after normalisation with all white space removed
    FUZZY = "fuzzy"  # free text: fuzz.ratio of the normalised strings ≥ FUZZY_THRESHOLD

    def form(self, value: Any) -> str | None:
        """The normalised form this comparison looks at (``None`` for an absent value)."""
        if value is None:
            return None
        text = value if isinstance(value, str) else str(value)
        return normalise_code(text) if self is Compare.CODE else normalise(text)


def similarity(compare: Compare, gold: Any, predicted: Any) -> float:
    """``fuzz.ratio`` (0–100) of the two values' normalised forms; 0 when either is null."""
    a, b = compare.form(gold), compare.form(predicted)
    if a is None or b is None:
        return 0.0
    return fuzz.ratio(a, b)


def matches(compare: Compare, gold: Any, predicted: Any) -> bool:
    """Whether a non-null prediction matches a non-null gold value under ``compare``."""
    a, b = compare.form(gold), compare.form(predicted)
    if a is None or b is None:
        return False
    if compare is Compare.FUZZY:
        return fuzz.ratio(a, b) >= FUZZY_THRESHOLD
    return a == b


# ---------------------------------------------------------------- the slots (spec section 3, "The slots")

E, C, F = Compare.EXACT, Compare.CODE, Compare.FUZZY

SCALAR_SLOTS: Final[tuple[tuple[str, Compare], ...]] = (
    ("document.kind", E),
    ("document.number", C),
    ("document.issue_date", E),
    ("document.place", F),
    ("document.subject", F),
    ("document.urgency", E),
    ("document.secrecy", E),
    ("issuer.name", F),
    ("issuer.parent", F),
    ("event.name", F),
    ("event.theme", F),
    ("event.start_date", E),
    ("event.end_date", E),
    ("event.opening_ceremony.date", E),
    ("event.opening_ceremony.time", E),
    ("event.opening_ceremony.venue", F),
    ("event.opening_ceremony.mode", E),
    ("signer.authority", F),
    ("signer.title", F),
    ("signer.name", F),
)
STRING_LISTS: Final = ("addressees", "distribution")
PARENT_FIELDS: Final[tuple[tuple[str, Compare], ...]] = (
    ("number", C), ("kind", E), ("issue_date", E), ("issuer", F), ("subject", F),
)
REPORTING_FIELDS: Final[tuple[tuple[str, Compare], ...]] = (
    ("relation", E), ("reporters", F), ("recipient", F), ("email", E),
)

# Every scored field path, in the order of the record (the report lists them in this order). The tables
# above say how each is compared; tests check that the two agree.
FIELD_PATHS: Final[tuple[str, ...]] = (
    "document.kind", "document.number", "document.issue_date", "document.place", "document.subject",
    "document.urgency", "document.secrecy",
    "issuer.name", "issuer.parent",
    "addressees",
    "parent_directives", "parent_directives.number", "parent_directives.kind", "parent_directives.issue_date",
    "parent_directives.issuer", "parent_directives.subject",
    "event.name", "event.theme", "event.start_date", "event.end_date",
    "event.opening_ceremony.date", "event.opening_ceremony.time", "event.opening_ceremony.venue",
    "event.opening_ceremony.mode",
    "assignments", "assignments.tasks",
    "reporting", "reporting.relation", "reporting.reporters", "reporting.recipient", "reporting.email",
    "distribution",
    "signer.authority", "signer.title", "signer.name",
)


# ---------------------------------------------------------------- results


@dataclass(slots=True)
class Counts:
    """True positives, false positives and false negatives of one slot (or of a sum of slots)."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def __add__(self, other: Counts) -> Counts:
        return Counts(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    @property
    def support(self) -> int:
        """Gold values of the slot: tp + fn."""
        return self.tp + self.fn

    @property
    def precision(self) -> float | None:
        """tp / (tp + fp); ``None`` when nothing was predicted."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        """tp / (tp + fn); ``None`` when there is no gold value."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None

    @property
    def f1(self) -> float | None:
        """2·tp / (2·tp + fp + fn), the harmonic mean of P and R; ``None`` when all three are 0."""
        denominator = 2 * self.tp + self.fp + self.fn
        return 2 * self.tp / denominator if denominator else None


@dataclass(frozen=True, slots=True)
class Miss:
    """One scoring error: the field path, the gold and predicted values and where they sit.

    ``gold_at`` and ``predicted_at`` are JSON Pointers into the gold and the predicted record
    (``/assignments/1/tasks/0``); ``None`` on the side that has no value. For an unpaired list item the
    value is the whole item.
    """

    field: str
    gold: Any
    predicted: Any
    gold_at: str | None = None
    predicted_at: str | None = None

    @property
    def kind(self) -> str:
        """``fn`` (gold missed), ``fp`` (spurious prediction) or ``wrong`` (both: a wrong value)."""
        if self.predicted is None:
            return "fn"
        if self.gold is None:
            return "fp"
        return "wrong"


@dataclass(slots=True)
class DocumentScore:
    """The counts of every slot of one document, and its misses."""

    counts: dict[str, Counts] = field(default_factory=lambda: {path: Counts() for path in FIELD_PATHS})
    misses: list[Miss] = field(default_factory=list)

    @property
    def total(self) -> Counts:
        """The micro sum over all slots."""
        return sum(self.counts.values(), Counts())

    @property
    def all_right(self) -> bool:
        """Every slot right: no false positive and no false negative anywhere."""
        total = self.total
        return total.fp == 0 and total.fn == 0


# ---------------------------------------------------------------- pairing

Similarity = Callable[[int, int], float]


def greedy_pairs(
    n_gold: int, n_predicted: int, key_similarity: Similarity, threshold: float = FUZZY_THRESHOLD,
    *, taken: tuple[set[int], set[int]] | None = None,
) -> list[tuple[int, int]]:
    """Pair gold and predicted indices one-to-one, best similarity first.

    Args:
        n_gold: Number of gold items.
        n_predicted: Number of predicted items.
        key_similarity: Similarity (0–100) of gold item ``g`` and predicted item ``p``.
        threshold: Least similarity of a candidate pair.
        taken: Gold and predicted indices already paired (updated in place), for pairing in rounds.

    Returns:
        The pairs ``(g, p)`` in the order they were taken.
    """
    taken_gold, taken_pred = taken if taken is not None else (set(), set())
    candidates = [
        (score, g, p)
        for g in range(n_gold) if g not in taken_gold
        for p in range(n_predicted) if p not in taken_pred
        if (score := key_similarity(g, p)) >= threshold
    ]
    # Best similarity first; on a tie the earlier gold item, then the earlier prediction, so the result
    # does not depend on the sort's stability or on floating-point noise in the order of generation.
    candidates.sort(key=lambda c: (-c[0], c[1], c[2]))
    pairs = []
    for _, g, p in candidates:
        if g in taken_gold or p in taken_pred:
            continue
        taken_gold.add(g)
        taken_pred.add(p)
        pairs.append((g, p))
    return pairs


def pair_reporting(gold: list[Mapping[str, Any]], predicted: list[Mapping[str, Any]]) -> list[tuple[int, int]]:
    """Pair reporting items: equal deadlines first (best recipient first), then recipient alone (≥ 85).

    See *pairing* in the module docstring.
    """
    taken: tuple[set[int], set[int]] = (set(), set())

    def recipient(g: int, p: int) -> float:
        return similarity(F, gold[g].get("recipient"), predicted[p].get("recipient"))

    def same_deadline_then_recipient(g: int, p: int) -> float:
        a, b = E.form(gold[g].get("deadline")), E.form(predicted[p].get("deadline"))
        if a is None or a != b:
            return -1.0  # below the round's threshold of 0: not a candidate
        return recipient(g, p)

    pairs = greedy_pairs(len(gold), len(predicted), same_deadline_then_recipient, threshold=0.0, taken=taken)
    pairs += greedy_pairs(len(gold), len(predicted), recipient, taken=taken)
    return pairs


# ---------------------------------------------------------------- scoring


def _as_json(record: Any) -> Mapping[str, Any]:
    # A PlanRecord (or any pydantic model) is scored as the JSON of the contract; a mapping as it is, so a
    # hand-written partial record in a test can leave keys out (a missing key is null / []).
    if hasattr(record, "model_dump"):
        return record.model_dump(mode="json")
    return record


def _get(record: Mapping[str, Any], path: str) -> Any:
    value: Any = record
    for part in path.split("."):
        if not isinstance(value, Mapping):
            return None
        value = value.get(part)
    return value


def _items(record: Mapping[str, Any], path: str) -> list[Any]:
    value = _get(record, path)
    return list(value) if isinstance(value, list) else []


def _pointer(path: str) -> str:
    return "/" + path.replace(".", "/")


class _Scorer:
    """Accumulates the counts and misses of one document."""

    def __init__(self) -> None:
        self.result = DocumentScore()

    def scalar(self, path: str, compare: Compare, gold: Any, predicted: Any, gold_at: str, predicted_at: str) -> None:
        counts = self.result.counts[path]
        gold_form, pred_form = compare.form(gold), compare.form(predicted)
        if gold_form is None and pred_form is None:
            return
        if gold_form is not None and pred_form is not None and matches(compare, gold, predicted):
            counts.tp += 1
            return
        if pred_form is not None:
            counts.fp += 1
        if gold_form is not None:
            counts.fn += 1
        self.result.misses.append(Miss(
            path,
            gold if gold_form is not None else None,
            predicted if pred_form is not None else None,
            gold_at if gold_form is not None else None,
            predicted_at if pred_form is not None else None,
        ))

    def unpaired(self, path: str, value: Any, at: str, *, gold: bool) -> None:
        """An item with no partner: an fn (gold) or fp (predicted) of ``path``."""
        counts = self.result.counts[path]
        if gold:
            counts.fn += 1
            self.result.misses.append(Miss(path, value, None, at, None))
        else:
            counts.fp += 1
            self.result.misses.append(Miss(path, None, value, None, at))

    def string_list(self, path: str, gold: list[Any], predicted: list[Any], gold_at: str, predicted_at: str) -> None:
        """A list of free-text strings (addressees, distribution, tasks), paired by the string itself."""
        # Entries that normalise to nothing are absent values, like a null scalar: not counted.
        gold_idx = [i for i, v in enumerate(gold) if F.form(v) is not None]
        pred_idx = [i for i, v in enumerate(predicted) if F.form(v) is not None]
        pairs = greedy_pairs(
            len(gold_idx), len(pred_idx), lambda g, p: similarity(F, gold[gold_idx[g]], predicted[pred_idx[p]])
        )
        self.result.counts[path].tp += len(pairs)
        paired_gold = {g for g, _ in pairs}
        paired_pred = {p for _, p in pairs}
        for g, i in enumerate(gold_idx):
            if g not in paired_gold:
                self.unpaired(path, gold[i], f"{gold_at}/{i}", gold=True)
        for p, i in enumerate(pred_idx):
            if p not in paired_pred:
                self.unpaired(path, predicted[i], f"{predicted_at}/{i}", gold=False)

    def object_list(
        self,
        path: str,
        gold: list[Mapping[str, Any]],
        predicted: list[Mapping[str, Any]],
        pairs: list[tuple[int, int]],
        fields: Iterable[tuple[str, Compare]],
        *,
        tasks: bool = False,
    ) -> None:
        """A list of objects already paired: the list tp/fp/fn, then the sub-fields of every item."""
        fields = tuple(fields)
        self.result.counts[path].tp += len(pairs)
        for g, p in pairs:
            for name, compare in fields:
                self.scalar(f"{path}.{name}", compare, gold[g].get(name), predicted[p].get(name),
                            f"/{path}/{g}/{name}", f"/{path}/{p}/{name}")
            if tasks:
                self.string_list(f"{path}.tasks", list(gold[g].get("tasks") or []),
                                 list(predicted[p].get("tasks") or []), f"/{path}/{g}/tasks", f"/{path}/{p}/tasks")
        paired_gold = {g for g, _ in pairs}
        paired_pred = {p for _, p in pairs}
        for side, items, paired in ((True, gold, paired_gold), (False, predicted, paired_pred)):
            for i, item in enumerate(items):
                if i in paired:
                    continue
                self.unpaired(path, dict(item), f"/{path}/{i}", gold=side)
                # A missed (or spurious) item costs each of its stated sub-fields and tasks as well.
                for name, compare in fields:
                    if compare.form(item.get(name)) is not None:
                        self.unpaired(f"{path}.{name}", item.get(name), f"/{path}/{i}/{name}", gold=side)
                if tasks:
                    for t, task in enumerate(item.get("tasks") or []):
                        if F.form(task) is not None:
                            self.unpaired(f"{path}.tasks", task, f"/{path}/{i}/tasks/{t}", gold=side)


def _parent_key_similarity(gold: list[Mapping[str, Any]], predicted: list[Mapping[str, Any]]) -> Similarity:
    def key_similarity(g: int, p: int) -> float:
        if C.form(gold[g].get("number")) is not None:
            return similarity(C, gold[g].get("number"), predicted[p].get("number"))
        if F.form(gold[g].get("issuer")) is not None:
            return similarity(F, gold[g].get("issuer"), predicted[p].get("issuer"))
        return similarity(F, gold[g].get("subject"), predicted[p].get("subject"))

    return key_similarity


def _objects(record: Mapping[str, Any], path: str) -> list[Mapping[str, Any]]:
    return [item if isinstance(item, Mapping) else {} for item in _items(record, path)]


def score_record(gold: Any, predicted: Any) -> DocumentScore:
    """Score a predicted plan record against the gold record of the same document.

    Args:
        gold: The gold record: a :class:`~extractor.record.PlanRecord` or its JSON object.
        predicted: The extractor's record, in the same forms.

    Returns:
        The counts of every slot of :data:`FIELD_PATHS` and the misses behind the fp and fn.
    """
    gold_json, pred_json = _as_json(gold), _as_json(predicted)
    scorer = _Scorer()
    for path, compare in SCALAR_SLOTS:
        scorer.scalar(path, compare, _get(gold_json, path), _get(pred_json, path), _pointer(path), _pointer(path))
    for path in STRING_LISTS:
        scorer.string_list(path, _items(gold_json, path), _items(pred_json, path), _pointer(path), _pointer(path))

    gold_parents, pred_parents = _objects(gold_json, "parent_directives"), _objects(pred_json, "parent_directives")
    pairs = greedy_pairs(len(gold_parents), len(pred_parents), _parent_key_similarity(gold_parents, pred_parents))
    scorer.object_list("parent_directives", gold_parents, pred_parents, pairs, PARENT_FIELDS)

    gold_assign, pred_assign = _objects(gold_json, "assignments"), _objects(pred_json, "assignments")
    pairs = greedy_pairs(
        len(gold_assign), len(pred_assign),
        lambda g, p: similarity(F, gold_assign[g].get("agency"), pred_assign[p].get("agency")),
    )
    scorer.object_list("assignments", gold_assign, pred_assign, pairs, (), tasks=True)

    gold_rep, pred_rep = _objects(gold_json, "reporting"), _objects(pred_json, "reporting")
    scorer.object_list("reporting", gold_rep, pred_rep, pair_reporting(gold_rep, pred_rep), REPORTING_FIELDS)
    return scorer.result
