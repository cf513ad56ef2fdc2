"""Tests for heliograph.policy.rules: effective policy, age, eligibility, rule changes, wording."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any

import msgspec
import pytest

from heliograph.errors import (
    CountryNotEligible,
    EntryLimitReached,
    InvalidField,
    PromotionNotOpen,
    RulesNotAccepted,
    SensitiveData,
    UnderMinimumAge,
)
from heliograph.policy.rules import (
    DEFAULT_POLICY,
    HARD_MIN_AGE,
    SENSITIVE_CATEGORIES,
    EffectivePolicy,
    EntryLimit,
    GeneralPolicy,
    PromotionRules,
    Refusal,
    SponsorField,
    age_on,
    birthday,
    check_birth_date,
    check_entry,
    describe,
    effective_policy,
    entry_limit_key,
    entry_local_date,
    entry_refusal,
    general_policy_from,
    meets_min_age,
    raise_for_problems,
    refusal_error,
    region_required,
    rules_change_problems,
    validate_rules,
)

OPENS = datetime(2025, 6, 1, 0, 0, tzinfo=UTC)
CLOSES = datetime(2025, 7, 1, 0, 0, tzinfo=UTC)
DURING = datetime(2025, 6, 15, 12, 0, tzinfo=UTC)
ADULT = date(1990, 5, 17)


def make_rules(**overrides: Any) -> PromotionRules:
    """A valid promotion's rules, with any field overridden."""
    fields: dict[str, Any] = {
        "opens_at": OPENS,
        "closes_at": CLOSES,
        "timezone": "Europe/Paris",
        "eligible_countries": ("US", "CA", "FR"),
        "official_rules": "# Official rules\n\nNo purchase necessary.",
    }
    fields.update(overrides)
    return PromotionRules(**fields)


def make_effective(general: GeneralPolicy = DEFAULT_POLICY, **rule_overrides: Any) -> EffectivePolicy:
    return effective_policy(general, make_rules(**rule_overrides))


def sponsor(*pairs: tuple[str, str]) -> tuple[SponsorField, ...]:
    return tuple(SponsorField(field, purpose) for field, purpose in pairs)


