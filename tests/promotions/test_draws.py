"""Verifiable draws: commitment at publishing, the draw from a frozen list, claims, alternates, contests."""

from __future__ import annotations

import asyncio
import hashlib
import re
from datetime import timedelta

import pytest

from heliograph import db
from heliograph.promotions import contests, draws, service
from heliograph.promotions import draw_algorithm as algo
from heliograph.promotions.tables import Entry, Winner
from tests.promotions import entry_support
from tests.promotions.extras_factories import bearer, enter, make_promotion

SLUG = "sun-draw"
ADMIN = f"/api/v1/admin/promotions/{SLUG}"
PUBLIC = f"/api/v1/promotions/{SLUG}"
PEOPLE = [
    ("ada@example.com", "Ada Lovelace"),
    ("grace@example.com", "Grace Brewster Hopper"),
    ("alan@example.com", "Alan Turing"),
    ("emmy@example.com", "Emmy Noether"),
    ("kurt@example.com", "Kurt Gödel"),
]


def seed_of(i: int) -> str:
    return hashlib.sha256(f"seed {i}".encode()).hexdigest()


def lines(*pairs: tuple[str, str]) -> str:
    return algo.entry_list([algo.Line(receipt=r, holder=h) for r, h in pairs])


class TestAlgorithm:
    def test_commitment_is_the_sha256_of_the_seed_bytes(self) -> None:
        seed = "00" * 32
        assert algo.commitment(seed) == hashlib.sha256(bytes(32)).hexdigest()

    def test_the_list_is_sorted_by_receipt_and_hashed_as_text(self) -> None:
        text = lines(("BBB", "h2"), ("AAA", "h1"))
        assert text == "AAA h1\nBBB h2\n"
        assert algo.digest(text) == hashlib.sha256(b"AAA h1\nBBB h2\n").hexdigest()
        assert algo.parse_entry_list(text) == [algo.Line("AAA", "h1"), algo.Line("BBB", "h2")]

    def test_a_malformed_or_unsorted_list_is_refused(self) -> None:
        with pytest.raises(ValueError):
            algo.parse_entry_list("BBB h2\nAAA h1\n")
        with pytest.raises(ValueError):
            algo.parse_entry_list("AAA\n")

    def test_the_same_seed_and_list_give_the_same_seats(self) -> None:
        text = lines(*[(f"R{i:03}", f"h{i}") for i in range(50)])
        first = algo.draw(seed_of(1), text, 3, 2)
        assert first == algo.draw(seed_of(1), text, 3, 2)
        assert first != algo.draw(seed_of(2), text, 3, 2)
        assert [s.role for s in first] == ["winner"] * 3 + ["alternate"] * 2
        assert [s.seat for s in first] == [1, 2, 3, 4, 5]

    def test_a_pinned_vector_keeps_the_documented_algorithm(self) -> None:
        # Changing this answer changes published draws: that needs a new algorithm name.
        text = lines(*[(f"R{i:03}", f"h{i % 7}") for i in range(20)])
        seats = algo.draw("ab" * 32, text, 2, 1)
        assert [s.receipt for s in seats] == PINNED

    def test_one_seat_per_person_and_no_more_seats_than_people(self) -> None:
        text = lines(("A1", "ann"), ("A2", "ann"), ("A3", "ann"), ("B1", "bob"))
        seats = algo.draw(seed_of(3), text, 1, 5)
        assert len(seats) == 2 and {s.holder for s in seats} == {"ann", "bob"}

    def test_an_empty_list_seats_nobody(self) -> None:
        assert algo.draw(seed_of(4), "", 3, 3) == []

    def test_chances_grow_with_entries(self) -> None:
        text = lines(("A1", "ann"), ("A2", "ann"), ("A3", "ann"), ("B1", "bob"))
        firsts = [algo.draw(seed_of(i), text, 1, 0)[0].holder for i in range(2000)]
        share = firsts.count("ann") / len(firsts)
        assert 0.70 < share < 0.80  # 3 lines of 4; fixed seeds, so this never flakes

    def test_verify_checks_commitment_and_digest(self) -> None:
        seed = seed_of(5)
        text = lines(("A1", "ann"), ("B1", "bob"))
        commitment, digest = algo.commitment(seed), algo.digest(text)
        assert algo.verify(
            commitment_hex=commitment, seed_hex=seed, entries_digest=digest, text=text, winners=1, alternates=1
        )
        with pytest.raises(ValueError, match="commitment"):
            algo.verify(
                commitment_hex=commitment,
                seed_hex=seed_of(6),
                entries_digest=digest,
                text=text,
                winners=1,
                alternates=0,
            )
        with pytest.raises(ValueError, match="digest"):
            algo.verify(
                commitment_hex=commitment,
                seed_hex=seed,
                entries_digest=digest,
                text=text + "C1 cy\n",
                winners=1,
                alternates=0,
            )


