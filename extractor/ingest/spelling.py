"""Post-OCR correction of Vietnamese tone and vowel marks with a word list, on the CPU, offline.

Tesseract ``vie`` confuses the marks of stacked diacritics (``ố``/``ô``/``ồ``, ``ổ``/``ỗ``/``ố``, ``ấ``/``ắ``)
and reads them as other valid syllables: "sửa đối, bố sung" for "sửa đổi, bổ sung". The word list is
underthesea's ``Viet74K.txt`` (74 000 words and compounds, shipped inside the installed wheel; nothing is
downloaded). A word's mark is changed only with strong evidence:

- the candidates are the word with one letter's marks changed (same base letter; ``d``/``đ``), i.e. edit
  distance 1;
- a candidate is accepted when it forms a dictionary compound with the word before or after it (``đổi`` with
  ``sửa``) while the word as read forms none, and it is the only candidate that does;
- a word that is no Vietnamese syllable at all (``QUYÉT``) is also replaced by its only valid candidate.

Case, digits and punctuation around the word are kept; words with digits or of one letter are left alone.
"""

from __future__ import annotations

import importlib.util
import math
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import pairwise
from pathlib import Path
from typing import Final

from extractor.ingest.layout import Line

# Vowels with every tone, by base letter; "d" and "đ" are one family too.
_FAMILIES = [
    "aàáảãạ", "ăằắẳẵặ", "âầấẩẫậ", "eèéẻẽẹ", "êềếểễệ", "iìíỉĩị", "oòóỏõọ", "ôồốổỗộ", "ơờớởỡợ",
    "uùúủũụ", "ưừứửữự", "yỳýỷỹỵ", "dđ",
]
# One letter's possible readings: the same vowel with another tone, or a sister vowel (a/ă/â, o/ô/ơ, …).
_GROUPS = ["aăâ", "eê", "oôơ", "uư", "i", "y", "d"]
_VARIANTS: dict[str, str] = {}
for group in _GROUPS:
    letters = "".join(family for family in _FAMILIES if family[0] in group or (group == "d" and family == "dđ"))
    for letter in letters:
        _VARIANTS[letter] = letters.replace(letter, "")
_WORD = re.compile(r"^(\W*)(\w+?)(\W*)$")
# A valid syllable is replaced only by a variant with at least this much context evidence, and this many
# times the evidence for the syllable as read and for any other variant.
MIN_EVIDENCE: Final = 2.0
GENRE_BIGRAMS: Final = Path(__file__).resolve().parent / "data" / "genre_bigrams.tsv"
GENRE_WEIGHT: Final = 5
EVIDENCE_RATIO: Final = 4.0
# The neighbour test (``_neighbour_choice``) for what the test above leaves alone.
NEIGHBOUR_RATIO: Final = 20.0  # how much better a word in use must fit to be replaced
# The evidence a candidate for a word in use needs beside each neighbour, and beside the next word alone when
# the word starts a line (for a syllable no text uses, any).
MIN_SIDE: Final = 5
COMMON_IN_WORDS: Final = 100  # a syllable in this many dictionary words is in use ("xe": 158; "sô": 7, "cô": 84)
OTHER_EDIT: Final = 20.0  # a letter inserted, dropped or replaced is this much less likely than a mark changed
MIN_ONE_SIDE: Final = 100
SMOOTHING: Final = 5.0  # pseudo-count of the unigram prior in P(next | word)


_PACKAGE_DATA = {
    # 74 000 words and compounds: which syllables exist, which pairs of them make a word.
    "words": ("corpus", "data", "Viet74K.txt"),
    # The word segmenter's test output on VLSP 2013 text (one token a line, sentences apart): how often
    # syllables follow each other in running Vietnamese prose.
    "prose": ("pipeline", "pos_tag", "models", "pos_crf_vlsp2013_20230303", "test_output.txt"),
}


def _package_file(name: str) -> Path | None:
    spec = importlib.util.find_spec("underthesea")
    if spec is None or not spec.origin:
        return None
    path = Path(spec.origin).parent.joinpath(*_PACKAGE_DATA[name])
    return path if path.is_file() else None