class TestEffectivePolicyPrecedence:
    @pytest.mark.parametrize(
        ("general", "rules", "expected", "sources"),
        [
            pytest.param(
                {},
                None,
                {"min_age": 13, "eligible_countries": None, "retention_days": 90, "entry_limit": None},
                {"min_age": "policy", "eligible_countries": "policy", "retention_days": "policy"},
                id="signup-general-policy-only",
            ),
            pytest.param(
                {"entrant_retention_days": 60, "min_age": 16},
                None,
                {"min_age": 16, "retention_days": 60},
                {"min_age": "policy", "retention_days": "policy"},
                id="signup-stricter-general-policy",
            ),
            pytest.param(
                {},
                {"min_age": 18},
                {"min_age": 18},
                {"min_age": "rules"},
                id="rules-raise-min-age",
            ),
            pytest.param(
                {},
                {"min_age": 13},
                {"min_age": 13},
                {"min_age": "policy"},
                id="rules-repeat-min-age",
            ),
            pytest.param(
                {"min_age": 16},
                {"min_age": 14},
                {"min_age": 16},
                {"min_age": "policy"},
                id="rules-cannot-go-below-general-min-age",
            ),
            pytest.param(
                {},
                {"min_age": 10},
                {"min_age": 13},
                {"min_age": "floor"},
                id="rules-below-floor",
            ),
            pytest.param(
                {"min_age": 10},
                None,
                {"min_age": 13},
                {"min_age": "floor"},
                id="general-below-floor",
            ),
            pytest.param(
                {},
                {"retention_days": 30},
                {"retention_days": 30},
                {"retention_days": "rules"},
                id="rules-set-retention",
            ),
            pytest.param(
                {"entrant_retention_days": 45},
                {"retention_days": None},
                {"retention_days": 45},
                {"retention_days": "policy"},
                id="rules-silent-on-retention",
            ),
            pytest.param(
                {},
                {},
                {"sponsor_field_names": ("name", "country"), "refused_sponsor_fields": ()},
                {"sponsor_fields": "policy"},
                id="sponsor-default-fields",
            ),
            pytest.param(
                {},
                {"sponsor_fields": sponsor(("email", "prize delivery"))},
                {"sponsor_field_names": ("name", "country", "email")},
                {"sponsor_fields": "rules"},
                id="rules-add-sponsor-field",
            ),
            pytest.param(
                {},
                {"sponsor_fields": sponsor(("email", "prize delivery"), ("health", "insurance"))},
                {"sponsor_field_names": ("name", "country", "email"), "refused_sponsor_fields": ("health",)},
                {"sponsor_fields": "floor"},
                id="sensitive-sponsor-field-dropped",
            ),
            pytest.param(
                {"collectable_fields": ("name", "email", "country")},
                {"sponsor_fields": sponsor(("phone", "prize delivery"))},
                {"sponsor_field_names": ("name", "country"), "refused_sponsor_fields": ("phone",)},
                {"sponsor_fields": "floor"},
                id="sponsor-field-outside-collectable-set-dropped",
            ),
            pytest.param(
                {"sensitive_categories": (), "collectable_fields": ("name", "country", "health")},
                None,
                {"sensitive_categories": SENSITIVE_CATEGORIES, "collectable_fields": ("name", "country")},
                {"sensitive_categories": "floor"},
                id="sensitive-categories-always-forbidden",
            ),
            pytest.param(
                {},
                {"eligible_countries": ("us", " fr", "US"), "excluded_regions": ("us-ny",)},
                {"eligible_countries": ("US", "FR"), "excluded_regions": ("US-NY",)},
                {"eligible_countries": "rules", "excluded_regions": "rules"},
                id="rules-countries-normalised",
            ),
            pytest.param(
                {},
                {"timezone": "Pacific/Auckland", "entry_limit": EntryLimit(2, "day")},
                {"timezone": "Pacific/Auckland", "entry_limit": EntryLimit(2, "day"), "opens_at": OPENS},
                {"timezone": "rules", "entry_limit": "rules", "opens_at": "rules", "closes_at": "rules"},
                id="rules-window-zone-and-limit",
            ),
        ],
    )
    def test_precedence(
        self,
        general: dict[str, Any],
        rules: dict[str, Any] | None,
        expected: dict[str, Any],
        sources: dict[str, str],
    ) -> None:
        effective = effective_policy(GeneralPolicy(**general), None if rules is None else make_rules(**rules))
        assert {name: getattr(effective, name) for name in expected} == expected
        assert {name: effective.sources[name] for name in sources} == sources

    def test_without_rules_it_is_the_general_policy(self) -> None:
        general = GeneralPolicy(version="2026-11-01")
        effective = effective_policy(general)
        assert not effective.is_promotion
        assert effective.policy_version == "2026-11-01"
        assert effective.rules_version is None
        assert effective.timezone == general.timezone
        assert set(effective.sources.values()) <= {"policy", "floor"}

    def test_rules_version_is_carried(self) -> None:
        assert make_effective(version=4).rules_version == 4

    def test_general_policy_from_stored_defaults(self) -> None:
        general = general_policy_from("2026-11-01", {"min_age": 16, "consent_evidence_years": 7, "x": 1})
        assert (general.version, general.min_age, general.consent_evidence_years) == ("2026-11-01", 16, 7)


class TestFloors:
    def test_rules_cannot_lower_min_age(self) -> None:
        effective = make_effective(min_age=10)
        assert effective.min_age == HARD_MIN_AGE
        twelve = date(2013, 1, 1)
        assert check_entry(effective, now=DURING, birth_date=twelve, country="US", accepted_rules=True) == (
            "under_minimum_age"
        )

    def test_sensitive_sponsor_field_never_shared(self) -> None:
        effective = make_effective(sponsor_fields=sponsor(("religion", "targeting"), ("Health", "x")))
        assert effective.sponsor_field_names == ("name", "country")
        assert effective.refused_sponsor_fields == ("religion", "health")

    def test_meets_min_age_never_below_floor(self) -> None:
        twelve = date(2013, 1, 1)
        assert not meets_min_age(twelve, DURING, "UTC", min_age=5)