PINNED = ["R002", "R012", "R015"]


def test_display_names_are_first_name_and_initial() -> None:
    assert draws.display_name("Grace Brewster Hopper") == "Grace H."
    assert draws.display_name("Cher") == "Cher"
    assert draws.display_name("  ") is None


async def sweepstakes(**rules) -> dict:
    rules.setdefault("winners", 2)
    rules.setdefault("alternates", 2)
    return await make_promotion(slug=SLUG, kind="sweepstakes", title="Sun Draw", **rules)


async def fill_and_close(people=PEOPLE) -> dict[str, str]:
    """Everyone enters once; the promotion is closed. Returns email → receipt code."""
    codes = {}
    for email, name in people:
        codes[email] = (await enter(SLUG, email=email, name=name))["receipt_code"]
    await service.close_promotion(SLUG)
    return codes


def claim_link(message) -> tuple[str, str]:
    found = re.search(r"/promotions/([a-z0-9-]+)/claim/(\S+)", message.part("plain"))
    assert found, message.part("plain")
    return found.group(1), found.group(2)


class TestCommitment:
    async def test_publishing_a_sweepstakes_publishes_a_commitment_and_keeps_the_seed(self, client) -> None:
        await sweepstakes()
        r = await client.get(f"{PUBLIC}/draw")
        assert r.status_code == 200, r.text
        record = r.json()
        assert record["status"] == "committed" and record["algorithm"] == algo.ALGORITHM
        assert re.fullmatch(r"[0-9a-f]{64}", record["commitment"])
        assert record["seed"] is None and record["entries_digest"] is None and record["winners"] == []
        r = await client.get(f"{PUBLIC}/draw/entries")
        assert r.status_code == 404 and r.json()["code"] == "not_found"

    async def test_a_draft_or_an_instant_win_has_no_draw(self, client) -> None:
        await make_promotion(slug=SLUG, kind="sweepstakes", publish=False)
        assert (await client.get(f"{PUBLIC}/draw")).status_code == 404
        await entry_support.make_promotion(slug="win-now", kind="instant_win")
        assert (await client.get("/api/v1/promotions/win-now/draw")).status_code == 404


