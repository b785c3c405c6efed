"""Who gives an award and who signs for it: the issuing authority as data.

One model feeds every document: the certificate heading, the decision's "… QUYẾT ĐỊNH:", the
list's "(Kèm theo Quyết định số … của …)" and every signature block.

Rules and their sources (docs/documents.md lists them with what is configurable):

- NĐ 30/2020 Phụ lục I, ô 7a: the signer's authority is written "TM.", "Q.", "KT.", "TL.",
  "TUQ." + the title, in upper case ("TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH", "KT. BỘ TRƯỞNG / THỨ
  TRƯỞNG"). The prefix line names the head (KT., Q., TL., TUQ.) or the collective (TM.), and
  the signer's own title follows on its own line.
- Party practice (HD 36-HD/VPTW as quoted, [PRACTICE]): "T/M", "K/T", "T/L" with a slash
  ("T/M BAN THƯỜNG VỤ / BÍ THƯ"); a deputy signing for the collective writes "T/M BAN THƯỜNG
  VỤ / PHÓ BÍ THƯ" (no K/T line).
- NĐ 30 Mẫu 1.2 and the award designs (NĐ 50/2006 Điều 28, line 3: "Bộ trưởng …, Chủ tịch Ủy
  ban nhân dân cấp tỉnh"): the authority that gives the award is the head's title with the
  body's proper name, whoever signs; for "TM." the collective body. The Party form is written
  the same way by default ("TRƯỞNG BAN TUYÊN GIÁO TỈNH ỦY BẮC GIANG QUYẾT ĐỊNH:"); some
  offices name the body itself ("BAN TUYÊN GIÁO TỈNH ỦY …"): uncertain, so the choice is
  :attr:`Spelling.authority_of`, set per document style (resources/styles/*.json).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from desktop.domain.errors import InvalidInput
from desktop.domain.records import Decision, Organisation, Signer, SignerRelation

# Salutations live in domain.salutations; re-exported for the modules that import them here.
from desktop.domain.salutations import (  # noqa: F401
    salutation_text,
    salutation_warning,
    suggest_salutation,
    unsettled_salutations,
)
from desktop.domain.text import fold, join_title, normalize

AuthorityOf = Literal["head", "body"]


@dataclass(frozen=True, slots=True)
class Spelling:
    """How one document style writes authority prefixes and names the authority."""

    deputy: str = "KT."
    collective: str = "TM."
    delegated: str = "TL."
    authorised: str = "TUQ."
    acting: str = "Q."
    authority_of: AuthorityOf = "head"
    """``head``: "Giám đốc Sở Nội vụ …" gives the award; ``body``: "Ban Tuyên giáo …" does."""
    collective_deputy_line: bool = True
    """TM. signed by a deputy adds "KT. <HEAD>" between TM. and the title (NĐ 30 practice);
    the Party writes "T/M BAN THƯỜNG VỤ / PHÓ BÍ THƯ" without it."""


STATE = Spelling()
PARTY = Spelling(
    deputy="K/T",
    collective="T/M",
    delegated="T/L",
    authorised="TUQ.",
    acting="Q.",
    collective_deputy_line=False,
)
SPELLINGS: dict[str, Spelling] = {"state": STATE, "party": PARTY}

RELATION_LABELS: dict[SignerRelation, str] = {
    "head": "Người đứng đầu ký",
    "deputy": "Cấp phó ký thay (KT.)",
    "collective": "Thay mặt tập thể lãnh đạo (TM.)",
    "collective_deputy": "Cấp phó ký, thay mặt tập thể (TM. + KT.)",
    "delegated": "Thừa lệnh (TL.)",
    "authorised": "Thừa ủy quyền (TUQ.)",
    "acting": "Quyền người đứng đầu (Q.)",
    "": "Chưa chọn",
}
"""What each relation is called in the GUI and in messages."""

_DEPUTY = re.compile(r"^phó\s+", re.IGNORECASE)
_PREFIX = re.compile(r"^(TM|T/M|KT|K/T|TL|T/L|TUQ|Q)\.?(?:\s+|$)", re.IGNORECASE)
_PREFIX_RELATION: dict[str, SignerRelation] = {
    "tm": "collective",
    "t/m": "collective",
    "kt": "deputy",
    "k/t": "deputy",
    "tl": "delegated",
    "t/l": "delegated",
    "tuq": "authorised",
    "q": "acting",
}
# A chủ quản line of a local People's Committee: its remainder is the locality the body's
# proper name takes ("Sở Nội vụ" + "Ủy ban nhân dân tỉnh Thái Nguyên" → "… tỉnh Thái Nguyên").
_PEOPLES_COMMITTEE = re.compile(r"^(ủy|uỷ) ban nhân dân\s+|^ubnd\s+", re.IGNORECASE)


# Titles and collectives typed in upper case in a first-release prefix, as running text writes
# them (NĐ 30 Phụ lục II: the word naming the body keeps its capital: "Trưởng Ban").
_KNOWN_CASE = {
    t.lower(): t
    for t in (
        "Ban Thường vụ",
        "Ban Chấp hành",
        "Thường trực",
        "Ủy ban nhân dân",
        "Hội đồng nhân dân",
        "Trưởng Ban",
        "Phó Trưởng Ban",
        "Chánh Văn phòng",
    )
}


def sentence_case(text: str) -> str:
    """ "GIÁM ĐỐC" → "Giám đốc", "BAN THƯỜNG VỤ" → "Ban Thường vụ"; mixed case is kept."""
    text = normalize(text)
    if text.isupper():
        text = _KNOWN_CASE.get(text.lower(), text.capitalize())
    return text


def _upper(text: str) -> str:
    return normalize(text).upper()


def is_deputy_title(title: str) -> bool:
    """True for "Phó Giám đốc", "Phó Chủ tịch", "Phó Trưởng ban" …"""
    return bool(_DEPUTY.match(normalize(title)))


def without_deputy(title: str) -> str:
    """ "Phó Giám đốc" → "Giám đốc"; other titles unchanged."""
    title = _DEPUTY.sub("", normalize(title))
    return title[:1].upper() + title[1:]


def derive_full_name(name: str, parent: str, style: str) -> str:
    """The body's proper name from its header lines, when none is stored.

    Rule (stated in docs/documents.md): a body under a local People's Committee takes the
    locality ("Sở Nội vụ" + "Ủy ban nhân dân tỉnh Thái Nguyên" → "Sở Nội vụ tỉnh Thái
    Nguyên"); any other body is followed by its parent ("Ban Tuyên giáo" + "Tỉnh ủy Bắc Giang"
    → "Ban Tuyên giáo Tỉnh ủy Bắc Giang"); a name that already ends with that is kept.
    ``style`` is accepted for future rules; today both styles read the same.
    """
    del style
    name, parent = normalize(name), normalize(parent)
    if not parent:
        return name
    tail = _PEOPLES_COMMITTEE.sub("", parent) if _PEOPLES_COMMITTEE.match(parent) else parent
    if fold(name).endswith(fold(tail)):
        return name
    return f"{name} {tail}".strip()


def proper_name(org: Organisation) -> str:
    """The body's proper full name: stored, else derived from its header lines."""
    return normalize(org.full_name) or derive_full_name(org.name, org.parent, org.style)