class TestAge:
    @pytest.mark.parametrize(
        ("birth", "on", "age"),
        [
            (date(2000, 6, 15), date(2013, 6, 14), 12),
            (date(2000, 6, 15), date(2013, 6, 15), 13),
            (date(2000, 12, 31), date(2001, 1, 1), 0),
            (date(2012, 2, 29), date(2025, 2, 28), 12),
            (date(2012, 2, 29), date(2025, 3, 1), 13),
            (date(2012, 2, 29), date(2024, 2, 28), 11),
            (date(2012, 2, 29), date(2024, 2, 29), 12),
        ],
    )
    def test_age_on(self, birth: date, on: date, age: int) -> None:
        assert age_on(birth, on) == age

    def test_leap_day_birthday_falls_on_first_of_march(self) -> None:
        assert birthday(date(2012, 2, 29), 13) == date(2025, 3, 1)
        assert birthday(date(2012, 2, 29), 16) == date(2028, 2, 29)
        assert birthday(date(2000, 6, 15), 13) == date(2013, 6, 15)

    @pytest.mark.parametrize(
        ("birth", "problem"),
        [
            (date(2025, 6, 16), "invalid_field"),
            (date(2025, 6, 15), None),
            (date(1904, 6, 16), None),
            (date(1904, 6, 15), "invalid_field"),
            (datetime(1990, 1, 1, tzinfo=UTC), "invalid_field"),
            ("1990-01-01", "invalid_field"),
            (None, "invalid_field"),
        ],
    )
    def test_check_birth_date(self, birth: object, problem: str | None) -> None:
        assert check_birth_date(birth, date(2025, 6, 15)) == problem

    def test_same_instant_two_local_dates(self) -> None:
        instant = datetime(2025, 6, 10, 13, 0, tzinfo=UTC)
        assert entry_local_date(instant, "Pacific/Auckland") == date(2025, 6, 11)
        assert entry_local_date(instant, "America/Los_Angeles") == date(2025, 6, 10)

    def test_naive_now_is_refused(self) -> None:
        with pytest.raises(ValueError):
            entry_local_date(datetime(2025, 6, 10, 13, 0), "UTC")

    @pytest.mark.parametrize(
        ("zone", "first_allowed_utc"),
        [
            # 2025-06-11 00:00 local: NZST is UTC+12, PDT is UTC-7.
            ("Pacific/Auckland", datetime(2025, 6, 10, 12, 0, tzinfo=UTC)),
            ("America/Los_Angeles", datetime(2025, 6, 11, 7, 0, tzinfo=UTC)),
            ("UTC", datetime(2025, 6, 11, 0, 0, tzinfo=UTC)),
        ],
    )
    def test_thirteenth_birthday_boundary_in_zone(self, zone: str, first_allowed_utc: datetime) -> None:
        born = date(2012, 6, 11)
        assert meets_min_age(born, first_allowed_utc, zone, 13)
        assert not meets_min_age(born, first_allowed_utc - timedelta(seconds=1), zone, 13)

    def test_same_instant_allowed_in_auckland_refused_in_los_angeles(self) -> None:
        instant, born = datetime(2025, 6, 10, 13, 0, tzinfo=UTC), date(2012, 6, 11)
        assert meets_min_age(born, instant, "Pacific/Auckland", 13)
        assert not meets_min_age(born, instant, "America/Los_Angeles", 13)

    @pytest.mark.parametrize(
        ("zone", "first_allowed_utc"),
        [
            # 2025-03-01 00:00 local: NZDT is UTC+13, PST is UTC-8.
            ("Pacific/Auckland", datetime(2025, 2, 28, 11, 0, tzinfo=UTC)),
            ("America/Los_Angeles", datetime(2025, 3, 1, 8, 0, tzinfo=UTC)),
        ],
    )
    def test_leap_day_birth_turns_thirteen_on_first_of_march(self, zone: str, first_allowed_utc: datetime) -> None:
        born = date(2012, 2, 29)
        assert meets_min_age(born, first_allowed_utc, zone, 13)
        assert not meets_min_age(born, first_allowed_utc - timedelta(seconds=1), zone, 13)

    def test_signup_without_promotion_uses_most_cautious_zone(self) -> None:
        born = date(2012, 6, 11)
        signup = effective_policy(DEFAULT_POLICY)
        # Already 11 June in UTC, but not yet in UTC-12: not thirteen everywhere yet.
        instant = datetime(2025, 6, 11, 6, 0, tzinfo=UTC)
        assert check_entry(signup, now=instant, birth_date=born, country=None) == "under_minimum_age"
        assert check_entry(signup, now=instant + timedelta(hours=6), birth_date=born, country=None) is None


