"""The scoring normalisation of plan-record.md, section 3.

Both the gold value and the predicted value pass through :func:`normalise` before they are compared, so
that differences no reader would call an error (case, ``hoà`` beside ``hòa``, an en dash beside a hyphen,
typographic quotes, a trailing full stop, a leading ``V/v``) do not count. The steps, in order:

1. Unicode NFC.
2. Case-fold.
3. Tone marks of the *open syllables* ``oa``, ``oe``, ``uy`` placed on the first vowel (``hoà`` → ``hòa``,
   ``thuỷ`` → ``thủy``). An open syllable here is one whose rhyme is exactly that two-letter vowel group
   with nothing after it; ``hoàn`` (rhyme ``oan``) and ``ngoài`` (rhyme ``oai``) keep their marks. In
   ``quý`` the ``u`` belongs to the onset ``qu``, so the rhyme is ``y`` alone and the mark stays.
4. Every dash-like character (``‐ ‑ ‒ – — ― −``) becomes ``-``.
5. Quotes (``“ ” „ " ‘ ’ ' « »``) and the markdown marks ``*`` ``_`` are removed.
6. White space is collapsed to single spaces and trimmed.
7. A leading ``V/v`` or ``Về việc`` is stripped, then trailing ``. , ; :``.

A *code* (the ``number`` of a document or a parent directive) is normalised the same way and then has all
white space removed (:func:`normalise_code`).

A value that is ``None``, or that normalises to the empty string, normalises to ``None``: it is absent.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["normalise", "normalise_code", "place_tone_marks"]

# Combining tone marks (NFD): huyền, sắc, hỏi, ngã, nặng. The other Vietnamese diacritics (circumflex,
# breve, horn) are part of the vowel letter and never move.
_TONE_MARKS = frozenset("\u0300\u0301\u0309\u0303\u0323")

# The vowel groups whose tone placement varies between the old and the new spelling.
_OPEN_RHYMES = frozenset({"oa", "oe", "uy"})

# Vowel letters without tone (after NFC of the base plus its non-tone diacritics).
_VOWELS = frozenset("aăâeêioôơuưy")

_DASHES = dict.fromkeys(map(ord, "\u2010\u2011\u2012\u2013\u2014\u2015\u2212"), "-")
_REMOVED = dict.fromkeys(map(ord, "\u201c\u201d\u201e\"\u2018\u2019'\u00ab\u00bb*_"), None)

_WORD = re.compile(r"[^\W\d_]+")
# ``(?!\w)``: strip ``v/v`` and ``về việc`` only as whole words (not the ``về việc…`` of a longer word).
_LEADING_SUBJECT_LABEL = re.compile(r"^(?:v/v|về việc)(?!\w)[\s:.\-]*")
_TRAILING_PUNCTUATION = ".,;: "


def _reseat_word(word: str) -> str:
    """Move the tone mark of one open ``oa``/``oe``/``uy`` syllable onto its first vowel."""
    # Split the word into letters, each a base character plus its non-tone marks, and its tone (if any).
    letters: list[list[str]] = []
    for char in unicodedata.normalize("NFD", word):
        if unicodedata.combining(char) and letters:
            if char in _TONE_MARKS:
                letters[-1][1] += char
            else:
                letters[-1][0] += char
        else:
            letters.append([char, ""])
    toned = [i for i, (_, tone) in enumerate(letters) if tone]
    if len(letters) < 2 or len(toned) != 1 or toned[0] != len(letters) - 1:
        return word  # no tone, several (not a Vietnamese syllable), or already not on the last letter
    bases = [unicodedata.normalize("NFC", base).lower() for base, _ in letters]
    onset = bases[:-2]
    if bases[-2] + bases[-1] not in _OPEN_RHYMES:
        return word
    if any(base in _VOWELS for base in onset):
        return word  # a vowel before the group: not a one-syllable oa/oe/uy rhyme (e.g. ``Samoa``)
    if bases[-2] == "u" and onset and onset[-1] == "q":
        return word  # ``qu`` + ``y``: the ``u`` is part of the onset, the vowel is ``y`` alone
    letters[-2][1], letters[-1][1] = letters[-1][1], ""
    return unicodedata.normalize("NFC", "".join(base + tone for base, tone in letters))


def place_tone_marks(text: str) -> str:
    """Write every open ``oa``/``oe``/``uy`` syllable with its tone on the first vowel (``hoà`` → ``hòa``).

    Case is kept; other syllables are returned unchanged.
    """
    return _WORD.sub(lambda match: _reseat_word(match.group()), text)


def normalise(value: str | None) -> str | None:
    """The scoring form of a value (steps 1–7 of the module docstring); ``None`` when nothing is left."""
    if value is None:
        return None
    text = unicodedata.normalize("NFC", value).casefold()
    text = unicodedata.normalize("NFC", text)  # case-folding can decompose a few letters; recompose
    text = place_tone_marks(text)
    text = text.translate(_DASHES).translate(_REMOVED)
    text = " ".join(text.split())
    text = _LEADING_SUBJECT_LABEL.sub("", text)
    text = text.rstrip(_TRAILING_PUNCTUATION)
    return text or None


def normalise_code(value: str | None) -> str | None:
    """The scoring form of a code (a ``number``): :func:`normalise` with all white space removed."""
    text = normalise(value)
    if text is None:
        return None
    return "".join(text.split()) or None
