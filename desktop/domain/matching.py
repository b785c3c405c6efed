"""One person, one record: when two directory entries are (likely) the same person.

The one rule every caller shares — importing a list, typing a name in the decision editor,
loading a package, and the duplicate scan of the directory:

- **Same person** (matched automatically on import and typing): the folded name agrees
  (``domain.text.fold``: case, diacritics, đ/d, "Hoà"/"Hòa", stray spaces) and the folded unit
  agrees; with no unit given, a name only one stored person has; with a birth year known on
  both sides, it must agree (two "Nguyễn Văn An" born 1975 and 1990 are two people).
- **Likely the same person** (listed by the duplicate scan for a human to merge): same folded
  name and unit; same folded name and birth year where both are known; or folded names one
  edit apart (a letter added, dropped, changed or two neighbours swapped: "Nguyễn Thị Hằng" /
  "Nguyễn Thi Hằngg") at the same unit.
- **Likely the same collective**: the same folded name (left by a rename or an old release),
  or folded names one edit apart, unless the edit is a digit or a one-letter word: "Chi bộ 1" /
  "Chi bộ 2" and "Tổ A" / "Tổ B" are two collectives.

The scan groups by unit and finds names one edit apart through their deletion neighbourhoods
(each name and the name with one letter dropped): two names one edit apart always share one,
so a unit of thousands costs thousands of dictionary look-ups, not millions of comparisons.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Literal

from desktop.domain.text import fold

__all__ = [
    "DuplicatePair",
    "DuplicateReason",
    "PersonFacts",
    "duplicate_reason",
    "find_collective_duplicates",
    "find_duplicates",
    "match_key",
    "pick_person",
    "same_name",
    "within_one_edit",
]

DuplicateReason = Literal[
    "same_name_unit",
    "same_name_birth_year",
    "similar_name_unit",
    "same_collective_name",
    "similar_collective_name",
]

REASON_TEXT: dict[DuplicateReason, str] = {
    "same_name_unit": "cùng họ tên và đơn vị",
    "same_name_birth_year": "cùng họ tên và năm sinh",
    "similar_name_unit": "họ tên gần giống, cùng đơn vị",
    "same_collective_name": "tập thể cùng tên",
    "similar_collective_name": "tập thể tên gần giống",
}
"""Why a pair is listed, in the words the CLI and the window show."""

PROGRESS_EVERY = 20_000
"""People handled between two progress reports of the scan."""


@dataclass(frozen=True, slots=True)
class PersonFacts:
    """What the rule looks at: the folded name and unit, and the birth year when known."""

    id: str
    name_fold: str
    unit_fold: str = ""
    birth_year: int | None = None

    @classmethod
    def of(cls, id: str, name: str, unit: str = "", birth_year: int | None = None) -> PersonFacts:
        """Facts of a person as typed (folds the name and unit)."""
        return cls(id, match_key(name), fold(unit), birth_year)


@dataclass(frozen=True, slots=True)
class DuplicatePair:
    """Two directory records that are likely one person, and why."""

    first_id: str
    second_id: str
    reason: DuplicateReason

    @property
    def reason_text(self) -> str:
        """The reason in Vietnamese."""
        return REASON_TEXT[self.reason]


def match_key(name: str) -> str:
    """The key two names are compared by: folded (case, diacritics, đ/d, "Hoà"/"Hòa", stray
    spaces ignored). A collective is the same collective when its key agrees."""
    return fold(name)


def same_name(a: str, b: str) -> bool:
    """True when ``a`` and ``b`` are one name as the matching rule reads them."""
    return match_key(a) == match_key(b)


def _years_differ(a: int | None, b: int | None) -> bool:
    return a is not None and b is not None and a != b


def pick_person(candidates: Sequence[PersonFacts], incoming: PersonFacts) -> PersonFacts | None:
    """The stored person ``incoming`` is, among ``candidates`` of the same folded name, or None.

    Same unit (or, with no unit, the only candidate); a birth year known on both sides must
    agree; with a unit given that no candidate has, the same known birth year still matches.
    """
    same_name = [
        c
        for c in candidates
        if c.name_fold == incoming.name_fold
        and not _years_differ(c.birth_year, incoming.birth_year)
    ]
    if incoming.unit_fold:
        for candidate in same_name:
            if candidate.unit_fold == incoming.unit_fold:
                return candidate
        if incoming.birth_year is not None:
            for candidate in same_name:
                if candidate.birth_year == incoming.birth_year:
                    return candidate
        return None
    return same_name[0] if len(same_name) == 1 else None


def within_one_edit(a: str, b: str) -> bool:
    """True when ``a`` and ``b`` differ by at most one letter added, dropped, changed or
    two neighbouring letters swapped (optimal string alignment distance ≤ 1)."""
    if a == b:
        return True
    la, lb = len(a), len(b)
    if abs(la - lb) > 1:
        return False
    if la > lb:
        a, b, la, lb = b, a, lb, la
    start = 0
    while start < la and a[start] == b[start]:
        start += 1
    if la == lb:
        if a[start + 1 :] == b[start + 1 :]:
            return True  # one letter changed
        return (
            start + 1 < la
            and a[start] == b[start + 1]
            and a[start + 1] == b[start]
            and a[start + 2 :] == b[start + 2 :]
        )  # two neighbours swapped
    return a[start:] == b[start + 1 :]  # one letter added to a


def duplicate_reason(a: PersonFacts, b: PersonFacts) -> DuplicateReason | None:
    """Why ``a`` and ``b`` are likely one person, or None when they are not."""
    if _years_differ(a.birth_year, b.birth_year):
        return None
    if a.name_fold == b.name_fold:
        if a.unit_fold == b.unit_fold:
            return "same_name_unit"
        if a.birth_year is not None and a.birth_year == b.birth_year:
            return "same_name_birth_year"
        return None
    if a.unit_fold == b.unit_fold and within_one_edit(a.name_fold, b.name_fold):
        return "similar_name_unit"
    return None


def find_duplicates(
    people: Iterable[PersonFacts],
    progress: Callable[[int, int], None] | None = None,
    total: int = 0,
) -> list[DuplicatePair]:
    """Every pair of ``people`` the rule calls likely duplicates, each pair once.

    People are taken unit by unit (names one edit apart through their deletion
    neighbourhoods, so memory holds one unit's index at a time), then namesakes with the same
    known birth year at different units. ``progress(done, total)`` is called every
    ``PROGRESS_EVERY`` people; it may raise to stop the scan (the window's Cancel). Within a
    pair, ``first_id`` is the one met first.
    """
    units: dict[str, list[PersonFacts]] = defaultdict(list)
    namesakes: dict[tuple[str, int], list[PersonFacts]] = defaultdict(list)
    for person in people:
        units[person.unit_fold].append(person)
        if person.birth_year is not None:
            namesakes[(person.name_fold, person.birth_year)].append(person)
    pairs: list[DuplicatePair] = []
    done = 0
    for members in units.values():
        if len(members) == 1:
            done += 1
            if progress is not None and done % PROGRESS_EVERY == 0:
                progress(done, total)
            continue
        index: dict[str, list[int]] = {}
        find = index.get
        for i, person in enumerate(members):
            name = person.name_fold
            met: set[int] = set()
            for variant in [name, *[name[:k] + name[k + 1 :] for k in range(len(name))]]:
                hits = find(variant)
                if hits is None:
                    index[variant] = [i]
                else:
                    met.update(hits)
                    hits.append(i)
            if met:
                met.discard(i)  # a doubled letter gives one variant twice
                for j in sorted(met):
                    reason = duplicate_reason(members[j], person)
                    if reason is not None:
                        pairs.append(DuplicatePair(members[j].id, person.id, reason))
            done += 1
            if progress is not None and done % PROGRESS_EVERY == 0:
                progress(done, total)
    for group in namesakes.values():
        for a_index, a in enumerate(group):
            for b in group[a_index + 1 :]:
                if a.unit_fold != b.unit_fold:  # the same unit was paired above
                    pairs.append(DuplicatePair(a.id, b.id, "same_name_birth_year"))
    if progress is not None:
        progress(done, total or done)
    return pairs


def find_collective_duplicates(
    collectives: Iterable[tuple[str, str]],
) -> list[DuplicatePair]:
    """Every pair of ``collectives`` (id, folded name) likely to be one collective, each pair
    once: the person scan with every collective at one unit, then the edits that name another
    collective (a digit, a one-letter word) left out."""
    facts = [PersonFacts(record_id, name_fold) for record_id, name_fold in collectives]
    names = {f.id: f.name_fold for f in facts}
    pairs: list[DuplicatePair] = []
    for pair in find_duplicates(facts):
        first, second = names[pair.first_id], names[pair.second_id]
        if first == second:
            pairs.append(DuplicatePair(pair.first_id, pair.second_id, "same_collective_name"))
        elif not _edit_names_another(first, second):
            pairs.append(DuplicatePair(pair.first_id, pair.second_id, "similar_collective_name"))
    return pairs


def _edit_names_another(a: str, b: str) -> bool:
    """True when the one edit between ``a`` and ``b`` touches a digit or a one-letter word
    ("chi bo 1" / "chi bo 2", "to a" / "to b"): numbered and lettered units are different."""
    start = 0
    while start < min(len(a), len(b)) and a[start] == b[start]:
        start += 1
    for text in (a, b):
        for at in (start, start + 1):
            if at >= len(text) or text[at] == " ":
                continue
            alone = (at == 0 or text[at - 1] == " ") and (
                at + 1 == len(text) or text[at + 1] == " "
            )
            if text[at].isdigit() or alone:
                return True
            break  # only the first letter the edit touches (or the swapped pair) counts
    return False
