"""Access control: an optional bearer token for every /v1 route.

With ``API_TOKEN`` unset the API is open (the default binds to 127.0.0.1 only). With it set, each /v1 request
must carry ``Authorization: Bearer <token>``. The comparison runs in constant time: both sides are hashed to
fixed-length digests and compared with :func:`hmac.compare_digest`, so neither the content nor the length of
the configured token leaks through response timing.
"""

from __future__ import annotations

import hashlib
import hmac
from typing import Annotated

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from extractor.errors import AuthenticationError
from service.codes import ErrorCode

bearer_scheme = HTTPBearer(auto_error=False, description="The API_TOKEN configured on the server.")


def tokens_match(given: str, expected: str) -> bool:
    """Constant-time comparison of two tokens of any lengths."""
    return hmac.compare_digest(hashlib.sha256(given.encode("utf-8")).digest(),
                               hashlib.sha256(expected.encode("utf-8")).digest())


def has_access(request: Request) -> bool:
    """True when no token is configured or the request carries the right one (for routes open to all that
    tell more to those who may see /v1, like /readyz)."""
    expected = request.app.state.settings.api_token
    if expected is None:
        return True
    scheme, _, given = request.headers.get("authorization", "").partition(" ")
    return scheme.lower() == "bearer" and tokens_match(given.strip(), expected.get_secret_value())


async def require_token(  # async: no thread-pool hop for a comparison of two digests
    request: Request, credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer_scheme)],
) -> None:
    """FastAPI dependency: pass when no token is configured or the bearer token matches."""
    expected = request.app.state.settings.api_token
    if expected is None:
        return
    given = credentials.credentials if credentials is not None else ""
    if not tokens_match(given, expected.get_secret_value()):
        raise AuthenticationError(
            "Máy chủ này yêu cầu mã truy cập (API token): hãy gửi tiêu đề 'Authorization: Bearer <mã>'."
            if credentials is None else "Mã truy cập (API token) không đúng; hãy kiểm tra lại mã được cấp.",
            code=ErrorCode.UNAUTHORIZED,
        )