class TestCheckEntry:
    @pytest.mark.parametrize(
        ("now", "birth", "country", "region", "accepted", "refusal"),
        [
            (DURING, ADULT, "US", None, True, None),
            (DURING, ADULT, " us ", None, True, None),
            (DURING, ADULT, "fr", None, True, None),
            (OPENS, ADULT, "US", None, True, None),
            (CLOSES - timedelta(microseconds=1), ADULT, "US", None, True, None),
            (CLOSES, ADULT, "US", None, True, Refusal("promotion_not_open")),
            (OPENS - timedelta(seconds=1), ADULT, "US", None, True, Refusal("promotion_not_open")),
            (CLOSES, date(2020, 1, 1), "DE", None, False, Refusal("promotion_not_open")),
            (DURING, date(2030, 1, 1), "DE", None, False, Refusal("rules_not_accepted", "accept_rules")),
            (DURING, date(2030, 1, 1), "DE", None, True, Refusal("invalid_field", "birth_date")),
            (DURING, None, "US", None, True, Refusal("invalid_field", "birth_date")),
            (DURING, date(2015, 1, 1), "XX", None, True, Refusal("invalid_field", "country")),
            (DURING, ADULT, None, None, True, Refusal("invalid_field", "country")),
            (DURING, date(2015, 1, 1), "DE", None, True, Refusal("under_minimum_age", "birth_date")),
            (DURING, ADULT, "DE", None, True, Refusal("country_not_eligible", "country")),
        ],
    )
    def test_order_of_refusals(
        self,
        now: datetime,
        birth: date | None,
        country: str | None,
        region: str | None,
        accepted: bool,
        refusal: Refusal | None,
    ) -> None:
        effective = make_effective()
        result = entry_refusal(
            effective, now=now, birth_date=birth, country=country, region=region, accepted_rules=accepted
        )
        code = check_entry(
            effective, now=now, birth_date=birth, country=country, region=region, accepted_rules=accepted
        )
        assert result == refusal
        assert code == (refusal.code if refusal else None)

    @pytest.mark.parametrize(
        ("country", "region", "refusal"),
        [
            ("US", "US-CA", None),
            ("US", "us-ny", Refusal("country_not_eligible", "region")),
            ("US", None, Refusal("invalid_field", "region")),
            ("US", "CA-QC", Refusal("invalid_field", "region")),
            ("US", "US-ZZ", Refusal("invalid_field", "region")),
            ("FR", None, None),
            ("GB", "GB-LND", Refusal("country_not_eligible", "region")),
            ("GB", "GB-CRF", None),
        ],
    )
    def test_excluded_regions(self, country: str, region: str | None, refusal: Refusal | None) -> None:
        effective = make_effective(eligible_countries=("US", "FR", "GB"), excluded_regions=("US-NY", "GB-ENG"))
        result = entry_refusal(
            effective, now=DURING, birth_date=ADULT, country=country, region=region, accepted_rules=True
        )
        assert result == refusal

    def test_region_required_only_where_regions_are_excluded(self) -> None:
        effective = make_effective(excluded_regions=("US-NY",))
        assert region_required(effective, "us")
        assert not region_required(effective, "FR")
        assert not region_required(effective, "DE")

    @pytest.mark.parametrize(
        ("birth", "country", "refusal"),
        [
            (None, None, None),
            (ADULT, "de", None),
            (date(2015, 1, 1), None, "under_minimum_age"),
            (None, "XX", "invalid_field"),
            (date(2030, 1, 1), None, "invalid_field"),
        ],
    )
    def test_signup_without_rules(self, birth: date | None, country: str | None, refusal: str | None) -> None:
        signup = effective_policy(DEFAULT_POLICY)
        assert check_entry(signup, now=DURING, birth_date=birth, country=country) == refusal

    def test_naive_now_is_a_programming_error(self) -> None:
        with pytest.raises(ValueError):
            check_entry(make_effective(), now=datetime(2025, 6, 15), birth_date=ADULT, country="US")

    @pytest.mark.parametrize(
        ("refusal", "error_class", "status"),
        [
            (Refusal("promotion_not_open"), PromotionNotOpen, 409),
            (Refusal("rules_not_accepted", "accept_rules"), RulesNotAccepted, 422),
            (Refusal("invalid_field", "birth_date"), InvalidField, 422),
            (Refusal("under_minimum_age", "birth_date"), UnderMinimumAge, 422),
            (Refusal("country_not_eligible", "country"), CountryNotEligible, 422),
            ("entry_limit_reached", EntryLimitReached, 409),
        ],
    )
    def test_refusal_error(self, refusal: Refusal | str, error_class: type, status: int) -> None:
        error = refusal_error(refusal)
        assert isinstance(error, error_class)
        assert error.status == status
        code = refusal if isinstance(refusal, str) else refusal.code
        assert error.code == code

    def test_refusal_error_names_the_field(self) -> None:
        assert refusal_error(Refusal("invalid_field", "birth_date")).errors == [
            {"field": "birth_date", "code": "invalid_field"}
        ]


