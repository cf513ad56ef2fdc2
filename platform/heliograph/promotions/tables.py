"""Promotions, their versioned rules, prizes, entries, instant-win moments, contests, polls and referrals."""

from __future__ import annotations

from piccolo.columns import JSON, Boolean, DoublePrecision, ForeignKey, Integer, Serial, Text, Timestamptz, Varchar
from piccolo.columns.base import OnDelete
from piccolo.table import Table

from heliograph.people.tables import Person
from heliograph.personal import personal
from heliograph.sponsors.tables import Sponsor

KINDS = ("sweepstakes", "instant_win", "contest", "poll")
# Stored statuses (set by marketers). "published" is shown as scheduled, open or closed by the clock.
STORED_STATUSES = ("draft", "published", "closed", "drawn", "judged", "completed", "archived")
# Statuses shown by the API: "published" resolves to one of the three time-driven ones.
STATUSES = ("draft", "scheduled", "open", "closed", "drawn", "judged", "completed", "archived")
ALLOCATIONS = ("none", "odds", "moments")
ENTRY_SOURCES = ("form", "referral_bonus")


class Promotion(Table, tablename="promotion"):
    """A sweepstakes, instant win, contest or poll, with its current rules (history in PromotionRulesVersion)."""

    id: Serial

    slug = Varchar(length=80, unique=True, help_text="URL name")
    kind = Varchar(length=20, index=True, help_text="sweepstakes, instant_win, contest or poll")
    title = Varchar(length=200, help_text="shown to people")
    description = Text(default="", help_text="Markdown shown on the landing page")
    question = Text(default="", help_text="contest prompt or poll question shown above the answer")
    status = Varchar(
        length=20, default="draft", index=True, help_text="draft, published, closed, drawn, judged, completed, archived"
    )
    rules = JSON(default="{}", help_text="current rules body (PromotionRules as JSON)")
    rules_version = Integer(default=1, help_text="version of the current rules; bumped by every change")
    timezone = Varchar(length=64, help_text="copy of rules.timezone (IANA) for queries")
    opens_at = Timestamptz(index=True, help_text="copy of rules.opens_at for queries")
    closes_at = Timestamptz(index=True, help_text="copy of rules.closes_at for queries")
    show_results = Boolean(default=False, help_text="poll: aggregate results are public")
    referral_limit = Integer(default=5, help_text="tell-a-friend messages one entry may send")
    created_by = Integer(null=True, default=None, help_text="console user id")
    created_at = Timestamptz(help_text="when it was made")
    updated_at = Timestamptz(help_text="last change")
    published_at = Timestamptz(null=True, default=None, help_text="when a marketer published it")
    closed_at = Timestamptz(null=True, default=None, help_text="when a marketer closed it early or it was closed")


class PromotionRulesVersion(Table, tablename="promotion_rules_version"):
    """Every version of a promotion's rules, append-only: what each entrant accepted."""

    id: Serial

    promotion = ForeignKey(references=Promotion, on_delete=OnDelete.cascade, index=True, help_text="which promotion")
    version = Integer(help_text="rules version number, from 1")
    key = Varchar(length=40, unique=True, help_text="'<promotion>:<version>', one row per version")
    rules = JSON(default="{}", help_text="the rules body of this version")
    created_by = Integer(null=True, default=None, help_text="console user id")
    created_at = Timestamptz(help_text="when this version was made")


class PromotionSponsor(Table, tablename="promotion_sponsor"):
    """A sponsor of a promotion."""

    id: Serial

    promotion = ForeignKey(references=Promotion, on_delete=OnDelete.cascade, index=True, help_text="which promotion")
    sponsor = ForeignKey(references=Sponsor, on_delete=OnDelete.restrict, index=True, help_text="which sponsor")
    key = Varchar(length=40, unique=True, help_text="'<promotion>:<sponsor>'")
    position = Integer(default=0, help_text="order on the page")


