"""The genre's vocabulary: the word lists of ``extractor/rules/data/*.yaml``, loaded and checked once, and
the patterns every stage (normalise, segment, the rule families) keys on, each built once from those lists.

One YAML file of data sits beside the rule module that uses it; ``vocabulary.yaml`` holds the words that
several stages share (delegation lines, signer titles, citation cues, closing cues). Keys ending in ``_pattern``
or ``_line`` hold regular expressions and ``*_patterns`` lists of them; every one is compiled at load
time so that a malformed pattern fails loudly with the file and key named, not at match time.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from extractor.errors import RuleDataError

DATA_DIR = Path(__file__).with_name("rules") / "data"
_REGEX_KEYS = ("_pattern", "_line", "_like")


def _check(name: str, key: str, value: Any) -> None:
    if value is None or value == "" or value == []:
        raise RuleDataError(f"[{name}.yaml] key {key!r} is empty; give it a value or remove it.")
    if key.endswith(_REGEX_KEYS) or key.endswith("_patterns"):
        if isinstance(value, dict):
            named = [(f"{key}.{inner}", pattern) for inner, pattern in value.items()]
        else:
            named = [(key, pattern) for pattern in (value if isinstance(value, list) else [value])]
        for where, pattern in named:
            try:
                re.compile(pattern)
            except (re.error, TypeError) as exc:
                raise RuleDataError(f"[{name}.yaml] key {where!r}: bad regular expression {pattern!r}: {exc}") from exc


@cache
def load_data(name: str) -> dict[str, Any]:
    """Load ``data/<name>.yaml`` and check it (see module docstring)."""
    path = DATA_DIR / f"{name}.yaml"
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise RuleDataError(f"Rule data file {path} is missing.") from None
    except yaml.YAMLError as exc:
        raise RuleDataError(f"[{name}.yaml] is not valid YAML: {exc}") from exc
    if not isinstance(data, dict):
        raise RuleDataError(f"[{name}.yaml] must be a mapping of keys to data.")
    for key, value in data.items():
        _check(name, key, value)
    return data


def data_names() -> list[str]:
    return sorted(p.stem for p in DATA_DIR.glob("*.yaml"))


def alternation(words: list[str]) -> str:
    """A regex alternation of literal words, longest first so that the longest wins."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


# ------------------------------------------------------------------ the shared word lists

WORDS = load_data("vocabulary")
LEAD_COLUMN = re.compile(WORDS["lead_column_pattern"])
TASK_COLUMN = re.compile(WORDS["task_column_pattern"])


def _spaced(word: str) -> str:
    """A literal phrase whose words may be separated by any white space; ỦY also written UY."""
    return r"\s+".join(re.escape(part) for part in word.split()).replace("ỦY", "[ỦU]Y")


# The issuing authority line of a Quyết định, glued after its title: "… ỦY BAN NHÂN DÂN TỈNH X".
AUTHORITY_HEAD = re.compile(
    "(?:" + "|".join(_spaced(w) for w in sorted(WORDS["authority_heads"], key=len, reverse=True)) + r")(?=\s|$)"
)
_TYPES = load_data("document_types")
TYPE_NAMES: dict[str, str] = {name: kind for kind, spec in _TYPES["kinds"].items() for name in spec["names"]}
CITED_NAMES: dict[str, str] = {name: kind for kind, names in _TYPES["cited_names"].items() for name in names}
SIGNER_TITLES: list[str] = WORDS["signer_titles"]
UPWARD_KINDS: frozenset[str] = frozenset(_TYPES["upward_kinds"])

_DELEGATION = alternation(WORDS["delegations"])
_CITATION_CUE = alternation(WORDS["citation_cues"])
_SIGNER_TITLE = alternation(SIGNER_TITLES)

# ------------------------------------------------------------------ header and title

