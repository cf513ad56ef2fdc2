"""The verifiable draw as pure functions: anyone with the published record can recompute the winners.

Algorithm ``heliograph-draw-v1`` (docs/draws.md says the same in prose):

1. **Commitment.** When a sweepstakes is published, 32 random bytes are drawn as the seed and
   kept secret; the commitment published at once is the SHA-256 of those 32 bytes (hex).
2. **Entry list.** At the draw, the valid entries are frozen into a text: one line per entry,
   ``<receipt code> <holder>\\n``, sorted by receipt code. The receipt code is the random code
   each entrant got in their confirmation mail; the holder is an opaque 16-hex-digit tag that
   is the same for all entries of one person in this promotion and says nothing else about
   them. A bonus entry earned by a referral is a line of its own.
3. **Digest.** ``entries_digest`` is the SHA-256 (hex) of that text, UTF-8 encoded. It is
   published together with the seed.
4. **Random numbers.** Block n (n = 0, 1, 2, ...) is HMAC-SHA256 with the seed bytes as key and
   ``"<entries_digest>:<n>"`` as message, read as a 256-bit big-endian integer. A number below
   m is the first block below the largest multiple of m that fits in 256 bits, modulo m (blocks
   at or above it are skipped), so every value is equally likely.
5. **Seats.** Seats are filled in order: the first ``winners`` seats are the winners (places 1,
   2, ...), the next ``alternates`` seats are the alternates, in the order they replace winners.
   For each seat a line is chosen uniformly among all lines (a number below the line count,
   counting from 0); a line whose holder already has a seat is skipped and another number is
   drawn. So each person holds at most one seat, and a person's chance grows with their entries.
   The draw stops early when every holder has a seat.
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Iterator, Sequence

import msgspec

ALGORITHM = "heliograph-draw-v1"
SEED_BYTES = 32
_BLOCK_BITS = 256


class Line(msgspec.Struct, frozen=True):
    """One line of the frozen entry list."""

    receipt: str
    holder: str


class Seat(msgspec.Struct, frozen=True):
    """A seat of the draw: the seat number (from 1), winner or alternate, and the line that holds it."""

    seat: int
    role: str  # "winner" or "alternate"
    receipt: str
    holder: str


def commitment(seed_hex: str) -> str:
    """The published commitment to a seed: SHA-256 of its bytes, hex."""
    return hashlib.sha256(bytes.fromhex(seed_hex)).hexdigest()


def entry_list(lines: Sequence[Line]) -> str:
    """The frozen entry list text: ``receipt holder`` lines sorted by receipt, each ending in a newline."""
    return "".join(f"{line.receipt} {line.holder}\n" for line in sorted(lines, key=lambda line: line.receipt))


def parse_entry_list(text: str) -> list[Line]:
    """The lines of a published entry list (ValueError if it is not one)."""
    if text and not text.endswith("\n"):
        raise ValueError("the last line does not end with a newline")
    lines = []
    for number, raw in enumerate(text.split("\n")[:-1], start=1):
        parts = raw.split(" ")
        if len(parts) != 2 or not all(parts):
            raise ValueError(f"line {number} is not '<receipt> <holder>'")
        lines.append(Line(receipt=parts[0], holder=parts[1]))
    if [line.receipt for line in lines] != sorted(line.receipt for line in lines):
        raise ValueError("the lines are not sorted by receipt")
    return lines


def digest(text: str) -> str:
    """The entries digest: SHA-256 of the entry list text, hex."""
    return hashlib.sha256(text.encode()).hexdigest()


def _blocks(seed_hex: str, entries_digest: str) -> Iterator[int]:
    key = bytes.fromhex(seed_hex)
    n = 0
    while True:
        mac = hmac.new(key, f"{entries_digest}:{n}".encode(), hashlib.sha256).digest()
        yield int.from_bytes(mac, "big")
        n += 1


def _below(blocks: Iterator[int], m: int) -> int:
    """A uniform number in [0, m) from the block stream (rejection sampling)."""
    limit = (1 << _BLOCK_BITS) - (1 << _BLOCK_BITS) % m
    for block in blocks:
        if block < limit:
            return block % m
    raise AssertionError("unreachable: the block stream is endless")


def draw(seed_hex: str, text: str, winners: int, alternates: int) -> list[Seat]:
    """The seats (winners first, then alternates) that follow from the seed and the entry list text."""
    lines = parse_entry_list(text)
    holders = {line.holder for line in lines}
    seats: list[Seat] = []
    seated: set[str] = set()
    blocks = _blocks(seed_hex, digest(text))
    wanted = min(winners + alternates, len(holders))
    while len(seats) < wanted:
        line = lines[_below(blocks, len(lines))]
        if line.holder in seated:
            continue
        seated.add(line.holder)
        role = "winner" if len(seats) < winners else "alternate"
        seats.append(Seat(seat=len(seats) + 1, role=role, receipt=line.receipt, holder=line.holder))
    return seats


def verify(
    *, commitment_hex: str, seed_hex: str, entries_digest: str, text: str, winners: int, alternates: int
) -> list[str]:
    """The receipts of the seats in order, once the commitment and the digest check out (else ValueError)."""
    if commitment(seed_hex) != commitment_hex:
        raise ValueError("the seed does not match the commitment")
    if digest(text) != entries_digest:
        raise ValueError("the entry list does not match the digest")
    return [seat.receipt for seat in draw(seed_hex, text, winners, alternates)]
