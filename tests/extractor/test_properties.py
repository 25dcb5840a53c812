"""Property-based tests (hypothesis): arbitrary text to every stage.

Two strategies feed the stages: ``st.text()`` without surrogates (anything a decoder can hand us), and
``directive_like`` — lines of the genre ("Số: 12/KH-UBND", "Căn cứ …", "Nơi nhận:", "- Như trên;", headings,
dates, signer lines, seal fragments, markdown) spliced with arbitrary text, so that the rules' paths are
actually exercised. Properties:

- normalise: the origin map keeps its invariants (``extractor_helpers.origin_problems``) and the text is NFC;
- segment: no exception; every line and header cell span is inside the text and reads back its text;
- extract_text (every rule module): no exception, the record validates, every evidence key resolves in the
  record, every span lies inside the returned text, every confidence is in [0, 1].

Settings stay modest (``max_examples`` 100–150, no deadline) to keep the suite fast. A new genre line goes
into ``GENRE_LINES``.
"""

from __future__ import annotations

import unicodedata

from extractor_helpers import origin_problems, resolve_pointer
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from extractor import extract_text
from extractor.normalise import CHAR_MAP, DROP_CHARS, _nfc_with_origins, normalise
from extractor.record import PlanRecord
from extractor.segment import segment

SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

any_text = st.text(st.characters(blacklist_categories=("Cs",)), max_size=400)

GENRE_LINES = [
    "UBND HUYỆN ĐỨC PHỔ", "PHÒNG VĂN HÓA VÀ THÔNG TIN", "ỦY BAN NHÂN DÂN", "XÃ PHỔ AN",
    "Số: 12/KH-UBND", "Số: 4595", "/KH-UBND", "Số:  08/ TB-SGDĐT", "V/v tổ chức Tuần lễ học tập suốt đời",
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Đức Phổ, ngày 05 tháng 10 năm 2024",
    "ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Số: 58/KH-UBND          Phổ An, ngày 5-10-2024",
    "KẾ HOẠCH", "THÔNG BÁO", "QUYẾT ĐỊNH", "Tổ chức Ngày hội văn hóa đọc năm 2024", "HỎA TỐC",
    "Kính gửi:", "Kính gửi: Ủy ban nhân dân các xã, phường.", "- Các trường Tiểu học;",
    "Căn cứ Kế hoạch số 90/KH-UBND ngày 01/9/2024 của UBND tỉnh Quảng Ngãi về tổ chức Ngày hội;",
    "Thực hiện chỉ đạo của UBND huyện tại Công văn số 33/UBND-VX ngày 3/9/2024 về việc hưởng ứng;",
    "Căn cứ Luật Thư viện ngày 21 tháng 11 năm 2019;", "Theo Chương trình công tác của Hội Khuyến học huyện;",
    "Phòng Văn hóa và Thông tin xây dựng Kế hoạch như sau:",
    "I. MỤC ĐÍCH, YÊU CẦU", "II. TỔ CHỨC THỰC HIỆN", "1. Phòng Văn hóa và Thông tin", "5.1. Đối với các trường:",
    "a) Phòng Tài chính - Kế hoạch chủ trì, phối hợp bố trí kinh phí.", "Điều 2. Giao Phòng Nội vụ chủ trì thực hiện.",
    "Giao Trung tâm Văn hóa: bố trí hội trường.", "Đề nghị Ủy ban Mặt trận Tổ quốc huyện", "- Treo băng rôn;",
    "+ khối 10 vẽ tranh", "Chủ đề: “Đọc sách mỗi ngày”.", "Thời gian: từ ngày 01 đến ngày 07 tháng 10 năm 2024.",
    "từ 28/9 - 04/10/2024", "Lễ khai mạc lúc 8h00 ngày 01/10/2024 tại Hội trường UBND huyện, hình thức trực tuyến.",
    "Lễ phát động: 7h30' ngày 30/9", "Các trường báo cáo kết quả về Phòng GDĐT trước ngày 10/10/2024.",
    "chậm nhất ngày 12/10/2024 gửi email: pvhtt@ducpho.gov.vn", "- 2 -", "Trang 3/5", "X.H.C.M", "HỒNG", "ĐÀO TẠO",
    "Trên đây là Kế hoạch tổ chức Ngày hội.", "Nơi nhận:", "- Như trên;", "- Sở VHTTDL (b/c);", "- Lưu: VT.",
    "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Thị Hồng", "PHỤ LỤC",
    "**Đối với các xã:**", "*nghiêng*", "<https://x.y>", "[thư](mailto:a@b.vn)", "hoà Thuỷ Ðoàn", "\t", "",
]