TYPE_LINE = re.compile(rf"^(?:{alternation(list(TYPE_NAMES))})$")
TYPE_PREFIX = re.compile(rf"^(?:{alternation(list(TYPE_NAMES))})\s+\S")
# The type name with the trích yếu after it on its line (a web page's title: "KẾ HOẠCH TỔ CHỨC …"): not a công văn,
# whose type name is never printed, nor "QUYẾT ĐỊNH CỦA CHỦ TỊCH NƯỚC" (its author; the trích yếu is below).
# A line that is a whole type name of several words ("THÔNG BÁO KẾT LUẬN") has no title glued to its first words.
TYPE_WITH_TITLE = re.compile(
    rf"^(?!(?:{alternation(list(TYPE_NAMES))})[\s:*]*$)"
    rf"(?:{alternation([n for n in TYPE_NAMES if n != 'CÔNG VĂN'])})\s+(?=\S)(?!(?:CỦA|của|Của)\s)"
)
# "(HỘI) CHỦ NGHĨA VIỆT NAM": the motto's second half when a crawled header wraps it onto its own line; a crawl
# also wraps it after its first word ("CỘNG" / "HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), both halves in capitals.
MOTTO = re.compile(
    r"^(?:CỘNG\s*HÒA\s*XÃ\b|CỘNG\s*HOÀ|(?:HỘI\s*)?CHỦ\s*NGHĨA\s*VIỆT\s*NAM\b"
    r"|(?-i:CỘNG$|H(?:ÒA|OÀ)\s*XÃ\s*HỘI\s+CHỦ\b)"
    # the Party's own header puts its name where the State's motto stands (also wrapped after "ĐẢNG" or "CỘNG")
    r"|(?-i:(?:ĐẢNG\s*)?CỘNG\s*SẢN\s*VIỆT\s*NAM$|ĐẢNG(?:\s*CỘNG(?:\s*SẢN)?)?$|SẢN\s*VIỆT\s*NAM$)"
    r"|(?-i:ĐOÀN\s*TNCS\s*HỒ\s*CHÍ\s*MINH$)"  # ... and the Youth Union's
    r"|ĐỘC\s*LẬP\s*[-–—]|Độc\s*lập\s*[-–—]|Độc lập - Tự do)", re.IGNORECASE
)
SECOND_HEADER = re.compile(r"CỘNG\s*H(?:ÒA|OÀ|OA)\s*XÃ\s*HỘI", re.IGNORECASE)
RULE_LINE = re.compile(r"^[-–—_=.*\s]{3,}$")
# "Số: 12/KH-UBND"; a Nghị quyết of the Quốc hội's bodies writes its type before it ("Nghị quyết số: 17/2022/…")
NUMBER_LINE = re.compile(r"^(?:(?:Nghị quyết|Nghị định|Pháp lệnh|Lệnh)\s+số\s*:|Số\s*[:.]?)\s*\S", re.IGNORECASE)
# An addressee line cut inside its name: after a word no name ends with ("trực thuộc", "nêu trên" may end one), or
# inside the names listed after a colon ("Kính gửi: Các" / "Doanh nghiệp …"; "Chủ tịch Ủy ban nhân dân các tỉnh:
# Hưng Yên, Ninh" / "Bình, Bắc Ninh.").
# an entry cut at its line's end: after a word that needs a name ("Kính gửi: Các", "- Bí thư Tỉnh ủy, Chủ tịch" /
# "Ủy ban nhân dân các tỉnh …": an office with its body on the next line), or in a list after a colon
CUT_ENTRY = re.compile(r"(?:^|\s)(?:[Cc]ác|Quý|của|và|tại|Chủ tịch|Giám đốc|Thủ trưởng|Bộ trưởng|Tổng giám đốc)$"
                       r"|:\s[^:;.]*,\s*[^\s,;.:]+$")
# "V/v …", "Về việc …"; an OCR drops the slash ("Vv …") or reads the line in quotes ('"V/v …"')
SUBJECT_LINE = re.compile(r"^[\"“(]?(?:V/v|V/V|Vv|V\.v|Về việc)\b", re.IGNORECASE)  # "(V/v …)" too
PLACE_DATE = re.compile(r"^[^\W\d][^,\n]{0,60},\s*(?:ngày|ngay)(?:\s|$)", re.IGNORECASE)
CELL_SPLIT = re.compile(r"\s*\|\s*|\s{3,}|\t+")
# A heading of the layout in capitals: never seal noise ("I. MỤC ĐÍCH", "KẾ HOẠCH", "KT. CHỦ TỊCH").
HEADING_LIKE = re.compile(
    rf"^(?:[IVXLC]+\.\s|\d+(?:\.\d+)*\.?\s|[a-zđ]\)|(?:{_DELEGATION})\."
    rf"|(?:{alternation([*TYPE_NAMES, *WORDS['layout_headings']])})\b)"
)

# ------------------------------------------------------------------ preamble and body