class Prize(Table, tablename="prize"):
    """A prize with a quantity; instant-win prizes carry fixed odds or winning moments."""

    id: Serial

    promotion = ForeignKey(references=Promotion, on_delete=OnDelete.cascade, index=True, help_text="which promotion")
    name = Varchar(length=200, help_text="shown to people")
    description = Text(default="", help_text="what the prize is")
    value = Varchar(length=100, default="", help_text="approximate retail value, as shown on the rules page")
    position = Integer(default=0, help_text="order on the page; rank for sweepstakes and contests")
    quantity = Integer(default=1, help_text="how many exist")
    awarded = Integer(default=0, help_text="how many have been awarded; never above quantity")
    allocation = Varchar(length=10, default="none", help_text="none, odds (fixed odds) or moments (winning moments)")
    odds = DoublePrecision(null=True, default=None, help_text="probability of winning per entry, for allocation=odds")
    winning_moments = JSON(default="[]", help_text="instants given by the marketer (ISO 8601); empty: spread at random")
    created_at = Timestamptz(help_text="when it was made")


class InstantWinMoment(Table, tablename="instant_win_moment"):
    """A winning moment: the first entry at or after `at` claims it (secret until claimed)."""

    id: Serial

    promotion = ForeignKey(references=Promotion, on_delete=OnDelete.cascade, index=True, help_text="which promotion")
    prize = ForeignKey(references=Prize, on_delete=OnDelete.cascade, index=True, help_text="prize it awards")
    at = Timestamptz(index=True, help_text="the moment")
    entry_id = Integer(null=True, default=None, help_text="entry that claimed it")
    claimed_at = Timestamptz(null=True, default=None, help_text="when it was claimed")


class PollOption(Table, tablename="poll_option"):
    """An answer people may vote for in a poll."""

    id: Serial

    promotion = ForeignKey(references=Promotion, on_delete=OnDelete.cascade, index=True, help_text="which poll")
    label = Varchar(length=200, help_text="shown to people")
    position = Integer(default=0, help_text="order on the page")


class ContestCriterion(Table, tablename="contest_criterion"):
    """A published judging criterion of a contest, with its weight."""

    id: Serial

    promotion = ForeignKey(references=Promotion, on_delete=OnDelete.cascade, index=True, help_text="which contest")
    name = Varchar(length=100, help_text="e.g. originality")
    description = Text(default="", help_text="what judges look for")
    weight = DoublePrecision(default=1.0, help_text="weight in the total score")
    max_score = Integer(default=10, help_text="scores run from 0 to this")
    position = Integer(default=0, help_text="order on the page")


class Entry(Table, tablename="entry"):
    """One entry by one person in one promotion (or a bonus entry earned by a referral)."""

    id: Serial

    promotion = ForeignKey(references=Promotion, on_delete=OnDelete.cascade, index=True, help_text="which promotion")
    person = ForeignKey(references=Person, on_delete=OnDelete.cascade, index=True, help_text="who entered")
    source = Varchar(length=20, default="form", help_text="form, or referral_bonus for a bonus entry")
    status = Varchar(length=20, default="valid", help_text="valid or disqualified")
    bucket = Varchar(length=20, help_text="entry-limit bucket: 'promotion' or the local date (per-day limits)")
    limit_key = Varchar(
        length=120,
        unique=True,
        help_text="'<promotion>:<person>:<bucket>:<n>', n in 1..limit: the entry limit holds under concurrency",
    )
    rules_version = Integer(help_text="rules version the entrant accepted")
    country = Varchar(length=2, null=True, default=None, help_text=personal("country of residence at entry"))
    region = Varchar(length=6, null=True, default=None, help_text=personal("region of residence at entry"))
    answer = Text(null=True, default=None, help_text=personal("contest submission or poll 'other' answer (screened)"))
    poll_option = ForeignKey(
        references=PollOption, on_delete=OnDelete.restrict, null=True, default=None, help_text="poll vote"
    )
    referral_code = Varchar(length=24, unique=True, null=True, default=None, help_text="the entrant's own code")
    referred_by_entry_id = Integer(null=True, default=None, index=True, help_text="entry whose code brought this one")
    won = Boolean(default=False, help_text="instant win: this entry won")
    prize = ForeignKey(references=Prize, on_delete=OnDelete.restrict, null=True, default=None, help_text="prize won")
    receipt = Varchar(length=32, unique=True, help_text="public random reference of the entry (draw lists, receipts)")
    created_at = Timestamptz(help_text="when it was accepted")


