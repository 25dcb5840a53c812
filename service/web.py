"""The clerk's review page (issue 6): one HTML page, its static assets, nothing else.

``GET /`` serves a server-rendered page (Jinja2, ``service/templates/``): the upload area, the list of
documents and the review form, every label in Vietnamese. The plain JavaScript in ``service/static/``
fills it from the /v1 API (:mod:`service.api`) with relative URLs, so the page works behind a path prefix
too. The page itself holds no data and needs no token; when ``API_TOKEN`` is set, the script asks the
clerk for it once per browser session and keeps it in a session cookie that only the script reads (every tab
shares it; it is gone when the browser closes; the server never reads cookies), sending it as
``Authorization: Bearer …`` on each /v1 call (page images and exports are fetched the same way).
A save sends ``If-Match`` with the ETag of the record the page loaded; on 412 the clerk chooses to reload the
stored record or to overwrite it knowingly.

Everything is served locally: no CDN, no web fonts, no build step. A Content-Security-Policy that allows
only this origin enforces it in the browser.

Terms: a *field* is one scalar input of the record form, addressed by the JSON Pointer of its value
(``/document/number``); a *list* is an array the clerk can add to and remove from (``/assignments``).
The field tables below are the single source of the form's structure (labels, input kinds, choices).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, Response
from fastapi.templating import Jinja2Templates
from starlette.staticfiles import StaticFiles

from extractor.confidence import LOW_CONFIDENCE

HERE = Path(__file__).resolve().parent
TEMPLATES_DIR = HERE / "templates"
STATIC_DIR = HERE / "static"

# How often the page asks for the status of documents being processed.
POLL_INTERVAL_MS = 800

# Only this origin: no CDN, no inline script; images also from blob: (page images fetched with the token).
CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' blob: data:; connect-src 'self'; "
    "font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)
PAGE_HEADERS = {
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-cache",
}


# ------------------------------------------------------------------------------------------ choices

KIND_CHOICES = (
    ("cong_van", "Công văn"), ("ke_hoach", "Kế hoạch"), ("quyet_dinh", "Quyết định"),
    ("thong_bao", "Thông báo"), ("bao_cao", "Báo cáo"), ("chi_thi", "Chỉ thị"), ("huong_dan", "Hướng dẫn"),
    ("to_trinh", "Tờ trình"), ("khac", "Khác"),
)
URGENCY_CHOICES = (("khan", "Khẩn"), ("thuong_khan", "Thượng khẩn"), ("hoa_toc", "Hỏa tốc"))
SECRECY_CHOICES = (("mat", "Mật"), ("toi_mat", "Tối mật"), ("tuyet_mat", "Tuyệt mật"))
MODE_CHOICES = (("in_person", "Trực tiếp"), ("online", "Trực tuyến"), ("hybrid", "Trực tiếp kết hợp trực tuyến"))
RELATION_CHOICES = (("before", "Trước ngày"), ("on", "Vào ngày"), ("by", "Chậm nhất ngày"))
STATUS_CHOICES = (("queued", "Đang chờ"), ("processing", "Đang xử lý"), ("done", "Đã xử lý"), ("failed", "Lỗi"))


@dataclass(frozen=True, slots=True)
class Field:
    """One input of the form. ``key`` is relative to its group's (or list item's) pointer.

    ``kind``: ``text``, ``textarea``, ``date`` (typed dd/mm/yyyy, sent as ISO), ``time`` (typed hh:mm or
    8h30, sent as HH:MM), ``email`` or ``select`` (``choices``; the empty choice is ``null``).
    """

    key: str
    label: str
    kind: str = "text"
    choices: tuple[tuple[str, str], ...] = ()
    hint: str | None = None
    wide: bool = False


@dataclass(frozen=True, slots=True)
class Group:
    """A fieldset of scalar fields at ``pointer`` (``/document``)."""

    pointer: str
    title: str
    fields: tuple[Field, ...]


DOCUMENT = Group("/document", "Văn bản", (
    Field("kind", "Loại văn bản", "select", KIND_CHOICES),
    Field("number", "Số, ký hiệu", hint="Ví dụ: 477/PGDĐT-VP"),
    Field("issue_date", "Ngày ban hành", "date"),
    Field("place", "Nơi ban hành", hint="Địa danh ở dòng ngày tháng"),
    Field("subject", "Trích yếu", "textarea", wide=True),
    Field("urgency", "Độ khẩn", "select", URGENCY_CHOICES),
    Field("secrecy", "Độ mật", "select", SECRECY_CHOICES),
))
ISSUER = Group("/issuer", "Cơ quan ban hành", (
    Field("name", "Tên cơ quan ban hành", "textarea"),
    Field("parent", "Cơ quan chủ quản", "textarea"),
))
EVENT = Group("/event", "Sự kiện", (
    Field("name", "Tên sự kiện", "textarea", wide=True),
    Field("theme", "Chủ đề", "textarea", wide=True),
    Field("start_date", "Từ ngày", "date"),
    Field("end_date", "Đến ngày", "date"),
))
CEREMONY = Group("/event/opening_ceremony", "Lễ khai mạc", (
    Field("date", "Ngày", "date"),
    Field("time", "Giờ", "time"),
    Field("venue", "Địa điểm", "textarea"),
    Field("mode", "Hình thức", "select", MODE_CHOICES),
))
SIGNER = Group("/signer", "Người ký", (
    Field("authority", "Thẩm quyền ký", hint="Ví dụ: KT. CHỦ TỊCH, TM. ỦY BAN NHÂN DÂN"),
    Field("title", "Chức vụ"),
    Field("name", "Họ và tên"),
))
PARENT_FIELDS = (
    Field("kind", "Loại văn bản", "select", KIND_CHOICES),
    Field("number", "Số, ký hiệu"),
    Field("issue_date", "Ngày ban hành", "date"),
    Field("issuer", "Cơ quan ban hành", "textarea"),
    Field("subject", "Trích yếu", "textarea", wide=True),
)
REPORTING_FIELDS = (
    Field("deadline", "Hạn báo cáo", "date"),
    Field("relation", "Cách tính hạn", "select", RELATION_CHOICES),
    Field("reporters", "Đơn vị báo cáo", "textarea"),
    Field("recipient", "Gửi về", "textarea"),
    Field("email", "Thư điện tử", "email"),
    Field("content", "Nội dung báo cáo", "textarea", wide=True),
)


@dataclass(frozen=True, slots=True)
class ListSpec:
    """A list of the record the clerk can add to and remove from.

    ``item`` names the thing in the add/remove buttons (``Thêm {item}``); ``fields`` is empty for a list
    of strings.
    """

    pointer: str
    title: str
    item: str
    fields: tuple[Field, ...] = ()
    empty: str = "Chưa có mục nào."


ADDRESSEES = ListSpec("/addressees", "Kính gửi", "nơi gửi", empty="Văn bản không ghi Kính gửi.")
PARENTS = ListSpec("/parent_directives", "Văn bản căn cứ", "văn bản căn cứ", PARENT_FIELDS,
                   empty="Không có văn bản căn cứ.")
ASSIGNMENTS = ListSpec("/assignments", "Phân công", "cơ quan", empty="Chưa có cơ quan nào được phân công.")
REPORTING = ListSpec("/reporting", "Báo cáo", "hạn báo cáo", REPORTING_FIELDS, empty="Không có hạn báo cáo.")
DISTRIBUTION = ListSpec("/distribution", "Nơi nhận", "nơi nhận", empty="Không có nơi nhận.")


def page_context(request: Request) -> dict[str, Any]:
    """What the template needs: the form's structure, limits and whether the API wants a token."""
    settings = request.app.state.settings
    return {
        "token_required": settings.api_token is not None,
        "max_upload_mb": f"{settings.max_upload_mb:g}",
        "max_pages": settings.max_pages,
        "low_confidence": LOW_CONFIDENCE,
        "poll_ms": POLL_INTERVAL_MS,
        "groups": {"document": DOCUMENT, "issuer": ISSUER, "event": EVENT, "ceremony": CEREMONY,
                   "signer": SIGNER},
        "lists": {"addressees": ADDRESSEES, "parents": PARENTS, "assignments": ASSIGNMENTS,
                  "reporting": REPORTING, "distribution": DISTRIBUTION},
        "kind_choices": KIND_CHOICES,
        "status_choices": STATUS_CHOICES,
    }


# ------------------------------------------------------------------------------------------ routes

templates = Jinja2Templates(directory=str(TEMPLATES_DIR))


class _StaticFiles(StaticFiles):
    """Local assets, revalidated on every load (``no-cache`` + ETag), so a new version is never stale."""

    def file_response(self, *args: Any, **kwargs: Any) -> Response:
        response = super().file_response(*args, **kwargs)
        response.headers["Cache-Control"] = "no-cache"
        response.headers["X-Content-Type-Options"] = "nosniff"
        return response


static_files = _StaticFiles(directory=str(STATIC_DIR))

router = APIRouter(include_in_schema=False)


@router.get("/", response_class=HTMLResponse)
def review_page(request: Request) -> Response:
    """The review page (upload, list, review, export); its data comes from /v1 through the browser."""
    return templates.TemplateResponse(request, "index.html", page_context(request), headers=PAGE_HEADERS)


@router.get("/static/{path:path}", name="static")
async def static_asset(request: Request, path: str) -> Response:
    """A file under ``service/static/`` (traversal outside it is refused by Starlette's lookup)."""
    return await static_files.get_response(path, request.scope)