# A section title of a plan ("TỔ CHỨC THỰC HIỆN", "MỤC ĐÍCH, YÊU CẦU"; the segmenter wants it in capitals).
SECTION_TITLE = re.compile(rf"^(?:{alternation(WORDS['section_titles'])})\b")
_CAPITALS = "A-ZĐÂĂÊÔƠƯÁÀẢÃẠẮẰẲẴẶẤẦẨẪẬÉÈẺẼẸẾỀỂỄỆÍÌỈĨỊÓÒỎÕỌỐỒỔỖỘỚỜỞỠỢÚÙỦŨỤỨỪỬỮỰÝỲỶỸỴ"
# The addressees' label: "Kính gửi:" of a letter, or a Công điện's "<ISSUER IN CAPITALS> điện:" ("THỦ TƯỚNG CHÍNH PHỦ
# điện:", "CHỦ TỊCH UBND TỈNH điện:"), whose list of bodies follows the same way.
KINH_GUI = re.compile(rf"^(?:Kính\s*gửi\s*:?|(?-i:[{_CAPITALS}][{_CAPITALS}\s,.&-]{{1,100}}\s(?:điện|ĐIỆN))\s*:)",
                      re.IGNORECASE)
# A line that opens with a body's name ("Phòng …", "Ủy ban nhân dân …", "Các trường …"): an addressee, an agency.
BODY_NAME = re.compile(rf"^(?:Các\s+)?(?:{alternation(load_data('agencies')['heads'])})\b", re.IGNORECASE)
CITATION = re.compile(rf"^(?:{_CITATION_CUE})\b", re.IGNORECASE)  # a citation line, where the segmenter looks
PREAMBLE_CUES: list[str] = WORDS["citation_cues"] + WORDS["preamble_only_cues"]
PREAMBLE_CITATION = re.compile(rf"^(?:{alternation(PREAMBLE_CUES)})\b", re.IGNORECASE)  # inside the preamble
# The first sentence of a body, after the title or the Kính gửi entries.
BODY_OPENER = re.compile(
    rf"(?:{alternation(PREAMBLE_CUES + WORDS['purpose_cues'] + WORDS['reply_cues'])})\b|Ngày\s+\d"
)
LEAD_CLAUSE = re.compile(rf"^(?:{alternation(PREAMBLE_CUES + WORDS['purpose_cues'])})\b", re.IGNORECASE)
# A line that opens a new block: never joined to the line above when a broken paragraph is reflowed.
# Case matters: a label ("Thời gian:") starts in capitals.
NEW_PARAGRAPH = re.compile(
    rf"^(?:{_CITATION_CUE}|Kính gửi|Nơi nhận|Trên đây|Trân trọng|Số\s*:|V/v|Về việc|(?:{_DELEGATION})\."
    r"|[A-ZĐ][^\s,.;]*(?: [^\s,.;]+){0,5}\s*:)"
)
APPENDIX = re.compile(
    r"^(?:PHỤ LỤC|Phụ lục\b|(?:PHẦN|Phần)\s+[IVX]{1,4}\b"
    r"|KHẨU HIỆU|TỔNG HỢP SỐ LIỆU|MẪU\s|Mẫu\s+(?:số|\d)|BIỂU MẪU|DANH SÁCH|ĐỀ CƯƠNG)",
    re.IGNORECASE,
)
_SECTION_CAPITALS = "A-ZĐÂĂÊÔƠƯÁÀẢÃẠẮẰẲẴẶẤẦẨẪẬÉÈẺẼẸẾỀỂỄỆÍÌỈĨỊÓÒỎÕỌỐỒỔỖỘỚỜỞỠỢÚÙỦŨỤỨỪỬỮỰÝỲỶỸỴ"
# An annex's own title, alone on its line ("PHỤ LỤC 02", "Phụ lục số 3", "Mẫu số 01"), or a second national
# header: where a text without a signature (an attached Quy định) ends and its forms begin. Case matters: a body's
# sentence cites "Phụ lục 05 đính kèm".
ANNEX_TITLE = re.compile(
    r"^(?:PHỤ LỤC\b|(?:Phụ lục|Mẫu)\s+(?:số\s*)?[0-9IVX]{1,4}[A-Za-z]?(?:[/.-]\S*)?\s*:?\s*$|BIỂU MẪU\b"
    r"|CỘNG\s*H(?:ÒA|OÀ|OA)\s*XÃ\s*HỘI)"
)
MARKER = re.compile(
    r"""^(?:
        (?P<dieu>Điều\s+\d{1,2}\s*[.:])
      | (?P<roman>[IVXL]{1,5}\s*[.)]|[IVXL]{1,5}\s*[-–](?=\s*CAPS{2}))(?=\s)
        # "IV- TỔ CHỨC THỰC HIỆN": a section's numeral with a dash, a title in capitals after it
      | (?P<part>[A-H]\.(?=\s+CAPS{2,}\s+CAPS)|(?:PHẦN|Phần)\s+[IVX]{1,4}\s*[.:–-](?=\s))
        # "C. TỔ CHỨC THỰC HIỆN": a plan's parts lettered in capitals, a title in capitals after it; "PHẦN III. TỔ CHỨC
        # THỰC HIỆN", "Phần II: Nội dung": a plan's parts numbered, over roman sections of their own
      | (?P<arabic>\d{1,2}(?:\.\d{1,2}){0,3}\s*[.)]|\d{1,2}(?:\.\d{1,2}){1,3}
                   |\d{1,2},(?=\s+[A-ZĐÂĂÊÔƠƯÁÀẢÃẠẮẰẲẴẶẤẦẨẪẬÉÈẺẼẸẾỀỂỄỆÍÌỈĨỊÓÒỎÕỌỐỒỔỖỘỚỜỞỠỢÚÙỦŨỤỨỪỬỮỰÝỲỶỸỴ]))(?=\s)
        # "5, Cán bộ thư viện": OCR reads the heading's "." as ","; a capital must follow
      | (?P<letter>[a-zđ]\s*\)|[a-zđ]\.(?=\s+[A-ZĐÂĂÊÔƠƯÁÀẢÃẠẮẰẲẴẶẤẦẨẪẬÉÈẺẼẸẾỀỂỄỆÍÌỈĨỊÓÒỎÕỌỐỒỔỖỘỚỜỞỠỢÚÙỦŨỤỨỪỬỮỰÝỲỶỸỴ]))
        # "a. Bộ Nông nghiệp …": the letter with a dot, a capital after it
      | (?P<bullet>(?:(?:[-–—~+•*●▪◦➢►✓]|_(?=\s))\s*)+)  # OCR reads a dash as "~" or "_"
    )\s*""".replace("CAPS", f"[{_SECTION_CAPITALS}]"),
    re.VERBOSE,
)

