"""Word's automatic list numbering, rendered as the markers Word shows (`I.`, `1.`, `1.2.`, `a)`, `-`).

python-docx gives a paragraph's typed text only; a marker made by numbering (``w:numPr`` → numbering.xml)
is lost, and with it the headings and items the segmenter and the rules key on. :class:`Numbering` reads
the definitions once and, called on each paragraph in document order, keeps the counters as Word does:

- a paragraph's numbering is its own ``w:numPr`` or its style's (``w:pStyle`` → ``w:basedOn`` chain); a
  ``numId`` of 0 switches it off; a style's numbering without ``w:ilvl`` takes the level linked to that
  style (``w:lvl/w:pStyle``), else level 0;
- the ``w:num`` entries of one ``w:abstractNum`` (or of one list style, ``w:numStyleLink``) share its counters:
  a ``w:startOverride`` sets the level's counter where that ``w:num`` first numbers that level, and the list
  goes on from there under every ``w:num`` (Word's "Restart at 1" numbers one paragraph with a new ``w:num``);
  levels a ``w:num`` redefines (``w:lvlOverride/w:lvl``) change how its paragraphs look, not the count;
- numbering a level restarts every deeper one (or only those whose ``w:lvlRestart`` says so);
- ``%N`` in ``w:lvlText`` is level N's counter in that level's ``w:numFmt`` (decimal, roman, letters, …);
  ``w:isLgl`` shows them all as decimal; bullets set in Symbol / Wingdings private-use glyphs become "•"
  (or "-" for their dashes).

Definitions Word would not open are read as far as they make sense: what cannot be read is no numbering,
never an error (the paragraph text is still there).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from docx.oxml.ns import qn

__all__ = ["Numbering"]

_MAX_LEVEL = 8
_MAX_COUNTER = 10_000  # beyond this a counter is shown in decimal (a letter counter repeats its letter n/26 times)
_PLACEHOLDER = re.compile(r"%([1-9])")
_ROMAN = ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"), (40, "xl"),
          (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"))
_SYMBOL_DASHES = {"\uf02d", "\uf0be", "\uf096", "\uf0a8"}  # Symbol minus / horizontal bar, Wingdings dash-like


def _int(element, default: int | None = None, attribute: str = "w:val") -> int | None:
    if element is None:
        return default
    try:
        return int(element.get(qn(attribute)))
    except (TypeError, ValueError):
        return default


def _val(element) -> str | None:
    return None if element is None else element.get(qn("w:val"))


def _roman(n: int) -> str:
    out = []
    for value, letters in _ROMAN:
        count, n = divmod(n, value)
        out.append(letters * count)
    return "".join(out)


def _format(n: int, fmt: str) -> str:
    if n <= 0 or n > _MAX_COUNTER:
        return str(n)
    if fmt in ("upperRoman", "lowerRoman"):
        text = _roman(n)
        return text.upper() if fmt == "upperRoman" else text
    if fmt in ("upperLetter", "lowerLetter"):
        text = chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)  # Word: a … z, aa … zz, aaa …
        return text.upper() if fmt == "upperLetter" else text
    if fmt == "decimalZero":
        return f"{n:02d}"
    if fmt == "none":
        return ""
    return str(n)  # decimal, and the formats Vietnamese directives do not use


def _bullet(text: str) -> str:
    # Private-use glyphs of symbol fonts (U+F000–U+F0FF) mean nothing as text: a dot, or a dash for their dashes.
    return "".join(("-" if c in _SYMBOL_DASHES else "•") if "\uf000" <= c <= "\uf0ff" else c for c in text)


@dataclass(slots=True)
class _Level:
    fmt: str = "decimal"
    text: str = ""
    start: int = 1
    restart: int | None = None  # w:lvlRestart: restarts after levels < this are used (0: never)
    legal: bool = False
    suffix: str = " "
    style: str | None = None


def _level(lvl) -> tuple[int, _Level] | None:
    ilvl = _int(lvl, attribute="w:ilvl")
    if ilvl is None or not 0 <= ilvl <= _MAX_LEVEL:
        return None
    fmt = _val(lvl.find(qn("w:numFmt"))) or "decimal"
    text = _val(lvl.find(qn("w:lvlText"))) or ""
    suffix = {"nothing": "", "space": " "}.get(_val(lvl.find(qn("w:suff"))) or "tab", " ")
    legal = lvl.find(qn("w:isLgl")) is not None and _val(lvl.find(qn("w:isLgl"))) not in ("0", "false")
    return ilvl, _Level(fmt=fmt, text=_bullet(text) if fmt == "bullet" else text,
                        start=_int(lvl.find(qn("w:start")), 1), restart=_int(lvl.find(qn("w:lvlRestart"))),
                        legal=legal, suffix=suffix, style=_val(lvl.find(qn("w:pStyle"))))


def _levels(lvls) -> dict[int, _Level]:
    return dict(level for lvl in lvls if (level := _level(lvl)) is not None)


class Numbering:
    """Markers of numbered paragraphs, one call per paragraph in document order."""

    def __init__(self, numbering_root, styles_root) -> None:
        self._abstracts: dict[str, dict[int, _Level]] = {}
        self._style_links: dict[str, str] = {}  # abstractNumId → the numbering style it takes its levels from
        # numId → (abstractNumId, startOverride per level, levels redefined by w:lvlOverride/w:lvl)
        self._nums: dict[str, tuple[str | None, dict[int, int], dict[int, _Level]]] = {}
        self._counters: dict[str | None, dict[int, int]] = {}  # abstractNumId → counter per level (shared)
        self._restarted: set[tuple[str, int]] = set()  # (numId, level) whose startOverride has been applied
        self._styles: dict[str, tuple[str | None, str | None, int | None]] = {}  # id → (basedOn, numId, ilvl)
        if numbering_root is not None:
            for abstract in numbering_root.findall(qn("w:abstractNum")):
                abstract_id = abstract.get(qn("w:abstractNumId"))
                self._abstracts[abstract_id] = _levels(abstract.findall(qn("w:lvl")))
                if (link := _val(abstract.find(qn("w:numStyleLink")))) is not None:
                    self._style_links[abstract_id] = link
            for num in numbering_root.findall(qn("w:num")):
                starts = {}
                for override in num.findall(qn("w:lvlOverride")):
                    start = _int(override.find(qn("w:startOverride")))
                    ilvl = _int(override, attribute="w:ilvl")
                    if start is not None and ilvl is not None:
                        starts[ilvl] = start
                redefined = _levels(override.find(qn("w:lvl")) for override in num.findall(qn("w:lvlOverride"))
                                    if override.find(qn("w:lvl")) is not None)
                self._nums[num.get(qn("w:numId"))] = (_val(num.find(qn("w:abstractNumId"))), starts, redefined)
        if styles_root is not None:
            for style in styles_root.findall(qn("w:style")):
                num_pr = style.find(f"{qn('w:pPr')}/{qn('w:numPr')}")
                num_id = ilvl = None
                if num_pr is not None:
                    num_id = _val(num_pr.find(qn("w:numId")))
                    ilvl = _int(num_pr.find(qn("w:ilvl")))
                self._styles[style.get(qn("w:styleId"))] = (_val(style.find(qn("w:basedOn"))), num_id, ilvl)

    @classmethod
    def of(cls, document) -> Numbering:
        """The numbering of a python-docx document; none when its parts cannot be read."""
        try:
            part = document.part
            numbering = next((rel.target_part for rel in part.rels.values()
                              if rel.reltype.endswith("/numbering") and not rel.is_external), None)
            styles = next((rel.target_part for rel in part.rels.values()
                           if rel.reltype.endswith("/styles") and not rel.is_external), None)
            return cls(getattr(numbering, "element", None), getattr(styles, "element", None))
        except (AttributeError, KeyError, ValueError, TypeError):
            return cls(None, None)

    def _style_numbering(self, style_id: str | None) -> tuple[str | None, int | None, str | None]:
        """(numId, ilvl, the style that set it) from the style's basedOn chain."""
        seen = set()
        while style_id is not None and style_id not in seen and style_id in self._styles:
            seen.add(style_id)
            based_on, num_id, ilvl = self._styles[style_id]
            if num_id is not None:
                return num_id, ilvl, style_id
            style_id = based_on
        return None, None, None

    def marker(self, paragraph) -> str:
        """The marker Word shows before this paragraph ("" when it is not numbered), counters advanced."""
        ppr = paragraph._p.pPr
        num_pr = ppr.find(qn("w:numPr")) if ppr is not None else None
        style_id = _val(ppr.find(qn("w:pStyle"))) if ppr is not None else None
        num_id = _val(num_pr.find(qn("w:numId"))) if num_pr is not None else None
        ilvl = _int(num_pr.find(qn("w:ilvl"))) if num_pr is not None else None
        style_num, style_ilvl, linked_style = self._style_numbering(style_id)
        if num_id is None:
            num_id = style_num
            ilvl = ilvl if ilvl is not None else style_ilvl
        if num_id is None or num_id == "0" or num_id not in self._nums:
            return ""
        abstract_id, starts, redefined = self._nums[num_id]
        if abstract_id in self._style_links:  # a list style (Word's multi-level lists): its own num's levels
            linked_num = self._style_numbering(self._style_links[abstract_id])[0]
            abstract_id = self._nums.get(linked_num, (abstract_id,))[0]
        levels = {**self._abstracts.get(abstract_id, {}), **redefined}
        if not levels:
            return ""
        if ilvl is None:  # numbering from a style: the level linked to that style, else the first
            ilvl = next((i for i, lvl in levels.items() if linked_style and lvl.style == linked_style), 0)
        level = levels.get(ilvl)
        if level is None:
            return ""
        counters = self._counters.setdefault(abstract_id, {})
        if ilvl in starts and (num_id, ilvl) not in self._restarted:
            self._restarted.add((num_id, ilvl))
            counters[ilvl] = starts[ilvl]
        else:
            counters[ilvl] = counters[ilvl] + 1 if ilvl in counters else level.start
        for deeper in [i for i in counters if i > ilvl]:
            restart = levels[deeper].restart if deeper in levels else None
            if restart is None or (restart != 0 and ilvl < restart):
                del counters[deeper]
        if level.fmt == "bullet":
            text = level.text
        else:
            text = _PLACEHOLDER.sub(lambda m: _shown(levels, counters, int(m.group(1)) - 1, level.legal), level.text)
        return text + level.suffix if text.strip() else ""


def _shown(levels: dict[int, _Level], counters: dict[int, int], ilvl: int, legal: bool) -> str:
    level = levels.get(ilvl)
    if level is None:
        return ""
    return _format(counters.get(ilvl, level.start), "decimal" if legal and level.fmt != "bullet" else level.fmt)