def spelling_for(org: Organisation, spelling: Spelling | None = None) -> Spelling:
    """``spelling``, else the default of the body's style."""
    return spelling or SPELLINGS.get(org.style, STATE)


def head_title(org: Organisation, signer: Signer) -> str:
    """Title of the head of the body ("Giám đốc"): stored, else read from the signer.

    A head or acting head's own title is the head's; a deputy's is it without "Phó".
    """
    stored = normalize(org.head_title)
    if stored:
        return stored
    title = normalize(signer.title)
    if signer.relation in ("head", "acting", "collective") and not is_deputy_title(title):
        return title
    if signer.relation in ("deputy", "collective_deputy") and is_deputy_title(title):
        return without_deputy(title)
    return ""


def signer_title(org: Organisation, signer: Signer) -> str:
    """The signer's own title; empty means the head's (or "Phó <head>" for a deputy)."""
    title = normalize(signer.title)
    if title:
        return title
    head = head_title(org, signer)
    if signer.relation in ("deputy", "collective_deputy") and head:
        return f"Phó {head[:1].lower()}{head[1:]}"
    return head


def signer_problem(org: Organisation, signer: Signer) -> str:
    """Why this signer cannot be printed as is (a Vietnamese sentence), or ``""``.

    A deputy signing as the head would print the deputy as the authority: refused.
    """
    who = normalize(signer.name) or "người ký"
    title = normalize(signer.title)
    body = proper_name(org)
    if signer.relation == "":
        return (
            f"Chưa chọn quyền hạn ký của {who}"
            + (f" ({title})" if title else "")
            + f" cho {body}: chọn người đứng đầu ký, ký thay (KT.), thay mặt (TM.), "
            "thừa lệnh (TL.), thừa ủy quyền (TUQ.) hoặc quyền (Q.)."
        )
    if signer.relation == "head" and is_deputy_title(title):
        return (
            f"{who} là {title}, không phải người đứng đầu {body}: cấp phó phải ký thay "
            f"(KT. {_upper(without_deputy(title))}) — chọn quyền hạn ký “Cấp phó ký thay (KT.)”."
        )
    if signer.relation in ("collective", "collective_deputy") and not normalize(
        org.collective_name
    ):
        return (
            f"{body} chưa có tên tập thể lãnh đạo (ví dụ “Ủy ban nhân dân”, “Ban Thường vụ”) "
            f"nên {who} không thể ký “thay mặt” (TM.): bổ sung trong Thiết lập."
        )
    needs_head = signer.relation in ("deputy", "acting", "collective_deputy") or (
        signer.relation in ("delegated", "authorised") and not normalize(signer.delegator_title)
    )
    if needs_head and not head_title(org, signer):
        return (
            f"{body} chưa có chức danh người đứng đầu (ví dụ “Giám đốc”, “Chủ tịch”) nên "
            f"không ghi được quyền hạn ký của {who}: bổ sung trong Thiết lập."
        )
    return ""