@dataclass(frozen=True, slots=True)
class Lexicon:
    syllables: frozenset[str]
    compounds: frozenset[tuple[str, str]]  # adjacent syllables inside a dictionary word
    bigrams: Counter[tuple[str, str]]  # adjacent syllables in running prose
    unigrams: Counter[str]
    uses: Counter[str]  # how often a syllable stands in prose or in the genre's pairs
    followers: Counter[str]  # how many pairs start with a syllable
    leaders: Counter[str]  # how many pairs end with a syllable
    by_skeleton: dict[str, frozenset[str]]  # syllables by their spelling with one letter left out
    common: frozenset[str]  # syllables of many dictionary words ("xe", "nam"): in use though the prose lacks them

    def compound(self, before: str | None, word: str, after: str | None) -> bool:
        return (before, word) in self.compounds or (word, after) in self.compounds

    def context(self, before: str | None, word: str, after: str | None) -> float:
        """Evidence that ``word`` stands between its neighbours: prose bigram counts, a compound counts 2."""
        score = 0.0
        if before is not None:
            score += self.bigrams[(before, word)] + 2 * ((before, word) in self.compounds)
        if after is not None:
            score += self.bigrams[(word, after)] + 2 * ((word, after) in self.compounds)
        return score

    def _prior(self, word: str) -> float:
        return (self.uses[word] + 0.5) / (self.uses.total() + 0.5 * len(self.syllables))

    def fit(self, before: str | None, word: str, after: str | None) -> float:
        """log P(word | before) + log P(word | after): how well ``word`` fills the gap between its neighbours.

        Pair counts (a dictionary compound adds 2) smoothed by the word's own frequency; both factors are
        conditioned on the neighbours, which are given, so a rare word gains nothing from being rare."""
        prior = self._prior(word)
        score = 0.0
        if before is not None:
            count = self.bigrams[(before, word)] + 2 * ((before, word) in self.compounds)
            score += math.log((count + SMOOTHING * prior) / (self.followers[before] + SMOOTHING))
        if after is not None:
            count = self.bigrams[(word, after)] + 2 * ((word, after) in self.compounds)
            score += math.log((count + SMOOTHING * prior) / (self.leaders[after] + SMOOTHING))
        return score

    def near(self, word: str) -> set[str]:
        """Syllables one letter inserted, dropped or replaced away ("đi" → "đối", "thỉ" → "thi")."""
        found: set[str] = set(self.by_skeleton.get(word, ()))  # one letter inserted
        for i in range(len(word)):
            skeleton = word[:i] + word[i + 1 :]
            if skeleton in self.syllables:  # one letter dropped
                found.add(skeleton)
            found.update(s for s in self.by_skeleton.get(skeleton, ()) if len(s) == len(word)
                         and sum(a != b for a, b in zip(s, word, strict=True)) == 1)  # one replaced
        found.discard(word)
        return found


def _syllables(text: str) -> list[str]:
    return unicodedata.normalize("NFC", text.strip().lower()).split()


_TONES = "\u0300\u0301\u0303\u0309\u0323"  # grave, acute, tilde, hook, dot below (NFD)
_OPEN_GLIDE = re.compile(r"(oa|oe|uy)$")