directive_like = st.lists(
    st.one_of(st.sampled_from(GENRE_LINES), st.sampled_from(GENRE_LINES), any_text.map(lambda s: s[:60])),
    max_size=40,
).map("\n".join)

texts = st.one_of(any_text, directive_like)


@SETTINGS
@given(texts)
@example("a &#39;b&#39; &lt;c&gt;&nbsp;d")  # a portal's HTML entities: each decoded character comes from its "&"
def test_normalise_keeps_the_origin_map(raw):
    norm = normalise(raw)
    assert origin_problems(raw, norm) == []
    assert unicodedata.is_normalized("NFC", norm.text)


@SETTINGS
@given(texts)
def test_normalise_is_stable_on_clean_text(raw):
    """Normalising the clean text again changes nothing that matters: no new characters appear."""
    once = normalise(raw).text
    twice = normalise(once)
    assert origin_problems(once, twice) == []
    assert len(twice.text) <= len(once)


@SETTINGS
@given(texts)
def test_segment_spans_stay_in_the_text(raw):
    text = normalise(raw).text
    seg = segment(text)
    for ln in seg.lines:
        assert 0 <= ln.start <= ln.body_start <= ln.end <= len(text)
        assert text[ln.start : ln.end] == ln.text
    for cell in seg.header:
        assert text[cell.start : cell.end] == cell.text
    zones = seg.title + seg.kinh_gui + seg.preamble + seg.body + seg.closing
    assert [ln.index for ln in zones] == sorted({ln.index for ln in zones}), "zones overlap or run backwards"
    if seg.appendix_start is not None:
        assert all(ln.end <= seg.appendix_start for ln in seg.closing)


def _check_extraction(raw: str) -> None:
    extraction = extract_text(raw)
    record = extraction.record.to_json()
    assert PlanRecord.model_validate(record).to_json() == record
    text = extraction.text
    for pointer, ev in extraction.evidence.items():
        value = resolve_pointer(record, pointer)  # KeyError if the pointer names nothing
        assert value is not None, f"{pointer}: evidence for a null value"
        assert 0 <= ev.start <= ev.end <= len(text), f"{pointer}: span [{ev.start}, {ev.end}) outside the text"
        assert 0.0 <= ev.confidence <= 1.0, f"{pointer}: confidence {ev.confidence}"


@SETTINGS
@given(any_text)
def test_extract_text_on_arbitrary_text(raw):
    _check_extraction(raw)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(directive_like)
def test_extract_text_on_directive_like_text(raw):
    _check_extraction(raw)


def _nfc_per_cluster(raw: str) -> tuple[str, list[int]]:
    """The definition _nfc_with_origins computes faster: every cluster (a character and the combining marks after
    it) through NFC, mapped and dropped, each output character at its cluster's start; then the LF of a CR LF."""
    out: list[tuple[str, int]] = []
    i = 0
    while i < len(raw):
        j = i + 1
        while j < len(raw) and unicodedata.combining(raw[j]):
            j += 1
        out += [(CHAR_MAP.get(ch, ch), i) for ch in unicodedata.normalize("NFC", raw[i:j]) if ch not in DROP_CHARS]
        i = j
    if "\r\n" in raw:
        out = [(ch, o) for k, (ch, o) in enumerate(out)
               if not (k > 0 and ch == "\n" and out[k - 1][0] == "\n" and raw[o - 1 : o] == "\r")]
    return "".join(ch for ch, _ in out), [o for _, o in out]


# marks after plain letters, line ends of both kinds, mapped and dropped characters, a Hangul jamo pair, a
# singleton decomposition (Å), characters beyond U+2FFF
cluster_text = st.text(st.sampled_from([*"aeoyAĐđÐð .\n\r\t", "\u0300", "\u0301", "\u0302", "\u0323", "\u031b",
                                        "\u00a0", "\u200b", "\u00ad", "\u2028", "\u3000", "\u1100", "\u1161",
                                        "\u212b", "\u0344", "가", "ệ", "\U0001f600"]), max_size=60)


@SETTINGS
@given(st.one_of(cluster_text, any_text))
def test_nfc_with_origins_is_nfc_per_cluster(raw):
    text, origin = _nfc_with_origins(raw)
    if unicodedata.is_normalized("NFC", raw) and not any(c in CHAR_MAP or c in DROP_CHARS for c in raw):
        assert (text, list(origin)) == (raw, list(range(len(raw))))  # the shortcut for clean text
    else:
        assert (text, list(origin)) == _nfc_per_cluster(raw)