class TestRunningTheDraw:
    async def test_the_published_record_lets_anyone_recompute_the_winners(self, client, smtp) -> None:
        await sweepstakes(announce_winners=True)
        commitment = (await client.get(f"{PUBLIC}/draw")).json()["commitment"]
        codes = await fill_and_close()
        await smtp.wait_for(len(PEOPLE))
        smtp.clear()
        r = await client.post(f"{ADMIN}/draw", headers=await bearer("marketer"))
        assert r.status_code == 200, r.text

        record = (await client.get(f"{PUBLIC}/draw")).json()
        assert record["status"] == "drawn" and record["commitment"] == commitment
        text = (await client.get(f"{PUBLIC}/draw/entries")).text
        assert record["entry_count"] == len(PEOPLE) == text.count("\n")
        assert {line.split(" ")[0] for line in text.splitlines()} == set(codes.values())
        recomputed = algo.verify(
            commitment_hex=record["commitment"],
            seed_hex=record["seed"],
            entries_digest=record["entries_digest"],
            text=text,
            winners=record["winners_drawn"],
            alternates=record["alternates_drawn"],
        )
        assert recomputed == [s["receipt"] for s in record["seats"]]
        assert [s["role"] for s in record["seats"]] == ["winner", "winner", "alternate", "alternate"]
        # Winners: first name and initial, country, rank; nothing else about them (P4).
        names = {email: name for email, name in PEOPLE}
        by_code = {code: email for email, code in codes.items()}
        assert [w["rank"] for w in record["winners"]] == [1, 2]
        placed = [s for s in record["seats"] if s["place"]]
        assert [s["place"] for s in placed] == [1, 2] and all(s["status"] == "notified" for s in placed)
        for w, s in zip(record["winners"], placed, strict=True):
            assert set(w) == {"rank", "name", "country"}
            assert w["name"] == draws.display_name(names[by_code[s["receipt"]]]) and w["country"] == "DE"
        assert "@" not in (await client.get(f"{PUBLIC}/draw")).text

        # The two winners, and only they, get a claim link; their entries are marked as won.
        mails = await smtp.wait_for(2)
        winners = {by_code[s["receipt"]] for s in placed}
        assert {m.to for m in mails} == winners and len(smtp.messages) == 2
        won = await Entry.select(Entry.receipt).where(Entry.won == True)  # noqa: E712
        assert {row["receipt"] for row in won} == {s["receipt"] for s in placed}

        # The promotion is drawn; running it again changes nothing.
        assert (await client.get(PUBLIC)).json()["status"] == "drawn"
        again = await client.post(f"{ADMIN}/draw", headers=await bearer("owner"))
        assert again.status_code == 200 and again.json()["seed"] == record["seed"]
        assert await Winner.count() == 4

    async def test_winners_are_not_named_unless_the_rules_announce_them(self, client) -> None:
        await sweepstakes(announce_winners=False)
        await fill_and_close()
        await draws.run_draw(SLUG)
        record = (await client.get(f"{PUBLIC}/draw")).json()
        assert record["announced"] is False and len(record["winners"]) == 2
        assert record["winners"] == [{"rank": 1}, {"rank": 2}]
        page = await client.get(f"/promotions/{SLUG}/draw")
        assert page.status_code == 200 and record["seed"] in page.text and "Lovelace" not in page.text

    async def test_an_entrant_finds_their_receipt_in_the_list(self, client) -> None:
        await sweepstakes()
        codes = await fill_and_close()
        await draws.run_draw(SLUG)
        code = codes["ada@example.com"]
        r = await client.get(f"{PUBLIC}/draw/receipts/{code.lower()}")
        assert r.status_code == 200 and r.json()["included"] is True and r.json()["line"] >= 1
        r = await client.get(f"{PUBLIC}/draw/receipts/NOTAREALCODE")
        assert r.json()["included"] is False

    async def test_a_person_holds_at_most_one_seat_and_their_entries_all_count(self, client) -> None:
        await sweepstakes(winners=3, alternates=3, entry_limit={"count": 3, "per": "promotion"})
        for _ in range(3):
            await enter(SLUG, email="ada@example.com", name="Ada Lovelace")
        await enter(SLUG, email="alan@example.com", name="Alan Turing")
        await service.close_promotion(SLUG)
        record = await draws.run_draw(SLUG)
        assert record["entry_count"] == 4
        assert len(record["seats"]) == 2 and {s["name"] for s in record["seats"]} == {"Ada Lovelace", "Alan Turing"}

    async def test_refusals(self, client) -> None:
        await sweepstakes()
        await enter(SLUG, email="ada@example.com")
        editor = await bearer("owner")
        r = await client.post(f"{ADMIN}/draw", headers=editor)
        assert r.status_code == 422 and r.json()["errors"][0]["reason"] == "not_closed"
        r = await client.post(f"{ADMIN}/draw", headers=await bearer("viewer"))
        assert r.status_code == 403
        r = await client.post(f"{ADMIN}/draw")
        assert r.status_code == 401
        await entry_support.make_promotion(slug="win-now", kind="instant_win")
        r = await client.post("/api/v1/admin/promotions/win-now/draw", headers=editor)
        assert r.status_code == 422 and r.json()["errors"][0]["reason"] == "no_draw_for_kind"
        assert await Winner.count() == 0

    async def test_concurrent_draws_make_one(self) -> None:
        await entry_support.ensure_pool()
        await sweepstakes()
        await fill_and_close()
        records = await asyncio.gather(*(draws.run_draw(SLUG) for _ in range(8)))
        assert len({r["seed"] for r in records}) == 1
        assert len({tuple(s["receipt"] for s in r["seats"]) for r in records}) == 1
        assert await Winner.count() == 4

    async def test_a_draw_with_no_entries_seats_nobody(self, client) -> None:
        await sweepstakes()
        await service.close_promotion(SLUG)
        record = await draws.run_draw(SLUG)
        assert record["entry_count"] == 0 and record["seats"] == [] and record["entries_digest"] == algo.digest("")


async def drawn_with_one_winner(smtp, **rules):
    """A sweepstakes with one winning place, entered by everyone, closed and drawn; the winner's mail."""
    await sweepstakes(winners=1, **rules)
    await fill_and_close()
    await smtp.wait_for(len(PEOPLE))
    smtp.clear()
    await draws.run_draw(SLUG)
    [mail] = await smtp.wait_for(1)
    return mail