def tone_spellings(syllable: str) -> set[str]:
    """The syllable with its tone mark on either vowel of an open ``oa``/``oe``/``uy`` ("ủy"/"uỷ", "hóa"/"hoá").

    Both placements are in use (the word list writes "uỷ ban", these pages "Ủy ban"); they are one word."""
    decomposed = unicodedata.normalize("NFD", syllable)
    tone = "".join(ch for ch in decomposed if ch in _TONES)
    bare = unicodedata.normalize("NFC", "".join(ch for ch in decomposed if ch not in _TONES))
    glide = _OPEN_GLIDE.search(bare)
    if len(tone) != 1 or not glide or bare.startswith("qu"):  # "quý": the u belongs to the consonant
        return {syllable}
    at = glide.start()
    return {unicodedata.normalize("NFC", bare[: at + k + 1] + tone + bare[at + k + 1 :]) for k in (0, 1)} | {syllable}


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The word list and prose statistics from the installed underthesea wheel (empty without it)."""
    syllables: set[str] = set()
    compounds: set[tuple[str, str]] = set()
    bigrams: Counter[tuple[str, str]] = Counter()
    unigrams: Counter[str] = Counter()
    in_words: Counter[str] = Counter()
    words = _package_file("words")
    if words is not None:
        for entry in words.read_text(encoding="utf-8").splitlines():
            parts = _syllables(entry)
            if parts and all(p.isalpha() for p in parts):
                syllables.update(parts)
                in_words.update(set(parts))
                for first, second in pairwise(parts):
                    compounds.update((a, b) for a in tone_spellings(first) for b in tone_spellings(second))
    prose = _package_file("prose")
    if prose is not None and syllables:
        sentence: list[str] = []
        for row in prose.read_text(encoding="utf-8").splitlines():
            token = row.split("\t", 1)[0]
            if token.strip():
                sentence.extend(_syllables(token))
                continue
            bigrams.update(pairwise(sentence))
            unigrams.update(sentence)
            sentence = []
        bigrams.update(pairwise(sentence))
        unigrams.update(sentence)
    genre_uses: Counter[str] = Counter()
    # The genre's own pairs (scripts/build_spelling_data.py), weighted up: they are what these pages say.
    for row in GENRE_BIGRAMS.read_text(encoding="utf-8").splitlines():
        pair, _, count = row.partition("\t")
        first, _, second = pair.partition(" ")
        bigrams[(first, second)] += GENRE_WEIGHT * int(count)
        genre_uses[second] += int(count)
    # Syllables the word list lacks but prose and the genre use again and again: names ("Nguyễn"), loans.
    syllables.update(w for w, n in unigrams.items() if n >= 2 and w.isalpha())
    syllables.update(w for pair, n in bigrams.items() if n >= 2 * GENRE_WEIGHT for w in pair if w.isalpha())
    followers: Counter[str] = Counter()
    leaders: Counter[str] = Counter()
    for (first, second), n in bigrams.items():
        followers[first] += n
        leaders[second] += n
    by_skeleton: dict[str, set[str]] = {}
    for syllable in syllables:
        for i in range(len(syllable)):
            by_skeleton.setdefault(syllable[:i] + syllable[i + 1 :], set()).add(syllable)
    return Lexicon(frozenset(syllables), frozenset(compounds), bigrams, unigrams, unigrams + genre_uses, followers,
                   leaders, {skeleton: frozenset(found) for skeleton, found in by_skeleton.items()},
                   frozenset(w for w, n in in_words.items() if n >= COMMON_IN_WORDS))


def _candidates(word: str, syllables: frozenset[str]) -> list[str]:
    found = []
    for i, ch in enumerate(word):
        for other in _VARIANTS.get(ch, ""):
            candidate = word[:i] + other + word[i + 1 :]
            if candidate in syllables:
                found.append(candidate)
    return found


def _with_case(template: str, word: str) -> str:
    return "".join(c.upper() if t.isupper() else c for t, c in zip(template, word, strict=True))


def _capitalised(parts: list[re.Match[str] | None], k: int) -> bool:
    """The k-th word starts with a capital (a name goes on: "Ban Tổ chức", "Bộ Công an")."""
    return 0 <= k < len(parts) and parts[k] is not None and parts[k].group(2)[0].isupper()  # type: ignore[union-attr]


# "Tr" read as "1r" ("'1rần Phước Hiền"): a capital T's bar and stem taken for a one (and a tick).
_ONE_FOR_T = re.compile(r"^\W*1(r\w+)$")


def _one_for_t(text: str, syllables: frozenset[str]) -> str:
    match = _ONE_FOR_T.match(unicodedata.normalize("NFC", text))
    if match and match.group(1).isalpha() and f"t{match.group(1)}" in syllables:
        return f"T{match.group(1)}"
    return text


def _marks_choice(lex: Lexicon, before: str | None, core: str, after: str | None) -> str | None:
    """The variant of ``core`` with another mark on one letter, when the evidence is strong (the module's doc)."""
    candidates = _candidates(core, lex.syllables)
    if not candidates:
        return None
    scored = sorted(((lex.context(before, c, after), c) for c in candidates), reverse=True)
    best, choice = scored[0]
    # The same word with its tone on the other vowel ("uỷ" beside "ủy") is no rival.
    runner_up = max((score for score, c in scored[1:] if c not in tone_spellings(choice)), default=0.0)
    if core in lex.syllables:
        # A valid syllable is changed only when its neighbours clearly call for another one.
        current = lex.context(before, core, after)
        if best < MIN_EVIDENCE or best < EVIDENCE_RATIO * (current + 1) or best < EVIDENCE_RATIO * runner_up:
            return None
    elif len(candidates) > 1 and not (best >= 1 and best >= EVIDENCE_RATIO * runner_up):
        # No syllable as read, no clear context: the variant most used in prose, when it clearly is.
        by_use = sorted(((lex.unigrams[c], c) for c in candidates), reverse=True)
        if by_use[0][0] < EVIDENCE_RATIO * max(by_use[1][0], 1):
            return None
        choice = by_use[0][1]
    return choice


def _neighbour_choice(lex: Lexicon, before: str | None, core: str, after: str | None, *, first: bool) -> str | None:
    """A syllable one letter or one mark away that the neighbours call for, where ``core`` fits neither.

    "Đi với" → "Đối với", "cơ trách nhiệm" → "có trách nhiệm", "mã sô" → "mã số". The word as read must have
    been seen beside neither neighbour, the candidate beside each one there is: a word in use needs both
    neighbours and MIN_SIDE pair counts (a line's first word MIN_ONE_SIDE beside the next), a syllable no text
    uses any. Among several, P(word | before) × P(word | after) decides, by a clear margin."""
    neighbours = [(before, None), (None, after)]
    present = [(b, a) for b, a in neighbours if (b or a) is not None]
    if not present:
        return None
    used = lex.uses[core] > 0 or core in lex.common
    if any(lex.context(b, core, a) > 0 for b, a in present):
        return None  # the word as read stands beside a neighbour in some text or word: keep it
    if used and len(present) < 2 and not (first and after is not None):
        return None  # a word in use at a line's end or beside punctuation: one side says too little
    need = (MIN_SIDE if len(present) == 2 else MIN_ONE_SIDE) if used else 1
    same = tone_spellings(core)
    candidates = []
    marks = set(_candidates(core, lex.syllables))
    for c in marks | lex.near(core):
        if c in same or len(c) < 2 or (not used and core in lex.syllables and c not in marks and len(present) < 2):
            continue  # another letter for a syllable no text uses needs both neighbours' word
        evidence = [lex.context(b, c, a) for b, a in present]
        if min(evidence) >= need:
            candidates.append(c)
    if not candidates:
        return None
    # Tesseract misreads a mark far more often than a letter: another letter costs OTHER_EDIT in the odds.
    scored = sorted(((lex.fit(before, c, after) - (c not in marks) * math.log(OTHER_EDIT), c) for c in candidates),
                    reverse=True)
    best, choice = scored[0]
    runner_up = max((score for score, c in scored[1:] if c not in tone_spellings(choice)), default=-math.inf)
    if used and best - lex.fit(before, core, after) < math.log(NEIGHBOUR_RATIO):
        return None
    return choice if best - runner_up >= math.log(EVIDENCE_RATIO) else None


def _cased(template: str, word: str) -> str:
    if len(template) == len(word):
        return _with_case(template, word)
    if template.isupper():
        return word.upper()
    return word[0].upper() + word[1:] if template[0].isupper() else word


def correct_words(texts: list[str]) -> list[str]:
    """The words of one line with marks corrected where the evidence is strong (see the module's doc)."""
    lex = lexicon()
    if not lex.syllables:
        return texts
    texts = [_one_for_t(t, lex.syllables) for t in texts]
    parts = [_WORD.match(unicodedata.normalize("NFC", t)) for t in texts]
    cores = [m.group(2).lower() if m and m.group(2).isalpha() else None for m in parts]
    out = list(texts)
    for k, core in enumerate(cores):
        if core is None or len(core) < 2:
            continue
        match = parts[k]
        assert match is not None
        before = cores[k - 1] if k > 0 else None
        after = cores[k + 1] if k + 1 < len(cores) else None
        word = match.group(2)
        name = word[0].isupper() and not word.isupper()
        choice = _marks_choice(lex, before, core, after)
        if choice is None and (k == 0 or not word[0].isupper()) and not word.isupper() and not _capitalised(
                parts, k + 1):
            # Not across punctuation; on no capitalised word but a line's first, before none ("bà Lê").
            joined_before = before is not None and not match.group(1) and not parts[k - 1].group(3)  # type: ignore[union-attr]
            joined_after = after is not None and not match.group(3) and not parts[k + 1].group(1)  # type: ignore[union-attr]
            choice = _neighbour_choice(lex, before if joined_before else None, core, after if joined_after else None,
                                       first=k == 0)
        if choice is None:
            continue
        if (core in lex.syllables or len(choice) != len(core)) and name and (
                not lex.compound(before, choice, after) or _capitalised(parts, k + 1)):
            continue  # a capitalised syllable is a name ("Nguyễn", "Ban Tổ chức") unless a word says not
        out[k] = match.group(1) + _cased(word, choice) + match.group(3)
    return out


# A day or month read with letters for ones ("tháng 1]", "ngày l5"): after "ngày"/"tháng" only digits belong;
# so before "giờ" (a report-back's clock time: "trước I4 giờ 00").
_DATE_LABELS = frozenset({"ngày", "tháng"})
_HOUR_UNIT = "giờ"
_DATE_NUMBER = re.compile(r"^([0-9lI|\]]{1,2})([,;.]?)$")
# The number label misread with another mark on its o ("Só:", "Sô:").
_NUMBER_LABEL = re.compile(r"^([Ss])[oóòỏõọôồổỗộ](:)$")
# The closing's label, its first word misread ("Với nhận:", "Vớt nhận:", "Noi nhận:") — the bold italic "Nơi"
# loses its mark or its N; "nhận:" with its colon opening a line names no other thing.
_NOI_LABEL = re.compile(r"^\W{0,2}[VNMHvn]\w{1,2}$")  # three letters: not "Ngày nhận:", "Người nhận:"
_NHAN_LABEL = re.compile(r"^nh[ậaâấầ]n:$")
# Tesseract reads a printed 8 as "§" inside a document number's code ("CV-PA§3"); no number holds a "§".
_SECTION_IN_NUMBER = re.compile(r"(?<=[0-9A-Za-zĐđ-])§|§(?=[0-9])")


def correct_numbers(texts: list[str]) -> list[str]:
    """Day, month and hour numbers with ``l``, ``I``, ``|``, ``]`` read for 1; the ``Số:`` and ``Nơi nhận:`` labels'
    marks; ``§`` for 8."""
    out = list(texts)
    for k, text in enumerate(texts):
        label = _NUMBER_LABEL.match(text)
        if label and k == 0:
            out[k] = f"{label.group(1)}ố:"
        if k == 0 and len(texts) > 1 and _NOI_LABEL.match(text) and _NHAN_LABEL.match(texts[1]):
            out[0], out[1] = "Nơi", "nhận:"
        if "/" in text and "§" in text:
            out[k] = text = _SECTION_IN_NUMBER.sub("8", text)
        labelled = k > 0 and texts[k - 1].lower() in _DATE_LABELS
        if not labelled and (k + 1 == len(texts) or texts[k + 1].lower().rstrip(",.;:") != _HOUR_UNIT):
            continue
        number = _DATE_NUMBER.match(text)
        # A lone "I" is a Roman numeral (quý I), not a misread day.
        if number and any(ch.isdigit() or ch in "l|]" for ch in number.group(1)):
            out[k] = re.sub(r"[lI|\]]", "1", number.group(1)) + number.group(2)
    return out


# Preamble clauses ("Căn cứ …;", "Theo đề nghị …;") end in a semicolon; Tesseract often reads it as a comma.
_CLAUSE_START = re.compile(r"^(Căn cứ|Theo đề nghị|Xét đề nghị|Xét|Thực hiện)\b")
_CLAUSE_LINES = 8  # a clause longer than this many lines is no preamble clause


def _starts_clause(line: Line) -> bool:
    words = [w.text for w in line if any(ch.isalnum() for ch in w.text)][:3]  # past a dash or a speck
    return bool(_CLAUSE_START.match(unicodedata.normalize("NFC", " ".join(words))))


def correct_clause_ends(lines: list[Line]) -> list[Line]:
    """A preamble clause's last line ending in "," before the next clause gets its ";" back."""
    out = list(lines)
    opened = None
    for i, line in enumerate(lines):
        if _starts_clause(line):
            opened = i
        if opened is None or not line:
            continue
        if (line[-1].text.endswith(",") and i - opened < _CLAUSE_LINES and i + 1 < len(lines)
                and _starts_clause(lines[i + 1])):
            out[i] = [*line[:-1], replace(line[-1], text=line[-1].text[:-1] + ";")]
        if line[-1].text.endswith((".", ":")):
            opened = None  # the preamble is over ("QUYẾT ĐỊNH:", "Điều 1. …")
    return out


def correct_lines(lines: list[Line]) -> list[Line]:
    """OCR lines with their words' marks, date digits and clause ends corrected (boxes and confidences kept)."""
    corrected: list[Line] = []
    for line in lines:
        texts = correct_numbers(correct_words([w.text for w in line]))
        corrected.append([w if t == w.text else replace(w, text=t)
                          for w, t in zip(line, texts, strict=True)])
    return correct_list_letters(correct_clause_ends(corrected))


_ITEM = re.compile(r"^(?:[a-zđ]|\d{1,2})\)$")


def correct_list_letters(lines: list[Line]) -> list[Line]:
    """A lettered list's first item read "8)" for "a)": the next item that opens a line is "b)"."""
    out = list(lines)
    for i, line in enumerate(out):
        if not line or line[0].text != "8)":
            continue
        following = next((ln[0].text for ln in out[i + 1 :] if ln and _ITEM.match(ln[0].text)), None)
        if following == "b)":
            out[i] = [replace(line[0], text="a)"), *line[1:]]
    return out
