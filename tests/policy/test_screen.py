"""Tests for heliograph/policy/screen.py: the sensitive-data screen (DESIGN.md §2, P2).

Run with `-s` to see the per-category table measured over tests/policy/screen_corpus.tsv.
"""

from __future__ import annotations

import functools
import statistics
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

from heliograph.policy import screen
from heliograph.policy.screen import (
    CATEGORIES,
    CATEGORY_LABELS,
    ScreenHit,
    screen_fields,
    screen_text,
    sensitive_field_label,
)
from tests.conftest import POSTGRES
from tests.support import corpus_runs

CORPUS = Path(__file__).with_name("screen_corpus.tsv")
LABELS = (*CATEGORIES, "none")

RECALL_GOAL = 0.95
FPR_GOAL = 0.03


@dataclass(frozen=True)
class Scored:
    """One corpus sentence, its label and what the screen said."""

    label: str
    text: str
    got: str  # a category code or "none"


@functools.cache
def corpus() -> tuple[tuple[str, str], ...]:
    """The labelled corpus as (label, text) pairs."""
    rows = []
    for number, line in enumerate(CORPUS.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        label, _, text = line.partition("\t")
        assert label in LABELS, f"line {number}: unknown label {label!r}"
        assert text.strip(), f"line {number}: empty text"
        rows.append((label, text))
    return tuple(rows)


@functools.cache
def scored() -> tuple[Scored, ...]:
    """Every corpus sentence with the screen's verdict."""
    return tuple(Scored(label, text, got) for (label, text), (got, _) in zip(corpus(), _verdicts(), strict=True))


def _rules_seconds(text: str) -> float:
    start = time.perf_counter()
    screen._rule_hit(text)
    return time.perf_counter() - start


@functools.cache
def _verdicts() -> tuple[tuple[str, float], ...]:
    """(category or "none", seconds the rules took) per corpus sentence: screen_text, with the rules
    timed on the way (one pass over the corpus serves both the table and the speed test)."""
    screen.warm_up()  # compile every rule first: the first texts would otherwise time the compile
    texts = [text for _, text in corpus()]
    rules, seconds = [], []
    for text in texts:
        start = time.perf_counter()
        rules.append(screen._rule_hit(text))
        seconds.append(time.perf_counter() - start)  # as _rules_seconds, keeping the hit
    passed = [i for i, hit in enumerate(rules) if hit is None]  # as screen_text: the head reads what the rules pass
    for i, hit in zip(passed, screen.model_hits([texts[i] for i in passed]), strict=True):
        rules[i] = hit
    return tuple((hit.category if hit else "none", s) for hit, s in zip(rules, seconds, strict=True))


def metrics(category: str) -> dict[str, float]:
    """Precision, recall and false-positive rate of one category over the corpus."""
    rows = scored()
    tp = sum(1 for r in rows if r.label == category and r.got == category)
    fn = sum(1 for r in rows if r.label == category and r.got != category)
    fp = sum(1 for r in rows if r.label != category and r.got == category)
    negatives = sum(1 for r in rows if r.label != category)
    return {
        "n": tp + fn,
        "tp": tp,
        "fp": fp,
        "fn": fn,
        "precision": tp / (tp + fp) if tp + fp else 1.0,
        "recall": tp / (tp + fn) if tp + fn else 1.0,
        "fpr": fp / negatives if negatives else 0.0,
    }


def benign_fpr() -> float:
    """Share of benign ("none") sentences the screen flags."""
    benign = [r for r in scored() if r.label == "none"]
    return sum(1 for r in benign if r.got != "none") / len(benign)


# The corpus runs take minutes and read no database: once per CI (the embedded run) is enough.
@pytest.mark.skipif(POSTGRES, reason="pure code, measured in the embedded run")
class TestCorpus:
    def test_corpus_is_large_and_balanced(self) -> None:
        rows = corpus()
        counts = {label: sum(1 for lab, _ in rows if lab == label) for label in LABELS}
        assert len(rows) >= 360
        assert counts["none"] >= 180
        for category in CATEGORIES:
            assert counts[category] >= 30, category

    def test_corpus_has_no_duplicates(self) -> None:
        texts = [text for _, text in corpus()]
        assert len(texts) == len(set(texts))

    def test_table_and_goals(self) -> None:
        print()
        print(f"{'category':36} {'n':>4} {'tp':>4} {'fp':>3} {'fn':>3} {'prec':>6} {'recall':>6} {'fpr':>6}")
        for category in CATEGORIES:
            m = metrics(category)
            print(
                f"{category:36} {m['n']:>4} {m['tp']:>4} {m['fp']:>3} {m['fn']:>3} "
                f"{m['precision']:>6.3f} {m['recall']:>6.3f} {m['fpr']:>6.3f}"
            )
        print(f"benign sentences flagged (overall FPR): {benign_fpr():.3f}")
        misses = [r for r in scored() if r.label != r.got]
        for r in misses:
            print(f"  MISS {r.label} -> {r.got}: {r.text}")
        for category in CATEGORIES:
            m = metrics(category)
            assert m["recall"] >= RECALL_GOAL, (category, m)
            assert m["fpr"] <= FPR_GOAL, (category, m)
        assert benign_fpr() <= FPR_GOAL

    def test_gate_never_changes_a_result(self) -> None:
        # The trigger-word gate only skips work: with every rule forced on, the answer is the same.
        texts = [text for _, text in corpus()]
        agrees = corpus_runs.in_two_processes(corpus_runs.gate_agrees, texts)
        assert [text for text, ok in zip(texts, agrees, strict=True) if not ok] == []

    def test_benign_masks_do_not_depend_on_their_gate(self, monkeypatch: pytest.MonkeyPatch) -> None:
        def mask(match: object) -> str:
            return match.group(0).replace(" ", "_").replace("-", "_").replace("'", "_")  # type: ignore[attr-defined]

        texts = [text for _, text in corpus()]
        gated = [screen._normalise(text)[0] for text in texts]
        monkeypatch.setattr(screen, "_BENIGN_KEYS", frozenset())  # no key: the masks are never applied
        for text, normalised in zip(texts, gated, strict=True):
            unmasked, _ = screen._normalise(text)
            assert screen._BENIGN.sub(mask, unmasked) == normalised, text

    def test_speed(self) -> None:
        # The rules only: the learned head's cost is measured by tests/bench/bench_screen_model.py.
        timings = [seconds for _, seconds in _verdicts()]
        median_us = statistics.median(timings) * 1e6
        print(f"\nmedian {median_us:.0f} µs per sentence, max {max(timings) * 1e6:.0f} µs")
        # Generous bounds, so that a slow or busy machine does not fail them (the same rules have measured
        # a median of 0.7 ms on one two-core machine and 1.9 ms on another); the max catches a pattern
        # that backtracks without end on some text. A pause of the whole process (another thread, the
        # collector, a busy machine) can make any one text slow once, so the slowest texts are timed
        # again and each keeps its best of three: a pattern that backtracks is slow every time.
        slowest = sorted(zip(timings, (text for _, text in corpus()), strict=True), reverse=True)[:5]
        best = [min(_rules_seconds(text) for _ in range(3)) for _, text in slowest]
        print(f"slowest texts, best of three: {', '.join(f'{b * 1e3:.0f} ms' for b in best)}")
        assert median_us < 5000
        assert max(best) < 0.25


class TestScreenText:
    @pytest.mark.parametrize("text", ["", " ", "\n\t  ", "   \u00a0 "])
    def test_empty_text_is_not_a_hit(self, text: str) -> None:
        assert screen_text(text) is None

    @pytest.mark.parametrize(
        ("text", "category"),
        [
            ("my son's asthma", "health"),
            ("My son\u2019s asthma is bad in summer", "health"),
            ("I was diagnosed with diabetes", "health"),
            ("as a practising Muslim", "religious_or_philosophical_beliefs"),
            ("I vote Labour", "political_opinions"),
            ("since I got out of prison", "criminal_background"),
            ("our union rep at Unite", "trade_union_membership"),
            ("I'm half Nigerian", "racial_or_ethnic_origin"),
            ("my wife is on chemo", "health"),
            ("since my stroke", "health"),
            ("we're Jewish", "religious_or_philosophical_beliefs"),
            ("my dad did time for fraud", "criminal_background"),
            ("I've been a union member for 20 years", "trade_union_membership"),
            ("My neighbour has dementia.", "health"),
            ("IM A PROUD SOCIALIST", "political_opinions"),
            ("Sarah’s been in hospital since Tuesday", "health"),
            ("Had a stroke in May.", "health"),
            # named groups
            ("As an Amritdhari Sikh I keep my kara on when I'm up on the roof.", "religious_or_philosophical_beliefs"),
            ("I'm in the IBEW.", "trade_union_membership"),
            ("My dad was Aslef for forty years.", "trade_union_membership"),
            ("I did three years in HMP Durham.", "criminal_background"),
            ("My brother got out of Barlinnie last spring.", "criminal_background"),
            ("My wife is Ngāti Kahungunu.", "racial_or_ethnic_origin"),
            ("I'm Wiradjuri.", "racial_or_ethnic_origin"),
            # the friend a message is written to
            ("Kate, you and your MS deserve a warm house.", "health"),
            ("Ana, your Roma cousin says hello.", "racial_or_ethnic_origin"),
            ("Hey Meg, you and your Pentecostal church lot love a raffle.", "religious_or_philosophical_beliefs"),
            # self-descriptions without a verb
            ("Lifelong Labour voter, and proud of it.", "political_opinions"),
            ("RMT member, guard on the Southern line.", "trade_union_membership"),
            ("Breast cancer survivor, five years clear this month.", "health"),
            # indirect wordings
            ("I spend most Saturdays leafleting for the SPD.", "political_opinions"),
            ("I marched against Brexit three times.", "political_opinions"),
            ("Long COVID has kept me off work for a year.", "health"),
            ("I have a felony on my record from when I was nineteen.", "criminal_background"),
            ("My girlfriend is a nurse and an RCN member.", "trade_union_membership"),
            # a pet in the sentence does not hide the writer's own condition
            ("Walking the dog helps my PTSD.", "health"),
            ("we got a puppy for my son who has autism", "health"),
            # asides after a name
            ("Name: Jim O'Brien (SIPTU)", "trade_union_membership"),
            ("Name: Jo Baxter (type 1 diabetic, insulin lives in the fridge)", "health"),
            ("Name: Dave (the only Lib Dem in Surrey)", "political_opinions"),
        ],
    )
    def test_personal_disclosures_are_hits(self, text: str, category: str) -> None:
        hit = screen_text(text)
        assert hit is not None and hit.category == category, (text, hit)

    @pytest.mark.parametrize(
        "text",
        [
            "battery health",
            "credit union",
            "the race to net zero",
            "panel health check",
            "a party for our solar install",
            "solar-powered prison lighting project",
            "the union of two panels",
            "a labour-saving inverter",
            "sunday service of our heat pump",
            "black-frame module",
            "the conservative estimate of yield",
            "a record-breaking cell",
            "health is important",
            "elections are next month",
            "many religions celebrate the solstice",
            "I ship to Nigeria",
            "Vote for your favourite photo!",
            "My conviction that solar is the future",
            "We clean the panels religiously",
            "a criminally underrated inverter",
            "the union of string inverters",
            "the democratic choice of our readers",
            "our community of believers in clean energy",
            "the panel passed its health check",
            "the Labour-saving design",
            "record output on the longest day",
            "the way my friend played impostor in Among Us was honestly criminal",
            "The co-op AGM is at the Union Street community hall, Thursday 7pm.",
        ],
    )
    def test_near_misses_are_not_hits(self, text: str) -> None:
        assert screen_text(text) is None, (text, screen_text(text))

    @pytest.mark.parametrize(
        "text",
        [
            "If you have asthma, clean air from solar is a bonus.",
            "Whatever your religion or politics, everyone loves a lower bill.",
            "Are you a union member? Ask about our group discount.",
            "I'm a novice at reading the app.",
            "I was a prisoner of my energy bills.",
            "That price nearly gave me a heart attack when I saw it.",
            "Covid kept us at home for months and the bills went up.",
            "I left the church hall committee after the roof appeal.",
            "We voted no on the new bin scheme.",
            "hope your dog's leg heals quickly after the op, give her a cuddle from me",
            "the spring fair is in the hall at St Bernadette's Catholic primary, come with the kids",
            "Bishop Street depot, is that where we pick up the prize?",
            "my sister did 120 hours volunteering at the community garden for her DofE",
            "my brothers and sisters at the local church run the fete",
            "My cat Mr Biggs has kidney problems at 14 years old, vet says special food now.",
            "Our tenant is a vicar's son, very polite.",
            "i've got a real conviction that solar pays for itself in 7 yrs",
            "Indigenous-owned solar co-ops are popping up all over Canada",
            "blood, sweat and tears went into saving for this roof",
            "went to a mosque open day with school and the caretaker showed us their solar setup",
            "My tía in Hialeah says the panels look great",
            "Our Brazilian partners install thousands of roofs a year.",
            "Being white in winter, our roof shows every leaf.",
            "I'm expecting a parcel this week.",
            # pets, and things done at work or in jest
            "Our dog Biscuit has diabetes and the vet says his insulin must stay cold.",
            "our Labrador had hip surgery and sleeps on a heated bed now",
            "my cat is diabetic and her insulin lives in the fridge",
            "Mój pies choruje na serce i weterynarz mówi, że musi mieć chłodno.",
            "Pracuję jako strażnik w zakładzie karnym we Wronkach.",
            "if I ever had a stroke I'd want a house that runs itself",
            "bill was so high i nearly had a stroke",
            "Did my time on the waiting list, 6 months, finally got the install booked!",
            "Name: Father Christmas",
            "He's on a tag team in the local wrestling league.",
            "Our cat is under house arrest since she ate the cable ties",
            "Our parish council voted to put panels on the village hall roof.",
            "The greenhouse is my temple, I'd run its heater off solar if I won.",
            "i've got a real conviction that solar pays for itself in 7 yrs",
            "Christian, my neighbour, helped me carry the panels.",
            "Muslims, Christians, Jews, atheists, everybody's power bill went up this year.",
            "Lo sciopero dei trasporti mi ha fatto saltare il sopralluogo dell'installatore.",
            "Ağabeyim cezaevinde gardiyan olarak çalışıyor; orada bile güneş enerjisi varmış.",
            "My mother works nights at the Mater and sleeps during the day.",
        ],
    )
    def test_rules_pass_near_misses(self, text: str) -> None:
        # Generic "you", idioms and look-alike phrases: no rule fires (the learned head is tested elsewhere).
        assert screen._rule_hit(text) is None, (text, screen._rule_hit(text))

    @pytest.mark.parametrize(
        ("text", "category"),
        [
            # other languages
            ("Mi madre tiene cáncer de mama.", "health"),
            ("Estuve preso dos años.", "criminal_background"),
            ("Estoy afiliado al sindicato desde 2010.", "trade_union_membership"),
            ("Minha mãe faz quimioterapia.", "health"),
            ("Sou evangélica.", "religious_or_philosophical_beliefs"),
            ("Ich bin seit 20 Jahren in der Gewerkschaft.", "trade_union_membership"),
            ("Ich wähle die Grünen.", "political_opinions"),
            ("Mein Bruder saß drei Jahre im Gefängnis.", "criminal_background"),
            ("Je suis d'origine algérienne.", "racial_or_ethnic_origin"),
            ("Je suis syndiqué à la CGT depuis 10 ans.", "trade_union_membership"),
            ("Ik heb een strafblad.", "criminal_background"),
            ("Mijn vader heeft kanker.", "health"),
            ("Sono cattolica.", "religious_or_philosophical_beliefs"),
            ("Sono iscritto alla CGIL.", "trade_union_membership"),
            ("Miyembro ako ng unyon.", "trade_union_membership"),
            ("Nakulong ang tatay ko.", "criminal_background"),
            # wishes to the friend, indirect shapes
            ("Hope the surgery went well, mate.", "health"),
            ("Since your release from Wandsworth you've done so well.", "criminal_background"),
            ("Our eldest, Finn, has epilepsy.", "health"),
            ("I've been off work since my breakdown.", "health"),
            ("I'm back at counselling again.", "health"),
            ("He's on a tag until March.", "criminal_background"),
            ("My brother is on a curfew after court.", "criminal_background"),
            ("Since my suspended sentence ended I've been volunteering.", "criminal_background"),
            ("I was on the picket line with my local.", "trade_union_membership"),
            ("Carried the branch banner at the Durham Miners' Gala.", "trade_union_membership"),
            ("Congrats on finishing chemo, Dave!", "health"),
            ("Hope your mum's scan was clear.", "health"),
            ("So glad your dad's out of hospital.", "health"),
            ("Well done on staying sober for a year.", "health"),
            ("We put up a Harris-Walz yard sign.", "political_opinions"),
            ("I canvassed door to door for the Lib Dems.", "political_opinions"),
            ("I'm an ACTRA member.", "trade_union_membership"),
            ("Kev, now you're finally off the tag you can come to the open day", "criminal_background"),
            ("Fresh out of Mount Eden Corrections after 11 months on remand.", "criminal_background"),
            ("Odsiedziałem trzy lata w Rawiczu, a teraz naprawiam dachy.", "criminal_background"),
            ("Hey Marco, how's the knee after the ACL op?", "health"),
            ("Mam cukrzycę i nadciśnienie, od lat biorę leki.", "health"),
            ("Our mum (72) has dementia and just moved in with us.", "health"),
            ("We're shomer Shabbat, so no thermostat from Friday sundown.", "religious_or_philosophical_beliefs"),
            ("Ms Hannah Cohen (observant, please no emails on Shabbat)", "religious_or_philosophical_beliefs"),
            ("I've been a PD member since I was eighteen.", "political_opinions"),
            ("Ailece CHP'liyiz, babam yıllarca ilçe başkanlığı yaptı.", "political_opinions"),
            ("Hey Tavita, you're the proudest Tongan in all of Otara", "racial_or_ethnic_origin"),
            ("Shanice Campbell (Jamaican-British, please spell it right)", "racial_or_ethnic_origin"),
            ("Shaz, you're the loudest GMB rep in the whole warehouse", "trade_union_membership"),
            ("My mother's an INMO member and works nights at the Mater.", "trade_union_membership"),
            # names that open the text, tag questions, slang and practices
            ("Carol Dunn, UNISON branch secretary", "trade_union_membership"),
            ("Kwame - Ashanti born and bred, Kumasi to Croydon", "racial_or_ethnic_origin"),
            ("Reggie Thomas (paroled 2019)", "criminal_background"),
            ("Rabbi Levi Katz", "religious_or_philosophical_beliefs"),
            ("Sister Mary Okonkwo, SHCJ", "religious_or_philosophical_beliefs"),
            ("Cllr. Ann Hobbs, Lib Dem, Ward 4", "political_opinions"),
            ("you're on insulin now right? make sure the fridge is on the battery circuit", "health"),
            ("your uncle is still a CUPE steward right? ask him about the discount", "trade_union_membership"),
            ("my PO says I need a steady project, so here I am", "criminal_background"),
            ("hope your son's first week home from juvie went ok", "criminal_background"),
            ("the missus is up the duff with twins, due in March", "health"),
            ("he's back on the sauce again so I'm sorting the house stuff myself", "health"),
            ("fasting for Ramadan so please call after sunset", "religious_or_philosophical_beliefs"),
            (
                "please don't schedule the install on a Friday, we close everything up for Shabbos",
                "religious_or_philosophical_beliefs",
            ),
            ("brothers and sisters at IBEW Local 46, this contest is for us", "trade_union_membership"),
            ("the union elected me health and safety rep at the warehouse", "trade_union_membership"),
            ("my aunty in Lagos is APC to the bone", "political_opinions"),
            ("Hey Sam, you're the biggest Bernie fan I know, enter this", "political_opinions"),
            ("Coucou Julie, j'espère que ta dépression va un peu mieux", "health"),
            ("Halo Dewi, ayahmu kan kader PDI-P, ajak beliau ikut undian", "political_opinions"),
            ("siedziałem za pobicie, teraz pracuję uczciwie", "criminal_background"),
            ("syndiqué CGT depuis 20 ans, cheminot", "trade_union_membership"),
            ("I'm a welder with asthma, trying to get into solar installs", "health"),
            ("Retired nurse from Adelaide, 71, living with fibromyalgia", "health"),
            ("Pharmacy owner, and yes I take my own blood pressure pills every morning", "health"),
            ("my cousin is doing 6 years in pentonville and wrote me a letter", "criminal_background"),
            ("Marcus T (on probation, apprentice roofer)", "criminal_background"),
            ("My husband has an old estafa conviction from back in Manila", "criminal_background"),
            ("I'm 67, a Marxist since university, and I'd rather own my energy", "political_opinions"),
            ("Proud member of the DMK IT wing", "political_opinions"),
            ("Being a Dalit electrician in Pune I had to fight for every contract", "racial_or_ethnic_origin"),
            ("Black-owned electrical contractor here in Atlanta", "racial_or_ethnic_origin"),
            ("My husband is a retired Methodist minister", "religious_or_philosophical_beliefs"),
            ("we host kirtan every weekend at our place in brampton", "religious_or_philosophical_beliefs"),
            ("just became the youngest shop steward at our plant", "trade_union_membership"),
            ("As a life member of the NEU, I should like to suggest a topic", "trade_union_membership"),
            ("tengo lupus y no puedo exponerme al sol", "health"),
            # round thirteen: profile fields, handles, form answers, roles and neighbours, reasons in a question
            ("Tell us about yourself: 25, wheelchair user, gamer, aspiring UX designer", "health"),
            ("About yourself: 34, Black British, teacher at Elm Park Primary", "racial_or_ethnic_origin"),
            ("Occupation: youth pastor at Grace Baptist Church.", "religious_or_philosophical_beliefs"),
            ("Occupation: Conservative councillor for Ward 4. Entering the garden category.", "political_opinions"),
            ("Tell us about yourself: 22, barista, union member, plant mum", "trade_union_membership"),
            ("Nickname: BuddhistBeekeeper", "religious_or_philosophical_beliefs"),
            ("NavajoRancher", "racial_or_ethnic_origin"),
            ("Nickname: ExCon_Earl", "criminal_background"),
            ("Medical conditions: asthma, epilepsy", "health"),
            ("Race/ethnicity (optional): East African / Eritrean", "racial_or_ethnic_origin"),
            ("Trade union: GMB, branch secretary", "trade_union_membership"),
            ("Our treasurer Paul had a heart attack last week so the accounts will be late.", "health"),
            ("Our farmhand Tomás is Mixtec and speaks three languages", "racial_or_ethnic_origin"),
            # rounds fourteen and fifteen: roles and house numbers are people, entries and form answers, new shapes
            ("Our night foreman was convicted of theft at his old job", "criminal_background"),
            ("The head coach has a conviction for assault, did you know?", "criminal_background"),
            ("Mr Adeyemi at No. 12 is recovering from a hip replacement", "health"),
            ("Raffle entry: Maureen, 79, Methodist, loves a scone", "religious_or_philosophical_beliefs"),
            ("Job: welder. Union: Unite.", "trade_union_membership"),
            ("Poll: Ethnicity - British Pakistani. Bedrooms - 3.", "racial_or_ethnic_origin"),
            ("son has epilepsy so the flashing inverter light worries me", "health"),
            ("Rahul, my housemate, is Gujarati and cooks for all of us", "racial_or_ethnic_origin"),
            ("my uncle, a Hmong refugee, taught me to fish", "racial_or_ethnic_origin"),
            ("I gave twenty quid to the Green Party's appeal last spring", "political_opinions"),
            ("Gerry was in the Communist Party until the end", "political_opinions"),
            ("I knocked doors for the SNP in 2014", "political_opinions"),
            ("Every Friday I drive my grandad to Jummah before lunch", "religious_or_philosophical_beliefs"),
            ("since becoming a Sikh I keep my hair uncut", "religious_or_philosophical_beliefs"),
            ("I sat on the union negotiating committee for six years", "trade_union_membership"),
            ("my brother-in-law, a UAW retiree, swears by these panels", "trade_union_membership"),
            ("He got nicked for shoplifting last summer", "criminal_background"),
            ("I was in county for two weeks, sorry for the silence", "criminal_background"),
            ("Two years of long Covid and I'm only now back at work", "health"),
            ("hope the new antidepressants are kicking in, thinking of you", "health"),
            # round sixteen: hashtags, text-opening labels, scheduling around faith, strikes and pickets
            ("#EpilepsyWarrior entering again this year", "health"),
            ("#ProudSikh #SolarHome", "religious_or_philosophical_beliefs"),
            ("Somali born and raised, Leicester now", "racial_or_ethnic_origin"),
            ("Kikuyu by blood, Nairobi by birth", "racial_or_ethnic_origin"),
            ("Lapsed Catholic turned Buddhist, still love a sunrise", "religious_or_philosophical_beliefs"),
            ("Please come after Navratri, my mother keeps the nine-day fast", "religious_or_philosophical_beliefs"),
            ("You're off on umrah next month so I entered you", "religious_or_philosophical_beliefs"),
            ("walked the picket line with the nurses all winter", "trade_union_membership"),
            ("the strike pay didn't cover the gas bill, so here we are", "trade_union_membership"),
            ("As branch secretary of Unison at the county hall I'd like a group entry", "trade_union_membership"),
            ("got done for drink driving in 2019 and lost my licence", "criminal_background"),
            ("good luck at sentencing tomorrow mate", "criminal_background"),
            ("Congrats on getting the tag off, proper freedom now", "criminal_background"),
            ("lost my right eye in a works accident, so the photo is a bit squint", "health"),
            ("My aunt had her gallbladder removed last week", "health"),
            ("I voted for the DUP candidate, same as my da", "political_opinions"),
            ("My wife went to London with the farmers to protest the tax changes", "political_opinions"),
            ("The Nguyens next door are Vietnamese and they already went solar", "racial_or_ethnic_origin"),
            ("The man next door is on the sex offenders register", "criminal_background"),
            ("Pete from the garage is on methadone now and doing great", "health"),
            ("hey lea, since you're Jewish wanna enter this with me?", "religious_or_philosophical_beliefs"),
            ("hey dave, heard you got done for drink driving, need a lift?", "criminal_background"),
            ("My stepdad's doing a 5-year stretch for embezzlement", "criminal_background"),
            ("as the only other Black dad on the PTA i figured you'd want in", "racial_or_ethnic_origin"),
            ("We close early as my wife and I both volunteer for the county Democrats", "political_opinions"),
            ("Contest essay: forty years a union electrician with IBEW Local 48", "trade_union_membership"),
            ("haven't missed Sunday mass in 52 years, rain or shine", "religious_or_philosophical_beliefs"),
            # round seventeen: dialect subjects, neighbours by title, friends' news, offices and hashtags
            ("my mate Kwesi is proper Ashanti, he'll haggle the installer down", "racial_or_ethnic_origin"),
            ("we r somali so the whole family will want the prize", "racial_or_ethnic_origin"),
            ("Mrs Adeyemi at no. 8 is Yoruba and makes the best puff-puff", "racial_or_ethnic_origin"),
            ("I go share am with my in-laws, na full Hausa family", "racial_or_ethnic_origin"),
            ("Our Dylan's gone and joined the Greens, we don't talk about it", "political_opinions"),
            ("Panels up at last #ToriesOut #solar", "political_opinions"),
            ("I'm on the Plaid stall at the market every Saturday", "political_opinions"),
            (
                "Mr Levy next door keeps Shabbat, so please don't deliver on Saturday",
                "religious_or_philosophical_beliefs",
            ),
            ("Hope the puja at the temple went well, Meera!", "religious_or_philosophical_beliefs"),
            ("Every Lent I give up chocolate and this year the tumble dryer", "religious_or_philosophical_beliefs"),
            ("Can't do Thursdays, I'm at dialysis till noon", "health"),
            ("The young lad has type 1 so the fridge can never go off", "health"),
            ("Due in March with twins so the nursery needs heating", "health"),
            ("Please move my visit, I've got an IVF appointment that morning", "health"),
            ("Sam, now you're off probation come to the meet-ups!", "criminal_background"),
            ("the feds picked up my cousin again last night", "criminal_background"),
            ("I sign on at the probation office every Monday at ten", "criminal_background"),
            ("hope the hearing went ok, text me when you can", "criminal_background"),
            ("Mi madda a NWU member from she work at di factory", "trade_union_membership"),
            ("congrats on being elected convenor at the plant, Brian!", "trade_union_membership"),
            ("I sit on the NEU executive for our county", "trade_union_membership"),
            ("Dad's Unison badge is still on his old coat", "trade_union_membership"),
            ("Profile - Medical needs: home oxygen, CPAP at night.", "health"),
            # round eighteen: pilgrimages, sobriety counts, hearings and ballots, patois and other languages
            ("Back from Umrah last week and still on a high", "religious_or_philosophical_beliefs"),
            ("Left the Witnesses in 2021 and celebrated my first birthday", "religious_or_philosophical_beliefs"),
            ("Served my mission in Fortaleza, so I know real heat", "religious_or_philosophical_beliefs"),
            ("three years clean on Tuesday and loving the sun", "health"),
            ("Day 412 without a drink and the garden looks great", "health"),
            ("Type 1 since I was nine, the pump beeps at every sunny forecast", "health"),
            ("Enceinte de 7 mois et la canicule me tue", "health"),
            ("Liam, you're home by 7 anyway with that tag on", "criminal_background"),
            ("hey Kai is your court date still the 14th?", "criminal_background"),
            ("the screws took my laces but never the sunrise", "criminal_background"),
            ("Voted yes in the RCN strike ballot halfway through a night shift", "trade_union_membership"),
            ("paying my subs to Unite since 2009, never missed one", "trade_union_membership"),
            ("Sendikaya üye oldum diye müdür bana kafayı taktı", "trade_union_membership"),
            ("Je suis encarté à la CGT depuis vingt ans", "trade_union_membership"),
            ("Mi a PNP from mi born, orange shirt an all", "political_opinions"),
            ("thanks for scrutineering for the Greens with me on Saturday", "political_opinions"),
            ("Sun, sea and sending my postal vote for Fine Gael", "political_opinions"),
            ("Priya you are the most Sindhi person alive", "racial_or_ethnic_origin"),
            ("Tetangga sebelah, Bu Siti, orang Madura, tiap siang jemur ikan", "racial_or_ethnic_origin"),
            ("Walked the Camino last summer, blisters and prayer", "religious_or_philosophical_beliefs"),
            ("The fella at number 9 has got shingles, don't knock", "health"),
            ("The lad at number 4, Connor, got charged with assault", "criminal_background"),
            ("Kuzenim dolandırıcılıktan iki yıl hapis yattı.", "criminal_background"),
            ("Sou negra, moro na periferia de São Paulo", "racial_or_ethnic_origin"),
        ],
    )
    def test_rules_find_other_languages_and_indirect_shapes(self, text: str, category: str) -> None:
        hit = screen._rule_hit(text)
        assert hit is not None and hit.category == category, (text, hit)

    @pytest.mark.parametrize(
        "text",
        [
            "Mon père travaille à la prison de Fresnes.",
            "Ich wähle die Option zwei.",
            "Je vote pour la photo 3.",
            "Meine Krankenkasse hat angerufen.",
            "Ho preso il treno per Roma.",
            "Je garde la batterie d'origine.",
            "Unser Dackel hatte eine Bandscheiben-OP und liegt jetzt in der Sonne.",
            "Kucingku sakit ginjal jadi kami harus hemat listrik",
            "ik stem voor optie B in jullie poll, de thuisbatterij",
            "Cumhurbaşkanı Konya'daki güneş santralini açtı; bizim çatıya da lazım.",
            "mein akku ist komplett krank, hält keine zwei stunden",
            "Tanaman cabai saya kena penyakit keriting daun, tapi atap rumah kena matahari penuh.",
            "Mi nieto tiene que escribir una oración con la palabra fotovoltaico para el colegio.",
            "Ik stem op foto 2.",
            "Mijn huis staat naast de kerk.",
            "Mi casa está cerca del hospital.",
            "Solar is basically my religion.",
            "We're a green household now.",
            "Hope your panels went in ok.",
            "I was off work since my holiday.",
            "The dog is on a tag.",
            "I was on a curfew as a teenager, my mum was strict.",
            "Congrats on finishing the treatment of the deck!",
            "Hope your exam results were good.",
            "Glad the panels are clean now.",
            "Ich arbeite im Krankenhaus als Pflegerin und habe Nachtschichten.",
            "I volunteered for the school fete.",
            # round thirteen
            "If loving solar was a crime I'd be serving life",
            "Does your mum still have asthma? Then the clean air bit matters",
            "Hypothetically, if someone had a criminal record, could they still claim a prize?",
            "in monopoly i always end up in jail, wish me better luck in this draw",
            "Dressed up as a prison inmate for Halloween, orange jumpsuit and all",
            "Occupation: midwife on the labour ward. Hobby: upcycling furniture.",
            "Our local pub, The Bishop's Arms, is where we'll celebrate if we win.",
            "Somebody's Green Party campaign sign blew into our field.",
            "Green is my favorite color so obviously I voted for the green logo in the poll",
            "Mijn monstera is ziek, iemand tips?",
            "Minha planta está doente, as folhas estão amarelas",
            "Rumah kami di Jalan Gereja nomor 7, bisa dipasang panel surya?",
            "Criminal record: none",
            "Religion: prefer not to say",
            "Medical conditions: no",
            "Black panels, white frames, green savings.",
            "I did a three-year stint at the university as a technician.",
            "Do you think our manager is right?",
            # rounds fourteen and fifteen
            "I'm half way through the installation guide.",
            "Poll other: half white, half black panels would look cool",
            "I'm a member of the National Trust and we love their solar barns.",
            "I did 3 years at Siemens before switching to solar installs",
            "Occupation: prison officer at HMP Durham",
            "Football's my religion and the club bar is my church",
            "Mis tomates están enfermos, ¿qué les pasa?",
            "I nearly had a heart attack when I saw the bill",
            "Confirmation for our order number 5531 please",
            # round sixteen
            "My mate is a real conservative when it comes to battery sizing.",
            "Christian, my neighbour, helped me carry the panels.",
            "Muslims, Christians, Jews, atheists, everybody's power bill went up this year.",
            "Bishop and Sons Roofing Ltd",
            "Saw on the news that the senator was arrested at another protest.",
            "In the novel I'm writing, the detective is a recovering alcoholic.",
            "Mijn collega zit op de afdeling inkoop, hij regelt de panelen.",
            "We're members of the Federation of Small Businesses. Is there a discount?",
            "Ik kreeg bijna een hartaanval van de energierekening",
            # round seventeen
            "We live in Chapel Allerton, south-facing back garden",
            "We moved from Church Road to Chapel Lane, please update my address",
            "Did you hear Eddie Grundy got arrested again on The Archers?",
            "O meu vizinho ficou preso a um contrato de dez anos com outra empresa",
            "Grabe, parang may sakit ang inverter namin",
            "My sister's a nurse at Korle Bu and works nights",
            "Our parish hall roof would be perfect for a community project",
            "1 Mayıs kampanyası hâlâ geçerli mi?",
            "Wir haben aufs Dach vom Gewerkschaftshaus in Kassel Module montiert.",
            "Ich hätte fast einen Herzinfarkt bekommen, als ich die Rechnung sah!",
            "My husband is a prison officer and works nights",
            "Casi me da un infarto cuando vi la factura",
            "I was inside for most of the summer because of the heat",
            "Ankette mavi panele oy verdim, siyah çok sıkıcı.",
            # round eighteen
            "Voté por el panel azul en la encuesta.",
            "Malapit kami sa simbahan ng Quiapo, sakop ba kami ng promo?",
            "Poll other: half white, half black panels would look cool",
            "I got a caution from the installer about touching the isolator.",
            "Lost my bishop in the first ten moves, sun was in my eyes",
            "Did a stretch of the Pilgrims' Way footpath with the ramblers",
            "Reading a thriller where the detective is a recovering alcoholic",
            "¿Si alguien tiene antecedentes penales puede participar igual?",
            "Onze buurtvereniging vergadert in het oude vakbondsgebouw",
            "Je bosse comme aide-soignante en psychiatrie, donc je suis dehors",
            "My type 2 charger needs a longer cable",
        ],
    )
    def test_rules_pass_foreign_and_idiom_near_misses(self, text: str) -> None:
        assert screen._rule_hit(text) is None, (text, screen._rule_hit(text))

    @pytest.mark.parametrize(
        "text",
        [
            "I am " + "very " * 2000 + "happy",
            "as a " + "proud " * 2000 + "owner",
            "my " + "little " * 2000 + "sister",
            "I " + "have been " * 1000 + "here",
            "!?.,;:" * 3000,
            "Sarah Tom Jo Priya " * 800,
            "your " * 2000,
            "you and your " * 1000,
            "Lifelong " * 2000 + "Labour voter,",
            "as an " + "Amritdhari " * 2000 + "Sikh",
            "About me: " + "a, " * 3000 + "Black",
            "Nickname: " + "Ab" * 3000,
            "Race: " * 3000,
            "Tom from the " + "big " * 2000 + "shop is here",
            "the " + "nguyens " * 2000 + "next door",
            "Sweepstakes entry: " + "a, " * 3000 + "Quaker",
            "Joan at No. " * 1000 + "3 is ill",
            "half " * 2000 + "black",
            "our " + "night " * 2000 + "lead",
            "my mum, na " * 1000 + "igbo",
            "hope the " + "party " * 2000 + "caucus went well",
            "the feds picked up " + "again " * 2000,
            "two years of " * 1000 + "asthma now",
        ],
    )
    def test_long_or_repetitive_text_stays_fast(self, text: str) -> None:
        # Bounded repetitions in the patterns: no input makes the regexes backtrack for long.
        start = time.perf_counter()
        screen._rule_hit(text)
        assert time.perf_counter() - start < 5.0  # backtracking would take minutes; a loaded machine, a second

    def test_evidence_is_the_phrase_the_person_wrote(self) -> None:
        hit = screen_text("We love the app. My son's asthma is worse in summer.")
        assert hit == ScreenHit(category="health", evidence="my son's asthma")

    def test_first_hit_wins(self) -> None:
        hit = screen_text("My dad did time for fraud and I'm a devout Catholic.")
        assert hit is not None and hit.category == "criminal_background"


class TestScreenFields:
    def test_returns_the_field_with_the_hit(self) -> None:
        found = screen_fields({"caption": "Sunrise over the array", "message": "My wife is on chemo", "other": None})
        assert found is not None
        name, hit = found
        assert name == "message"
        assert hit.category == "health"

    def test_first_field_in_order_wins(self) -> None:
        found = screen_fields({"a": "I vote Labour", "b": "I'm a Catholic"})
        assert found is not None and found[0] == "a" and found[1].category == "political_opinions"

    def test_clean_fields_are_none(self) -> None:
        assert screen_fields({"answer": "More tips for flat roofs", "details": "", "x": None}) is None
        assert screen_fields({}) is None


class TestSensitiveFieldLabel:
    @pytest.mark.parametrize(
        ("label", "category"),
        [
            ("Religion", "religious_or_philosophical_beliefs"),
            ("religionOrBelief", "religious_or_philosophical_beliefs"),
            ("Denomination", "religious_or_philosophical_beliefs"),
            ("Do you have any medical conditions?", "health"),
            ("hasDisability", "health"),
            ("Are you pregnant?", "health"),
            ("Allergies", "health"),
            ("Ethnicity", "racial_or_ethnic_origin"),
            ("ethnic_origin", "racial_or_ethnic_origin"),
            ("Race", "racial_or_ethnic_origin"),
            ("Party affiliation", "political_opinions"),
            ("Who did you vote for?", "political_opinions"),
            ("political-views", "political_opinions"),
            ("Criminal record", "criminal_background"),
            ("Have you ever been convicted of an offence?", "criminal_background"),
            ("Union member?", "trade_union_membership"),
            ("Trade union membership", "trade_union_membership"),
        ],
    )
    def test_sensitive_questions(self, label: str, category: str) -> None:
        assert sensitive_field_label(label) == category

    @pytest.mark.parametrize(
        "label",
        [
            "Battery health status",
            "Preferred panel colour",
            "Company name",
            "Credit union name",
            "Party size",
            "Third-party marketing consent",
            "Roof condition",
            "Terms and conditions",
            "Which race are you entering?",
            "panel_health_score",
            "Probation period end",
            "Favourite photo",
            "",
            "   ",
        ],
    )
    def test_ordinary_questions(self, label: str) -> None:
        assert sensitive_field_label(label) is None


class TestCategories:
    def test_codes_and_labels(self) -> None:
        assert CATEGORIES == (
            "racial_or_ethnic_origin",
            "political_opinions",
            "religious_or_philosophical_beliefs",
            "health",
            "criminal_background",
            "trade_union_membership",
        )
        assert set(CATEGORY_LABELS) == set(CATEGORIES)
        assert all(CATEGORY_LABELS.values())

    def test_hit_is_frozen(self) -> None:
        hit = ScreenHit(category="health", evidence="x")
        with pytest.raises(AttributeError):
            hit.category = "none"  # type: ignore[misc]