class TestEntryLimitKey:
    def test_per_promotion(self) -> None:
        effective = make_effective(entry_limit=EntryLimit(3, "promotion"))
        assert entry_limit_key(effective, DURING) == "promotion"

    def test_signup_has_one_bucket(self) -> None:
        assert entry_limit_key(effective_policy(DEFAULT_POLICY), DURING) == "promotion"

    @pytest.mark.parametrize(
        ("zone", "key"),
        [("Pacific/Auckland", "2025-06-11"), ("America/Los_Angeles", "2025-06-10"), ("UTC", "2025-06-10")],
    )
    def test_per_day_uses_promotion_local_date(self, zone: str, key: str) -> None:
        effective = make_effective(timezone=zone, entry_limit=EntryLimit(1, "day"))
        assert entry_limit_key(effective, datetime(2025, 6, 10, 13, 0, tzinfo=UTC)) == key


class TestValidateRules:
    def test_valid_rules_have_no_problems(self) -> None:
        rules = make_rules(
            min_age=18,
            excluded_regions=("US-NY", "ca-qc"),
            sponsor_fields=sponsor(("email", "prize delivery")),
            retention_days=0,
        )
        assert validate_rules(rules) == []

    @pytest.mark.parametrize(
        ("overrides", "problem"),
        [
            ({"timezone": "Mars/Olympus_Mons"}, ("timezone", "unknown_timezone")),
            ({"timezone": "localtime"}, ("timezone", "unknown_timezone")),
            ({"closes_at": OPENS}, ("closes_at", "closes_before_opens")),
            ({"closes_at": OPENS - timedelta(days=1)}, ("closes_at", "closes_before_opens")),
            ({"opens_at": datetime(2025, 6, 1)}, ("opens_at", "naive_datetime")),
            ({"min_age": 10}, ("min_age", "below_floor")),
            ({"min_age": 200}, ("min_age", "out_of_range")),
            ({"eligible_countries": ()}, ("eligible_countries", "required")),
            ({"eligible_countries": ("US", "XX")}, ("eligible_countries[1]", "unknown_country")),
            ({"eligible_countries": ("USA",)}, ("eligible_countries[0]", "unknown_country")),
            ({"excluded_regions": ("US-ZZ",)}, ("excluded_regions[0]", "unknown_region")),
            ({"excluded_regions": ("GB-ENG",)}, ("excluded_regions[0]", "region_not_in_eligible_country")),
            ({"entry_limit": EntryLimit(0, "day")}, ("entry_limit.count", "must_be_positive")),
            ({"entry_limit": EntryLimit(1, "week")}, ("entry_limit.per", "invalid_choice")),  # type: ignore[arg-type]
            ({"winners": -1}, ("winners", "must_not_be_negative")),
            ({"claim_days": 0}, ("claim_days", "must_be_positive")),
            ({"retention_days": -1}, ("retention_days", "must_not_be_negative")),
            ({"official_rules": "  "}, ("official_rules", "required")),
            ({"sponsor_fields": sponsor(("health", "x"))}, ("sponsor_fields[0].field", "sensitive_category")),
            (
                {"sponsor_fields": sponsor(("religion", "x"))},
                ("sponsor_fields[0].field", "sensitive_category"),
            ),
            (
                {"sponsor_fields": sponsor(("date_of_birth", "x"))},
                ("sponsor_fields[0].field", "not_collectable"),
            ),
            ({"sponsor_fields": sponsor(("email", " "))}, ("sponsor_fields[0].purpose", "required")),
        ],
    )
    def test_problems(self, overrides: dict[str, Any], problem: tuple[str, str]) -> None:
        assert validate_rules(make_rules(**overrides)) == [problem]

    def test_min_age_below_general_policy(self) -> None:
        assert validate_rules(make_rules(min_age=14), general=GeneralPolicy(min_age=16)) == [
            ("min_age", "below_policy")
        ]

    def test_rules_decode_from_json_body(self) -> None:
        body = (
            b'{"opens_at": "2025-06-01T00:00:00Z", "closes_at": "2025-07-01T00:00:00+02:00",'
            b' "timezone": "Europe/Paris", "min_age": 18, "eligible_countries": ["FR"],'
            b' "entry_limit": {"count": 1, "per": "day"},'
            b' "sponsor_fields": [{"field": "email", "purpose": "prize delivery"}],'
            b' "official_rules": "Rules"}'
        )
        rules = msgspec.json.decode(body, type=PromotionRules)
        assert rules.sponsor_fields == sponsor(("email", "prize delivery"))
        assert validate_rules(rules) == []

    def test_unknown_rule_field_is_refused(self) -> None:
        with pytest.raises(msgspec.ValidationError):
            msgspec.convert({**msgspec.to_builtins(make_rules()), "ask_religion": True}, PromotionRules)

    def test_raise_for_problems(self) -> None:
        raise_for_problems([])
        with pytest.raises(InvalidField) as caught:
            raise_for_problems(validate_rules(make_rules(min_age=10, claim_days=0)))
        assert [(e["field"], e["code"], e["reason"]) for e in caught.value.errors] == [
            ("rules.min_age", "invalid_field", "below_floor"),
            ("rules.claim_days", "invalid_field", "must_be_positive"),
        ]

    def test_raise_for_sensitive_problem(self) -> None:
        with pytest.raises(SensitiveData) as caught:
            raise_for_problems(validate_rules(make_rules(sponsor_fields=sponsor(("health", "x")))))
        assert caught.value.errors[0]["field"] == "rules.sponsor_fields[0].field"
        assert caught.value.status == 422


