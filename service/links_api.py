"""The /v1 routes of duplicates and links between directives (the logic is :mod:`service.links`)."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

from fastapi import APIRouter, Depends, Query
from pydantic import BaseModel, Field

from service import documents, links
from service.api import DocumentId, ServicesDep, _problems
from service.auth import require_token
from service.errors import PROBLEM_RESPONSES
from service.schemas import DocumentOut, document_out

router = APIRouter(prefix="/v1", dependencies=[Depends(require_token)], responses={401: PROBLEM_RESPONSES[401]})


class DuplicateAction(BaseModel):
    action: Literal["keep", "drop"] = Field(description="keep: keep both documents; drop: delete this (the later) "
                                            "one and its files; the earlier one is not touched.")


class DuplicateDecision(BaseModel):
    action: Literal["keep", "drop"]
    document_id: str
    duplicate_of: str = Field(description="The earlier document (still there, whichever the action).")
    document: DocumentOut | None = Field(None, description="The document after keep; none after drop.")


class MatchedParent(BaseModel):
    position: int = Field(description="Index of the entry in the citing record's parent_directives.")
    kind: str | None = None
    number: str | None = Field(None, description="As the citing record writes it (before normalisation).")
    issuer: str | None = None
    issue_date: dt.date | None = None


class LinkedDocument(BaseModel):
    id: str
    number: str | None = None
    kind: str | None = None
    issuer: str | None = None
    issue_date: dt.date | None = None
    subject: str | None = None
    parent: MatchedParent = Field(description="The parent entry that matched (of this document's record for "
                                  "`implements`, of the citing document's record for `implemented_by`).")
    link: str


class DocumentRelations(BaseModel):
    document_id: str
    implements: list[LinkedDocument] = Field(description="Directives in the system that this document's record "
                                             "cites as its basis.")
    implemented_by: list[LinkedDocument] = Field(description="Documents in the system whose records cite this one.")


def _linked(link: links.Link) -> LinkedDocument:
    doc, parent = link.document, link.parent
    return LinkedDocument(
        id=doc.id, number=doc.number, kind=doc.kind, issuer=doc.issuer_name, issue_date=doc.issue_date,
        subject=doc.subject, link=f"/v1/documents/{doc.id}",
        parent=MatchedParent(position=parent.position, kind=parent.kind, number=parent.number, issuer=parent.issuer,
                             issue_date=parent.issue_date))


@router.get("/documents/{document_id}/links", response_model=DocumentRelations, tags=["links"],
            responses=_problems(404))
def get_links(services: ServicesDep, document_id: DocumentId) -> DocumentRelations:
    """The directives this document implements and the documents that implement it.

    A parent directive of the record (``parent_directives``) links to a document in the system with the same
    number (spaces, case, diacritics and OCR slips such as O/0 and l/1 aside) and a matching issuer (its name, a
    part of it, or its abbreviation; where the citation names no issuer, the issuer code in the number and the
    issue date). Both lists follow the current records (a clerk's correction changes them).
    """
    implements, implemented_by = links.find_links(services.db, document_id)
    return DocumentRelations(document_id=document_id, implements=[_linked(link) for link in implements],
                             implemented_by=[_linked(link) for link in implemented_by])


@router.post("/documents/{document_id}/duplicate", response_model=DuplicateDecision, tags=["links"],
             responses=_problems(404, 409, 422))
def decide_duplicate(
    services: ServicesDep, document_id: DocumentId, body: DuplicateAction,
    reviewer: Annotated[str | None, Query(max_length=200, description="Who decided (free text).")] = None,
) -> DuplicateDecision:
    """The clerk's decision about a document flagged as a duplicate (``duplicate_of``) of an earlier one.

    ``keep`` clears the flag and records the decision (who, when); ``drop`` deletes this document, its records
    and its files, and leaves the earlier one as it is. A document not flagged is refused with 409
    ``not_a_duplicate``; dropping one the clerk decided to keep, with 409 ``duplicate_kept``.
    """
    if body.action == "keep":
        flag = links.keep_duplicate(services.db, document_id, reviewer)
        doc, current, review = documents.status_view(services.db, document_id)
        return DuplicateDecision(action="keep", document_id=document_id, duplicate_of=flag.duplicate_of,
                                 document=document_out(doc, current=current, review=review))
    earlier = links.drop_duplicate(services, document_id)
    return DuplicateDecision(action="drop", document_id=document_id, duplicate_of=earlier)
