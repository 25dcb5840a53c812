"""The plan record: the product contract of ../shared/spec/plan-record.md, sections 1 and 2.

A *plan record* is what one directive (Công văn, Kế hoạch, …) says about who issued it, what it implements,
the event it organises, who must do what and how results are reported. Every key is always present; a
value the document does not state is ``None`` (or ``[]`` for a list). Dates are ISO ``YYYY-MM-DD`` strings,
times ``HH:MM`` (24 h), every string Unicode NFC with its white space collapsed to single spaces (every value is
one line; ``warnings`` are the product's own text and kept as written).

Unknown keys are refused at every level: the project adds a field by adding it here, and a client's typo
(``isue_date``) must fail loudly rather than be stored beside a ``null``. The messages of this module's own
validators are Vietnamese, since they reach the clerk through the service.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import unicodedata
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, Field

SCHEMA_VERSION = "1.0"

DocumentKind = Literal[
    "cong_van", "ke_hoach", "quyet_dinh", "thong_bao", "bao_cao", "chi_thi", "huong_dan", "to_trinh", "khac"
]
Urgency = Literal["hoa_toc", "thuong_khan", "khan"]
Secrecy = Literal["tuyet_mat", "toi_mat", "mat"]
CeremonyMode = Literal["online", "in_person", "hybrid"]
DeadlineRelation = Literal["before", "on", "by"]

_TIME = re.compile(r"^(?:[01]\d|2[0-3]):[0-5]\d$")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_EMAIL = re.compile(r"^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+$")
_SPACE = re.compile(r"\s+")


def _one_line(value: Any) -> Any:
    """NFC, and every run of white space (line breaks included) as one space."""
    return _SPACE.sub(" ", unicodedata.normalize("NFC", value)).strip() if isinstance(value, str) else value


def _iso_date(value: str) -> str:
    if not _DATE.match(value):
        raise ValueError(f"ngày phải viết theo dạng YYYY-MM-DD (năm-tháng-ngày), không phải {value!r}")
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        raise ValueError(f"{value!r} không phải là một ngày có thật") from None
    return value


def _clock_time(value: str) -> str:
    if not _TIME.match(value):
        raise ValueError(f"giờ phải viết theo dạng HH:MM, 24 giờ (00:00–23:59), không phải {value!r}")
    return value


def _email(value: str) -> str:
    if not _EMAIL.match(value):
        raise ValueError(f"{value!r} không phải là địa chỉ thư điện tử (dạng ten@donvi.gov.vn)")
    return value


Text = Annotated[str, BeforeValidator(_one_line)]
Email = Annotated[Text, AfterValidator(_email), Field(json_schema_extra={"format": "email"})]
IsoDate = Annotated[
    str, AfterValidator(_iso_date), Field(json_schema_extra={"format": "date"}, examples=["2021-09-20"])
]
ClockTime = Annotated[
    str,
    AfterValidator(_clock_time),
    Field(json_schema_extra={"pattern": r"^(?:[01]\d|2[0-3]):[0-5]\d$"}, examples=["14:00"]),
]


class _Part(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)


class DocumentInfo(_Part):
    kind: DocumentKind | None = Field(None, description="Type of the document (tên loại).")
    number: Text | None = Field(None, description="Số ký hiệu without 'Số:' and without white space.")
    issue_date: IsoDate | None = Field(None, description="Date of the place-and-date line.")
    place: Text | None = Field(None, description="Place name of the place-and-date line.")
    subject: Text | None = Field(None, description="Trích yếu: the V/v line or the title under the type name.")
    urgency: Urgency | None = None
    secrecy: Secrecy | None = None


class Issuer(_Part):
    name: Text | None = Field(None, description="The issuing body: the last name in the header's left column.")
    parent: Text | None = Field(None, description="The governing body above it in the header.")


class ParentDirective(_Part):
    kind: DocumentKind | None = None
    number: Text | None = None
    issue_date: IsoDate | None = None
    issuer: Text | None = None
    subject: Text | None = None


class OpeningCeremony(_Part):
    date: IsoDate | None = None
    time: ClockTime | None = None
    venue: Text | None = None
    mode: CeremonyMode | None = None


class Event(_Part):
    name: Text | None = None
    theme: Text | None = None
    start_date: IsoDate | None = None
    end_date: IsoDate | None = None
    opening_ceremony: OpeningCeremony = Field(default_factory=OpeningCeremony)


class Assignment(_Part):
    agency: Text | None = None
    tasks: list[Text] = Field(default_factory=list)


class Reporting(_Part):
    deadline: IsoDate | None = None
    relation: DeadlineRelation | None = None
    reporters: Text | None = None
    recipient: Text | None = None
    email: Email | None = None
    content: Text | None = None


class Signer(_Part):
    authority: Text | None = Field(None, description="Delegation line: KT. CHỦ TỊCH, TM. …, TL. …, TUQ. …")
    title: Text | None = None
    name: Text | None = None


class PlanRecord(_Part):
    """One directive as a structured plan record (spec section 1)."""

    schema_version: Literal["1.0"] = SCHEMA_VERSION
    document: DocumentInfo = Field(default_factory=DocumentInfo)
    issuer: Issuer = Field(default_factory=Issuer)
    addressees: list[Text] = Field(default_factory=list)
    parent_directives: list[ParentDirective] = Field(default_factory=list)
    event: Event = Field(default_factory=Event)
    assignments: list[Assignment] = Field(default_factory=list)
    reporting: list[Reporting] = Field(default_factory=list)
    distribution: list[Text] = Field(default_factory=list)
    signer: Signer = Field(default_factory=Signer)
    warnings: list[str] = Field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        """The record as the JSON object of the contract: every key present, ISO strings."""
        return self.model_dump(mode="json")


def plan_record_json_schema() -> dict[str, Any]:
    return PlanRecord.model_json_schema(mode="serialization")


def plan_record_json_schema_text() -> str:
    return json.dumps(plan_record_json_schema(), ensure_ascii=False, indent=2) + "\n"