class TestRulesChangeProblems:
    @pytest.mark.parametrize(
        ("old", "new", "problem"),
        [
            ({}, {"closes_at": CLOSES - timedelta(days=1)}, ("closes_at", "closes_earlier")),
            ({}, {"opens_at": OPENS + timedelta(hours=1)}, ("opens_at", "opens_later")),
            ({}, {"timezone": "Pacific/Auckland"}, ("timezone", "timezone_changed")),
            ({}, {"min_age": 18}, ("min_age", "min_age_raised")),
            ({"min_age": 16}, {"min_age": 18}, ("min_age", "min_age_raised")),
            ({}, {"eligible_countries": ("US", "CA")}, ("eligible_countries", "country_removed")),
            ({}, {"excluded_regions": ("US-NY",)}, ("excluded_regions", "region_added")),
            (
                {"entry_limit": EntryLimit(3)},
                {"entry_limit": EntryLimit(2)},
                ("entry_limit", "entry_limit_lowered"),
            ),
            (
                {"entry_limit": EntryLimit(1, "day")},
                {"entry_limit": EntryLimit(5, "promotion")},
                ("entry_limit", "entry_limit_lowered"),
            ),
            (
                {"entry_limit": EntryLimit(3, "promotion")},
                {"entry_limit": EntryLimit(1, "day")},
                ("entry_limit", "entry_limit_lowered"),
            ),
            ({"winners": 3}, {"winners": 2}, ("winners", "reduced")),
            ({"alternates": 3}, {"alternates": 0}, ("alternates", "reduced")),
            ({"referral_bonus": 2}, {"referral_bonus": 1}, ("referral_bonus", "reduced")),
            ({}, {"claim_days": 7}, ("claim_days", "claim_days_shortened")),
            (
                {},
                {"sponsor_fields": sponsor(("email", "prize delivery"))},
                ("sponsor_fields[0].field", "sponsor_field_added"),
            ),
            (
                {"sponsor_fields": sponsor(("email", "prize delivery"))},
                {"sponsor_fields": sponsor(("email", "their newsletter"))},
                ("sponsor_fields[0].purpose", "sponsor_purpose_changed"),
            ),
            ({}, {"announce_winners": True}, ("announce_winners", "announce_winners_enabled")),
            ({}, {"retention_days": 365}, ("retention_days", "retention_extended")),
        ],
    )
    def test_harmful_change_once_open(self, old: dict[str, Any], new: dict[str, Any], problem: tuple[str, str]) -> None:
        old_rules, new_rules = make_rules(**old), make_rules(**{**old, **new})
        assert rules_change_problems(old_rules, new_rules, is_open=True) == [problem]
        assert rules_change_problems(old_rules, new_rules, is_open=False) == []

    @pytest.mark.parametrize(
        ("old", "new"),
        [
            ({}, {"closes_at": CLOSES + timedelta(days=7)}),
            ({}, {"opens_at": OPENS - timedelta(days=1)}),
            ({}, {"eligible_countries": ("US", "CA", "FR", "DE")}),
            ({"excluded_regions": ("US-NY",)}, {"excluded_regions": ()}),
            ({"min_age": 18}, {"min_age": 16}),
            ({}, {"min_age": 13}),
            ({"entry_limit": EntryLimit(1)}, {"entry_limit": EntryLimit(1, "day")}),
            ({"entry_limit": EntryLimit(1, "day")}, {"entry_limit": EntryLimit(2, "day")}),
            ({"winners": 1}, {"winners": 5, "alternates": 2, "claim_days": 30}),
            ({"sponsor_fields": sponsor(("email", "prize delivery"))}, {"sponsor_fields": ()}),
            ({}, {"sponsor_fields": sponsor(("name", "the winners list"))}),
            ({"announce_winners": True}, {"announce_winners": False}),
            ({"retention_days": 90}, {"retention_days": 30}),
            ({}, {"official_rules": "Clarified wording.", "version": 2}),
            (
                {"eligible_countries": ("GB",), "excluded_regions": ("GB-ENG",)},
                {"excluded_regions": ("GB-ENG", "GB-LND")},
            ),
        ],
    )
    def test_harmless_change(self, old: dict[str, Any], new: dict[str, Any]) -> None:
        old_rules, new_rules = make_rules(**old), make_rules(**{**old, **new})
        assert rules_change_problems(old_rules, new_rules, is_open=True) == []

    def test_several_problems_reported_together(self) -> None:
        problems = rules_change_problems(
            make_rules(), make_rules(min_age=21, claim_days=1, eligible_countries=("US",)), is_open=True
        )
        assert [path for path, _ in problems] == ["min_age", "eligible_countries", "claim_days"]