class SignerError(InvalidInput):
    """A signer that cannot be printed (a deputy as the head, a relation not chosen …)."""


def check_decision_signer(decision: Decision) -> None:
    """Refuse to print a decision whose signer is not settled.

    Raises:
        SignerError: the Vietnamese sentence names the decision, the signer and what to do.
    """
    problem = signer_problem(decision.issuer, decision.effective_signer())
    if problem:
        raise SignerError(f"Quyết định {normalize(decision.number)}: {problem}")


def awarding_authority(org: Organisation, signer: Signer, spelling: Spelling | None = None) -> str:
    """Who gives the award / issues the decision, in running text.

    "Giám đốc Sở Nội vụ tỉnh Thái Nguyên" (the head, whoever signs), "Ủy ban nhân dân xã Phú
    Bình" (TM.), "Ban Tuyên giáo Tỉnh ủy Bắc Giang" (a style whose ``authority_of`` is
    ``body``). Upper-case it for headings.
    """
    spelling = spelling_for(org, spelling)
    name = proper_name(org)
    if signer.relation in ("collective", "collective_deputy"):
        collective = normalize(org.collective_name)
        return join_title(collective, name) if collective else name
    if spelling.authority_of == "body":
        return name
    head = sentence_case(head_title(org, signer))
    return join_title(head, name) if head else name