# ------------------------------------------------------------------ closing and signature

NOI_NHAN = re.compile(r"^Nơi\s*nhận\s*:?", re.IGNORECASE)
CLOSING_LINE = re.compile(rf"^(?:{alternation(WORDS['closing_cues'])})", re.IGNORECASE)
# "KT. CHỦ TỊCH", "K/T GIÁM ĐỐC", "KT.CHỦ TỊCH"
# OCR reads the dot as a comma at times ("KT, THỦ TƯỚNG").
AUTHORITY = re.compile(rf"^(?:{_DELEGATION})(?:\s*[.,]?\s+\S|\.[A-ZĐ])", re.IGNORECASE)
AUTHORITY_DOT = re.compile(rf"^(?:{_DELEGATION})\s*\.")  # the strict form, with its dot
# "CHỦ TỊCH NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM": a title may carry its continuation on the same line
_CONTINUATION = "|".join(_spaced(w) for w in WORDS["signer_title_continuations"])
SIGNER_TITLE = re.compile(rf"^(?:PHÓ\s+)?(?:{_SIGNER_TITLE})(?:\s+(?:{_CONTINUATION}))?$")
# A signature block's first line (it may stand before Nơi nhận, or alone in a truncated text).
SIGNER_LINE = re.compile(rf"^(?:(?:{_DELEGATION})\s*\.\s*\S|(?:PHÓ\s+)?(?:{_SIGNER_TITLE})$)")
SIGNER_TITLE_OPENING = re.compile(rf"^(?:PHÓ\s+)?(?:{alternation(WORDS['signer_title_openings'])})")
SIGNER_TITLE_CONTINUATION = re.compile(rf"^(?:{_CONTINUATION})$", re.IGNORECASE)


def unmarked(text: str, *, stroke: bool = True) -> str:
    """``text`` without its tone and vowel marks, case kept ("Ủy" → "Uy", "ĐỘNG" → "ĐONG"); ``stroke=False`` takes
    the stroke off Đ too ("ĐONG" → "DONG"), as a seal or a text layer that lost its marks does."""
    if not stroke:
        text = text.replace("Đ", "D").replace("đ", "d")
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))
