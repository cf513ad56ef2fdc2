"""Tell-a-friend: POST /api/v1/promotions/{slug}/referrals, authorised by the entrant's receipt token."""

from __future__ import annotations

from typing import Any

from litestar import Request, post
from litestar.params import JSONBody

from heliograph.console.guards import bearer_token
from heliograph.promotions import referrals
from heliograph.promotions.extras_schemas import ReferralIn, ReferralOut


@post("/api/v1/promotions/{slug:str}/referrals", status_code=202, tags=["promotions"])
async def tell_a_friend(slug: str, data: JSONBody[ReferralIn], request: Request[Any, Any, Any]) -> ReferralOut:
    """Send the entrant's friend one screened message (202 whether sent, repeated or suppressed).

    The entry receipt token from the entry answer authorises it: as the body field `receipt`, or
    as `Authorization: Bearer <receipt>`.
    """
    await referrals.tell_a_friend(
        slug,
        entry_id=data.entry_id,
        receipt=data.receipt or bearer_token(request),
        friend_email=data.friend_email,
        message=data.message,
    )
    return ReferralOut()


PUBLIC_HANDLERS = [tell_a_friend]