class ContestScore(Table, tablename="contest_score"):
    """One judge's score of one entry on one criterion."""

    id: Serial

    entry = ForeignKey(references=Entry, on_delete=OnDelete.cascade, index=True, help_text="which entry")
    criterion = ForeignKey(references=ContestCriterion, on_delete=OnDelete.cascade, help_text="which criterion")
    judge_id = Integer(help_text="console user id of the judge")
    key = Varchar(length=60, unique=True, help_text="'<entry>:<criterion>:<judge>', one score each")
    score = DoublePrecision(help_text="0 .. criterion.max_score")
    note = Text(default="", help_text="judge's note")
    created_at = Timestamptz(help_text="first scored")
    updated_at = Timestamptz(help_text="last change")


class Referral(Table, tablename="referral"):
    """A tell-a-friend message: the friend's address is kept only as a keyed hash."""

    id: Serial

    promotion = ForeignKey(references=Promotion, on_delete=OnDelete.cascade, index=True, help_text="which promotion")
    entry = ForeignKey(references=Entry, on_delete=OnDelete.cascade, index=True, help_text="the referrer's entry")
    friend_hash = Varchar(length=64, index=True, help_text="keyed hash of the friend's address")
    key = Varchar(length=100, unique=True, help_text="'<entry>:<friend_hash>': one message per friend")
    slot = Varchar(length=40, unique=True, help_text="'<entry>:<n>', n in 1..limit: the per-entrant limit")
    delivery_id = Integer(null=True, default=None, help_text="the outbox delivery of the message")
    converted_entry_id = Integer(null=True, default=None, help_text="the friend's entry, once they entered")
    created_at = Timestamptz(help_text="when it was sent")


class Draw(Table, tablename="draw"):
    """The verifiable draw of a sweepstakes (commitment at publishing, digest and seed at the draw),
    or the final ranking of a contest (no seed)."""

    id: Serial

    promotion = ForeignKey(
        references=Promotion, on_delete=OnDelete.cascade, unique=True, help_text="one draw per promotion"
    )
    algorithm = Varchar(length=40, help_text="heliograph-draw-v1 (random draw) or contest-ranking-v1 (judged)")
    seed = Varchar(length=64, null=True, default=None, help_text="secret seed (hex); public only once drawn")
    commitment = Varchar(length=64, null=True, default=None, help_text="SHA-256 of the seed, published at once")
    committed_at = Timestamptz(null=True, default=None, help_text="when the commitment was made")
    entry_list = Text(null=True, default=None, help_text="the frozen entry list (receipt codes and opaque holders)")
    entries_digest = Varchar(length=64, null=True, default=None, help_text="SHA-256 of the entry list")
    entry_count = Integer(null=True, default=None, help_text="lines in the entry list")
    winners = Integer(default=0, help_text="winning places drawn")
    alternates = Integer(default=0, help_text="alternates drawn")
    drawn_at = Timestamptz(null=True, default=None, help_text="when it was drawn or judged")
    drawn_by = Integer(null=True, default=None, help_text="console user id who ran it")


class Winner(Table, tablename="winner"):
    """A seat of a draw: a winner holding a place, or an alternate who may be called to one."""

    id: Serial

    promotion = ForeignKey(references=Promotion, on_delete=OnDelete.cascade, index=True, help_text="which promotion")
    entry = ForeignKey(references=Entry, on_delete=OnDelete.cascade, index=True, help_text="the winning entry")
    seat = Integer(help_text="order drawn (1..winners+alternates)")
    key = Varchar(length=40, unique=True, help_text="'<promotion>:<seat>'")
    receipt = Varchar(length=32, help_text="receipt code of the entry (as in the public entry list)")
    place = Integer(null=True, default=None, help_text="winning place held (1..winners); none for a waiting alternate")
    status = Varchar(
        length=20,
        default="standby",
        help_text="notified (awaiting claim), claimed, forfeited, disqualified, standby (alternate), unused",
    )
    claim_deadline = Timestamptz(null=True, default=None, help_text="claim by this time or the place passes on")
    notified_at = Timestamptz(null=True, default=None, help_text="when the winner mail was queued")
    claimed_at = Timestamptz(null=True, default=None, help_text="when the winner claimed")
    reason = Varchar(length=200, default="", help_text="why a place was lost (not_claimed, or the marketer's reason)")
    replaced_by = Integer(null=True, default=None, help_text="the seat that took over the place")
    replaces = Integer(null=True, default=None, help_text="the seat whose place this one took")
    updated_at = Timestamptz(help_text="last change")