class TestClaims:
    async def test_a_winner_claims_with_the_link_and_a_page_view_claims_nothing(self, client, smtp) -> None:
        mail = await drawn_with_one_winner(smtp, alternates=1)
        slug, token = claim_link(mail)
        assert slug == SLUG and "claim it by" in mail.message["Subject"].lower()
        page = await client.get(f"/promotions/{slug}/claim/{token}")
        assert page.status_code == 200 and "Claim my prize" in page.text
        assert (await Winner.select(Winner.status).where(Winner.seat == 1).first())["status"] == "notified"
        r = await client.post(f"{PUBLIC}/claims", json={"token": token})
        assert r.status_code == 200 and r.json()["status"] == "claimed" and r.json()["place"] == 1
        assert (await client.post(f"{PUBLIC}/claims", json={"token": token})).status_code == 200
        done = await client.post(f"/promotions/{slug}/claim/{token}")
        assert done.status_code == 200 and "Prize claimed" in done.text
        record = (await client.get(f"{PUBLIC}/draw")).json()
        assert record["seats"][0]["status"] == "claimed" and record["seats"][0]["place"] == 1

    async def test_a_forged_token_is_refused(self, client) -> None:
        await sweepstakes()
        r = await client.post(f"{PUBLIC}/claims", json={"token": "not-a-token"})
        assert r.status_code == 400 and r.json()["code"] == "invalid_token"
        r = await client.post(f"{PUBLIC}/claims", json={"token": "x", "email": "a@b.c"})
        assert r.status_code == 422 and r.json()["code"] == "unknown_field"

    async def test_an_unclaimed_place_passes_to_the_next_alternate(self, client, smtp) -> None:
        first = await drawn_with_one_winner(smtp, alternates=2, claim_days=3)
        _, old_token = claim_link(first)
        seat1 = await Winner.select().where(Winner.seat == 1).first()
        assert seat1["claim_deadline"] - seat1["notified_at"] == timedelta(days=3)

        assert await draws.expire_claims(db.now_utc()) == 0  # not yet due
        assert await draws.expire_claims(db.now_utc() + timedelta(days=3, minutes=1)) == 1
        seats = {s["seat"]: s for s in await Winner.select().order_by(Winner.seat)}
        assert seats[1]["status"] == "forfeited" and seats[1]["reason"] == "not_claimed"
        assert seats[1]["replaced_by"] == 2
        assert seats[2]["status"] == "notified" and seats[2]["place"] == 1 and seats[2]["replaces"] == 1
        assert seats[3]["status"] == "standby"
        mails = await smtp.wait_for(2)
        assert mails[1].to != first.to
        r = await client.post(f"{PUBLIC}/claims", json={"token": old_token})
        assert r.status_code == 400 and "no longer" in r.json()["detail"]
        record = (await client.get(f"{PUBLIC}/draw")).json()
        assert [(s["seat"], s["place"], s["status"]) for s in record["seats"]] == [
            (1, None, "forfeited"),
            (2, 1, "notified"),
            (3, None, "standby"),
        ]
        assert record["replacements"] == [
            {"place": 1, "seat": 1, "status": "forfeited", "reason": "not_claimed", "replaced_by_seat": 2}
        ]
        won = await Entry.select(Entry.receipt).where(Entry.won == True)  # noqa: E712
        assert [row["receipt"] for row in won] == [seats[2]["receipt"]]

    async def test_a_marketer_takes_a_place_away_with_a_reason(self, client) -> None:
        await sweepstakes(winners=1, alternates=1)
        await fill_and_close()
        await draws.run_draw(SLUG)
        editor = await bearer("owner")
        r = await client.post(f"{ADMIN}/winners/1/replace", json={"reason": ""}, headers=editor)
        assert r.status_code == 422
        r = await client.post(
            f"{ADMIN}/winners/1/replace", json={"reason": "lives outside the eligible area"}, headers=editor
        )
        assert r.status_code == 200, r.text
        seats = r.json()["seats"]
        assert seats[0]["status"] == "disqualified" and seats[0]["reason"] == "lives outside the eligible area"
        assert seats[1]["status"] == "notified" and seats[1]["place"] == 1
        # No alternate is left: the place stays empty and says so.
        r = await client.post(f"{ADMIN}/winners/1/replace", json={"reason": "declined the prize"}, headers=editor)
        assert r.status_code == 200 and r.json()["winners"] == []
        r = await client.post(f"{ADMIN}/winners/1/replace", json={"reason": "again"}, headers=editor)
        assert r.status_code == 404


class TestContestResult:
    async def test_a_closed_contest_is_judged_from_its_ranking(self, client) -> None:
        promotion = await make_promotion(
            slug=SLUG,
            kind="contest",
            question="Where would you put a panel?",
            criteria=[{"name": "Originality", "weight": 1}],
            winners=1,
            alternates=1,
        )
        criterion = promotion["criteria"][0]["id"]
        scored = {}
        for (email, name), score in zip(PEOPLE[:3], (4, 9, 6), strict=True):
            entry = await enter(SLUG, email=email, name=name, answer=f"On the roof of {name.split()[0]}'s shed.")
            await contests.set_scores(SLUG, entry["entry_id"], 1, [{"criterion_id": criterion, "score": score}])
            scored[score] = entry["receipt_code"]
        await service.close_promotion(SLUG)
        r = await client.post(f"{ADMIN}/draw", headers=await bearer("owner"))
        assert r.status_code == 200, r.text
        record = r.json()
        assert record["status"] == "judged" and record["seed"] is None
        assert [s["receipt"] for s in record["seats"]] == [scored[9], scored[6]]
        assert (await client.get(PUBLIC)).json()["status"] == "judged"