def signature_lines(
    org: Organisation, signer: Signer, spelling: Spelling | None = None
) -> list[str]:
    """The quyền hạn and chức vụ lines above the signature, upper case, one per line.

    ["GIÁM ĐỐC"], ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"],
    ["TL. GIÁM ĐỐC", "CHÁNH VĂN PHÒNG"], ["Q. GIÁM ĐỐC"]; the Party spelling with "K/T",
    "T/M", "T/L". A relation that is not known gives no authority line at all (the caller
    refuses to print it, see :func:`signer_problem`).
    """
    spelling = spelling_for(org, spelling)
    relation = signer.relation
    head = _upper(head_title(org, signer))
    own = _upper(signer_title(org, signer))
    collective = _upper(org.collective_name)
    if relation == "head":
        return [own] if own else []
    if relation == "deputy":
        return [f"{spelling.deputy} {head}".strip(), own]
    if relation == "collective":
        return [f"{spelling.collective} {collective}".strip(), own or head]
    if relation == "collective_deputy":
        lines = [f"{spelling.collective} {collective}".strip()]
        if spelling.collective_deputy_line:
            lines.append(f"{spelling.deputy} {head}".strip())
        return [*lines, own]
    if relation in ("delegated", "authorised"):
        prefix = spelling.delegated if relation == "delegated" else spelling.authorised
        delegator = _upper(signer.delegator_title) or head
        return [f"{prefix} {delegator}".strip(), own]
    if relation == "acting":
        return [f"{spelling.acting} {head}".strip()]
    return [own] if own else []


@dataclass(frozen=True, slots=True)
class PrefixMapping:
    """A first-release prefix read as a relation: what it gave, and whether it was a guess."""

    relation: SignerRelation
    head_title: str = ""
    collective_name: str = ""
    delegator_title: str = ""
    guess: str = ""
    """Why the mapping is a guess (Vietnamese), or ""."""


def relation_from_prefix(prefix: str, title: str, org_name: str, style: str) -> PrefixMapping:
    """Read a typed first-release prefix ("KT.", "KT. GIÁM ĐỐC", "T/M BAN THƯỜNG VỤ", "") as
    a relation (stated rule, docs/meeting-package.md "Version 1").

    - no prefix: the head signs, unless the title is a deputy's ("Phó …"): relation ``""``,
      to be settled by a person (the first release printed the deputy as the authority);
    - KT./K/T → deputy; TM./T/M → collective (a deputy's title → collective_deputy);
      TL./T/L → delegated; TUQ. → authorised; Q. → acting;
    - a title typed after the prefix is the head's ("KT. GIÁM ĐỐC"), the collective's
      ("TM. ỦY BAN NHÂN DÂN") or the delegator's ("TL. GIÁM ĐỐC");
    - anything else is kept as the signer's relation ``""`` with a note.
    """
    prefix, title = normalize(prefix), normalize(title)
    if not prefix:
        if is_deputy_title(title):
            return PrefixMapping("", head_title=without_deputy(title))
        return PrefixMapping("head", head_title=title)
    match = _PREFIX.match(prefix)
    if not match:
        return PrefixMapping("", guess=f"không hiểu quyền hạn ký “{prefix}”")
    relation = _PREFIX_RELATION[match.group(1).lower()]
    named = sentence_case(prefix[match.end() :])
    deputy = is_deputy_title(title)
    if relation == "deputy":
        head = named or (without_deputy(title) if deputy else "")
        guess = "" if head else "chưa biết chức danh người đứng đầu"
        return PrefixMapping("deputy", head_title=head, guess=guess)
    if relation == "collective":
        collective = named or _guess_collective(org_name, style)
        guess = "" if named else f"đoán tên tập thể lãnh đạo là “{collective}”"
        if deputy:
            return PrefixMapping(
                "collective_deputy",
                head_title=without_deputy(title),
                collective_name=collective,
                guess=guess,
            )
        return PrefixMapping(
            "collective", head_title=title, collective_name=collective, guess=guess
        )
    if relation in ("delegated", "authorised"):
        guess = "" if named else "chưa biết chức danh người giao quyền (đoán là người đứng đầu)"
        return PrefixMapping(relation, delegator_title=named, guess=guess)
    head = named or (title if not deputy else without_deputy(title))
    return PrefixMapping("acting", head_title=head)


def _guess_collective(org_name: str, style: str) -> str:
    """The collective leadership a body most likely has (a guess, reported as one)."""
    folded = fold(org_name)
    if folded.startswith("uy ban nhan dan"):
        return "Ủy ban nhân dân"
    if folded.startswith("hoi dong nhan dan"):
        return "Hội đồng nhân dân"
    return "Ban Thường vụ" if style == "party" else "Ủy ban nhân dân"