class TestDescribe:
    def test_promotion_page_states_the_key_facts(self) -> None:
        effective = make_effective(
            min_age=18,
            excluded_regions=("US-NY", "CA-QC"),
            entry_limit=EntryLimit(1, "day"),
            sponsor_fields=sponsor(("email", "prize delivery"), ("health", "x")),
            retention_days=30,
            winners=3,
            alternates=2,
        )
        text = " ".join(describe(effective, sponsor_names=["Acme Solar"]))
        for fact in (
            "18 or older",
            "Canada, France and the United States",
            "New York (United States) or Quebec (Canada) may not enter",
            "1 June 2025 at 02:00 until 1 July 2025 at 02:00 (Europe/Paris time)",
            "once per day",
            "name, email address, date of birth, country of residence and state or region",
            ("Acme Solar will receive your name and country of residence, and your email address for prize delivery"),
            "30 days after the promotion ends",
            "3 winners",
            "No purchase necessary.",
        ):
            assert fact in text
        assert "health insurance" not in text
        assert "never ask for sensitive information" in text

    def test_no_jargon(self) -> None:
        lines = describe(make_effective(sponsor_fields=sponsor(("postal_address", "prize delivery"))))
        text = " ".join(lines)
        for jargon in ("_", "ISO", "None", "min_age", "retention", "PII", "Etc/"):
            assert jargon not in text
        assert "postal address for prize delivery" in text
        assert all(line.endswith(".") for line in lines)

    def test_defaults_without_sponsor_names(self) -> None:
        text = " ".join(describe(make_effective(announce_winners=True, retention_days=0)))
        assert "the sponsor will receive your name and country of residence" in text
        assert "first names, last initials and countries will be published" in text
        assert "delete entrants' details when the promotion ends" in text
        assert "You may enter once in total." in text

    def test_signup_description(self) -> None:
        text = " ".join(describe(effective_policy(GeneralPolicy(min_age=16))))
        assert "16 or older to sign up" in text
        assert "unsubscribe" in text
        assert "No purchase necessary" not in text
