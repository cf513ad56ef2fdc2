"""Sensitive-data screen for free text (DESIGN.md §2, invariant P2).

The privacy policy promises that Heliograph never collects data in six sensitive categories.
Every free-text field is passed through :func:`screen_text`; a hit is refused with
``sensitive_data`` and nothing is stored.

The screen looks for *personal disclosures*, not words. Each rule ties a sensitive term to a
person in the sentence: the writer ("I", "we", or no subject at all: "Had a stroke in May"),
someone close to them ("my son", "the kids' grandad", "Dad", "my friend Sarah", "Priya"), the friend
a message is written to ("you and your MS", but not "if you have asthma" or "do you vote?") or a
possessive ("my wife's", "his"). A self-description that stands as a clause of its own counts as
the writer's ("Lifelong Labour voter, …", "RMT member here", "a fellow Quaker"). "My son's asthma"
is a hit; "battery health" and "the race to net zero" are not, because no rule connects them to a
person.

How a text is read:

1. Normalise: case, accents, curly apostrophes, contractions with or without the apostrophe
   ("I'm", "Im"); well-known harmless phrases ("credit union", "labour-saving", "stroke of
   genius", "free trial") are masked so that no rule can see them.
2. Tag people: mentions of someone identifiable become one token (TAG), so the rules can say
   "a person" in a few characters instead of repeating hundreds of relatives.
3. Run the rules of the six categories. Every rule names trigger words that any match of it
   contains; a rule only runs when the text has a word starting like one of them, so most texts
   run no rule at all. The earliest match wins.

The rules are regular expressions compiled once at import; the word lists live in
``screen_terms.py``. Everything runs offline. ``sensitive_field_label`` judges the label of a
custom form field instead (what a question asks for, not who answers it).

4. When the rules find nothing in a text of at least three words, a learned head reads it
   (``_learned.py``: a softmax layer on all-MiniLM-L6-v2 sentence features computed in numpy by
   ``_embedding.py``, weights in ``screen_head.npz``). It catches wordings and words the rules do
   not list; its hits carry the evidence ``model:<category>:<probability>``. The model loads on
   first use (~0.5 s) or when :func:`warm_up` is called, and costs ~5-15 ms per sentence it reads.
"""

from __future__ import annotations

import functools
import re
import threading
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from heliograph.policy import screen_terms as t

CATEGORIES: tuple[str, ...] = (
    "racial_or_ethnic_origin",
    "political_opinions",
    "religious_or_philosophical_beliefs",
    "health",
    "criminal_background",
    "trade_union_membership",
)
CATEGORY_LABELS: dict[str, str] = {
    "racial_or_ethnic_origin": "racial or ethnic origin",
    "political_opinions": "political opinions",
    "religious_or_philosophical_beliefs": "religion or other beliefs",
    "health": "health or medical condition",
    "criminal_background": "criminal background",
    "trade_union_membership": "trade-union membership",
}

RACE, POLITICS, RELIGION, HEALTH, CRIME, UNION = CATEGORIES


@dataclass(frozen=True)
class ScreenHit:
    """One sensitive disclosure found in a text: its category and the phrase that showed it."""

    category: str
    evidence: str


# --- building blocks -----------------------------------------------------------------------


def _tokens(word: str, exact: bool = False) -> list[str]:
    """Regex pieces for one phrase: a space matches space or hyphen, a hyphen is optional."""
    out = []
    for ch in word:
        if exact:
            out.append(re.escape(ch))
        elif ch == " ":
            out.append("[ -]")
        elif ch == "-":
            out.append("[ -]?")
        elif ch == "'":
            out.append("'?")
        else:
            out.append(re.escape(ch))
    return out


def _trie_pattern(node: dict[str, dict]) -> tuple[str, int]:
    """Regex for a prefix tree and the length of its longest branch; longer branches first."""
    branches = sorted(
        ((piece, *_trie_pattern(child)) for piece, child in node.items() if piece),
        key=lambda branch: -branch[2],
    )
    if not branches:
        return "", 0
    parts = [piece + rest for piece, rest, _ in branches]
    body = parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"
    if "" in node:  # a phrase ends here: the longer ones are optional
        body = body + "?" if len(parts) == 1 and len(parts[0]) == 1 else "(?:" + body + ")?"
    return body, 1 + branches[0][2]


@functools.cache
def _alt_cached(words: frozenset[str], plural: bool, exact: bool) -> str:
    """See _alt."""
    root: dict[str, dict] = {}
    for word in words:
        for variant in [word, word + "s", word + "es"] if plural else [word]:
            node = root
            for piece in _tokens(variant, exact):
                node = node.setdefault(piece, {})
            node[""] = {}
    return "(?:" + _trie_pattern(root)[0] + ")"


def _alt(words: Iterable[str], *, plural: bool = False, exclude: Iterable[str] = (), exact: bool = False) -> str:
    """One alternation of phrases, shared prefixes matched once, without word boundaries."""
    return _alt_cached(frozenset(words) - frozenset(exclude), plural, exact)


def _bare(words: Iterable[str]) -> list[str]:
    """The phrases without a leading article ("a stroke" -> "stroke")."""
    out = []
    for w in words:
        for art in ("a ", "an ", "the "):
            if w.startswith(art):
                w = w[len(art) :]
                break
        out.append(w)
    return out


_TOKEN = re.compile(r"[a-z0-9]+")
B = r"(?<![a-z0-9_])"  # start of a word (masked phrases are joined with "_")
E = r"(?![a-z0-9_])"  # end of a word
EH = r"(?![a-z0-9_-])"  # end of a word that is not the first half of a hyphenated compound
END = r"(?=\s*(?:[.,;:!?)\"]|$))"  # end of a clause

_AUX_WORDS = (
    "have|has|had|having|am|is|are|was|were|be|been|being|will|would|shall|should|could|might|"
    "may|must|can|cannot|do|does|did|not|never|still|also|now|just|always|recently|finally|both|"
    "all|currently|actually|really|sadly|unfortunately|newly|only|even|ever|already|once|"
    "originally|officially|technically|proudly|clearly|obviously|basically|mostly|partly|myself|"
    "ourselves|himself|herself|themselves|too|so|very|quite|pretty|deeply|fiercely|strongly|"
    "fairly|somewhat|totally|fully|legally|genetically|biologically|medically|clinically|got|"
    "gotten|get|gets|getting|become|became|becoming|turned|remain|remained|stay|stayed|again|"
    "first|then|later|eventually|soon|going to|gonna|used to|happen to|happened to|kind of|"
    "sort of|pretty much|literally|apparently|secretly|openly|happily|definitely|certainly|"
    "probably|possibly|surely|indeed|thankfully|luckily|fortunately|personally|honestly|"
    "frankly|seriously|truly|genuinely|barely|hardly|nearly|almost|mainly|largely|no longer|"
    "each|either|twice|last year|this year|as well|in fact|myself|tragically|suddenly"
)
_BE_WORDS = (
    "am|is|are|was|were|be|been|being|became|become|becomes|becoming|remain|remains|remained|"
    "stay|stays|stayed|turned|identify as|identifies as|identified as|consider myself|"
    "considers himself|considers herself|considered myself|describe myself as|call myself|"
    "calls himself|calls herself"
)
AUX = rf"(?: (?:{_AUX_WORDS})){{0,5}}"
BE = rf"(?:'s{AUX}|{AUX} (?:{_BE_WORDS}){AUX})"  # a chain of auxiliaries with a form of "be"
PASSIVE = rf"(?:'s{AUX}|{AUX} (?:was|were|been|got|get|gets|getting|being|is|are|am|be){AUX})"

REL = rf"(?:(?:{_alt(t.RELATIVE_ADJECTIVES)}) ){{0,5}}{_alt(t.RELATIVES, plural=True)}"
_QUANT = r"(?:(?:both|all|one|two|three|some|most|many|several|each|none|either) (?:of )?)?"
REL_NP = (
    rf"{_QUANT}(?:my|our|his|her|their|(?:me|mi)(?! da{E})(?! ma{E})) {REL}"
    rf"(?:'s? (?:{REL}|side(?: of the family)?))?"
)
_REL_THE = _alt(t.RELATIVES, plural=True, exclude=("people", "relation", "relative", "ex", "da", "ma"))
_KIN = _alt(t.KIN_NAMES)
# Someone identifiable: "my son", "my friend Sarah", "the kids' grandad", "Dad", "a friend of mine".
# Mentions of such people are replaced by this token before the rules run (see _tag_people),
# so the rules stay small: PERSON below is a handful of words, not hundreds of relatives.
TAG = "zzperson"
# Not in a question, unless it is a tag question that states something ("you're on insulin now, right?").
_NOT_ASKED = r"(?![^.!;?]{0,200}(?<!right)(?<!yeah)(?<!innit)(?<!correct)\?)"
_ROLE_PERSON = (
    r"(?:treasurer|head teacher|headteacher|teacher|farmhand|farm hand|farm manager|manager|foreman|forewoman|"
    r"chairman|chairwoman|chairperson|secretary|coach|babysitter|nanny|cleaner|plumber|electrician|postman|"
    r"postwoman|mechanic|accountant|caretaker|bookkeeper|receptionist|apprentice|supervisor|landscaper|"
    r"shepherd|gardener|builder|handyman|driver|skipper|captain|goalkeeper|keeper|physio|lead|director|ceo|"
    r"landlord|landlady|lodger|tenant|tutor|instructor|trainer|mentor|teammate|team mate|porter|nurse|deckhand|"
    r"head of [a-z]+|(?:shift|team|line|site|store|night|day) (?:lead|leader|boss))"
)
# "your mum", "your brother" in a message to a friend, but not in a condition or a question ("if your
# child has asthma", "does your partner vote?"): see _YOUR below.
_YOUR_TAGGED = rf"your(?<!if your)(?<!when your)(?<!whether your)(?<!unless your)(?<!for your){_NOT_ASKED}"
_SOMEONE_RE = re.compile(
    rf"(?:{REL_NP}|your {REL}(?='s)|{_YOUR_TAGGED} {REL}(?! (?:members?|of)\b)|"
    rf"(?:both|all|all three|all four|two|three) (?:of )?(?:the )?"
    rf"{_REL_THE}|(?<!lost )(?<!losing )the {_REL_THE}(?:'s?)?(?: {_REL_THE})?"
    r"(?: at (?:no\.? ?|number )\d+(?:, [a-z]+,)?)?|"
    rf"(?<!your ){_KIN}|"
    rf"(?:aunt|auntie|aunty|uncle|cousin)(?= [a-z]+ (?:is|was|has|had|got|did|went|became))|"
    rf"an? {REL} of (?:mine|ours)|"
    r"(?:our|my) (?:(?:former|old|new|current|head|co-op|pta|school|farm|club|site|team|shift|night|day|assistant|"
    r"deputy|line|store|warehouse|office|works|football|rugby|cricket|netball|hockey|swim|running|sports|estate|"
    rf"building|street|village|boat|fishing|lifeboat|regular|usual|favourite|favorite|parish|council|church|"
    rf"committee|choir|allotment|darts|pub|bowls|quiz|golf|tennis|youth|community) ){{0,3}}{_ROLE_PERSON}"
    r"(?:, (?:brother|sister|father|mother|mr|mrs|ms|miss|dr|fr|sr|rev)\.? [a-z]+,)?|"
    r"the (?:(?:new|old|young) )?(?:man|woman|guy|lady|bloke|couple|lad|girl|boy|fella|chap|family|old man|old lady)"
    r"(?= next door| across the (?:road|street|way|hall)| upstairs| downstairs| down the (?:road|street|lane)| at "
    r"(?:no\.? ?|number )?\d+)(?: next door| at (?:no\.? ?|number )?\d+(?:, [a-z]+,)?)?|"
    # "Mr Goldberg next door", "Mrs Okafor at no. 3"
    r"(?:mr|mrs|ms|miss|dr)\.? [a-z]+(?= next door| across the (?:road|street|way)| upstairs| downstairs| at "
    r"(?:no\.? ?|number )?\d+)(?: next door| across the (?:road|street|way)| upstairs| downstairs| at "
    r"(?:no\.? ?|number )?\d+)?|"
    # British "the young lad", "the wee one": the writer's child
    r"the (?:young|wee|little|eldest|youngest|oldest) (?:lad|un|one|fella|lass|man)(?= (?:is|was|has|had|got|'s)\b)|"
    rf"the (?:(?:assistant|head|new|old|night|shift|club|team|site|store|farm) ){{0,2}}{_ROLE_PERSON}"
    r"(?= (?:is|was|has|had|got|did|has been|was just)\b)|"
    r"(?<=^ )(?:(?:brother|sister|father|mother|son|daughter)-in-law|son|daughter|brother|sister|husband|wife|partner|"
    r"bestie|bff|hubby|boyfriend|girlfriend|bf|gf|mate|flatmate|housemate|roommate|old man|old lady|missus|hubs|wifey|"
    r"herself|himself)"
    r"(?=(?:'s| has| is| was| had| got| just| still)\b)|"
    r"the [a-z]+(?<!s)(?:s|es)(?:' [a-z]+)?"
    r"(?= next door| across the (?:road|street|way|hall)| down the (?:road|street|lane)"
    rf"| upstairs| downstairs)(?: next door)?){E}"
)
SOMEONE = rf"{TAG}(?: (?:mr|mrs|ms|miss|dr|uncle|auntie|aunty))?(?: [a-z]+)?"  # "my friend Sarah" -> "zzperson sarah"
# The reader of a message to a friend ("you and your MS", "since you got out of Rikers"), but not
# "you" in a question, a condition or a general remark ("if you have asthma", "do you vote?").
# A reason or a memory states, asked or not: "since you're Jewish, wanna ...?", "heard you got done for ..."
_SINCE_WORDS = ("since", "now that", "because", "cause", " cos", "heard", "remember when", " now")


def _since(word: str) -> str:
    """The word after a reason or a memory, tested after the word is matched (a lookbehind first would run at
    every position of every text)."""
    return "(?:" + "|".join(rf"(?<={before} {word})" for before in _SINCE_WORDS) + ")"


_YOU = (
    rf"you(?:{_since('you')}|(?<!if you)(?<!when you)(?<!unless you)(?<!whether you)(?<!are you)(?<!do you)(?<!did you)"
    rf"(?<!have you)(?<!were you)(?<!can you)(?<!once you)(?<!thank you){_NOT_ASKED})"
)
_YOUR = (
    rf"your(?:{_since('your')}|(?<!if your)(?<!for your)(?<!whatever your)(?<!matter your)(?<!protect your)"
    r"(?<!improve your)"
    r"(?<!boost your)(?<!help your)(?<!regardless of your)(?<!irrespective of your)(?<!on your)(?<!to your)"
    rf"(?<!when your){_NOT_ASKED})"
    r"(?! (?:mental health|physical health|health|wellbeing|blood pressure|cholesterol|blood sugar|stress)\b)"
)
PERSON = rf"{B}(?:i|we|he|she|they|who|{_YOU}|{SOMEONE})"
PERSON_NOT_THEY = rf"{B}(?:i|we|he|she|who|{_YOU}|{SOMEONE})"
POSS = rf"{B}(?:my|his|her|{_YOUR}|{SOMEONE}'s?)"  # possessive of an identifiable person
POSS_ALL = rf"{B}(?:my|our|his|her|their|{_YOUR}|{SOMEONE}'s?)"
# A sentence with no subject ("Had a stroke in May.", "Been in Unite for years."): only at the
# start of a statement (never a question) and only before a past or ongoing verb, so that
# imperatives such as "Vote Labour!" or "Join the club" are not read as disclosures.
_START = (
    r"(?:^|(?<=[.!;:(]))(?![^.!;]*\?)(?=\s(?:had|has been|have been|been|was|were|got|did|spent|"
    r"served|diagnosed|joined|born|raised|went|grew|converted|voted|used to|became|ended|came|"
    r"done|caught|survived|lost|suffered|battled|struggled|fought|recovered|underwent|started|"
    r"finished|stopped|took|needed|relied|living|suffering|battling|struggling|fighting|"
    r"recovering|currently|still|also|just|recently|finally|once|never|always|now|pleaded|pled|"
    r"admitted|wore|lived|left|quit|marched|campaigned|canvassed|leafleted|organised|organized|signed)\b)"
)
PERSON_S = rf"(?:{PERSON}|{_START})"
# Words with which a mention of someone can begin (see _tag_people).
_SOMEONE_STARTS = frozenset(
    [
        *"both all one two three some most many several each none either my our his her their".split(),
        *"your the a an aunt auntie aunty uncle cousin me mi mr mrs ms miss dr".split(),
        *"son daughter brother sister husband wife partner bestie bff hubby boyfriend girlfriend bf gf".split(),
        *"mate flatmate housemate roommate old missus hubs wifey herself himself".split(),
        *t.KIN_NAMES,
    ]
)
AS_OR_BEING = r"(?:^|(?<=[^a-z0-9']))(?:as|being)"

# --- normalisation -------------------------------------------------------------------------

_PUNCT = str.maketrans(
    {
        "\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'", "\u00b4": "'", "\u2032": "'",
        "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u2013": " - ", "\u2014": " - ",
        "\u2010": "-", "\u2011": "-", "\u00a0": " ", "_": " ",
        "\u0142": "l", "\u0141": "L", "\u0131": "i", "\u00f8": "o", "\u00d8": "O", "\u0111": "d",
        "\u0110": "D", "\u00df": "ss", "\u00e6": "ae", "\u0153": "oe", "\u014b": "ng", "&": " and ",
    }
)  # fmt: skip


def _contraction_forms() -> dict[str, str]:
    """Contractions (with or without the apostrophe) and what they stand for."""
    forms = {"i'm": "i am", "im": "i am", "can't": "cannot", "cant": "cannot", "won't": "will not"}
    forms |= {"ain't": "is not", "shan't": "shall not", "youre": "you are", "theyre": "they are"}
    forms["sunnies"] = "sunglasses"  # not "Sunnis"
    for who in ("i", "we", "you", "they"):
        forms[f"{who}'ve"] = forms[f"{who}ve"] = f"{who} have"
    for who in ("we", "you", "they"):
        forms[f"{who}'re"] = f"{who} are"
        forms[f"{who} r"] = f"{who} are"  # texting: "we r arab"
    forms["u r"] = "you are"
    for who in ("wife", "husband", "hubby", "missus", "partner"):  # "my wifes Fijian Indian"
        forms[f"my {who}s"] = f"my {who} is"
    for who in ("he", "she", "it", "that", "there", "who", "what", "where", "here"):
        forms[f"{who}'s"] = f"{who} is"
        for verb in ("been", "got", "had"):
            forms[f"{who}'s {verb}"] = f"{who} has {verb}"
    for who in ("he", "she", "that", "there", "who", "what"):
        forms[f"{who}s"] = f"{who} is"
    for aux in "do does did is are was were has have had could would should must need might".split():
        forms[f"{aux}n't"] = forms[f"{aux}nt"] = f"{aux} not"
    for who in ("i", "you", "he", "she", "we", "they", "it", "who", "that", "there"):
        forms[f"{who}'d"] = f"{who} would"
        forms[f"{who}'ll"] = f"{who} will"
    return forms


_FORMS = _contraction_forms()
_FORMS_RE = re.compile(rf"{B}{_alt(_FORMS, exact=True)}{E}")
_OTHER_CONTRACTIONS = {"n't": " not", "'re": " are", "'ve": " have", "'ll": " will"}
_OTHER_CONTRACTIONS_RE = re.compile(r"(?:n't|'re|'ve|'ll)" + E)

# fmt: off
# Common harmless phrases that contain a sensitive-looking word, with a word that each of them
# always contains. Masked (joined with "_") before the rules run, so no rule can see them.
_BENIGN_PHRASES: tuple[tuple[tuple[str, ...], str], ...] = (
    (("union", "unions"), r"credit unions?"),
    (("union",), r"(?:european|soviet|african|customs|monetary|economic|banking|postal|civil) union"),
    (("union", "unions"), r"(?:rugby|student'?s?'?|students'?) unions?"),
    (("union",), r"union (?:jack|station|square|street|road|pacific|bank|flag|army|territory)"),
    (("union",), r"western union"),
    (("unionpay",), r"unionpay"),
    (("union",), r"state of the union"),
    (("anxiety",), r"range anxiety"),
    # a battery, a phone or a prize that is "sick" in German, Dutch or Portuguese slang
    (("krank", "ziek", "doente"),
     r"(?:akku|batterie|handy|batterij|telefoon|accu|prijs|bateria|celular)(?: [a-z]+){0,4} (?:krank|ziek|doente)"),
    (("oracion",), r"(?:escribir|escribe|escriba|una|la|cada) oracion (?:con|que|sobre|en|de)"),
    (("open",), r"(?:mosque|church|temple|gurdwara|synagogue) open days?"),
    (("oxygen",), r"like i need oxygen"),
    (("stroke", "heart", "coronary", "breakdown", "aneurysm", "seizure"),
     r"(?:nearly|almost|practically|about to) (?:had|have|having) (?:a )?(?:stroke|heart attack|coronary|breakdown|"
     r"aneurysm|seizure)"),
    (("jail", "prison"), r"if (?:i|we|you|he|she) (?:went|go|were sent|got sent|ended up) (?:to|in) (?:jail|prison)"),
    (("ever",), r"if (?:i|we|you|he|she|they|my [a-z]+) ever (?:went|go|had|got|get|ended up|were|was|needed)"),
    (("were",), r"if (?:i|we|you|he|she) were (?:a|an)"),
    (("sick",), r"sick with (?:jealousy|envy|worry|nerves|laughter)"),
    (("community",),
     r"community (?:hall|halls|centre|center|garden|group|room|space|project|energy|solar|fridge|pantry|larder)"),
    (("spent", "served", "serving", "doing", "done", "been"),
     r"(?:roof|panels?|house|home|car|boiler|garden|battery|inverter|wallet|kitchen|shed|loft|attic|bills?) "
     r"(?:has |have |had )?(?:spent|been|served|serving|doing|done)"),
    (("sentence",),
     r"life sentence (?:with|of) (?:that|the|our|this|my|standing|high|energy|gas|bills?|[a-z]+ bills?)"),
    (("intensive",),
     r"(?:wallet|bank account|bank balance|finances|budget|account|savings|bills?|economy|car|phone|laptop|garden|"
     r"lawn|pension|purse)(?:'s| is| are| was| were)? (?:now |still |basically |practically |currently |in )?"
     r"(?:in )?intensive care"),
    (("time",),
     r"did (?:my|his|her|our|their) time (?:in|at) (?:retail|hospitality|sales|banking|finance|the army|the navy|"
     r"the raf|the forces|the military|the industry|the trade|the city|corporate|consulting|tech|it|the nhs|"
     r"teaching|accounts|customer service|a call cent(?:re|er)|the office)"),
    (("conviction", "convictions"), r"(?:my|our|his|her|the|a|firm|strong|deep) convictions? (?:is|was|that|about|on)"),
    (("religion",), r"(?:basically|practically|literally|pretty much|kind of|sort of|like) (?:my|our) religion"),
    (("household",), r"green household"),
    (("attack", "attacks", "stroke", "coronary", "aneurysm", "fit", "breakdown"),
     r"(?:nearly|almost|practically|about to|going to|gonna|will) (?:had|have|has|having|gave \w+|give \w+|got) "
     r"(?:a |an )?(?:heart attack|coronary|aneurysm|stroke|fit|panic attack|breakdown)"
     r"(?= (?:when|at|over|seeing|reading|looking|because|after seeing|after reading)\b)"),
    (("health",),
     r"(?:battery|batteries|panel|panels|system|inverter|array|grid|network|roof|soil|plant|"
     r"financial|fiscal|market|economic|business|account|app|site|website|server|data|device|"
     r"equipment|module|cell|fleet|portfolio|bank|pool|lawn|garden|tree|forest|ocean|brand|"
     r"credit|engine|car|vehicle|string|charger|pump) health"),
    (("health",),
     r"health (?:of|for) (?:your|the|our|my|its|their|a) (?:[a-z]+ )?(?:panels?|battery|batteries|"
     r"system|inverter|array|roof|grid|installation|equipment|heat pump|car|garden|business)"),
    (("stroke", "strokes"),
     r"(?:stroke|strokes) of (?:luck|genius|midnight|brilliance|fortune|inspiration)"),
    (("stroke", "strokes", "brushstroke", "brushstrokes"),
     r"(?:brush|piston|key|pen|power|back|breast|butterfly) ?strokes?"),
    (("blinds",), r"(?:roller |window |venetian |vertical |blackout |black-out )?blinds"),
    (("blind",), r"blind (?:spots?|eye|to|date|corner|bend|faith)"),
    (("blind",), r"double[ -]blind"),
    (("deaf",), r"deaf ears"),
    (("black",), r"black and blue"),
    (("sick",), r"sick (?:of|and tired|beats?|to death)"),
    (("trump",), r"trump cards?"),
    (("labour", "labor", "laboursaving", "laborsaving"), r"labou?r[ -]?saving"),
    (("labour", "labor"),
     r"labou?r (?:costs?|market|shortage|day|rates?|intensive|warranty|of love)"),
    (("labour", "labor"), r"parts and labou?r"),
    (("labour", "labor"), r"manual labou?r"),
    (("conservative", "conservatively"),
     r"conservative(?:ly)? (?:estimates?|approach|figures?|forecasts?|design|sizing|assumptions?|"
     r"margins?|side|guess|numbers?|projections?|reading|calculations?|scenario|rating|"
     r"settings?|view of|end)"),
    (("conservatively",), r"conservatively"),
    (("liberal",),
     r"liberal (?:amounts?|coat|use|dose|helping|application|arts|sprinkling|returns)"),
    (("progressive",),
     r"progressive (?:approach|tariffs?|pricing|rates?|web app|scan|jackpot|discount|lenses)"),
    (("god", "gosh", "goodness", "lord"),
     r"(?:oh )?my (?:god|gosh|goodness|lord)(?=\s*[,!.?]|\s+(?:that|this|what|it|the|i|we))"),
    (("god", "gosh", "goodness", "lord"), r"oh my (?:god|gosh|goodness|lord)"),
    (("god", "goodness", "heavens"), r"thank (?:god|goodness|heavens)"),
    (("god",), r"god (?:knows|willing|forbid|bless)"),
    (("god", "gods"), r"for god'?s sake"),
    (("god",), r"act of god"),
    (("godsend",), r"godsend"),
    (("holy",), r"holy (?:grail|cow|moly|smokes)"),
    (("altar",),
     r"(?:pray|prays|prayed|praying|worship|worships|worshipped|worshipping) at the altar of"),
    (("sun", "sunworship", "sunworshippers", "sunworshipper", "sunworshipping"),
     r"sun[ -]?worship(?:pers?|ping)?"),
    (("converted",), r"preach(?:ing|ed)? to the converted"),
    (("gospel",), r"gospel (?:of|according)"),
    (("mass",),
     r"mass[ -](?:production|produced|produce|producing|market|adoption|media|transit|of|appeal|rollout|"
     r"deployment|migration|balance|flow)"),
    (("mass",), r"(?:critical|body|thermal) mass"),
    (("trial", "trials"), r"free trials?"),
    (("trial",), r"trial (?:period|version|run|account|subscription|offer|and error)"),
    (("trial", "trials"), r"(?:field|time) trials?"),
    (("caution",), r"(?:proceed|handle|treat|interpret|use|approach) with caution"),
    (("caution",), r"words? of caution"),
    (("caution",), r"side of caution"),
    (("robbery",), r"(?:daylight|highway) robbery"),
    (("guilty",), r"guilty (?:pleasures?|party|conscience)"),
    (("controller", "controllers"), r"charge controllers?"),
    (("record",),
     r"record[ -](?:output|breaking|high|low|year|month|day|week|number|sales|levels?|"
     r"temperatures?|time|yield|generation|production|heat|sunshine|profits?|breaker)"),
    (("record",), r"(?:track|world|for the|on|off the) record"),
    (("dilemma",), r"prisoners?'? dilemma"),
    (("prison",), r"prison break"),
    (("jail",), r"get out of jail free"),
    (("bail", "bailed", "bailing"), r"bail(?:ed|ing)? out"),
    (("party",), r"party (?:mode|wall|line|size|pack)"),
    # round thirteen
    (("labour", "labor"), r"labou?r (?:wards?|suites?|rooms?|pains?)"),
    (("green",), r"green (?:logo|one|option|design|colou?r|button|version|shirt|entry|photo|picture|image|team)"),
    (("fantasy",),
     r"fantasy (?:football|baseball|basketball|hockey|premier league|league|team)(?: team| league| squad)?"),
    (("bishop", "abbot", "friar", "monk", "nun", "pope", "cardinal"),
     r"(?:the )?(?:bishop|abbot|friar|monk|nun|pope|cardinal)'?s? (?:arms|head|inn|tavern|rest|finger|mitre)"),
    (("gereja", "masjid"), r"(?:jalan|jl\.?) (?:gereja|masjid)"),
    # rounds fourteen to sixteen
    (("bishop",), r"bishop rock"),
    (("gewerkschaftsstrasse", "gewerkschaftsstr"), r"gewerkschaftsstr(?:asse|\.)?"),
    (("quase",), r"quase tive um (?:infarto|ataque)"),
    (("bijna",), r"bijna een hartaanval"),
    # rounds seventeen and eighteen
    (("krizi",), r"kalp krizi gecirecek[a-z]*"),
    (("herzinfarkt",), r"fast einen herzinfarkt"),
    (("bishop",), r"(?:lost|took|moved|sacrificed|traded|swapped) (?:my|his|her|your) bishop"),
    (("church", "chapel", "temple", "abbey", "priory", "mosque", "minster", "kirk"),
     r"(?:church|chapel|temple|abbey|priory|mosque|minster|kirk) (?:road|street|lane|close|hill|view|way|avenue|walk|"
     r"green|row|square|terrace|drive|place|gate|end|allerton|fields|farm|meadow|mews|court|crescent|grove)s?"),
    (("preso", "presa"),
     r"pres[oa] (?:a|ao|num|numa|no|em) (?:um |uma )?(?:contrato|fidelizacao|transito|engarrafamento|elevador)"),
    (("community",), r"(?:our |the )?community (?:newsletter|centre|center|hall|garden|group|solar|fridge|pantry)"),
    (("krankenhaus",), r"unser(?:em)? krankenhaus"),
    # a plant that is "sick" in Dutch, Portuguese, German or Indonesian
    (("ziek", "doente", "doentes", "krank", "sakit"),
     r"(?:plant[a-z]*|monstera|tomat[a-z]*|tanaman(?: [a-z]+)?|cabai|bloem[a-z]*|flor[a-z]*|orquidea[a-z]*|"
     r"orchid[a-z]*|pflanze[n]?|rozen|roseira|horta|moestuin|citroenboom|limoeiro|sla|alface)(?: [a-z]+){0,3} "
     r"(?:ziek|doente|doentes|krank|sakit)"),
)
# fmt: on
_BENIGN = re.compile(B + "(?:" + "|".join(pattern for _, pattern in _BENIGN_PHRASES) + ")" + E)


# Words that make poor gate keys in this domain (too common); another word of the phrase is used.
_GENERIC = frozenset(
    "a an the of in on to for and or with at by from my our his her their is i de la le les di del "
    "da e y und no not as be party parties union unions disease syndrome disorder problem problems "
    "issue issues condition attack people family group new national democratic social first "
    "general united workers worker member members officer leader man woman card street credit "
    "house big old southern northern east west north south central friday sunday republic time "
    "gang drug sex high".split()
)
_KEY_LEN = 6


def _pieces(word: str) -> list[str]:
    """The alphanumeric pieces of a word's longest chunk; a hyphen or apostrophe between two
    pieces is optional in the patterns, a slash or a dot is not."""
    chunk = max(re.split(r"[^a-z0-9'-]+", word), key=len)
    return [p for p in re.split(r"['-]", chunk) if p] or [chunk]


@functools.cache  # the word lists repeat across rules: hundreds of thousands of calls at import
def _gate_keys(phrase: str) -> tuple[str, ...]:
    """Keys that every text matching the phrase contains (see _word_keys).

    "p:xxxxxx" is the start of a word, "x:xx" a whole short word. The words of a phrase are
    separated by a space or a hyphen in any matching text, so each one starts a word of the
    text; inside a word only the first piece is sure to start it ("ex-offender" may be written
    "exoffender"), so a short first piece is keyed both joined to the next and as a word.
    """
    words = phrase.split(" ")
    pieces = max(
        (_pieces(w) for w in ([w for w in words if w not in _GENERIC] or words)),
        key=lambda ps: len(ps[0]),
    )
    first = pieces[0]
    if len(first) >= 4:
        return ("p:" + first[:_KEY_LEN],)
    if len(pieces) == 1:
        return ("x:" + first,)
    return ("p:" + (first + pieces[1])[:_KEY_LEN], "x:" + first)


def _word_keys(text: str) -> frozenset[str]:
    """The keys of a text: the first one to six letters of each word, and each short word."""
    keys: set[str] = set()
    for token in _TOKEN.findall(text):
        keys.update("p:" + token[:k] for k in range(1, min(len(token), _KEY_LEN) + 1))
        if len(token) < 4:
            keys.add("x:" + token)
    return frozenset(keys)


_BENIGN_KEYS = frozenset(key for words, _ in _BENIGN_PHRASES for word in words for key in _gate_keys(word))


# A handle in a nickname field, or a text that is one handle: "BuddhistBeekeeper", "ExCon_Earl", "Local77".
_HANDLE_RE = re.compile(
    r"(?:^\s*|#|(?i:\b(?:nick ?name|user ?name|handle|gamer ?tag|screen ?name|display ?name|alias|pseudo|apodo|"
    r"apelido|spitzname|bijnaam|soprannome|ksywka|palayaw)\s*:\s*))"
    r"([A-Za-z0-9_]*(?:[a-z][A-Z]|[A-Za-z][0-9])[A-Za-z0-9_]*)(?=\s|$)"
)


def _split_handle(match: re.Match[str], hashtags: list[str]) -> str:
    handle = match.group(1)
    label = match.string[match.start() : match.start(1)]
    if label.strip() or match.group(0) == match.string.strip():
        split = re.sub(r"(?<=[a-z])(?=[A-Z])|(?<=[A-Za-z])(?=[0-9])", " ", handle)
        if label == "#":  # a hashtag stays where it is ("the #EndSARS protest"); its words are read at the end
            hashtags.append(f"#{split}")
            return match.group(0)
        handle = split
        label = label if label.strip() else "nickname: "  # a text that is a handle reads as a nickname field
    return label + handle


# Text-speak "u" and "ur": "now ur off probation" -> "now you are off probation",
# "skipping ur insulin" -> "skipping your insulin". "ur" is "you are" before an article, an adverb,
# a preposition or a verb form, else "your".
_TEXTSPEAK_RE = re.compile(
    r"(?<=[ (])u(?:r( (?:a|an|the|so|such|literally|still|now|on|off|not|gonna|going|just|always|never|really|proper|"
    r"basically|actually|in|at|out|from|too|also|very|being|getting|[a-z]+ing|[a-z]+ed)(?![a-z0-9_'-]))?)?"
    r"(?![a-z0-9_'-])"
)


def _textspeak(match: re.Match[str]) -> str:
    if match.group(0) == "u":
        return "you"
    return "you are" + match.group(1) if match.group(1) else "your"


def _normalise(text: str) -> tuple[str, frozenset[str]]:
    """Lower-case ASCII text with straight apostrophes and expanded contractions, and its word
    keys (see _word_keys); harmless phrases are masked with underscores."""
    s = text if text.isascii() else unicodedata.normalize("NFKC", text).translate(_PUNCT)
    if not s.islower():
        hashtags: list[str] = []
        s = _HANDLE_RE.sub(lambda match: _split_handle(match, hashtags), s)
        if hashtags:  # "#FeelTheBern" -> "... . #Feel The Bern"
            s = " . ".join([s, *hashtags])
    if not s.isascii():
        s = "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))
    s = " " + " ".join(s.lower().replace("_", " ").split())
    s = _FORMS_RE.sub(lambda m: _FORMS[m.group(0)], s)
    if "'" in s:
        s = _OTHER_CONTRACTIONS_RE.sub(lambda m: _OTHER_CONTRACTIONS[m.group(0)], s)
    if " u" in s:
        s = _TEXTSPEAK_RE.sub(_textspeak, s)
    if "ver.di" in s:
        s = s.replace("ver.di", "verdi")
    keys = _word_keys(s)
    if not _BENIGN_KEYS.isdisjoint(keys):
        s = _BENIGN.sub(lambda m: m.group(0).replace(" ", "_").replace("-", "_").replace("'", "_"), s)
    return s, keys


# The verbs after a name and where the person is ("Raj next door goes to ...", "Arjun in IT was ...").
_TAIL_VERBS = "is|was|has|had|got|did|goes|went|keeps|kept|wears|votes|voted|attends|sits|runs|joined|spent"
# A capitalised word right before a verb, or with a possessive: "Sarah's been in hospital",
# "Tom has leukaemia". Read as a name unless the rules know the word (see _names).
_NAME_RE = re.compile(  # not a saint: "St Bernadette's Catholic primary"
    r"(?<!St )(?<!St\. )(?<!Saint )(?<!San )(?<!Santa )"
    r"\b([A-Z][a-z]{1,20})(?=(?:['\u2019]s)?\s+(?:is|was|has|had|got|gets|suffers|suffered|lives|lived|"
    r"takes|took|needs|needed|uses|used|became|died|passed|goes|went|attends|attended|converted|"
    r"votes|voted|joined|belongs|belonged|did|does|served|spent|wears|wore|recently|just|also|still|"
    r"now|finally|never|always)\b|['\u2019]s\s|"
    r"(?:\s+(?:from|at) (?:the )?(?:[Nn]o\.? ?\d+|[Nn]umber \d+|[A-Za-z' ]{1,25}?)|\s+next door|\s+across the "
    r"(?:road|street|way)|\s+upstairs|\s+downstairs|,\s+(?:my|our|his|her) [a-z]+(?: [a-z]+)?,|"
    r"\s+who [a-z0-9' -]{1,30}?|\s+from [0-9][A-Za-z0-9-]{0,8}|\s+in (?:the )?(?:[A-Z]{2,4}|[a-z]+)|"
    r"\s+(?:two|three|four|a few) doors (?:down|up))"
    rf"\s+(?:{_TAIL_VERBS})\b)"
)


def _names(text: str) -> frozenset[str]:
    """Lower-cased first names in a text (see _NAME_RE); known words are never names."""
    if not text.isascii():  # "Tomás is Mixtec": the name without its accents
        text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return frozenset(w for w in (m.lower() for m in _NAME_RE.findall(text)) if w not in _KNOWN_WORDS)


_NAME_TAIL = re.compile(
    r"[a-z]+(?:(?: (?:from|at) (?:the )?(?:no\.? ?\d+|number \d+|[a-z' ]{1,25}?)| next door|"
    r" across the (?:road|street|way)|"
    r" upstairs| downstairs|, (?:my|our|his|her) [a-z]+(?: [a-z]+)?,| who [a-z0-9' -]{1,30}?| from [0-9][a-z0-9-]{0,8}|"
    r" in (?:the )?[a-z]+| (?:two|three|four|a few) doors (?:down|up))"
    rf"(?= (?:{_TAIL_VERBS})\b))?"
)


def _tag_people(text: str, names: frozenset[str] = frozenset()) -> tuple[str, list[tuple[int, int, int]]]:
    """Replace mentions of identifiable people with TAG; return the text and the replacements.

    Each replacement is (start in the tagged text, start in the original, original length), so
    that a match can be mapped back to the words the person wrote.
    """
    parts: list[str] = []
    spans: list[tuple[int, int, int]] = []
    last = 0
    length = 0
    for token in _TOKEN.finditer(text):
        begin = token.start()
        word = token.group(0)
        if begin < last or text[begin - 1] == "_":
            continue
        if word in names:  # "Pete from the garage", "Roya at the flower shop": the name and where they are from
            match: re.Match[str] | None = _NAME_TAIL.match(text, begin)
        elif word in _SOMEONE_STARTS:
            match = _SOMEONE_RE.match(text, begin)
        else:
            continue
        if match is None:
            continue
        parts.append(text[last:begin])
        length += begin - last
        spans.append((length, begin, match.end() - begin))
        parts.append(TAG)
        length += len(TAG)
        last = match.end()
    parts.append(text[last:])
    return "".join(parts), spans


def _original_span(start: int, end: int, spans: list[tuple[int, int, int]]) -> tuple[int, int]:
    """Map a span of the tagged text back to the normalised text."""

    def back(pos: int, is_end: bool) -> int:
        shift = 0
        for tagged_start, orig_start, orig_len in spans:
            if pos < tagged_start or (is_end and pos == tagged_start):
                break
            if pos < tagged_start + len(TAG) or (is_end and pos == tagged_start + len(TAG)):
                return orig_start + (orig_len if is_end else 0)
            shift = orig_start + orig_len - (tagged_start + len(TAG))
        return pos + shift

    return back(start, False), back(end, True)


# fmt: off
# --- rules ---------------------------------------------------------------------------------
#
# Each rule is (trigger words, pattern): every match of the pattern contains one of the trigger
# words (the sensitive term itself). A category's patterns only run when a word of the text
# starts like one of its trigger words, which keeps the screen fast: most texts wake up no
# category at all. tests/policy/test_screen.py checks that this gate never changes a result.

Rule = tuple[Iterable[str], str]

# "Proud Unite member here", "Ex-prisoner here, now an electrician": the forum-style
# self-introduction, a clause of its own that ends in "here".
_HERE_ADJ = (
    r"(?:a|an|proud|lifelong|life-long|former|ex|fellow|another|just|one|old|retired|long-time|"
    r"longtime|reformed|recovering|practising|practicing|devout|staunch|card-carrying|registered|"
    r"type 1|type 2|active|paid-up|fully paid-up|committed|self-confessed|die-hard|diehard|loyal|"
    r"born-again|small-c|lapsed|strict|observant|unapologetic|unashamed)"
)


def _like_me(term: str) -> str:
    """A pattern for "<term> … like me/mine/ours": a group the writer counts themselves in."""
    return rf"{B}{term}(?: [a-z]+){{0,3}} like (?:me|mine|us|ours|myself|my (?:family|kids|son|daughter))" + E


def _here(term: str) -> str:
    """A pattern for "<term> here" standing as a clause of its own."""
    return (
        rf"(?:^|(?<=[.!;:,(])) (?:(?:{_HERE_ADJ}) ){{0,5}}{term}(?: [a-z0-9]+){{0,3}} here"
        r"(?=\s*(?:[.,;:!?)\-]|$)|\s(?:and|but|so|with|from|too|in|at|on|for|since)\b)"
    )


# The people a label may name: "Rastafarian elder", "pagan witch", "atheist nurse in Calgary".
_LABEL_NOUN = _alt(
    (*t.PERSON_NOUNS, "elder", "elders", "witch", "fam", "lass", "lad", "bloke", "gal", "babe", "queen", "auntie",
     "aunty", "uncle", "nan", "nana", "granny", "convert", "grandson", "granddaughter", "mama", "papa")
)  # fmt: skip
# A few short items that open a text before a label: "Teacher, monarchist, lifelong Tory." (not plurals:
# "Catholics, Protestants, Jews" is a list of groups)
_LIST_START = r"^(?: (?:[a-z0-9'&-]+ ){0,2}[a-z0-9'&-]*(?:[^s\W]|ss),){1,3}"
_LABEL_AT = rf"(?:^|(?<=[.!;:(|])|(?<= -)|{_LIST_START})"


def _label(term: str) -> str:
    """A pattern for a self-description that opens a clause without a verb: "Lifelong Labour voter,
    phone-banked for two elections", "RMT member, guard on the Southern line", "IATSE Local 600 -
    camera department". The term is followed by a comma, a dash, a bracket or the end, or by
    "for twenty years" / "since 2016"."""
    return (
        rf"{_LABEL_AT} (?:(?:{_HERE_ADJ}) ){{0,5}}{term}"
        r"(?!,\s*[a-z'-]+s,)"  # a list of groups ("Muslims, Christians, Jews, ...") describes nobody
        r"(?=\s*(?:[.,;:!?(|/]|$)|\s+-\s|\s[\u2190-\u2bff\U0001f000-\U0001faff]|\sand (?:i|we|my|our)\b|"
        r"\s(?:ngl|tbh|fr|lol|lmao|tho|btw|innit|obvs|ofc)\b|"
        r"\s(?:for (?:\d+|a|over|nearly|almost|about|[a-z]+) (?:[a-z]+ )?"
        r"(?:years?|decades?)|since (?:(?:19|20)\d\d|i|the|my|we|he|she|school|college|uni))\b)"
    )


# "… steward at the county hospital", "… mum of two in south London": where a label's person is.
_AT_PLACE = (
    r"(?: (?:living |based |born and raised |raised )?(?:at|for|in|on|with|from) (?:the |a |an |my |our )?"
    r"[a-z0-9'-]+(?: [a-z0-9'-]+){0,3}?)?"
)

def _fellow(term: str) -> str:
    """A pattern for "a fellow <term>": the writer counts themselves in the group."""
    return rf"{B}(?:a |my |our |all my |all our )?fellow {term}"


# --- health --------------------------------------------------------------------------------

# Articles are matched by _DET, so "had two strokes" works like "had a stroke".
_COND = _alt([*t.CONDITIONS, *_bare(t.CONDITIONS)], plural=True, exclude=("ms", "condition"))
_COND_BARE_WORDS = tuple(
    w
    for w in [*_bare(t.CONDITIONS),
       "operation", "diagnosis", "prognosis", "illness", "condition", "conditions", "injury",
       "injuries", "disability", "treatment", "pregnancy", "relapse", "symptoms",
       "medical history", "medical records", "blood test", "blood tests", "biopsy", "mri",
       "scan results", "test results", "health condition", "health problems", "bad health",
       "ill health", "poor health", "health scare", "recovery from", "op"]
    if w not in ("ms", "flu", "covid", "condition", "blood pressure", "cholesterol", "surgery", "tia")
)  # fmt: skip
_COND_BARE = _alt(_COND_BARE_WORDS)
_TREAT = _alt(t.TREATMENTS)
_TREAT_BARE = _alt(_bare(t.TREATMENTS), exclude=("oxygen", "therapy", "medication", "medications"))
_COND_ADJ = _alt(t.CONDITION_ADJECTIVES)
_DET = (
    rf"(?:(?:a|an|the|some|really|quite|very|two|three|four|several|multiple|many|a few|a couple of|"
    rf"repeated|\d+|{_COND_ADJ}) ){{0,5}}"
)
_NOT_MODIFIER = (
    r"(?! (?:ramps?|access|accessible|friendly|parking|spaces?|bays?|lifts?|doors?|toilets?|route|"
    r"entrance|panels?|systems?|cables?|tanks?|pumps?|bottles?|cylinders?|sensors?|supply|free|"
    r"check|checks|reports?|status|score|data|monitor|monitoring|app|lamps?|light|that|"
    r"for (?:the|a(?! (?:year|month|week|while|decade|couple|few|long|number|good|bit|little)\b)|an|this|your|our)|"
    r"of (?:the|a|an|our)|to|on (?:the|our)|about|regarding))"
)
_HAVE = (
    r"(?:have|has|had|having|got|get|gets|getting|caught|catch|developed|develop|develops|"
    r"suffer(?:s|ed|ing)? (?:from|with)|li(?:ve|ves|ved|ving) with|battl(?:e|es|ed|ing)(?: with| against)?|"
    r"fight(?:s|ing)?(?: against| with)?|fought(?: against| with)?|struggl(?:e|es|ed|ing) with|"
    r"recover(?:s|ed|ing)? from|(?:being )?treated for|deal(?:s|t|ing)? with|cop(?:e|es|ed|ing) with|"
    r"manag(?:e|es|ed|ing)|beat|beaten|surviv(?:e|es|ed|ing)|died (?:of|from)|passed away from|"
    r"lost (?:his|her|their|my|the|a) (?:long |brave )?(?:battle|fight) (?:with|against)|"
    r"in recovery from|diagnosed with|(?:off work|signed off|off sick|laid up|in bed|in hospital)"
    r"(?: (?:for|since|over) (?:[a-z0-9]+ ){0,2}?[a-z0-9]+)? with|"
    r"admitted (?:to hospital )?with|hospitali[sz]ed with|in (?:the )?hospital with|laid up with|"
    r"bedridden with|struck down with|c[oa]me down with|coming down with|waiting (?:for|on)|"
    r"booked in for|scheduled for|on (?:the|a) (?:nhs |hospital )?(?:waiting )?list for|"
    r"underwent|undergo(?:es|ing)?|went through|going through|go through|goes through|gone through)"
)
_TAKE = (
    r"(?:take|takes|took|taking|taken|on|prescribed|started|start|starts|starting|need|needs|needed|"
    r"needing|using|use|uses|used|rel(?:y|ies|ied) on|depend(?:s|ed)? on|having|have|has|had|got|"
    r"get|gets|getting|receive|receives|received|receiving|undergo|undergoes|undergoing|underwent|"
    r"went through|going through|go through|goes through|finished|finishing|completed|stopped|"
    r"came off|come off|coming off|wean(?:ing)? off|inject|injects|injecting|wear|wears|wearing|"
    r"carry|carries|carrying|fitted with|waiting for|waiting on|on the waiting list for)"
)
_H_STATES = _alt(t.HEALTH_STATES)
_H_AS_WORDS = (
    "diabetic", "type 1 diabetic", "type 2 diabetic", "epileptic", "asthmatic", "amputee",
     "wheelchair user", "cancer survivor", "stroke survivor", "recovering alcoholic",
     "recovering addict", "alcoholic", "addict", "carer for", "cancer patient", "transplant patient",
     "dialysis patient", "deaf person", "blind person", "disabled person", "disabled woman",
     "disabled man", "autistic person", "autistic woman", "autistic man", "person with a disability",
     "person with disabilities", "person with autism", "woman with endometriosis",
)  # fmt: skip
_H_AS = _alt(_H_AS_WORDS)
_H_POSS_MISC = (
    r"(?:mental health|health (?:condition|problems|issues|scare)|blood pressure|cholesterol|"
    r"blood sugar|surgery|ms|hiv status|disabilities|medical (?:condition|notes|file|history))"
)
_H_ADMITTED = (
    r"(?:hospitali[sz]ed|admitted to (?:the )?hospital|rushed to (?:the )?(?:hospital|a&e|er|"
    r"emergency room)|taken to (?:the )?(?:hospital|a&e|er)|operated on|sectioned|"
    r"put on (?:a ventilator|oxygen|dialysis|medication|antidepressants|insulin|the transplant list)|"
    r"signed off (?:work|sick)|off sick|registered (?:blind|disabled))"
)
_H_CARE = _alt(t.CARE_ROLES)
_H_DOCTOR = r"(?:doctor|gp|dr|nurse|consultant|specialist|physician)"
_H_EPISODE_WORDS = (
    "chemo", "chemotherapy", "radiotherapy", "dialysis", "ivf", "mastectomy", "hysterectomy",
    "amputation", "miscarriage", "heart attack", "transplant", "diagnosis", "stroke", "c-section",
    "caesarean", "chemo sessions",
)
_H_EPISODE = (
    r"(?:chemo|chemotherapy|radiotherapy|dialysis|ivf|mastectomy|hysterectomy|amputation|"
    r"miscarriage|heart attack|transplant|diagnosis(?! of)|stroke|c-section|caesarean|"
    r"chemo sessions)"
)
_NUM_H = r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|a few|many|some|\d+)"
_H_STRONG_WORDS = (
    "chemo", "chemotherapy", "radiotherapy", "dialysis", "ivf", "antidepressants", "methadone",
    "insulin", "medication", "meds", "steroids", "immunotherapy", "physio", "physiotherapy",
)
_H_STRONG = _alt(_H_STRONG_WORDS)
_H_ROLE = r"(?:patient|survivor|sufferer|recipient|warrior|fighter|user|carrier)s?"
# Conditions that can be the subject of a sentence about the writer ("Crohn's means I …");
# not the ones everybody lives through ("covid kept us at home") or speaks of loosely ("stress").
_H_SUBJECT_WORDS = tuple(
    w for w in _COND_BARE_WORDS
    if w not in ("stress", "anxiety", "the flu", "coronavirus", "covid-19", "burnout", "trauma", "pregnancy",
                 "treatment", "op", "operation", "symptoms", "relapse", "recovery from", "injury", "injuries",
                 "condition", "conditions", "illness", "disability", "blood test", "blood tests", "test results",
                 "scan results", "medical history", "medical records", "diagnosis", "prognosis", "biopsy", "mri")
)  # fmt: skip
_H_SUBJECT = _alt(_H_SUBJECT_WORDS)
_H_INJURE = r"(?:broke|broken|fractured|injured|hurt|sprained|dislocated|tore|torn|damaged)"

HEALTH_RULES: list[Rule] = [
    # "my son's asthma", "since my stroke", "his chemo"
    ((*_COND_BARE_WORDS, *_bare(t.TREATMENTS)),
     rf"{POSS} (?:{_COND_ADJ} ){{0,5}}(?:{_COND_BARE}|{_TREAT_BARE}){E}{_NOT_MODIFIER}"),
    (("mental", "health", "blood", "cholesterol", "surgery", "ms", "hiv", "disabilities", "medical"),
     rf"{POSS} {_H_POSS_MISC}{E}"),
    # "I was diagnosed with diabetes", "my dad has Alzheimer's", "she's battling cancer"
    ((*t.CONDITIONS, "ms", "multiple sclerosis"),
     rf"{PERSON_S}(?:'s)?{AUX} {_HAVE} {_DET}(?:{_COND}|ms|multiple sclerosis){E}{_NOT_MODIFIER}"),
    # "I had an operation", "she's recovering from knee surgery"
    (("operation", "operations", "surgery", "procedure", "op", "transplant"),
     rf"{PERSON_S}(?:'s)?{AUX} (?:had|having|recovering from|recovered from|underwent|undergoing|"
     r"undergo|booked in for|waiting for|scheduled for|in for|going in for|went in for|needed|needs|"
     rf"need) (?:(?:a|an|my|his|her|their|another|major|minor|emergency|{_COND_ADJ}) ){{0,5}}(?:operation|"
     r"operations|surgery|procedure|op|transplant)" + E),
    # "I was diagnosed", "the doctor diagnosed my son with …", "her diagnosis"
    (("diagnosed", "misdiagnosed"),
     rf"{PERSON_S}{PASSIVE} (?:mis)?diagnosed{E}(?! (?:a|an|the|our|its|their|this|that)\b"
     r"(?! (?:year|month|week|few|couple|decade|day|while|long|little|bit)\b))"),
    (("diagnosed", "misdiagnosed"), rf"{B}(?:mis)?diagnosed (?:me|him|her|us|them|{SOMEONE}) (?:with|as){E}"),
    (("diagnosis", "prognosis", "diagnoses"), rf"{POSS} (?:diagnosis|prognosis|diagnoses){E}"),
    # "Chemo makes me feel cold", "dialysis leaves him exhausted"
    (_H_STRONG_WORDS,
     rf"(?:^|(?<=[.!;:(])) (?:the |all the |my |his |her |{SOMEONE}'s )?{_H_STRONG}(?: [a-z]+){{0,2}}? "
     r"(?:makes?|made|leaves?|left|gives?|gave|wipes?|wiped|keeps?|kept|drains?|drained|knocks?|"
     r"knocked|has|had|is|was|means?|meant)(?: [a-z]+)? (?:me|him|her|us|them)" + E),
    # "two years cancer-free", "a breast cancer survivor", "a kidney transplant recipient"
    (("free", "sober", "remission"),
     rf"{B}(?:[a-z0-9]+ )?(?:years?|months?|weeks?|days?) (?:(?:cancer|seizure|tumou?r|alcohol|drug|"
     r"smoke|pain)[ -]free|sober|clean and sober|in remission)" + E),
    ((*_COND_BARE_WORDS, *_bare(t.TREATMENTS)),
     rf"{PERSON_S}{BE} (?:(?:a|an|{_COND_ADJ}) ){{0,5}}(?:{_COND_BARE}|{_TREAT_BARE}) (?:patient|survivor|"
     r"sufferer|recipient|warrior|fighter|victim|carrier|user)s?" + E),
    ((*_H_AS_WORDS, *_COND_BARE_WORDS, *_bare(t.TREATMENTS)),
     _here(rf"(?:{_H_AS}|(?:{_COND_BARE}|{_TREAT_BARE}) (?:patient|survivor|sufferer|recipient|"
           r"warrior|fighter|user)s?)" + E)),
    # "people like me with chronic pain", "diabetics like me"
    ((*_COND_BARE_WORDS, *t.HEALTH_STATES, *_H_AS_WORDS),
     rf"{B}like (?:me|us|myself)(?: [a-z]+){{0,2}} (?:with|who (?:have|has|are|suffer from|live with)) "
     rf"{_DET}(?:{_COND}|{_H_STATES}){E}|" + _like_me(rf"(?:{_H_AS}|{_H_STATES}|{_COND_BARE})")),
    # "my twins were born at 28 weeks", "she spent a month in intensive care"
    (("born", "weeks"), rf"{PERSON_S}{AUX} born at \d+ weeks" + E),
    (("hospital", "nicu", "icu", "care", "rehab", "ward", "unit"),
     rf"{PERSON_S}(?:'s)?{AUX} (?:spent|spending|spend|been|was|were) (?:{_NUM_H} )?(?:[a-z]+ )?"
     r"(?:days?|weeks?|months?|years?|nights?)? ?(?:in|on) (?:the |a )?(?:hospital|nicu|scbu|special care|"
     r"intensive care|icu|rehab|a psychiatric ward|psychiatric ward|neonatal unit|cancer ward|hospice)" + E),
    # "I'm pregnant", "my daughter is autistic", "he's in hospital", "as a diabetic"
    (t.HEALTH_STATES,
     rf"{PERSON_S}{BE} (?:(?:\w+|a few|several) (?:weeks?|months?) )?(?:{_COND_ADJ} ){{0,5}}(?:[a-z]+ )?"
     rf"{_H_STATES}{EH}(?!(?<=poorly) [a-z]+(?:ed|en|paid|made|done|built)\b)"
     r"(?! (?:of|to|about|with envy|and tired|for (?:a|the) change|with (?:ideas|meaning|"
     r"possibilit\w*|promise|anticipation|potential|hope|excitement)))"),
    (_H_AS_WORDS, rf"{AS_OR_BEING} (?:a|an) {_H_AS}{E}"),
    # "I take insulin", "my wife is on chemo", "I use a wheelchair"
    (t.TREATMENTS,
     rf"{PERSON_S}(?:'s)?{AUX} {_TAKE} (?:(?:a|an|my|his|her|their|daily|weekly|regular|strong|"
     r"prescription|prescribed|new|more|extra|twice-daily|home|nightly|overnight|injected|injectable) ){0,5}"
     rf"{_TREAT}{E}{_NOT_MODIFIER}"),
    # "we're expecting our first", "trying for a baby"
    (("expecting",),
     rf"{PERSON}{BE} expecting (?:a baby|twins|triplets|a (?:little )?(?:boy|girl|one)|"
     r"(?:our|my|her|their|his) (?:first|second|third|fourth|next)(?: (?:baby|child|kid|grandchild))?"
     r"(?=\s*(?:[.,;:!?]|$)|\s(?:in|this|next|and|so|but|baby|child)\b)|again\b)"
     rf"|{PERSON}{BE} expecting{END}"),
    (("having",), rf"{PERSON}{BE} having (?:a baby|twins|triplets|a (?:little )?(?:boy|girl))"),
    (("baby", "conceive", "pregnant", "child"),
     rf"{PERSON}{AUX} (?:trying|tried|try|trying hard) (?:for a baby|to conceive|to get pregnant|"
     r"for (?:a|another) (?:baby|child))"),
    (("morning", "sickness", "maternity", "date", "bump"),
     rf"{B}(?:morning sickness|(?:on|my|her) maternity leave|(?:my|our|her) due date|(?:baby|{TAG}) bump)"),
    # "my grandson was born with cerebral palsy"
    (("born",),
     rf"{PERSON_S}{AUX} born (?:with (?:a |an )?(?:\w+ )?(?:{_COND_BARE}|hole in|heart|defect|cleft|"
     r"club foot|no )|deaf|blind|prematurely|premature|(?:\w+ )?(?:weeks|months) early|too early)"),
    # "I was hospitalised", "my dad was rushed to A&E"
    (("hospitalised", "hospitalized", "admitted", "rushed", "hospital", "operated", "sectioned",
      "ventilator", "oxygen", "dialysis", "medication", "antidepressants", "insulin", "transplant",
      "signed", "sick", "blind", "disabled"), rf"{PERSON_S}{AUX} {_H_ADMITTED}"),
    # "my therapist", "my oncologist", "my doctor says"
    (t.CARE_ROLES, rf"{POSS} {_H_CARE}{E}"),
    (("doctor", "gp", "dr", "nurse", "consultant", "specialist", "physician"),
     rf"{POSS} {_H_DOCTOR}(?:'s)? (?:says?|said|told|advised|prescribed|diagnosed|recommended|wants|"
     r"thinks|put|referred|sent|signed|ordered|increased|changed|doubled|upped|warned|is worried|"
     r"suspects|appointments?|surgery)"),
    # allergies and addictions
    (("allergic", "intolerant", "sensitive"),
     rf"{PERSON_S}{AUX} (?:allergic|intolerant|sensitive) to (?:(?:a|an|the|all) )?"
     rf"{_alt(t.ALLERGENS)}{E}"),
    (("addicted", "hooked", "dependent"),
     rf"{PERSON_S}{AUX} (?:addicted to|hooked on|dependent on|clean from|clean off|clean of|"
     r"sober from|off the) (?:(?:a|an|the) )?"
     rf"{_alt(t.ADDICTIVES)}{E}"),
    # "ever since the chemo finished", "after the transplant"
    (_H_EPISODE_WORDS,
     rf"{B}(?:since|after|before|during|through|following|until|till|finished|finishing|started|"
     r"starting|with|from|post|between) (?:the|my|his|her|our|their|all the|two|three|six|"
     rf"\w+ rounds of|rounds of|a round of|a course of) ?{_H_EPISODE}{E}"),
    # "I broke my leg", "she hurt her back"
    (("broke", "broken", "fractured", "injured", "hurt", "sprained", "dislocated", "tore", "torn",
      "damaged"),
     rf"{PERSON_S}{AUX} {_H_INJURE} (?:my|his|her|their|both) (?:left |right |lower )?(?:leg|legs|arm|"
     r"arms|hip|wrist|ankle|back|neck|foot|feet|pelvis|shoulder|knee|knees|collarbone|ribs?|spine|"
     r"skull|acl|cruciate|hamstring|achilles)" + E),
    # "hope the chemo isn't too rough": these treatments are only ever a person's
    (("chemo", "chemotherapy", "radiotherapy", "dialysis", "ivf"),
     rf"{B}(?:the|this|that|more|another|next|last|first|second|third) (?:round of |course of |cycle of "
     r"|session of )?(?:chemo|chemotherapy|radiotherapy|dialysis|ivf)" + E
     + r"(?! (?:unit|units|ward|wards|centre|center|clinic|clinics|machine|machines|department|nurse|"
     r"nurses|team|charity|charities|patients|suite|bay|chair|chairs|room)\b)"),
    # "living with type 1", "we lost twins at 20 weeks"
    (("type",),
     rf"{PERSON_S}{AUX} (?:living with|diagnosed with|have|has|had|got|with) type (?:1|2|one|two|i|ii)"
     r"(?: diabetes)?(?=\s*[.,;!?]|\s*$|\s(?:since|for|and|but|so|diabetes|diabetic)\b)"),
    (("baby", "babies", "twins", "triplets", "pregnancy", "pregnancies", "weeks"),
     rf"{PERSON_S}{AUX} lost (?:a |the |our |my |her )?(?:baby|babies|twins|triplets|pregnancy|"
     rf"pregnancies){E}|{B}lost (?:{TAG}|twins|triplets|a baby|the baby) at \d+ weeks"),
    # "had a breakdown two years ago" (not on the motorway)
    (("breakdown",),
     rf"{PERSON_S}{AUX} (?:had|have|having|suffered|went through) a (?:nervous |mental |complete |"
     r"total |full )?breakdown(?! (?:on|of|in the (?:car|van)|at the|during the|near|outside|"
     r"cover|service|recovery|truck)\b)" + E),
    # "I'm on the waiting list for a new hip"
    (("waiting",),
     rf"{PERSON_S}{BE} on (?:the|a) (?:nhs |hospital )?waiting list for (?:(?:a|an|my|new|another|"
     r"major|minor) ){0,5}(?:hip|knee|kidney|liver|heart|lung|cornea|transplant|operation|surgery|op|"
     r"scan|mri|treatment|ivf|assessment|diagnosis|therapy|counselling|hysterectomy|mastectomy)" + E),
    # "hope your chemo goes well" (a message to a friend)
    (("chemo", "chemotherapy", "radiotherapy", "dialysis", "ivf", "mastectomy", "transplant",
      "miscarriage", "cancer", "illness", "diagnosis"),
     rf"{B}your (?:{_COND_ADJ} ){{0,5}}(?:chemo|chemotherapy|radiotherapy|dialysis|ivf|mastectomy|"
     r"transplant|miscarriage|cancer|illness|diagnosis)" + E),
    # "I lost my dad to cancer"
    (_COND_BARE_WORDS, rf"{B}lost {SOMEONE} to (?:{_COND_ADJ} ){{0,5}}{_COND_BARE}{E}"),
    # "Breast cancer survivor, five years clear", "chronic migraines here", "a fellow diabetic"
    ((*_H_AS_WORDS, *_COND_BARE_WORDS, *_bare(t.TREATMENTS), *t.HEALTH_STATES),
     _label(rf"(?:{_H_AS}|(?:{_COND_ADJ} ){{0,3}}(?:{_COND_BARE}|{_TREAT_BARE}) {_H_ROLE}|{_H_STATES}){E}")),
    (_COND_BARE_WORDS, _here(rf"(?:{_COND_ADJ} ){{0,3}}{_COND_BARE}{E}")),
    ((*_H_AS_WORDS, *_COND_BARE_WORDS, *_bare(t.TREATMENTS), "sufferer", "sufferers", "patient", "patients"),
     _fellow(rf"(?:{_H_AS}|(?:{_COND_BARE}|{_TREAT_BARE}) {_H_ROLE}|sufferers?|patients?){E}")),
    # "Crohn's flare-ups mean I work from home", "Long COVID has kept me off work"
    (_H_SUBJECT_WORDS,
     rf"(?:^|(?<=[.!;:(])) (?:(?:my|his|her|the|{_COND_ADJ}) ){{0,3}}{_H_SUBJECT}(?: (?:flare-ups?|flares?|"
     r"symptoms|attacks?|episodes?|pain|fatigue|treatment|appointments?))? (?:\w+ )?(?:means?|meant|"
     r"keeps?|kept|leaves?|left|makes?|made|forces?|forced|stops?|stopped|puts?|stole|took|takes|has|had|"
     r"have|wiped|confines?|confined|limits?|limited)(?: \w+)? (?:me|him|her|us|them|my|his|our|i|we|he|she)" + E),
    # "my knees are shot from arthritis", "my lungs are bad with COPD"
    (_COND_BARE_WORDS,
     rf"{POSS} (?:knees?|back|hips?|hands?|joints|lungs|heart|eyes|eyesight|legs?|feet|body|immune "
     r"system|health|memory|balance|mobility|kidneys?|liver|skin|gut|stomach|chest|brain)(?: [a-z']+){0,4}? "
     rf"(?:from|with|because of|due to|thanks to|after|since) (?:(?:my|his|her|the|{_COND_ADJ}) ){{0,3}}"
     rf"{_COND_BARE}{E}"),
    # "since I lost my sight", "she's losing her hearing"
    (("lost", "losing", "lose", "loses"),
     rf"{PERSON_S}{AUX} (?:lost|losing|lose|loses) (?:the use of )?(?:my|his|her|their|both) (?:sight|eyesight|"
     r"vision|hearing|sense of (?:smell|taste)|leg|legs|arm|arms|foot|mobility|speech|kidney|kidneys)" + E),
    # "I suffer with my nerves", "he struggles with his breathing", "I'm a type 1"
    (("suffer", "suffers", "suffered", "suffering", "struggle", "struggles", "struggled", "struggling"),
     rf"{PERSON_S}{AUX} (?:suffer(?:s|ed|ing)?|struggl(?:e|es|ed|ing)) (?:badly |terribly |a lot )?(?:from|with) "
     r"(?:my|his|her|their) (?:nerves|back|knees?|joints|chest|lungs|heart|mental health|health|legs|hips?|eyes|"
     r"eyesight|hearing|breathing|mobility|memory|mood|moods|weight|bladder|bowels|skin|sleep)" + E),
    (("type",),
     rf"{PERSON_S}{BE} (?:a |an )?type (?:1|2|one|two)(?: diabetic)?(?={END}|\s(?:and|so|but|with|since|myself|"
     r"too|here)\b)"),
    # "I'm 30 weeks along", "she's six months pregnant"
    (("along", "pregnant", "gone"),
     rf"{PERSON_S}{BE} (?:\d+|[a-z]+|a few|several) (?:and a half )?(?:weeks?|months?) (?:along|pregnant|gone)" + E),
]

# --- religion and belief -------------------------------------------------------------------

_FAITH = _alt(t.FAITHS, plural=True)
_FAITH_ADJ = _alt(t.FAITH_ADJECTIVES)
_RELIGIONS = _alt(t.RELIGIONS)
_NOT_FAITH_TAIL = (
    r"(?!'| (?:about|with|when|towards|regarding|as|company|business|school|charity|organisation|"
    r"organization|brand|firm|college|university|website|bookshop|radio|station|channel|band|"
    r"rock|music|camp|festival|tastes?|hospital|clinic|publisher|press)\b)"
)
_GOD = r"(?:god|gods|a god|allah|jesus|christ|the lord|a higher power|jehovah|buddha|krishna)"
_WORSHIP = _alt(t.WORSHIP_PLACES, exclude=("services", "worship", "prayers", "mass", "the church"))
_R_SERVICE = (
    rf"(?:{_WORSHIP}|mass|services|worship|friday prayers|evensong|vespers|liturgy|communion|"
    r"the eucharist)"
)
_R_RITE = (
    r"(?:baptised|baptized|christened|ordained|bar mitzvahed|bat mitzvahed|confirmed in the church|"
    r"saved by (?:jesus|christ|grace)|born again)"
)
_R_OWN = (
    r"(?:religion|religious (?:beliefs?|views|faith|background|upbringing|community|practice|"
    r"practices|leader|duties|obligations|identity)|faith(?! in (?!god|jesus|christ|allah|the lord|"
    rf"jehovah))|{_WORSHIP}(?! of)|{_alt(t.CLERGY, exclude=('minister', 'elder', 'guru', 'confessor'))}|"
    r"prayer (?:mat|group|beads)|quran|koran|torah|rosary|hijab|turban|kippah|yarmulke|"
    r"(?:bar|bat|b'nai) mitzvah|christening|baptism|first communion|hajj|umrah|"
    r"spiritual (?:leader|adviser|advisor|practice|beliefs|path))"
)
_R_CREED = (
    rf"(?:{_GOD}|an afterlife|the afterlife|heaven|reincarnation|the resurrection|the holy spirit|"
    r"the trinity|religion|organi[sz]ed religion|the bible|the quran|the koran|the torah|the prophet|"
    r"the gospel)"
)
_R_DEITY = r"(?:jesus|christ|allah|the lord|god|krishna|buddha)"
# "the church hall sale" is a place in the village, not worship.
_NOT_BUILDING = (
    r"(?! (?:hall|halls|roof|fete|fair|sale|bazaar|car park|yard|grounds|building|tower|spire|"
    r"jumble|shop|cafe|garden|gardens|lawn|steps|wall|bells?)\b)"
)
_R_OWN_WORDS = (
    *t.WORSHIP_PLACES, *t.CLERGY, "religion", "religious", "faith", "prayer", "quran", "koran",
    "torah", "rosary", "hijab", "turban", "kippah", "yarmulke", "mitzvah", "christening", "baptism",
    "communion", "hajj", "umrah", "spiritual",
)
_R_CREED_WORDS = (
    "god", "gods", "allah", "jesus", "christ", "lord", "higher", "afterlife", "heaven",
    "reincarnation", "resurrection", "spirit", "trinity", "religion", "organised", "organized",
    "bible", "quran", "koran", "torah", "prophet", "gospel", "jehovah", "buddha", "krishna",
)

RELIGION_RULES: list[Rule] = [
    # "I'm a devout Catholic", "we're Jewish", "my husband is Shia", "as a Sikh"
    (t.FAITHS, rf"{PERSON_NOT_THEY}{BE} (?:(?:a|an|the|{_FAITH_ADJ}) ){{0,5}}{_FAITH}{EH}{_NOT_FAITH_TAIL}"),
    (t.FAITHS, rf"{AS_OR_BEING} (?:(?:a|an|the|{_FAITH_ADJ}) ){{0,5}}{_FAITH}{EH}{_NOT_FAITH_TAIL}"),
    (t.FAITHS, _here(rf"(?:(?:{_FAITH_ADJ}) ){{0,5}}{_FAITH}{EH}{_NOT_FAITH_TAIL}")),
    ((*t.FAITHS, *t.FAITH_ADJECTIVES, *t.HOLY_DAYS),
     _like_me(rf"(?:(?:{_FAITH_ADJ}) ){{0,3}}(?:{_FAITH}|observant|practising|practicing|devout)")),
    (t.FAITHS,
     rf"{PERSON_S}{AUX} (?:training|studying|preparing|hoping|going|want|wants|wanted|plan|plans|"
     rf"planning|called|ordained) to (?:be|become) (?:a|an) (?:{_FAITH_ADJ} )?{_FAITH}{EH}"),
    (("believer", "believers"),
     rf"{PERSON_NOT_THEY}{BE} (?:(?:a|an|true|firm|real|big) ){{0,5}}(?:believer|believers){E}"
     rf"(?={END}|\s(?:and|but|so|myself)\b|\sin {_GOD})"),
    # "my son converted to Buddhism", "I was raised Muslim", "I was baptised"
    (t.FAITHS + t.RELIGIONS,
     rf"{PERSON_S}{AUX} (?:converted|convert|converting|converts|reverted|raised|brought up|grew up|"
     r"growing up|born|initiated|received) (?:(?:to|into|as|in|within) )?(?:(?:a|an|the|"
     rf"{_FAITH_ADJ}) ){{0,5}}(?:{_FAITH}|{_RELIGIONS}){EH}{_NOT_FAITH_TAIL}"),
    (("baptised", "baptized", "christened", "ordained", "mitzvahed", "confirmed", "jesus", "christ",
      "grace", "born"),
     rf"{PERSON_S}{PASSIVE} {_R_RITE}"),
    # practice: prayer, worship, holy days, food, dress
    (("pray", "prays", "prayed", "praying"),
     rf"{PERSON_S}{AUX} (?:pray|prays|prayed|praying){E}(?! (?:that|the|it|this|we|you|they|he|she|"
     r"for (?:good |sunny |fine |dry |clear |some |more |less |no |a )?(?:weather|sun|sunshine|"
     r"sunny|rain|clouds?|luck|a miracle|the best)))"),
    ((*t.WORSHIP_PLACES, "mass", "services", "worship", "prayers", "evensong", "vespers", "liturgy",
      "communion", "eucharist"),
     rf"{PERSON_S}{AUX} (?:go|goes|went|going|gone|attend|attends|attended|attending|walk|walks|"
     r"walked|head|heads|headed|heading|drive|drives|drove|cycle|cycles|pop|pops|popped|nip|nips|"
     r"rush|rushes|hurry|come|comes|came|get|gets|make it|made it|take the kids|took the kids|"
     r"bring the kids|return|returned|still go|used to go)(?: (?:back|along|over|down|up|off|out))? "
     r"(?:to )?(?:(?:the|a|our|my|their|his|her|local|every|each|weekly|daily|sunday|friday|"
     rf"{_FAITH_ADJ}|{_FAITH}) ){{0,5}}{_R_SERVICE}(?! of){E}{_NOT_BUILDING}"),
    (t.HOLY_DAYS,
     rf"{PERSON_S}{AUX} (?:fast|fasts|fasted|fasting|observe|observes|observed|observing|celebrate|"
     r"celebrates|celebrated|celebrating|keep|keeps|kept|keeping|mark|marks|marked) "
     rf"(?:(?:for|during|on|over|at|the|our|my|their) ){{0,5}}{_alt(t.HOLY_DAYS)}{E}"
     r"(?! with (?:a |an |our |\d+%? )?(?:\w+ )?(?:sale|offer|discount|deal|deals|promotion|giveaway))"),
    (("prayers", "mecca", "makkah", "qibla"),
     rf"{PERSON_S}{AUX} (?:say|says|said|saying|do|does|did|doing|offer|offers|offered|recite|recites) "
     r"(?:my|our|his|her|their|the|a) (?:daily |evening |morning |night |nightly |bedtime |friday )?"
     r"(?:prayers|prayer|namaz|salah|salat)" + E + r"|\b(?:towards?|facing) (?:mecca|makkah|the qibla)\b"),
    (("fast", "fasts", "fasting"),
     rf"{PERSON_S}{AUX} (?:break|breaks|broke|breaking|open|opens|opened|opening) (?:our|my|the|their|"
     r"his|her) (?:ramadan )?fasts?" + E),
    (("kosher", "halal"),
     rf"{PERSON_S}{AUX} (?:keep|keeps|kept|keeping|eat|eats|ate|eating) (?:only |strictly )?(?:kosher|halal){E}|"
     rf"{PERSON_S}{AUX} (?:keep|keeps|kept|keeping|run|runs|have|has|had) a (?:strictly |fully )?(?:kosher|halal) "
     rf"(?:home|kitchen|house|household){E}|{POSS_ALL} (?:kitchen|home|house|household|food|diet|meals?|cooking) "
     r"(?:is|are|was|has always been|stays?|must be) (?:strictly |fully |completely |always )?(?:kosher|halal)" + E),
    (t.RELIGIOUS_GARB,
     rf"{PERSON_S}{AUX} (?:wear|wears|wore|wearing|worn) (?:a |an |the |my |her |his |our |their )?"
     rf"{_alt(t.RELIGIOUS_GARB)}{E}"),
    (("church", "mass", "mosque", "synagogue", "temple", "chapel", "shul", "gurdwara", "mandir",
      "services", "prayers"),
     rf"{PERSON_S}{AUX} [a-z]+(?: [a-z]+)? (?:at|after|before|from|to|in) (?:church|mass|mosque|"
     r"synagogue|temple|chapel|shul|gurdwara|mandir|friday prayers|sunday services?)(?! of)" + E
     + _NOT_BUILDING),
    (("bible", "quran", "koran", "torah", "scriptures", "scripture", "psalms", "gita", "granth"),
     rf"{PERSON_S}{AUX} (?:read|reads|reading|study|studies|studying|recite|recites|reciting|"
     r"memorised|memorized|quote|quotes) (?:the |my |our |from the )?(?:holy )?(?:bible|quran|"
     r"koran|torah|scriptures?|psalms|bhagavad gita|gita|guru granth sahib|granth)" + E),
    # "my religion", "our synagogue", "my faith in God", "my daughter's bat mitzvah"
    (_R_OWN_WORDS,
     rf"(?<! is )(?<! was )(?<!'s ){POSS_ALL}(?! local {_FAITH_ADJ} [a-z]+ (?:got|has|had|is|was)\b)"
     rf" (?:(?:own|local|new|old|home|parish|{_FAITH_ADJ}|{_FAITH}) ){{0,5}}"
     rf"{_R_OWN}{E}"
     r"(?! (?:council|councils|councillor|councilor|newsletter|magazine|boundary|boundaries|hall|halls|rooms?|"
     r"centre|center|car park)\b)"),
    # "I don't believe in God", "we believe in reincarnation", "Jesus is my saviour"
    (_R_CREED_WORDS, rf"{PERSON_S}{AUX} (?:believe|believes|believed|believing) in {_R_CREED}{E}"),
    (("lord", "saviour", "savior", "shepherd", "rock"), rf"{B}{_R_DEITY} is my (?:lord|saviour|savior|shepherd|rock)"),
    (("jesus", "christ", "allah", "lord", "god", "krishna", "buddha"),
     rf"{PERSON_S}{AUX} (?:accepted|found|gave my life to|follow|follows|worship|worships|serve|"
     rf"serves) {_R_DEITY}{E}"),
    # "my Jewish grandmother", "our Catholic neighbours"
    (t.FAITHS, rf"{B}(?:my|our|his|her|their|{_YOUR}) {_FAITH} {REL}{E}"),
    (("vegan", "vegans", "vegetarian", "vegetarians", "philosophical", "ethical", "moral"),
     rf"{PERSON_S}{BE} (?:a |an )?(?:strict |committed |lifelong )?(?:vegan|vegetarian|pescatarian)s? (?:for|out of) "
     r"(?:ethical|moral|religious|spiritual|philosophical) (?:reasons|conviction|convictions|beliefs?)" + E
     + rf"|{POSS_ALL} (?:philosophical|spiritual) (?:beliefs?|convictions?|worldview){E}"),
    (t.FAITHS,
     rf"{POSS_ALL} (?:(?:{_FAITH_ADJ}) ){{0,3}}{_FAITH} (?:practice|path|upbringing|background|community|identity|"
     r"values|traditions?|beliefs?|roots|heritage|teachings|studies|devotions|observance)" + E),
    # "I follow Shinto", "he follows a Sufi order", "we practise Buddhism"
    ((*t.FAITHS, *t.RELIGIONS),
     rf"{PERSON_S}{AUX} (?:follow|follows|followed|following|practise|practises|practised|practising|"
     r"practice|practices|practiced|practicing|embrace|embraced|adhere to|adheres to|adhered to) "
     rf"(?:(?:a|an|the) )?(?:(?:{_FAITH_ADJ}) ){{0,3}}(?:{_RELIGIONS}{E}|{_FAITH} (?:order|path|tradition|"
     r"teachings|way|lineage|rites|practices|customs|laws?)" + E + ")"),
    # "I left the Jehovah's Witnesses", "she lost her faith", "Amish-raised"
    ((*t.FAITHS, *t.RELIGIONS, "faith", "church"),
     rf"{PERSON_S}{AUX} (?:left|quit|leaving|walked away from|broke with|renounced|was excommunicated from|"
     r"was disfellowshipped from|lost (?:my|his|her|our) faith in) (?:the )?"
     rf"(?:{_RELIGIONS}{E}{_NOT_BUILDING}|{_FAITH}s?{EH}"
     rf"{_NOT_FAITH_TAIL}|faith{E}|church{E}{_NOT_BUILDING})"),
    (("faith",), rf"{PERSON_S}{AUX} (?:lost|found|keep|kept|practise|practice) (?:my|his|her|our|their) faith{E}"
     r"(?! in (?!god|jesus|christ|allah|the lord|jehovah))"),
    (t.FAITHS, rf"{B}{_FAITH}[ -](?:raised|born|bred)(?: and (?:raised|bred))?{E}"),
    # "I spent three years as a novice at a Buddhist monastery"
    (("novice", "monk", "nun", "postulant", "seminarian", "ordinand", "friar", "monastery", "convent",
      "abbey", "seminary", "nunnery"),
     rf"(?:{AS_OR_BEING}|{PERSON_S}{BE}) (?:a|an) (?:{_FAITH} )?(?:novice|monk|nun|postulant|seminarian|"
     r"ordinand|friar|novice monk|novice nun)s? (?:at|in|with|of) (?:a|an|the) (?:[a-z]+ ){0,2}?"
     r"(?:monastery|convent|abbey|priory|seminary|temple|order|nunnery|ashram|vihara)" + E),
    # "Devout Catholic, mother of four", "Quaker here", "a fellow believer"
    (t.FAITHS,
     _label(rf"(?!christian\b(?! [a-z]))(?:{_alt(t.DEMONYMS)} )?(?:(?:{_FAITH_ADJ}) ){{0,3}}{_FAITH}{EH}"
            rf"(?: {_LABEL_NOUN}){{0,2}}{_AT_PLACE}")),
    (t.FAITHS,
     rf"{POSS_ALL} {_FAITH}(?: church| chapel| temple| mosque| synagogue| congregation)? (?:mates|friends|"
     r"crew|lot|pals|buddies|crowd|brothers and sisters|sisters|brothers|community|congregation)" + E),
    ((*t.FAITHS, "believer", "believers", "worshippers"),
     _fellow(rf"(?:{_FAITH}{EH}{_NOT_FAITH_TAIL}|believers?{E}|worshippers{E})")),
]

# --- race and ethnic origin ----------------------------------------------------------------

_ETH_STRICT = _alt(t.ETHNIC_GROUPS, exclude=t.AMBIGUOUS_ETHNIC)
_ETH_AMBIG = _alt(t.AMBIGUOUS_ETHNIC)
_ORIGIN_STRICT = _alt(
    [*t.DEMONYMS, *(w for w in t.ETHNIC_GROUPS if w not in t.AMBIGUOUS_ETHNIC)]
)
# "I'm British" reads as nationality; "I'm half English", "second-generation British" as origin.
_ORIGIN_NOT_WEAK = _alt(
    [*(w for w in t.DEMONYMS if w not in t.WEAK_DEMONYMS),
     *(w for w in t.ETHNIC_GROUPS if w not in t.AMBIGUOUS_ETHNIC)]
)  # fmt: skip
_WEAK = _alt(t.WEAK_DEMONYMS)
_FRACTION = (
    r"(?:half|quarter|a quarter|one quarter|three quarters|one-quarter|an eighth|one eighth|part|"
    r"partly|mixed|first-generation|second-generation|third-generation|first generation|"
    r"second generation|third generation|ethnically|racially|british-born|american-born|"
    r"foreign-born|native-born|full-blooded|full blooded|pure-blooded|half-blooded|by blood|"
    r"by birth|biologically|genetically)"
)
_ANY_ORIGIN = _alt([*t.DEMONYMS, *t.ETHNIC_GROUPS, *t.AMBIGUOUS_ETHNIC])
_COUNTRY = _alt(t.COUNTRIES)
_ORIGIN_WORDS = t.ETHNIC_GROUPS + t.DEMONYMS + t.AMBIGUOUS_ETHNIC
_ORIGIN_ADJ = (
    r"(?:the only|the first|the one|one of the few|one of the only|the sole|one of two|one of three|"
    r"full-blooded|full blooded|pure-blooded|half-blooded|mixed-blood|full-blood|pure|half|quarter|"
    r"a quarter|one quarter|three quarters|one-quarter|an eighth|one eighth|part|partly|mostly|"
    r"mixed|first-generation|second-generation|third-generation|first generation|second generation|"
    r"third generation|proud|proudly|proper|born|full|fully|100%|100 percent|ethnically|racially|"
    r"originally|also|actually|both|all|british-born|american-born|foreign-born|native-born|"
    r"biologically|genetically|by blood|by birth)"
)
_HYPHEN_OK = (
    r"(?!-(?:made|built|owned|based|designed|manufactured|style|sourced|speaking|registered|"
    r"certified|led|run|labelling|labeling|label|labelled|frame|framed|collar|belt|tiled|themed))"
    r"(?:-[a-z]+)?(?![a-z0-9_-])"
)
_NOT_ORIGIN = rf"(?! {_alt(t.NOT_ORIGIN_NOUNS)}{E})"
_PERSONISH = (
    rf"(?={END}|\s(?:and|but|so|too|myself|ourselves|as well|{_alt(t.PERSON_NOUNS)}|{_ORIGIN_STRICT})"
    rf"{E})"
)
_ORIGIN_TERM = rf"(?:{_ORIGIN_NOT_WEAK}{_HYPHEN_OK}{_NOT_ORIGIN}|{_ETH_AMBIG}{EH}{_PERSONISH})"
_ORIGIN_PHRASE = (
    rf"(?:(?:(?:a|an|{_ORIGIN_ADJ}) ){{0,5}}{_ORIGIN_TERM}|(?:(?:a|an) )?{_FRACTION} "
    rf"(?:(?:a|an|{_ORIGIN_ADJ}) ){{0,5}}{_WEAK}{_HYPHEN_OK}{_NOT_ORIGIN})"
)
_ORIGIN_NOUNS = (
    r"(?:descent|heritage|origin|origins|ancestry|extraction|background|roots|blood|stock|"
    r"parentage|lineage|ethnicity|side)"
)
_E_OWN = (
    r"(?:ethnicity|ethnic (?:origin|background|group|identity|heritage)|racial (?:background|"
    r"identity|heritage|origin|group)|skin colou?r|race(?=\s*(?:is|was|:))|ethnic makeup|"
    r"ancestry(?=\s*(?:is|was|:)))"
)
_E_CAME_FROM = (
    r"(?:(?:is|are|was|were|am) (?:originally |all |both )?from|comes? from|came (?:over |here )?from|"
    r"emigrated from|immigrated from|migrated from|fled|escaped|moved (?:here|over) from|"
    r"was born in|were born in|born in|born and raised in|grew up in|have roots in|has roots in|"
    r"roots are in|hails? from|hailed from)"
)

RACE_RULES: list[Rule] = [
    # "Mestizo from Cusco living in Toronto", "Haida carver on Haida Gwaii", "Sami reindeer herder's daughter."
    (_ORIGIN_WORDS,
     rf"{_LABEL_AT} (?:(?:{_HERE_ADJ}|{_ORIGIN_ADJ}) ){{0,3}}(?:{_ANY_ORIGIN}[ -])?{_ETH_STRICT}"
     rf"(?:(?: [a-z]+)? (?:{_LABEL_NOUN}|{TAG}|[a-z]{{3,}}(?:er|or|ist))(?:'s {REL})?)?{E}{_AT_PLACE}"
     r"(?=,? (?:from|born|living|raised|based|out of)\b|\s*(?:[.,;:!?|(]|$))"),
    # "I'm half Nigerian", "my wife is Filipina", "we're a Latino household", "as a Black woman"
    (_ORIGIN_WORDS, rf"{PERSON_NOT_THEY}{BE} (?:of )?{_ORIGIN_PHRASE}"),
    (_ORIGIN_WORDS, rf"{AS_OR_BEING} (?:of )?{_ORIGIN_PHRASE}"),
    (t.AMBIGUOUS_ETHNIC,
     rf"(?:^|(?<=[.!;:,(])) being {_ETH_AMBIG}{EH}(?=\s*[,;]|\s(?:and|myself|here|around|among)\b|\s(?:on|in|at) "
     r"(?:a|an|this|the|my|our) (?:[a-z]+ )?(?:street|road|estate|country|town|city|industry|field|team|world|"
     r"society|neighbou?rhood|community|area|place|school|office|trade|sector|profession|company|workplace|"
     r"village|board|site|crew)\b)"),
    (_ORIGIN_WORDS, _here(_ORIGIN_PHRASE)),
    # "I'm of Korean descent", "I have Irish roots", "as a woman of Somali heritage"
    (_ORIGIN_WORDS,
     rf"{PERSON_NOT_THEY}{AUX}(?: (?:a|an)(?: [a-z-]+){{1,3}}?(?= of ))? (?:of|with|have|has|had|got) "
     rf"(?:(?:a|an|mixed|{_ORIGIN_ADJ}) ){{0,5}}"
     rf"{_ANY_ORIGIN}(?:(?:,| and| or| &|/) {_ANY_ORIGIN})*[ -]{_ORIGIN_NOUNS}{E}"),
    (_ORIGIN_WORDS,
     rf"{AS_OR_BEING} (?:a |an )?(?:person|woman|man|someone|child|family) of "
     rf"(?:(?:mixed|{_ORIGIN_ADJ}) ){{0,5}}{_ANY_ORIGIN}[ -]{_ORIGIN_NOUNS}{E}"),
    # "my Irish roots", "my Polish grandmother", "my mum's Jamaican side"
    (_ORIGIN_WORDS,
     rf"(?!(?:our|their) [a-z-]+ (?:partners|colleagues)){POSS_ALL} {_ORIGIN_STRICT}[ -](?:{_ORIGIN_NOUNS}|{REL}){E}"),
    (t.AMBIGUOUS_ETHNIC, rf"{POSS_ALL} {_ETH_AMBIG} {REL}{E}"),
    # "my ethnicity is …", "my racial background is mixed", "my heritage is Ghanaian"
    (("ethnicity", "ethnic", "racial", "skin", "race", "ancestry"), rf"{POSS_ALL} {_E_OWN}{E}"),
    (_ORIGIN_WORDS,
     rf"{POSS_ALL} (?:heritage|ancestry|descent|roots|background|origins|family|parents|blood|dna)"
     rf"(?: \w+)? (?:is|are|was|were|comes? from|goes back to|traces? back to) (?:(?:a|an|mostly|"
     rf"all|entirely|mixed|{_ORIGIN_ADJ}) ){{0,5}}{_ANY_ORIGIN}{EH}{_NOT_ORIGIN}"),
    # "coming from a Romany Gypsy background"
    (_ORIGIN_WORDS,
     rf"{B}(?:coming|come|comes|came|being|am|is|are|was|were|i am|we are) from (?:a|an|the) "
     rf"(?:(?:{_ORIGIN_ADJ}|proud|working-class|traditional|big|large|close-knit) ){{0,5}}{_ANY_ORIGIN}"
     r"(?: [a-z]+)? (?:background|heritage|family|household|community|descent|roots|generation)" + E
     + r"(?! (?:business|company|firm|farm|restaurant|shop|bakery|brand)\b)"),
    # "my mom is from Ghana", "I'm originally from Kenya", "my parents came over from Jamaica"
    (t.COUNTRIES,
     rf"{PERSON_NOT_THEY}{AUX} (?:(?:originally|ethnically|by birth) )?{_E_CAME_FROM} {_COUNTRY}{E}"
     r"(?! (?:to|for|on business|on holiday|last|this|next|yesterday)\b)"),
    (t.COUNTRIES,
     rf"{POSS_ALL} (?:family|parents|ancestors|grandparents|people|roots|heritage) (?:\w+ )?"
     rf"(?:is|are|was|were|come|comes|came|originate|originated) (?:originally |all )?(?:from|in) "
     rf"{_COUNTRY}{E}"),
    (_ORIGIN_WORDS, _like_me(rf"(?:{_ORIGIN_ADJ} )?{_ANY_ORIGIN}")),
    (_ORIGIN_WORDS,
     rf"{AS_OR_BEING} (?:(?:a|an|the) (?:{REL}|child|children|kid|descendant|grandchild)|{TAG}) of "
     rf"{_ANY_ORIGIN}[ -]?(?:immigrants?|refugees?|parents|migrants?|descent|heritage|parentage|origin)" + E),
    # "irish traveller, 4 kids", "Nigerian mum of three here", "Ko Ngati Porou toku iwi"
    (_ORIGIN_WORDS,
     _label(rf"(?:(?:{_ORIGIN_ADJ}) ){{0,3}}(?:{_ANY_ORIGIN}-)?(?:{_ETH_STRICT}{_HYPHEN_OK}|{_ORIGIN_NOT_WEAK}[ -]"
            rf"(?:{_alt(t.PERSON_NOUNS)}|{TAG}){E})(?: (?:{_alt(t.PERSON_NOUNS)}|{TAG}))?"
            rf"(?: of (?:one|two|three|four|five|six|\d+))?{_AT_PLACE}")),
    (("iwi", "hapu", "tribe", "tribal", "nation", "clan", "caste", "mob", "people"),
     rf"{B}(?:toku|taku|{POSS_ALL}) (?:iwi|hapu|tribal (?:nation|affiliation)|caste|mob|clan|tribe|nation|people)"
     rf"(?: (?:is|are|was|were))? (?:(?:the|a|an) )?{_ANY_ORIGIN}{E}|{B}(?:toku|taku|my|our) (?:iwi|hapu){E}"),
    (("whakapapa",), rf"{PERSON_S}{AUX} whakapapa(?: back)? to{E}|{POSS_ALL} whakapapa{E}"),
    (_ORIGIN_WORDS, _fellow(rf"(?:{_ETH_STRICT}{_HYPHEN_OK}|{_ORIGIN_NOT_WEAK}s?{EH})")),
    # "I'm the son of Turkish immigrants"
    (_ORIGIN_WORDS,
     rf"{PERSON_NOT_THEY}{BE} (?:(?:a|an|the) {REL}|{TAG}) of {_ANY_ORIGIN}[ -]?(?:immigrants?|"
     r"refugees?|parents|migrants?|descent|heritage|parentage|origin)" + E),
]

# --- politics ------------------------------------------------------------------------------

_PARTY = _alt(t.PARTIES)
_AMBIG_PARTY = _alt(t.AMBIGUOUS_PARTIES)
_POLITICIAN = _alt(t.POLITICIANS)
_IDEO_STRICT = _alt(t.IDEOLOGIES, exclude=(*t.IDEOLOGIES_AMBIGUOUS, "green", "red", "independent"))
_IDEO_AMBIG = _alt(t.IDEOLOGIES_AMBIGUOUS, exclude=("independent", "left", "right", "green", "red"))
_POL_ADJ = _alt(t.POLITICAL_ADJECTIVES)
_POL_ROLE = _alt(t.POLITICAL_ROLES)
_AMBIG_TAIL = (
    r"(?=\s*(?:[.,;:!?)]|$)|\s(?:party|parties|candidate|again|every|each|all|at|in|since|last|this|"
    r"next|like|because|and|but|so|when|as|for|twice|too|voters?|ticket|list|mp|councillor|"
    r"government|though|until|ever|or|either|myself|ourselves|at heart|through and through|"
    r"who|whenever|by|without|no matter|till|man|woman|guy|person|mum|mom|dad|family|household|after|"
    r"over|unless|ever|again|while|even|if|anymore|any more|these|those|either|nor|"
    r"politically|now|these days|all my life|i|we|my|our)\b)"
)
_IDEO_TAIL = (
    r"(?=\s*(?:[.,;:!?)]|$)|\s(?:and|but|so|who|myself|ourselves|at heart|through and through|"
    r"politically|voter|voters|supporter|supporters|man|woman|guy|person|mum|mom|dad|family|"
    r"household|these days|now|all my life|since|too|i|we)\b)"
)
_LOYALTY = (
    r"(?:all the way|through and through|for life|till i die|until i die|forever|every time|always|"
    r"born and bred|to the core|since forever)"
)
_SUPPORTABLE_WORDS = (
    "labour", "labor", "the greens", "greens", "democrats", "the democrats", "republicans",
     "the republicans", "conservatives", "the conservatives", "the tories", "tories",
     "the liberals", "the socialists", "the communists", "the nationalists",
     "the liberal democrats", "the lib dems", "the nationals", "reform",
)  # fmt: skip
_SUPPORTABLE = _alt(_SUPPORTABLE_WORDS)
_POL_NAMED_WORDS = t.PARTIES + t.POLITICIANS + _SUPPORTABLE_WORDS + ("liberals", "socialists")
_POL_ANY_WORDS = t.IDEOLOGIES + t.PARTIES + t.AMBIGUOUS_PARTIES + t.POLITICIANS
_POL_THINK = (
    rf"(?:{_PARTY}|{_POLITICIAN}|labour|tories|democrats|republicans|conservatives|liberals|socialists|"
    r"greens|the greens)"
)

_CAUSE = _alt(t.POLITICAL_CAUSES)
_PARTY_UNIT = rf"(?:{_PARTY}|{_alt(t.PARTY_UNIT_NAMES)})(?: party)? {_alt(t.PARTY_UNITS)}"
_CAMPAIGN = (
    r"(?:leaflet(?:s|ed|ing)|canvass(?:es|ed|ing)|campaign(?:ed|ing)|door-?knock(?:ed|ing)|"
    r"phone-?bank(?:ed|ing)|volunteer(?:ed|ing)|deliver(?:ed|ing) leaflets|stuff(?:ed|ing) envelopes|"
    r"knock(?:ed|ing) (?:on )?doors|fundrais(?:ed|ing)|organi[sz](?:ed|ing)|stood|standing|ran|running)"
)

POLITICS_RULES: list[Rule] = [
    # "I vote Labour", "I voted for Bernie", "I'll be voting for the Greens again"
    (("vote", "votes", "voted", "voting"),
     rf"{PERSON_S}{AUX} (?:vote|votes|voted|voting) (?:(?:for|for the|the|with the) )?"
     rf"(?:{_PARTY}{EH}|{_POLITICIAN}{E}|{_AMBIG_PARTY}{EH}{_AMBIG_TAIL}|{_IDEO_STRICT}{EH})"),
    # "I support the SPD", "I campaigned for the SNP", "I joined the Labour Party", "I admire Macron"
    (_POL_NAMED_WORDS,
     rf"{PERSON_S}{AUX} (?:support|supports|supported|supporting|back|backs|backed|backing|join|joins|"
     r"(?:an? )?(?:activist|organi[sz]er|volunteer|campaigner|canvasser|councillor|candidate|officer|"
     r"agent|staffer) (?:with|for|in|of)|"
     r"joined|joining|rejoined|campaign(?:s|ed|ing)? for|canvass(?:es|ed|ing)? for|"
     r"volunteer(?:s|ed|ing)? for|leaflet(?:s|ed|ing)? for|door-?knock(?:s|ed|ing)? for|"
     r"donate(?:s|d)? to|donating to|work(?:s|ed|ing)? for|st(?:an|oo)d(?:ing)? for|ran for|"
     rf"running for|belong(?:s|ed)? to|(?:an? )?(?:{_POL_ADJ} ){{0,5}}members? of|"
     r"active in|loyal to|(?:a )?(?:big |huge )?fans? of|left|quit|love|loves|hate|hates|despise|"
     r"like|likes|admire|admires|trust|trusts|adore|adores|detest|detests|loathe|loathes|respect|"
     r"respects|can not stand|cannot stand) "
     rf"(?:the )?(?:{_PARTY}{EH}|{_POLITICIAN}(?:'s)?{E}|{_SUPPORTABLE}{EH}{_AMBIG_TAIL})"),
    # "I'm a socialist", "my dad is a staunch Democrat", "we're all Lib Dems", "as a progressive"
    (_POL_ANY_WORDS,
     rf"{PERSON}{BE} (?:(?:a|an|the|{_POL_ADJ}) ){{0,5}}(?:{_IDEO_STRICT}{EH}|{_IDEO_AMBIG}{EH}{_IDEO_TAIL}|"
     rf"(?:{_PARTY}|{_AMBIG_PARTY}|{_POLITICIAN})(?:'s)? {_POL_ROLE}{E})"),
    (_POL_ANY_WORDS,
     rf"{AS_OR_BEING} (?:(?:a|an|the|{_POL_ADJ}) ){{0,5}}(?:{_IDEO_STRICT}{EH}|{_IDEO_AMBIG}{EH}"
     rf"(?={END}|\s(?:i|we|myself|voter|supporter|person|woman|man)\b)|"
     rf"(?:{_PARTY}|{_AMBIG_PARTY}|{_POLITICIAN})(?:'s)? {_POL_ROLE}{E}|"
     rf"(?:a |an )?(?:{_POL_ADJ} ){{0,5}}members? of (?:the )?{_PARTY}{EH})"),
    (_POL_ANY_WORDS,
     _here(rf"(?:(?:{_POL_ADJ}) ){{0,5}}(?:{_IDEO_STRICT}{EH}|{_IDEO_AMBIG}{EH}|"
           rf"(?:{_PARTY}|{_AMBIG_PARTY}|{_POLITICIAN})(?:'s)? {_POL_ROLE}{E})")),
    (_POL_ANY_WORDS, _like_me(rf"(?:{_IDEO_STRICT}|(?:{_PARTY}|{_AMBIG_PARTY}|{_POLITICIAN}) {_POL_ROLE})")),
    # "Labour all the way in our house", "Tory through and through"
    ((*t.PARTIES, *_SUPPORTABLE_WORDS, *t.IDEOLOGIES, "tory", "tories"),
     rf"(?:^|(?<=[.!;:,(])) (?:{_PARTY}|{_SUPPORTABLE}|{_IDEO_STRICT}|tory|tories){EH} {_LOYALTY}" + E),
    # "my brother is into that far-right stuff"
    (t.IDEOLOGIES,
     rf"{PERSON}{BE} (?:(?:really|very|heavily|deep|deeply|big|well) )?into (?:that |the |all that |all the )?"
     rf"{_IDEO_STRICT}{EH}"),
    # "I've always been Labour", "we're SNP through and through"
    (t.PARTIES + _SUPPORTABLE_WORDS,
     rf"{PERSON}{BE} (?:{_POL_ADJ} ){{0,5}}(?:{_PARTY}{EH}|{_SUPPORTABLE}{EH}{_AMBIG_TAIL})"),
    # "I think Biden did more for solar than anyone"
    (_POL_NAMED_WORDS,
     rf"{PERSON}{AUX} (?:think|thinks|thought|believe|believes|believed|reckon|reckons|feel|feels|"
     rf"felt|know|knew|say|says|said|trust|trusts) (?:that )?(?:the )?{_POL_THINK}(?:'s)? (?:is|was|"
     r"are|were|did|does|do|has|have|had|will|would|should|could|can|deserves?|really|truly|"
     r"totally|made|saved|ruined|destroyed|got|gets|understands?|cares?)" + E),
    # "Biden … that's why we voted for him"
    (t.PARTIES + t.POLITICIANS,
     rf"(?:{_PARTY}|{_POLITICIAN}){E}[^.!?]{{0,150}}?{PERSON}{AUX} (?:vote|votes|voted|voting|"
     r"support|supports|supported|campaigned|canvassed) (?:for )?(?:him|her|them|it)" + E),
    # "my political views are …", "politically I'm …"
    (("political", "politics"),
     rf"{POSS_ALL} (?:political (?:views|opinions|leanings|beliefs|sympathies|affiliation|allegiance|"
     r"allegiances|persuasion|position|stance|identity|party|home|compass|opinion|view)|"
     r"politics (?:is|are|were|was|lean|leans|have always been))" + E),
    (("politically",), rf"{B}politically,? (?:i|we|he|she|{SOMEONE}){BE}"),
    (("politically",),
     rf"{PERSON}{BE} politically (?!neutral|active|engaged|interested|minded|aware|savvy|homeless)"),
    # "I'm on the left politically", "left-leaning"
    (("left", "right"),
     rf"{PERSON}{BE} (?:(?:very|firmly|solidly|quite|pretty|fairly|somewhat|a bit|more|further|"
     r"always|decidedly|squarely) ){0,5}(?:on the (?:(?:far|hard|radical|extreme) )?(?:left|right)"
     r"(?: politically| wing| of (?:centre|center)|(?=\s*[.,;!?]|\s*$))|(?:far|hard|centre|center) "
     r"(?:left|right)|(?:left|right) politically|(?:left|right) of cent(?:re|er)|"
     r"(?:left|right)[ -]leaning)" + E),
    (("left", "right"),
     rf"{PERSON}{AUX} (?:lean|leans|leaned|leant|leaning|tilt|tilts) (?:to the |towards the )?"
     r"(?:left|right)(?! (?:side|hand|corner|panel|angle|of the))" + E),
    # "I spend most Saturdays leafleting for the SPD": campaigning is done by a person
    (_POL_NAMED_WORDS,
     rf"{B}{_CAMPAIGN} for (?:the )?(?:{_PARTY}{EH}|{_POLITICIAN}{E}|{_SUPPORTABLE}{EH}{_AMBIG_TAIL})"),
    # "my local Labour branch", "sits on the Reform UK branch committee", "my DSA chapter"
    ((*t.PARTIES, *t.PARTY_UNIT_NAMES),
     rf"(?:{POSS_ALL}|{B}(?:of|on|for|with|in|to|at|from) (?:the|our|my|a|his|her|their))(?: (?:local|own|"
     rf"old|ward|town|village|university|college|student|campus)){{0,3}} {_PARTY_UNIT}{E}"),
    # "my brother-in-law went full AfD", "I'm with the Greens now"
    (_POL_ANY_WORDS,
     rf"{PERSON}{AUX} (?:went|gone|going|goes|turned) full (?:on )?(?:{_PARTY}{EH}|{_POLITICIAN}{E}|"
     rf"{_SUPPORTABLE}{EH}|{_IDEO_STRICT}{EH}|{_IDEO_AMBIG}{EH})"),
    (_POL_NAMED_WORDS,
     rf"{PERSON}{BE} (?:now |firmly |solidly |still |all )?with (?:the )?(?:{_PARTY}{EH}|"
     rf"{_SUPPORTABLE}{EH}{_AMBIG_TAIL}|{_POLITICIAN}{E})"),
    # "I marched against Brexit", "I support Scottish independence", "I voted Yes in the referendum"
    (t.POLITICAL_CAUSES,
     rf"{PERSON_S}{AUX} (?:support|supports|supported|supporting|back|backs|backed|oppose|opposes|"
     r"opposed|believe in|believes in|believed in|campaign(?:s|ed|ing)? (?:for|against)|"
     r"(?:march|protest|demonstrat|rall|petition|lobb|fight|fought|stand|stood|vot)[a-z]* (?:for|against)|"
     r"(?:am|is|are|was|were) (?:(?:firmly|strongly|totally|very much|all) )?(?:for|against|pro|anti)|"
     rf"(?:went|go|going) on (?:a |the )?(?:march|marches|demo|demos|protests?) (?:for|against)) "
     rf"{_CAUSE}{E}(?! (?:policy|policies|rules|regulations|tariffs?|deadline|grant|funding)\b)"),
    (("voted", "vote", "voting", "votes"),
     rf"{PERSON_S}{AUX} (?:voted|vote|votes|voting) (?:(?:leave|remain){E}(?! (?:it|them|the|a|on|off)\b)|"
     r"(?:yes|no|leave|remain|out|in|for independence|against independence) (?:in|at|for|on) (?:the )?"
     r"(?:[a-z0-9]+ ){0,3}(?:referendum|indyref|plebiscite|brexit vote|independence vote)" + E + ")"),
    # "Lifelong Labour voter, and …", "Registered Democrat, phone-banked for two elections"
    (_POL_ANY_WORDS,
     _label(rf"(?:(?:{_PARTY}|{_AMBIG_PARTY}|{_POLITICIAN}|{_SUPPORTABLE})(?:'s)? {_POL_ROLE}{E}|"
            rf"{_IDEO_STRICT}{EH}|(?:(?:gen z|gen-z|millennial|boomer|young|teen|student) )?(?<=[a-z] )"
            rf"(?:{_IDEO_AMBIG}|{_AMBIG_PARTY}){EH})")),
    ((*t.PARTIES, *t.PARTY_UNIT_NAMES),
     rf"{POSS_ALL} (?:{_PARTY}|{_alt(t.PARTY_UNIT_NAMES)}) (?:mates|friends|comrades|crew|lot|pals|buddies|"
     r"chums|crowd|lads|gang)" + E),
    ((*t.PARTIES, *t.PARTY_UNIT_NAMES),
     _label(rf"(?:(?:{_POL_ADJ}) ){{0,5}}members? of (?:the )?(?:{_PARTY}{EH}|{_alt(t.PARTY_UNIT_NAMES)} party{E})")),
    (_POL_ANY_WORDS,
     _fellow(rf"(?:{_IDEO_STRICT}{EH}|dems?{E}|(?:{_PARTY}|{_AMBIG_PARTY}|{_POLITICIAN}) {_POL_ROLE}{E}|"
             rf"{_AMBIG_PARTY}{EH}{_AMBIG_TAIL})")),
]

# --- criminal background -------------------------------------------------------------------

_CRIME = _alt(t.CRIMES)
_PLACE = _alt(t.DETENTION_PLACES)
_OFFENDER = _alt(t.OFFENDER_NOUNS)
_NUM = (
    r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|eighteen|"
    r"twenty|thirty|several|a few|many|some|\d+|half a|the best part of)"
)
_SPAN = rf"(?:{_NUM} )?(?:\w+ )?(?:years?|months?|weeks?|days?|nights?|decades?|stretch|stint|spell)"
_CRIME_G = (
    rf"(?:(?:[a-z-]+ ){{1,2}}(?:and|or|&) )?(?:(?:a|an|the|two|three|several|multiple|attempted|"
    rf"aggravated|armed|petty|first-degree|second-degree|serious|minor|repeated|historic) ){{0,5}}{_CRIME}"
)
_CRIME_ADJ = (
    r"(?:ex|former|convicted|reformed|repeat|young|first-time|violent|registered|career|"
    r"known|petty|drug|sex|serial|habitual|released|paroled|juvenile|teenage|proper|real)"
)
_C_LOCKED_WORDS = (
    "arrested", "convicted", "jailed", "imprisoned", "incarcerated", "locked", "sent", "banged",
    "put", "prosecuted", "indicted", "sentenced", "remanded", "extradited", "cautioned", "nicked",
    "busted", "police", "custody", "deported", "charged", "tried", *t.CRIMES,
)
_C_DRUGS = r"(?:drugs|cocaine|heroin|weed|cannabis|crack)"

CRIME_RULES: list[Rule] = [
    # "I was convicted of …", "my son was arrested", "he got locked up"
    (_C_LOCKED_WORDS,
     rf"{PERSON_S}{PASSIVE} (?:arrested(?! by (?!(?:the |two |some |armed |plain-clothes |local )?"
     r"(?:police|cops?|officers?|detectives?|fbi|feds|border|customs|immigration|security|"
     r"transport police|met|gardai|rcmp|troopers?|sheriffs?|deputies|the law)))|convicted|jailed|"
     r"imprisoned|incarcerated|locked up|"
     r"sent to (?:prison|jail|juvie|borstal)|sent down|banged up|put away|put behind bars|"
     r"prosecuted|indicted|sentenced|remanded|extradited|cautioned|nicked for|busted|"
     r"picked up by (?:the )?police|taken into custody|held in custody|deported for|"
     rf"charged (?:with|for|over) {_CRIME_G}|tried for|fined for {_CRIME_G}|done for {_CRIME_G})" + E),
    (("pleaded", "pled", "plead", "pleading"),
     rf"{PERSON_S}{AUX} (?:pleaded|pled|plead|pleading) (?:guilty|no contest)"),
    (("guilty",), rf"{PERSON_S}{PASSIVE} found guilty"),
    # "my dad did time for fraud", "I served three years for burglary"
    (("time", "sentence", "bird", "porridge", "inside", "behind", *t.DETENTION_PLACES, *t.CRIMES),
     rf"{PERSON_S}(?:'s)?{AUX} (?:did|do|does|doing|done|serve|serves|served|serving) (?:(?:a|an|his|"
     r"her|my|their|the) )?(?:time(?=\s*(?:[.,;:!?]|$)|\s(?:for|in|inside|at|back|when|after|before|"
     r"as|and|because|with)\b)|(?:(?:life|long|short|prison|jail|custodial|suspended|\w+-year|"
     r"\d+-year|\w+-month|\d+-month|\w+ months?'|\w+ years?') ){0,5}sentence|bird|porridge|"
     rf"{_SPAN}(?: and a half)? (?:inside|behind bars|in {_PLACE}|for {_CRIME}))" + E),
    (("sentence", "term", "order"),
     rf"{PERSON_S}(?:'s)?{AUX} (?:got|given|received|handed|serving|served|facing|face|faces|"
     r"got off with) (?:a |an )?(?:(?:life|long|short|prison|jail|custodial|suspended|\w+-year|"
     r"\d+-year|\w+-month|\d+-month|community|lengthy) )+(?:sentence|term|order)" + E),
    (("inside", "behind", *t.DETENTION_PLACES, *t.CRIMES),
     rf"{PERSON_S}(?:'s)?{AUX} (?:got|given|received|handed|copped|get|gets|getting) {_SPAN}"
     rf"(?: and a half)? (?:inside|behind bars|in {_PLACE}|for {_CRIME_G})" + E),
    (("community",),
     rf"{PERSON_S}(?:'s)?{AUX} (?:did|do|doing|done|serve|served|serving|got|given|sentenced to|"
     rf"ordered to do) (?:\w+ hours of |an? )?community (?:service|payback|order)(?: order)?"
     rf"(?= for {_CRIME_G}| order|\s*[.,;!?]|\s*$)"),
    (("serving", "serve", "served", "doing"),
     rf"{PERSON_S}(?:'s)?{AUX} (?:serving|serve|served|doing) {_SPAN}(?= *[.,;!?]|$| (?:and|but|so|now|"
     r"already|at|inside|for (?!the|a|an|my|our|his|her|their)[a-z]+)\b)"),
    (("down", *t.CRIMES),
     rf"{PERSON_S}{AUX} (?:went|go|goes|gone|going|got sent|was sent|were sent) down (?:for {_CRIME_G}|"
     rf"(?:{_SPAN})(?: for {_CRIME_G})?)" + E),
    # "my brother is in jail", "since I got out of prison", "I spent 18 months behind bars"
    ((*t.DETENTION_PLACES, "behind"),
     rf"{PERSON}(?! (?:would|could|might|should)\b(?! been))(?:'s)?{AUX}"
     r"(?: (?:spent|spend|spends|spending|did|done|doing|served|serving|"
     r"ended up|end up|landed|went|gone|go|goes|going|sent|put|thrown|back|locked|released|freed|"
     r"discharged|paroled|escaped|came|come|coming|get|got|getting|out))?"
     rf"(?: (?:{_NUM}|time|years?|months?|weeks?|nights?|days?|decades?|stint|spell|stretch|his|her|"
     r"my|their|whole|entire|life|childhood|twenties|teens|youth|of|most|much|in and out)){0,5}"
     rf" (?:(?:in|into|to|inside|in and out of|out of|at|from) {_PLACE}|behind bars){E}"),
    (t.DETENTION_PLACES,
     rf"{B}(?:since|after|before|when|until) (?:i|he|she|we|they|{SOMEONE}) "
     rf"(?:got|came|come|was|were|is|am|get|gets) (?:out|home|back|released)(?: of| from)? {_PLACE}{E}"),
    ((*t.DETENTION_PLACES, "behind"),
     rf"{_START}{AUX} (?:spent|spend|did|done|served|ended up|landed|went|sent|put|thrown|was|were|"
     rf"been|released|freed|got out|came out)(?: (?:{_NUM}|time|years?|months?|weeks?|nights?|days?|"
     r"decades?|stint|spell|stretch|his|her|my|their|whole|entire|life|childhood|twenties|teens|youth|"
     r"of|most|much|in and out)){0,5} (?:(?:in|into|to|inside|in and out of|out of|at|"
     rf"from) {_PLACE}|behind bars){E}"),
    # "after eight years inside I …"
    (("inside", "behind", *t.DETENTION_PLACES),
     rf"{B}(?:after|since|following|during|from|over|throughout) (?:my |his |her |their )?{_SPAN}"
     rf"(?: and a half)? (?:inside|behind bars|in {_PLACE}){E}(?=\s*[,.;:!?]|\s(?:i|we|he|she|my|"
     r"and|for|when|it|life|things|everything)\b)"),
    # "I have a record", "had a bit of a record when I was younger"
    (("record",),
     rf"{PERSON_S}{AUX} (?:have|has|had|got|with) (?:a |an )?(?:bit of a |small |minor |long |"
     r"juvenile |little |lengthy |clean |criminal )?record(?=\s*[.,;!?]|\s*$|\s(?:when|as a (?:kid|"
     r"teen|teenager|youth|young)|from (?:my|when)|back (?:in|then)|and|but|so|now|though|already)\b)"),
    # "I'm on parole", "my nephew is awaiting trial"
    (("parole", "bail", "remand", "probation", "licence", "arrest", "electronic", "gps", "ankle",
      "tag", "offender", "offenders", "awaiting", "court", "charges", "trial", "prison", "jail",
      "investigation", "police", "community", "order", "supervision", "rehabilitation"),
     rf"{PERSON_S}(?:'s)?{AUX} (?:on (?:an? )?(?:community|youth rehabilitation|supervision|drug rehabilitation|"
     r"suspended sentence|criminal behaviou?r|curfew) order|"
     r"(?:out )?on (?:parole|bail|remand|probation(?!ary| period| at | in "
     r"(?:my|the|a|his|her|their) (?:new )?(?:job|role|position)| for (?:my|the|a|his|her) (?:new )?"
     r"(?:job|role|position))|licence(?! (?:key|fee|agreement|terms|number|plate)))|released on licence|"
     r"under house arrest|on (?:an? )?(?:electronic |gps )"
     r"(?:tag|monitor)|(?:wearing|wear|wears|wore|got|have|has|had|with) (?:an? )?"
     r"(?:electronic tag|ankle (?:tag|monitor|bracelet)|(?:electronic "
     r"|gps )?tag(?=\s*(?:[.,;!?]|$)|\s(?:until|for|since|till)\b))|on (?:the )?sex offenders?'? "
     r"register|awaiting (?:trial|sentencing|sentence|a court date|court)(?! (?:results?|period|"
     r"version|data))|due in court|due to appear in court|in court for|facing (?:charges|trial|prison|"
     r"jail|a (?:prison|jail) sentence)|under (?:criminal |police )?investigation|wanted by (?:the )?"
     r"police|on the run from (?:the )?police)" + E),
    # "I'm an ex-offender", "I'm a convicted felon"
    (t.OFFENDER_NOUNS,
     rf"{PERSON}(?:'s)?{BE} (?:(?:a|an|the|{_CRIME_ADJ}) ){{0,5}}{_OFFENDER}{E}"
     r"(?! (?:lawyer|barrister|solicitor|attorney|justice|law|defen[cs]e|investigator|psycholog\w*|"
     r"profiler|court|judge|prosecutor|records? checks?|of war|of conscience|(?:to|of|in) (?:my|our|the|his|"
     r"her|their|your|its|this|that)|guard|officer|warder|warden|visitor|chaplain|advocate|minds?|mastermind|genius)\b)"
     r"(?<!lifer(?= (?:at|in|with|for|on)\b))"),
    (t.OFFENDER_NOUNS, _here(rf"(?:(?:{_CRIME_ADJ}) ){{0,5}}{_OFFENDER}{E}")),
    (t.OFFENDER_NOUNS,
     rf"{AS_OR_BEING} (?:a|an) (?:(?:{_CRIME_ADJ}) ){{0,5}}{_OFFENDER}{E}"
     r"(?! (?:lawyer|barrister|solicitor|attorney|justice|law|defen[cs]e|investigator|psycholog\w*|"
     r"profiler|court|judge|prosecutor|records? checks?|of war|of conscience)\b)"),
    # "I have a criminal record", "I've got a conviction for assault"
    (("record", "records", "conviction", "convictions", "prior", "priors", "sheet", "criminal",
      "caution", "cautions", "dui", "dwi", "duis"),
     rf"{PERSON_S}(?:'s)?{AUX} (?:have|has|had|having|got|get|gets|getting|received|receive|given|"
     r"picked up|with|carry|carries) (?:(?:a|an|no|two|three|several|some|one|multiple|old|"
     r"previous|prior|past|spent|unspent|minor|serious|long|short|criminal|police|juvenile|few|"
     r"drink[ -]driving|drug|recent) ){0,5}(?:criminal records?|police records?|records? for "
     rf"{_CRIME}|convictions?(?! (?:that|about|in (?!(?:19|20)\d\d)))|priors{E}|prior for|rap sheet|"
     r"criminal past|criminal history|police caution|caution for|cautions|dui|dwi|duis|"
     rf"(?:cautions?|convictions?|warnings?|records?)(?: [a-z]+){{0,5}} for {_CRIME_G})" + E),
    # possessives: "my conviction", "my probation officer", "my record has a DUI"
    (("criminal", "record", "arrest", "arrests", "conviction", "convictions", "prison", "jail",
      "inside", "sentence", "parole", "probation", "bail", "trial", "mugshot", "dui", "dwi", "sheet",
      "offending", "crimes", "release"),
     rf"{POSS} (?:(?:old|previous|prior|past|spent|first|second|last|recent|drink-driving|"
     r"drink driving|\w+-year) ){0,5}(?:criminal (?:record|past|history)|police record|arrests?|"
     r"convictions?(?= for|\s*[.,;:!?]|\s*$| (?:was|is|means|will|came|comes|from|in (?:19|20)\d\d))|"
     r"prison (?:sentence|term|time|record|number|release|stretch)|jail (?:time|sentence|term)|"
     r"time (?:inside|in (?:prison|jail))|sentence (?:for|was)|parole(?: officer| hearing| board|"
     r" conditions)?|probation (?:officer|worker|conditions|order)|bail conditions|trial (?:for|date)|"
     rf"mugshot|dui|dwi|rap sheet|release from (?:{_PLACE})|offending|crimes)" + E),
    (("record",),
     rf"{POSS} record (?:\w+ ){{0,3}}(?:dui|dwi|convictions?|cautions?|felony|felonies|"
     r"misdemeanou?rs?|offences?|offenses?|arrests?)" + E),
    # "I committed fraud", "I used to deal drugs"
    ((*t.CRIMES, "stealing", "shoplifting", "dealing"),
     rf"{PERSON_S}{AUX} (?:committed|commit|commits|got caught|caught) (?:(?:a|an|some|\w+) )?"
     rf"(?:{_CRIME}|stealing|shoplifting|dealing)" + E),
    (("drugs", "cocaine", "heroin", "weed", "cannabis", "crack"),
     rf"{PERSON_S}{AUX} (?:dealt|deal|deals|dealing|sold|sell|sells|selling|smuggled|smuggling|"
     rf"trafficked) {_C_DRUGS}" + E),
    # "a felony on my record", "got my record expunged", "my conviction was quashed"
    (("record", "records"),
     rf"{B}(?:{_CRIME_G}|felony|felonies|convictions?|cautions?|arrests?|charges?|misdemeanou?rs?|dui|dwi|"
     rf"strikes?|offences?|offenses?) on {POSS} (?:criminal |police |juvenile )?record{E}"),
    (("record", "records", "conviction", "convictions", "expunged", "sealed", "pardoned", "quashed"),
     rf"{POSS} (?:criminal |police |juvenile |arrest )?(?:record|records|conviction|convictions)(?: (?:was|were|"
     r"got|has been|have been|is being|finally|just|now)){0,3} (?:expunged|sealed|wiped|quashed|overturned|"
     r"pardoned|spent)" + E + rf"|{B}(?:got|get|getting|had|have) {POSS} (?:criminal |juvenile )?"
     r"(?:record|conviction)s? (?:expunged|sealed|wiped|quashed|overturned|pardoned)" + E),
    # "after a DUI", "my second DWI"
    (("dui", "dwi", "owi", "duis", "dwis"),
     rf"{B}(?:a|an|my|his|her|their|{_YOUR}|second|third|two|three) (?:dui|dwi|owi)s?{E}"),
    # "banned from driving for drink-driving", "my driving ban"
    (("banned", "disqualified", "ban"),
     rf"{PERSON_S}{PASSIVE} (?:banned|disqualified) from driving{E}|{POSS} (?:\w+-(?:year|month) )?driving ban{E}"),
    # "I've got a harassment conviction", "he has an assault charge"
    (t.CRIMES,
     rf"{PERSON_S}(?:'s)?{AUX} (?:have|has|had|having|got|get|gets|received|given|with|carry|carries|facing|"
     rf"face|faces) (?:(?:a|an|two|three|several|some|one|old|previous|spent|unspent|prior|pending|historic|"
     rf"serious|minor) ){{0,3}}{_alt(_bare(t.CRIMES))} (?:conviction|charge|caution|record|arrest|case|"
     r"rap)s?" + E),
    # "our eldest has a court date next month for assault"
    (("court", "trial", "hearing", "sentencing"),
     rf"{PERSON_S}(?:'s)?{AUX} (?:have|has|had|got|with|facing|face|faces|awaiting|await) (?:a |an |his |her |"
     r"my |their |the )?(?:court (?:date|case|hearing|appearance)|trial|hearing|sentencing(?: hearing)?)"
     rf"(?: [a-z0-9]+){{0,4}} for {_CRIME_G}{E}"),
    # "I did a three-year bid at Soledad", "the six months you did"
    (("bid", "bit", "stretch", "stint", "spell"),
     rf"{PERSON_S}{AUX} (?:did|do|doing|done|serve|served|serving|finished|caught|pulled) (?:a |an |my |his |"
     r"her |their )?(?:\w+[ -](?:year|month)s?[ -]|\d+[ -]?(?:year|month|yr)s?[ -])(?:bid|bit|stretch)"
     r"(?= (?:at|in|inside|upstate|behind|for)\b|\s*[.,;!?]|\s*$)"),
    (("did", "served"),
     rf"{B}(?:the )?(?:{_NUM} )?(?:\w+ )?(?:years?|months?) (?:you|he|she|i|they|{SOMEONE}) (?:served|did)"
     rf"(?={END}|\s(?:inside|behind bars|in (?:prison|jail|{_PLACE}))\b)"),
    (("bid", "stretch"),
     r"(?<![a-z0-9_])(?:got out|came out|out|released|home|free) (?:after|from) (?:a |an |my |his |her |their )?"
     r"(?:\w+[ -](?:year|month)s?[ -]|\d+[ -]?(?:year|month|yr)s?[ -])(?:bid|stretch)(?! of)" + E),
    (("life",),
     rf"{PERSON_S}(?! (?:would|could|might)\b){AUX} (?:serving|serves|served|serve|got|given|doing|handed) "
     r"(?:a )?life(?: imprisonment| sentence|"
     r" behind bars)?(?=\s*[.,;:!?]|\s*$|\s(?:and|for|in|at|without|with|but|so|now|inside)\b)"),
    # "my husband was inside for eighteen months"
    (("inside",),
     rf"{PERSON_S}{BE} inside (?:for |doing )(?:{_NUM} |\w+ )?(?:\w+ )?(?:years?|months?|decades?|time)"
     r"(?! (?:ago|working|fixing|painting|decorating|because of the (?:rain|weather|snow|heat)))" + E),
    # "got a year's probation for the bar fight", "given 200 hours of community service"
    (("probation", "service", "curfew", "fine", "fined", "order", "unpaid", "suspended"),
     rf"{PERSON_S}{AUX} (?:got|given|received|handed|sentenced to|put on|placed on|got off with) (?:a |an )?"
     r"(?:(?:\w+(?:'s|s')|\d+ hours(?: of)?|\w+ hours(?: of)?|\w+-(?:year|month)) )(?:probation|"
     r"community service|unpaid work|curfew|suspended)" + E
     + rf"|{PERSON_S}{AUX} (?:got|given|received|handed|put on|placed on) (?:a |an )?(?:probation|"
     rf"community service|a fine|a curfew)(?: order)? for {_CRIME_G}{E}"),
    (("asbo", "asbos", "cbo", "behaviour", "behavior", "caution", "referral", "discharge", "restraining"),
     rf"{PERSON_S}{AUX} (?:got|given|received|handed|had|have|has|with|on|served with|slapped with) "
     r"(?:an? |two |three )?"
     r"(?:asbos?|cbo|(?:criminal|anti-social|antisocial) behaviou?r order|youth (?:conditional )?caution|"
     r"referral order|(?:conditional|absolute) discharge|restraining order against (?:me|him|her|them))" + E),
    # "Ex-offender, now an electrician", "my fellow inmates"
    (t.OFFENDER_NOUNS, _label(rf"(?:(?:{_CRIME_ADJ}) ){{0,5}}{_OFFENDER}{E}(?! of\b)")),
    (("inmate", "inmates", "prisoner", "prisoners", "convict", "convicts", "lifers", "offenders", "cons"),
     _fellow(r"(?:inmates?|prisoners?|convicts?|lifers|offenders|ex-offenders|cons|cellmates?)" + E)),
    (("cellmate", "cellie", "cellmates", "cell"),
     rf"{POSS_ALL} (?:old |former |ex-)?(?:cellmates?|cellie|cell mate){E}"),
]

# --- trade unions --------------------------------------------------------------------------

_UNION_STRICT = _alt(t.UNIONS, exclude=t.AMBIGUOUS_UNIONS)
_UNION_AMBIG = _alt(t.AMBIGUOUS_UNIONS)
_GENERIC_UNION = (
    rf"(?:(?:{_alt(t.UNION_TRADES)})'?s?'? |(?:local|national|trade|trades|labou?r|general|"
    r"independent|workers'?|the|a|an|my|our) ){0,5}unions?(?! of\b)"
)
_NATIONAL_UNION = r"national union of (?:[a-z'-]+ ){0,3}?[a-z'-]+"
_UNION_ROLE = _alt(t.UNION_ROLES) + "(?!')"  # "a union organiser's son" is not one
_UNION_NAMED = rf"(?:{_UNION_STRICT}{EH}|{_NATIONAL_UNION}{E}|{_GENERIC_UNION}{E})"
_AMBIG_UNION_TAIL = (
    r"(?=\s*(?:[.,;:!?)]|$)|\s(?:and|but|so|for|since|at|branch|member|members|rep|reps|as|now|too|"
    r"local|union|last|this|when|after|years?|\d+|steward|card|dues|ballot|strike|in (?:19|20)\d\d)\b)"
)
_UNION_ADJ = (
    r"(?:proud|lifelong|life-long|card-carrying|active|paid-up|fully paid-up|long-standing|"
    r"longstanding|loyal|committed|keen|new|old|militant|local|elected|former|ex|retired|"
    r"proper|true|big|staunch|die-hard)"
)
_JOIN = (
    rf"(?:(?:a|an) (?:{_UNION_ADJ} ){{0,5}}members? of|members? of|in|with|part of|active in|join|joins|"
    r"joined|joining|rejoined|belong to|belongs to|belonged to|belonging to|signed up (?:with|to|for)|"
    r"sign up (?:with|to|for)|organi[sz]e[sd]? (?:for|with)|organi[sz]ing (?:for|with)|"
    r"(?:a |an |the )?(?:shop |branch |union |health and safety |equality |learning )?(?:rep|representative|"
    r"steward|organi[sz]er|delegate|official|officer|convenor|convener|activist|secretary|chair|"
    r"chairperson|treasurer|president) (?:for|at|in|with|of)(?: (?:the|my|our) local)?|"
    r"pay(?:s|ing)? (?:my |our |his |her )?"
    r"(?:dues|subs) to|paid (?:my |our |his |her )?(?:dues|subs) to|affiliated with|"
    r"on strike with|striking with|balloting with|on (?:the )?picket(?: line)?s? (?:with|for)|picketing (?:with|for)|"
    r"marched with|out on strike with|went on strike with|walked out with|mitglied (?:bei|in|der|im)|"
    r"syndiquee? (?:a|chez|au)|afiliad[oa] (?:a|al)|iscritt[oa] (?:a|al|alla))"
)
_U_WORDS = (*t.UNIONS, *t.AMBIGUOUS_UNIONS, "union", "unions", "unionised", "unionized")
_U_LOCAL = r"(?: local (?:no\.? ?)?\d+)?"  # "IBEW Local 46", "Teamsters Local 727"
_U_ANY = rf"(?:{_UNION_STRICT}|{_UNION_AMBIG}|{_GENERIC_UNION})"
# "a nurse and an RCN member": one other noun phrase before the union role
_AND_A = r"(?:(?:a|an) [a-z-]+(?: [a-z-]+)? (?:and|,) )?"

UNION_RULES: list[Rule] = [
    # "I'm UAW", "my dad was Aslef for forty years", "my husband is IG Metall at the Wolfsburg plant"
    (t.UNIONS,
     rf"{PERSON_S}{BE} (?:(?:a|an|{_UNION_ADJ}) ){{0,5}}{_UNION_STRICT}{EH}{_U_LOCAL}(?! (?:certified|approved|trained|"
     r"standard|rules|rates|contractors?|jobs?|site|sites|pay|scale|agreement|deal|strike|strikes|building|hq|"
     r"headquarters|offices?)\b)"),
    # "I'm a Local 3 electrician", "the brothers and sisters at the Local 3 hall"
    (("local",),
     rf"{PERSON_S}{BE} (?:a|an) local (?:no\.? ?)?\d+{E}|{POSS_ALL} local (?:no\.? ?)?\d+{E}|"
     rf"{B}(?:brothers and sisters|brothers|sisters|members) (?:at|in|from|of) (?:the )?local (?:no\.? ?)?\d+{E}"),
    # "I'm a nurse and an RCN member", "she's a Mandate union rep", "an IBEW Local 46 journeyman"
    ((*_U_WORDS, "steward"),
     rf"{PERSON_S}{BE} {_AND_A}(?:(?:a|an|the|{_UNION_ADJ}) ){{0,5}}(?:{_U_ANY}{_U_LOCAL}[ -]{_UNION_ROLE}|"
     rf"(?:[a-z-]+ ){{1,2}}union[ -](?:rep|representative|steward|member|organi[sz]er|official|delegate|"
     r"convenor|convener)|shop steward)(?!')" + E),
    # "Teamsters Local 727 member for 22 years", "RMT member, guard on the Southern line"
    ((*_U_WORDS, "steward"),
     _label(rf"(?:{_U_ANY}{_U_LOCAL}[ -]{_UNION_ROLE}{E}|(?:{_UNION_STRICT}|{_UNION_AMBIG}) local \d+{E}|"
            rf"shop steward{E}){_AT_PLACE}")),
    (("local",), _here(r"local (?:no\.? ?)?\d+" + E)),
    (_U_WORDS,
     _label(rf"(?:(?:{_UNION_ADJ}) ){{0,5}}members? of (?:the )?(?:{_UNION_NAMED}|{_UNION_AMBIG}{EH})")),
    (("mitglied", "syndique", "syndiquee", "afiliado", "afiliada", "iscritto", "iscritta"),
     r"(?:mitglied (?:bei|in|der|im)|syndiquee? (?:a|chez|au)|afiliad[oa] (?:a|al)|iscritt[oa] (?:a|al|alla))"
     rf" (?:der |die |la |le |el |il |l')?(?:{_UNION_NAMED}|{_UNION_AMBIG}{EH})"),
    (("steward", "stewards", "rep", "delegate", "convenor", "convener"),
     rf"{B}(?:nominated|elected|made|appointed|voted|picked|chose|chosen) (?:me|him|her|us|{SOMEONE}) (?:as )?"
     r"(?:the |our |a |their )?(?:union |shop |branch )?(?:steward|rep|delegate|convenor|convener)" + E
     + rf"|{PERSON_S}{PASSIVE} (?:nominated|elected|made|appointed|voted in) (?:as )?(?:the |our |a )?"
     r"(?:union |shop )(?:steward|rep|delegate|convenor|convener)" + E),
    # "you and your union mates"
    (_U_WORDS, rf"{POSS_ALL} {_U_ANY} (?:mates|friends|comrades|crew|lot|pals|buddies|brothers|sisters){E}"),
    ((*_U_WORDS, "steward", "unionists"), _fellow(rf"(?:{_U_ANY}[ -](?:members?|reps?|stewards?|brothers|sisters){E}|"
                                      r"(?:trade |trades )?unionists" + E + ")")),
    # "I'm a member of Unison", "I joined the GMB", "I'm in the nurses' union"
    (_U_WORDS,
     rf"{PERSON_S}(?:'s)?{AUX} {_JOIN} (?:the |a |my |our |his |her |their )?"
     rf"(?:{_UNION_NAMED}|{_UNION_AMBIG}{EH}{_AMBIG_UNION_TAIL})"),
    # "I'm a Unite member", "my mother was a union organiser", "I'm a shop steward"
    ((*_U_WORDS, "steward"),
     rf"{PERSON_S}{BE} (?:(?:a|an|the|{_UNION_ADJ}) ){{0,5}}(?:(?:{_UNION_STRICT}|{_UNION_AMBIG}|"
     rf"{_GENERIC_UNION})[ -]{_UNION_ROLE}|shop steward|union (?:rep|representative|steward)|"
     r"unioni[sz]ed(?: \w+)?)" + E),
    (("union",),
     rf"{PERSON_S}{BE} (?:(?:{_UNION_ADJ}) ){{0,5}}union(?={END}|\s(?:through and through|and proud|"
     r"all the way|to the core|myself|born and bred)\b)"),
    (("teamster", "unionist", "union", "wobbly"),
     rf"{AS_OR_BEING} (?:a|an) (?:{_UNION_ADJ} ){{0,5}}(?:teamster|trade unionist|trades unionist|"
     r"union man|union woman|wobbly)" + E),
    (("teamster", "unionist", "union", "wobbly"),
     rf"{PERSON_S}{BE} (?:(?:a|an|the|{_UNION_ADJ}) ){{0,5}}(?:teamster|trade unionist|trades unionist|"
     r"union man|union woman|union guy|union lifer|wobbly|union brother|union sister)" + E),
    (_U_WORDS,
     rf"{PERSON_S}{AUX} (?:have|has|had|hold|holds|held|carry|carries|carried|got) (?:a|an|my|his|"
     rf"her|their) (?:{_UNION_STRICT}|{_UNION_AMBIG}|{_GENERIC_UNION})[ -](?:card|membership|badge)"
     + E),
    ((*_U_WORDS, "steward", "teamster", "unionist"),
     _here(rf"(?:(?:{_UNION_ADJ}) ){{0,5}}(?:(?:{_UNION_STRICT}|{_UNION_AMBIG}|{_GENERIC_UNION})[ -]"
           rf"{_UNION_ROLE}|shop steward|teamster|trade unionist)" + E)),
    # "union subs come out of my pay every month"
    (("union", "unions"),
     rf"{B}union (?:subs|dues|fees|membership|subscription|card)s?{E}(?=[^.!?]{{0,60}}\b(?:my|i|we|our|me)\b)"
     rf"|{B}(?:my|i|we|our|me){E}[^.!?]{{0,60}}\bunion (?:subs|dues|fees|subscription|card)s?{E}"),
    ((*_U_WORDS, "steward"),
     _like_me(rf"(?:{_UNION_STRICT}|{_UNION_AMBIG}|{_GENERIC_UNION})[ -]{_UNION_ROLE}")),
    # "our branch of Unison", "our union rep", "my USW card"
    (_U_WORDS,
     rf"{POSS_ALL} (?:local )?(?:branch|chapter|local|lodge|chapel|section) of (?:the )?"
     rf"(?:{_UNION_NAMED}|{_UNION_AMBIG}{EH})"),
    (_U_WORDS,
     rf"{POSS_ALL} (?:(?:local|trade|trades|labou?r|own|old|new) ){{0,5}}(?:{_UNION_STRICT}{EH}|"
     rf"{_NATIONAL_UNION}{E}|unions?{E}(?! (?:with|between|of)\b)|"
     rf"{_UNION_AMBIG} {_UNION_ROLE}{E})"),
    (_U_WORDS,
     rf"{POSS_ALL} (?:union |{_UNION_STRICT} )?(?:local|branch|chapel|chapter|lodge|shop steward|"
     r"steward)(?: \d+)?(?: [a-z0-9'-]+){0,6} (?:" + _UNION_STRICT + r"|unions?)" + E),
    # "as a member of the NEU", "being in the union", "as a union delegate"
    (_U_WORDS,
     rf"{AS_OR_BEING} (?:(?:a|an) (?:{_UNION_ADJ} ){{0,5}})?(?:members? of|in|part of|with) "
     rf"(?:the |a )?(?:{_UNION_NAMED}|{_UNION_AMBIG}{EH})"),
    ((*_U_WORDS, "steward"),
     rf"{AS_OR_BEING} (?:a|an) (?:{_UNION_ADJ} ){{0,5}}(?:(?:{_UNION_STRICT}|{_UNION_AMBIG}|union|"
     rf"trade union)[ -]{_UNION_ROLE}|shop steward)" + E),
]

# --- other languages ------------------------------------------------------------------------
# A person word of Spanish, Portuguese, German, French, Dutch, Italian or Tagalog ("mi", "meine",
# "j'ai", "mijn", "ako", "ko" ...) with a sensitive stem of those languages later in the same
# sentence ("Mi madre tiene cancer", "Ich bin seit 1998 in der Gewerkschaft"), or the stem with a
# person word right after it ("Krebs hat meine Mutter ..."). Work at a place is not a disclosure
# ("mon pere travaille a la prison"), nor are health insurers.


def _f_alt(words: Iterable[str]) -> str:
    """An alternation of literal phrases, longest first; a hyphen is optional or a space."""
    pieces = (re.escape(w).replace(r"\ ", " ").replace(r"\-", "[ -]?") for w in sorted(words, key=len, reverse=True))
    return "(?:" + "|".join(pieces) + ")"


# Pets are nobody's health data ("il mio gatto ha il diabete", "kucing saya sakit").
_F_PETS = (
    r"gatt|gato|gata |gatin|cane |cani |perr|cachorr|hund|katze|kater |chat |chats |chien|hond|kat |katten|"
    r"pies |psa |kot |kota |kotek|kucing|anjing|aso |pusa |kedi|kopek|pferd|caballo|cavallo|paard|konia|kon |"
    r"veterin|tierarzt|dierenarts|"
    r"tomat|rasen|fiets|kwiat|basilic|pflanz|plant|piant|rosli|bitki|tanaman|fahrrad|bicicl|ordinat|laptop|inverter|"
    r"baterya|aircon|kotse|makina"
)
_F_PERSON = (
    r"(?<!kucing )(?<!anjing )(?<!kucingku )(?<!anjingku )(?<!aso )(?<!pusa )"
    r"(?<!pracuje )(?<!trabajo )(?<!trabalho )(?<!arbeite )(?<!travaille )(?<!lavoro )(?<!bekerja )(?<!arbeitet )"
    r"(?<!werk )(?<!werkt )(?<!kerja )(?<!trabaja )(?<!trabalha )(?<!lavora )(?<!pracuje )"
    rf"{B}{_f_alt(t.FOREIGN_PERSON)}{E}"
)  # pets, and "works as": "Pracuje jako straznik", "Yung aso namin"
_F_WORK = (
    r"trabaj|trabalh|arbeit|travail|werk|lavor|nagtatrabaho|funcionari|bekerja|kerja |pracuj|calis|betriebsrat|"
    r"elettricist|electrician|elektriker|elektrikci|electricista|eletricista|teknisi|technicus|balita|nieuws|"
    r"noticias|notizie|nachrichten|wiadomosc|haberler|faccio il|faccio la|cuoco|cuoca|mensa|"
    r"surveillant|gardiyan|calisiyor|penitenziari|justizvollzug|vollzugsbeamt|"
    r"vertrauens|pasang |atap |bosse|aide-soignant|infirmier|infirmiere|krankenpfleg|verpleeg"
)
_F_GAP = rf"(?:(?!{_F_WORK}|krankenkass|krankenversich|{_F_PETS})[^.!?]){{0,60}}?"
_F_NOT = (
    r"(?<!straznik )(?<!straznika )(?<!straznicy )"
    r"(?!krankenkass|krankenversich|gewerkschaftshaus|vakbondsgebouw|vakbondshuis|"
    r"encartee? (?:a la |a |au )(?:cgt|cfdt|fo|sud|unsa|cftc|fsu|syndicat|snes))"
)
# "cezaevinde gardiyan olarak": the place is where they work
_F_STAFF = r"(?! (?:gardiyan|guardia|surveillant|agente|bewaarder|beamter|beamtin|straznik|pielegniark|perawat))"
# After the term only a possessive or a Tagalog pronoun ("Katoliko ako", "Krebs hat meine Mutter"),
# never a verb ("... Krankenhaus als Pflegerin und habe ...").
_F_PERSON_AFTER = rf"{B}{_f_alt(t.FOREIGN_PERSON_AFTER)}{E}"
_F_GAP_AFTER = rf"(?:(?!{_F_WORK}|{_F_PETS})[^.!?]){{0,25}}?"


def _foreign(words: tuple[str, ...], self_words: tuple[str, ...] = ()) -> list[Rule]:
    short = [w for w in words if len(w) <= 3]  # "afd", "pvv": whole words, not "afdeling"
    stems = rf"{_f_alt([w for w in words if len(w) > 3])}[a-z]*+(?!_)" + (rf"|{_f_alt(short)}{E}" if short else "")
    stem = rf"{B}{_F_NOT}(?:{stems}){_F_STAFF}"
    rules: list[Rule] = [
        (words, rf"{_F_PERSON}{_F_GAP}{stem}"),
        (words, rf"{stem}{_F_GAP_AFTER}{_F_PERSON_AFTER}"),
    ]
    if self_words:
        rules.append((self_words, rf"{B}{_f_alt(self_words)}{E}"))
    return rules


RACE_RULES += _foreign(t.FOREIGN_ORIGIN, t.FOREIGN_SELF_ORIGIN)
POLITICS_RULES += _foreign(t.FOREIGN_POLITICS, t.FOREIGN_SELF_POLITICS)
RELIGION_RULES += _foreign(t.FOREIGN_RELIGION, t.FOREIGN_SELF_RELIGION)
HEALTH_RULES += _foreign(t.FOREIGN_HEALTH, t.FOREIGN_SELF_HEALTH)
CRIME_RULES += _foreign(t.FOREIGN_CRIME, t.FOREIGN_SELF_CRIME)
UNION_RULES += _foreign(t.FOREIGN_UNION, t.FOREIGN_SELF_UNION)

# --- wishes, appositions and indirect shapes -----------------------------------------------
_H_WISH_THINGS = (
    "surgery", "operation", "op", "biopsy", "procedure", "transplant", "new hip", "new knee",
    "hip replacement", "knee replacement", "treatment", "recovery", "rehab", "physio",
)
_H_WISH = (
    rf"{B}(?:hope|hoping|hopefully|glad|pleased|happy|congrats|congratulations|good luck|best of luck|"
    rf"fingers crossed|thinking of you)[^.!?]{{0,40}}?(?:the|your|his|her|{SOMEONE}'s?) "
    rf"(?:[a-z]+ ){{0,2}}?{_alt(_H_WISH_THINGS)}"
    r"(?: (?:went|goes|go|is going|has gone|was a success|is healing|is settling|settling)|\s*(?:[.,;:!?)]|$))"
)
HEALTH_RULES += [
    # "Hope the surgery went well", "good luck with your knee op"
    (_H_WISH_THINGS, _H_WISH),
    (("recovery",), rf"{B}(?:wish|wishing|get)[^.!?]{{0,30}}?(?:speedy|quick|swift|full|fast) recovery{E}"),
    # "Our eldest, Finn, has epilepsy"
    ((*t.CONDITIONS, "ms", "multiple sclerosis"),
     rf"(?:{POSS_ALL} (?:[a-z]+ ){{0,2}}?[a-z]+|{SOMEONE}), (?:{SOMEONE}|[a-z]+),? {_HAVE} {_DET}(?:{_COND}|ms|"
     rf"multiple sclerosis){E}"),
    # "off work since my breakdown", "back at counselling", "had another episode"
    (("work",),
     rf"{B}off work (?:since|after|with|because of|due to|following) (?:my|his|her|your|the) (?:[a-z]+ )?"
     r"(?:breakdown|operation|op|surgery|stroke|heart attack|diagnosis|illness|injury|burnout|"
     rf"treatment|chemo|{_COND}){E}"),
    (("counselling", "counseling", "therapy", "rehab"),
     rf"{PERSON_S}(?:'s)?{AUX} back (?:at|in|to|into) (?:my |the )?(?:counselling|counseling|therapy|rehab){E}"),
    (("hospital", "rehab", "psych"),
     rf"{PERSON_S}(?:'s)?{AUX} (?:been )?in and out of (?:the )?(?:hospital|hospitals|rehab|psych wards?|a&e)"
     + E),
    (("episode",),
     rf"{PERSON_S}(?:'s)?{AUX} (?:had|having|has) (?:another|a bad|a manic|a psychotic|a depressive|a "
     r"seizure|a new) episode" + E + r"(?! of\b)"),
]
_WISH = (
    r"(?:hope|hoping|hopefully|glad|so glad|pleased|happy|congrats|congratulations|well done|good luck|"
    r"best of luck|proud of you|fingers crossed|cheers to|here's to)"
)
_H_COURSE_WORDS = ("chemo", "chemotherapy", "radiotherapy", "radiation", "treatment", "rehab", "dialysis",
                   "immunotherapy")
HEALTH_RULES += [
    # "Congrats on finishing chemo", "hope your mum's scan was clear", "glad your dad's out of hospital"
    (_H_COURSE_WORDS,
     rf"{B}{_WISH}[^.!?]{{0,30}}?{B}(?:finish|finishing|finished|completing|completed|getting through|got "
     r"through|beating|surviving|the end of|your last|the last) (?:round of |session of )?(?:your |the |his |her )?"
     rf"(?:[a-z]+ )?{_alt(_H_COURSE_WORDS)}{E}(?! of\b)"),
    (("scan", "scans", "biopsy", "mammogram", "bloods", "smear"),
     rf"{B}{_WISH}[^.!?]{{0,30}}?(?:{POSS_ALL}|your)(?:'s)? (?:[a-z]+'s )?(?:scan|scans|biopsy|mammogram|bloods|"
     r"smear)(?: results?)? (?:was|were|came back|is|are|comes back|come back) (?:all )?(?:clear|ok|okay|fine|"
     r"good|benign|negative)\b"),
    (("hospital",),
     rf"{PERSON}{BE} (?:finally |now |home |back |safely )?(?:out of|home from|discharged from) (?:the )?"
     r"hospital\b"),
    (("sober", "sobriety", "clean"),
     rf"{B}{_WISH}[^.!?]{{0,30}}?(?:staying sober|being sober|getting sober|your sobriety|clean and sober|"
     r"(?:year|years|months|days) (?:clean|sober))\b"),
]
CRIME_RULES += [
    # "he's on a tag", "on a curfew after court"
    (("tag", "tagged"),
     rf"{PERSON}{BE} (?:on (?:a|an|the) (?:electronic |ankle |gps |curfew )?tag|tagged){E}"
     r"(?! (?:team|along|line|game)\b)"),
    (("curfew",),
     r"curfew (?:order|after court|from (?:the )?(?:court|magistrates|judge))|"
     r"(?:court|tagged|tag) curfew"),
    # "since your release from Wandsworth"
    (("release",),
     rf"(?:my|his|her|{_YOUR}|{SOMEONE}'s?) (?:early )?release from (?:(?:hmp|the|a) )?(?:[a-z]+ )?"
     rf"(?:prison|jail|gaol|custody|inside|detention|{_PLACE}|wandsworth|pentonville|brixton|"
     r"wormwood scrubs|parkhurst|durham)\b"),
    (("suspended", "custodial", "sentence"),
     rf"{POSS} (?:suspended|custodial|prison|jail|community) sentence{E}"),
]
UNION_RULES += [
    # "on the picket line with my local", "carried the branch banner at the gala"
    (("picket", "picketing", "picketed"),
     r"picket(?:ing|ed)?(?: line)?[^.!?]{0,30}? with (?:my|our) (?:local|branch|union|chapel|lodge)\b"),
    (("banner",),
     rf"(?:{PERSON_S}[^.!?]{{0,30}}?|(?:^|(?<=[.!;:(])) )(?:carried|carry|carrying|held|holding|"
     r"marched (?:with|behind)|walked (?:with|behind)|behind) (?:the |our |my )?(?:[a-z']+ ){0,3}?"
     r"(?:branch|lodge|union|chapel) banner\b"),
]

_P_PLURALS = ("conservatives", "tories", "liberals", "democrats", "republicans", "greens", "socialists")
_P_NAMED_WORDS = (*t.PARTIES, *t.POLITICIANS, *_P_PLURALS)
_P_NAMED = rf"(?:{_PARTY}|{_POLITICIAN}|{_alt(_P_PLURALS)})(?:[ -](?:{_POLITICIAN}|uk))?"
POLITICS_RULES += [
    # "We put up a Harris-Walz yard sign", "I had a Reform UK poster in the window"
    (_P_NAMED_WORDS,
     rf"{PERSON_S}(?:'s)?{AUX} (?:had|have|has|put up|put|got|displayed|stuck|wore|wearing|hung|planted|"
     rf"display) (?:a |an |the |our |my |two |three )?(?:big |huge |small )?{_P_NAMED}{E} (?:yard |lawn |window |"
     r"garden |campaign |election )?(?:signs?|posters?|placards?|badges?|stickers?|banners?|flags?|rosettes?)\b"),
    # "I canvassed door to door for the Lib Dems", "I donate monthly to the Conservatives"
    (_P_NAMED_WORDS,
     rf"{PERSON_S}(?:'s)?{AUX} (?:canvass|door-knock|doorknock|donat|phone-bank|phonebank|leaflet|"
     rf"volunteer|campaign|fundrais)[a-z]*(?: [a-z]+){{0,4}}? (?:for|to|with) (?:the )?{_P_NAMED}{E}"),
    # "I helped on the Yes campaign in 2014"
    (("campaign",),
     rf"{PERSON_S}(?:'s)?{AUX} (?:helped|worked|volunteered|campaigned|canvassed|leafleted|knocked doors) "
     r"(?:on|for|with) (?:the )?(?:yes|no|leave|remain|vote leave|yes scotland|better together|people's vote) "
     r"campaign\b"),
]


# --- round three: labels that open a text, practices, named places, campaigning ------------


def _opening(term: str, tail: str = "") -> str:
    """A pattern for a self-description that opens the text or a clause ("CUPE Local 79 member and
    ...", "Tinubu supporter here", "INC member since birth"), after an optional form prefix."""
    return (
        rf"(?:^|(?<=[.!;:(])) (?:(?:other|caption|answer|reason|note|bio|about me)\s*:?\s)?"
        rf"(?:(?:{_HERE_ADJ}) ){{0,5}}{term}{tail}"
    )


_PROFESSION = (
    r"(?:junior |senior |student |retired |trainee |newly qualified )?(?:doctor|nurse|teacher|lecturer|driver|"
    r"worker|midwife|paramedic|postie|porter|electrician|firefighter|officer|carer|miner|docker|wharfie|actor|"
    r"musician|journalist|cleaner|engineer|guard|conductor|signaller|machinist|welder|fitter|labourer|"
    r"home care worker|care worker|train driver|bus driver)s?"
)
_U_LABEL_ROLE = (
    r"(?:member|rep|representative|steward|delegate|convenor|convener|organi[sz]er|activist|man|woman|lifer)"
)
UNION_RULES += [
    ((*_U_WORDS, "steward"),
     _opening(rf"(?:{_U_ANY}{_U_LOCAL}[ -](?:{_U_LABEL_ROLE}|{_PROFESSION})|(?:{_UNION_STRICT}|{_UNION_AMBIG})"
              rf"{_U_LOCAL}),? (?:{_PROFESSION}|{_U_LABEL_ROLE}){E}")),
    ((*_U_WORDS, "steward"),
     _opening(rf"{_PROFESSION}, (?:{_UNION_STRICT}{EH}|{_UNION_AMBIG}{EH}){_U_LOCAL}(?=\s*[,.;:!?(-]|$)")),
    (_U_WORDS,
     rf"{B}(?:\d+|a few|many|several|two|three|four|five|ten|fifteen|twenty|thirty|forty) (?:years?|decades?) "
     rf"(?:in|with) (?:the )?{_UNION_NAMED}"),
    ((*_U_WORDS, "steward"),
     rf"{AS_OR_BEING} (?:the|our|their) (?:{_U_ANY}{_U_LOCAL}[ -]{_UNION_ROLE}|union (?:rep|steward|delegate)){E}"),
    ((*_U_WORDS, "steward"),
     rf"{PERSON_S}{BE} (?:(?:a|an|{_UNION_ADJ}) ){{1,5}}(?:{_UNION_STRICT}|{_UNION_AMBIG}) "
     rf"(?:man|woman|guy|girl|lifer){E}"),
    (("picket", "pickets"),
     rf"(?:{PERSON}|{B}(?:me|us))[^.!?]{{0,40}}? (?:on|at|joined|joining|join|walked|stood on|standing on) "
     r"(?:the |a |our |their |that )?(?:[a-z.]+ )?picket(?:s| line| lines)?" + E + r"(?! fences?\b)"),
    (("struck",), r"(?:^|(?<=[^a-z]))(?:i|we) struck (?:in|for|over|on|every|last|this|twice|again|with)\b"),
    (("tools",), rf"{PERSON_S}(?:'s)?{AUX} downed tools (?:with|over|in (?:protest|solidarity)|for (?:a |the )?(?:pay|"
                 r"wage|strike))\b"),
    (("balloted", "ballotted"), rf"{PERSON_S}(?:'s)?{AUX} (?:just )?ball?otted (?:for|on) (?:industrial )?action{E}"),
    (("chapel",), rf"{B}(?:father|mother) of (?:the )?chapel{E}"),
    (_U_WORDS, rf"{B}on (?:the )?{_U_ANY} (?:strikes?|pickets?|picket lines?)(?: days?)?{E}"),
    (_U_WORDS,
     rf"{B}(?:been |was |were |is |are )?out (?:on strike )?with (?:{_UNION_NAMED}|{_UNION_AMBIG}{EH}) since"),
    (_U_WORDS,
     rf"{B}(?:walked out|went out|came out|struck|marched|picketed) with (?:the rest of )?(?:the |my |our )?"
     rf"{_U_ANY} (?:lads|members|girls|crew|branch|comrades|colleagues|workers|lot|brothers|sisters){E}"),
]

_NAMED_PLACE_WORDS = tuple(
    p for p in t.DETENTION_PLACES
    if not re.search(r"\b(?:a|an|the)\b", p) and p not in (
        "prison", "jail", "gaol", "juvie", "custody", "police custody", "borstal", "young offenders", "yoi",
        "county jail", "state prison", "federal prison", "lockup", "solitary", "remand", "hmp", "supermax",
        "open prison", "bail hostel", "approved premises", "youth detention", "youth prison", "remand centre",
        "remand center", "juvie hall", "approved school", "chokey", "military prison", "penitentiary",
        "juvenile detention", "juvenile hall", "prison camp", "federal penitentiary", "state pen", "fci", "hmyoi",
    )
)
_NAMED_PLACE = _alt(_NAMED_PLACE_WORDS)
_C_WORK = (
    r"(?<!work )(?<!worked )(?<!works )(?<!working )(?<!job )(?<!visit )(?<!visited )(?<!near )(?<!past )"
    r"(?<!officer )(?<!guard )(?<!warden )(?<!nurse )(?<!chaplain )(?<!teacher )(?<!volunteer )(?<!doctor )"
)
CRIME_RULES += [
    (_NAMED_PLACE_WORDS,
     rf"(?:{PERSON_S}|{POSS_ALL}|{B}(?:me|us))(?:(?!works?\b|worked|working|nurse|officer|guard|warden|job|"
     rf"visit|volunteer|teach)[^.!?]){{0,50}}?{_C_WORK}(?:in|inside|at|from|out of|formerly of) "
     rf"(?:hmp |the )?{_NAMED_PLACE}{E}"),
    ((*t.DETENTION_PLACES, "inside"),
     rf"{B}(?:after|following|served|did|doing|done|spent|spending|serving) {_SPAN}(?: and a half)? "
     rf"(?:inside{END}|behind bars{E}|in (?:{_PLACE}){E}|at {_NAMED_PLACE}{E})"),
    (("inside", "yrs"), rf"{B}(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten) (?:yrs?|years?) inside{END}"),
    (("free",), rf"{B}(?:first|my first|his first|her first) [a-z]+ as a free (?:man|woman|person){E}"),
    ((*_NAMED_PLACE_WORDS, *t.DETENTION_PLACES), rf"{B}formerly of (?:hmp |hmyoi )?(?:{_NAMED_PLACE}|{_PLACE}){E}"),
    (t.DETENTION_PLACES,
     rf"{POSS} (?:time|years?|months?|stretch|stint) (?:in|inside|at) (?:{_PLACE}|{_NAMED_PLACE}){E}"),
    (("bid", "lag", "stretch", "stint", "bird", "porridge", "time"),
     rf"{PERSON_S}(?:'s)?{AUX} (?:did|doing|done|served|serving|finished|finish) (?:my|his|her|their|your|a|the|"
     r"federal|state|hard|county) (?:bid|lag|bird|porridge|(?:federal|state|hard|county) time)" + E
     + r"(?! (?:for|on) (?:the|a|an|our|their|this)\b)"),
    (("licence", "license", "parole", "probation", "bail"),
     r"(?:^|(?<=[.!;:(,])) (?:still |currently |now |only just )?on (?:licence|license|parole|probation|bail) "
     r"(?:till|until|since|after|til)\b"),
    (("probation", "parole", "tag", "release", "sentence"),
     rf"{B}{_WISH}[^.!?]{{0,30}}?(?:probation(?! period|ary)|parole|your tag|your release|your sentence)\b"),
    (("tag",),
     rf"(?:{POSS_ALL} (?:electronic |ankle |gps |curfew )?|the (?:electronic|ankle|gps|curfew) )tag (?:comes? off|"
     r"came off|is coming off|gets? (?:taken )?off|got (?:taken )?off|was removed|is removed|goes on|went on|"
     r"was fitted|is fitted)" + E
     + r"|(?:get|got|getting|had|having|have) (?:my|his|her|your) (?:electronic |ankle )?tag "
     r"(?:off|removed|fitted|taken off)" + E
     + rf"|{B}{_WISH}[^.!?]{{0,30}}?(?:getting|got|get|having|had) the tag (?:off|removed)" + E),
    (("monitor", "monitors"), rf"{B}(?:an|my|his|her|your|the) (?:ankle|electronic|gps) monitors?{E}"),
    (("community",),
     rf"{B}(?:\d+ hours?(?: of)? community (?:service|payback)|community (?:service|payback) (?:order|hours)|"
     r"(?:did|doing|done|finished|completed|serving) (?:my|his|her|your|\d+ hours?(?: of)?) community "
     r"(?:service|payback))" + E),
    (("cells", "cell"),
     rf"{PERSON_S}(?:'s)?{AUX} (?:spent|spend|spends|spending) (?:a|the|one|two|\d+) (?:night|nights|weekend|day|days) "
     r"in (?:the )?(?:police )?(?:cells|cell)" + E),
    (t.CRIMES,
     rf"{PERSON_S}(?:'s)?{AUX}(?: been| got| were| was)? (?:charged|arrested|nicked|convicted|cautioned|"
     rf"sentenced|done) (?:with|for) (?:a |an )?{_CRIME}{E}"),
    (("warrant",),
     rf"{PERSON}{AUX} (?:has|have|had|got) (?:a )?warrant out{E}|{B}warrant (?:out )?for (?:my|his|her|your|"
     rf"{SOMEONE})(?:'s)? arrest"),
    (("released",),
     rf"{PERSON_NOT_THEY} (?:is|was|gets|got|get|are|being) released{E}(?! from (?:the |his |her |my |their )?"
     r"(?:hospital|contract|club|team|job|work|duty)\b)(?!\s+(?:a|an|the|new|their|his|her|its|by|early)\b)"),
    (("conviction", "convictions"), rf"{B}(?:old|spent|unspent|previous|prior|criminal) convictions?{E}"),
    (("drink", "drunk", "driving"),
     rf"{B}(?:drink|drunk)[ -]driv(?:ing|e) (?:ban|conviction|charge|arrest|offence|record){E}|"
     rf"{B}banned from driving{E}"),
]

_MEDS = _alt(t.TREATMENTS, exclude=("oxygen", "therapy", "medication", "medications", "treatment", "surgery"))
_HOSPITAL_WORDS = (
    "groote schuur", "chris hani baragwanath", "baragwanath", "kenyatta national", "mathari", "the mater",
    "mater hospital", "beaumont hospital", "tallaght hospital", "st james's hospital", "great ormond street",
    "the royal marsden", "royal marsden", "the christie", "addenbrooke's", "the maudsley", "maudsley",
    "alder hey", "mayo clinic", "sloan kettering", "md anderson", "st jude", "st jude's",
    "aiims", "tata memorial", "apollo hospital", "lagos university teaching hospital", "korle bu",
    "mulago", "royal prince alfred", "starship hospital", "sickkids", "camh", "priory hospital",
)
_HOSPITALS = _alt(_HOSPITAL_WORDS)
_WARDS = (
    r"(?:nicu|scbu|picu|icu|itu|intensive care|newborn unit|neonatal unit|neonatal intensive care|special care baby "
    r"unit|psych ward|psychiatric ward|mental health unit|cancer ward|oncology ward|dialysis unit|stroke unit|"
    r"cardiac unit|burns unit|high dependency|(?:cardiac|cancer|maternity|psych|stroke|renal|oncology|orthopaedic|"
    r"surgical|children's|mental health|burns|coronary care|respiratory) ward)"
)
HEALTH_RULES += [
    (("aa", "na", "meeting", "meetings"),
     r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?: night| morning| evening)? (?:aa|na)\b|"
     rf"{B}(?:aa|na) (?:meetings?|sponsor|group|chip|coin|meeting hall){E}"),
    (("addict", "alcoholic"),
     rf"{B}(?:recovering|recovered|former|ex) (?:(?:{_alt(t.ADDICTIVES)}|gambling|drug|sex|porn) )?"
     rf"(?:addict|alcoholic){E}"),
    (("weeks", "months", "pregnant"),
     rf"{B}(?:\d+|twenty|thirty) weeks (?:pregnant|along|gone)|{B}(?:\d+|twenty|thirty) weeks today with (?:our|my) "
     rf"(?:first|second|third|baby|bump|twins)|{B}\d+ months gone{E}"),
    (t.TREATMENTS,
     rf"(?:^|(?<=[.!;:(,])) (?:(?:[a-z0-9]+ ){{0,3}}(?:years?|months?|weeks?) )?(?:now |still |finally )?(?:on|off) "
     rf"(?:the |my )?{_MEDS}{E}"),
    (t.TREATMENTS, rf"{PERSON_S}{BE} (?:now |still |back |finally )?(?:on|off) (?:the |my )?{_MEDS}{E}"),
    (_HOSPITAL_WORDS,
     rf"(?:{PERSON_S}|{POSS_ALL}|{B}(?:after|spent|weeks|months|days|nights))[^.!?]{{0,40}}?(?<!work )(?<!works )"
     rf"(?<!worked )(?<!working )(?<!a nurse )(?<!a doctor )(?<!a porter )(?<!a cleaner )(?<!a midwife )"
     rf"(?<!works nights )(?<!work nights )(?<!worked nights )(?<!working nights )(?:in|at|from|out of) (?:the )?"
     rf"{_HOSPITALS}{E}"),
    (("nicu", "scbu", "picu", "icu", "itu", "intensive", "newborn", "neonatal", "special", "psych", "psychiatric",
      "mental", "cancer", "oncology", "dialysis", "stroke", "cardiac", "burns", "dependency", "maternity", "renal",
      "orthopaedic", "surgical", "coronary", "respiratory", "ward"),
     rf"(?:{PERSON_S}|{POSS_ALL}|{B}(?:me|us|baby))(?:(?!nurse|doctor|works? |worked|working|volunteer|porter|cleaner|"
     rf"job|shift|staff|wallet|bank|account|budget|finances|car |phone|laptop|battery|garden|savings)[^.!?]){{0,50}}?"
     rf"{B}(?:in|at|from|out of|on) (?:the )?{_WARDS}{E}"),
    (("waiting",),
     r"waiting list (?:at [a-z' ]+ )?for (?:a|an|my|his|her|our) (?:new )?(?:knee|hip|operation|op|surgery|"
     r"transplant|kidney|liver|heart|scan|mri|biopsy|assessment|diagnosis)\b"),
    (("anxiety", "depression", "ocd", "ptsd", "migraines", "migraine", "fatigue", "panic"),
     r"(?:^|(?<=[^a-z]))(?:the|my) (?:anxiety|depression|panic attacks|ocd|ptsd|migraines?|chronic fatigue)"
     r"(?:'s| has| have| is| are)? (?:been )?(?:so |really |pretty )?(?:bad|awful|terrible|worse|rough|better|"
     r"under control|flaring|playing up)\b"),
]

_RITE_WORDS = (
    "shahada", "amrit", "amrit sanchar", "first communion", "first holy communion", "holy communion",
    "bar mitzvah", "bat mitzvah", "simbang gabi", "kumbh mela", "hajj", "umrah", "ganpati pandal", "pandal",
    "puja", "pooja", "jummah", "jumu'ah", "jumah", "iftar", "suhoor", "sehri", "taraweeh", "menorah",
    "hanukkah candles", "diyas", "kirtan", "langar", "gurdwara", "sabbath", "shabbat", "kiddush", "seder",
    "sunday mass", "midnight mass", "sunday service", "sunday school", "bible study", "the rosary",
    "novena", "rosh hashanah", "yom kippur", "zazen", "rosary",
)
_RITE = _alt(_RITE_WORDS)
_MASS = (
    r"(?:(?:sunday|\d+ o'clock|\d+am|midnight|morning|evening|daily|weekly|vigil) mass|(?:after|before|at|to|from) "
    r"mass(?![ -](?:of|produc|market|transit|shooting|adoption|media|appeal|effect|balance)))"
)
RELIGION_RULES += [
    (_RITE_WORDS,
     rf"(?:{PERSON_S}|{POSS_ALL}|{B}(?:me|us|our|we))[^.!?]{{0,50}}?{B}(?:took|take|taking|did|do|doing|done|"
     rf"made|make|making|performed|keep|keeps|kept|keeping|light|lit|lighting|observe|observed|observing|"
     rf"celebrate|celebrated|celebrating|attend|attended|attending|go to|went to|goes to|missed|miss|misses|"
     rf"pray|prays|prayed|praying|say|says|said|saying|sit|sits|sat|sitting|"
     rf"back from|home from|our|my|his|her|your|at|for|after) (?:the |a |his |her |my |our |their )?"
     rf"(?:first |last |annual |nightly |weekly |single )?(?:[a-z]+ )?{_RITE}{E}(?! (?:sale|offer|deal|discount|lights|"
     r"decorations)\b)"),
    (("ramadan", "lent", "kippur", "ekadashi", "navratri", "ramazan"),
     rf"{PERSON_S}(?:'s)?{AUX} (?:fast|fasts|fasted|fasting|keep|keeps|kept|observe|observes|observed) (?:for |during |"
     r"through |the whole of |every |all of |on )?(?:the )?(?:ramadan|ramazan|lent|yom kippur|ekadashi|navratri)\b"),
    (t.FAITHS,
     rf"{PERSON_S}{BE} (?:a |an )?(?:[a-z]+ )?member of (?:the )?{_FAITH}{E}|(?:{PERSON_S}{BE} |{POSS_ALL} )"
     rf"(?:a |an )?(?:big |proud |practising |practicing |devout |strict |whole )?{_FAITH} (?:family|household|home|"
     r"couple)\b"),
    (("elder", "elders", "deacon", "deaconess"),
     rf"{PERSON_S}{BE} (?:a |an |the )?(?:church )?(?:elder|deacon|deaconess) (?:at|in|of) (?:the )?(?:{_FAITH}|"
     r"kingdom hall|church|chapel|mosque|synagogue|temple|gurdwara|congregation)\b"),
    (("service",), rf"(?:{PERSON_S}|{POSS_ALL}|{B}(?:me|us))[^.!?]{{0,50}}?(?:midnight|christmas eve|easter|"
                   r"watchnight) service\b"),
    (("shabbat", "sabbath", "tov"),
     r"(?:^|(?<=[^a-z]))(?:on|for|during|over) (?:shabbat|the sabbath|yom tov)[^.!?]{0,20}?(?<![a-z])(?:us|we|our|"
     r"my family)\b"),
    (_RITE_WORDS, rf"{POSS_ALL} (?:first |last |annual )?{_RITE}{E}(?! (?:sale|offer|deal|discount)\b)"),
    (_RITE_WORDS, _opening(rf"(?:[a-z]+ )?{_RITE}", r" (?:last|this|every|with|at ours|at home|at the)\b")),
    (("lent",), r"(?:^|(?<=[^a-z]))(?:for|during) lent,? (?:i|we|my|our)\b|(?:^|(?<=[^a-z]))(?:i|we) (?:gave|give|am "
                r"giving|are giving|have given) up [a-z' ]{1,30} for lent\b"),
    (("mass", "service", "school", "study", "prayers", "jummah"),
     _opening(rf"(?:{_MASS}|sunday school|bible study|friday prayers|jummah){E}"
              r"(?! (?:of|for|on|times|hours|teacher|building)\b)")),
    (("eid",), r"(?:^|(?<=[.!;:(,])) eid (?:at ours|at ours this year|at my|at our|with (?:the|my|our) family)\b"),
    (("mass",), rf"(?:{PERSON_S}|{POSS_ALL}|{B}(?:me|us|our|we|father|fr))[^.!?]{{0,60}}?{B}{_MASS}{E}"),
    (t.FAITHS,
     rf"{PERSON_S}(?:'s)?{AUX} (?:go|goes|went|going|attend|attends|attended|attending) (?:to )?(?:the )?{_FAITH}"
     rf"(?: church)?{E}(?! (?:shop|store|charity|hostel|sale|centre|center)\b)"),
    (t.FAITHS,
     _opening(_FAITH, rf"(?: (?:member|family|household|girl|boy|mum|mom|dad|woman|man|convert|here|since|from|"
                      rf"and proud|through and through)){E}")),
    (("mission",), rf"{POSS_ALL} (?:lds|mormon) mission{E}"),
    (("pastors", "pastor"),
     rf"{PERSON} pastors (?:a|the|our|his|her) (?:church|branch|parish|congregation|assembly){E}"),
    (("blessed",), rf"{B}(?:father|fr|pastor|reverend|rev|imam|rabbi) [a-z]+ blessed (?:the|our|my) "),
]

_P_ROLE = (
    r"(?:member|supporter|voter|volunteer|grassroots volunteer|activist|councillor|councilor|candidate|delegate|"
    r"stalwart|loyalist|household|family|campaigner)"
)
_P_DO = (
    r"(?:doorknock|door-knock|door knock|knocking (?:on )?doors|knocked (?:on )?doors|canvass|leafleting|leafleted|"
    r"phone[ -]?bank|handing out how[ -]to[ -]vote|hand out how[ -]to[ -]vote|how[ -]to[ -]vote cards)"
)
_CAUSE_ORGS = (
    r"(?:extinction rebellion|xr|fridays for future|endsars|#endsars|black lives matter|blm|just stop oil|greenpeace|"
    r"climate|anti-war|stop the war|palestine|pro-palestine|free palestine|anti-brexit|women's|anti-racism|"
    r"anti-fascist|antifa|no kings|occupy|pro-life|pro-choice|march for life|anti-abortion|anti-lockdown|"
    r"anti-vax|anti-nuclear|finance bill|reject finance bill)"
)
_PROTEST = (
    r"(?:protest|protests|march|marches|rally|rallies|demo|demonstration|blockade|sit-in|vigil|action|actions|"
    r"school strike|walkout)"
)
POLITICS_RULES += [
    (_P_NAMED_WORDS, _opening(rf"{_P_NAMED}(?: \d{{4}})?,? {_P_ROLE}{E}")),
    (_P_NAMED_WORDS,
     _opening(rf"{_P_NAMED}",
              r" (?:to the bone|till the end|till i die|through and through|born and bred|all the way)\b")),
    (("obidient", "obidients"), rf"{B}obidients?{E}"),
    (_P_NAMED_WORDS,
     rf"{B}(?:gave|give|giving|put|putting) (?:my |our )?(?:number (?:1|one)|no\.? ?1|first preference|"
     rf"1st preference|vote|votes|second preference) (?:to|for) (?:the )?{_P_NAMED}{E}"),
    (("vote",), r"(?:^|(?<=[^a-z]))(?:regret|regretted|regretting) (?:my|our) vote\b|"
                r"(?:^|(?<=[^a-z]))(?:you have|you've got|you got|you'll have|you definitely have) my vote\b"),
    (_P_NAMED_WORDS,
     rf"{B}(?!pt\b){_P_NAMED} (?:(?:19|20)\d\d |\d\d )?(?:sticker|sign|yard sign|hat|cap|shirt|t-shirt|badge|"
     r"poster|mug|"
     rf"tote|beret|scarf|flag){E}"),
    (_P_NAMED_WORDS,
     rf"(?:{PERSON}|{B}(?:me|us))[^.!?]{{0,40}}?(?:at|to|from) (?:the|a|his|her|their) {_P_NAMED} (?:rally|rallies|"
     r"convention|conference|hustings|victory party|campaign launch|meeting|event)" + E),
    (("protest", "protests", "march", "marches", "rally", "rallies", "demo", "demonstration", "blockade", "sit-in",
      "vigil", "action", "actions", "strike", "walkout"),
     rf"(?:{PERSON_S}|{POSS_ALL}|{B}(?:me|us))[^.!?]{{0,40}}?(?:at|on|to|joined|joining|join|attended|attend|"
     rf"organised|organized|marched in|went to|go to|every) (?:the |a |an |every |our |their |my |first |another )*"
     rf"{_CAUSE_ORGS} {_PROTEST}{E}"),
    (("marched", "protested", "demonstrated", "rallied"),
     rf"{PERSON_S}(?:'s)?{AUX} (?:marched|protested|demonstrated|rallied) (?:against|for) (?:the |a )?[a-z]"),
    (("doorknock", "door", "doors", "canvass", "canvassing", "canvassed", "leafleting", "leafleted", "phone",
      "phonebank", "phonebanking", "how"),
     rf"{PERSON_S}[^.!?]{{0,60}}?{B}{_P_DO}"),
    (("petition",),
     r"(?:signed|sign|signing|started|organised|organized) (?:the |a |our )?petition (?:to|against|for) "
     r"(?:recall|impeach|remove|oust)\b"),
    (("society", "club", "association", "soc"),
     rf"{B}(?:ran|run|runs|chaired|chair|president of|joined|member of) (?:the )?(?:conservative|labour|liberal|"
     r"socialist|tory|republican|democrat|democratic|green|young conservatives|young labour|young republicans|"
     r"young democrats)s? (?:society|club|association|soc)\b"),
    (t.POLITICIANS,
     rf"{B}{_POLITICIAN}(?! (?:card|cards|tower|towers|tweed|bikes?|airport|street|road|cent(?:er|re)|day|"
     r"estate|house|hall|station|square|park)\b)(?:'s| is| was| has| had| would| will| did| does)(?: been| have)? "
     r"(?:[a-z]+ ){0,2}?"
     r"(?:the only one|a disaster|a disappointment|a massive disappointment|useless|a liar|a crook|a legend|"
     r"the best|the worst|destroyed|ruined|saved|fixed|failed|betrayed|did good|did well|did great|"
     r"talking sense|talks sense|gets it|got my vote)\b"),
]

_ETH_PLURAL = _alt(t.ETHNIC_GROUPS, plural=True, exclude=t.AMBIGUOUS_ETHNIC)
RACE_RULES += [
    (t.ETHNIC_GROUPS,
     rf"{B}(?:us|we|we are all|we're all) {_ETH_PLURAL}{E}(?! (?:food|restaurant|cuisine|music|film)\b)"),
    (t.ETHNIC_GROUPS,
     rf"(?:{PERSON}|{POSS_ALL}|{B}(?:me|us))[^.!?]{{0,40}}?{B}(?:the|our|my) {_ETH_STRICT} (?:family reunion|"
     r"family gathering|family wedding|clan|community centre|community center|association|elders)" + E),
    (t.ETHNIC_GROUPS,
     rf"{B}(?:being|born|come|comes|came|coming|am|i'm|is|was|are) (?:from|into) (?:a|an) (?:[a-z]+ )?"
     rf"{_ETH_STRICT}(?:[ -][a-z]+)? (?:family|household|home|community|background){E}"),
    (("caste", "tribe", "scheduled"),
     rf"{B}(?:caste|tribe|sc|st|obc) certificate{E}|(?:{PERSON}|{POSS_ALL})[^.!?]{{0,50}}?{B}scheduled "
     r"(?:tribe|caste)s?" + E),
]


# --- round four ---------------------------------------------------------------------------------
HEALTH_RULES += [
    (("op", "post-op", "postop"),
     rf"{B}post[- ]?op{E}(?! (?:care|instructions) (?:for|of) (?:the|your) (?:panels?|roof))"),
    (("surgery", "operation", "op", "reconstruction", "replacement"),
     rf"{B}recovering from (?:my|his|her|your|{SOMEONE}'s?) (?:[a-z]+ ){{0,2}}(?:surgery|operation|op|"
     r"reconstruction|replacement)\b"),
    (("ivf",), rf"{B}(?:our|my|her|their|your) ivf{E}|{B}ivf (?:rounds?|cycles?|treatment|journey){E}"),
    (("rehab", "physio", "recovery", "treatment", "chemo", "radiotherapy", "dialysis"),
     rf"{B}{_WISH}[^.!?]{{0,30}}?(?:rehab|physio|recovery|treatment|chemo|radiotherapy|dialysis) (?:is|are|goes|"
     r"going|went|has been)\b"),
]
CRIME_RULES += [
    (("bracelet", "monitor", "tag"),
     r"ankle (?:bracelet|monitor|tag) (?:comes? off|came off|is coming off|gets? (?:taken )?off|got (?:taken )?off)\b"),
    (t.CRIMES, rf"{POSS} (?:{_CRIME} |criminal |drink[ -]driving |drugs? )convictions?{E}"),
    (("years", "months", "year", "months"),
     rf"{PERSON}[^.!?]{{0,12}}?(?:doing|serving|got|given|facing) {_SPAN}(?: and a half)? (?:in {_NAMED_PLACE}{E}|"
     rf"in (?:{_PLACE}){E}|for {_CRIME}{E}|inside{END})"),
]
RELIGION_RULES += [
    (t.RELIGIOUS_GARB, rf"{POSS_ALL} {_alt(t.RELIGIOUS_GARB, plural=True)}{E}"),
]
_ETH_PEOPLE_NOUN = (
    r"(?:community|people|nation|band|tribe|village|reserve|iwi|hapu|clan|relatives|elders|heritage|roots|"
    r"ancestors|aunties|uncles|grandparents|grandmother|grandfather|grandma|grandpa|nan|nana)"
)
RACE_RULES += [
    (t.ETHNIC_GROUPS,
     rf"{B}(?:the only|another|the other|a fellow|the only other) {_ETH_STRICT} (?:girl|boy|woman|man|person|family|"
     r"kid|guy|lad|lass|one|in the)\b"),
    (t.ETHNIC_GROUPS, rf"{POSS_ALL} {_ETH_STRICT} {_ETH_PEOPLE_NOUN}{E}"),
    (t.ETHNIC_GROUPS, rf"{B}(?:\w+ )?generations? of {_ETH_STRICT}{E}"),
    (("windrush",),
     rf"{PERSON}[^.!?]{{0,20}}? (?:came|come|arrived|sailed) (?:over )?(?:on|with) the windrush|"
     rf"{B}windrush generation{E}"),
    (("ngati", "ngai"), rf"{B}(?:ngati|ngai) [a-z]+"),
]
POLITICS_RULES += [
    (t.IDEOLOGIES + t.PARTIES,
     rf"{AS_OR_BEING} (?:a|an) (?:staunch|lifelong|life-long|committed|proud|card-carrying|die-hard|diehard|loyal|"
     rf"paid-up|true|rock-solid|lifetime) (?:{_IDEO_AMBIG}|{_IDEO_STRICT}|{_P_NAMED}){E}"),
    (("delegate", "convention", "conference"),
     rf"{PERSON_S}{BE} (?:a|an) (?:delegate|volunteer|speaker|organi[sz]er) (?:at|for|to) (?:the )?(?:{_P_NAMED}|"
     r"democratic|republican|labour|conservative|tory|green|liberal democrat|lib dem) (?:national )?(?:convention|"
     r"conference|party conference)\b"),
    (("ticket", "council", "councillor", "councilor"),
     rf"{PERSON}[^.!?]{{0,40}}?(?:stood|ran|runs|running|standing|stands) (?:for [a-z ]{{1,30}} )?(?:on|as) "
     rf"(?:the |a )?"
     rf"(?:[a-z]+ ){{1,3}}(?:party )?ticket{E}|{PERSON}[^.!?]{{0,20}}? (?:stood|ran|standing|running|stands|runs) "
     r"(?:for|as) (?:the )?(?:town|city|county|district|parish|local|borough) council(?:lor|or)?\b"),
    (("organise", "organize", "organising", "organizing", "campaign", "campaigning", "protest", "protesting"),
     rf"{PERSON_S}{AUX} (?:organi[sz]e|organi[sz]ing|campaign|campaigning|protest|protesting) with (?:the |our |my )?"
     r"(?:local )?(?:[a-z'-]+ ){0,4}(?:group|campaign|coalition|movement|alliance|collective)\b"),
    (("list", "ticket", "preselection", "selection", "candidacy", "election"),
     rf"{B}{_WISH}[^.!?]{{0,30}}?(?:on|with|in) the (?:[a-z' ]{{2,30}} )?(?:party list|list|ticket|preselection|"
     r"candidacy|council election|election campaign)\b"),
]
UNION_RULES += [
    ((*_U_WORDS, "steward"),
     rf"{B}(?:elected|voted in as|became|made|appointed) (?:the |our |a |an )?{_U_ANY} (?:sub-branch |branch |"
     r"workplace |site |school )?(?:rep|steward|delegate|secretary|organi[sz]er|convenor)\b"),
    ((*t.UNIONS,), rf"{PERSON}{AUX} (?:organises|organizes|organised|organized|organising|organizing) [^.!?]{{0,40}}"
                   rf"for (?:the )?{_UNION_STRICT}{EH}"),
    (("picket",), rf"{POSS_ALL} picket(?: line)?{E}(?! fences?\b)"),
    (_U_WORDS,
     rf"{PERSON_S}{BE} all (?:{_UNION_STRICT}|{_UNION_AMBIG}) (?:on|at|in) (?:this|the|our) (?:wharf|site|plant|yard|"
     r"depot|ward|school|mine|line|floor|docks)\b"),
    (_U_WORDS,
     rf"{B}(?:see you|meet you|saw you|see ya|catch you) at the {_U_ANY}(?: branch)? (?:meeting|rally|picket|"
     r"conference|ball|social|dinner)\b"),
    (_U_WORDS,
     rf"{B}(?:been |was |were |is |are )?out (?:on strike )?with (?:the )?(?:{_UNION_NAMED}|{_UNION_AMBIG}{EH}) "
     r"(?:for (?:\d+|a|two|three|four|five|six|seven|eight|nine|ten|several|many) (?:days?|weeks?|months?)|"
     r"on strike)\b"),
    (_U_WORDS,
     rf"{PERSON_S}{BE} (?:a|an) (?:organi[sz]er|rep|steward|delegate|official|activist) (?:with|for|at|in) "
     rf"(?:the )?(?:[a-z]+ ){{0,3}}(?:union|{_UNION_STRICT}){E}"),
]


# --- round five -------------------------------------------------------------------------------
_ETH_OCCASION = (
    r"(?:new year|naming ceremony|wedding|festival|dance|celebration|ceremony|feast|funeral|gathering|powwow|pow wow)"
)
_ORGS = (
    r"(?:extinction rebellion|xr|just stop oil|greenpeace|fridays for future|black lives matter|blm|insulate britain|"
    r"last generation|letzte generation|sunrise movement|stop the war coalition|momentum|hope not hate|"
    r"palestine solidarity campaign|psc|cnd|friends of the earth)"
)
RACE_RULES += [
    (t.ETHNIC_GROUPS,
     rf"(?:{PERSON}|{POSS_ALL}|{B}(?:me|us))[^.!?]{{0,40}}?{B}(?:at |for |the )?{_ETH_STRICT} {_ETH_OCCASION}{E}"),
    (t.ETHNIC_GROUPS,
     rf"{POSS_ALL} {_ETH_STRICT} (?:[a-z]+ )?(?:{_ETH_PEOPLE_NOUN}|camp|reserve|settlement|homeland|longhouse){E}"),
    (t.ETHNIC_GROUPS, rf"^ [a-z'-]+(?: [a-z'-]+){{1,2}}(?:,| \() ?{_ETH_STRICT}{E}"),
    ((*t.DEMONYMS, *t.ETHNIC_GROUPS),
     rf"{B}{_ANY_ORIGIN}-{_ANY_ORIGIN} (?:lad|girl|boy|guy|woman|man|kid|family|household|heritage|roots|mum|mom|dad|"
     r"son|daughter|wife|husband|person)\b"),
]
POLITICS_RULES += [
    (_P_NAMED_WORDS,
     rf"(?:{PERSON}|{POSS_ALL})[^.!?]{{0,40}}?(?:a|an|the|my|our) {_P_NAMED} (?:councillor|councilor|mp|mep|msp|"
     r"senator|candidate|activist|organi[sz]er|politician|assemblyman|assemblywoman|mayor|party member)\b"),
    (("extinction", "xr", "oil", "greenpeace", "fridays", "blm", "lives", "insulate", "generation", "sunrise",
      "momentum", "hope", "palestine", "psc", "cnd", "friends"),
     rf"(?:{PERSON}|{POSS_ALL}|{B}(?:me|us))[^.!?]{{0,50}}?(?:with|for|alongside|in|joined|member of) "
     rf"(?:the )?{_ORGS}{E}"),
    (("trail",), rf"{B}{_WISH}[^.!?]{{0,30}}?(?:the|your) campaign trail{E}"),
    (_P_NAMED_WORDS,
     rf"{B}(?:handing out|hand out|handed out|delivering|delivered|deliver|leafleting) (?:[a-z]+ )?{_P_NAMED}"
     r"(?: party)? (?:flyers|leaflets|pamphlets|newsletters|literature)\b"),
    (_P_NAMED_WORDS,
     rf"{B}(?:runs|run|ran|chairs|chaired|organises|organizes|leads|led|founded) (?:the |our |a )?(?:local )?"
     rf"{_P_NAMED} (?:support group|branch|association|chapter|group|club|office){E}"),
    (_P_NAMED_WORDS,
     rf"{PERSON_S}{BE} (?:a|an|the) (?:[a-z]+ )?(?:organi[sz]er|volunteer|activist|canvasser|campaigner|staffer|"
     rf"intern|agent|candidate|councillor|councilor|member) (?:for|with|in|of) (?:the )?{_P_NAMED}{E}"),
]
HEALTH_RULES += [
    (("carer",), rf"{B}my (?:full[- ]time |paid |live[- ]in |new )?carer{E}"),
    (("pregnant",), rf"{B}(?:\d+|one|two|three|four|five|six|seven|eight|nine) months pregnant{E}"),
    (("breakdown",),
     rf"{B}(?:since|after|before|during|following) (?:my|his|her|your) (?:nervous |mental )?breakdown{E}"),
]
CRIME_RULES += [
    (("in",), rf"{B}in and out of (?:{_PLACE}|prison|jail|juvie|trouble with the police|the courts){E}"),
]
UNION_RULES += [
    (("local",), rf"{POSS_ALL} local's (?:banner|branch|meeting|hall|picket|strike|rep|steward){E}"),
    (("branch", "union", "shop", "chapel", "lodge"),
     rf"{B}(?:elected|made|voted in as|became|appointed) (?:the |our |a )?(?:branch|union|shop|chapel|lodge) "
     r"(?:secretary|chair|rep|steward|delegate|treasurer|president|convenor)\b"),
    (("local",), rf"{B}(?:all of us|us|we|those of us) (?:in|from|at) local (?:no\.? ?)?\d+{E}"),
]


# --- round six ----------------------------------------------------------------------------------
_ORDERS = (
    r"(?:sisters?|brothers?|daughters) of (?:mercy|charity|st\.? joseph|notre dame|the presentation|loreto|"
    r"the sacred heart|st\.? john of god|the good shepherd|nazareth)|christian brothers|jesuits?|franciscans?|"
    r"dominicans?|benedictines?|carmelites?|poor clares"
)
UNION_RULES += [
    (_U_WORDS,
     rf"{PERSON_S}{BE} (?:{_UNION_STRICT}|{_UNION_AMBIG}) (?:right )?(?:through|during|in) the [^.!?]{{0,12}}"
     rf"strike{E}"),
    ((*_U_WORDS, "steward"),
     rf"{B}(?:the only other|another|the other|a fellow|the only) {_U_ANY}[ -](?:member|rep|steward|delegate){E}"),
]
CRIME_RULES += [
    (("ban",),
     rf"{B}(?:got|given|have|had|has|on|serving|with) (?:a |an )?(?:\d+[- ](?:month|year|week)s?(?: long)? |lifetime |"
     r"long )?driving ban\b"),
    (("criminal", "record"), rf"(?:{PERSON}|{POSS_ALL})[^.!?]{{0,40}}?(?:the|a) criminal record{E}(?! checks?)"),
    (("tag",), r"(?:^|(?<=[.!;:(,])) (?:still |currently |now )?on (?:the |a )?tag (?:till|until|since|after|til)\b"),
    ((*t.DETENTION_PLACES, *_NAMED_PLACE_WORDS),
     rf"{B}welcome (?:home|back) from (?:hmp |the )?(?:{_NAMED_PLACE}|{_PLACE}){E}"),
]
RELIGION_RULES += [
    (("sisters", "sister", "brothers", "brother", "daughters", "jesuit", "jesuits", "franciscan", "franciscans",
      "dominican", "dominicans", "benedictine", "benedictines", "carmelite", "carmelites", "clares"),
     rf"(?:^|(?<=[,(]) ?|{PERSON_S}{BE} (?:a |an )?(?:member of (?:the )?)?)(?:{_ORDERS}){E}"),
]
HEALTH_RULES += [
    (("hospice",),
     rf"(?:{PERSON}|{POSS_ALL})(?:(?!works?\b|worked|working|volunteer|nurse|job|shift|admin|cleaner|chef|cook|manager|"
     rf"receptionist|fundrais|the shop)[^.!?]){{0,40}}? "
     rf"(?:in|at|from) (?:the |a )?hospice{E}"),
]
POLITICS_RULES += [
    (("politics", "political"),
     rf"{B}(?:shows|reveals|exposes|gives away|says a lot about) my politics{E}|{B}my political (?:views|leanings|"
     r"affiliation|opinions|beliefs)\b"),
    (("voted", "vote", "voting"),
     r"(?:^|(?<=[^a-z]))(?:i |we )?(?:voted|vote|voting) (?:yes|no) (?:on|in|to|for) (?:the )?(?:voice|referendum|"
     r"brexit|indyref|repeal|same-sex marriage|marriage equality|leave|remain|independence)\b"),
    (_P_NAMED_WORDS,
     rf"{AS_OR_BEING} (?:a|an) {_P_NAMED} (?:branch )?(?:volunteer|member|activist|organi[sz]er|councillor|"
     r"supporter|delegate)\b"),
]
RACE_RULES += [
    (t.ETHNIC_GROUPS, rf"{B}(?:the|my|your|our|his|her) (?:whole )?{_ETH_STRICT} side(?: of the family)?{E}"),
    (t.ETHNIC_GROUPS,
     rf"^ (?:name\s*:\s*)[a-z'-]+(?: [a-z'-]+){{1,2}}(?:,| \() ?{_ETH_STRICT}{E}"),
]

# --- round seven ----------------------------------------------------------------------------------
# An aside after a name ("Jim O'Brien (SIPTU)", "Name: Linda Okafor, NUT Lagos branch") or in
# brackets anywhere ("(type 1 diabetic, insulin in the fridge)") describes the person it follows.
_NOT_A_NAME = (  # greetings and openers are not names
    r"(?!(?:hi|hey|hello|dear|hiya|yo|salut|coucou|bonjour|hola|oye|ciao|ol[aá]|oi|hallo|hoi|halo|cze[sś][cć]|"
    r"merhaba|selam|kumusta|uy|eh|d'apr[eè]s|selon|seg[uú]n|laut|according|thanks|thank|yes|no|ok|so|and|but)\b)"
)
# "(", a name field ("Name: Ann Lee, ..."), or a name that opens the text ("Carol Dunn, UNISON branch
# secretary", "Kwame - Ashanti born and bred"): two to four words before a comma, one to four before " - ".
_PROFILE = (
    r"(?:(?:tell us |a (?:bit|little) )?about (?:me|yourself|you|myself)|bio|occupation|job(?: title)?|profession|"
    r"title|role|position|nick ?name|user ?name|display ?name|screen ?name|gamer ?tag|pseudo|apodo|"
    r"apelido|spitzname|bijnaam|soprannome|"
    r"ksywka|palayaw|handle|alias|hobbies|interests|who (?:i am|are you)|describe yourself|poll comment|"
    r"contest essay|introduce yourself|(?:your|my) story|profile)"
)
# ... or a profile field, after up to three short items ("About me: 34, Black British, teacher").
_PROFILE_START = rf"(?:^|(?<=[.!;])) {_PROFILE} ?: (?:[^,.;:!?()]{{1,30}}, ){{0,3}}"
_ASIDE_START = (
    rf"(?:{_PROFILE_START}|\(|^ name(?: field)? ?: [a-z'.-]+(?: [a-z'.-]+){{0,3}}?(?:,| -)|"
    rf"^ {_NOT_A_NAME}[a-z'.-]+(?: [a-z'.-]+){{1,3}}?,|"
    rf"^ {_NOT_A_NAME}[a-z'.-]+(?: [a-z'.-]+){{0,3}}? -|"
    # an entry or a caption that opens with a name and a few items: "Sweepstakes entry: Doris, 84, Quaker"
    rf"^ (?:[a-z]+ ){{0,2}}(?:entry|caption|submission|nominee|nomination) ?: [a-z'.-]+(?: [a-z'.-]+){{0,3}}?(?:,| -)"
    r"(?: [^,.;:!?()]{1,30},){0,2}) ?"
)


def _aside(term: str, start: str = _ASIDE_START) -> str:
    """A pattern for a bracketed aside, or a name field's aside, that opens with the term."""
    return rf"{start}(?:(?:{_HERE_ADJ}|yes|also|and|the only|the|only|i am|we are) ){{0,4}}(?:{term}){EH}"


def _profile_aside(term: str) -> str:
    """As _aside, but only in brackets or a profile field ("About me: 34, Black British, ..."), not after a name."""
    return _aside(term, rf"(?:{_PROFILE_START}|\( ?)")


_ROLE_TAIL = (
    r"(?: [a-z'-]+){0,2} (?:branch|member|rep|steward|shop steward|delegate|local|chapter|volunteer|organi[sz]er)"
)
_CLERGY_TITLE = (
    r"(?:rev|revd|reverend|pastor|fr|father|imam|rabbi|sheikh|swami|deacon|bishop|canon|brother|sister|mother)"
)
_EXITED = r"(?:got|getting|coming|came|get) out"
_KID_WORDS = r"(?:kids|children|boys|girls|son|daughter|grandkids|little ones)"
_NUMBER = r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|a few|several)"
_PROTEST = r"(?:protests?|demos?|demonstrations?|sit-ins?|blockades?|occupations?)"
UNION_RULES += [
    (t.UNIONS, _aside(_UNION_STRICT)),
    (t.AMBIGUOUS_UNIONS, _aside(_UNION_AMBIG + _ROLE_TAIL)),
    (_U_WORDS,
     rf"{B}(?:(?:on|out on|went on|going on|been on|came out on) strike|walked out|walking out|walk out|"
     rf"went out) (?:with|alongside) (?:the |my |our )?"
     rf"(?:{_UNION_STRICT}|{_UNION_AMBIG}){EH}"),
    (_U_WORDS,
     rf"{PERSON}[^.!?]{{0,30}}? at (?:the |an? )?(?:{_UNION_STRICT}|{_UNION_AMBIG}) (?:strike|picket|rally|march|"
     r"conference|branch meeting|demo)\b"),
    ((*_U_WORDS, "paid", "organises", "organizes", "organised", "organized"),
     rf"{PERSON}{AUX}? (?:'s|has |have |had )?(?: ?paid into| ?been in|organi[sz]es with|organi[sz]ed with|"
     rf"organi[sz]ing with) (?:the )?(?:{_UNION_STRICT}|{_UNION_AMBIG}){EH}"),
    (_U_WORDS, rf"{PERSON}{BE} (?:{_UNION_STRICT}|{_UNION_AMBIG}) (?:during|since|in|through|for) (?:'|\d|the )"),
    (("strike", "dues", "subs"), rf"{POSS_ALL} (?:strike pay|union dues|union subs){E}"),
    (("dues", "subs"), r"(?:^|(?<=[.!;:(])) (?:my |our )?union (?:dues|subs|fees) (?:went|go|are|have|just|keep)\b"),
]
CRIME_RULES += [
    (t.DETENTION_PLACES,  # not work there: "Occupation: prison officer at HMP Durham"
     _aside(rf"hmp [a-z]+|{_PLACE}") + r"(?! (?:officers?|guards?|warden|staff|nurse|chaplain|teacher|governor|service|"
     r"worker|visitor))"),
    (("time",), rf"{B}(?:i have |i |we have |he has |she has )?(?:done|did|doing|served) (?:my|his|her|their|"
                rf"our) time{E}(?! on the| waiting| in the queue)"),
    (("bail",),
     rf"(?:{PERSON_S}{BE}|^|(?<=[.!;:(,])) ?(?:currently |still |now )?(?:out )?on (?:police |conditional |"
     rf"strict )?bail{E}"),
    (("suspended",),
     rf"{PERSON_S}[^.!?]{{0,25}}? (?:on|got|given|serving|had|have|has|under) (?:a |an |my |his |her )?"
     r"(?:\d+[- ][a-z]+ )?suspended (?:sentence|jail term|prison sentence)\b"),
    (("monitor", "tag", "bracelet"),
     rf"(?:^ |(?<=[.!;:(,]) ?|{PERSON_S}{BE} (?:on|wearing) |{POSS_ALL} )(?:an? |the )?(?:ankle|electronic|gps|leg) "
     r"(?:monitor|tag|bracelet)\b"),
    (("community",),
     rf"{B}(?:finish\w*|complet\w*|done|did|doing|serv\w*|sentenced to|ordered to do|got|given) (?:my|your|his|her|"
     rf"their|\d+ (?:hours|hrs|hr)(?: of)?)(?: \d+ hours(?: of)?)? community service{E}|"
     r"^ community service (?:done|finished|over|"
     r"complete)\b"),
    (("halfway", "hostel", "premises"),
     rf"(?:{PERSON_S}{BE} (?:in |at |living in |staying at )(?:a |an |the )?|^ )(?:halfway house|bail hostel|"
     r"approved premises)\b"),
    (("juvie", "borstal", "juvenile", "youth"),
     r"(?:^|(?<=[.!;:(,])) (?:juvie|borstal|juvenile detention|youth detention|young offenders) (?:at|when|from|"
     r"for|age|"
     r"aged)\b"),
    (("release",), r"(?:^|(?<=[.!;:(,])) (?:on )?work release\b"),
    (("getting", "got", "coming", "came", "get"),
     rf"{B}since (?:i )?{_EXITED} (?:of (?:prison|jail|gaol|the nick|inside|juvie)|last (?:spring|summer|autumn|fall|"
     r"winter|year|month|week)|in (?:19|20)\d\d)\b"),
    (("inside",),
     rf"{PERSON}{BE} inside (?:for|till|until|since|another) (?:(?:another |"
     rf"a few )?(?:{_NUMBER} )?(?:more )?(?:years?|yrs?|"
     r"months?|stretch)|life|christmas|next year|(?:19|20)\d\d)\b"),
    (("busted", "nicked", "pinched", "collared", "lifted"),
     rf"(?:{PERSON_S}{AUX}? (?:got |was |were |been )?|^ (?:got |was )?)(?:busted|nicked|pinched|collared) for "
     r"(?:growing|dealing|selling|possession|drink|drunk|dui|dwi|shoplifting|theft|stealing|fraud|assault|burglary|"
     r"weed|drugs|cannabis|speeding)\b"),
]
HEALTH_RULES += [
    ((*t.HEALTH_STATES, *t.CONDITIONS), _aside(rf"{_H_STATES}|{_COND}|hard of hearing|deaf|blind|wheelchair user")),
    (("clean", "sober"),
     rf"{B}{_NUMBER} (?:days?|weeks?|months?|yrs?|years?) (?:clean|sober)(?! from (?:crime|trouble|"
     rf"the law))(?= (?:and|off|from|now|today|since|this)\b|"
     r"\s*[,.!;:)]|$)"),
    (("rehab",), rf"{B}since (?:my |i left |leaving |getting out of |coming out of )?rehab{E}"),
    (("covid",),
     rf"(?:{PERSON_S}{BE} (?:had |got |living with |suffering from |with )?|{POSS_ALL} |^ |(?<=[.!;:(,]) )long covid "
     r"(?:since|for|after|from|and|so|,|means|has|is|again)"),
    (t.HEALTH_STATES,
     rf"(?:^ |(?<=[.!;:(]) ?){_H_STATES}(?: i{{1,2}}| type \d)?(?:,| -| w| with) (?:twins|triplets|off work|"
     rf"on benefits|can not|cannot|"
     r"housebound|signed off|on meds|need|so)\b"),
]
RELIGION_RULES += [
    ((*t.FAITHS, *t.FAITH_ADJECTIVES), _aside(_FAITH)),
    (("rev", "revd", "reverend", "pastor", "fr", "father", "imam", "rabbi", "sheikh", "swami", "deacon", "bishop",
      "canon", "brother", "sister", "mother"),
     rf"^ name ?: {_CLERGY_TITLE}\.? (?!christmas|time\b)[a-z'-]+"),
    (("ofm", "sj", "osb", "ocd", "ocso", "op"), r"^ name ?: [a-z'. -]{3,40}? (?:ofm|s\.?j|osb|ocd|ocso|o\.p)\.?$"),
    (("shabbos", "shabbat", "sabbath", "tov"),
     rf"{PERSON}(?: can not| cannot| do not| never| are not allowed to| may not| will not)[^.!?]{{0,30}}? on "
     r"(?:the )?(?:shabbos|shabbat|sabbath|yom tov)\b"),
    (("witnesses", "mormons", "brethren", "jws", "jw", "scientology", "moonies"),
     rf"{PERSON}[^.!?]{{0,12}}? (?:left|quit|was raised in|grew up in|was in|joined|leaving|"
     rf"escaped) the (?:jehovah's )?"
     r"(?:witnesses|jws?|mormons|lds church|exclusive brethren|brethren|moonies|scientologists|"
     r"church of scientology)\b"),
    (("madrasa", "madrassa", "madrasah", "madressa", "cheder", "yeshiva", "catechism"),
     rf"(?:{PERSON}|{B}{_KID_WORDS})(?:{BE}|'re| are| go| goes| attend| attends) (?:at |to )?(?:the )?(?:madrasa|"
     r"madrassa|madrasah|madressa|hebrew school|cheder|yeshiva|catechism)\b"),
    (("refuge",), rf"{PERSON}[^.!?]{{0,10}}? (?:took|taken|take|takes) refuge in (?:the )?(?:buddha|dharma|sangha|"
                  r"three jewels|triple gem)\b"),
    (("wat",), rf"{PERSON}{AUX}? (?:goes|go|went|going) to (?:the |our )?wat (?:in|every|on|each)\b"),
    (("committee", "board", "council"),
     rf"{PERSON}{BE} on the (?:[a-z]+ )?(?:committee|board|council) (?:at|of) (?:the |our |my )?(?:[a-z]+ ){{0,2}}"
     r"(?:temple|mosque|church|gurdwara|synagogue|shul|mandir|parish|masjid|kingdom hall)\b"),
    ((*t.FAITHS, *t.FAITH_ADJECTIVES),
     rf"{B}(?:ticked|selected|chose|entered|put down|marked)[^.!?]{{0,20}}? ['\"]?{_FAITH}{E}|['\"]{_FAITH}['\"] "
     r"(?:i|we|that i) (?:ticked|selected|chose|entered|put)\b"),
    (("fast", "fasted", "fasting", "fasts"),
     rf"{PERSON}{AUX}? (?:fast|fasted|fasting|fasts|keep the fast) (?:all|every|each|through|during|for|the whole|"
     r"the entire|the full|this|last) (?:of )?(?:the )?(?:ramadan|lent|yom kippur|ekadashi|navratri|karva chauth)\b"),
]
POLITICS_RULES += [
    (t.PARTIES, _aside(rf"{_PARTY}(?: party)?(?:{_ROLE_TAIL})?|(?:lifelong|life-long|card-carrying) (?:{_PARTY}|"
                       rf"{_AMBIG_PARTY})")),
    (t.AMBIGUOUS_PARTIES,
     _aside(rf"{_AMBIG_PARTY} party{_ROLE_TAIL}|(?:lifelong|life-long|card-carrying) {_AMBIG_PARTY}")),
    ((*t.PARTIES, *t.AMBIGUOUS_PARTIES, *t.POLITICIANS),
     rf"{B}(?:never|always|only ever) (?:once )?voted (?:for )?(?:the )?(?:{_PARTY}|{_AMBIG_PARTY}|{_POLITICIAN}){EH}"),
    ((*t.PARTIES, *t.AMBIGUOUS_PARTIES),
     rf"(?:^|(?<=[.!;:(,])|{PERSON}) ?ticked (?:{_PARTY}|{_AMBIG_PARTY})(?: party)? (?:for|on|in|at|last|both|"
     rf"every){E}"),
    (t.POLITICIANS,
     rf"(?:^ |(?<=[.!;:(,]) ?|{PERSON_S}{BE} (?:a |an )?){_POLITICIAN} (?:loyalist|supporter|voter|fan|diehard|"
     r"die-hard|stan)(?= since| for| here| all| through|\s*[,.!;:)]|$)"),
    (("protest", "protests", "demo", "demos", "demonstration", "demonstrations", "sit-in", "blockade", "occupation"),
     rf"{PERSON}{BE} (?:at|on|in) the (?:[a-z'-]+ ){{0,3}}?{_PROTEST}(?: (?:at|in|on|against) [a-z'-]+)?{E}"),
    ((*t.PARTIES, "organises", "organizes", "canvasses"),
     rf"{PERSON}{AUX}? (?:organi[sz]es|organi[sz]ed|canvasses|canvassed|volunteers|campaigns) (?:for|with) (?:the |a )?"
     rf"(?:[a-z]+ ){{0,2}}{_PARTY}{EH}"),
]
RACE_RULES += [
    (t.ETHNIC_GROUPS, _aside(_ETH_STRICT)),
    (_ORIGIN_WORDS, rf"(?:^ |(?<=[.!;:(,]) ?|{PERSON_S}{BE} ){_ANY_ORIGIN} and proud(?! (?:of|to|that))\b"),
    (_ORIGIN_WORDS,
     rf"(?:{PERSON}|{POSS_ALL})[^.!?]{{0,20}}? (?:{_ETH_STRICT}|{_ETH_AMBIG}|{_ORIGIN_STRICT}) (?:stock|blood|"
     r"descent|ancestry|lineage)\b"),
]

_KIN_ANY = rf"(?:{_alt(t.RELATIVES, plural=True)}|{_KIN})"
UNION_RULES += [
    (_U_WORDS,
     rf"(?:^|(?<=[,;(.!:-])) (?:(?:{_HERE_ADJ}) ){{0,3}}(?:{_UNION_STRICT}|{_UNION_AMBIG})(?: local)?(?: \d+)? "
     r"(?:member|rep|steward|shop steward|delegate|organi[sz]er)(?=\s*[,.;:!?)]|$| and| since| for| here| at| in)"),
]
HEALTH_RULES += [
    (("gallbladder", "appendix", "tonsils", "kidney", "ovaries", "womb", "uterus", "thyroid", "spleen", "prostate",
      "adenoids", "gall"),
     rf"{PERSON_S}{AUX}? (?:had|having|getting|got|get) (?:my|his|her|their|{_YOUR}) (?:gallbladder|"
     rf"gall bladder|appendix|"
     r"tonsils|kidney|ovaries|womb|uterus|thyroid|spleen|prostate|adenoids) (?:out|removed|taken out)\b"),
    (t.CONDITIONS, rf"{B}signed off(?: work| sick)?(?: for)?(?: [a-z0-9]+){{0,3}} with {_COND}{E}"),
    (("op", "operation", "surgery"),
     rf"{B}since (?:the|my|his|her) (?:op|operation|surgery) on (?:my|his|her|{_YOUR}) "),
]
RELIGION_RULES += [
    ((*t.FAITHS, *t.FAITH_ADJECTIVES), rf"{B}(?:{_FAITH}) (?:family|household) of (?:\d+|two|three|four|five|"
                                       rf"six|seven|eight|nine|ten){E}"),
    (("believing",),
     rf"{PERSON_S}{AUX}? (?:stopped|quit|gave up|never stopped) believing in (?:god|jesus|religion|allah|anything|"
     r"the church|heaven)\b"),
    ((*t.FAITHS, *t.FAITH_ADJECTIVES, *t.RELIGIONS),
     rf"{PERSON}{AUX}? (?:belong|belongs|belonged) to (?:the |a |our )?(?:local )?(?:{_FAITH}|{_RELIGIONS})"),
]
CRIME_RULES += [
    ((*t.CRIMES, "charge", "charges", "conviction", "convictions", "caution", "cautions"),
     rf"{POSS_ALL} (?:{_CRIME}|drink[- ]driving|dui|dwi|drugs?|possession|theft|fraud|assault) (?:charges?|"
     rf"convictions?|"
     r"cautions?|arrest)\b"),
    (("juvie", "borstal"), rf"{PERSON}{BE} (?:a )?(?:juvie|borstal) (?:kid|boy|girl|inmate|lad)\b"),
    (("pardon", "expungement", "expunged"),
     rf"{PERSON}[^.!?]{{0,25}}? (?:got|received|was granted|granted|given|finally got) (?:a |his |her |my |their )?"
     r"(?:pardon|record suspension|expungement)\b"),
    (("halfway", "hostel"), rf"{PERSON}[^.!?]{{0,25}}? (?:at|in) (?:a |the )?(?:halfway house|bail hostel)\b"),
    (("diversion", "probation", "referral"),
     rf"{PERSON}{BE} on (?:a |the )?(?:youth )?(?:diversion|referral order|community order|youth offending)\b"),
    (("arrested", "busted", "nicked", "convicted", "charged", "cautioned"),
     r"^ (?:got |was |been )?(?:arrested|busted|nicked|convicted|charged|cautioned)(?: twice| once| three times|"
     r" again)? "
     r"for\b"),
]
POLITICS_RULES += [
    ((*t.PARTIES, *t.AMBIGUOUS_PARTIES, *t.POLITICIANS),
     rf"{B}(?:{_P_NAMED}|{_AMBIG_PARTY}) (?:has|have|had|gets|got|get|getting) (?:my|our) (?:vote|votes|support){E}"),
    ((*t.PARTIES, *t.AMBIGUOUS_PARTIES, *t.POLITICIANS),
     rf"{B}(?:whole |entire )?(?:family|household) (?:all )?(?:voted|votes|has voted|have voted) (?:for )?(?:the )?"
     rf"(?:{_P_NAMED}|{_AMBIG_PARTY}){EH}"),
    (("spoiled", "spoilt"), rf"{PERSON_S}[^.!?]{{0,20}}? (?:spoiled|spoilt) (?:my|our|his|her|the) (?:ballot|"
                            rf"vote|paper){E}"),
    (t.POLITICIANS,
     rf"{B}{_POLITICIAN}(?: sr| jr)? (?:was|is|were) (?:the )?(?:best|worst|greatest) (?:president|prime minister|pm|"
     r"leader|premier|chancellor|mayor|governor)\b"),
    (("petition",), rf"{PERSON}[^.!?]{{0,10}}? signed (?:the|a) (?:recall|impeachment) petition\b"),
    (("protesting", "demonstrating", "marching"),
     rf"{PERSON}{BE}(?: [a-z'-]+){{0,5}} (?:protesting|demonstrating|marching) (?:against|for|the|about|outside|on)\b"),
    (("marching", "protesting", "campaigning", "canvassing", "leafleting"),
     rf"{B}(?:all )?(?:that |your |my |the )?(?:marching|protesting|campaigning|canvassing|leafleting) (?:with|for) "
     rf"(?:the )?(?:{_PARTY}|xr|extinction rebellion|just stop oil|blm|black lives matter){EH}"),
    (("ran", "runs", "running", "stood", "stands", "standing"),
     rf"{PERSON}{AUX}? (?:ran|runs|running|stood|stands|standing) (?:as (?:an? )?(?:[a-z]+ )?(?:candidate|independent)|"
     r"for (?:council|parliament|mayor|office|congress|the senate|the assembly|the legislature))\b"),
]
RACE_RULES += [
    (_ORIGIN_WORDS, rf"^ name ?: [a-z'.-]+(?: [a-z'.-]+){{0,3}}? ?(?:\(|,| -) ?(?:i am |we are |"
                    rf"proud )?{_ORIGIN_TERM}"),
    (_ORIGIN_WORDS, rf"{POSS} {_ANY_ORIGIN} {_KIN_ANY}{E}"),
    (_ORIGIN_WORDS, rf"{B}half {_ANY_ORIGIN} on (?:my|his|her|our|{_YOUR}|{SOMEONE}'s) "),
    (_ORIGIN_WORDS,
     rf"(?:^|(?<=[.!;:(,])) (?:(?:i am|we are|he is|she is) )?half {_ANY_ORIGIN}(?:,| and| -)? half {_ANY_ORIGIN}"
     r"(?=\s*(?:[,.;:!?)\-]|$|\s(?:and|but|so|with|from|on|here|lol|family|born|raised)\b))"),
    (("ethnicity", "ethnic", "race"), rf"{B}(?:ethnicity|ethnic origin|race) ?: ?['\"]?{_ANY_ORIGIN}"),
    (t.ETHNIC_GROUPS,
     rf"{B}(?:we|us) (?:{_ETH_STRICT}|black|white|brown|asian|latino|latina|latinx|indigenous|native|aboriginal) "
     r"(?:folks?|people|women|men|girls|guys|families|kids|mums|moms)\b"),
]


# --- round eight ----------------------------------------------------------------------------------
# Named protests and movements: being there is an opinion ("I stood in the snow at Standing Rock").
_P_EVENTS = (
    "standing rock", "greenham common", "greenham", "edsa", "the women's march", "the womens march",
    "the freedom convoy", "the convoy", "the climate strike", "the school strike", "occupy", "occupy wall street",
    "january 6", "jan 6", "the capitol", "stop the steal", "the farmers protest", "the farmers' protest",
    "the gilets jaunes", "the yellow vests", "the poll tax riots", "the poll tax march", "the anti-war march",
    "the iraq war march", "the march for our lives", "the march for life", "the people's vote march",
    "maidan", "the euromaidan", "gezi", "gezi park", "endsars", "the endsars protests", "fees must fall",
    "feesmustfall", "rhodes must fall", "the umbrella movement", "tiananmen", "the million man march",
    "insulate britain", "just stop oil", "extinction rebellion", "xr",
    "the blm protests", "the blm march", "the george floyd protests", "the pride march",
)
_P_EVENT = _alt(_P_EVENTS)
_OUT_OF = r"(?:got|getting|get|gotten|came|coming|been|be|is|are|am|was|were|now|just|recently|finally|ur) out"
POLITICS_RULES += [
    (_P_EVENTS,
     rf"(?:{PERSON}|{_START})[^.!?]{{0,40}}? (?:at|in|to|for|with|joined|attended) (?:the )?{_P_EVENT}{EH}"
     r"(?! (?:coverage|documentary|film|book|news|anniversary|article|exhibition))"),
    (_P_EVENTS, rf"(?:^|(?<=[.!;:(,])) {_P_EVENT} (?:'|\d|in \d|back in)"),
    ((*t.PARTIES, *t.POLITICIANS),
     rf"(?:^|(?<=[,;(.!:-])) (?:(?:{_HERE_ADJ}) ){{0,3}}(?:{_PARTY}|{_POLITICIAN}) "
     r"(?:(?:card-carrying|paid-up|proud) )?"
     r"(?:member|volunteer|voter|supporter|activist|councillor|organi[sz]er|delegate|canvasser)"
     r"(?=\s*[,.;:!?)]|$| and| since| for| here| in| at)"),
    ((*t.PARTIES, *t.POLITICIANS), rf"{B}(?:{_PARTY}|{_POLITICIAN}) (?:volunteer|activist|organi[sz]er|canvasser) "
                                    r"(?:back )?(?:in|since|for|from) (?:the )?(?:\d|'|19|20)"),
    ((*t.PARTIES, *t.POLITICIANS), rf"{PERSON}{BE} (?:a |an )?(?:[a-z]+ )?(?:{_PARTY}|{_POLITICIAN}) (?:volunteer|"
                                    r"activist|organi[sz]er|canvasser|member|loyalist|diehard|die-hard)\b"),
    (("doorknocked", "canvassed", "leafleted", "phonebanked", "phone-banked"),
     rf"(?:^|(?<=[.!;:(,])|{PERSON}) ?(?:doorknocked|door-knocked|canvassed|leafleted|phonebanked|phone-banked) "
     r"(?:half |all |most |every )?(?:of )?[a-z'-]+(?: [a-z'-]+)? for (?:the |a |an )?"),
]
CRIME_RULES += [
    ((*t.DETENTION_PLACES, *_NAMED_PLACE_WORDS, "out"),
     rf"(?:{PERSON}|{_START}|{B}since|{B}now)[^.!?]{{0,15}}? {_OUT_OF} of (?:hmp |the )?(?:{_NAMED_PLACE}|{_PLACE}|"
     r"county|county jail|the county)\b"),
    ((*t.DETENTION_PLACES, *_NAMED_PLACE_WORDS),
     rf"{B}(?:\d+|a few|six|three|two|four|five|nine|eighteen) (?:months?|weeks?|years?|yrs?) out of (?:hmp |the )?"
     rf"(?:{_NAMED_PLACE}|{_PLACE}){E}"),
    (("parole", "probation", "licence", "license"),
     r"(?:^|(?<=[.!;:(,])) (?:out |still |currently )?on (?:parole|licence|license) (?:since|till|until|for|"
     rf"after|now)\b|{B}released on (?:licence|license|parole|bail|probation){E}"),
    (("inside",), rf"{_START} ?(?:been|was|were) inside (?:twice|three times|again|for|before)\b"),
    (("register",), rf"{PERSON}{BE} on the (?:sex offenders'? |sex offender |offenders'? )?register{E}"),
    (("dbs", "crb"),
     rf"{B}(?:my|his|her|{_YOUR}) (?:dbs|crb)(?: check)? (?:came back|shows|showed|flagged|has|had|with)\b"),
    (("inmate",), r"(?:^|(?<=[.!;:(,])) (?:inmate|prisoner|offender) (?:#|no\.?|number) ?[a-z0-9]"),
]
UNION_RULES += [
    (_U_WORDS,
     rf"{B}(?:\d+|thirty|twenty|forty|ten|fifteen|twenty-five) (?:yrs?|years) (?:in (?:the )?|with (?:the )?)?"
     rf"(?:{_UNION_STRICT}){EH}"),
    ((*t.UNIONS,), rf"{PERSON}{AUX} (?:organises|organizes|organised|organized|organising|organizing) [^.!?]{{0,40}}"
                   rf"for (?:the )?{_UNION_STRICT}{EH}"),
    (("picket",),
     rf"{B}(?:the )?picket line (?:i|we) (?:was|were) (?:standing|stood|on)\b|{PERSON}{BE} (?:standing )?on "
                  r"(?:the |a )?picket line\b"),
    (("placard", "banner", "flag"),
     rf"{PERSON}[^.!?]{{0,40}}? (?:holding|carrying|waving) (?:the |an? |your |her |his )?(?:{_UNION_STRICT}) "
     r"(?:placard|banner|flag|sign)\b"),
]
RELIGION_RULES += [
    (("baptised", "baptized", "confirmed", "ordained"),
     rf"{B}(?:getting|got|being|was|were|been) (?:baptised|baptized|confirmed|ordained)(?: last| this| at| in| on|"
     r"\s*[,.!;:)]|$)"),
    (("hillsong", "mass", "church", "mosque", "synagogue", "temple", "gurdwara", "shul", "chapel"),
     rf"{B}(?:see|saw|meet|met|catch) (?:you|ya|u) at (?:{_WORSHIP}|hillsong|mass)(?: on)? (?:sunday|friday|saturday|"
     r"tomorrow|tonight|next)\b"),
    (("hillsong",), rf"{PERSON}{BE} at hillsong\b"),
    (("tithed", "tithe", "tithes", "tithing"), rf"{PERSON_S}{AUX}? (?:have |has )?(?:tithed|tithe|tithes|tithing)\b"),
    (("hajj", "umrah", "pilgrimage"),
     rf"{PERSON}{BE} (?:going on|going to|performing|doing|on|back from) (?:the )?(?:hajj|umrah)\b"),
    (("seminary", "convent", "novitiate"), rf"{PERSON}{BE} (?:in|at) (?:the )?(?:seminary|novitiate|convent)\b"),
    (("hijab", "niqab", "turban", "kippah", "yarmulke", "headscarf"),
     rf"{PERSON}[^.!?]{{0,20}}? (?:started|stopped|began) wearing (?:the |a |her |his )?(?:hijab|niqab|turban|"
     r"kippah|yarmulke|headscarf)\b"),
    (("puja", "pooja", "namaz", "salah", "salat", "vipassana", "sadhana"),
     rf"{PERSON}{AUX}? (?:does|do|did|doing|offers?|performs?|pray|prays|sits?) (?:her |his |my |our |a )?"
     r"(?:\d+-day )?(?:puja|pooja|namaz|salah|salat|vipassana|sadhana)\b"),
    (("maghrib", "iftar", "suhoor", "sehri"), rf"{B}fasting (?:till|until|to) (?:maghrib|iftar|sunset){E}"),
    (("jain", "jains", "sangoma", "shembe", "parsi", "zoroastrian"),
     rf"{PERSON}{BE} (?:a |an )?(?:strictly |strict |devout |practising |practicing )?(?:jain|sangoma|shembe member|"
     r"zoroastrian)\b"),
    (("haji", "hajjah", "hajah", "ustaz", "ustadh"), r"^ name ?: (?:haji|hajjah|hajah|ustaz|ustadh) [a-z]"),
]
HEALTH_RULES += [
    (("surgery", "replacement", "op", "operation"),
     rf"{B}since (?:ur|{_YOUR}|my|his|her|{SOMEONE}'s) (?:\w+ )?(?:surgery|replacement|operation|op){E}"),
    (("replacement", "hips", "knees"),
     rf"(?:{PERSON_S}{AUX}?|^) ?(?:just )?(?:had|having|getting|got) (?:both |my |his |her )?(?:hips?|knees?)"
     rf" (?:done|replaced)\b|{B}heard about (?:the|your|his|her) (?:\w+ )?(?:replacement|surgery|op|operation){E}"),
    (("episode",), rf"{B}(?:during|in|after) (?:a|my|his|her) (?:manic|psychotic|depressive|bipolar) episode{E}"),
    (("ptsd",), rf"{B}the ptsd from (?:my|his|her|our)\b"),
]
RACE_RULES += [
    (("windrush",),
     rf"(?:{PERSON}|{POSS_ALL})[^.!?]{{0,30}}? (?:came over|came|arrived|sailed) on (?:the )?(?:empire )?"
                    r"windrush\b"),
    (t.ETHNIC_GROUPS,
     rf"{B}(?:us two|us|we) (?:{_ETH_STRICT}) (?:girls|boys|lads|women|men|folk|people|mums|aunties)\b"),
    (_ORIGIN_WORDS, rf"{B}(?:the only other|another|a fellow|the other) {_ORIGIN_TERM}(?: [a-z]+)? on (?:our|my|the) "
                    r"(?:street|road|estate|block|team|floor|course|site|crew)\b"),
    (_ORIGIN_WORDS,
     rf"{B}(?:a |very )?proud {_ORIGIN_TERM} (?:man|woman|lad|girl|babe|boy|guy|mum|mom|dad|auntie|family)"),
    (("desi",), r"(?:^|(?<=[.!;:(,])) desi (?:household|family|home|mum|mom|parents)\b"),
    (("growing",), rf"{B}growing up {_ORIGIN_TERM}(?: [a-z'-]+)? (?:on|in|at)\b"),
]

_P_ROLE = (
    r"(?:(?:branch|ward|grassroots|local|party|campaign|constituency) )?(?:volunteer|activist|organi[sz]er|canvasser|"
    r"member|loyalist|diehard|die-hard|worker|bhakt|councillor|voter|supporter|delegate)"
)
_P_VERDICT = (
    r"(?:clown|joke|disgrace|hero|legend|idiot|crook|liar|traitor|fraud|genius|moron|puppet|criminal|national treasure)"
)
POLITICS_RULES += [
    ((*t.PARTIES, *t.POLITICIANS, *t.AMBIGUOUS_PARTIES),
     rf"{PERSON}{BE} (?:(?:a|an|married to a|married to an|a total|a proud|a lifelong) )?(?:[a-z]+ )?"
     rf"(?:{_PARTY}|{_POLITICIAN}|{_AMBIG_PARTY}) {_P_ROLE}{E}"),
    ((*t.PARTIES, *t.AMBIGUOUS_PARTIES), rf"{B}card-carrying (?:{_PARTY}|{_AMBIG_PARTY}){EH}"),
    ((*t.PARTIES, *t.POLITICIANS), rf"{AS_OR_BEING} (?:a|an) (?:{_PARTY}|{_POLITICIAN}) (?:grassroots|ward|local) "
                                    r"(?:volunteer|member|activist|organi[sz]er)\b"),
    (t.POLITICIANS,
     rf"{B}{_POLITICIAN} (?:has |have )?(?:destroyed|ruined|ruining|wrecked|wrecking|saved|betrayed|sold out) "
     rf"(?:my|our|this|the) country\b|{B}" + _POLITICIAN + rf" (?:is|was) (?:a|an|the|such a) {_P_VERDICT}{E}"),
]

CRIME_RULES += [
    (("getting", "got", "coming", "came", "get"),
     rf"{B}since (?:i |{PERSON} )?{_EXITED} of [a-z'-]+(?: [a-z'-]+)? (?:last (?:spring|summer|autumn|fall|winter|year|"
     r"month|week)|in (?:19|20)\d\d)\b"),
    (("dbs", "crb"), r"^ (?:my )?(?:dbs|crb)(?: check)? came back (?:with|showing|flagged)\b"),
    (("bail",), rf"{B}(?:and|but) (?:is|are|am|was|were) (?:still |currently |now )?(?:out )?on (?:police )?bail{E}"),
    (("tag",),
     r"(?:^|(?<=[.!;:(,])) (?:still |currently |now )?on (?:my|his|her) tag (?:till|until|since|after|til)\b"),
    (("ban",),
     rf"{B}(?:got|given|have|had|has|on|serving) (?:a |an )?(?:\d+[- ](?:month|year|week)s? )?(?:driving )?ban for "
     r"(?:drink|drunk|dui|dwi|speeding|dangerous|careless)"),
]

UNION_RULES += [
    (_U_WORDS, rf"{PERSON}{BE} (?:{_UNION_STRICT}) (?:all the way|through and through|to the core|for life){E}"),
    (_U_WORDS,
     rf"{PERSON}{BE} on the (?:{_UNION_STRICT}|{_UNION_AMBIG}) (?:bargaining team|exec|executive|committee|council)\b|"
     rf"{PERSON}{BE} on the (?:exec|executive|committee|bargaining team) of (?:the )?(?:{_UNION_STRICT}|{_UNION_AMBIG})"
     rf"{EH}"),
    (("dues",), rf"{PERSON}{AUX}? (?:pay|paid|pays|paying) (?:my|his|her|our|their) (?:union )?dues\b"),
    (_U_WORDS,
     rf"{PERSON}{BE} (?:{_UNION_STRICT}|{_UNION_AMBIG}) and (?:i|we) (?:walked out|went on strike|struck|picketed)"),
    (("steward", "rep", "secretary"),
     rf"{B}(?:as|being) (?:our|my) (?:shop steward|union rep|branch secretary|union steward){E}"),
]


# --- round nine -----------------------------------------------------------------------------------
_RELEASED_FROM = r"(?:hospital|the hospital|rehab|work|the contract|my contract|the band|the label)"
CRIME_RULES += [
    ((*t.DETENTION_PLACES, *_NAMED_PLACE_WORDS),
     rf"{B}(?:former |ex-|ex )?(?:{_NAMED_PLACE}|{_PLACE}) (?:inmate|prisoner|lifer|alumni|alumnus|graduate){E}"),
    (("suspended",),
     rf"{B}(?:with|got|given|handed|received|walked out with) (?:a |an )?(?:\d+[- ][a-z]+ )?suspended "
     r"(?:sentence|jail term)"),
    (("record",),
     rf"{B}with (?:my|your|his|her|{SOMEONE}'s) (?:criminal |police )?record{E}(?! (?:of|for|breaking|high|low|year|"
     r"month|sales|collection|player|label|time|number))"),
    (("prison", "jail", "gaol"), r"\( ?(?:currently |still |now )?in (?:[a-z]+ ){0,2}(?:prison|jail|gaol)\b"),
    (("stint", "stretch", "spell"),
     rf"{B}(?:stint|stretch|spell) (?:in|at) [a-z' ]{{3,30}}? for (?:possession|fraud|theft|assault|robbery|burglary|"
     rf"dealing|drugs|{_CRIME}){E}"),
    (("caution",), r"\b(?:accepted|got|given|received|had) (?:a )?(?:police )?caution (?:for|last|in|when|at)\b"),
    (("release",),
     rf"{B}(?:after|since|before) (?:my|his|her|{_YOUR}|{SOMEONE}'s) release(?! from {_RELEASED_FROM}) (?:in|last|"
     r"from|this|date|on)\b"),
    (("felon", "ex-con", "ex-offender", "convicted"),
     r"(?:^|(?<=[.!;:(,])) (?:(?:a|an|i am a|i am an) )?(?:convicted felon|ex-felon|felon|ex-con|ex-offender)\b|"
     r"^ (?:i was |was |got |been )?convicted of\b"),
    (("sealed", "expunged", "wiped", "quashed"),
     rf"{POSS_ALL} (?:criminal )?(?:record|conviction|convictions|charges?) (?:sealed|expunged|wiped|cleared|quashed)"),
    (("halfway", "hostel"),
     r"^ (?:living|staying|been living) (?:in|at) (?:a |the )?(?:halfway house|bail hostel)\b"),
    (("licence", "license"),
     rf"{B}lost (?:my|his|her|{_YOUR}) (?:driving )?licen[cs]e (?:for|over|after) (?:drink|drunk|dui|dwi|speeding|"
     r"dangerous)"),
    (("inside",), rf"{PERSON}{BE} inside (?:at the moment|right now|now|currently){E}"),
    (("arrested", "nicked", "busted"),
     rf"{B}(?:i |we )?(?:got|was|been) (?:arrested|nicked|busted) (?:at|aged|when i was) \d"),
    ((*t.DETENTION_PLACES, *_NAMED_PLACE_WORDS),
     rf"(?:^|(?<=[.!;:(,])) released from (?:hmp |the )?(?:{_NAMED_PLACE}|{_PLACE}){E}"),
]
_AIDS = (
    r"(?:(?:power(?:ed)? |electric |motori[sz]ed )?wheelchair|(?:power|electric|motori[sz]ed) chair|mobility scooter|"
    r"cpap|ventilator|stairlift|oxygen concentrator)"
)
HEALTH_RULES += [
    (("ptsd",), r"\bptsd(?: from| makes| means| since| after| and|,)"),
    (("wheelchair", "chair", "scooter", "cpap", "ventilator", "stairlift", "concentrator"),
     rf"{PERSON}{AUX}? (?:use|uses|using|need|needs|rely on|relies on) (?:a |an |her |his |my )?{_AIDS}\b"),
    (("rehab",), rf"{B}(?:back|home|out) from rehab{E}"),
    (("covid",), rf"{B}with (?:the |my |{_YOUR} |his |her )?long covid{E}"),
]
POLITICS_RULES += [
    ((*t.PARTIES, "teal", "tory", "labor", "labour", "liberal", "ndp", "reform"),
     rf"{B}(?:i |we )?(?:went|voted|going) (?:teal|tory|labor|labour|liberal|ndp|reform|{_PARTY}) (?:this|last|at|"
     r"in)\b"),
    (t.POLITICIANS, rf"{B}(?:can not|cannot|can't) stand {_POLITICIAN}{E}|{B}{_POLITICIAN} hung the moon\b"),
    (("maga",), r"\b(?:full |total |hardcore |die-hard |diehard )?maga (?:guy|man|woman|supporter|hat|type|dad|mom|mum|"
                r"uncle|aunt|family)\b"),
    (("registered",), rf"{B}registered (?:democrat|republican|independent|{_PARTY})(?: voter)?{E}"),
    (t.POLITICIANS, rf"{B}{_POLITICIAN} (?:man|woman|guy|girl|fan|loyalist)(?: through and through| all the way)|"
                    rf"{B}{_POLITICIAN} all the way{E}"),
    ((*t.POLITICIANS, *t.PARTIES, "volunteered", "canvassed", "worked"),
     rf"{B}(?:volunteered|worked|canvassed|knocked doors|phone-?banked) (?:on|for) (?:{_POLITICIAN}|{_PARTY})'?s? "
     r"(?:campaign|team)\b"),
    (t.PARTIES,
     rf"{PERSON}{BE} (?:the |a )?(?:branch |ward |constituency |local )?(?:secretary|chair|chairman|chairwoman|"
     rf"treasurer|organi[sz]er) (?:for|of) the {_PARTY}{EH}"),
]
_GARB = _alt(t.RELIGIOUS_GARB, exclude=("bindi",))
RELIGION_RULES += [
    (("ofm", "sj", "osb", "ocd", "op"),
     r"^ (?:name ?: )?(?:br|fr|sr|rev|brother|sister|father)\.? [a-z'-]+(?: [a-z'-]+)? (?:ofm|s\.?j|osb|ocd)\b"),
    (("daven", "davens", "davening", "pray", "prays", "praying", "worship", "worships"),
     rf"{PERSON}{AUX}? (?:daven|davens|davening|pray|prays|praying|worship|worships) (?:at|in) (?:the |our |a )?"
     rf"(?:[a-z]+ )?(?:{_WORSHIP}){E}"),
    (t.RELIGIOUS_GARB, rf"{PERSON}{AUX}? (?:wear|wears|wearing|wore) (?:my|his|her|a|the) (?:{_GARB})"),
    (("treasurer", "secretary", "chair", "president", "trustee"),
     rf"{PERSON}{BE} (?:the )?(?:treasurer|secretary|chair|president|trustee) of (?:the |our )?(?:[a-z]+ ){{0,3}}"
     r"(?:temple|mosque|church|gurdwara|synagogue|parish|mandir|masjid)\b"),
    ((*t.FAITHS, *t.FAITH_ADJECTIVES), rf"{B}the only (?:[a-z-]+ ){{0,3}}{_FAITH} (?:i know|i have ever met|in)\b"),
    (("priesthood", "ministry", "rabbinate"),
     rf"{B}(?:studying|training) for the (?:priesthood|ministry|rabbinate){E}"),
    (t.CLERGY, _aside(_alt(t.CLERGY))),
    ((*t.FAITHS, *t.FAITH_ADJECTIVES), rf"^ been (?:a |an )?{_FAITH} (?:since|for)\b"),
    (("lent",), rf"{B}(?:giving|gave|give|given) up [a-z' ]{{1,25}}? for lent{E}"),
    (("hajj", "umrah"), rf"{B}going (?:for|on) (?:hajj|umrah){E}"),
    (("ramadan",), r"\bramadan so (?:we|i) (?:eat|fast|break|pray)\b"),
    (("bible", "quran", "koran", "torah", "gita", "scripture", "scriptures"),
     rf"{PERSON}{AUX}? (?:reads|read|reading|studies) (?:his|her|my|the) (?:bible|quran|qur'an|koran|torah|gita|"
     r"scriptures?)(?: every| daily| each| on)"),
    (("confirmation", "baptism", "mitzvah", "communion", "conversion"),
     rf"{B}(?:since|after) (?:my|his|her|{_YOUR}) (?:confirmation|baptism|bar mitzvah|bat mitzvah|first communion|"
     r"conversion)\b"),
]
UNION_RULES += [
    (_U_WORDS, rf"{B}(?:both of us|all of us|we are all|we're all) in (?:the )?(?:{_UNION_STRICT}|{_UNION_AMBIG}){EH}"),
    (_U_WORDS, rf"^ (?:{_UNION_STRICT})(?: local \d+)? at [a-z]+"),
    (_U_WORDS,
     rf"{PERSON}{BE} (?:{_UNION_STRICT}|{_UNION_AMBIG}) (?:at [a-z]+ )?and (?:stayed |was |went |were )?out\b"),
    (_U_WORDS, rf"{PERSON}{BE} (?:with|in) the {_UNION_NAMED}"),
    (("dues",), r"^ (?:i )?pay (?:my )?dues to\b"),
]

# --- round ten ------------------------------------------------------------------------------------
_F_HEALTH_STEM = rf"{_f_alt(t.FOREIGN_HEALTH)}[a-z]*"
_TIME_WORDS = r"(?:federal|state|hard|prison|jail|county|real|serious|proper|bird|big-house|juvie)"
_OP_PARTS = r"(?:acl|knee|hip|back|spinal|shoulder|heart|bypass|cataract|gallbladder|hernia|cancer|brain|appendix)"
_FLARE_OF = r"(?:ms|crohn's|crohns|colitis|lupus|arthritis|eczema|psoriasis|ra|endo|endometriosis|gout|ibd|ibs)"
CRIME_RULES += [
    (("convicted",), r"^ (?:i was |was |got |been |i got )?convicted (?:in|at|by)\b"),
    (("ex-offender", "ex-offenders", "ex-con", "ex-cons", "felon"), _aside(r"ex-offender|ex-con|felon|ex-felon")),
    (("ex-offender", "ex-offenders"),
     rf"{B}(?:run|ran|set up|founded|made up) (?:by|of) (?:ex-offenders|ex-prisoners|former prisoners){E}"),
    (("tag", "tagged"), rf"{PERSON}{BE} (?:finally |now )?(?:off (?:the|my|his|her|your) tag|on (?:a|an|the) "
                        r"(?:electronic |ankle )?tag)(?! team)\b"),
    (("time",), rf"{PERSON}{AUX} (?:did|done|doing|does|served|serving) {_TIME_WORDS} time{E}"),
    (("detention", "arrest"),
     rf"^ (?:home detention|house arrest) for\b|{PERSON}{BE} (?:on|under) (?:house arrest|home detention){E}|"
     rf"{B}(?:finished|served|serving|completed|did) "
     rf"(?:(?:his|her|my|their|{_YOUR}|a|the) )?(?:\w+ ){{0,2}}?(?:house arrest|home detention){E}"),
    (("licence", "license", "parole", "probation"),
     r"\( ?(?:\w+ ){0,2}?out on (?:licen[cs]e|parole|probation)\b"),
    (("charge", "charges"),
     rf"{B}(?:heard|glad|great|relieved|so happy|happy) (?:that )?(?:the|{_YOUR}|his|her) (?:[a-z]+ )?charges? "
     r"(?:got |was |were |has been |have been |had been )?(?:dropped|thrown out|dismissed|withdrawn)"),
    ((*t.DETENTION_PLACES, *_NAMED_PLACE_WORDS, "years", "months"),
     rf"{PERSON}{AUX} (?:did|done|spent|served) (?:\w+ ){{0,2}}(?:years?|months?|yrs?) (?:in|at) (?:hmp |the )?"
     rf"(?:{_NAMED_PLACE}|{_PLACE}){E}"),
    ((*t.DETENTION_PLACES, *_NAMED_PLACE_WORDS, "inside"),
     rf"{PERSON}{BE} inside (?:at|in) (?:hmp |the )?(?:{_NAMED_PLACE}|{_PLACE}|[a-z]+ (?:prison|jail))"),
    (("stretch", "stint", "sentence", "time"),
     rf"{POSS_ALL} (?:stretch|stint|sentence|time inside|jail time|prison time) for (?:possession|fraud|theft|"
     rf"assault|robbery|burglary|dealing|drugs|{_CRIME}){E}"),
    (("served",), rf"{B}(?:has|have|had|who have|who has|who've) served (?:time|a sentence|a prison sentence|"
                  r"a jail sentence)\b"),
    ((*t.DETENTION_PLACES, *_NAMED_PLACE_WORDS, "sitting"),
     rf"{PERSON}{BE} (?:sitting|locked up|banged up|stuck|rotting) in (?:hmp |the |jva |pi )?"
     rf"(?:{_NAMED_PLACE}|{_PLACE})"
     rf"{E}|{PERSON}{BE} (?:sitting|locked up|banged up|rotting) in jva\b"),
]
HEALTH_RULES += [
    (t.FOREIGN_HEALTH, rf"{B}{TAG} {_F_HEALTH_STEM}"),  # Polish "Mam cukrzycę" (mam is also "mum")
    (("flare", "flares", "flare-up", "flare-ups"),
     rf"{B}(?:the|{_YOUR}|his|her|my|{SOMEONE}'s) {_FLARE_OF} flare(?:s|-ups?| ups?)?{E}"),
    ((*t.CONDITIONS, *t.CONDITION_ADJECTIVES),
     rf"^ (?:other ?: )?(?:{_COND_ADJ}|{_COND}) (?:household|family|home|kids|here|\+|and (?:{_COND_ADJ}|{_COND}))"
     r"(?=[ ,.;:(])"),
    (("covid",), r"^ (?:other ?: )?long covid(?=\s*[,.;:(-])"),
    (("op", "operation", "surgery", "hip", "knee", "back", "shoulder", "recovery", "chemo", "radiotherapy", "rehab"),
     rf"{B}(?:how is|how's|hows|how are|how) (?:the|{_YOUR}|his|her) (?:new hip|new knee|knee|hip|back|shoulder|"
     r"recovery|chemo|radiotherapy|rehab|op|surgery)\b(?=[^.!?]{0,30}(?:after|since|going|\?))"),
    (("op", "operation", "surgery", "reconstruction"),
     rf"{B}(?:after|since|before|from) (?:the|{_YOUR}|his|her|my) {_OP_PARTS} (?:op|operation|surgery|"
     r"reconstruction|replacement){E}"),
    (("dengue", "typhoid", "tb", "tuberculosis", "cholera"),
     rf"{PERSON}{AUX} (?:had|has|have|got|caught|with|recovering from) (?:dengue|typhoid|tb|tuberculosis|cholera)"
     rf"{E}"),
    (("epipen", "epi-pen", "inhaler", "insulin"),
     rf"{B}(?:forget|bring|pack|grab|take) (?:{_YOUR}|his|her) (?:epi-?pen|inhaler|insulin){E}"),
]
_AMBIG_PARTY_ABBR = r"(?:pd|pt|psd|pp|da|ppc|act|pan|pri|chp|akp|mhp|ndp|snp|dup|sdlp|uup|lib dem|lib dems)"
_PARTY_ANY = rf"(?:{_PARTY}|{_AMBIG_PARTY_ABBR}|labou?r|tory|tories|greens?|liberal|conservative|national|reform|"
_PARTY_ANY += r"republican|democrat|democratic|teal|pks)"
_IDEO_ANY = rf"(?:{_IDEO_STRICT}|{_IDEO_AMBIG})"
_PARTY_ROLE = (
    r"(?:(?:youth |women's |branch |ward |local |constituency |regional )?(?:mobili[sz]er|organi[sz]er|agent|"
    r"coordinator|activist|volunteer|canvasser|official|councillor|secretary|chair|chairman|chairwoman|treasurer|"
    r"delegate|candidate))"
)
POLITICS_RULES += [
    ((*t.PARTIES, "labor", "labour", "tory"), rf"^ (?:former |ex-|retired |proud )?{_PARTY_ANY} {_PARTY_ROLE}{E}"),
    ((*t.PARTIES, *t.AMBIGUOUS_PARTIES, "da", "act", "ppc", "pd", "pan", "pri"),
     rf"{B}(?:volunteering|campaigning|canvassing|leafleting|doorknocking|door-knocking|phone-?banking|mobili[sz]ing) "
     rf"(?:for|with) (?:the )?{_PARTY_ANY}{E}"),
    (("fridays", "climate", "school", "rebellion", "xr"),
     rf"{B}(?:organi[sz]e|organi[sz]ed|organi[sz]ing|helped organi[sz]e|led|joined|marched in|went on|walked out for) "
     r"(?:the |a |our )?(?:fridays for future|(?:[a-z]+ )?climate strikes?|school strikes? for (?:the )?climate|"
     r"extinction rebellion|xr)\b"),
    ((*t.PARTIES, *t.POLITICIANS, "ppc", "pd", "act", "da"),
     rf"{PERSON}{BE} (?:{_PARTY_ANY}|{_POLITICIAN}) (?:all the way|through and through|to the core|to the bone){E}"),
    (("stood", "ran", "standing", "running"),
     rf"{PERSON}{AUX} (?:stood|ran) (?:for|in) (?:the )?(?:[a-z]+ ){{0,2}}(?:council|parliament|assembly|senate|"
     r"congress|mayor|mayoralty)\b(?=[^.!?]{0,40}(?:ticket|party|platform|campaign|candidate|lost|won|votes?))"),
    ((*t.IDEOLOGIES,), rf"{B}the (?:only|last) (?:other |two |three )?{_IDEO_ANY}s? (?:i know|left|in|on|at)\b|"
                       rf"{B}the (?:most|biggest) (?:[a-z]+ )?{_IDEO_ANY} i know\b"),
    (("voter", "voters"),
     rf"{PERSON}{BE} (?:lifelong |loyal |proud |die-hard |diehard |staunch )?{_PARTY_ANY} voters?{E}"),
    ((*t.PARTIES, *t.POLITICIANS, "pan", "pri", "anies", "supporter", "voter"),
     rf"^ (?:other ?: )?(?:die-hard |diehard |lifelong |proud |staunch |loyal |pro-life |pro-choice )?"
     rf"(?:{_PARTY_ANY}|{_POLITICIAN}|anies) (?:supporter|voter|member|fan|loyalist)s?{E}"),
    (("pro-life", "pro-choice"), rf"^ (?:other ?: )?(?:pro-life|pro-choice) (?:{_PARTY_ANY}|{_IDEO_ANY}){E}"),
    (("march", "rally", "protest", "demo", "demonstration"),
     rf"{B}(?:saw|seeing|see|spotted|met|bumped into) (?:you|{SOMEONE}) at the (?:[a-z-]+ ){{0,3}}(?:march|rally|"
     r"protest|demo|demonstration)\b"),
    (t.PARTIES, rf"{PERSON}{BE} (?:an? |the )?{_PARTY_ANY} {_PARTY_ROLE}{E}"),
    ((*t.PARTIES, "member"),
     rf"{PERSON}{BE} (?:an? )?(?:lifelong |card-carrying |paid-up |proud |loyal )?{_PARTY_ANY} member{E}"),
    (t.PARTIES, rf"{B}(?:and|who) (?:just |recently |finally |has |have )?(?:joined|rejoined) (?:the )?{_PARTY}{E}"),
    (("old-school", "anarchist"), rf"^ (?:old-school |lifelong |proud |committed |card-carrying )?{_IDEO_STRICT},"),
    (("forum", "league", "wing", "section", "branch", "club", "association"),
     rf"{B}(?:from|of|in|with|is) the (?:[a-z&'-]+ ){{0,4}}?(?:labou?r|tory|conservative|green|{_PARTY}|[a-z]+ party)"
     r"(?:'s)? (?:women's|youth|women|young|students') (?:league|wing|forum|section|branch|club|association)\b"),
    (("member",), rf"{B}(?:i|he|she|we|they) (?:was|were|am|is|are) (?:a )?members? of the partido comunista\b"),
]
_ETH_KIN = r"(?:uncles|aunties|aunts|relatives|family|parents|grandparents|cousins|in-laws|grandma|grandad|granny|nan)"
RACE_RULES += [
    ((*t.ETHNIC_GROUPS, *t.DEMONYMS),
     rf"{B}(?:the )?(?:proudest|loudest|only|last|only other)(?: two| three)? {_ORIGIN_NOT_WEAK}"
                      rf"(?: (?:girls?|man|men|woman|women|boys?|guys?|lady|ladies|family|families|kid|kids))? "
                      r"(?:in|on|at|of|left)\b"),
    (t.ETHNIC_GROUPS, rf"{B}(?:your|ur|my|our|his|her|their) {_ETH_STRICT} {_ETH_KIN}{E}"),
    (("windrush",),
     rf"{PERSON}{AUX} (?:came|arrived|sailed|travelled|traveled)(?: over)?(?: to [a-z]+)?(?: from [a-z]+)? on the "
     r"(?:empire )?windrush\b"),
]
RELIGION_RULES += [
    (("puja", "pooja", "aarti", "havan", "kirtan", "bhajan", "satsang", "seder", "iftar", "novena", "rosary"),
     rf"{B}(?:puja|pooja|aarti|havan|kirtan|bhajan|satsang|seder|iftar|novena|rosary) at (?:{_YOUR}|his|her|my|our|"
     rf"their|{SOMEONE}'s) (?:place|house|home|flat){E}|"
     rf"{POSS_ALL} (?:morning |evening |daily |nightly |weekly )(?:puja|pooja|aarti|prayers|namaz|salah|rosary){E}"),
    (("miss", "misses"),
     rf"{PERSON}{AUX} never miss(?:es)? [^.!?]{{0,25}}?(?:{_FAITH}|{_RELIGIONS}|friday prayers|mass|shabbat|namaz|"
     r"salah|church|mosque|temple|gurdwara|synagogue)\b"),
    (("shomer",), rf"{B}shomer (?:shabbat|shabbos|mitzvos|mitzvot|kashrut){E}"),
    (("observant", "hajj", "umrah"), _aside("observant|hajj|umrah|devout")),
    (("shabbat", "shabbos", "sabbath"),
     r"\bno (?:emails?|calls?|messages?|deliveries|visits?|texts?) (?:on|during) (?:shabbat|shabbos|the sabbath|"
     r"sabbath)\b"),
    ((*t.FAITHS, *t.FAITH_ADJECTIVES),
     rf"{PERSON}{AUX} (?:grew up|was raised|were raised|raised|brought up|born) (?:in|into) (?:an? |the )?"
     rf"(?:[a-z-]+ ){{0,3}}(?:{_FAITH_ADJ}|{_FAITH}) (?:family|household|home|community|church|congregation){E}"),
    (("fasting", "fast", "ramadan", "lent"),
     rf"{B}(?:hope|hoping) (?:the|{_YOUR}) (?:last |first )?(?:days? of |week of |weeks of )?(?:fasting|the fast|"
     r"ramadan|lent)\b|"
     rf"{PERSON}(?:'ll| will| are| am|'re)? (?:be )?fasting (?:during the day|all day|till sunset|until sunset|"
     r"for ramadan|for lent|for yom kippur)\b"),
    (("pilgrimage",),
     rf"{PERSON}{AUX} (?:walked|went on|made|did|completed|walking|doing) (?:the |a |our |my |his |her )?"
     r"pilgrimage\b"),
    (("prayers",), rf"{POSS_ALL} (?:evening|morning|nightly|daily|bedtime|friday) prayers{E}"),
    (("congregant",), rf"{B}(?:as|i am|i'm) an? (?:active |regular |faithful |devoted )?(?:[a-z]+ )?congregant{E}"),
    ((*t.FAITHS,), rf"{B}(?:all|both|most|each) of us (?:are|were) (?:devout |practising |practicing )?{_FAITH}{E}"),
    (("quran", "qur'an", "koran", "torah", "bible", "scripture"),
     rf"{PERSON}{AUX} (?:learn|learns|learning|study|studies|studying|recite|recites|reciting|memori[sz]e|"
     r"memori[sz]es|memori[sz]ing) (?:the )?(?:qur'an|quran|koran|torah|bible|scriptures?)\b"),
    (("confirmation", "communion", "mitzvah", "baptism"),
     rf"{PERSON}{AUX} (?:had|made|received|did) (?:my|his|her|their|{_YOUR}) (?:confirmation|first communion|"
     r"bar mitzvah|bat mitzvah|baptism)\b"),
]
_U_ANY = rf"(?:{_UNION_STRICT}|{_UNION_AMBIG})"
_U_ROLE_ANY = rf"(?:{_UNION_ROLE}|chairman|chairwoman|chairperson|chair|secretary|president|rep|steward)"
UNION_RULES += [
    (_U_WORDS, rf"{B}as (?:the |a |an )?{_U_ANY} (?:[a-z]+ )?{_U_ROLE_ANY}{E}"),
    (_U_WORDS, rf"{B}{_UNION_STRICT} (?:finally |just )?(?:got|won|secured|negotiated|bagged) (?:you|ye|yous|your|"
               r"him|her|them)\b"),
    (_U_WORDS, rf"{B}(?:you|{SOMEONE}) and the {_U_ANY} (?:folks|lot|crew|gang|guys|members|team|comrades){E}"),
    (("union",), rf"{PERSON}{BE} (?:a |an )?(?:{_UNION_ADJ} )?members? of (?:the )?(?:[a-z]+ ){{1,3}}(?:trade |trades |"
                 r"labou?r |workers'? )union\b"),
    (_U_WORDS, rf"{PERSON}{BE} (?:the |a |an )?(?:[a-z]+est |most [a-z]+ |only |new |best )?{_U_ANY} (?:[a-z]+ )?"
               rf"{_U_ROLE_ANY}{E}"),
    (_U_WORDS, rf"{PERSON}{AUX} (?:got |been |was |were )?elected (?:to|as) (?:the )?{_U_ANY} (?:[a-z]+ )?"
               rf"(?:branch|national|executive|committee|{_U_ROLE_ANY}){E}"),
    (_U_WORDS, rf"{POSS_ALL} {_U_ANY} (?:branch|chapter|local \d*|union) ?(?:meeting|ballot|rep|committee|dues|card|"
               r"membership)\b"),
    (("union",), rf"{PERSON}{BE} (?:in|with|part of) the (?:[a-z]+ ){{1,2}}(?:{_alt(t.UNION_TRADES)})'?s?'? union{E}"),
    (_U_WORDS, rf"{B}(?:retired |former )?members'? (?:section|branch|group|wing) of the {_U_ANY}{E}"),
    (_U_WORDS, rf"{PERSON}{BE} in the {_U_ANY} (?:through|during|until|till) the\b"),
]

_SERIOUS = r"(?:a stroke|a heart attack|a seizure|a breakdown|a miscarriage|a mastectomy|a hysterectomy|a mini-stroke)"
_AGED = r"(?:\d+ ?(?:yo|y/o|year old|year-old|month old|month-old))"
HEALTH_RULES += [
    (t.CONDITIONS, rf"{B}(?:meds|medication|medications|tablets|pills|injections) for (?:the |{_YOUR} |his |her |my )?"
                   rf"{_COND}{E}"),
    ((*t.CONDITIONS, *t.CONDITION_ADJECTIVES),
     rf"{B}(?:my|our|his|her) {_AGED} (?:has|had|have|is|was|with|got) (?:an? )?(?:{_COND}|{_COND_ADJ}){E}|"
     rf"{B}{TAG}(?: [a-z]+)? \( ?\d+ ?\) (?:has|had|is|was|got) (?:an? )?(?:{_COND}|{_COND_ADJ}){E}"),
    (t.CONDITIONS, rf"{B}(?:sorry to hear|sorry about|hope) (?:the|{_YOUR}|his|her) {_COND} (?:is|are|have|has|got|"
                   r"getting|flared|came back)\b"),
    (("recovering", *t.CONDITIONS),
     rf"(?:\(|{PERSON}{BE}|^|,) ?(?:[a-z]+ ){{0,3}}?recovering from (?:a |an |the |his |her |my )?(?:{_COND}|stroke|"
     r"heart attack|surgery|chemo)\b"),
    (("stroke", "attack", "seizure", "breakdown", "miscarriage", "mastectomy", "hysterectomy"),
     rf"(?<=,) had {_SERIOUS} (?:in|last|this|two|three|\d)\b"),
    (("living",), rf"{B}(?:of us|we are|we're|i am|i'm|both|all) (?:all )?living with {_COND}{E}"),
    (t.CONDITIONS, rf"^ {_COND} (?:floored|knocked|hit|laid|flattened) (?:me|us|him|her)\b"),
    (("crisis", "attack", "episode", "flare", "scare"),
     rf"{B}(?:after|since) (?:that|the|{_YOUR}|his|her|my) (?:[a-z]+ )?{_COND} (?:crisis|attack|episode|flare|scare)"
     rf"{E}"),
    (("appendix", "surgery", "op"), rf"{B}(?:after|since) (?:the|{_YOUR}|his|her|my) appendix (?:op|operation|surgery|"
                                    r"removal|out)\b"),
]
CRIME_RULES += [
    (("prison", "penitentiary", "jail", "correctional"),
     rf"{PERSON}{AUX} (?:spent|did|served) [a-z0-9 ]{{3,25}}? (?:at|in) (?:the )?(?:[a-z]+ ){{1,3}}(?:prison|"
     r"penitentiary|jail|correctional (?:centre|center|facility))\b(?![^.!?]{0,30}(?:as a|working|guard|officer|"
     r"nurse|teacher|chaplain|volunteer))"),
    (("sentence", "conviction", "custodial"),
     rf"{PERSON}{AUX} (?:got|given|received|handed|served) (?:a |an )?(?:[a-z]+ ){{0,2}}(?:sentence|custodial "
     r"sentence|conviction)\b(?! (?:in the t&cs|structure|that|about|in|of)\b)(?<!real conviction)"
     r"(?<!strong conviction)(?<!deep conviction)(?<!firm conviction)"),
    (("conviction", "convictions"),
     rf"{POSS_ALL} (?:(?:\d{{4}}|old|previous|past|prior|criminal|drug|theft|assault|{_CRIME}) )+convictions?{E}"),
    (("expunged", "sealed"), rf"{B}(?:getting|got|had|get) (?:{_YOUR}|my|his|her) record (?:expunged|sealed){E}"),
    (("licence", "license"),
     rf"{B}lost (?:my|his|her|{_YOUR}) (?:driving )?licen[cs]e [^.!?]{{0,30}}?(?:done for|caught|banned|speeding|"
     r"points|drink|drunk)"),
    (("felony", "felonies"), rf"{B}felony (?:convictions?|charges?|record|conviction){E}"),
    (("serving",), rf"{B}serving (?:time|a sentence|a stretch) for (?:possession|fraud|theft|assault|robbery|"
                   rf"burglary|dealing|drugs|{_CRIME}){E}"),
    (("sentenced",),
     rf"{PERSON}(?:'s| got| was| has been| had been| is being| were| have been) sentenced{E}"),
    (("feltham",), rf"{B}feltham (?:young offenders|yoi){E}"),
    (("spent", "years", "did", "served"),
     rf"{PERSON}{AUX} (?:spent|did|served) [a-z0-9 ]{{3,25}}? (?:at|in) [a-z ]{{3,25}}? for (?:an? )?(?:armed )?"
     rf"(?:{_CRIME}){E}"),
    (("pardon", "suspension"),
     rf"{B}(?:got|received|granted|given) (?:a )?(?:record suspension|pardon) (?:for|from)\b"),
    (("charges", "charge"), rf"{B}charges? against (?:{_YOUR}|his|her|my|our|you|{SOMEONE}){E}"),
    (("spent", "jail", "prison", "custody"),
     rf"(?:{PERSON}{AUX}|{B}and) spent (?:a|one|two|three|four|five|six|\d+|a few|several) (?:days?|weeks?|months?|"
     r"years?|nights?) in (?:a |an |the )?(?:[a-z]+ )?(?:jail|prison|gaol|custody|a cell|police cells)\b"),
    (("out", *t.DETENTION_PLACES),
     rf"{B}(?:fresh|just|freshly|newly) out of (?:hmp |the )?(?:{_NAMED_PLACE}|{_PLACE}|[a-z ]{{3,30}} (?:prison|jail|"
     r"corrections))\b"),
    (("remand",), rf"{B}(?:months?|weeks?|years?|days?) on remand{E}"),
    (("juvenile",), rf"{B}(?:a|my|his|her|{_YOUR}) juvenile (?:record|conviction|sentence){E}"),
]
_ORIGIN_PAIR = (
    rf"(?:{_WEAK}|{_ORIGIN_NOT_WEAK})[ -]{_ORIGIN_NOT_WEAK}|{_ORIGIN_NOT_WEAK}-(?:{_WEAK}|{_ORIGIN_NOT_WEAK})"
)
RACE_RULES += [
    ((*t.DEMONYMS, *t.ETHNIC_GROUPS), rf"^ (?:{_ORIGIN_PAIR}) (?:household|family|home)\b"),
    ((*t.ETHNIC_GROUPS, "coloured"),
     rf"^ (?:i )?grew up (?:as )?(?:an? )?(?:{_ETH_STRICT}|coloured|black|brown|mixed-race)(?: in| on| and|,)"),
    ((*t.DEMONYMS, *t.ETHNIC_GROUPS), rf"{B}(?:your|ur|my|our|his|her|their) {_ORIGIN_NOT_WEAK} {_ETH_KIN}{E}"),
    ((*t.DEMONYMS, *t.ETHNIC_GROUPS),
     rf"{B}{SOMEONE}'s side (?:is|are|was|were)(?: all| mostly)? (?:{_ANY_ORIGIN}|{_ETH_PLURAL}){E}|"
     rf"{B}{SOMEONE}'s family (?:is|are|was|were)(?: all| mostly)? (?:{_ETH_PLURAL}|{_ETH_STRICT}){E}|"
     rf"{POSS_ALL} (?:whole |entire )?family (?:is|are|was|were)(?: all| mostly)? (?:{_ETH_PLURAL}|{_ETH_STRICT}){E}"),
    ((*t.DEMONYMS, *t.ETHNIC_GROUPS), _aside(_ORIGIN_PAIR)),
    (("nation", "tribe"),
     rf"{PERSON}{BE} (?:an? )?(?:enrolled |registered |tribal |proud )?(?:citizen|member) of the (?:[a-z]+ ){{1,2}}"
     r"(?:nation|tribe|first nation)\b"),
    ((*t.DEMONYMS, *t.ETHNIC_GROUPS), rf"\( ?(?:they are|she is|he is|they're|both) {_ORIGIN_NOT_WEAK}{E}"),
    ((*t.DEMONYMS, *t.ETHNIC_GROUPS),
     rf"{B}(?:born |raised )?(?:to|of) an? {_ORIGIN_NOT_WEAK} (?:dad|mum|mom|father|mother|parent)(?: and an? "
     rf"{_ORIGIN_NOT_WEAK} (?:dad|mum|mom|father|mother|parent))?{E}"),
    (t.ETHNIC_GROUPS, rf"{B}one of the (?:last|few|only) {_ETH_PLURAL}{E}"),
    ((*t.DEMONYMS, *t.ETHNIC_GROUPS), rf"{B}the (?:proudest|loudest) {_ORIGIN_NOT_WEAK} i know\b"),
]
POLITICS_RULES += [
    ((*t.PARTIES, *t.POLITICIANS, "sign", "poster", "placard"),
     rf"{B}(?:{_PARTY_ANY}|{_POLITICIAN}) (?:lawn |yard |window )?(?:sign|poster|placard|banner|flag)s? (?:in|on) "
     r"(?:the |our |my )?(?:front |back )?(?:yard|garden|window|lawn|porch|car|fence)\b|"
     rf"{B}the (?:{_PARTY_ANY}) (?:sign|poster|placard|banner) in (?:the |our )?(?:front )?window is ours\b"),
    (("monarchy",),
     r"\b(?:abolish|abolished|abolishing) the monarchy\b|\bthe monarchy should (?:be abolished|go|end)\b"),
    ((*t.IDEOLOGIES, "registered"), rf"{B}registered (?:libertarian|green|{_IDEO_STRICT}){E}"),
    (("ran", "stood"), rf"{B}(?:ran|stood) for [a-z ]{{3,30}}? as (?:a|an|the) (?:{_PARTY_ANY}|{_IDEO_ANY}){E}"),
    ((*t.PARTIES, "voted"), rf"{PERSON}{AUX} (?:voted|vote|votes) (?:against|for) (?:the )?{_PARTY_ANY}{E}"),
    (("dds", "kakampink", "maga"), r"^ (?:dds|kakampink|maga|dilawan|bbm) (?:here|supporter|through)\b"),
    ((*t.PARTIES, "membership"), rf"{POSS_ALL} (?:{_PARTY_ANY}) (?:party )?membership{E}"),
    (("teal",), r"^ (?:other ?: )?(?:proud |lifelong )?teal (?:voter|supporter|volunteer)\b"),
    (("vote", "votes"),
     rf"{PERSON}{AUX} (?:given|gave|give|giving) (?:my|our|his|her) (?:party )?votes? to (?:the )?{_PARTY_ANY}{E}"),
    ((*t.PARTIES, "leaflets"),
     rf"{_YOUR} (?:{_PARTY_ANY}) (?:leaflets|flyers|canvassing|campaign|rosette|badge|posters){E}"),
    (("party",), rf"{PERSON}{BE} (?:party members|a party member|members of the party)(?: for| since)\b"),
    ((*t.PARTIES, "voted"), rf"{PERSON}{AUX} voted (?:{_PARTY_ANY}|pks) (?:for|since|every|all|in|at|last)\b"),
]
RELIGION_RULES += [
    ((*t.FAITHS,),
     rf"^ (?:proud|lifelong|committed|convinced|devout) {_FAITH}(?: and {_FAITH})?(?:,| here\b)|"
     rf"^ {_FAITH} and {_FAITH}(?:,| here\b)|^ {_FAITH} here\b"),
    ((*t.FAITHS,), rf"{B}(?:i wrote|i put|i ticked|i entered|i put down) ['\"]?{_FAITH}{E}"),
    (("member", "church"),
     rf"{PERSON}{BE} (?:an? )?(?:active |lifelong |faithful |proud )?member of (?:the |our |a )?(?:[a-z]+ ){{0,3}}"
     r"(?:church|parish|mosque|temple|synagogue|congregation|gurdwara|mandir|chapel)\b(?! (?:council|committee|"
     r"roof|hall|building|choir))|"
     rf"{PERSON}{BE} (?:an? )?(?:active |lifelong |faithful )?member of the church of\b"),
]
UNION_RULES += [
    (_U_WORDS, rf"^ (?:former |retired )?(?:shop steward|steward|union rep|rep|organi[sz]er|convenor|delegate) "
               rf"(?:for|with|of|in) (?:the )?{_UNION_NAMED}"),
    (_U_WORDS, rf"^ (?:a )?(?:proud )?members? of (?:the )?{_UNION_NAMED}"),
    (_U_WORDS, rf"^ {_UNION_STRICT} local \d+\b"),
    (_U_WORDS, rf"{B}(?:me|us) and the (?:guys|lads|girls|folks|others|rest|crew) (?:in|from|at) (?:the )?{_U_ANY}"
               rf"{EH}"),
    (_U_WORDS, rf"{PERSON}{BE} the (?:[a-z-]+ ){{0,2}}(?:branch|chapter|local) of (?:the )?(?:[a-z]+ )?{_UNION_NAMED}"),
    (_U_WORDS, rf"{PERSON}{BE} {_U_ANY} (?:all )?(?:through|during) the\b"),
    (("union", "unions"),
     rf"{PERSON}{BE} (?:a |an |the )?(?:shop |site |union |workplace )?(?:rep|steward|delegate|convenor|"
     r"organi[sz]er) (?:for|with|of|in) (?:a |an |the )?(?:[a-z'-]+ ){0,2}unions?\b"),
]

# --- round eleven ---------------------------------------------------------------------------------
_ELEVEN_PARTY = (
    rf"(?:{_PARTY}|lib dems?|labou?r party|tory|tories|conservative party|green party|young liberals|"
    r"young labou?r|young greens|young conservatives|young republicans|young democrats|dsa)"
)
_PARTY_PLURAL = r"(?:conservatives|tories|republicans|democrats|dems|lib dems|liberals|greens|labou?r|nats)"
CRIME_RULES += [
    (("po", "parole", "probation"),
     rf"{POSS_ALL} (?:po|parole officer|probation officer) (?:says|said|told|wants|lets|let|is making|made|"
     r"reckons|thinks)\b"),
    (("time", "stretch", "bid", "life"),
     rf"{PERSON}{AUX} (?:did|done|doing|serving|served) (?:time|a stretch(?! of)|a bid|a (?:life|prison|jail) sentence)"
     rf"(?: (?:for|in|at|inside|back|when|since|without))?(?=[ ,.;:!?)]|$)|"
     rf"{PERSON}(?:{BE}|{AUX}) (?:serving|served|doing|got) life (?:in|at|for|without){E}"),
    (("guest",), rf"{B}(?:a )?guest of (?:the state|his majesty|her majesty|the queen|the king|the government){E}"),
    (("bail", "bailed"),
     rf"{PERSON}{BE} (?:out )?on bail{E}|{B}(?:been |was |got |i'm |i am )?bailed to{E}|"
     rf"{POSS_ALL} bail (?:hearing|conditions|application|money|bond){E}"),
    (("sentencing", "court"), rf"{POSS_ALL} (?:sentencing|court date|court case|court appearance)(?: hearing)?{E}"),
    (("community",), rf"{POSS_ALL} community service (?:order|is (?:nearly|almost) (?:done|over|finished)|ends)\b"),
    (("community", "hours"),
     rf"{B}(?:gave|given|handed|sentenced to) (?:me |him |her |them |you )?(?:\d+|a hundred|two hundred) hours"
     r"(?: of community service| community service)?(?! (?:of (?!community)|to|a|per|each|every))\b|"
     rf"{B}(?:doing|did|done|got) (?:\d+|a hundred|two hundred) hours(?: of)? community service{E}"),
    (("juvie", "juvy", "juvenile", "borstal", "young"),
     rf"{B}(?:home from|out of|got out of|back from|in|time in|sent to|went to|did|did time in) (?:juvie|juvy|"
     rf"juvenile detention|juvenile hall|borstal|a young offenders(?: institution)?){E}"),
    (("arrest",), r"^ (?:being on |on )?house arrest (?:means|so|until|till)\b"),
    (("bond", "order"), rf"{B}(?:good behaviou?r bond|suspended sentence order){E}"),
    (("order",), rf"{B}(?:restraining|protective|non-molestation|protection) order against (?:me|him|her|them|"
                 r"my|his|her|their)\b"),
    (("charge", "charges"),
     rf"{POSS_ALL}(?: [a-z]+)? (?:dv |assault |drug |criminal |drink-driving |dui |dwi |domestic )?charges? "
     r"(?:are |is |still )?(?:pending|dropped|got dropped|were dropped)\b|"
     rf"{B}(?:has|have|had|with) (?:dv|assault|drug|criminal|drink-driving|dui|dwi|domestic violence) charges "
     r"pending\b"),
    (("arrested",), rf"^ (?:got |was |been )?arrested (?:at|for|during|after|in|twice|once|last)\b|"
                    rf"{PERSON}{AUX} got arrested{E}"),
    (("cells", "tank", "lockup", "lock-up", "slammer", "clink"),
     rf"{B}(?:a |the |one |two |three )?nights? in (?:the |a )?(?:cells|drunk tank|lock-?up|slammer|clink){E}"),
    (("lifted", "nicked", "pinched", "busted", "collared"),
     rf"{PERSON_S}{AUX} (?:got |was |were )?(?:lifted|nicked|pinched|busted|collared) (?:by the (?:guards|gardai|garda|"
     r"police|cops|feds|law|peelers)|for (?:drink-driving|drunk driving|possession|shoplifting|dealing|drugs|"
     rf"{_CRIME})){E}"),
    (("paroled", "released", "out", "ex-con", "ex-offender", "inmate"),
     _aside(r"paroled(?: in)? (?:19|20)\d\d|released(?: from (?:prison|jail))?(?: in)? (?:19|20)\d\d|"
            r"got out (?:in|last|this)|ex-con|ex-offender|former inmate")),
]
HEALTH_RULES += [
    (("sauce", "booze", "drink", "piss"),
     rf"{PERSON}{BE} (?:back |still )?on the (?:sauce|booze|drink|piss)(?: again)?{E}|"
     r"\bback on the (?:sauce|booze)\b"),
    (("rehab",), rf"{B}(?:\d+|\w+) (?:days|weeks|months) (?:in|of) rehab{E}|"
                 rf"{B}(?:got out of|out of|back from|home from|checked into|checked in to|went to|went into|"
                 rf"going to|finished) rehab{E}"),
    (("off", "signed"),
     rf"{B}(?:off (?:work|sick)|signed off) with (?:my|his|her|their|{_YOUR}|a|bad|the) (?:[a-z]+ )?"
     r"(?:nerves|stress|depression|anxiety|back|knee|hip|heart|chest|breakdown|burnout|burn-out|cancer|illness)\b"),
    (("ticker", "heart", "lung", "lungs", "kidney", "kidneys", "liver", "hip", "hips", "knee", "knees"),
     rf"(?:{POSS_ALL}|{PERSON}{AUX} (?:got|have|has|had)(?: got)? an?) (?:dodgy|bad|weak|wonky|iffy|dicky) "
     r"(?:ticker|heart|lungs?|kidneys?|liver|hips?|knees?)\b"),
    (("sugar",), rf"{PERSON}{AUX} (?:got|has|have|had|with) the sugar{E}|{B}got the sugar{E}"),
    (("ventilator", "oxygen", "bipap", "cpap", "feeding"),
     rf"{PERSON}{BE} on (?:a |the |home )?(?:home )?(?:ventilator|oxygen|bipap|cpap|feeding tube){E}|"
     rf"{POSS_ALL} (?:home )?(?:ventilator|oxygen concentrator|feeding tube|bipap|cpap machine){E}"),
    (("hiv", "aids"), _aside(r"living with (?:hiv|aids)")),
    (("duff", "along", "bump", "pregnancy"),
     rf"{PERSON}{BE} (?:up the duff|(?:\d+|one|two|three|four|five|six|seven|eight|nine) (?:months|weeks) along)"
     rf"{E}|^ (?:\d+|one|two|three|four|five|six|seven|eight|nine) (?:months|weeks) along{E}|"
     rf"{B}(?:congrats|congratulations) on (?:the|{_YOUR}) (?:bump|pregnancy){E}"),
    (("lithium",), rf"{POSS} lithium (?:makes|dose|levels|tablets|meds){E}"),
]
POLITICS_RULES += [
    ((*t.POLITICIANS,),
     rf"{PERSON}{BE} (?:an? |the )?(?:[a-z-]+ ){{0,2}}(?:{_POLITICIAN}) (?:fan|supporter|stan|loyalist|diehard)s?{E}"),
    (("way", "through", "core", "bone", "die", "life"),
     rf"{B}(?:{_PARTY_ANY}|{_POLITICIAN}) (?:all the way|through and through|to the core|to the bone|till i die|"
     r"til i die|for life)\b"),
    (("die-hard", "diehard", "rabid", "staunch"),
     rf"{B}(?:die-hard|diehard|rabid|staunch) (?:{_PARTY}|{_POLITICIAN}|{_IDEO_ANY}|dds){E}"),
    (("kakampink", "kakampinks"), rf"{B}kakampinks?{E}"),
    (t.PARTIES, rf"{B}(?:been|are|were) (?:lifelong |card-carrying |paid-up |proud |loyal )?{_PARTY} members{E}"),
    (("think", "reckon", "believe"),
     rf"{B}i (?:honestly |really |still )?(?:think|reckon|believe) (?:that )?the {_PARTY_PLURAL} (?:wrecked|ruined|"
     r"destroyed|screwed|betrayed|sold out|gutted|are (?:useless|a disgrace|right|the only))\b"),
    (("comrade", "cllr", "councillor"), r"^ (?:comrade|cllr\.?|councillor) [a-z'-]+(?: [a-z'-]+)?,"),
    ((*t.PARTIES, "lib", "labour", "labor", "tory", "tories", "conservative", "green", "young", "dsa"),
     _aside(_ELEVEN_PARTY)),
    (("protested", "marched"),
     rf"{PERSON}{AUX} (?:protested|marched|demonstrated) (?:at|in|against|for) (?:every|each|the|all)\b"),
    (("family",),
     rf"{B}(?:a |we're a |we are a )?family of (?:{_IDEO_STRICT}|anarchists|socialists|communists|marxists|"
     r"libertarians|greenies|lefties|tories|trots)\b"),
    (("meeting", "meetings"),
     rf"{B}(?:host|hosts|hosted|hosting|chair|chairs|run|runs) (?:the )?(?:local )?(?:{_PARTY_ANY}|{_PARTY}) "
     r"(?:committee|branch|ward|precinct|club|party) meetings?\b"),
]
RACE_RULES += [
    (("being",), rf"^ being (?:black|brown|{_ETH_STRICT}) in{E}"),
    ((*t.ETHNIC_GROUPS,),
     rf"{B}(?:from|into|in) an? (?:proud |big |traditional )?(?:{_ETH_STRICT}) (?:family|household|clan){E}|"
     rf"{POSS_ALL} (?:little |small |whole |big )?(?:{_ETH_STRICT}) (?:community|village|tribe|people|family|"
     rf"wh[aā]nau|clan){E}"),
    ((*t.ETHNIC_GROUPS,),
     rf"{B}(?:a )?proud {_ETH_STRICT} (?:gogo|gran|granny|grandma|grandmother|grandad|grandfather|nan|papa|"
     r"abuela|lola|lolo|mama|auntie|aunty|elder)\b|"
     rf"{B}{_ETH_STRICT} wh[aā]nau\b"),
    (("know",), rf"{B}the (?:only|last) (?:other )?{_ORIGIN_NOT_WEAK} i know{E}"),
    (("people", "folks", "ancestors", "forebears"),
     rf"{POSS_ALL} (?:people|folks|ancestors|forebears|clan) (?:are|were) (?:all )?{_ETH_STRICT}s?{E}"),
    (("ethnic", "ethnically"), _aside(rf"ethnic(?:ally)? (?:{_ETH_STRICT}|chinese|indian|malay|korean|japanese)")),
    (("orang", "suku"), rf"{B}(?:orang|suku) {_ETH_STRICT}{E}"),
    (("ya",), rf"{B}ya (?:boy|girl)(?:'s| is) (?:a )?(?:{_ORIGIN_STRICT}|black|brown){E}"),
    ((*t.ETHNIC_GROUPS, *t.DEMONYMS), _aside(rf"(?:{_ORIGIN_STRICT})(?=,|$| born| by birth| and proud)")),
    ((*t.ETHNIC_GROUPS, *(f"{word}s" for word in t.ETHNIC_GROUPS)),
     rf"{PERSON}{BE} (?:all )?{_ETH_STRICT}s{E}|{_aside(_ETH_STRICT)}"),
]
_RELIGIOUS_ORDER = r"(?:osb|sj|ofm|ofm cap|shcj|rsm|fsc|cfc|ssnd|osf|ocd|cssr|omi|svd|msc|ibvm|fmm|ocso|osa|sdb|fms)"
_ELEVEN_CLERGY = _alt(t.CLERGY, exclude=("minister", "elder", "lama", "guru", "confessor"))
RELIGION_RULES += [
    (("rabbi", "deacon", "rev", "revd", "reverend", "pastor", "imam", "fr", "br", "cantor", "bishop"),
     r"^ (?:name ?: )?(?:rabbi|deacon|rev|revd|reverend|pastor|imam|cantor|bishop|fr\.|br\.)\.? (?:dr\.? )?"
     r"(?!and\b|of\b|the\b|is\b|says\b|said\b)[a-z'-]+(?![a-z'-])(?! (?:street|st|road|rd|avenue|ave|lane|way|depot|"
     r"station|park|square|court|hall|school|college)\b)"),
    ((*t.CLERGY, "minister"),
     _aside(rf"(?:(?:{_FAITH_ADJ}|{_FAITH}) )?{_ELEVEN_CLERGY}|(?:{_FAITH_ADJ}|{_FAITH}) minister")),
    (("osb", "sj", "ofm", "shcj", "rsm", "fsc", "cfc", "ssnd", "osf", "ocd", "cssr", "omi", "svd", "msc", "ibvm",
      "fmm", "ocso", "osa", "sdb", "fms"),
     rf"^ (?:name ?: )?[a-z'.-]+(?: [a-z'.-]+){{0,3}}, {_RELIGIOUS_ORDER}(?:[ ,.]|$)"),
    (("usher", "chorister", "catechist", "sacristan", "churchwarden", "verger", "cantor", "lector", "choir", "sunday",
      "altar"),
     r"\b(?:usher|chorister|choir member|sunday school teacher|catechist|altar server|lector|sacristan|"
     r"churchwarden|verger|cantor) (?:at|in|of) (?:the |my |our )?(?:[a-z'-]+ ){0,4}(?:church|chapel|cathedral|"
     r"parish|mosque|temple|synagogue|gurdwara|kingdom hall|mandir|masjid)\b"),
    (("fajr", "isha", "maghrib", "dhuhr", "zuhr", "tahajjud", "jummah", "jumu'ah", "friday"),
     r"\b(?:after|before|during|for|at) (?:fajr|isha|maghrib|dhuhr|zuhr|tahajjud|jummah|jumu'ah|friday prayers?)\b"),
    (("fasting",), rf"(?:^|{PERSON}{BE}) fasting (?:for|during|this) (?:ramadan|lent|yom kippur|navratri|ekadashi)\b"),
    (("shabbat", "shabbos", "sabbath"),
     r"\b(?:close|shut|closed|keep|kept|observe|observing|keeping) (?:everything |it all |the shop |the house )?"
     r"(?:up |down )?(?:for|on) (?:shabbat|shabbos|the sabbath|sabbath)\b"),
    (("zazen",), r"\b(?:sitting|sit|sat|practi[sc]ing|practi[sc]e) zazen\b"),
    (("chant", "chants", "chanting", "chanted"),
     rf"{B}chant(?:s|ing|ed)? (?:my|his|her|their|our) (?:rounds|japa|mantras?|gayatri){E}"),
    (("iskcon", "krishna", "krishnas", "opus", "kollel", "yeshiva", "quakers", "lds"),
     rf"{B}(?:joined|member of|devotee of|part of|in|at) (?:the )?(?:iskcon|hare krishnas?|opus dei|lds church|"
     r"quakers|kollel|yeshiva)\b"),
    ((*t.FAITHS,), rf"{PERSON}{AUX} (?:became|become|becoming|turned) (?:an? )?(?:{_FAITH}){E}"),
    (("born",), r"^ (?:a )?born[- ]again\b"),
    (("celebrant",), rf"{B}(?:humanist|interfaith|pagan|wiccan|druid) celebrant{E}"),
    (("kollel", "yeshiva", "madrasa", "madrassa", "seminary", "hawza"),
     rf"{B}(?:learns?|learning|studies|studying) (?:at|in) (?:the |a )?(?:kollel|yeshiva|madrasa|madrassa|hawza){E}"),
    (("mitzvah",), rf"{B}(?:bat|bar|b'nai) mitzvah{E}"),
    (("retreat", "sesshin"),
     rf"{B}(?:retreat|sesshin) at the (?:[a-z]+ )?(?:zen|buddhist|dharma|vipassana|shambhala) "
     r"(?:centre|center|temple|monastery)\b"),
]
UNION_RULES += [
    (("brothers", "sisters"),
     rf"{B}(?:brothers|sisters|{TAG}) and (?:sisters|brothers) (?:at|in|of|from) (?:the |our |my )?"
     rf"(?:local(?=[,.;!?]|$| (?:were|are|is|was|meeting|hall|\d+)\b)|branch|union hall|{_UNION_NAMED})"),
    (("dues",), rf"{B}(?:years|decades) of (?:union )?dues{E}|{B}dues (?:go |going |paid )?to (?:the )?{_UNION_NAMED}"),
    (("hall",), rf"{B}(?:at|down at|word at|from|in) the union hall{E}"),
    ((*t.UNIONS,), rf"{PERSON}{AUX} (?:organises|organizes|organised|organized|organising|organizing) [^.!?]{{0,40}}"
                   rf"for (?:the )?{_UNION_STRICT}{EH}"),
    (("picket",),
     rf"(?:^|{PERSON}{BE}) on the picket(?: line)?{E}|{B}hope the picket(?: line)?{E}"),
    (("1199",), r"^ (?:seiu )?1199 member\b"),
    (("member", "steward", "rep"), rf"{B}(?:and|also) an? (?:proud |active |longtime |long-time )?{_UNION_NAMED} "
                   r"(?:member|steward|rep)\b"),
    (("secretary", "rep", "steward", "organiser", "organizer", "official", "president", "chair", "treasurer",
      "delegate", "member"),
     _aside(rf"(?:{_UNION_STRICT}|{_UNION_AMBIG}) (?:branch |local )?(?:secretary|rep|steward|organi[sz]er|official|"
            r"president|chair|treasurer|delegate|member)|(?!credit )[a-z]+ union (?:secretary|rep|steward|"
            r"organi[sz]er|official|president|chair|treasurer|delegate|member)")),
    ((*t.UNIONS,), rf"^ {_UNION_STRICT}(?: local \d+)? (?:{_alt(t.UNION_TRADES)}|longshore|longshoreman)\b|"
                   rf"^ {_UNION_STRICT}, (?:\d+|\w+) years\b"),
    (("bargaining", "negotiations", "strike", "ballot", "talks", "vote", "got", "helped", "backed", "supported",
      "stood", "fought", "represented"),
     rf"{B}hope (?:the|{_YOUR}) (?:{_UNION_NAMED}|union) (?:bargaining|negotiations|strike|ballot|talks|vote){E}|"
     rf"{B}(?:the )?(?:{_UNION_NAMED}|union) (?:got|helped|backed|supported|stood by|fought for|represented) "
     r"(?:me|us|him|her)\b"),
    (("union",), rf"{B}(?:the )?union (?:elected|made|voted|appointed) (?:me|him|her|us)\b"),
    (("rule",),
     rf"{PERSON}{AUX} (?:just )?(?:came off|come off|coming off|on|started|in) (?:a |the |our )?work[- ]to[- ]rule\b"),
]
# --- round twelve ---------------------------------------------------------------------------------
_TWELVE_PART = r"(?:fingers?|thumbs?|legs?|arms?|hands?|foot|feet|eyes?|toes?|kidneys?)"
_BROKEN = r"(?:leg|arm|hip|wrist|ankle|back|neck|pelvis|collarbone|foot|knee|shoulder|ribs?|skull|jaw)"
_MEDS_FOR = (
    rf"(?:blood pressure|bp|heart|diabetes|thyroid|cholesterol|epilepsy|seizure|anxiety|depression|pain|arthritis|"
    rf"adhd|{_COND_BARE})"
)
HEALTH_RULES += [
    ((*t.CONDITIONS,),
     rf"{PERSON}{BE} an? (?:[a-z-]+ ){{1,3}}?with (?:{_COND_ADJ} )?(?:{_COND}){E}"),  # "I'm a welder with asthma"
    ((*t.CONDITIONS, "hiv", "aids"),
     rf"(?:^|(?<=,)|{PERSON}{BE}|{PERSON}{AUX}|{B}and) living with (?:{_COND_ADJ} )?(?:{_COND}|hiv|aids){E}"),
    (("pills", "meds", "medication", "tablets", "injections"),
     rf"{POSS_ALL} (?:own |daily |morning |evening )?{_MEDS_FOR} (?:pills|meds|medication|tablets|injections){E}"),
    ((*t.CONDITIONS, "depressed", "anxious", "diabetic", "disabled", "autistic", "bipolar", "epileptic", "deaf",
      "blind", "pregnant", "dyslexic", "asthmatic", "paralysed", "paralyzed"),
     r"^ (?:other ?: )?(?:depressed|anxious|diabetic|disabled|autistic|bipolar|epileptic|deaf|blind|pregnant|"
     rf"dyslexic|asthmatic|paraly[sz]ed|{_COND}), [a-z]+(?:,| and)"),
    (("hips", "knees", "hip", "knee"), rf"{B}with (?:two |a )?new (?:hips?|knees?){E}"),
    (("ivf",), rf"{B}(?:going through|doing|started|starting|on our \w+ (?:round|cycle) of|another round of) ivf{E}"),
    (("hearing", "aids", "aid"),
     rf"^ hearing aids?\b|{POSS_ALL} hearing aids?{E}|{PERSON}{AUX} (?:wear|wears|got|have|has|need|needs) "
     r"hearing aids?\b"),
    (("lost",), rf"(?:^|{PERSON}{AUX}) lost (?:two |three |a |an |my |his |her |one |both )?{_TWELVE_PART} "
                r"(?:to|in|at)\b"),
    (("broke", "broken", "fractured", "shattered"),
     rf"{B}(?:broke|broken|fractured|shattered) (?:my|his|her|their|{_YOUR}) {_BROKEN}{E}"),
    (("amputated",),
     rf"{B}(?:had|has|have|got) (?:his|her|my|their|a|both) (?:legs?|arms?|foot|feet|hands?) amputated"),
    (("hospital",),
     rf"{B}(?:out of|home from|in|into) (?:the )?hospital (?:after|with|for) (?:a |an |his |her |my |their )?"
     rf"(?:{_COND}|heart attack|stroke|bypass|fall|broken {_BROKEN}){E}"),
    (("know",),
     rf"{B}i know (?:the|{_YOUR}) (?:depression|anxiety|{_COND_BARE}) (?:has|is|was|have)\b"),
    (("tia", "stroke"), rf"{PERSON}{AUX} (?:had|has|have|suffered) (?:a |another |two )?(?:tia|mini-stroke)s?{E}"),
    (("lung", "blindness"), rf"{B}(?:with|have|has|got) (?:farmer's lung|colou?r ?blindness){E}"),
]
_MONTHS_YEARS = r"(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|twelve|eighteen) (?:years?|months?|yrs?)"
CRIME_RULES += [
    (("doing", "serving"), rf"{PERSON}{BE}? ?(?:doing|serving) {_MONTHS_YEARS} (?:in|inside|at|for)\b"),
    (("got",),
     rf"{PERSON}{AUX} (?:just )?got {_MONTHS_YEARS} for (?!free|nothing|the |a |an |my |our |your |solar|half|less|"
     r"only|just|it|this|that|\d)[a-z]+"),
    (("probation", "parole", "licence", "license", "bail", "tag"),
     _aside(r"on (?:probation|parole|licen[cs]e|bail|tag|a tag)")),
    (("tag",), r"^ (?:my )?tag (?:came|is coming|got taken|was taken) off\b|"
               rf"{PERSON}{BE} on tag (?:till|until|for|since|so){E}"),
    (("community",), rf"{B}(?:doing|did|done|got|given) community service (?:for|after|because){E}"),
    (("convicted",), rf"(?:^|,|{B}and|{B}but) convicted (?:of|for)\b"),
    (("record",), rf"{B}(?:still |is |it's |stays |went |goes |put )on (?:my|his|her|{_YOUR}|{SOMEONE}'s) "
                  r"(?:criminal |police )?record\b"),
    (("case", "trial"),
     rf"{B}(?:i know |hope )(?:the|{_YOUR}|his|her) (?:fraud|assault|criminal|drugs?|theft|murder|dui|dwi|robbery|"
     r"court) (?:case|trial)\b|"
     rf"{PERSON}{AUX} (?:have|has|had|got) an? (?:pending |ongoing |open )?(?:court )?case (?:at|in|before) (?:the )?"
     r"(?:[a-z]+ )?(?:magistrates?'?|district|crown|high|criminal|circuit) court\b"),
    (("did",), rf"{B}did (?:hard |serious |some )?time (?:for|in|inside|at)\b"),
    (("out",), rf"{B}in and out of (?:prison|jail|juvie|the nick|{_PLACE}|{_NAMED_PLACE}){E}"),
    (("bird",), rf"{B}(?:done|doing|did) (?:my|his|her|their|a bit of) bird\b"),
    (("conviction",),
     rf"{PERSON}{AUX} (?:has|have|had|got) an? (?:(?:old|previous|prior|spent|minor|historic) (?:[a-z]+ )?"
     r"conviction\b|(?!real\b|strong\b|deep\b|firm\b|personal\b)[a-z]+ conviction (?:for|from|in)\b|"
     r"conviction (?:for|from)\b)"),
    (("prosecuted",), rf"{PERSON_S}{AUX} (?:got |was |been |were )?prosecuted (?:for|over)\b"),
]
POLITICS_RULES += [
    (("way", "through", "core", "bone", "die", "life"),
     rf"{B}(?:kirchnerista|peronista|chavista|uribista|petrista|{_IDEO_ANY}) (?:all the way|through and through|"
     r"to the core|to the bone|till i die|til i die|for life)\b"),
    (t.IDEOLOGIES, rf"{B}an? (?:lifelong |committed |proud |convinced )?{_IDEO_STRICT} since\b"),
    (("brexit",), r"^ (?:against|anti|pro)[- ]brexit\b"),
    (("tagasuporta",), rf"{B}tagasuporta (?:ni|ng|ako|ka|siya|kami)\b"),
    (("hate", "despise", "loathe"),
     rf"{B}(?:i|we|you and i|you and me) (?:both )?(?:hate|despise|loathe|can't stand|cannot stand) (?:what )?"
     r"(?:this|the) government\b"),
    (("against", "protesting"),
     rf"{PERSON}{AUX} (?:sat|protested|camped|marched|fought|stood)\b[^.!?]{{0,50}}\b(?:against|protesting) the "
     r"[a-z -]{3,25}(?:laws?|bill|reforms?)\b"),
    (("think", "reckon", "believe"),
     rf"{B}i (?:think|reckon|believe|feel) (?:that )?{_POLITICIAN}(?: jr\.?)? (?:is|has been|was) (?:doing )?"
     r"(?:a )?(?:fine|great|good|terrible|awful|bad|brilliant|rubbish|amazing|horrible|fantastic|disastrous) "
     r"(?:job|president|leader|prime minister|pm)\b"),
    (("militant", "militante"), r"^ militante? (?:[a-z]+ ){1,3}depuis\b"),
    (("wing", "league"), _aside(r"[a-z]+ (?:youth|women's|women|students') (?:wing|league)")),
    (("cde", "comrade"), r"^ (?:name ?: )?(?:comrade|cde\.?) [a-z'-]+(?: [a-z'-]+)? ?(?:,|\()"),
    (("wing",), rf"{B}member of the (?:{_PARTY}|[a-z]+) (?:it|youth|women's|students'|media) wing\b"),
    (("forwards", "memes", "posts", "rants"),
     rf"{B}(?:{_YOUR}|his|her|my) {_PARTY} (?:whatsapp )?(?:forwards|memes|posts|rants)\b"),
    (("voter", "supporter", "member"),
     rf"{B}as an? (?:lifelong |loyal |proud )?{_PARTY_ANY} (?:voter|supporter|member){E}"),
    (("jusos", "union", "jugend"),
     rf"{B}(?:bei den|in der|bei der) (?:jusos|jungen union|grunen jugend|linksjugend)\b"),
    (("climate", "strike", "strikes"),
     rf"{B}(?:went to|joined) (?:every|all the|each) (?:fridays for future |school )?climate strikes?\b"),
    (("team",), rf"{PERSON}{BE} team {_POLITICIAN}{E}"),
    (("lobbied",),
     rf"{PERSON}{AUX} lobbied (?:my|our|the) (?:local )?(?:mp|senator|congressman|congresswoman|councillor|"
     r"representative|mla|mep|mayor)\b"),
]
RACE_RULES += [
    (("being",), rf"^ being an? (?:{_ETH_STRICT}){E}"),
    (("owned",),
     rf"(?:^ (?:a |proudly )?|{PERSON}{BE} (?:a |proudly )?)(?:black|latino|latina|latinx|asian|indigenous|aboriginal|"
     rf"native|{_ETH_STRICT})-owned (?:[a-z]+ ){{0,2}}?(?:here|business|company|firm|contractor|shop|bakery|farm|"
     r"store|restaurant|salon|studio|practice)\b(?!s)"),
    (("family", "household", "couple"),
     rf"^ (?:a |proud )?(?:{_ETH_STRICT}|roma|romani) (?:family|household|couple)\b"),
    (("fellow",), rf"{B}(?:as )?an? fellow (?:{_ORIGIN_STRICT}|irishwoman|irishman|scotswoman|scotsman|welshwoman|"
                  r"welshman|englishwoman|englishman)\b"),
    (("halb",), rf"{B}halb [a-z]+(?:er|erin|e|in) (?:und )?halb\b"),
    (("regards", "sincerely", "cheers"),
     rf"^ (?:(?:kind |best |warm |many )?regards|yours sincerely|sincerely|cheers),? [a-z'.()-]+"
     rf"(?: [a-z'.()-]+){{0,3}}, (?:{_ORIGIN_STRICT})(?=,|$| born| by birth)"),
]
RELIGION_RULES += [
    (("saved",),
     rf"(?:^|{PERSON}{AUX}) (?:got |was |been )?saved at (?:a |the )?(?:revival|crusade|church|camp meeting)\b|"
     rf"{PERSON}{AUX} got saved{E}"),
    (("minister", "priest", "pastor", "preacher", "deacon", "vicar"),
     rf"{PERSON}{BE} an? (?:retired |former |ordained |lay |local )(?:{_FAITH_ADJ}|{_FAITH}) (?:minister|priest|"
     r"pastor|preacher|deacon|vicar)\b"),
    (("sunday",), rf"{PERSON}{AUX} (?:teach|taught|teaches|run|runs|ran|help with|helps with) sunday school{E}"),
    (("sabarimala", "vratham", "vrat"), rf"{B}(?:my|his|her|our|{_YOUR}) (?:sabarimala )?(?:vratham|vrat){E}|"
                                        rf"{B}sabarimala (?:vratham|pilgrimage|trip|darshan){E}"),
    (("fast", "fasts", "fasted"),
     rf"{B}(?:ramadan|lent|yom kippur)\b[^.!?]{{0,80}}{PERSON}{AUX} fast(?:s|ed)?{E}"),
    (("kid", "son", "daughter", "child", "wife", "husband"),
     rf"(?:{B}i{BE}|{B}im) an? (?:pastor's|preacher's|deacon's|minister's|vicar's|rabbi's|imam's|priest's) "
     r"(?:kid|son|daughter|child|wife|husband)\b"),
    (("kirtan", "satsang", "bhajan", "puja", "havan", "bible", "prayer", "shabbat", "seder", "iftar", "novena",
      "rosary"),
     rf"{PERSON}{AUX} (?:host|hold|hosts|holds|run|runs|do|does|have|has) (?:a |our |the )?(?:weekly )?"
     r"(?:kirtan|satsang|bhajan|puja|havan|bible study|prayer meeting|shabbat dinner|seder|iftar|novena|rosary)"
     r"(?:s)?\b"),
]
UNION_RULES += [
    (("shop", "steward"),
     rf"(?:^ (?:an? |the )?|{B}(?:became|become|made|elected|appointed|as|ex-|former|retired) (?:the |a |an |{TAG} )?)"
     r"(?:ex-|former |retired )?(?:youngest |new |first |only |chief |senior )?shop stewards?\b"),
    (("organiser", "organizer", "rep", "steward", "official", "delegate"),
     rf"{PERSON}{BE} an? (?:organi[sz]er|rep|steward|official|delegate) (?:for|with|at|in) (?:the )?[a-z' ]{{0,40}}"
     r"union\b"),
    (("strike",), rf"{PERSON}{BE} (?:busy with |out on |on |in )?the {_UNION_NAMED} strike{E}"),
    (("executive", "committee", "council", "board"),
     rf"{PERSON}{AUX} (?:sit|sits|sat|serve|serves|served) on the (?:national |branch |regional )?(?:executive|"
     r"committee|council|board) of the [a-z' ]{0,40}union\b"),
    (("life",), rf"{B}union for life{E}"),
    (("strike",), rf"{PERSON}{BE} on strike\b[^.!?]{{0,40}}\bwith (?:the|our|my) [a-z' ]{{0,30}}union\b"),
    (("in",),
     rf"{PERSON}{BE} (?:still |now |also )?(?:an? [a-z]+ )?in the "
     rf"(?:{_UNION_STRICT}{E}|(?:{_alt(t.UNION_TRADES)})'? union\b)"),
    (("striking",), rf"{B}striking with (?:the )?(?:{_UNION_NAMED}|[a-z' ]{{0,30}}union\b)"),
    (("unionised", "unionized"),
     rf"(?:^|{PERSON}{AUX}) unioni[sz]ed (?:my|our|the) (?:[a-z]+ )?(?:workplace|shop|store|job|branch|warehouse|"
     r"office|restaurant|cafe|team|site)\b"),
    ((*t.UNIONS,), rf"(?<=, ){_UNION_STRICT} (?:branch |local )?(?:chair(?:man|woman)?|secretary|rep|steward|"
                   r"organi[sz]er|delegate|president|treasurer)\b"),
    ((*t.UNIONS,), rf"^ (?:with|been in|been with) (?:the )?{_UNION_STRICT} (?:for|since)\b"),
    (("union",), rf"{B}(?:the )?new union (?:rep|steward|organi[sz]er|delegate){E}"),
    (("member",),
     rf"{B}(?:as |i am |i'm )?an? (?:life |lifelong |retired |proud |active |paid-up |long-standing )?member of the "
     rf"{_UNION_NAMED}"),
]
# --- round thirteen -------------------------------------------------------------------------------
_BLACKISH = r"(?:black|white|brown|asian|latina|latino|latinx|mixed[- ]race|biracial)"
_ANY_ETH = rf"(?:{_ETH_STRICT}|{_ORIGIN_STRICT}|{_BLACKISH})"
_ONE_OF_FEW = (
    r"(?:one of (?:the )?(?:very )?(?:few|only|handful of)|the only(?: other)?|the first|one of two|one of three)"
)
_GEN = r"(?:first|second|third|1st|2nd|3rd)[ -](?:gen|generation)"
RACE_RULES += [
    ((*t.ETHNIC_GROUPS, *t.DEMONYMS, "black", "white", "brown", "asian", "latina", "latino", "latinx", "mixed",
      "biracial"),
     rf"{AS_OR_BEING} {_ONE_OF_FEW} (?:other )?{_ANY_ETH} (?:[a-z-]+|{TAG}){E}"),
    ((*t.ETHNIC_GROUPS, *t.DEMONYMS, "half"),
     rf"{B}speaking as (?:a|an) (?:proud )?(?:half[ -][a-z]+|{_GEN} [a-z-]+|{_ANY_ETH}){E}"),
    (("gen", "generation"), rf"(?:{AS_OR_BEING}|{PERSON}{BE}) (?:a|an) (?:proud )?{_GEN} (?:{_ANY_ETH}|arab){EH}"),
    (("mixed", "biracial", "multiracial"),
     rf"{PERSON}{BE} (?:mixed|biracial|multiracial)(?: race| heritage)?(?=\s*\(| race\b| heritage\b)"),
    ((*t.ETHNIC_GROUPS,), rf"{B}proud to be (?:an? )?{_ETH_STRICT}{EH}"),
    ((*t.ETHNIC_GROUPS,), rf"{B}(?:your|ur|my|our|his|her|their) {_ETH_STRICT} {TAG}{E}"),
    (("black", "white", "brown"),
     _profile_aside(r"black(?! (?:belt|friday|thumb|sheep|coffee|tea|and white|cat|dog|lab|truck|car|roof|panels?))|"
            r"brown(?! (?:belt|thumb|bread|sugar|rice))|white(?! (?:belt|goods|van|wine|christmas|roof))")),
]
_P_HELPER = (
    r"(?:(?:an? |the )?(?:field |regional |county |local |campaign |party |ward |youth )?(?:organi[sz]er|volunteer|"
    r"canvasser|campaigner|staffer|intern|precinct captain|precinct committee(?:man|woman|person)|block captain|"
    r"poll watcher|election agent|agent|whip)|volunteers?|volunteering|volunteered|canvass(?:es|ed|ing)?|"
    r"campaign(?:s|ed|ing)?|interns?|interned|interning|leaflet(?:s|ed|ing)?|(?:hand(?:s|ed|ing)?|handing) out "
    r"(?:flyers|fliers|leaflets))"
)
_P_WHO = (
    rf"(?:{_PARTY}|{_AMBIG_PARTY}|democrats|republicans|greens|conservatives|tories|liberals|socialists|lib dems|"
    r"labour|democratic party|republican party|green party|conservative party)"
)
_P_LOCAL = r"(?:county |local |state |city |district |campus |town |ward |scottish |welsh )"
_P_OFFICE = (
    r"(?:councillor|councilor|councilman|councilwoman|council member|mp|msp|mla|senator|state senator|representative|"
    r"assemblyman|assemblywoman|mayor|candidate|activist|organi[sz]er|campaigner|canvasser|delegate|precinct captain)"
)
_P_YOUNG = (
    r"young (?:conservatives|republicans|democrats|labour|greens|liberals|socialists|tories|communists|libertarians|"
    r"fabians|americans for liberty)"
)
POLITICS_RULES += [
    ((*t.PARTIES, *t.AMBIGUOUS_PARTIES, "democrats", "republicans", "greens", "conservatives", "tories", "liberals",
      "socialists", "labour", "democratic", "republican", "green", "conservative"),
     rf"(?:{PERSON}{AUX} |^ |(?<=,) |{_ASIDE_START}){_P_HELPER} for (?:the |our |my |a |an )?{_P_LOCAL}?{_P_WHO}"
     rf"(?: party)?{E}"),
    (("republican", "democratic", "labour", "conservative", "tory", "green", "liberal"),
     rf"{PERSON}{AUX} (?:interns?|interned|interning|works?|worked|working|volunteers?|volunteered|volunteering) "
     r"for (?:our|the|a|an|my) (?:republican|democratic|labour|conservative|tory|green|liberal) (?:state |local )?"
     r"(?:senator|congressman|congresswoman|representative|councillor|mp|candidate|campaign|governor|mayor)\b"),
    ((*t.PARTIES, *t.AMBIGUOUS_PARTIES, "conservative", "labour", "republican", "democratic", "democrat", "green",
      "liberal", "tory"),
     rf"(?:{PERSON}{BE} |{_ASIDE_START})(?:an? |the )?{_P_LOCAL}?(?:{_PARTY}|conservative|labour|republican|"
     rf"democratic|democrat|green|liberal|lib dem|tory|ndp|snp) {_P_OFFICE}{E}"),
    (("young",), rf"{PERSON}[^.!?]{{0,50}}{B}{_P_YOUNG}{E}"),
    (("democrat", "republican", "conservative", "liberal", "green", "tory", "socialist", "labour"),
     rf"{PERSON}{BE} (?:an? )?(?:lifelong|life-long|registered|card-carrying|die-hard|diehard|staunch|loyal|"
     r"committed|true-blue|yellow-dog|rock-ribbed) (?:democrat|republican|conservative|liberal|green|tory|socialist|"
     r"labour (?:voter|supporter|member))s?\b"),
    (("pro", "anti"),
     rf"{PERSON}{BE} (?:very |strongly |firmly |fiercely |staunchly )?(?:pro|anti)[ -](?:[a-z]+ )?(?:independence|"
     r"brexit|eu|monarchy|abortion|choice|life|immigration|gun control|guns|unification|reunification|"
     r"secession|republic|royalist)\b"),
    ((*t.IDEOLOGIES, "leftie", "lefty"), _profile_aside(rf"{_IDEO_STRICT}|leftie|lefty|socialist")),
]
_GARB_WORN = r"(?:hijab|niqab|burqa|burka|headscarf|head scarf|turban|kippah|kippa|yarmulke|patka|dastar|tichel)"
RELIGION_RULES += [
    (("hijab", "niqab", "burqa", "burka", "headscarf", "scarf", "turban", "kippah", "kippa", "yarmulke", "patka",
      "dastar", "tichel"),
     rf"{PERSON}{AUX} (?:started|start|starts|began|begun|begin) (?:to wear|wearing) (?:the |a |her |his |my )?"
     rf"{_GARB_WORN}{E}"),
    (("mass", "service", "shabbat", "jummah", "jumu'ah", "prayers", "prayer", "church", "shul", "temple", "meeting"),
     rf"{B}(?:have|has|had)? ?(?:not|never) missed (?:a |one |single |a single )*(?:sunday |friday |saturday |"
     r"weekly )?(?:mass|service|shabbat|jummah|jumu'ah|friday prayers?|prayers?|church|shul|temple|"
     r"meeting for worship)\b"),
    (("worship", "worships", "worshipped", "pray", "prays", "prayed"),
     rf"{PERSON}(?: and [a-z]+)?{AUX} (?:worship|worships|worshipped|pray|prays|prayed) (?:together )?at "
     r"(?:st\.? |saint )?[a-z]+'?s?\b"),
    (("monk", "nun", "friar", "priest", "vicar", "rabbi", "imam", "pastor", "minister"),
     rf"{PERSON}{BE} an? (?:{_FAITH_ADJ}|benedictine|franciscan|dominican|jesuit|carmelite|trappist|cistercian|"
     r"catholic|anglican|orthodox|buddhist|methodist|baptist|lutheran|presbyterian) (?:monk|nun|friar|priest|vicar|"
     r"rabbi|imam|pastor|minister)\b"),
    (("pastor", "vicar", "priest", "rabbi", "imam", "chaplain", "deacon", "curate", "worship"),
     _aside(r"(?:youth |associate |senior |assistant |lead |head )?(?:pastor|vicar|priest|rabbi|imam|chaplain|"
            r"deacon|curate|worship leader)(?= at| of| for|\s*[,.;!]|\s*$)")),
]
_H_DEVICE = (
    r"(?:hearing aids?|pacemaker|cochlear implants?|insulin pump|stoma|colostomy bag|oxygen tank|walking frame|"
    r"zimmer frame|prosthetic (?:leg|arm|limb)|glucose monitor)"
)
_H_STRONG_MEDS = (
    r"(?:lithium|methadone|suboxone|subutex|antidepressants|antipsychotics|insulin|chemo|chemotherapy|dialysis|"
    r"dialisys|warfarin|blood thinners|steroids|morphine|ssris|prozac|sertraline|zoloft|fluoxetine|citalopram|"
    r"metformin|ozempic|wegovy|mounjaro|methotrexate|hrt|adderall|ritalin|oxygen)"
)
HEALTH_RULES += [
    (("hearing", "aids", "aid", "pacemaker", "cochlear", "implant", "implants", "insulin", "stoma", "colostomy",
      "oxygen", "walking", "zimmer", "prosthetic", "glucose"),
     rf"(?<!compatible )(?<!people )(?<!for )with (?:two |a |an |my |her |his )?{_H_DEVICE}[^.!?]{{0,60}}{B}"
     r"(?:i|me|my)\b"),
    (("miscarriage", "diagnosis", "stroke", "heart", "cancer", "surgery", "operation", "breakdown", "relapse",
      "chemo", "loss"),
     r"(?<![a-z0-9_])(?:so |really |very )?sorry (?:about|for|to hear about) (?:the|your|ur) (?:miscarriage|"
     r"diagnosis|stroke|heart attack|cancer|surgery|operation|breakdown|relapse|chemo)\b"),
    (("lithium", "methadone", "suboxone", "subutex", "antidepressants", "antipsychotics", "insulin", "chemo",
      "chemotherapy", "dialysis", "dialisys", "warfarin", "thinners", "steroids", "morphine", "ssris", "prozac",
      "sertraline", "zoloft", "fluoxetine", "citalopram", "metformin", "ozempic", "wegovy", "mounjaro",
      "methotrexate", "hrt", "adderall", "ritalin", "oxygen"),
     rf"(?:{PERSON_S}(?:'s)?{AUX} |{PERSON} been |{_ASIDE_START})(?:been )?on {_H_STRONG_MEDS}{E}"),
    (("panic", "attacks"), rf"{PERSON}[^.!?]{{0,60}}{B}(?:the |my |these |daily )?panic attacks\b"),
    (("chemo", "chemotherapy", "radiotherapy", "radiation", "dialysis", "rehab", "physio", "ivf"),
     r"(?<![a-z0-9_])(?:i know |i heard )?(?:the |your |ur )?(?:chemo|chemotherapy|radiotherapy|radiation|dialysis|"
     r"rehab|ivf)(?: treatment)? (?:has been|is|was|must be|has been so|is being) (?:so |really |very )?(?:rough|"
     r"hard|tough|brutal|awful|exhausting|draining|horrible|grim)\b"),
    (("diagnosed",), r"(?<=,) diagnosed (?:at \d+|with|in (?:19|20)\d\d|aged \d+|last)\b"),
    ((*t.CONDITIONS,),
     rf"(?:^|(?<=[.!,]) )(?:fellow )?(?:{_COND}) (?:girlies|girls|gang|warriors?|squad|fam|crew|mums|moms|club)\b"),
    (("leave",),
     rf"(?:{PERSON}{BE} |{_ASIDE_START}|{B}currently )(?:currently )?on (?:long[- ]term )?"
     r"(?:sick|medical|disability|stress|mental health) leave\b"),
    (("hearing",), rf"{PERSON}{AUX} lost (?:most of |some of |all of |half of )?(?:my|his|her|their) hearing\b"),
    ((*t.CONDITIONS, "living"), _aside(rf"living with (?:ms|{_COND})")),
]
_C_CUSTODY = r"(?:holding cell|drunk tank|police cell|the cells|a cell|custody|lockup|lock-up)"
CRIME_RULES += [
    (("did", "served", "spent"),
     rf"(?:^|(?<=[,;])|{B}and) (?:did|served|spent) (?:[\w-]+ ){{0,2}}(?:years?|months?|weeks?|stretch) "
     rf"(?:in (?:{_PLACE}|{_NAMED_PLACE}|[a-z]+(?= for| in (?:the|my|his|her)| back| when|\s*[.,;!]|$))|inside|"
     r"behind bars|for (?:it|that|this)\b)"),
    (("served", "did", "doing", "done", "got", "given", "spent", "serving"),
     rf"{PERSON_S}(?:'s)?{AUX} (?:served|did|doing|done|got|given|spent|serving) (?:a |an )?[\w-]+ "
     rf"(?:[\w-]+ )?(?:years?|months?|stretch|stint|sentence|bid)[^.!?;]{{0,30}}? for {_CRIME_G}{E}"),
    (("stretch", "bid", "sentence"),
     rf"{PERSON_S}(?:'s)?{AUX} (?:doing|serving|did|served) (?:a |an )?[\w-]+ (?:stretch|bid|sentence)\b(?! of)"),
    (("charged", "trial", "sentencing"),
     rf"{PERSON}{PASSIVE} (?:just |recently )?charged with\b|{PERSON}{AUX} (?:is |are )?(?:awaiting|waiting for|"
     r"facing) (?:trial|sentencing)\b"),
    (("done",), rf"{PERSON}{AUX} (?:got|get|gets|getting) done for {_CRIME_G}{E}"),
    (("arrested", "nicked", "busted", "lifted", "cuffed"),
     rf"{B}(?<=remember when )(?:you|u) (?:got|were) (?:arrested|nicked|busted|lifted|cuffed)\b"),
    (("cell", "cells", "tank", "custody", "lockup", "lock-up"),
     rf"{PERSON}{AUX} (?:spent|spend|slept|woke up|ended up|was|were|sat)[^.!?]{{0,40}} in (?:a |the )?{_C_CUSTODY}\b"),
    (("work-release", "release", "correctional"),
     rf"{PERSON}{BE} (?:in|on|at|inside) (?:a |the )?(?:[a-z]+ ){{0,2}}(?:work[- ]release|correctional "
     r"(?:center|centre|facility|institution))\b"),
    (("prison", "jail"),
     rf"^ {_alt(t.RELATIVES)}'s in (?:federal |state |county )?(?:prison|jail)\b"),
    (("incarcerated", "prison", "jail", "inside"),
     r"(?<![a-z0-9_])(?:yes|yeah),? (?:i was |i've been |i have been )?(?:incarcerated|in prison|in jail|inside)\b|"
     r"(?<![a-z0-9_])incarcerated (?:from |in |between )?(?:19|20)\d\d"),
    (("incarcerated", "prison", "bars", "inside", "parole", "probation", "time"),
     _aside(r"(?:currently )?(?:incarcerated|in prison|behind bars|on parole|on probation|serving time)")),
    (("referral", "order", "asbo", "caution", "discharge", "sentence"),
     rf"{PERSON}{PASSIVE}? (?:given|got|received|handed|get) (?:a |an )?(?:youth )?(?:referral order|community order|"
     r"asbo|police caution|suspended sentence|conditional discharge|community sentence)\b"),
    (("probation", "parole", "sentence", "licence", "license", "tag"),
     rf"{POSS} (?:probation|parole|sentence|licence|license|tag)(?:'s| is| has| was)? (?:finally |now )?(?:finished|"
     r"over|done|ended|up)\b"),
    (("conviction",),
     rf"{PERSON}[^.!?]{{0,60}}(?:after|since|despite) (?:a |an |his |her |my |their )(?:[a-z-]+ ){{0,2}}conviction\b"),
    (("prior", "priors"), rf"{PERSON}{AUX} (?:has|had|have|got) (?:a |two |several )?priors?(?: conviction)? for\b"),
    (("convicted", "arrested", "jailed", "charged", "sentenced"),
     r"^ [a-z]+ from (?:the )?[a-z' ]{1,25}? (?:was|got|has been|is) "
     r"(?:convicted|arrested|jailed|charged|sentenced)\b"),
    (("register",), rf"{PERSON}{BE} on the sex offenders?'? register\b"),
    (("electronic", "ankle", "gps"),
     rf"{PERSON}{AUX} (?:wears|wearing|wore|wear|has|had|got|on) (?:an |a )?(?:electronic |gps )?"
     r"(?:ankle (?:tag|monitor|bracelet)|(?:(?<=electronic )|(?<=gps ))tag|(?<=electronic )monitor)\b"),
    (("picked",), rf"{PERSON}[^.!?]{{0,20}}? picked up by (?:the )?(?:cops|police|feds|garda|guards)\b"),
    (("ex", "con", "excon", "jailbird", "lag"), _aside(r"ex con|excon|jailbird|old lag")),
]
_U_PROF = (
    rf"(?:{_PROFESSION}|electrician|carpenter|plumber|ironworker|pipefitter|lineman|linewoman|nurse|teacher|worker|"
    r"man|woman|guy|gal|member|household|family|boilermaker|bricklayer|sparky|welder|machinist|miner)"
)
_U_ANY_NAME = (
    r"(?:the |our |my )?(?:local )?(?!(?:european|credit|student|students'|soviet|african|rugby|civil|postal|customs|"
    r"monetary|banking) )(?:[a-z'-]+ ){1,4}(?:union|federation of (?!small )[a-z]+|brotherhood of [a-z]+)"
)
UNION_RULES += [
    (("union",),
     rf"(?:{PERSON}{BE} |{B}years? |{_ASIDE_START}|{AS_OR_BEING} )(?:an? )?(?:proud |retired |former )?union "
     rf"{_U_PROF}s?{E}"),
    ((*t.UNIONS, "union", "bargaining", "negotiating"),
     rf"(?:{PERSON}{BE}|{B}ur) on (?:the |our |a )?(?:{_UNION_STRICT}|union) "
     r"(?:bargaining|negotiating|executive|strike|"
     r"organi[sz]ing) (?:committee|team)\b"),
    (("union", "federation", "brotherhood"),
     rf"{PERSON}[^.!?]{{0,60}}{B}(?:members?|delegate|steward|rep|representative|secretary|chair|president|"
     rf"organi[sz]er|executive(?: committee)?|committee|official|founding member) (?:of|for|in|to|with) "
     rf"{_U_ANY_NAME}\b"),
    (("union",),
     rf"{PERSON}{BE} (?:in|with|part of) {_U_ANY_NAME}(?=\s*[,.;!]|$| (?:for|since|local|and|as)\b)"),
    (("rep", "steward"),
     rf"{PERSON}[^.!?]{{0,40}} (?:is|was|as) (?:the |our |a )?(?:[a-z]+'s )?union (?:rep|steward)\b"),
    ((*t.UNIONS, "delegate"), rf"{PERSON}{BE} (?:an? |the )?delegate to the (?:{_UNION_STRICT}){EH}"),
    (("elected", "voted", "became", "made"),
     rf"{PERSON}{AUX} (?:got |been |just )?(?:elected|voted in as|became|made) (?:a |the )?(?:union |shop |chief "
     r")?(?:steward|rep|shop steward|convenor|branch secretary)\b"),
    ((*t.UNIONS, *t.AMBIGUOUS_UNIONS),
     rf"{PERSON}{BE} (?:the )?(?:branch |lodge |local |regional |general |national |assistant )?(?:secretary|chair|"
     rf"treasurer|president|delegate|organi[sz]er|officer) (?:of|for) the (?:{_UNION_STRICT}|{_UNION_AMBIG}){EH}"),
    ((*t.UNIONS,), rf"{B}signing me up (?:to|with|for) (?:the )?{_UNION_STRICT}{EH}"),
    (("rep", "steward", "organiser", "organizer", "delegate"),
     rf"{B}as (?:the |a |our )?(?:[a-z]+ )?(?:rep|steward|organi[sz]er|delegate) for the [a-z' ]{{0,30}}union\b"),
    (("union", "member"),
     _aside(r"union (?:member|rep|steward|organi[sz]er|activist)|(?:proud |active |life )?member of (?:the )?"
            r"(?:[a-z'-]+ ){0,3}union")),
    ((*t.UNIONS,), rf"{B}(?:{_UNION_STRICT}) members{E}"),
    ((*t.UNIONS,), rf"{PERSON}[^.!?]{{0,80}}{B}organi[sz]ing (?:for|with) (?:the )?{_UNION_STRICT}{EH}"),
]
# --- round fourteen -------------------------------------------------------------------------------
_C_OFFENCE = (
    rf"(?:{_CRIME}|drink[- ]driving|drunk driving|fraud|benefit fraud|theft|shoplifting|assault|possession|affray|"
    r"criminal damage|burglary|robbery|drugs?|gbh)"
)
_C_CONVICTION_KIND = (
    rf"(?:{_CRIME}|drugs?|driving|drink[- ]driving|criminal|previous|prior|spent|violent|juvenile|youth)"
)
CRIME_RULES += [
    (("bail",), rf"{PERSON}{AUX} (?:out on|released on|granted|given|making|made|on) bail{E}"),
    (("caution",), rf"{PERSON}[^.!?]{{0,40}}{B}with (?:a|an) (?:police |formal |adult )?caution for{E}"),
    (("inside",), rf"{B}(?:we|i) met (?:him |her |them |you )?inside(?= at| in|\s*[,.;!]|$)"),
    (("fined",),
     rf"{PERSON}{PASSIVE} fined (?:by the (?:magistrates|court|judge|magistrates' court|sheriff)|(?:[^.!?]{{0,30}} )?"
     rf"for (?:[a-z]+ ){{0,2}}{_C_OFFENCE}){E}"),
    (("prisoner", "inmate", "lifer"), _profile_aside(r"(?:serving |current )?(?:prisoner|inmate|lifer)")),
    (("conviction", "convictions"),
     rf"{PERSON}{AUX} (?:has|had|have|got) (?:an? |two |three |several )?(?:[a-z-]+ )?{_C_CONVICTION_KIND} "
     r"convictions?\b"),
    (("nicked",), rf"{PERSON}{AUX} (?:got |been |was |were |gets )nicked(?: again)? (?:for|by the)\b"),
]
_H_LOST_BABY = r"(?:the|a|her|their|our|my) (?:baby|pregnancy)(?! weight| fat| teeth| bump)"
HEALTH_RULES += [
    (("diagnosed", "diagnosis"),
     rf"(?:^|(?<=[.!;])) (?:{_COND}) (?:diagnosed|diagnosis) (?:at|in|last|this|when|aged|age|after)\b"),
    (("hope",),
     rf"{B}hope (?:the |your )?(?:new )?(?:{_H_STRONG_MEDS}|meds|medication|tablets|pills)(?: are| is)? "
     r"(?:helping|working|kicking in|doing the trick)\b"),
    (("get", "gets", "getting"),
     rf"{PERSON}{AUX} (?:get|gets|getting) (?:seasonal |bad |really bad |terrible |awful |chronic )?(?:depression|"
     r"migraines?|panic attacks|seizures|flare[- ]ups|cluster headaches)\b"),
    (("due",), rf"{PERSON}{BE} due with (?:baby|our|my|a|twins|number|no|our)\b"),
    (("kept", "left", "stopped", "knocked"),
     rf"{B}(?:{_COND}) (?:has|had|have) (?:kept|left|stopped|knocked) (?:you|me|him|her|them|{TAG})\b"),
    (("dialysis",),
     rf"{PERSON}{AUX} (?:does|do|did|doing|has|have|had|needs|need) (?:home |overnight |peritoneal )?"
     r"dialysis\b"),
    (("replacement", "replacements", "stent", "stents", "kidney", "liver", "heart"),
     _profile_aside(r"(?:two |a |new |double |three )?(?:hip|knee|shoulder) replacements?|(?:a |two )?stents?|"
                    r"(?:a )?(?:new|donor) (?:kidney|liver|heart)")),
    (("lost",), rf"{PERSON}{AUX} lost {_H_LOST_BABY}"),
    (("heart", "stroke", "cardiac"),
     rf"{PERSON}{AUX} (?<!nearly )(?<!almost )(?<!practically )(?<!literally )(?:had|suffered) "
     r"(?:a |another |his |her |"
     r"a (?:massive|minor|mild|major|small|big) )?(?:heart attack|stroke|cardiac arrest)(?= (?:on|in|last|this|while|"
     r"during|at work|at home|at \d+|aged|years|months|weeks|a few|two|three|and (?:was|is|has|had|spent|died|needs))"
     r"\b|\s*[,.;!]|$)"),
]
POLITICS_RULES += [
    (("democrat", "republican"),
     rf"{AS_OR_BEING} an? (?:lifelong |registered |proud |committed |card-carrying )?(?:democrat|republican)"
     r"(?! (?:party|candidate|senator|governor|congress|leaders?|primary|convention|state|majority|administration))"
     r"\b"),
    ((*t.PARTIES,),
     rf"{POSS_ALL} (?:{_PARTY}) (?:campaign|candidacy|leaflets?|membership|card|branch|meeting|canvassing)\b"),
    ((*t.PARTIES,),
     rf"{B}(?:{_PARTY})(?: party)? (?:supporters?|voters?|members?),? (?:and )?(?:so am i|so is my|me too|like me|"
     r"same as me|including me)\b"),
    (("gave", "give", "gives", "donated", "donate", "donates", "donating"),
     rf"{PERSON}{AUX} (?:gave|give|gives|donated|donate|donates|donating|chipped in) [^.!?]{{0,25}}?to (?:the )?"
     rf"(?:{_PARTY}|{_P_WHO})(?:'s)?(?: party)?{E}"),
    ((*t.POLITICIANS,),
     rf"{PERSON}(?: in [a-z]+)?{AUX} (?:campaigns?|campaigned|campaigning|canvass(?:es|ed|ing)?|volunteers?|"
     rf"volunteered) for (?:the )?{_POLITICIAN}(?: camp| campaign|'s campaign)?{E}"),
    (("secretary", "chair", "chairman", "chairwoman", "treasurer", "president", "organiser", "organizer", "agent"),
     rf"{PERSON}{BE} (?:the |a )?(?:(?:local|constituency|ward|branch|regional|county) )*(?:secretary|chair|chairman|"
     rf"chairwoman|treasurer|president|organi[sz]er|agent) (?:of|for) (?:the |our )?(?:local )?(?:{_PARTY}|{_P_WHO})"
     rf"{E}"),
    (("vote",),
     rf"{B}(?:which|what|who) (?:party )?(?:did|do|will) you vote(?: for)?\?(?: -)? (?:{_PARTY}|{_P_WHO}){E}"),
    (("member",), _profile_aside(rf"(?:a )?(?:[a-z]+ )?member of (?:the )?(?:{_PARTY}|{_P_WHO})")),
    (("remain", "leave", "brexit", "yes", "indy", "independence"),
     rf"{PERSON}[^.!?]{{0,60}}{B}(?:campaign(?:ing|ed)?|canvass(?:ing|ed)|leaflet(?:ing|ed)|door-?knocking) for "
     r"(?:remain|leave|brexit|yes|indy|independence|scottish independence)\b"),
    (("leaflet", "leaflets", "flyer", "flyers"),
     rf"{PERSON}{AUX} (?:handed|gave|give|gives|handing) (?:you|me|out) (?:an? )?(?:{_PARTY}|{_P_WHO}) "
     r"(?:leaflets?|flyers?|fliers?|pamphlets?)\b"),
    (("trumper", "trumpie", "trumpster", "maga", "corbynista", "obidient"),
     rf"{PERSON}{BE} (?:an? )?(?:[a-z-]+ )?(?:trumper|trumpie|trumpster|maga (?:guy|man|woman|fan|supporter|"
     r"republican)|corbynista|obidient)\b"),
]
RACE_RULES += [
    ((*t.ETHNIC_GROUPS,),
     rf"{SOMEONE}, an? (?:proud |young |former |retired |ethnic )?(?:{_ETH_STRICT}|(?:{_ORIGIN_STRICT}) "
     r"(?:refugee|immigrant|"
     r"migrant|asylum seeker))\b"),
    (("half", "mixed", "biracial"),
     rf"(?:^|(?<=[.!;])) (?:am|im) (?:half[ -](?:{_ANY_ETH}|{_ORIGIN_STRICT})|mixed race|biracial){EH}"),
    ((*t.ETHNIC_GROUPS, *t.DEMONYMS, "ethnic", "ethnically"),
     rf"{PERSON}{BE} ethnic(?:ally)? (?:{_ETH_STRICT}|{_ORIGIN_STRICT}){EH}"),
    (("half",), rf"{B}half[ -]{_ANY_ETH},? (?:and )?half[ -]{_ANY_ETH}{EH}{_PERSONISH}"),
    (("half",), _aside(rf"half[ -](?:{_ANY_ETH})")),
    ((*t.ETHNIC_GROUPS,), rf"(?:^|(?<=[.!;])) (?:proudly|proud to be|proud) (?:an? )?(?:{_ETH_STRICT}){EH}"),
    ((*t.ETHNIC_GROUPS, *t.DEMONYMS),
     rf"{B}me and (?:the |my )?(?:other |fellow )?(?:{_ETH_STRICT}|{_ORIGIN_STRICT}) [a-z]+"),
    ((*t.ETHNIC_GROUPS, *t.DEMONYMS),
     rf"{PERSON}{BE} an? (?:[a-z]+ ){{1,2}}(?:{_ETH_STRICT}|{_ORIGIN_STRICT}) "
     r"(?:guy|man|woman|girl|lad|bloke|lady|mum|dad|mother|"
     r"father|grandmother|grandfather|granny|grandma|grandpa|boy|kid|student|fisherman|farmer|lass|fella|chap|gal)\b"),
]
_R_RITE_OF = (
    r"(?:baptism|christening|first (?:holy )?communion|bar mitzvah|bat mitzvah|naming ceremony|dedication service)"
)
_R_CLERGY = r"(?:priest|vicar|pastor|rabbi|imam|curate|deacon|chaplain|nun|monk)"
RELIGION_RULES += [
    (("haram",), rf"{B}haram for (?:you|me|us|him|her|my|our)\b"),
    (("baptism", "christening", "communion", "mitzvah", "naming", "dedication"),
     rf"{B}{_R_RITE_OF}(?: day| party)? (?:for|of) (?:our|my) \b"),
    (("kingdom", "mosque", "synagogue", "gurdwara", "mandir", "mass", "church", "temple", "witness"),
     rf"{B}saw (?:you|him|her|them) at (?:the )?(?:kingdom hall|mosque|synagogue|gurdwara|mandir|mass|church|temple)\b"
     rf"|{PERSON}(?:{AUX}| had| would) (?:become|became|becoming) a (?:jehovah's )?witness\b"),
    (("believe", "atheist"),
     rf"{PERSON}{AUX} (?:do not|don't|never) believe in (?:any |a |the )?gods?\b|"
     r"\b(?:stone[- ]cold|proud|lifelong|devout|committed|militant|confirmed) atheist\b"),
    (("let", "lets", "letting", "allow", "allows", "allowing"),
     r"\b(?:let|lets|letting|allow|allows|allowing) (?:me|him|her|us) (?:go )?(?:to )?(?:friday prayers|jummah|"
     r"jumu'ah|mass|church|the mosque|mosque|synagogue|shul|temple|gurdwara|prayers)\b"),
    (("vicar", "priest", "pastor", "rabbi", "imam", "nun", "monk", "deacon", "chaplain"),
     _profile_aside(rf"(?:[a-z]+ ){{0,4}}?{_R_CLERGY}")),
    (("orthodox", "observant", "frum", "religious"),
     rf"{PERSON}{BE} (?:orthodox|observant|frum|religious)\b[^.!?]{{0,60}}{B}(?:shabbat|sabbath|shabbos|kosher|yom tov)"
     rf"|(?:shabbat|shabbos|sabbath)[^.!?]{{0,30}}{PERSON}{BE} (?:orthodox|observant|frum)\b"),
    ((*t.FAITHS, *t.RELIGIONS, *t.FAITH_ADJECTIVES),
     rf"{B}since (?:becoming|converting|i became|i converted|we became|i turned)(?: to)? (?:an? )?(?:{_FAITH}|"
     rf"{_RELIGIONS}|{_FAITH_ADJ}){E}"),
    (("diya", "diyas", "menorah", "candles", "candle"),
     rf"{PERSON}{AUX} (?:light|lights|lit|lighting) (?:a |the |our )?(?:diyas?|menorah|shabbat candles|sabbath candles|"
     r"yahrzeit candles?|candles? for (?:lakshmi|diwali|hanukkah|shabbat))\b"),
    (("priest", "vicar", "pastor", "rabbi", "imam", "curate", "deacon", "chaplain"),
     rf"{PERSON}{BE} (?:the |our |a |an )?(?:parish |local |assistant |retired |village |youth )?"
     r"(?:priest|vicar|pastor|"
     r"rabbi|imam|curate|deacon|chaplain)(?= at| of| in|\s*[,.;!]|$)"),
]
UNION_RULES += [
    ((*t.UNIONS, *t.AMBIGUOUS_UNIONS),
     rf"{B}(?:are|is) (?:you|he|she) still (?:on|in|with|a member of) (?:the )?(?:{_UNION_STRICT}|{_UNION_AMBIG})"
     rf"(?: committee| branch| executive)?{EH}"),
    (("solidarity", "solidarnosc"),
     r"\b(?:founding |founder )?member of (?:the )?(?:solidarity|solidarnosc)(?: union| trade union| movement)?"
     r"(?= at| in)"),
    (("card",),
     rf"{B}(?:signed|signs|sign|signing|carried|carry|carries|got|have|has|had|holds?|held) (?:my|her|his|their|your|"
     rf"a|an|the|our) (?:{_UNION_STRICT}|{_UNION_AMBIG}|union) (?:membership )?card\b|"
     rf"{B}(?:{_UNION_STRICT}) (?:membership )?card[^.!?]{{0,40}}{B}(?:my|i)\b"),
    ((*t.UNIONS, *t.AMBIGUOUS_UNIONS),
     rf"{PERSON}{BE} (?:the |our |a |an )?(?:[a-z]+'s )?(?:{_UNION_STRICT}|{_UNION_AMBIG}) (?:rep|representative|"
     r"steward|shop steward|delegate|organi[sz]er|convenor|branch secretary)\b"),
    ((*t.UNIONS,), rf"{PERSON}{AUX} (?:organises|organizes|organised|organized|organising|organizing) [^.!?]{{0,40}}"
                   rf"for (?:the )?{_UNION_STRICT}{EH}"),
    (("picket",), rf"{PERSON}{AUX} (?:never|not) (?:crossed|cross|crosses) a picket(?: line)?\b"),
    ((*t.UNIONS, *t.AMBIGUOUS_UNIONS),
     rf"{B}(?:\d+|[a-z]+) years in the (?:{_UNION_STRICT}|{_UNION_AMBIG})(?: union)?{EH}"),
    ((*t.UNIONS, *t.AMBIGUOUS_UNIONS),
     rf"(?:{SOMEONE},|{PERSON}{BE}) an? (?:retired |proud |lifelong )?(?:{_UNION_STRICT}|{_UNION_AMBIG}) "
     r"(?:retiree|veteran|lifer|man|woman|guy|pensioner)\b"),
    ((*t.UNIONS, *t.AMBIGUOUS_UNIONS),
     _aside(rf"(?:\d+[- ]years?[- ]|life |lifelong |proud |active )?member of (?:the )?(?:{_UNION_STRICT}|"
            rf"{_UNION_AMBIG})")),
    (("steward", "rep"), _profile_aside(r"(?:union |shop )steward|union rep")),
    ((*t.UNIONS, *t.AMBIGUOUS_UNIONS),
     rf"{PERSON}{BE} (?:an? |the )?(?:(?:full[- ]time|part[- ]time|paid|lead|senior|regional|national|local) )*"
     rf"organi[sz]er (?:for|with) the (?:{_UNION_STRICT}|{_UNION_AMBIG}){EH}"),
    (("committee", "executive", "exec", "council", "board"),
     rf"{PERSON}{BE} (?:still )?on the (?:[a-z-]+ ){{0,2}}union (?:committee|executive|exec|council|board)\b"),
    ((*t.UNIONS,), rf"{B}(?:are|were) all (?:in|members of) the (?:{_UNION_STRICT}){EH}"),
]
# --- round fifteen --------------------------------------------------------------------------------
_C_CHARGE = r"(?:[a-z-]+ )?charges?"
CRIME_RULES += [
    (("acquittal", "expunged", "expungement", "pardon"),
     rf"{B}(?:on|about|for) (?:the |your |his |her |my )?acquittal\b|{B}getting (?:that |the |my |your |his |her )?"
     r"(?:[a-z]+ ){0,2}expunged\b|\b(?:the|my|his|her|your) pardon (?:finally )?came through\b"),
    (("community",),
     rf"{PERSON}{AUX} (?:got|given|doing|did|do|does|serving|served) (?:\d+ hours (?:of )?)?(?:court[- ]ordered )?"
     r"community service\b"),
    (("charge", "charges"),
     rf"\b(?:the|my|his|her|your) {_C_CHARGE} (?:finally |was |were |got |has been |have been )*(?:dropped|dismissed|"
     rf"thrown out)\b|{B}court date for (?:the |my |his |her |your )?{_C_CHARGE}\b"),
    (("parole",), rf"{PERSON}{BE} up for parole\b"),
    (("booked",), rf"{PERSON}{PASSIVE} booked under (?:section|sec\.?|s\.)"),
    (("custody",), rf"{PERSON}{BE} in (?:judicial|police|federal|state) custody\b"),
    (("bail",), r"\b(?:your|his|her|my|the) bail (?:hearing|conditions|money|date)\b"),
    (("parolee", "ex-con", "excon"), _profile_aside(r"parolee|ex-?con")),
    (("fined",), rf"(?:{PERSON}{PASSIVE}|{B}and (?:was|were|got)) fined [^.!?]{{0,20}}(?:at|by) the magistrates\b"),
    (("points",), r"\b(?:penalty )?points on (?:your|my|his|her) licen[cs]e\b"),
    (("shared", "cell"), rf"(?:^|(?<=[.!;])) shared a cell\b|{PERSON}{AUX} shared a cell\b"),
    (("warrant",), rf"{B}(?:a )?warrant out for (?:{TAG}|my|his|her|your|him|her)\b"),
    (("county",), rf"{PERSON}{AUX} (?:was|been|spent [a-z0-9]+(?: [a-z]+)?) in county(?: jail)?(?= for|\s*[,.;!]|$)"),
    (("months", "years", "month", "year"),
     rf"(?:{PERSON}{AUX}|(?<=[,;])|{B}and) (?:did|served|spent) (?:[\w-]+ ){{0,2}}(?:years?|months?) (?:federal|state|"
     rf"inside|in prison|in jail|for (?:{_CRIME}|fraud|wire fraud|it|that|drugs?|robbery|theft|assault))\b"),
    (("felony", "felonies", "misdemeanor", "misdemeanour", "misdemeanors", "misdemeanours"),
     rf"{PERSON}{AUX} (?:have|has|had|got) (?:a |an |one |two )?(?:felony|felonies|misdemeanou?rs?)\b"),
]
_H_MED_FOR = r"(?:thyroid|bp|blood pressure|sugar|diabetes|cholesterol|heart|epilepsy|depression|anxiety|seizures)"
HEALTH_RULES += [
    (("allergy", "allergies"),
     r"(?:^|[.;!?\n] ?) ?allerg(?:y|ies) ?: (?!(?:none|n/?a|no|nil|nothing)\b)[a-z]+[^.;\n]{0,40}"
     r"(?:anaphyla|epipen|epi-pen|severe)"),
    (("on",), rf"{PERSON}{BE} on [a-z]+ for (?:my |his |her |the )?{_H_MED_FOR}\b"),
    (("op", "operation", "surgery", "bypass"),
     rf"(?:^|(?<=[.!;])) (?:{_COND}|hernia|hip|knee|heart|cataract|gallbladder|bypass) (?:op|operation|surgery) "
     rf"(?:went|was|is|has)\b|\bsince (?:{TAG}'?s?|my|his|her|da's|ma's|dad's|mam's) (?:heart )?"
     r"(?:bypass|op|operation|surgery)\b"),
    (("put",), rf"\bput (?:you|me|him|her|{TAG}) on (?:{_MEDS}|{_H_STRONG_MEDS}|amlodipine|thyronorm|insulin)\b"),
    (("years", "months", "year", "month"),
     rf"(?:^|(?<=[.!;])) (?:[a-z0-9]+ ){{0,2}}(?:years?|months?) (?:of|with) (?:{_COND})(?: and| but|,)"),
]
_P_DOORS = r"(?:chapped|chap|chapping|knocked on|knocked|knocking on|knocking) doors"
POLITICS_RULES += [
    (("democrat", "republican", "conservative", "liberal", "tory", "socialist"),
     _profile_aside(r"(?:yellow-dog |blue-dog |lifelong |registered |proud |card-carrying )?(?:democrat|republican|"
                    r"conservative|tory|socialist)(?! (?:party|candidate|senator|governor))")),
    (("party",),
     rf"{PERSON}{BE} (?:in|with) the (?:{_IDEO_ANY}|{_POL_ADJ}|green|labour|liberal|conservative|national) party\b"),
    (("doors",), rf"{PERSON}{AUX} {_P_DOORS} for (?:the )?{_P_WHO}{E}"),
    (("marched", "protested", "rallied", "demonstrated", "picketed"),
     rf"{PERSON}{AUX} (?:marched|protested|rallied|demonstrated|picketed)(?: [a-z]+){{0,4}} against\b"),
    (("precinct", "ward", "agent"),
     rf"{PERSON}{BE} (?:[a-z']+ ){{0,3}}(?:precinct captain|precinct committee(?:man|woman|person)|ward leader|"
     r"party agent)\b"),
    (("straight",), r"\bstraight[- ]ticket (?:republican|democrat|democratic|gop|labour|tory)\b"),
    (("ballot",), rf"{PERSON}{AUX} spoil(?:ed|t|s)? (?:your|my|his|her|their) ballot\b"),
    ((*t.POLITICIANS,), rf"{PERSON}{BE} (?:an? |the )?{_P_HELPER} for (?:the )?{_POLITICIAN}{E}"),
    ((*t.PARTIES,), rf"{PERSON}{BE} (?:an? )?(?:(?:{_HERE_ADJ}) )*member of (?:the )?(?:{_PARTY}){E}"),
    (("voter", "supporter", "member"),
     rf"(?:^|(?<=[.!;])) (?:lifelong|life-long|proud|loyal|die-hard|diehard|staunch) (?:{_PARTY_ANY}|bloc) "
     r"(?:voter|supporter|member)\b"),
    (("chaired", "chairs", "chair", "ran", "runs", "led", "leads"),
     rf"{PERSON}{AUX} (?:chaired|chairs|chair|ran|runs|led|leads) the (?:[a-z]+ )?(?:democratic|republican|labour|"
     rf"conservative|tory|green|liberal|{_PARTY}) (?:committee|branch|association|club|party)\b"),
    (("run", "ran", "running", "stood", "stand", "standing"),
     rf"{PERSON}{AUX} (?:run|ran|running|stood|stand|standing) for (?:city |town |county |parish |the |local )?"
     r"(?:council|office|mayor|parliament|congress|senate|the assembly)\b"),
    ((*t.PARTIES,),
     rf"(?:{_PARTY}) (?:man|woman|voter|supporter) through and through\b|\b(?:a|an) (?:lifelong|life-long|die-hard|"
     rf"diehard|staunch|true) (?:{_PARTY}) (?:man|woman|voter|supporter|family)\b|"
     rf"{PERSON}{BE} an? (?:lifelong |life-long "
     rf"|die-hard |staunch |true )?(?:{_PARTY}) (?:man|woman|guy|lad|family)\b"),
    (("independence", "indy"),
     r"\byes to (?:scottish |catalan |welsh |irish )?(?:independence|indy)\b(?! from)"),
]
RACE_RULES += [
    (("traveller", "growing", "grew", *t.ETHNIC_GROUPS),
     rf"{B}(?:growing|grew) up (?:as )?an? (?:irish )?(?:traveller|{_ETH_STRICT}|black|brown|mixed[- ]race){EH}"),
    (("caste", "ethnicity", "descent", "blood", "heritage"),
     rf"{PERSON}{BE} (?:[a-z]+ ){{1,2}}by (?:caste|ethnicity|descent|blood|heritage)\b"),
    ((*t.ETHNIC_GROUPS,), _profile_aside(rf"{_ETH_STRICT}")),
]
_R_TO = r"(?:jummah|jumu'ah|mass|church|mosque|the mosque|synagogue|shul|temple|gurdwara|mandir|friday prayers)"
RELIGION_RULES += [
    (("mass", "jummah", "church", "shul", "service"),
     r"(?:^|(?<=[.!;])) after (?:sunday |morning |evening |friday )?(?:mass|jummah|jumu'ah|friday prayers|church|"
     r"shul)(?: on (?:sunday|friday|saturday))?\b"),
    ((*t.HOLY_DAYS, "shravan", "ekadashi"),
     rf"{PERSON}{BE} (?:doing|keeping|observing|on) (?:the )?(?:{_alt(t.HOLY_DAYS)}|shravan|ekadashi|karva chauth) "
     r"fasts?\b"),
    (("prayers",),
     rf"{PERSON}{AUX} (?:finished|done|after) (?:the |your |our )?(?:eid|friday|jummah|morning|evening) prayers\b"),
    (("take", "takes", "took", "taking", "drive", "drives", "drove"),
     rf"{PERSON}{AUX} (?:take|takes|took|taking|drive|drives|drove) (?:{SOMEONE}|him|her|them) to {_R_TO}\b"),
    (("humanists", "humanist", "secular", "atheists"),
     r"\bmember of (?:humanists uk|the (?:british |american )?humanist (?:association|society)|the national secular "
     r"society|american atheists)\b"),
    (("chapel", "church", "mosque", "synagogue", "gurdwara", "temple", "mandir", "kingdom"),
     r"\bsee you at (?:the )?(?:[a-z']+ ){0,2}(?:chapel|church|mosque|synagogue|gurdwara|temple|mandir|kingdom hall)"
     r"(?: on (?:sunday|friday|saturday)| for)"),
    (("puja",), r"\b(?:diwali |durga |lakshmi |ganesh |saraswati )?puja (?:prep|preparations)\b"),
    (("mosque", "church", "synagogue", "shul", "gurdwara", "temple", "mandir", "mass"),
     rf"{PERSON}(?: will| would)? be at (?:the )?(?:mosque|church|synagogue|shul|gurdwara|temple|mandir|mass|"
     r"kingdom hall)\b(?! (?:hall|fete|fair|car park|jumble))"),
    (("hijabi", "niqabi"), _profile_aside(r"hijabi|niqabi")),
]
UNION_RULES += [
    (("president", "secretary", "treasurer", "chair", "steward", "rep"),
     rf"{PERSON}{BE} (?:the )?(?:president|secretary|treasurer|chair|steward|rep) of (?:the |our )?(?:union )?local\b"),
    ((*t.UNIONS, *t.AMBIGUOUS_UNIONS),
     rf"(?:^|(?<=[.!;])) (?:branch |union |shop |chief )?(?:secretary|steward|rep|convenor|chair|organi[sz]er|"
     rf"delegate) (?:of|for|with) (?:the )?(?:{_UNION_STRICT}|{_UNION_AMBIG}){EH}"),
    (("strike", "walkout", "picket"),
     r"\b(?:our|my) (?:strike|walkout|picket)(?:'s| is| was)? (?:over|ends|finishes|on)\b|\b(?:good luck|see you|"
     r"stay warm|solidarity) on the picket(?: line)?\b"),
    (("organize", "organise", "organized", "organised"),
     rf"{PERSON}{AUX} (?:helped |help )?organi[sz]ed? (?:the |a )?union\b"),
    (("sat", "sit", "sits", "served", "serve"),
     rf"{PERSON}{AUX} (?:sat|sit|sits|served|serve) on the (?:[a-z-]+ ){{0,2}}(?:union|bargaining) (?:[a-z]+ )?"
     r"(?:committee|executive|council|board)\b"),
    (("lodge",),
     rf"{PERSON}{BE} (?:a |the )?(?:founding |founder )?member of the (?:miners'?|colliery|mineworkers'?) lodge\b"),
    (("teamster", "teamsters"), _profile_aside(r"teamsters?")),
    (("elected",),
     rf"{B}(?:since )?(?:getting|got|been|was) elected to the (?:{_U_ANY}) (?:local )?(?:exec|executive|committee|"
     r"council|board)\b"),
    (("steward", "rep"), r"\bour (?:shop steward|union rep|union steward|union branch|union local)\b"),
    ((*t.UNIONS, *t.AMBIGUOUS_UNIONS),
     rf"{PERSON}{BE} on the (?:{_U_ANY}) (?:local )?(?:executive|committee|council|board){E}"),
]
# --- round sixteen --------------------------------------------------------------------------------
_HASH_TAIL = (
    r"(?: and proud| warrior| survivor| strong| pride| life| member| mom| mum| dad| girl| boy| witch| fighter| here|"
    r" fam| family| sister| brother)"
)
_C_HEARING = r"(?:sentencing|trial|court case|court date|parole (?:hearing|board)|bail hearing|appeal hearing)"
CRIME_RULES += [
    (("offender", "offenders", "excon", "con"), r"#(?:reformed|ex|former) ?(?:offender|con|convict|prisoner)\b"),
    (("nick", "prison", "jail", "out"),
     rf"{B}(?:[a-z0-9]+ )?(?:years?|months?) out of (?:[a-z]+ )?(?:nick|prison|jail|{_PLACE}){E}"),
    (("done",), rf"{PERSON_S}{AUX} (?:got |been |was |gets )?done for (?:[a-z-]+ ){{0,2}}{_C_OFFENCE}(?:ing)?{E}|"
                rf"{PERSON_S}{AUX} (?:got |been |was )?done for (?:selling|dealing|nicking|stealing|fighting)\b"),
    (("bracelet", "monitor", "tag"),
     r"\b(?:getting|got|get|having|had) (?:the |your |his |her |my |that )?(?:ankle bracelet|ankle monitor|electronic "
     r"tag|ankle tag|tag) (?:taken )?off\b"),
    (("inside",),
     rf"{PERSON}{BE} inside (?:for (?:{_C_OFFENCE}|[a-z0-9]+ (?:years?|months?))|(?:till|until) (?:spring|summer|"
     r"autumn|winter|christmas|next year|\d{4}|[a-z]+ \d{4}))\b"),
    (("luck",), rf"\b(?:good luck|best of luck|all the best) (?:at|with|for) (?:your |the |his |her )?{_C_HEARING}\b"),
    (("picked", "lifted"),
     rf"{PERSON}{AUX} (?:got |was |been |were )?(?:picked up|lifted) (?:by the (?:police|cops|feds|guards|garda|"
     r"gardai|polis|peelers)|for)\b"),
    (("facing",),
     rf"{PERSON}{BE} facing (?:an? |two |the |several )?(?:[a-z0-9]+ ){{0,2}}(?:case|charges?|trial|prosecution)\b"),
    (("served", "did", "spent"),
     rf"{B}(?:served|did|spent) (?:[\w-]+ ){{0,2}}(?:years?|months?) for (?:the )?{_C_OFFENCE}{E}"),
    (("out",), rf"{B}(?:come|came|got) out after (?:[a-z0-9]+ ){{1,2}}(?:years?|months?|weeks?) for\b"),
    (("writing", "write", "typing"),
     rf"{B}(?:writing|write|typing) (?:this )?from (?:the |my |a )?(?:prison|jail|cell|{_PLACE})(?: library| wing)?"
     r"\b"),
    (("bail",), r"(?:^|(?<=[.!;])) bail hearing\b"),
    (("juvie", "prison", "jail"),
     rf"{B}(?:fresh|straight|just|newly) (?:out of|outta) (?:juvie|juvenile detention|prison|jail|the nick|lockup|"
     rf"{_PLACE}){E}"),
    (("charge",), rf"{B}after (?:that|your|his|her|my) (?:[a-z]+ )?charge\b"),
    (("spent",), rf"{PERSON}{AUX} spent (?:[a-z0-9]+ ){{0,3}}in (?:a |the )?{_C_CUSTODY}"),
    (("came", "come", "got", "gotten"),
     rf"{B}(?:just|finally|recently) (?:came|come|got|gotten) out of (?:{_PLACE}){E}"),
    (("kena",), r"\bkena (?:jail|jailed|caught|charged|arrested|lock ?up)\b"),
]
_H_ORGAN = (
    r"(?:thyroid|gallbladder|appendix|tonsils|womb|uterus|kidney|ovaries|ovary|prostate|spleen|breasts?|colon|bowel|"
    r"lung|bladder)"
)
_H_SELF_COND = (
    r"(?:coeliac|celiac|deaf|blind|diabetic|epileptic|autistic|dyslexic|asthmatic|bipolar|disabled|paraplegic|"
    r"quadriplegic|partially sighted|hard of hearing|hiv ?\+|hiv positive|t1d|t2d)"
)
HEALTH_RULES += [
    (("brain",), r"(?:^|(?<=[.!;])) (?:adhd|autistic|autism|ocd|bipolar|dyslexic) brain\b"),
    (("removed", "out"),
     rf"{PERSON}{AUX} (?:got|had|have|has|having) (?:her|his|my|their|your) (?:[a-z]+ )?{_H_ORGAN} "
     r"(?:removed|out|taken out)\b"),
    (("heard", "sorry"),
     rf"{B}(?:heard|sorry|so sorry|sorry to hear) about (?:the|your|his|her) (?:miscarriage|diagnosis|stroke|"
     r"heart attack|cancer|op|operation|surgery|chemo|breakdown|relapse)\b"),
    (("bell", "radiation", "chemo", "radiotherapy", "dialysis", "ivf"),
     rf"{POSS_ALL} (?:last |final |first |next )?(?:radiation|chemo|radiotherapy|dialysis|ivf) (?:round|session|cycle|"
     r"treatment)s?\b|\brang the bell after\b"),
    (("benefit", "benefits", "disability", "pip", "esa"),
     rf"{PERSON}{BE} on (?:a )?(?:benefits?|disability|pip|esa|sick pay|sick leave) (?:for|because of) (?:my )?"
     rf"(?:[a-z-]+ )?(?:{_COND}){E}"),
    (("lost",),
     rf"{PERSON_S}{AUX} lost (?:his|her|my|a|an|their) (?:left |right )?(?:foot|leg|arm|eye|hand|fingers?|toes?|"
     r"kidney|lung|sight|hearing) (?:to|in|after|when|at)\b"),
    (("took", "cost", "robbed"),
     rf"{B}(?:{_COND}) (?:took|cost|robbed) (?:me|him|her|[a-z ]{{1,20}} (?:of )?(?:my|his|her))\b"),
    (("recovery",),
     rf"{POSS_ALL} (?:ed|eating disorder|addiction|alcohol|drug|cancer|stroke|surgery|op|heart attack) recovery\b"),
    (("meds", "medication", "medicine", "tablets", "pills"),
     rf"{B}(?:{_COND}) (?:meds|medication|medicine|tablets|pills) (?:i am|he is|she is|we are|they are) on\b"),
    ((*t.CONDITIONS, "deaf", "blind", "diabetic", "epileptic", "autistic", "dyslexic", "hiv", "coeliac", "celiac"),
     rf"(?:^|(?<=[.!;:])) {_H_SELF_COND}(?: since| so| here| and proud| lol| btw| fyi|,)"),
    (("surgery", "operation", "bypass", "chemo", "dialysis"),
     rf"(?:{_KIN}) (?:ki|ka|ke) (?:[a-z]+ )?(?:surgery|operation|bypass|chemo|dialysis)\b"),
    ((*t.CONDITIONS,), rf"#(?:{_COND})(?: warrior| survivor| strong| fighter| life| mom| mum)\b"),
]
_P_SELF_IDEO = (
    rf"(?:^|(?<=[.!;:])) (?:lowkey |highkey |basically |literally |proud |just |a |an )*(?:{_IDEO_STRICT})"
    r"(?= but| and| here| lol| tbh| though|,)"
)
POLITICS_RULES += [
    (("bern", "feelthebern", "bernie"), r"#?feel ?the ?bern\b|\bbernie bro\b"),
    ((*t.PARTIES,), rf"(?:{_PARTY}) (?:ticket holder|nominee)\b"),
    (("climate", "strike", "march", "protest", "demo"),
     r"(?:^|(?<=[.!;])) been on every (?:climate |school )?(?:strike|march|protest|demo)\b|"
     rf"{PERSON}{AUX} (?:been|gone|went|go) (?:on|to) (?:every|the|a) climate (?:strike|march|protest|demo)s?\b"),
    ((*t.PARTIES, *t.AMBIGUOUS_PARTIES, "act", "da", "ndp", "bjp"),
     rf"{B}(?:lifelong|life-long|die-hard|diehard|staunch|loyal|hardcore|paid-up) (?:{_AMBIG_PARTY}|{_PARTY}|act|da|"
     r"ndp|bjp) (?:supporter|voter|member|man|woman|fan)\b"),
    ((*t.PARTIES, *t.AMBIGUOUS_PARTIES),
     rf"{PERSON}{AUX} voted for the (?:{_PARTY}|{_AMBIG_PARTY}) (?:candidate|guy|man|woman|ticket|list)\b"),
    (("committee",),
     rf"{PERSON}{AUX} (?:sit|sits|sat|serve|serves|served) on the committee of (?:our |the |a )?(?:local )?"
     r"(?:anti-[a-z]+|[a-z]+ (?:campaign|party|branch))"),
    ((*t.IDEOLOGIES,),
     rf"{PERSON}{BE} an? (?:proper|real|true|total|staunch|hardcore|hard-core|committed|die-hard) (?:{_IDEO_ANY}){E}"
     r"(?! when| about| with| on)"),
    (("officer", "secretary", "chair", "organiser", "organizer", "treasurer", "coordinator"),
     rf"{PERSON}{BE} (?:the |a )?(?:[a-z']+ )?(?:officer|secretary|chair|organi[sz]er|treasurer|coordinator) "
     rf"(?:for|of) (?:{_PARTY}){E}"),
    (("protest",),
     rf"{PERSON}{AUX} (?:went|go|going|came|travelled|traveled|drove|marched)[^.!?]{{0,50}}{B}to protest\b"),
    (("protested", "marched", "campaigned", "demonstrated"),
     rf"{PERSON}{AUX} (?:protested|marched|campaigned|demonstrated) with (?:the )?(?:anti-[a-z]+|extinction rebellion|"
     r"greenpeace|climate)"),
    ((*t.PARTIES, "teal", "greens", "labour", "tory", "liberal"),
     rf"{PERSON_S}{AUX} voted (?:for )?(?:the )?(?:{_PARTY_ANY})\b"),
    (("college", "young", "campus", "student"),
     r"\b(?:president|chair|member|treasurer|secretary) of (?:the |our )?(?:college|young|campus|university|student) "
     r"(?:republicans|democrats|conservatives|labour|tories|greens|liberals)\b"),
    (("maga",), r"\b(?:you are|ur|you're|youre|he is|she is|i am) (?:so |such a |a |very |full |totally )?maga\b"),
    (("saw", "seen"),
     r"\b(?:saw|seen) (?:you|him|her) at the (?:[a-z]+ ){0,2}(?:campaign|party) (?:stall|rally|meeting|hustings|"
     r"event)\b"),
    (("cards", "vote"),
     rf"{B}(?:handed|handing|hand|hands) out (?:how[- ]to[- ]vote cards|leaflets|flyers|fliers) for (?:the )?{_P_WHO}"),
    (("doors",), rf"(?:{PERSON}{AUX}|(?:^|(?<=[.!;:]))) {_P_DOORS}[^.!?]{{0,40}} for the (?:[a-z]+ )?campaign\b"),
    ((*t.IDEOLOGIES,), _P_SELF_IDEO),
    ((*t.PARTIES,),
     rf"{PERSON}{BE} an? (?:[a-z]+ )?(?:{_PARTY}) (?:[a-z]+ )?(?:cadre|activist|volunteer|organi[sz]er|councillor|"
     r"candidate|agent)\b"),
]
_E_NOUN = r"(?:girl|boy|woman|man|kid|lass|lad|gal|guy|dude|mum|mom|dad|aunty|auntie|uncle|here)"
RACE_RULES += [
    ((*t.ETHNIC_GROUPS,), rf"#(?:{_ETH_STRICT})(?: and proud| pride| girl| boy| mom| mum| dad| fam| family)?\b"),
    ((*t.ETHNIC_GROUPS,), rf"{AS_OR_BEING} {_ETH_PLURAL} (?:who|we|our|,)"),
    ((*t.ETHNIC_GROUPS, "asian", "black", "brown", "white", "latina", "latino"),
     rf"(?:^|(?<=[.!;:])) (?:{_ETH_STRICT}|asian|black|brown|latina|latino)(?: american| british| canadian)? "
     rf"{_E_NOUN}\b"),
    ((*t.ETHNIC_GROUPS, *t.DEMONYMS),
     rf"(?:^|(?<=[.!;:,])) (?:{_ETH_STRICT}|{_ORIGIN_STRICT}) by (?:blood|birth|descent|heritage)\b"),
    ((*t.ETHNIC_GROUPS,), rf"{B}(?:a|an) (?:proud )?(?:{_ETH_STRICT}) {_E_NOUN} from\b"),
    ((*t.ETHNIC_GROUPS, *t.DEMONYMS),
     rf"(?:^|(?<=[.!;])) (?:(?:indo|afro|anglo|sino|euro)-[a-z]+|{_ETH_STRICT}|{_ORIGIN_STRICT}) born and "
     r"(?:bred|raised)\b"),
    (("only",),
     r"(?:^|(?<=[.!;])) (?:the )?only (?:brown|black|asian|white) (?:face|person|guy|girl|woman|man|family|kid)\b"),
    ((*t.ETHNIC_GROUPS,), rf"(?<=: )(?:{_ETH_STRICT})(?: (?:{_ETH_STRICT}))?(?=\s*(?:$|[,.!(]))"),
    ((*t.ETHNIC_GROUPS,), rf"\btu (?:toh |to )?(?:{_ETH_STRICT}) hai\b"),
    ((*t.ETHNIC_GROUPS,),
     rf"{B}only (?:other )?(?:{_ETH_STRICT}) (?:{_alt(t.PERSON_NOUNS)}|face|aunty|auntie|uncle|kid|dad|mum|mom)\b"),
    ((*t.ETHNIC_GROUPS, *t.DEMONYMS), rf"\bnot to be (?:that|the|an?) (?:{_ETH_STRICT}|{_ORIGIN_STRICT})\b"),
    (("gen", "generation"),
     rf"(?:^|(?<=[.!;:,])) {_GEN} (?:{_ANY_ETH}|[a-z]+-(?:american|british|canadian|australian))\b"),
]
_R_SELF_LABEL = rf"(?:{_alt(t.FAITHS)}|{_FAITH_ADJ}|agnostic|atheist|humanist|pagan|wiccan)"
RELIGION_RULES += [
    ((*t.FAITHS,), rf"#(?:proud ?)?(?:{_FAITH})\b"),
    (("fast", "fasts"),
     rf"{PERSON}{AUX} (?:keeps|keep|kept|keeping|observes|observe|observed|observing) (?:the )?(?:[a-z-]+ ){{0,2}}"
     r"fasts?\b"),
    ((*t.HOLY_DAYS, "fasting"),
     rf"(?:{_alt(t.HOLY_DAYS)})[^.!?]{{0,40}}{B}(?:we|i) (?:are|am) fasting\b|{B}(?:we|i) (?:are|am) fasting"
     rf"[^.!?]{{0,40}}(?:{_alt(t.HOLY_DAYS)})"),
    (("holy", "redemption"), r"\bholy ghost (?:night|service|congress|rally)\b|\bredemption camp\b"),
    ((*t.FAITHS, *t.FAITH_ADJECTIVES, "reformed"),
     rf"{B}(?:grew|growing) up (?:as )?(?:an? )?(?:strict |devout |very )?(?:{_FAITH}|{_FAITH_ADJ}|dutch reformed){E}"),
    (("puja",), r"\b(?:the |your )?(?:[a-z]+ )?puja (?:went|was|go|goes) (?:well|ok|okay|great)\b"),
    (("mass",), r"^ mass at [a-z0-9:]+(?: [a-z]+)?, then\b"),
    (("vows",), rf"{PERSON}{AUX} took (?:her|his|their|my) (?:final |solemn |first |religious )?vows\b"),
    (("franciscan", "dominican", "benedictine", "carmelite", "jesuit"),
     _aside(r"(?:lay |secular |third order )?(?:franciscan|dominican|benedictine|carmelite|jesuit)")),
    (("yatra", "pilgrimage", "hajj", "umrah"),
     rf"{PERSON}{AUX} (?:went|go|goes|going|gone|is off|are off|off) on (?:the |a |her |his |my )?(?:[a-z]+ )?"
     r"(?:yatra|pilgrimage|hajj|umrah)\b|"
     rf"{PERSON}{BE} (?:off |going )?on (?:hajj|umrah|pilgrimage|yatra)\b"),
    (("jesus", "freak"), _profile_aside(r"jesus freak|bible (?:girl|boy|thumper)")),
    ((*t.FAITHS, *t.FAITH_ADJECTIVES, "agnostic", "atheist", "humanist", "pagan"),
     rf"(?:^|(?<=[.!;:])) (?:(?:lapsed|devout|practising|practicing|born-again|cradle|ex|recovering|former) )?"
     rf"{_R_SELF_LABEL}(?: here| leaning| turned| but | so | lol)"),
    (("ramadan", "lent", "navratri", "kippur"),
     r"\b(?:doing|keeping|observing|fasting for|fasting during) (?:ramadan|lent|navratri|yom kippur)\b"),
    (("halal", "kosher"),
     rf"{PERSON}{BE} an? (?:halal|kosher|strictly kosher|strictly halal) (?:household|family|home)\b"),
    (("service", "mass", "church", "jummah", "shul"),
     r"(?:^|(?<=[.!;])) (?:straight |just )?(?:from|after|back from) (?:sunday |friday )?(?:service|mass|church|"
     r"jummah|shul)\b"),
    (("profile",), _profile_aside(rf"{_FAITH}")),
]
_U_OFFICE = (
    r"(?:(?:general |branch |assistant |deputy |chief )?(?:secretary|chair|chairman|chairwoman|president|treasurer|"
    r"rep|steward|organi[sz]er|convenor|delegate))"
)
_U_NAMEISH = rf"(?:{_UNION_STRICT}|{_UNION_AMBIG}|{_U_ANY_NAME})"
UNION_RULES += [
    ((*t.UNIONS, *t.AMBIGUOUS_UNIONS, "union"),
     rf"{AS_OR_BEING} (?:the )?{_U_OFFICE} (?:of|for) (?:the )?{_U_NAMEISH}{EH}"),
    ((*t.UNIONS, *t.AMBIGUOUS_UNIONS),
     rf"(?:^|(?<=[.!;:])) (?:{_UNION_STRICT}|{_UNION_AMBIG}) (?:[a-z]+ ){{0,2}}here\b"),
    ((*t.UNIONS, *t.AMBIGUOUS_UNIONS),
     rf"\b(?:you|u) (?:still )?the (?:{_UNION_STRICT}|{_UNION_AMBIG}|union) (?:delegate|rep|steward|convenor)\b|"
     rf"\bnow (?:you are|you're|that you are) (?:the |a |an )?(?:{_UNION_STRICT}|{_UNION_AMBIG}|union) (?:rep|"
     r"steward|delegate|convenor)\b"),
    (("sacked", "fired", "dismissed"),
     rf"{PERSON}{AUX} (?:got |was |been )?(?:sacked|fired|dismissed|let go) for (?:trying to )?(?:unioni[sz]e|"
     r"organi[sz]e|union activity|joining the union|organi[sz]ing)\b"),
    (("set", "found", "founded", "start", "started", "establish", "established"),
     rf"{PERSON}{AUX} (?:helped |help )?(?:set up|found|founded|start|started|establish|established) (?:the |a )?"
     r"(?:[a-z']+ )?union(?: branch| local| chapter)\b"),
    ((*t.UNIONS, *t.AMBIGUOUS_UNIONS),
     rf"{PERSON}{BE} (?:an? |the )?(?:business agent|field rep|organi[sz]er|steward|rep|delegate) for (?:the )?"
     rf"(?:{_UNION_STRICT}|{_UNION_AMBIG}){EH}"),
    ((*t.UNIONS, *t.AMBIGUOUS_UNIONS),
     rf"{PERSON}{BE} in (?:{_UNION_STRICT}|{_UNION_AMBIG})'s? (?:[a-z&]+ ){{0,3}}(?:sector|branch|section|local)\b"),
    ((*t.UNIONS, *t.AMBIGUOUS_UNIONS, "union"),
     rf"{B}(?:{_UNION_STRICT}|{_UNION_AMBIG}|union) (?:card[- ]?holder|card-carrying)\b"),
    ((*t.UNIONS, *t.AMBIGUOUS_UNIONS),
     rf"{PERSON}{AUX} (?:chairs|chaired|chair|runs|ran|leads|led) the (?:{_UNION_STRICT}|{_UNION_AMBIG}) "
     r"(?:branch|local|chapter|lodge)\b"),
    ((*t.UNIONS, *t.AMBIGUOUS_UNIONS),
     rf"{PERSON}{BE} (?:the |a |an )?(?:{_UNION_STRICT}|{_UNION_AMBIG}) (?:[a-z&]+ ){{1,3}}rep\b"),
    (("strike", "fund", "pay"),
     r"\b(?:the )?strike pay (?:did not|didn't|didnt|doesn't|does not|wasn't|was not|barely|hardly)\b|"
     r"\bstrike fund kept (?:us|me)\b"),
    ((*t.UNIONS,), rf"{B}(?:{_UNION_STRICT}) forever\b"),
    ((*t.UNIONS, *t.AMBIGUOUS_UNIONS),
     rf"{PERSON}{BE} an? [a-z]+ in the (?:{_UNION_STRICT}|{_UNION_AMBIG}){EH}"),
    ((*t.UNIONS, *t.AMBIGUOUS_UNIONS), rf"{SOMEONE} (?:{_UNION_STRICT}|{_UNION_AMBIG}) member\b"),
    (("rep", "steward", "delegate"),
     rf"\bmy (?:union )?(?:rep|steward|shop steward|delegate) (?:from|at|in) the (?:{_UNION_STRICT}|{_UNION_AMBIG})"
     rf"{EH}"),
    (("union",),
     r"\b(?:our|my) (?:whole |entire )?(?:ward|team|crew|shift|office|department|depot|site|workplace|staff) "
     r"(?:is|are) (?:all )?in the (?:[a-z']+ )?union\b"),
    (("union",), r"\bunion (?:mein|me) (?:hain|hai|the|tha|hoon|hu)\b"),
    (("picket",),
     rf"(?:{PERSON}{AUX}|(?:^|(?<=[.!;:]))) (?:walked|stood on|stood|joined|manned|was on|been on) (?:the |a )?"
     r"picket(?: line)?s?\b"),
    ((*t.UNIONS, "union"), rf"#(?:{_UNION_STRICT}|union) ?(?:strong|proud|member|solidarity)\b"),
]
# --- round seventeen ------------------------------------------------------------------------------
# Pidgin and patois copulas after someone: "my in-laws, na full Igbo family", "mi madda a BITU member",
# "my brother dey Kirikiri".
_COPULA = (
    rf"{TAG},? (?:na|a|dey|deh) (?:di |the )?"
    r"(?:(?:full|proper|strong|real|pure|big|staunch|full-blood|full-blooded) )?"
)
_ANYONES = rf"(?:{PERSON}|{B}[a-z]+'s (?:son|daughter|lad|boy|girl|husband|wife|brother|sister|kid|fella|partner))"
_R17_HOLY = _alt(t.HOLY_DAYS)


def _went_full(term: str) -> str:
    """ "Wendy has gone full Wiccan": became one."""
    return rf"{PERSON}{AUX} (?:gone|went|going|turned) full (?:{term})\b"


_P_WHO_WORDS = (
    "democrats", "republicans", "greens", "conservatives", "tories", "liberals", "socialists", "lib", "labour",
    "democratic", "republican", "green", "conservative",
)  # fmt: skip
RACE_RULES += [
    ((*t.ETHNIC_GROUPS, *t.DEMONYMS), rf"{_COPULA}(?:{_ETH_STRICT}|{_ORIGIN_NOT_WEAK}){_HYPHEN_OK}"),
    ((*t.ETHNIC_GROUPS,), rf"\bna (?:{_ETH_STRICT}) (?:we|i|him|she|he|dem|una) be\b"),
    ((*t.ETHNIC_GROUPS, "nation", "tribe", "band"),
     rf"{B}(?:enrolled|registered|tribal|card-carrying) (?:member|citizen) of the (?:{_ETH_STRICT})"
     r"(?: nation| tribe| band| first nation)?\b"),
    ((*t.ETHNIC_GROUPS, *t.DEMONYMS),
     rf"{PERSON}{BE} one of the (?:few |only |first |last )?(?:{_ETH_STRICT}|{_ORIGIN_NOT_WEAK}) (?:families|kids|"
     r"people|women|men|girls|boys|students|households)\b"),
    ((*t.ETHNIC_GROUPS, *t.DEMONYMS),
     r"\b(?:ur|u r|you r|youre|(?:(?<=since )|(?<=cos )|(?<=coz )|(?<=because ))your) "
     rf"(?:(?:a|an|{_ORIGIN_ADJ}) ){{0,3}}(?:{_ETH_STRICT}|{_ORIGIN_NOT_WEAK})"
     r"(?= like| so| too| and| but| lol| right|\s*[,.!?]|$)"),
    ((*t.ETHNIC_GROUPS, *t.DEMONYMS),
     rf"\b(?:dna|ancestry|23andme|heritage) (?:[a-z]+ )?(?:results?|test)[^.!?]{{0,40}}\b\d{{1,3}} ?% "
     rf"(?:{_ETH_STRICT}|{_ORIGIN_NOT_WEAK})"),
    (("traveller", "travellers"),
     rf"{POSS_ALL} (?:side|family|people|lot|folks)(?: of the family)? (?:are|were|is|was) (?:all )?(?:irish |"
     r"romany |scottish )?travellers\b|"
     rf"{PERSON}{BE} (?:irish|romany|scottish|welsh) travellers\b"),
    ((*t.ETHNIC_GROUPS,), rf"{POSS_ALL} name is (?:spelt|spelled|written|pronounced) the (?:{_ETH_STRICT}) way\b"),
    ((*t.ETHNIC_GROUPS,), rf"\bsi (?:[a-z]+ ){{1,3}}?(?:pala )?ay (?:(?:isang|taga) )?(?:{_ETH_STRICT})\b"),
    (("black", "owned", "blackowned"), r"#black ?owned ?(?:home|house|household|family)\b"),
]
POLITICS_RULES += [
    ((*t.PARTIES, *t.AMBIGUOUS_PARTIES, *_P_WHO_WORDS, "reform"),
     rf"{PERSON}(?:'s|{AUX}) (?:only |finally |actually )?(?:gone|went|been) and joined (?:the )?(?:{_P_WHO}|reform)"
     rf"{E}"),
    (("extinction", "rebellion", "xr", "oil", "greenpeace", "insulate"),
     rf"(?:{PERSON}{AUX}|(?:^|(?<=[.!;:]))) (?:sat down|sat in|glued (?:myself|ourselves|himself|herself)|locked on|"
     r"got arrested|was arrested|camped|marched) with (?:extinction rebellion|xr|just stop oil|insulate britain|"
     r"greenpeace)\b"),
    (("fbpe", "rejoin", "brexit", "tories", "tory", "fix", "gtto", "indyref", "maga", "kag", "resist", "yes", "not",
      "notmypresident", "resistance", "leave", "labour", "snp", "vote", "toriesout", "stop", "stopbrexit", "rejoineu"),
     r"#(?:fbpe|rejoin ?eu|stop ?brexit|tories ?out|tory ?out|gtto|fix ?the ?country|indyref ?2?|yes ?2 ?indy|"
     r"maga|kag|not ?my ?president|the ?resistance|brexit ?means ?brexit|leave ?means ?leave|labour ?out|"
     r"snp ?out|vote ?(?:labour|tory|green|snp|reform|leave|remain))\b"),
    ((*t.PARTIES, *t.POLITICIANS, *t.POLITICAL_CAUSES, *_P_WHO_WORDS, "brexit", "remain", "leave"),
     rf"{PERSON}{BE} (?:such |a |an |a big |a huge |a massive |big |huge |massive |proper |real ){{1,2}}(?:{_P_WHO}|"
     rf"{_POLITICIAN}|brexit|remain|leave|{_CAUSE}) (?:fan|supporter|lover|fanboy|fangirl|stan|bro|head|nut)\b"),
    ((*t.PARTIES,),
     rf"{PERSON}{BE} (?:proper|pure|full|hardcore|die-hard|diehard|staunch|true|real|100%|through and through) "
     rf"(?:{_PARTY})(?=\s*[,.!;]| and| but| through| to the| since| for life|$)"),
    ((*t.PARTIES, *t.AMBIGUOUS_PARTIES, *_P_WHO_WORDS), rf"{B}(?:{_P_WHO}|{_PARTY}) (?:4|for) life\b"),
    ((*t.POLITICAL_CAUSES, *t.PARTIES, *t.POLITICIANS, "palestine", "yes", "leave"),
     rf"{POSS_ALL} (?!pt )(?:{_CAUSE}|free palestine|{_PARTY}|{_POLITICIAN}|yes|vote leave)(?: 20\d\d)? "
     rf"(?:mug|badge|t-shirt|"
     r"tshirt|shirt|hat|cap|sticker|flag|pin|tote|placard|poster|hoodie|jumper|lanyard)\b"),
    (("worker", "star", "militant", "socialist", "class", "workers"),
     rf"{PERSON}{AUX} (?:hands|handed|handing|sells|sold|selling|flogs|flogging) (?:out )?(?:the )?(?:socialist worker|"
     r"morning star|militant|the socialist|class struggle|workers' liberty)\b"),
    (("right", "left", "rightwing", "leftwing", "lefty", "leftie", "tankie", "trot"),
     rf"{PERSON}{BE} (?:an? |the )?(?:most |more |so |very |quite |pretty |really |super |hard |far |proper "
     rf"|staunchly |"
     r"proudly |properly )+(?:right|left)[- ]wing(?:er)?\b|"
     rf"{PERSON}{BE} (?:an? |the )?(?:most |so |very |proper |real |total |massive |big |such a )+(?:lefty|leftie|"
     r"right[- ]winger|left[- ]winger|tankie|trot)\b"),
    (("committee", "ward", "branch"),
     rf"{PERSON}{BE} on the (?:local )?(?:{_P_WHO}) (?:ward |branch |constituency |executive |general "
     rf"|women's |youth )?"
     r"committee\b"),
    ((*t.PARTIES, *t.AMBIGUOUS_PARTIES, *_P_WHO_WORDS, "da", "act", "ndp"),
     rf"{PERSON}{BE} an? (?:{_AMBIG_PARTY}|{_PARTY}|da|act|ndp) (?:ward )?(?:councillor|councilor|mp|mpp|mla|"
     r"candidate|cadre|activist|organi[sz]er|member)\b"),
    ((*t.PARTIES, *t.AMBIGUOUS_PARTIES, *_P_WHO_WORDS),
     rf"{PERSON}{BE} (?:on|running|manning|staffing|at|helping on|behind) the (?:{_P_WHO}) (?:stall|stand|table|"
     r"booth|phone bank|street stall)\b"),
    ((*t.PARTIES, *t.AMBIGUOUS_PARTIES, *_P_WHO_WORDS, "caucus", "hustings"),
     rf"\bhope (?:the|your) (?:{_P_WHO}) (?:caucus|branch meeting|ward meeting|selection meeting|selection|"
     r"convention|conference|hustings|rally|meeting) (?:went|was|goes|go)\b"),
    (("rally", "rallies", "protest", "protests", "march", "marches", "demo", "demos", "hustings"),
     rf"{PERSON}{AUX} (?:[a-z#']+ ){{0,5}}at (?:every|each|all the|all of the) (?:[a-z]+ )?(?:rally|rallies|"
     r"protest|protests|march|marches|demo|demos|hustings)\b"),
    ((*t.PARTIES, "momentum", "young"),
     rf"{PERSON}{AUX} (?:chairs|chaired|chair|runs|ran|leads|led|founded|set up|started) (?:the |our |a )?"
     rf"(?:local )?(?:{_PARTY}|momentum|young (?:conservatives|labour|greens|liberals|socialists|republicans|"
     r"democrats)) (?:branch|group|association|chapter|club|cell)\b"),
    ((*t.PARTIES, "campaign"),
     rf"{_COPULA}(?:pon|on) (?:di|the) (?:{_PARTY}) campaign\b|{_COPULA}(?:{_PARTY}) (?:member|supporter|man|"
     r"woman|cadre)\b"),
    ((*t.IDEOLOGIES, *t.PARTIES),
     _went_full(rf"{_IDEO_STRICT}|{_PARTY}")),
]
RELIGION_RULES += [
    (("shabbat", "shabbos", "sabbath", "kosher", "halal", "lent", "ramadan"),
     rf"{PERSON}{AUX} (?:keeps|keep|kept|keeping|observes|observe|observed|observing) (?:the )?(?:shabbat|shabbos|"
     r"sabbath|kosher|halal|ramadan|lent)\b"),
    (("libation", "libations"), rf"{PERSON}{AUX} (?:poured|pours|pour|pouring) (?:a )?libations?\b"),
    (("puja",),
     r"\b(?:the |your )?(?:[a-z]+ )?puja (?:at (?:the |your )?[a-z]+ )?(?:went|was|go|goes) (?:well|ok|okay|great)\b"),
    ((*t.FAITHS, *t.FAITH_ADJECTIVES), rf"{_COPULA}(?:{_FAITH}|{_FAITH_ADJ})(?: member)?{E}"),
    ((*t.HOLY_DAYS, *t.WORSHIP_PLACES),
     rf"{PERSON}{AUX} (?:spend|spends|spent|spending) (?:half|most|all|every|the whole) (?:of )?(?:{_R17_HOLY}|"
     rf"sunday|friday|saturday|the weekend)[^.!?]{{0,10}} at the (?:{_WORSHIP})\b"),
    (("pulang", "haji", "hajj", "umrah", "umroh"),
     r"(?:^|(?<=[.!;:])) (?:hajj|umrah|haji|umroh) (?:done|completed|finished|done and dusted)\b"),
    (("langar", "seva", "sewa"),
     rf"{PERSON}[^.!?]{{0,40}}{B}(?:gurdwara |temple )?(?:langar|seva) (?:rota|duty|shift|team|volunteers?)\b"),
    (("lent", "ramadan", "navratri", "kippur"),
     r"\b(?:every|each|this|for) (?:lent|ramadan|navratri|yom kippur),? (?:i|we|my|our) (?:give|gave|fast|am giving|"
     r"are giving|always|do)\b"),
    ((*t.FAITHS,), rf"{AS_OR_BEING} (?:members? )?(?:in|of) the (?:{_FAITH})(?: church)?\b"),
    ((*t.HOLY_DAYS,),
     rf"\b(?:on|during) (?:{_R17_HOLY})[^.!?]{{0,10}},? (?:my|our|{TAG}|i|we|he|she)[^.!?]{{0,30}}(?:will not|"
     r"cannot|does not|do not|won't|wont|can't|doesn't|don't) (?:even )?(?:answer|work|drive|use|touch|switch|turn|"
     r"pick up|open|do|cook)\b"),
    ((*t.FAITHS, *t.FAITH_ADJECTIVES, "agnostic", "atheist", "humanist", "pagan"),
     rf"(?:^|(?<=[.!;:])) (?:ex|former)-(?:{_R_SELF_LABEL})(?: here|,| and| since| for| but)"),
    ((*t.FAITHS, *t.FAITH_ADJECTIVES),
     _went_full(rf"{_FAITH}|{_FAITH_ADJ}")),
]
HEALTH_RULES += [
    (("radiotherapy", "chemo", "radiation", "dialysis", "ivf", "rehab", "physio"),
     r"\bhow (?:was|is|did|are|were) (?:the |your )?(?:first |last |second |third |latest |final )?(?:week|round|"
     r"session|cycle|day|month)s? of (?:the |your )?(?:radiotherapy|chemo|radiation|dialysis|ivf|rehab|physio)\b"),
    ((*t.CONDITIONS, "housebound"),
     rf"(?:^|(?<=[.!;:])) (?:housebound|bedbound|bed-bound|house-bound|signed off|off work|off sick) (?:with|because "
     rf"of|due to) (?:{_COND}){E}"),
    ((*t.CONDITIONS, "ms"),
     rf"(?:{_PROFILE_START}|(?:^|(?<=[.!;:])) )(?:{_COND}|ms) (?:warrior|survivor|fighter|mum|mom|dad|mama)\b"),
    (("diagnosis", "diagnoses"),
     rf"\b(?:since|after|before|with|following|until) {POSS_ALL} (?:[a-z0-9-]+ )?diagnos(?:is|es)\b"),
    (("due",),
     r"(?:^|(?<=[.!;:])) (?:(?:i am|we are|she is|i'm) )?due (?:in|on|at the end of|early|late|mid)[- ](?:[a-z0-9]+ )"
     r"{0,2}with (?:twins|triplets|(?:our|my|a|the) (?:[a-z]+ )?(?:baby|first|second|third|little)|baby)\b"),
    (("bump", "bumpdate", "pregnant", "pregnancy", "ttc", "ivf", "baby", "rainbow", "babybump"),
     r"#(?:bump ?date|baby ?bump|pregnant|pregnancy(?: ?journey)?|ttc|ivf(?: ?journey| ?warrior)?|rainbow ?baby)\b"),
    (("acl", "injury", "hamstring", "concussion", "broken", "torn", *t.CONDITIONS),
     rf"{PERSON_S}{AUX}(?:'s)? out (?:for (?:the season|the year|weeks|months|[a-z0-9]+ (?:weeks|months)) )?with "
     rf"(?:a |an |his |her |my |their )?(?:[a-z-]+ )?(?:acl|injury|broken [a-z]+|torn [a-z]+|hamstring|concussion|"
     rf"{_COND}){E}"),
    (("lung", "kidney"), r"\bone[- ]?(?:lung|kidney)(?: [a-z]+)?(?=\s*(?:$|[,.(!]))"),
    (("cs", "section", "caesarean", "cesarean"),
     rf"{PERSON}[^.!?]{{0,40}}{B}(?:by|via) (?:an? )?(?:emergency |planned )?(?:cs|c-section|c section|caesarean|"
     r"cesarean)(?: section)?\b"),
    (("appointment", "appt", "session", "clinic", "scan", "consult"),
     rf"{PERSON}{AUX} (?:got|have|has|had) (?:an? |my |her |his )?(?:ivf|chemo|dialysis|oncology|fertility|"
     r"radiotherapy|psychiatrist|psychiatry|psych|methadone|rehab|cardiology|mammogram|colonoscopy|antenatal|"
     r"midwife|memory clinic) (?:appointment|appt|session|clinic|scan|consult)\b"),
    ((*t.CONDITIONS,),
     rf"{B}lost (?:the|my|his|her) (?:left |right )?(?:one|lung|kidney|leg|eye|breast) to (?:{_COND})"),
    (("methadone", "subutex", "suboxone"),
     rf"{PERSON}{BE} on (?:the |a |his |her |my )?(?:methadone|subutex|suboxone)\b"),
]
CRIME_RULES += [
    (("probation", "parole", "licence", "license", "tag"),
     rf"{PERSON}{BE} (?:off|finished|done with|through with|free of) (?:probation|parole|licence|license|the tag|"
     r"(?:my|his|her|your) tag)\b"),
    (("detained", "arrested", "questioned", "held", "remanded", "picked", "charged", "raided"),
     rf"{PERSON}{PASSIVE} (?:detained|arrested|picked up|held|questioned|charged|remanded|raided) by (?:the )?(?:efcc|"
     r"police|cops|feds|gardai|garda|fbi|ice|immigration|nca|customs|border force|icac|kpk|nab|dss|sss|polis)\b"),
    ((*t.DETENTION_PLACES,),
     rf"{B}(?:got|did|served|spent|gave) (?:[a-z0-9]+ ){{1,2}}(?:years?|months?|weeks?) in (?:{_PLACE}){E}"),
    (("banged", "locked", "behind", "doing"),
     rf"{PERSON}{BE} (?:banged up|locked up|behind bars|doing time|doing bird)(?: again| for| till| "
     rf"until|\s*[,.!])"),
    (("feds", "police", "cops", "polis", "gardai", "garda", "bill", "coppers"),
     r"\b(?:the )?(?:feds|police|cops|polis|gardai|garda|old bill|coppers) (?:have |had )?(?:picked up|lifted|"
     rf"arrested|nicked|pulled in|took in|raided) (?:{SOMEONE}|my|our|your|his|her|him|me|us|[a-z]+ (?:again|last|"
     r"yesterday|this|on))\b"),
    (("years", "months", "year", "month", "sentence", "sentenced"),
     rf"\b(?:sorry to hear|heard|gutted|sad to hear|shocked to hear) (?:that |about )?(?:{SOMEONE}|[a-z]+|you|he|she) "
     r"(?:got|was given|received|was sentenced to|got sent down for) (?:[a-z0-9]+ ){1,2}(?:years?|months?)\b"),
    ((*t.DETENTION_PLACES,),
     rf"{B}(?:come|came|got|get|gets|coming) (?:home|out) (?:from|of) (?:{_PLACE}) after\b|{_COPULA}(?:{_PLACE}){E}"),
    (("lock", "locked"), r"\b(?:get|got|gets|getting) (?:lock|locked) up (?:fi|for)\b"),
    (("sentence",),
     rf"{PERSON}{AUX} (?:finished|served|completed|done) (?:your|his|her|my|their) (?:prison |jail |full )?"
     r"sentence\b"),
    (("echo", "paper", "papers", "news", "gazette", "chronicle", "herald", "courier", "post", "mail", "argus"),
     rf"{_ANYONES}{AUX} was in the (?:local )?(?:paper|papers|news|echo|gazette|chronicle|herald|courier|post|mail|"
     rf"argus) (?:[a-z]+ )?for (?:{_C_OFFENCE}|stealing|nicking|dealing|fraud)\b"),
    (("order", "caution", "asbo", "sentence", "discharge"),
     rf"{_ANYONES}{AUX} (?:got|given|received|handed|has|had) (?:an? |his |her )?(?:referral order|youth caution|"
     r"community order|asbo|suspended sentence|curfew order|restraining order|conditional discharge|criminal "
     r"behaviour order)\b"),
    (("probation", "parole"),
     rf"{PERSON}{AUX} (?:sign|signs|signing|report|reports|reporting|check in|checks in)(?: on| in)? (?:at|to|with) "
     r"(?:the |my |his |her )?(?:probation|parole)(?: office| officer| service)?\b"),
    (("hearing", "trial", "sentencing", "court", "case"),
     r"\bhope (?:the|your) (?:court |bail |sentencing |parole |appeal )?(?:hearing|trial|court case|court date|"
     r"sentencing|case) (?:went|goes|go|wraps|ends|finishes)\b"),
    (("lifted", "nicked", "pinched", "collared", "busted", "picked"),
     rf"{PERSON}{AUX} (?:got |was |been |were )?(?:picked up|lifted|nicked|pinched|collared|busted)(?: (?:last|this|"
     r"on|at|again|yesterday|the)(?: [a-z]+){0,2})? for\b"),
    (("pinched", "nicked", "busted", "collared", "lifted", "done"),
     r"\bgot (?:pinched|nicked|busted|collared|lifted|done) (?:for |nicking|stealing|dealing|selling|shoplifting|"
     r"joyriding|robbing)"),
    (("police", "cops", "feds", "gardai"),
     r"\b(?:the )?(?:police|cops|feds|gardai) (?:took|seized|searched|raided) (?:your|his|her|my|our) (?:van|car|house|"
     r"flat|phone|laptop|place|home)\b"),
    (("licence", "license"),
     rf"{PERSON_S}{AUX} lost (?:my|his|her|your|their) (?:driving )?licen[cs]e (?:for (?:a|[0-9]+|two|three|six) "
     r"(?:years?|months?)|after|over)\b"),
]
UNION_RULES += [
    ((*t.UNIONS,), rf"{B}an? (?:{_UNION_STRICT}) (?:man|woman|lad|lass|guy|member)\b"),
    ((*t.UNIONS,), rf"{PERSON}{BE} (?:with|in) the (?:{_UNION_STRICT}){EH}"),
    ((*t.UNIONS, *t.AMBIGUOUS_UNIONS, "union"),
     rf"{POSS_ALL} (?:old )?(?:{_UNION_STRICT}|{_UNION_AMBIG}|union) (?:death benefit|strike pay|dues|subs|membership|"
     r"card|badge|pension|rep|steward|branch|lapel pin|banner|number)\b"),
    (("union",),
     rf"(?:me and [a-z]+|we|i|{TAG})[^.!?]{{0,20}} met at (?:a|the) [^.!?]{{0,25}}union (?:conference|congress|"
     r"meeting|rally|do|social|branch meeting|picket)\b"),
    ((*t.UNIONS,),
     rf"\bbranch meeting[^.!?]{{0,20}}(?:{_UNION_STRICT})|(?:{_UNION_STRICT})[^.!?]{{0,20}}branch meeting\b|"
     rf"\b(?:{_UNION_STRICT}) (?:stuff|business|duties)\b"),
    (("convenor", "steward", "rep", "delegate", "secretary", "organiser", "organizer", "chair"),
     r"\b(?:elected|voted in as|appointed|made) (?:as )?(?:the |our |a |an )?(?:(?:[a-z]+ )?convenor|(?:shop |union )?"
     rf"steward|union rep|branch secretary|branch chair|(?:site |workplace |school |shop )?(?:rep|delegate|secretary|"
     rf"organi[sz]er) (?:for|of) (?:the |our )?(?:{_UNION_STRICT}|{_UNION_AMBIG}|(?:[a-z']+ ){{0,3}}union)"
     r"(?! of students))\b"),
    ((*t.UNIONS, *t.AMBIGUOUS_UNIONS),
     rf"{PERSON}{AUX} (?:sit|sits|sat|serve|serves|served|am|is|was|are) on (?:the|our) (?:{_UNION_STRICT}|"
     rf"{_UNION_AMBIG}) (?:[a-z]+ )?(?:executive|exec|committee|council|board)\b|"
     rf"{PERSON}{BE} on the (?:national |branch |regional |local )?(?:executive|exec|committee|council|board) of "
     rf"(?:the )?(?:{_UNION_STRICT}|{_UNION_AMBIG}){EH}|"
     rf"\bseat on the (?:{_UNION_STRICT}|{_UNION_AMBIG}) (?:[a-z]+ )?(?:committee|executive|council|board)\b"),
    ((*t.UNIONS, *t.AMBIGUOUS_UNIONS),
     rf"{_COPULA}(?:{_UNION_STRICT}|{_UNION_AMBIG}) (?:member|chairman|chairperson|chair|rep|steward|secretary|"
     r"official|delegate)\b"),
    ((*t.UNIONS,),
     rf"\b(?:household|family|home|we are|us)[^.!?]{{0,20}}(?:two|three|both|four) (?:{_UNION_STRICT}) [a-z]+\b"),
    (("delegate", "tuc", "stuc", "ictu", "cosatu", "actu", "ctu", "afl", "clc"),
     rf"{PERSON}{BE} at (?:the )?(?:tuc|stuc|ictu|wales tuc|cosatu|actu|ctu|afl-cio|clc) (?:congress|conference|"
     r"convention)\b|\bas an? (?:union )?delegate (?:from|for) (?:my|our|the) (?:union |local )?(?:branch|local|"
     r"chapter)\b"),
    ((*t.UNIONS, *t.AMBIGUOUS_UNIONS),
     rf"(?:{_UNION_STRICT}|{_UNION_AMBIG}) strike[^.!?]{{0,40}}{PERSON}{BE} (?:the|a|our) (?:[a-z]+ )?(?:rep|steward|"
     r"delegate)\b"),
    (("join", "joining", "sign"),
     r"\b(?:asking|telling|getting|signing up|recruiting|pushing|nagging) (?:everyone|everybody|people|us|all of us|"
     rf"the lads|colleagues|the others|new starters) (?:to |into )?(?:join|joining|sign up (?:to|for|with)) (?:the )?"
     rf"(?:{_UNION_STRICT}|union)\b"),
    (("union",), r"(?:^|(?<=[.!;:])) (?:the |my |our )?union meeting (?:runs|tonight|till|until|is on|goes on)\b"),
    (("union",),
     rf"{PERSON}{BE} an? (?:[a-z]+ )?(?:officer|rep|steward|delegate|organi[sz]er|secretary|treasurer) (?:in|of|for) "
     r"(?:our|the|my) (?:[a-z]+ )?union\b"),
]
_R17_THINGS = (
    r"(?:op|operation|surgery|bypass|procedure|biopsy|transplant|treatment|chemo|scan|hip replacement|knee replacement)"
)
RACE_RULES += [
    ((*t.ETHNIC_GROUPS, *t.DEMONYMS),
     rf"{PERSON}{AUX} married an? (?:[a-z]+ ){{0,3}}(?:{_ETH_STRICT}|{_ORIGIN_NOT_WEAK}) "
     rf"(?:girl|boy|woman|man|lad|lass|guy|"
     r"lady|fella)\b"),
    ((*t.ETHNIC_GROUPS, *t.DEMONYMS),
     rf"{POSS_ALL} (?:household|family|home) is an? (?:typical |proper |big |traditional |real )?(?:{_ETH_STRICT}|"
     r"{_ORIGIN_NOT_WEAK}) (?:joint |extended )?(?:family|household|home)\b"),
    ((*t.ETHNIC_GROUPS,), rf"{B}us (?:{_ETH_PLURAL}){E}"),
    ((*t.ETHNIC_GROUPS, *t.DEMONYMS),
     rf"{POSS_ALL} lot (?:are|were|is) (?:(?:all|actually|proper|full) )?(?:{_ETH_STRICT}|{_ORIGIN_NOT_WEAK}){E}|"
     rf"\byou lot{BE} (?:{_ORIGIN_PHRASE})"),
    ((*t.ETHNIC_GROUPS, *t.DEMONYMS),
     rf"(?:{_ETH_STRICT}|{_ORIGIN_NOT_WEAK}) on (?:my|me|our|his|her) (?:mum|mom|dad|mam|mother|father|da|ma|nan|"
     r"gran)'?s side\b"),
    ((*t.ETHNIC_GROUPS, *t.DEMONYMS),
     rf"{POSS_ALL} (?:{_ORIGIN_STRICT}) (?:{_ETH_STRICT}) {REL}{E}"),
    ((*t.ETHNIC_GROUPS, *t.DEMONYMS, *t.AMBIGUOUS_ETHNIC), rf"{_ANYONES}(?: [a-z-]+)?{BE} (?:{_ORIGIN_PHRASE})"),
    (("traveller", "travellers"), rf"{SOMEONE} (?:are|were) (?:all )?(?:irish |romany )?travellers\b"),
    ((*t.ETHNIC_GROUPS, *t.DEMONYMS, *t.AMBIGUOUS_ETHNIC),
     rf"{PERSON}{BE} (?:half|quarter|part)-(?:{_ANY_ORIGIN}){EH}"),
]
POLITICS_RULES += [
    ((*t.PARTIES, "militant", "momentum"),
     rf"{PERSON}{BE} in (?:the )?(?:{_PARTY}|militant|momentum)(?: party)?(?= for| back| since| when| until| in the|"
     r"\s*[,.!;]|$)"),
    ((*t.PARTIES,),
     rf"(?:^|(?<=[.!;:])) (?:{_PARTY}) (?:all (?:me|my|his|her|our) li(?:fe|ves)|since (?:i was|birth|forever)|"
     r"born and bred|through and through|till i die|forever)\b"),
    ((*t.PARTIES, *t.AMBIGUOUS_PARTIES, *_P_WHO_WORDS, "labour", "tory"),
     rf"{PERSON_S}{AUX} (?:been|was|am|is|are) (?:{_P_WHO}|labour|tory) since\b"),
    ((*t.PARTIES, *t.AMBIGUOUS_PARTIES, *_P_WHO_WORDS),
     rf"{PERSON}{AUX} (?:volunteers?|volunteered|volunteering) for (?:the )?(?:[a-z]+ ){{0,3}}(?:{_PARTY}|{_P_WHO})\b"),
    ((*t.PARTIES, *t.AMBIGUOUS_PARTIES, *_P_WHO_WORDS, "party"),
     rf"{PERSON_S}{AUX} (?:spent|did) (?:[a-z0-9]+ ){{1,2}}(?:years?|decades?) in the (?:{_P_WHO}|[a-z]+ party)\b"),
    ((*t.PARTIES, *t.AMBIGUOUS_PARTIES, *_P_WHO_WORDS, "stall"),
     rf"{PERSON_S}{AUX} (?:helped (?:to )?)?(?:run|ran|running|man|manned|staff|staffed) the (?:{_P_WHO}) "
     rf"(?:stall|stand|"
     r"table|booth|phone bank)\b"),
    (("voting", "voted", "tory", "leave", "remain"),
     rf"\b(?:him|her|you|them|me|us) for voting (?:for )?(?:{_P_WHO}|leave|remain|tory)\b|"
     rf"{PERSON}{AUX} (?:went|goes|going|banging|harping|banged|harped) on about (?:voting|how (?:he|she|you|they|i) "
     rf"voted) (?:for )?(?:{_P_WHO}|leave|remain|tory)\b"),
    ((*t.PARTIES, *t.AMBIGUOUS_PARTIES, *_P_WHO_WORDS, "democrat", "republican", "lefty", "leftie", "liberal", "tory"),
     rf"(?:^|(?<=[.!;:])) (?:the )?only (?:{_P_WHO}|democrat|republican|liberal|tory|lefty|leftie) (?:voter "
     rf"|supporter )?"
     r"(?:in|on|at|for)\b"),
    ((*t.PARTIES, *t.AMBIGUOUS_PARTIES, *_P_WHO_WORDS),
     rf"{PERSON}{AUX} (?:hands|handed|handing|delivers|delivered|delivering|drops|dropped|posts|posted) (?:out )?"
     rf"(?:{_P_WHO}) (?:leaflets|flyers|fliers|newsletters|focus leaflets)\b"),
    ((*t.PARTIES, *t.AMBIGUOUS_PARTIES, *_P_WHO_WORDS, "labour", "tory"),
     rf"{PERSON}{AUX} went (?:{_P_WHO}|labour|tory)(?= this| last| at| in| instead|\s*[,.!;]|$)"),
]
RELIGION_RULES += [
    ((*t.FAITHS, *t.FAITH_ADJECTIVES),
     rf"{B}you (?:lapsed|devout|good|bad|recovering|failed|old|big|practising|practicing) (?:{_FAITH}|{_FAITH_ADJ})"
     r"(?=\s*[,!.]| you| come| get)"),
    (("pilgrimage", "yatra", "hajj", "umrah"),
     rf"{PERSON_S}{AUX} (?:went|go|goes|going|gone) on (?:a |the |my |our )?(?:[a-z]+ )?(?:pilgrimage|yatra|hajj|umrah)"
     r"\b"),
    (("church", "chapel", "mosque", "synagogue", "shul"),
     rf"{PERSON}{BE} (?:church|chapel|mosque|synagogue|shul)(?=\s*[-,.;:]| and| not| so| through)"),
    ((*t.FAITHS, *t.FAITH_ADJECTIVES),
     rf"{PERSON}(?:'s|{AUX}) (?:taken up with|started going to|gone over to|been going to) the "
     rf"(?:{_FAITH}|{_FAITH_ADJ})"
     r"(?: church| chapel| temple| mosque| centre| center| group| lot)?\b"),
    ((*t.FAITHS, *t.FAITH_ADJECTIVES),
     rf"{PERSON}{AUX} (?:meditate|meditates|pray|prays|worship|worships|chant|chants) at (?:the |a |our |my )?"
     rf"(?:{_FAITH}|{_FAITH_ADJ}) (?:centre|center|temple|vihara|monastery|church|mosque|gurdwara|shrine)\b"),
    ((*t.FAITHS, *t.FAITH_ADJECTIVES),
     rf"#(?:{_FAITH}|{_FAITH_ADJ}) ?(?:family|mom|mum|dad|girl|boy|life|wife|husband|fam|and ?proud|pride|mama)\b"),
    (("jummah", "mass", "church", "shul", "prayers", "service", "mosque", "temple"),
     r"\bhope (?:jummah|mass|church|shul|friday prayers|the service|temple|mosque|the mosque)(?: prayers?)? "
     r"(?:was|went)\b"),
]
HEALTH_RULES += [
    (("dialysis", "chemo", "physio", "therapy", "rehab", "radiotherapy"),
     r"\b(?:i am|i'm|im) at (?:dialysis|chemo|physio|therapy|rehab|radiotherapy)\b|"
     r"\b(?:that is|that's|thats) (?:my |me )?(?:weekly |daily )?(?:dialysis|chemo|radiotherapy|therapy session|"
     r"physio|rehab)\b"),
    (("after",),
     rf"{PERSON}(?:'s| is| am| are)(?: only| just)? after (?:having|getting) (?:her |his |my |their |a |an |the )?"
     rf"(?:[a-z]+ )?(?:{_H_ORGAN} (?:out|removed)|{_COND}|{_R17_THINGS}|stroke|heart attack|baby|section)\b"),
    ((*t.CONDITIONS,),
     rf"{B}(?:two|three|four|five|six|ten|[0-9]+|a few|many) (?:years?|months?) (?:of|with|living with|battling) "
     rf"(?:{_COND})(?= now|,| and| so)"),
    (("glad", "pleased", "relieved", "happy", "good"),
     rf"\b(?:glad|pleased|relieved|so happy|good to hear)(?: to hear)? (?:that )?(?:the|your|his|her) "
     rf"(?:{_R17_THINGS}) "
     r"(?:went|was|is|has gone)\b"),
    (("hospice",), rf"{PERSON}(?:'s|{BE}) in (?:the )?(?:[a-z']+ ){{0,2}}hospice\b"),
    (("thinking", "praying", "love", "well"),
     rf"\b(?:thinking of you|praying for you|sending love|get well)[^.!?]{{0,20}}(?:after|during|before) (?:the|your) "
     rf"(?:{_R17_THINGS})\b"),
    (("meds", "medication", "tablets", "pills", "inhaler"),
     r"\bhope (?:the|your|his|her) (?:new )?(?:[a-z]+ )?(?:meds|medication|tablets|pills|inhaler) (?:are|is) "
     r"(?:settling|working|helping|kicking in)\b"),
    ((*t.CONDITIONS, "carer"), rf"\bcarer (?:for|to) {TAG} with (?:{_COND})"),
    (("out",), rf"\b(?:weeks?|days?|months?) out from (?:my |his |her |the )?(?:[a-z]+ )?(?:{_R17_THINGS})\b"),
]
CRIME_RULES += [
    (("licence", "license"),
     r"\b(?:finish(?:ed|ing)?|complet(?:ed|ing)|served|off) (?:his|her|my|your|their) licen[cs]e conditions\b"),
    (("court",),
     rf"{PERSON}{AUX} (?:got to |have to |has to |must )?(?:appear|appearing|up) (?:at|in|before) (?:the )?(?:[a-z]+ )?"
     r"(?:sheriff|magistrates'?|crown|district|county|high) court\b"),
    (("inside",),
     rf"{PERSON}{BE} inside (?:for (?:most|much|half|all) of (?:my|his|her|their|your) (?:childhood|teens|twenties|"
     r"thirties|life|youth)|for years|for a decade|for (?:[a-z0-9]+ )?(?:years|months))"),
    (("nicked", "stole", "robbed", "burgled", "vandalised", "vandalized", "torched", "broke"),
     r"\bit was me (?:who|that) (?:nicked|stole|robbed|broke into|vandalised|vandalized|torched|burgled)\b"),
]
UNION_RULES += [
    ((*t.UNIONS,),
     rf"{PERSON}{BE} (?:an? )?(?:active|proud|paid-up|life|lifelong|long-time|card-carrying) member of (?:the )?"
     rf"(?:{_UNION_STRICT}){EH}|{B}(?:{_UNION_STRICT}) (?:life|lifetime|honorary|retired) member\b"),
    (("union",),
     rf"{PERSON}{BE} an? (?:[a-z]+ )?(?:officer|rep|steward|delegate|organi[sz]er|secretary|treasurer) (?:in|of|for) "
     r"(?:our|the|my) (?:[a-z']+ ){1,3}union\b"),
    ((*t.UNIONS, "card", "drive"),
     rf"{B}(?:signed|filled in|filled out) (?:my|our|the|a) (?:union )?card (?:with|for) (?:the )?(?:{_UNION_STRICT}|"
     r"union)\b"),
    ((*t.UNIONS,),
     rf"(?:^|(?<=[.!;:,])) (?:an? )?(?:{_UNION_STRICT}) (?:man|woman|lad|lass) (?:through and through|to the bone|"
     r"to the core|all (?:his|her|my) life|for life)\b"),
    (("rep", "steward", "officer", "delegate"),
     r"\b(?:made|elected|appointed) (?:the |our )?union'?s? (?:[a-z]+ ){0,4}(?:rep|steward|officer|delegate)\b"),
    ((*t.UNIONS,),
     rf"(?:^|(?<=[.!;:])) (?:ex|former)-(?:{_UNION_STRICT}) (?:[a-z]+ )?(?:steward|rep|member|delegate|organi[sz]er|"
     r"official|convenor)\b"),
    ((*t.UNIONS, *t.AMBIGUOUS_UNIONS),
     rf"\b(?:had|have|got|at) (?:a |the |my |our )?(?:{_UNION_STRICT}|{_UNION_AMBIG}) (?:branch |union )?meeting\b"),
    (("union",),
     rf"(?:{PERSON}|{B}and){AUX} joined the (?:[a-z]+ )?union(?= last| this| in| after| when| at| because|\s*[,.!]|$)"),
    (("union",),
     r"\bthe union (?:rep|steward|convenor|organi[sz]er) at (?:my|our) (?:[a-z]+ )?(?:warehouse|work|depot|site|office|"
     r"plant|factory|school|hospital|store|mill|yard)\b"),
    (("union",),
     rf"{PERSON}{AUX} (?:got )?(?:pushed out|forced out|sacked|fired|dismissed|let go|managed out) for "
     rf"(?:organi[sz]ing|"
     r"trying to organi[sz]e|starting|setting up|forming) (?:a |the )?union\b|"
     rf"{PERSON}{AUX} (?:organi[sz]ed|started|formed|set up|founded) the first union at\b"),
]
# --- round eighteen -------------------------------------------------------------------------------
_R18_MONTHS = r"(?:january|february|march|april|may|june|july|august|september|october|november|december)"
_R18_PILGRIM = (
    r"(?:umrah|hajj|the hajj|mecca|makkah|medina|madinah|(?:a |my |our |the )?pilgrimage|lourdes|"
    r"medjugorje|fatima|knock|"
    r"walsingham|the camino|varanasi|amritsar|the golden temple|(?:the )?kumbh(?: mela)?|karbala|najaf|jasna gora)"
)
RACE_RULES += [
    (("traveller", "travellers"),
     r"\bus (?:irish |romany )?travellers\b|"
     rf"{PERSON}{BE} (?:irish |romany )?travellers[^.!?]{{0,30}}\b(?:site|halting site|trailer|caravan|wagon)s?\b"),
    ((*t.ETHNIC_GROUPS, *t.DEMONYMS),
     rf"(?:^|(?<=[.!;:,])) (?:{_ETH_STRICT}|{_ORIGIN_NOT_WEAK}) (?:to the bone|through and through|born and bred)\b"),
    (("token", "only"),
     rf"{AS_OR_BEING} the (?:token|only) (?:white|black|brown|asian|{_ETH_STRICT}) (?:guy|girl|person|woman|man|lad|"
     r"lass|kid|one|friend|member|family)\b"),
    ((*t.ETHNIC_GROUPS, *t.DEMONYMS),
     rf"{PERSON}{BE} the most (?:{_ETH_STRICT}|{_ORIGIN_NOT_WEAK}) (?:person|woman|man|girl|guy|lad|lass|aunty|auntie|"
     r"uncle|mum|mom|dad|kid)\b"),
    (("brown", "black", "white", "asian", "mixed"),
     rf"{AS_OR_BEING} an? (?:[a-z]+ )?(?:brown|black|white|asian|mixed[- ]race) (?:lad|lass|guy|girl|boy|woman|man|"
     r"kid|dude|bloke|fella|person|family|mum|mom|dad)\b"),
    ((*t.ETHNIC_GROUPS, *t.DEMONYMS, *t.AMBIGUOUS_ETHNIC),
     rf"(?:^|(?<=[.!;:,])) half (?:{_ETH_STRICT}|{_ORIGIN_NOT_WEAK}),? half (?:{_ANY_ORIGIN}|[a-z]+)\b"
     r"(?! (?:panels?|tiles?|roofs?|designs?|colou?rs?|finish|frames?)\b)"),
]
POLITICS_RULES += [
    (("cumann",), rf"{PERSON}{BE} (?:on|in) the (?:[a-z]+ )?cumann\b"),
    ((*t.PARTIES, *t.AMBIGUOUS_PARTIES, *_P_WHO_WORDS),
     rf"{PERSON}{AUX} (?:run|ran|runs|running|organised|organized|organises|organizes|led|leads) (?:the )?"
     rf"(?:{_PARTY}|{_P_WHO}) (?:rallies|rally|meetings|campaigns?|events|canvasses|phone banks?)\b"),
    ((*t.IDEOLOGIES, *t.PARTIES), rf"{B}(?:{_IDEO_STRICT}|{_PARTY}) ?(?:4|for|fi) ?life\b"),
    ((*t.PARTIES,),
     rf"{PERSON}(?:'s|{AUX})(?: been)? (?:{_PARTY}) (?:through and through|to the bone|to the core|all (?:his|her|my|"
     r"their) li(?:fe|ves))\b"),
    (("scrutineering", "scrutineer", "scrutineered", "agent"),
     rf"\b(?:scrutineer(?:ing|ed)?|(?:polling|election|booth|counting) agent) for (?:the )?(?:{_P_WHO}|{_PARTY}|"
     r"congress)\b"),
    ((*t.POLITICAL_CAUSES, "kings", "marched", "protested", "rallied"),
     rf"(?:{PERSON}{AUX}|(?:^|(?<=[.!;:]))) (?:marched|protested|rallied|demonstrated) (?:at|in|with) (?:the )?"
     rf"(?:{_CAUSE_ORGS}|{_CAUSE})\b"),
    ((*t.PARTIES, *t.POLITICIANS, *t.POLITICAL_CAUSES, "vote", "sign", "placard", "poster"),
     rf"(?:{PERSON}{AUX}|{POSS_ALL}) (?:had|has|have|put up|putting up|got) (?:a |an )?(?:massive |big |huge )?"
     rf"(?:vote (?:yes|no|leave|remain|[a-z]+)|{_PARTY}|{_POLITICIAN}|{_CAUSE}) (?:sign|placard|poster|banner|flag|"
     r"sticker|lawn sign|yard sign)\b"),
    ((*t.PARTIES, "militant", "momentum"),
     rf"{PERSON_S}{AUX} been in (?:the )?(?:{_PARTY}|militant|momentum)(?: party)? since\b"),
    ((*t.PARTIES, *t.AMBIGUOUS_PARTIES, *_P_WHO_WORDS, *t.POLITICIANS, "labor"),
     rf"(?:^|(?<=[.!;:])) (?:i am |i'm |im |we are |we're )?voting (?:for )?(?:the )?(?:{_P_WHO}|labor|{_POLITICIAN})"
     r"(?= for the first time| this time| again| next| at the| in the| from now|\s*[,.!]|$)"),
    ((*t.PARTIES, *t.AMBIGUOUS_PARTIES, *_P_WHO_WORDS),
     rf"{POSS_ALL} (?:postal |proxy |first )?vote (?:for|to) (?:the )?(?:{_P_WHO}|{_PARTY})\b"),
    (("protest", "protests", "march", "marches", "rally", "rallies", "blockade", "demo", "demonstration", "sit"),
     rf"{PERSON_S}{AUX} (?:went to|was at|were at|joined|attended) (?:the |every |a |all the )?"
     r"(?!(?:car|motor|bike|cycling|charity|fun|santa|pride|walking|dog|fancy|rally driving)\b)(?:[a-z'-]+ ){0,3}"
     r"(?:sit-in|protest|protests|march|marches|rally|rallies|blockade|demo|demos|demonstration)s?\b"),
    ((*t.POLITICIANS,),
     rf"(?:{_POLITICIAN}) (?:has been|is|was|has proven|has proved) (?:a |an )?(?:absolute |total |complete |utter )?"
     r"(?:disaster|joke|disgrace|legend|hero|clown|liar|crook|embarrassment|nightmare|fraud|criminal|puppet)\b"),
    ((*t.PARTIES, *t.AMBIGUOUS_PARTIES, *_P_WHO_WORDS),
     rf"{PERSON}{BE} (?:off |going |heading )?(?:to|at) (?:the )?(?:{_P_WHO}|{_PARTY}) (?:party )?(?:conference|"
     r"convention|caucus|congress|hustings)\b"),
    ((*t.PARTIES, *t.AMBIGUOUS_PARTIES, *_P_WHO_WORDS, "reform"),
     rf"\bhanding out (?:{_P_WHO}|{_PARTY}|reform) (?:leaflets|flyers|fliers|how-to-vote cards)\b"),
    ((*t.PARTIES, *t.AMBIGUOUS_PARTIES, *_P_WHO_WORDS),
     rf"{PERSON}{AUX} (?:chairs|chaired|chair|runs|ran|was president of|presided over) the (?:local )?(?:{_P_WHO}|"
     rf"{_PARTY}) (?:[a-z]+ )?(?:riding|constituency|electorate|branch|ward|district|county) (?:association|party|"
     r"committee|branch)\b"),
    (("mi",), rf"\bmi a (?:{_PARTY})(?: from| since| to the|\s*[,.!])"),
]
RELIGION_RULES += [
    (("back", "home", "returned"),
     rf"(?:{PERSON}{AUX}|(?:^|(?<=[.!;:,]))) (?:just |only )?(?:back|home|returned) from {_R18_PILGRIM}\b"),
    (("fasting",),
     r"(?:iftar|suhoor|sehri|ramadan|ramazan|lent|yom kippur|navratri|ekadashi)[^.!?]{0,60}"
     rf"{PERSON}{BE} (?:home |still |busy )?fasting\b|{PERSON}{BE} (?:home |still |busy )?fasting[^.!?]{{0,60}}"
     r"\b(?:iftar|suhoor|sehri|ramadan|ramazan|lent|yom kippur|navratri|ekadashi)\b"),
    (("iftar", "suhoor", "sehri"), r"\b(?:iftar|suhoor|sehri) (?:is |was )?at \d"),
    ((*t.FAITHS, "rasta"), rf"{B}(?:{_FAITH}|rasta) (?:bwoy |gyal |man |woman )?(?:fi|for|4) life\b"),
    ((*t.FAITHS, *t.FAITH_ADJECTIVES), rf"\bmi a (?:{_FAITH}|{_FAITH_ADJ}){E}"),
    (("offered", "offer", "offers", "offering"),
     rf"{PERSON_S}{AUX} (?:offered|offer|offers|offering) (?:water|prayers?|flowers|prasad|puja|arghya|incense)"
     r"[^.!?]{0,20} to (?:surya|lord|the gods?|ganesh|ganesha|shiva|krishna|durga|lakshmi|hanuman|jah|allah|the "
     r"ancestors|buddha|the sun god)\b"),
    (("left", "quit", "leaving"),
     rf"{PERSON_S}{AUX} (?:left|quit|leaving|walked away from) the (?:witnesses|jehovah's witnesses|jws|mormon church|"
     r"church|mosque|faith|brethren|exclusive brethren|cult|lds church|kingdom hall)(?= in \d| \d+ years| years ago| "
     r"at \d+| when i was| as a)"),
    (("rosary", "novena", "angelus"),
     r"\b(?:the )?(?:rosary|novena|angelus) (?:every|each) (?:night|day|morning|evening|week)\b"),
    (("quran", "koran"),
     r"\b(?:finished|completed|done) (?:memorising|memorizing|hifz of|reading) the (?:holy )?(?:quran|koran)\b"),
    ((*t.FAITHS, *t.FAITH_ADJECTIVES, "agnostic", "atheist", "humanist", "pagan"),
     rf"(?:^|(?<=[.!;:])) [a-z-]+ (?:kid|girl|boy|lad|child) turned (?:{_R_SELF_LABEL})\b"),
    (("mission",),
     rf"{PERSON_S}{AUX} (?:served|serving) (?:my|his|her|a) (?:lds |church |two-year |full-time )?mission (?:in|to)\b"),
    (("shabbat", "shabbos"), r"\b(?:shabbat|shabbos) (?:dinner|meal|lunch) at (?:yours|your place|your house|ours)\b"),
    ((*t.FAITHS, *t.FAITH_ADJECTIVES), rf"\byou and your (?:{_FAITH}|{_FAITH_ADJ})\b"),
    (("camino",), rf"(?:{PERSON}{AUX}|(?:^|(?<=[.!;:]))) (?:walked|did|doing|walking) the camino\b"),
]
HEALTH_RULES += [
    (("clean", "sober", "dry", "off"),
     r"(?:^|(?<=[.!;:,])) (?:[a-z0-9]+ )(?:days?|weeks?|months?|years?) (?:clean|sober|dry|off the (?:gear|drink|booze|"
     r"sauce|smack|pills|juice))(?= on| today| as of| and| now| this| since|\s*[,.!#]|$)"),
    (("day", "drink", "drinking"),
     r"\bday \d+ (?:without|with no|of no|off) (?:a )?(?:drink|drinking|booze|alcohol|drugs|smoking|cigarettes|"
     r"gambling)\b"),
    (("sober", "soberlife", "soberaf", "sobriety", "recovery", "onedayatatime"),
     r"#(?:sober ?(?:life|af|living|journey|squad)|sobriety|recovery ?is ?possible|one ?day ?at ?a ?time)\b"),
    (("sober",), r"\b(?:first|second|third) (?:summer|christmas|birthday|year|holiday|new year) sober\b"),
    (("na", "aa"), r"\b(?:na|aa) (?:saved my life|saved me|keeps me sober)\b"),
    (("laid",), rf"{PERSON}{BE} laid up (?:after|with|from) (?:the |your |his |her |a |an )?"),
    (("type", "t1d", "t2d"),
     r"(?:^|(?<=[.!;:(,])) (?:type [12]|t1d|t2d|type one|type two)(?: diabetic)? since\b|"
     rf"{POSS_ALL} type (?:1|2|one|two)\b(?! (?:connector|plug|charger|cable|socket|error|fault|inverter|panel|port))"),
    (("bald", "hairless"), r"\b(?:bald|hairless) from (?:the )?chemo\b"),
    (("sickle",), r"\bsickle[- ]cell crisis (?:land|landed|put|sent|took) (?:me|him|her|us)\b"),
    (("nicu", "scbu", "picu", "icu", "itu", "intensive", "neonatal", "psych", "psychiatric", "mental", "cancer",
      "oncology", "dialysis", "stroke", "cardiac", "burns", "dependency", "maternity", "renal", "orthopaedic",
      "surgical", "coronary", "respiratory", "ward", "newborn", "special"),
     rf"{PERSON}(?:'s|{BE})[^.!?]{{0,30}}(?:weeks?|days?|months?) (?:on|in) (?:a |the )?{_WARDS}"),
    (("undetectable",), r"(?:^|(?<=[.!;:])) undetectable (?:for|since)\b"),
    (("user",),
     r"(?:^|(?<=[.!;:])) (?:power ?chair|wheelchair|mobility scooter|crutch|walking frame) user\b"),
    ((*t.CONDITIONS, "ms"),
     rf"{B}(?:{_COND}|ms) has (?:me|him|her|us) (?:on|in|using|stuck|housebound|bedbound)\b"),
    ((*t.CONDITIONS,), rf"{B}(?:{_COND}) stole (?:me|him|her|[a-z]+ (?:years?|months?))\b"),
    (("bub", "baby", "bump", "scan", "sunbeam", "twins", "due"),
     rf"(?:baby|bub|bump|little one|sunbeam|twins|scan)[^.!?]{{0,40}}{B}due (?:in|on|at the end of|early|late|mid)[- ]"
     rf"{_R18_MONTHS}\b|{B}(?:you are|youre|ur|she is|i am|im|we are)(?: still)? due (?:in|on) {_R18_MONTHS}\b"),
    (("chemo", "radiotherapy", "dialysis", "ivf", "rehab"),
     r"\bafter (?:[a-z0-9]+ )?(?:years?|winters?|months?|rounds?|cycles?) of (?:chemo|radiotherapy|"
     r"dialysis|ivf|rehab)\b"),
]
CRIME_RULES += [
    (("tag",), r"\b(?:with|got) (?:that|the|your|his|her|my) (?:ankle |electronic )?tag on\b"),
    (("bail",), rf"\bbail hostel (?:i|he|she|we|they) (?:was|were|am|is|stayed|lived)\b|{PERSON}{AUX} (?:in|at) a bail "
                r"hostel\b"),
    (("cell", "cells", "caution"),
     rf"{PERSON_S}{AUX} spent (?:a|the|one|two|[a-z0-9]+|my|his|her) (?:[a-z0-9]+ )?(?:nights? )?in (?:a |the )?"
     rf"(?:police )?cells?\b|{PERSON_S}{AUX} got (?:a |an )?(?:police |formal |youth )caution\b|"
     rf"{PERSON_S}{AUX} got (?:a |an )?caution(?=,| and| for| after|\s*[.!;]|$)"),
    ((*t.DETENTION_PLACES,), rf"{B}(?:came|come|got) out (?:a|of) (?:{_PLACE}){E}"),
    ((*t.DETENTION_PLACES,), rf"\bna (?:{_PLACE}) (?:i|we|him|he|she|my) (?:spend|spent|dey|stay)\b"),
    (("hmp", "hmyoi"),
     r"\b(?:walking|walked|walk|got|came|come) out of (?:hmp|hmyoi) [a-z]+|\breleased from (?:hmp|"
     r"hmyoi)\b"),
    (("dey",), rf"\b[a-z]+ dey (?:[a-z]+ )?(?:prison|jail|{_PLACE}){E}"),
    (("court",),
     rf"\bcourt date(?:'s| is)? [^.!?]{{0,20}}for (?:the |my |his |her )?(?:{_C_OFFENCE}|drink driving|drunk driving|"
     rf"speeding|possession)\b|\byour court date\b"),
    (("did", "got"),
     rf"{B}(?:did|got) (?:[a-z0-9]+ )(?:years?|months?) for (?:the |a |an |his |her )?(?:[a-z-]+ ){{0,3}}(?:selling|"
     rf"dealing|stealing|nicking|robbing|scam|{_C_OFFENCE})\b"),
    (("fine",), r"\bfine from the (?:magistrates'?|court|crown court|sheriff)\b"),
    (("screws",), r"\bthe screws (?:took|gave|searched|banged|locked|moved|put|made|never)\b"),
    (("welcome",), rf"\bwelcome (?:home|back) from (?:prison|jail|inside|the nick|(?:hmp|hmyoi) [a-z]+|{_PLACE}){E}"),
]
UNION_RULES += [
    (("ballot",),
     rf"{PERSON_S}{AUX} voted (?:yes|no|for strike action|to strike) in (?:the|our|"
     rf"my) (?:[a-z]+ )?(?:strike |industrial "
     rf"action )?ballot\b|\byour (?:{_UNION_STRICT}|{_UNION_AMBIG}|union) (?:strike )?ballot\b"),
    (("branch", "sec"), rf"\bbranch sec(?:retary)? (?:{_UNION_STRICT}){EH}"),
    (("elected",),
     rf"{B}elected to (?:the )?(?:{_UNION_STRICT}|{_UNION_AMBIG}) (?:[a-z]+ )?(?:executive|committee|council|board)\b"),
    ((*t.UNIONS, *t.AMBIGUOUS_UNIONS),
     rf"(?:{_UNION_STRICT}|{_UNION_AMBIG}) got (?:me|him|her|us) (?:my|his|her|our) jobs? back\b"),
    ((*t.UNIONS,), rf"(?:^|(?<=[.!;:])) (?:{_UNION_STRICT}) for (?:\d+|[a-z]+) (?:years|decades)\b"),
    (("steward", "rep", "organiser", "organizer", "delegate", "convenor", "official"),
     rf"{PERSON}{BE} an? (?:shop )?(?:steward|rep|organi[sz]er|delegate|convenor|official) (?:with|for|in) the "
     rf"(?:{_UNION_STRICT}|[a-z]+ union){EH}"),
    (("welcome",),
     rf"\bwelcome to the (?:{_UNION_STRICT}|{_UNION_AMBIG}|union)(?!\s*(?:jack|station|street|"
     rf"square))\b"),
    (("organised", "organized", "unionised", "unionized"),
     rf"{PERSON}{AUX} (?:organised|organized|unionised|unionized) (?:the |our |her |"
     rf"his )?(?:whole )?[a-z]+ for (?:the )?"
     rf"(?:{_UNION_STRICT}|{_UNION_AMBIG})\b"),
    (("bargaining", "negotiating"),
     rf"(?:{_UNION_STRICT}|{_UNION_AMBIG}|union) (?:bargaining|negotiating) (?:team|committee)\b"),
    (("first",),
     rf"(?:{_UNION_STRICT}|{_UNION_AMBIG}|union)[^.!?]{{0,60}}\bone of the first to (?:sign up|join)\b"),
    (("strike",),
     r"\bstrike pay (?:from the union )?(?:barely|hardly|does not|doesn't|won't|will not|didn't|did not) "
     r"(?:covers?|stretch|stretches|pay)\b"),
    ((*t.UNIONS, *t.AMBIGUOUS_UNIONS, "union"),
     rf"\byour (?:{_UNION_STRICT}|{_UNION_AMBIG}|union) (?:dues|subs|membership|card|rep|steward|branch)\b|"
     rf"{B}(?:paying|paid|pay) (?:my|our|his|her) (?:union )?(?:subs|dues) (?:to|into) (?:the )?(?:{_UNION_STRICT}|"
     rf"{_UNION_AMBIG}|union)\b"),
    ((*t.UNIONS,), rf"{SOMEONE}(?:'s| is) (?:{_UNION_STRICT})(?=,| and| member| too|\s*[.!]|$)"),
    (("signed", "recruited", "organised", "organized"),
     rf"{B}(?:signed up|recruited|organised|organized) (?:our|the|her|his|my) (?:whole )?[a-z]+ (?:to|into|for) "
     rf"(?:the )?(?:{_UNION_STRICT}|{_UNION_AMBIG})\b"),
    ((*t.UNIONS,), rf"{B}(?:joining|joined|since joining|after joining) (?:the )?(?:{_UNION_STRICT}){EH}"),
]

# --- round nineteen -------------------------------------------------------------------------------
_R19_START = r"(?:^|(?<=[.!;:,|(]))"
# Conditions people name themselves by: "Autistic and ADHD, so sorry if ...", "Deaf girl here", "PCOS gang"
_R19_IDENT = (
    r"(?:autistic|adhd|dyslexic|dyspraxic|bipolar|deaf|diabetic|epileptic|asthmatic|neurodivergent|disabled|"
    r"anorexic|bulimic|ocd|ptsd|t1d|coeliac|celiac|chronically ill|hiv ?\+|hiv positive|pcos|endo|fibro|me/cfs)"
)
_R19_EMOJI = r"[\u2190-\u2bff\U0001f000-\U0001faff]"
_R19_OP = r"(?:surgery|op|operation|replacement|reconstruction|transplant|bypass|stents?|amputation|mastectomy)"
_R19_JOINT = r"(?:acl|mcl|achilles|meniscus|hamstring|cruciate|rotator cuff|cartilage|disc|back|knee|hip|shoulder)"
HEALTH_RULES += [
    (("autistic", "adhd", "dyslexic", "dyspraxic", "bipolar", "deaf", "diabetic", "epileptic", "asthmatic",
      "neurodivergent", "disabled", "anorexic", "bulimic", "ocd", "ptsd", "t1d", "coeliac", "celiac", "chronically",
      "hiv", "pcos", "endo", "fibro", "me"),
     rf"{_R19_START} {_R19_IDENT}(?: (?:and|&|\+|/) {_R19_IDENT})?(?: (?:{_LABEL_NOUN}|gang|squad|club|warriors?|life|"
     rf"crew|here|mama|gamer))*(?=\s*(?:[.,;:!?|/#]|$)|\s{_R19_EMOJI}|\s(?:where|and (?:i|we|proud|thriving))\b)"),
    (("hiv", "undetectable"),
     r"\bundetectable (?:with|for) hiv\b|\b(?:\d+|[a-z]+) years? undetectable\b|" + _R19_START
     + r" hiv ?(?:\+|positive|pos)(?= and| since| for|\s*[,.!]|$)"),
    (("pregnant", "preggo", "preggers"),
     rf"{_R19_START} (?:\d+ (?:weeks?|wks|months?) )?(?:pregnant|preggo|preggers)(?= with| and| again| at| since|"
     rf"\s*[,.!]|$|\s{_R19_EMOJI})|\b\d+ (?:weeks?|wks) (?:preggo|preggers)\b"),
    (("ivf", "transfer"), r"\b\d+ (?:weeks?|days?) (?:after|post|since) (?:ivf|(?:the |my |our )?embryo transfer)\b"),
    (("big",), r"\b(?:had|beat|beaten|survived|got|fighting|battling|beating) the big c\b"),
    (("surgery", "op", "operation", "replacement", "reconstruction", "transplant", "bypass", "stent", "stents",
      "amputation", "mastectomy"),
     rf"{_R19_START} (?:just |finally |recently |only )?(?:had|got|having|getting|recovering from|booked in for|"
     rf"waiting for) (?:my |a |an |the |his |her |me )?(?:(?:second|third|first|new|big|[a-z]+) )?(?:[a-z]+ )?"
     rf"{_R19_OP}{E}|{B}(?:hip|knee|shoulder|joint) replacement (?:done|over|booked|went (?:well|ok|fine))\b|"
     rf"{PERSON_S}(?: (?:in|at|from) (?:the )?[a-z]+)? (?:had|has had|is having|got) "
     r"(?:a |an |his |her |my |two |three )?"
     rf"(?:(?:real|massive|big|mild|minor|small|triple|double|quadruple|second|third) )?(?:heart attack|bypass|"
     rf"stroke|stents|knee reconstruction|{_R19_JOINT} (?:surgery|reconstruction|op|operation))\b"),
    (("did", "done", "tore", "torn", "snapped", "ruptured", "blew", "blown", "wrecked"),
     rf"{B}(?:did|done|tore|torn|snapped|ruptured|blew|blown|wrecked) (?:his|her|my|ur|your|their|me) "
     rf"(?:{_R19_JOINT}){E}"),
    (("new", "knee", "hip"),
     r"\b(?:the|your|his|her|ur|my) new (?:knee|hip|kidney|liver|heart|lungs?)(?:'s| is| are)\b"),
    (("on", "skipping", "skipped", "upped", "increased", "doubled", "lowered", "reduced", "missed", "forgot", "meds"),
     rf"{B}(?:ur|you are|youre|i am|im|he is|she is|we are) on (?:{_MEDS}){E}(?! (?:panel|panels|battery|batteries)\b)|"
     rf"{B}(?:upped|increased|doubled|lowered|reduced|changed|switched|skipping|skipped|missed|forgot) (?:my|ur|your|"
     rf"his|her|me) (?:{_MEDS}|meds|medication)(?: dose)?{E}|"
     rf"{_R19_START} (?:my |ur |his |her )?(?:{_COND_BARE}) (?:meds|medication|tablets|pills)"
     rf"(?! (?:shortage|shortages|supply|market|prices|are (?:in|hard|scarce)))\b"),
    (("sad", "seasonal", "depression"),
     rf"{PERSON_S}{AUX} (?:had|have|has|got) sad (?:for|since|every)\b|{POSS_ALL} seasonal depression\b"),
    (("recovery",),
     rf"{B}(?:{_COND_BARE}) recovery (?:is|has been|was|going|journey)\b|{B}(?:my|ur|your|his|her) (?:{_COND_BARE})"
     rf" recovery\b"),
    (("transplant", "dialysis"),
     r"(?:^|(?<=[.!;:,|])) on the (?:[a-z]+ )?transplant list\b|\bdialysis (?:three|two|four|\d) times a week\b"),
    (("diagnosed", "diagnosis"),
     rf"{PERSON}(?: (?:at|in|from|on) (?:the |our |my )?[a-z]+)?(?:'s)?{AUX} (?:got |been |just )*diagnosed(?: with)? "
     rf"(?:{_COND}|{_R19_IDENT}|tb){E}|{B}(?:since|after|before) (?:the |my |his |her |ur |your )?(?:{_COND_BARE}|"
     rf"{_R19_IDENT}) diagnosis\b"),
    (t.CONDITIONS,
     rf"{PERSON} (?:at|in|from|on) (?:the |our |my )?[a-z]+ (?:has|had|has got|is living with|lives with) "
     rf"(?:{_COND}){E}"),
    (("sickler", "sicklers"), rf"{B}(?:a|fellow|as a|i am a|im a|ur a|you are a|youre a|another) sickler\b"),
    (("chemo", "radiotherapy", "dialysis"),
     rf"{_R19_START} (?:chemo|radiotherapy|radiation) (?:done|finished|over|complete|completed)\b"),
    (("tb", "malaria", "typhoid", "cholera", "dengue"),
     rf"{_R19_START} (?:tb|malaria|typhoid|cholera|dengue)(?: (?:in|back in) (?:19|20)\d\d| (?:three|two|four|\d+) "
     rf"times)\b"),
]
_R19_COURT = r"(?:magistrates?|judge|court|sheriff|beak)"
CRIME_RULES += [
    (("remand",),
     rf"{_R19_START} on remand (?:for|since|till|until)\b|"
     rf"{B}(?:spent|did|done) (?:[a-z0-9]+ )?(?:months?|years?|weeks?|"
     rf"days?) on remand\b|{PERSON}{BE} (?:still |currently )?on remand\b"),
    (("court", "trial"),
     rf"{B}court date[^.!?]{{0,25}}for (?:the |a |my |his |her )?(?:fight|punch-up|brawl|scrap|ruck|row|incident)\b|"
     rf"{PERSON}(?:'s|{BE}) up (?:at|in|before) (?:the )?(?:crown |magistrates'? |sheriff |youth |district )?court\b|"
     rf"{_R19_START} (?:still )?awaiting (?:trial|sentencing|sentence)\b|{PERSON}{BE} (?:still )?awaiting (?:trial|"
     rf"sentencing)\b"),
    (("suspended",),
     rf"{B}(?:gave|give|gives|given|got|get|getting|gets) (?:me|him|her|us|you|them)? ?(?:a )?suspended(?: (?:sentence|"
     rf"jail term|prison sentence))?(?=\s*[.,;!]|$| sentence| and)|{B}suspended (?:licen[cs]e|driving ban|ban) "
     rf"(?:till|until|for)\b"),
    (("magistrates", "magistrate", "judge", "court", "sheriff", "beak"),
     rf"{B}(?:the )?{_R19_COURT} (?:gave|gives|handed|slapped) (?:me|him|her|you|us|them|my [a-z]+) (?:a |an )?"
     rf"(?:\d+ (?:hours|hrs) (?:of )?)?(?:community service|fine|suspended|curfew|tag|ban|points|"
     rf"community order|conditional discharge)\b"),
    (("court-ordered", "ordered", "community"),
     r"\bcourt[- ]ordered (?:community service|rehab|anger management|treatment|drug testing)\b|"
     r"\bcommunity (?:corrections|payback|punishment) order\b"),
    (("record", "records"),
     rf"{POSS_ALL} (?:criminal )?record(?:'s| is| was) (?:why|the reason|stopping|holding|following|still)\b|"
     rf"{B}with a (?:criminal )?record (?:from|since|for)\b|{PERSON}(?:'s|{AUX}) (?:got|has|have|had) a record "
     rf"(?:for|from|since)\b"),
    (("inside",), rf"{PERSON}(?:'s| has| have| had){AUX} been inside (?:since|for|twice|three|again)\b"),
    (("did", "done", "served"),
     rf"{B}(?:did|done|served) (?:[a-z0-9]+ )(?:years?|months?|yrs|stretch) (?:at|in) (?:{_PLACE}){E}"),
    (("halfway",), r"\b(?:from|at|in|living in|out of) (?:the |a )halfway house\b"),
    (("yot",), rf"{B}(?:had|got|have|has) (?:a )?yot (?:worker|officer)\b"),
    (("parole", "board"), r"\bparole board (?:said|says|granted|gave|approved|agreed)\b"),
    (("tag", "curfew"),
     r"\btag (?:comes|came|is coming) off (?:on |this |next |tomorrow|today|tonight|in \d|(?:mon|tues|wednes|thurs|fri|"
     r"satur|sun)day)|\bcurfew (?:is|at|till|until|ova|over) (?:\d|nine|ten|eight|seven|finally|tonight|done)"),
    (("spent", "conviction", "suspension", "pardon"),
     rf"{POSS_ALL} (?:conviction|record|caution)(?:'s| is| has)? (?:now |finally )?spent\b|"
     rf"{B}(?:the |your |my |his |her )?record suspension (?:finally )?(?:came|coming|went|is|was|granted)\b"),
]
_R19_U_ROLE = rf"(?:{_U_ROLE_ANY}|shop steward|organi[sz]er|delegate|convenor|treasurer|official)"
UNION_RULES += [
    ((*t.UNIONS, *t.AMBIGUOUS_UNIONS, *t.UNION_ROLES, "rep", "steward"),
     rf"{PERSON}{BE} (?:the |a |an |our |my )?(?:new |former |old |local |branch )?(?:{_U_ANY}) (?:shop )?"
     rf"{_R19_U_ROLE}{E}|{B}as (?:the|a|an|our) (?:new |fellow |former )?(?:{_U_ANY}) (?:shop )?{_R19_U_ROLE}{E}|"
     rf"{PERSON}{BE} (?:an? |the )?{_R19_U_ROLE} (?:with|for|in|of) (?:the |our )?(?:{_UNION_STRICT}{EH}|"
     rf"{_UNION_AMBIG} (?:union|branch|local){E})"),
    ((*t.UNIONS, *t.AMBIGUOUS_UNIONS),
     _label(rf"(?:{_U_ANY}) (?:shop )?(?:{_R19_U_ROLE}|member){E}(?: (?:at|in|for|on) (?:the |a |an )?[a-z0-9'-]+"
            rf"(?: [a-z0-9'-]+){{0,3}}?)?")),
    ((*t.UNIONS, *t.AMBIGUOUS_UNIONS),
     rf"{_fellow(rf'(?:{_U_ANY}) [a-z]+')}{E}|"
     rf"{PERSON}(?:'s|{BE}) (?:a |an )?(?:(?:proper|real|true|old-school|lifelong|die-hard|staunch) ){{0,2}}"
     rf"(?:{_U_ANY}) (?:man|woman|guy|lad|girl|member|family)\b"),
    ((*t.UNIONS, *t.AMBIGUOUS_UNIONS, "card"),
     rf"{B}(?:{_U_ANY}|union) (?:membership )?card(?:'s)? (?:renewed|finally came|came through|arrived|came in the "
     rf"post|is in my)\b|{B}signed (?:my|our|his|her) (?:{_U_ANY}|union) card\b|"
     r"\bunion drive[^.!?]{0,40}\bsigned (?:my|the|our) cards?\b"),
    (("dues", "subs"),
     r"\b(?:payslip|paycheck|pay cheque|wage slip|paystub|pay slip)[^.!?]{0,30}\bunion (?:dues|subs)\b|"
     r"\bunion (?:dues|subs) (?:taken|deducted|came) (?:off|out)\b|"
     rf"{B}dues (?:came|come|taken|deducted) (?:out of|off) (?:my|our) (?:pay|paycheck|wages|payslip)[^.!?]{{0,25}}"
     rf"(?:{_U_ANY})\b"),
    ((*t.UNIONS, *t.AMBIGUOUS_UNIONS),
     rf"{B}(?:we are|i am|we were|i was) out (?:again |on strike )?(?:[a-z]+ ){{0,3}}with (?:the )?(?:{_U_ANY}){EH}|"
     rf"{B}(?:i|we|[a-z]+ (?:nurses|teachers|drivers|staff)) (?:went|walked|came) out with (?:the )?(?:{_U_ANY}){EH}|"
     rf"{B}joined (?:{_UNION_AMBIG}) the (?:day|week|month|year|minute|moment)\b|"
     rf"{B}(?:our|my) (?:{_UNION_STRICT}|{_UNION_AMBIG}) (?:flags?|banners?|placards?|t-shirts?|bibs?)\b|"
     rf"(?:{_U_ANY}) strike (?:kept|left|cost|meant) (?:me|us)\b|{POSS_ALL} branch (?:is|are|was|were|went) out\b"),
    (("branch",),
     rf"{PERSON}{BE}[^.!?]{{0,40}}\bunion(?: of [a-z]+)? branch (?:treasurer|secretary|sec|chair|chairperson|"
     rf"chairman|president|officer)\b|{PERSON}{BE} (?:the )?{_R19_U_ROLE} of (?:the |our |a )?(?:{_U_ANY}) "
     r"(?:branch|local|chapter)\b"),
    (("seit", "solidarnosci"),
     r"\bseit (?:19|20)\d\d (?:in der|bei der) (?:ig metall|verdi|gew|evg|ig bce|igbce|ngg)\b|"
     r"\bw solidarnosci od (?:19|20)\d\d\b"),
]
_R19_WHO = rf"(?:{_PARTY}|{_AMBIG_PARTY}|{_POLITICIAN}|{_SUPPORTABLE})"
POLITICS_RULES += [
    (_POL_ANY_WORDS,
     rf"{PERSON}{BE} (?:the|one of the) (?:only|few) (?:other )?{_R19_WHO} {_POL_ROLE}{E}|"
     rf"{PERSON_S}{AUX} (?:ran|run|runs|running|manned|staffed|helped (?:on|at|with)) (?:the|a|our) "
     rf"(?:{_PARTY}|{_POLITICIAN}) (?:stall|stand|table|booth)\b|"
     rf"{PERSON_S}{AUX} (?:wore|wear|wears|wearing) (?:the |my |our |his |her )?(?:{_PARTY}|{_POLITICIAN}) "
     rf"(?:colours|colors|shirt|t-shirt|cap|hat|scarf|rosette|badge)s?\b|"
     rf"{B}(?:handed|handing|hand|hands|gave|giving) out (?:how-to-vote cards|leaflets|flyers|cards) for (?:the )?"
     rf"{_R19_WHO}{EH}|{B}(?:handed|handing|hand|hands|gave|giving) out (?:{_PARTY}|{_POLITICIAN}) "
     rf"(?:leaflets|flyers|cards|pamphlets)\b"),
    (("party", "membership"),
     r"\b(?:binned|cancelled|canceled|quit|ripped up|tore up|burned|burnt|renewed|resigned|cut up) (?:my|our|his|her) "
     r"party (?:membership|card)\b"),
    ((*t.PARTIES, "first", "meeting"),
     rf"(?:{_R19_START} |{B}(?:my|our) )first (?:{_PARTY}) (?:meeting|branch meeting|conference|rally|social|canvass|"
     rf"action day)\b|{B}(?:my|our) (?:weekly |monthly |local )?(?:{_PARTY}) (?:branch )?meeting\b|"
     rf"{_R19_START} (?:[a-z]+ )?(?:{_PARTY}) (?:youth|women's|womens|ladies) (?:wing|league|branch|section)\b"),
    (_POL_ANY_WORDS,
     rf"{PERSON}{AUX} (?:had|has|have|put|puts|got|keeps|kept) (?:a|an|the|his|her|their|our|my) (?:{_R19_WHO}|"
     r"conservative|labour|liberal|green|tory|reform|trump|harris|biden|ndp) (?:lawn )?(?:sign|placard|poster|banner|"
     r"flag|sticker)s? (?:on|in|up)\b"),
    (("cried", "dropped", "lost", "conceded"),
     rf"{PERSON}{AUX} (?:literally )?cried (?:when|the day) {_POLITICIAN} "
     r"(?:dropped out|lost|conceded|resigned|won)\b"),
    (("vote",), rf"{_R19_START} party vote (?:the )?(?:{_PARTY}|greens|labour|national|act|nz first)\b"),
    (("put", "first", "last"),
     rf"{B}(?:i|we|we both|both|he|she|they|you) (?:always )?(?:put|puts|ranked|ranks) (?:the )?(?:{_R19_WHO}|teals?|"
     r"(?:teal |local )?independent|greens|labor|libs) (?:first|last|number one|no\. ?1|1)\b"),
    (("referendum", "campaigned", "canvassed", "leafleted"),
     rf"{PERSON_S}{AUX} (?:campaigned|canvassed|leafleted|voted) (?:for )?(?:yes|no) in the (?:[a-z]+ ){{0,2}}"
     r"referendum\b"),
    (_POL_ANY_WORDS, rf"{B}(?:{_POLITICIAN}|{_PARTY}) stans?\b"),
    ((*t.POLITICAL_CAUSES,),
     rf"{PERSON_S}{AUX} (?:did|joined|went to|attended|was at|were at|marched (?:at|in|with)) (?:the |a )?(?:{_CAUSE}) "
     r"(?:protest|march|rally|strike|demo|vigil|action|sit-in)s?\b|"
     rf"{PERSON_S}{AUX} (?:signed the petition and )?marched (?:in [a-z]+ )?to (?:scrap|stop|end|save|repeal|ban) "),
]
_R19_WEEKDAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
RELIGION_RULES += [
    (("lent",),
     r"\bgiving up [a-z]+(?: [a-z]+)? for lent\b|\blent (?:is killing me|is hard|is rough|starts (?:wed|tomorrow|on|"
     r"next)[^.!?]{0,30}giving up|rules in (?:our|my) house|day \d+)\b|\bday \d+ of lent\b"),
    (("fasting", "fast", "ramadan", "fasts", "meat"),
     r"\bfasting[^.!?]{0,60}\b(?:maghrib|iftar|suhoor|sehri|ramadan)\b|"
     rf"{B}(?:after |breaking )?(?:a |my |our )?(?:long )?ramadan fast\b|"
     rf"{B}(?:glad|now|since) ramadan(?:'s| is) over so "
     rf"(?:you|we|i)\b|{B}(?:keeps|keep|keeping|kept|observes|observe|observing) (?:the )?(?:orthodox |daniel |"
     rf"ramadan |lenten |navratri )?fast\b|\b40 days (?:no|without) meat\b|"
     rf"{B}fasts? (?:every|on) {_R19_WEEKDAY}s? for\b"),
    (("kumbh", "sukkah"),
     rf"{B}(?:did|doing|going to|went to|at|attended|attending) (?:the )?kumbh(?: mela)?\b|"
     rf"{B}(?:sitting|sat|eating|ate|sleeping|slept|built|building|put up) (?:in )?(?:the|our|my) sukkah\b"),
    (("church", "chapel", "mass", "mosque", "temple", "gurdwara", "shul", "masjid"),
     rf"{_R19_START} (?:church|chapel|mass|mosque|temple|gurdwara|shul|masjid|fire temple)"
     r"(?: twice| once| three times)?"
     rf" (?:on a|every|each) (?:{_R19_WEEKDAY}|sabbath|shabbat|navroz|week|morning)\b|"
     rf"\bfire temple every\b"),
    (("confirmation", "baptised", "baptized", "christened", "confirmed"),
     rf"(?:{_R19_START}|{POSS_ALL}) confirmation (?:was|is) (?:last|this|next|on)\b|"
     rf"{_R19_START} (?:baptised|baptized|christened|confirmed)(?: last| in| at| this| on)\b"),
    (("vows",), rf"{B}(?:took|taken|take|made|making) (?:my|her|his|their) (?:first |final |solemn |simple )?vows\b"),
    (("mission",),
     rf"{B}(?:served|serving|did) (?:my|a|his|her) (?:lds |mormon )?mission (?:for|with) (?:the )?(?:latter-day saints|"
     r"lds|church)\b"),
    ((*t.FAITHS, "membership"), rf"{POSS_ALL} membership (?:of|at|in) (?:the )?(?:{_FAITH}|[a-z]+ church){EH}"),
    ((*t.FAITHS,),
     rf"(?:{_R19_START}|{B}but) (?:reared|raised|brought up) (?:a |as a |as an )?(?:{_FAITH}){EH}|"
     rf"{PERSON}(?:'s|{AUX}) (?:gone|turned|become|became|went) (?:full |all )?(?:{_FAITH}){EH}|"
     rf"(?:{PERSON}|{B}(?:my|our|his|her|your) [a-z]+){BE} (?:{_FAITH}) (?:to the core|through and through|born and "
     r"bred)\b|"
     rf"{_R19_START} (?:{_FAITH}) now(?:,| but| and)|{B}(?:you|ur) (?:{_FAITH}) {_LABEL_NOUN}{E}"),
    (("hijabi", "hijabis"), r"\bhijabi"),
    (("worship", "going", "go", "goes", "went"),
     rf"{PERSON}{AUX} (?:lead|leads|led|leading) (?:the )?worship\b|"
     rf"{PERSON}{AUX} (?:still )?(?:going|go|goes|went) to (?:that|the|your|his|her|our|my) (?:[a-z-]+ ){{0,3}}"
     r"(?:fellowship|bible study|prayer meeting|jummah)\b"),
    (("humanist",), rf"{_R19_START} humanist (?:wedding|ceremony|naming) (?:booked|planned)\b|{POSS_ALL} humanist "
                    r"(?:wedding|ceremony|naming)\b"),
]
_R19_NOT_PERSON = (
    r"(?!(?:language|word|name|dish|song|music|food|art|style|film|design|pattern|print|text|tongue|term|recipe|"
    r"festival|dance|flag|script|spelling|translation|origin|meaning)s?\b)"
)
_R19_ETH = rf"(?:{_ETH_STRICT}{_HYPHEN_OK}|{_ANY_ORIGIN}-{_ANY_ORIGIN}{EH})"
RACE_RULES += [
    (_ORIGIN_WORDS,
     rf"{B}(?:the|my|our|his|her|your) (?:new )?{_R19_NOT_PERSON}[a-z]+(?: [a-z]+)?"
     r"(?: (?:at|on|in|from) (?:the |route )?"
     rf"[a-z0-9]+)?(?: \([^)]{{1,30}}\))? (?:is|was) (?:{_R19_ETH})(?= like| and| apparently| too| so| as well|"
     rf"\s*[,.!?]|$)|{SOMEONE} (?:at|on|in|from) (?:the )?[a-z0-9]+ (?:is|was) (?:{_R19_ETH})(?= like| and| too| so|"
     rf"\s*[,.!?]|$)"),
    (_ORIGIN_WORDS,
     rf"{_R19_START} (?:half|quarter)[- ](?:{_ORIGIN_NOT_WEAK})(?:,? (?:half|quarter)[- ][a-z]+)?(?= and|,|\s*[.!]|$)"),
    (("white", "black", "brown", "coloured", "mixed", "mixed-race"),
     rf"{_LABEL_AT} (?:proud )?(?:white|black|brown|coloured|mixed-race|mixed race) (?:boy|girl|guy|lad|lass|woman|"
     r"man|kid|mum|mom|dad|gal|chick|bloke|fella) from\b"),
    ((*t.ETHNIC_GROUPS, "black", "white", "brown", "asian"),
     rf"{PERSON}{BE} (?:the|one of the) (?:only|few) (?:other )?(?:black|white|brown|asian|{_ETH_STRICT}|"
     rf"{_ORIGIN_NOT_WEAK}) (?:member|person|woman|man|girl|guy|player|family|kid|student|teacher|nurse|worker|one)s?"
     rf"{E}"),
    (t.ETHNIC_GROUPS,
     rf"{B}(?:{_ETH_STRICT})(?:andproud|and proud|princess|queen|king|girl|boy|pride| vibes| pride)\b|"
     rf"{B}(?:your|ur) (?:{_ETH_STRICT}) (?:babe |girl |boy )?self\b|"
     rf"{POSS_ALL} (?:mob|people|clan|tribe|iwi)(?:'s| is| are) (?:{_ETH_STRICT}){EH}"),
    (("rez", "reservation"),
     rf"{B}(?:grew up|raised|born|living|live|lived|growing up) on the (?:rez|res|reservation)\b"),
]
# fmt: on


_CATEGORY_RULES: tuple[tuple[str, list[Rule]], ...] = (
    (RACE, RACE_RULES),
    (POLITICS, POLITICS_RULES),
    (RELIGION, RELIGION_RULES),
    (HEALTH, HEALTH_RULES),
    (CRIME, CRIME_RULES),
    (UNION, UNION_RULES),
)
# (category, gate keys, [pattern]) in CATEGORIES order.


class _LazyPattern:
    """A rule's regular expression, compiled on first use: compiling all of them takes seconds, which
    every process that imports the screen (workers, the scheduler, the CLI) would otherwise pay at
    start. ``warm_up`` compiles them ahead in the web process. Two threads may both compile a pattern
    the first time; they get equal patterns."""

    __slots__ = ("_compiled", "pattern")

    def __init__(self, pattern: str) -> None:
        self.pattern = pattern
        self._compiled: re.Pattern[str] | None = None

    def compiled(self) -> re.Pattern[str]:
        if self._compiled is None:
            self._compiled = re.compile(self.pattern)
        return self._compiled

    def search(self, text: str) -> re.Match[str] | None:
        return self.compiled().search(text)


_Gated = tuple[frozenset[str], _LazyPattern]
_COMPILED: tuple[tuple[str, frozenset[str], tuple[_Gated, ...]], ...] = tuple(
    (
        category,
        frozenset(key for words, _ in rules for word in words for key in _gate_keys(word)),
        tuple(
            (frozenset(key for word in words for key in _gate_keys(word)), _LazyPattern(pattern))
            for words, pattern in rules
        ),
    )
    for category, rules in _CATEGORY_RULES
)


# Every word the rules or the word lists mention: such a word is never taken for a first name.
_KNOWN_WORDS = frozenset(
    re.findall(
        r"[a-z]+",
        " ".join(
            [
                *(pattern for _, rules in _CATEGORY_RULES for _, pattern in rules),
                *(w for name in dir(t) if name.isupper() for w in getattr(t, name)),
                _AUX_WORDS,
                _BE_WORDS,
                "the a an this that these those there here it its i my our your his her their we you they",
                "he she who what when where why how hi hello hey dear thanks thank please yes no ok",
                "somebody someone everybody everyone anybody anyone nobody",
            ]
        ),
    )
) - frozenset(  # the first names of politicians ("ron paul", "rachel reeves") are still names
    word
    for name in t.POLITICIANS
    if " " in name
    for word in re.findall(r"[a-z]+", name)
    if word not in {"the", "feel", "may", "jr", "de", "le", "pen", "prime", "minister", "president"}
    and not any(word in getattr(t, other) for other in dir(t) if other.isupper() and other != "POLITICIANS")
    and word not in t.POLITICIANS
)


def _first_hit(tagged: str, keys: frozenset[str] | None) -> tuple[int, int, str] | None:
    """(start, end, category) of the earliest rule match in a tagged text, or None.

    With the word keys of the text, only the categories and rules whose trigger words occur are
    tried; with None, every rule runs (the reference the gates are tested against).
    """
    best: tuple[int, int, int, int, str] | None = None
    for rank, (category, gate, rules) in enumerate(_COMPILED):
        if keys is not None and gate.isdisjoint(keys):
            continue
        for order, (rule_gate, pattern) in enumerate(rules):
            if keys is not None and rule_gate.isdisjoint(keys):
                continue
            match = pattern.search(tagged)
            if match is not None and (best is None or (match.start(), rank, order) < best[:3]):
                best = (match.start(), rank, order, match.end(), category)
    if best is None:
        return None
    return best[0], best[3], best[4]


# --- form fields -----------------------------------------------------------------------------

_FIELD_RULES: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (category, re.compile(pattern))
    for category, pattern in (
        (
            RACE,
            r"\b(?:ethnic\w*|racial\w*|(?<!human )race(?! (?:to|for|category|distance|time|number|"
            r"entry|bib|day|name|results?|track|car|course|pace|against|series|event|date))"
            r"(?!(?: [a-z]+){0,3} (?:entering|running|doing|joining|competing|signing|enter|run|join))|"
            r"skin (?:colou?r|tone)|ancestry|ancestral|descent|tribe|tribal|caste|bame|bme|"
            r"minority (?:status|group)|heritage(?! (?:site|listing|listed|building|society|trail|status))|"
            rf"are you (?:a |an )?(?:{_ETH_STRICT}|black|white|brown|asian))\b",
        ),
        (
            POLITICS,
            r"\b(?:politic\w*|party (?:affiliation|membership|member|preference|support|registration|"
            r"allegiance|identification)|(?:which|what) (?:political )?party|voting (?:intention|"
            r"preference|history|record|behaviou?r)|who (?:did|do|will|would) you vote|how (?:did|do|"
            r"will|would) you vote|did you vote|ideolog\w*|left or right|(?:conservative|liberal|labour|"
            r"democrat|republican) or (?:conservative|liberal|labour|democrat|republican)|"
            rf"(?:are you|do you support) (?:a |an |the )?(?:{_PARTY}|{_POLITICIAN}|{_IDEO_STRICT}))\b",
        ),
        (
            RELIGION,
            r"\b(?:religio\w*|faith(?! in)|beliefs?(?! (?:about|that|on|regarding|in (?!god)))|"
            r"denomination\w*|church\w*|mosque|synagogue|temple|gurdwara|worship\w*|atheis\w*|"
            r"agnostic\w*|spiritual\w*|pray\w*|god|"
            rf"(?:are you|do you practi[cs]e) (?:a |an )?{_FAITH})\b",
        ),
        (
            HEALTH,
            r"\b(?:health(?! and safety)|medical\w*|medication\w*|medicines?|illness\w*|sickness|"
            r"disabilit\w*|disabled|diagnos\w*|(?:pre ?existing|chronic|underlying|long ?term|medical|"
            r"health|any) (?:medical )?conditions?|do you (?:have|suffer)(?: from)? (?:a |an |any )?"
            r"(?:illness|disease|disability|condition|allerg\w*)|suffer from|pregnan\w*|allerg\w*|"
            r"mental|therap\w*|doctor|gp|nhs (?:number|no)|blood (?:type|group|pressure)|vaccin\w*|"
            r"covid|smok(?:er|ing)|alcohol|bmi|wheelchair|mobility (?:aids?|needs|issues)|hearing "
            r"(?:aids?|loss|impair\w*)|visual(?:ly)? impair\w*|hiv|sexual health|fertility|dyslex\w*|"
            r"autis\w*|adhd|asthma|diabet\w*|cancer|disease\w*|injur(?:y|ies)|hospital\w*|surgery|"
            rf"{_alt(t.CONDITIONS, exclude=('ms', 'surgery', 'a condition', 'cold'))})\b",
        ),
        (
            CRIME,
            r"\b(?:criminal|crimes?|convict\w*|arrest\w*|offen[cs]es?|offenders?|felon\w*|"
            r"misdemeano\w*|prison\w*|jail\w*|incarcerat\w*|parole|probation(?!ary)(?! period)|dbs|"
            r"background check|police (?:record|check|clearance|caution)|in trouble with the police|"
            r"(?:ever )?been (?:charged|cautioned|sentenced)|sentenced|court conviction)\b",
        ),
        (
            UNION,
            r"\b(?:(?:trade|labou?r|workers?'?s?) unions?|unions?|unioni[sz]ed|shop steward|"
            rf"teamsters?|{_UNION_STRICT})\b",
        ),
    )
)


def _field_text(label: str) -> str:
    """A field label or name as plain words: "ethnicOrigin" / "ethnic_origin" -> " ethnic origin"."""
    spaced = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", " ", label)
    return _normalise(re.sub(r"[_\-./]+", " ", spaced))[0]


# --- public API ----------------------------------------------------------------------------


def screen_text(text: str) -> ScreenHit | None:
    """Return the first sensitive personal disclosure in a free text, or None."""
    if not text or not text.strip():
        return None
    return _rule_hit(text) or _model_hit(text)


_WARM = threading.Event()


def warm_up() -> None:
    """Compile the rules and load the learned head and its embedding model now (e.g. in a thread at
    start-up), not on first use. Compiling takes seconds of CPU; :func:`is_warm` tells when it is done."""
    from heliograph.policy import _learned

    for _, _, rules in _COMPILED:
        for _, pattern in rules:
            pattern.compiled()
    _learned.warm_up()
    _WARM.set()


def is_warm() -> bool:
    """Whether :func:`warm_up` has finished in this process (the web process's readiness)."""
    return _WARM.is_set()


_PETS = re.compile(
    r"(?<!guide )(?<!assistance )(?<!service )(?<!hearing )(?<!therapy )"
    r"\b(?:dogs?|cats?|pupp(?:y|ies)|pup|kittens?|labrador|horses?|pony|rabbits?|bunny|hamsters?|budgies?|parrots?|"
    r"guinea pigs?|ferrets?|tortoise|vet|pies|psa|kot|perr[oa]|gat[oa]|gatto|hund|katze|chien|hond|kat|aso|pusa|kucing|"
    r"anjing|kedi|kopek|dackel|mops|kater|kotek|piesek|kucingku|anjingku|kucingnya|anjingnya|kedim|kopegim|gatinho|"
    r"cachorro|perrito|gatito|hondje|poes|collie|spaniel|terrier|retriever|poodle|beagle|whippet|greyhound|dachshund|"
    r"husky|alsatian|pug|corgi|westie|cockapoo|cavapoo|staffie|lurcher|labradoodle|sheepdog)\b"
)
_PET_TITLES = frozenset({"mr", "mrs", "miss", "ms", "sir", "lady", "lord", "little", "old", "big", "princess"})
_OWNED_PET = re.compile(
    r"\b(?:my|our|your|his|her|their|unser|unsere|unseren|mein|meine|meinen|dein|deine|mi|mis|tu|nuestro|nuestra|"
    rf"meu|minha|nosso|nossa|mio|mia|il mio|la mia|mijn|onze|moj|moja|nasz|nasza|mon|ma|notre) (?:{_PETS.pattern})"
)


_PLAY = re.compile(
    r"\b(?:monopoly|gta|grand theft auto|among us|minecraft|fortnite|the sims|cluedo|mafia|werewolf|murder mystery|"
    r"board ?game|video ?game|card game|call of duty|red dead|roblox|escape room|party game|halloween|costume|"
    r"fancy dress|dressed (?:up )?as|in the game|in game|role ?play(?:ing)?|dungeons|monopoli|teleserye|telenovela|"
    r"tv series|netflix|documentary|the archers|eastenders|coronation street|corrie|emmerdale|hollyoaks|home and away|"
    r"soap opera|the soaps)\b"
)
_SUPPOSING = re.compile(  # a question about someone supposed, not someone known
    r" ?\u00bf?(?:hypothetically\b|(?:and |but |so )?what if\b|(?:si alguien|se alguem|se algu[eé]m|si quelqu'un|"
    r"wenn jemand|als iemand|se qualcuno|jesli ktos|eger biri|kalau ada (?:yang|orang)|kung may)\b|"
    r"(?:just wondering|out of curiosity),? (?:what )?if\b|"
    r"(?:and |but |so )?if (?:someone|somebody|anyone|anybody|a person|people|one|an entrant|a winner|an applicant|"
    r"a player|the winner|a friend)\b)"
)
_NEWS = re.compile(  # a sentence that reports the news about others: "Saw on the news that X was arrested"
    r"\b(?:(?:(?:i|we) (?:just |have |had )?)?(?:saw|read|heard|seen|watched) (?:it )?(?:on|in) the "
    r"(?:news|paper|papers)|according to (?:the )?"
    r"(?:news|reports|papers|bbc|cnn|guardian)|(?:was|is|were) in the news|in (?:the|my|a) (?:novel|book|story|film|"
    r"movie|script|play) (?:i am|i'm|i was|we are) (?:writing|reading|watching)|the (?:main )?character|"
    r"(?:reading|watching|writing) an? (?:thriller|novel|book|film|movie|series|show|drama|story) where)\b"
)
_MINE = re.compile(r"\b(?:my|our|mine|me|i|we|us)\b")
_FIRST_PERSON = frozenset({"i", "my", "we", "our", "me", "us", TAG, f"{TAG}'s"})  # a tag is a relative or friend


# A form answer pasted into a free text: "Medical conditions: asthma", "Trade union: GMB, branch secretary".
_ANSWERED_FIELD = re.compile(
    r"(?:^|[.;:!?\n] ?| - ) ?((?:your |any |current )?(?:race|ethnicity|ethnic (?:origin|group|background)|"
    r"race ?(?:/|&|and) ?ethnicity|"
    r"religion|faith|religious (?:affiliation|beliefs?|denomination)|denomination|political (?:party|affiliation|views|"
    r"leaning)|party (?:affiliation|membership)|trade union(?: membership)?|union(?: membership| member)?|"
    r"medical (?:conditions?|history)|health(?: conditions?| issues| problems)?|disabilit(?:y|ies)|medications?|"
    r"diagnosis|criminal (?:record|convictions?|history|background)|convictions?|pregnan(?:t|cy)|"
    r"(?:medical|health) needs))"
    r"(?: \((?:optional|if any|if applicable)\))?(?: ?: ?| - )([^.;\n]{1,80})"
)
_NO_ANSWER = re.compile(
    r" ?(?:none|n/?a|no|nope|nil|nothing|clean|never|zero|0|not|i do not|do not|prefer not to say|rather not say|"
    r"not applicable|not telling|no thanks|good|fine|great|excellent|ok|okay|normal|perfect|average|"
    r"ninguna?|keine|aucune?|geen|nessuna?|brak|yok|tidak ada|wala|-+|/|\?)(?:[ ,.!]|$)"
)


def _field_answer(normalised: str) -> ScreenHit | None:
    """A sensitive form field answered in the text, unless the answer is a refusal ("Religion: none")."""
    for match in _ANSWERED_FIELD.finditer(normalised):
        label, answer = match.groups()
        category = sensitive_field_label(label)
        if category is not None and answer.strip() and not _NO_ANSWER.match(answer):
            return ScreenHit(category=category, evidence=f"{label}: {answer.strip()}")
    return None


def _rule_hit(text: str) -> ScreenHit | None:
    """The earliest disclosure the rules find, with the phrase that showed it."""
    normalised, keys = _normalise(text)
    tagged, spans = _tag_people(normalised, _names(text))
    found = _first_hit(tagged, keys)
    for _ in range(3):  # a pet's illness, a game, a question "what if": read on past that sentence
        if found is None:
            break
        low = max(tagged.rfind(c, 0, found[0]) for c in ".!?") + 1
        high = min((i for i in (tagged.find(c, found[1]) for c in ".!?") if i >= 0), default=len(tagged))
        sentence = tagged[low:high]
        if (
            (found[2] == CRIME and _PLAY.search(sentence))
            or (tagged[high : high + 1] == "?" and _SUPPOSING.match(sentence))
            or (_NEWS.search(sentence) and not _MINE.search(_NEWS.sub(" ", sentence)))
        ):  # "in Monopoly I always end up in jail", "Hypothetically, if someone had a record, could they ...?",
            # "Saw on the news that <public figure> was arrested"
            tagged = tagged[:low] + " " * (high - low) + tagged[high:]
            found = _first_hit(tagged, keys)
            continue
        if found[2] != HEALTH:
            break
        start, _ = _original_span(found[0], found[1], spans)
        subject, before = normalised[start:].split(), normalised[:start].split()
        named_pet = (subject and _PETS.fullmatch(subject[0])) or (
            tagged[found[0] :].split()[0] == TAG
            and before
            and (
                _PETS.fullmatch(before[-1])
                or (len(before) > 1 and before[-1] in _PET_TITLES and _PETS.fullmatch(before[-2]))
            )
        )  # "our Labrador had hip surgery", "our dog Biscuit has diabetes", "my cat Mr Biggs has ..."
        earlier_pet = _PETS.search(tagged, low, found[0]) and tagged[found[0] :].split()[0] not in _FIRST_PERSON
        owned_pet = _OWNED_PET.search(tagged, found[0], found[1])  # "hope your dog's leg heals after the op"
        if not (named_pet or earlier_pet or owned_pet):
            break  # "our dog Biscuit has diabetes" is passed; "walking the dog helps my PTSD" is not
        tagged = tagged[:low] + " " * (high - low) + tagged[high:]
        found = _first_hit(tagged, keys)
    if found is None:
        return _field_answer(normalised) if ":" in normalised else None
    start, end = _original_span(found[0], found[1], spans)
    evidence = normalised[start:end].strip().replace("_", " ")
    return ScreenHit(category=found[2], evidence=evidence)


MODEL_MIN_WORDS = 3  # shorter texts (names, one-word answers) are left to the rules
# The head's sentence model reads English only; on other languages its guesses are noise, so they
# are left to the rules (which read eleven languages). English is told by its common short words.
_ENGLISH_WORDS = frozenset(
    # not "i", "a", "to", "in", "on", "am", "was", "will", "so", "no", "do", "me", "an", "also", "die", "man":
    # they are everyday words of Polish, Italian, German, Dutch or Spanish too
    """the and is my you your of for it that with we this be are were have has had but not just all they he she
    his her him them us their its from as by been can did got get very who when what after before about up out
    yes or if because would could since like dad mum mom wife husband son daughter kids kid friend mate sister
    brother mother father family proud member years year now still here there one two every into over back hope
    good new more than then really being off only too much many how why where which should ive im youre theyre
    hes shes dont cant our""".split()
)
_ENGLISH_SHARE = 0.08
_WORD_RE = re.compile(r"[a-z]+(?:'[a-z]+)?")


def head_reads(text: str) -> bool:
    """Whether the learned head reads this text: three words or more, and English."""
    folded = (
        text
        if text.isascii()
        else "".join(
            c
            for c in unicodedata.normalize("NFKD", unicodedata.normalize("NFKC", text).translate(_PUNCT))
            if not unicodedata.combining(c)
        )
    )
    words = [w.replace("'", "") for w in _WORD_RE.findall(folded.lower())]
    if len(words) < MODEL_MIN_WORDS:
        return False
    known = sum(w in _ENGLISH_WORDS for w in words)
    return known >= 1 and known >= _ENGLISH_SHARE * len(words)


# The words that name a category, which the harmless phrases above may hold ("credit union", "party wall").
_CATEGORY_WORDS: dict[str, frozenset[str]] = {
    UNION: frozenset({"union", "unions"}),
    POLITICS: frozenset({"party", "labour", "labor", "green"}),
    CRIME: frozenset({"record", "prison", "jail", "bail", "guilty", "dilemma"}),
    RELIGION: frozenset({"bishop", "abbot", "friar", "monk", "nun", "pope", "cardinal", "gereja", "masjid"}),
    HEALTH: frozenset({"anxiety", "krank", "ziek", "doente", "sakit"}),
}
_MASKED = re.compile(r"\S*_\S*")


def _only_in_harmless_phrases(text: str, words: frozenset[str]) -> bool:
    """Whether the text names the category only inside harmless phrases: they occur, but none outside."""
    normalised, _ = _normalise(text)
    if "_" not in normalised:
        return False
    masked = set(_MASKED.findall(normalised))
    inside = {w for phrase in masked for w in phrase.replace("_", " ").split()}
    outside = set(_TOKEN.findall(_MASKED.sub(" ", normalised)))
    return not words.isdisjoint(inside) and words.isdisjoint(outside)


def _model_hit(text: str) -> ScreenHit | None:
    """What the learned head finds when the rules found nothing; evidence reads "model:<category>:<probability>"."""
    return model_hits([text])[0]


def model_hits(texts: Sequence[str]) -> list[ScreenHit | None]:
    """:func:`_model_hit` for many texts, with one pass of the head's sentence model over all of them (what the
    corpus measurements use: the same verdicts, several times faster than one text at a time)."""
    from heliograph.policy import _learned  # numpy and the model load on first use, not at import

    read = [i for i, text in enumerate(texts) if head_reads(text)]
    out: list[ScreenHit | None] = [None] * len(texts)
    for i, found in zip(read, _learned.classify_many([texts[i] for i in read]), strict=True):
        out[i] = _head_verdict(texts[i], found)
    return out


def _head_verdict(text: str, found: tuple[str, float] | None) -> ScreenHit | None:
    """The head's finding as a hit, unless the text is a game, a pet's illness or a harmless phrase."""
    if found is None:
        return None
    category, probability = found
    lowered = text.lower()
    if category == CRIME and _PLAY.search(lowered):  # "my friend played impostor in Among Us, criminal"
        return None
    if category == HEALTH and _OWNED_PET.search(lowered):  # "My dog Bessie had her cruciate op": the rules read people
        return None
    if _only_in_harmless_phrases(text, _CATEGORY_WORDS.get(category, frozenset())):
        return None  # "The co-op AGM is at the Union Street hall": the head read "union" in a street name
    return ScreenHit(category=category, evidence=f"model:{category}:{probability:.2f}")


def screen_fields(fields: Mapping[str, str | None]) -> tuple[str, ScreenHit] | None:
    """Screen several named free-text fields; return (field name, hit) for the first hit."""
    for name, value in fields.items():
        if value is None:
            continue
        hit = screen_text(value)
        if hit is not None:
            return name, hit
    return None


def sensitive_field_label(label: str) -> str | None:
    """Return the sensitive category a custom form field asks for, judged by its label or name."""
    if not label or not label.strip():
        return None
    text = _field_text(label)
    best: tuple[int, int, str] | None = None
    for rank, (category, pattern) in enumerate(_FIELD_RULES):
        match = pattern.search(text)
        if match is not None and (best is None or (match.start(), rank) < best[:2]):
            best = (match.start(), rank, category)
    return None if best is None else best[2]
