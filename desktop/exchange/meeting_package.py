"""Meeting packages: a meeting and its decisions as one JSON file, in and out.

The format (``"format": "vinhdanh.meeting"``, ``"version": 3``, or 2 without birth years) is
described in docs/meeting-package.md and checked by resources/schemas/meeting-package.v*.json.
Version 1 files (signer typed as ``signer_prefix``/``signer_title`` in the issuer) are still
read, against their own schema, and mapped onto the authority model by the stated rule of
``desktop.domain.authority.relation_from_prefix``; where that mapping is a guess the package
carries a warning. Writing is ``package_writer``.
Reading validates everything before a single record is made, and reports every problem with
the place it occurs (``decisions[0].recipients[13].name: thiếu tên người nhận``). Writing gives
the canonical form: text normalised, optional fields that are empty left out.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path
from typing import Any

from desktop.domain.authority import (
    relation_from_prefix,
    signer_problem,
    suggest_salutation,
)
from desktop.domain.json_text import JsonTextError, loads_strict
from desktop.domain.records import (
    ActionItem,
    AgendaItem,
    Attendee,
    Award,
    Decision,
    Meeting,
    Organisation,
    Participant,
    RewardMoney,
    Signer,
)
from desktop.exchange.input_files import FileTooLargeError, read_limited
from desktop.exchange.package_format import (
    MAX_PACKAGE_BYTES,
    MAX_REPORTED_PROBLEMS,
    MeetingPackage,
    PackageError,
    format_problems,
    normalize_package,
    schema_problems,
    semantic_problems,
)

__all__ = ["MeetingPackage", "PackageError", "loads", "parse_package", "read_package"]


def read_package(path: str | Path) -> MeetingPackage:
    """Read and validate the package file at ``path``.

    Raises:
        PackageError: the file cannot be read, is not JSON, or breaks the format; the message
            names the file and the first place that is wrong.
    """
    path = Path(path)
    try:
        raw = read_limited(path, MAX_PACKAGE_BYTES)
    except FileTooLargeError as exc:
        raise PackageError([str(exc)], str(path)) from None
    except FileNotFoundError:
        raise PackageError(["không tìm thấy tệp"], str(path)) from None
    except IsADirectoryError:
        raise PackageError(["đây là một thư mục, không phải tệp"], str(path)) from None
    except PermissionError:
        raise PackageError(["không có quyền đọc tệp"], str(path)) from None
    except OSError as exc:
        raise PackageError(
            [f"không đọc được tệp ({exc.strerror or type(exc).__name__})"], str(path)
        ) from None
    try:
        return parse_package(loads(raw))
    except PackageError as exc:
        raise PackageError(exc.problems, str(path)) from None


def loads(raw: bytes) -> Any:
    """Decode package bytes (UTF-8, with or without BOM) as JSON, with a clear message."""
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise PackageError(
            [
                f"tệp không phải văn bản UTF-8 (byte lạ ở vị trí {exc.start}); đây không phải gói "
                "hội nghị Vinh Danh"
            ]
        ) from None
    try:
        # Duplicate keys, nesting deeper than MAX_DEPTH and giant numbers are refused too.
        return loads_strict(text)
    except JsonTextError as exc:
        raise PackageError([str(exc)]) from None


def parse_package(data: Any) -> MeetingPackage:
    """Validate decoded JSON and turn it into records.

    Raises:
        PackageError: with every problem found (up to ``MAX_REPORTED_PROBLEMS``), each naming
            its place, e.g. ``decisions[0].recipients[13].name: thiếu tên người nhận``.
    """
    if not isinstance(data, dict):
        raise PackageError(["gói hội nghị phải là một đối tượng JSON {…}"])
    problems = format_problems(data)
    if problems:
        raise PackageError(problems)
    data = normalize_package(data)
    version = data["version"]
    # Meaning is checked only once the shape is right: it relies on the required fields.
    problems = list(schema_problems(data, version)) or list(semantic_problems(data))
    if problems:
        raise PackageError(problems[:MAX_REPORTED_PROBLEMS])
    warnings: list[str] = []
    decisions = [
        _decision(d, version, f"decisions[{i}]", problems, warnings)
        for i, d in enumerate(data.get("decisions", []))
    ]
    if problems:
        raise PackageError(problems[:MAX_REPORTED_PROBLEMS])
    return MeetingPackage(meeting=_meeting(data["meeting"]), decisions=decisions, warnings=warnings)


def _organisation(obj: dict[str, Any]) -> Organisation:
    return Organisation(
        name=obj["name"],
        parent=obj.get("parent", ""),
        place=obj.get("place", ""),
        style=obj.get("style", "state"),
        abbreviation=obj.get("abbreviation", ""),
        legal_bases=list(obj.get("legal_bases", [])),
        full_name=obj.get("full_name", ""),
        head_title=obj.get("head_title", ""),
        collective_name=obj.get("collective_name", ""),
    )


def _participant(obj: dict[str, Any]) -> Participant:
    return Participant(name=obj["name"], title=obj.get("title", ""))


def _meeting(obj: dict[str, Any]) -> Meeting:
    def moment(key: str) -> dt.datetime | None:
        return dt.datetime.fromisoformat(obj[key]) if key in obj else None

    return Meeting(
        title=obj["title"],
        organiser=_organisation(obj["organiser"]),
        kind=obj.get("kind", ""),
        number=obj.get("number", ""),
        starts_at=moment("starts_at"),
        ends_at=moment("ends_at"),
        location=obj.get("location", ""),
        chairs=[_participant(c) for c in obj.get("chairs", [])],
        secretary=_participant(obj["secretary"]) if "secretary" in obj else None,
        attendees=[
            Attendee(
                name=a["name"],
                title=a.get("title", ""),
                organisation=a.get("organisation", ""),
                role=a.get("role", "delegate"),
                present=a.get("present", True),
                reason=a.get("reason", ""),
            )
            for a in obj.get("attendees", [])
        ],
        agenda=[
            AgendaItem(
                title=i["title"],
                presenter=i.get("presenter", ""),
                notes=i.get("notes", ""),
                conclusion=i.get("conclusion", ""),
            )
            for i in obj.get("agenda", [])
        ],
        conclusions=obj.get("conclusions", ""),
        actions=[
            ActionItem(
                task=a["task"],
                owner=a.get("owner", ""),
                due=dt.date.fromisoformat(a["due"]) if "due" in a else None,
                done=a.get("done", False),
            )
            for a in obj.get("actions", [])
        ],
        distribution=list(obj.get("distribution", [])),
        status=obj.get("status", "draft"),
    )


def _v1_signer(
    issuer: dict[str, Any], body: Organisation, place: str, problems: list[str], warnings: list[str]
) -> Signer:
    """A version 1 signer (typed prefix) as a relation; the body learns its head's title."""
    title = issuer.get("signer_title", "")
    name = issuer.get("signer_name", "")
    prefix = issuer.get("signer_prefix", "")
    mapping = relation_from_prefix(prefix, title, body.name, body.style)
    if mapping.relation == "" and not mapping.guess:
        problems.append(
            f"{place}.issuer.signer_prefix: {name or 'người ký'} là {title}, không phải người "
            f"đứng đầu: ghi quyền hạn ký (“KT.” nếu ký thay người đứng đầu) — không in cấp phó "
            "thành người trao tặng"
        )
    elif mapping.relation == "":
        problems.append(f"{place}.issuer.signer_prefix: {mapping.guess}")
    elif mapping.guess:
        warnings.append(f"{place}.issuer.signer_prefix “{prefix}”: {mapping.guess}")
    body.head_title = body.head_title or mapping.head_title
    body.collective_name = body.collective_name or mapping.collective_name
    return Signer(
        name=name,
        title=title,
        relation=mapping.relation or "head",
        delegator_title=mapping.delegator_title,
    )


def _decision(
    obj: dict[str, Any], version: int, place: str, problems: list[str], warnings: list[str]
) -> Decision:
    issuer = _organisation(obj["issuer"])
    known = len(problems)
    if version == 1:
        signer = _v1_signer(obj["issuer"], issuer, place, problems, warnings)
    else:
        s = obj.get("signer", {})
        signer = Signer(
            name=s.get("name", ""),
            title=s.get("title", ""),
            relation=s.get("relation", "head"),
            delegator_title=s.get("delegator_title", ""),
        )
    refused = len(problems) > known  # the v1 mapping already said what is wrong
    problem = (
        signer_problem(issuer, signer) if (signer.title or signer.name) and not refused else ""
    )
    if problem and signer.relation == "head":
        problems.append(f"{place}.signer: {problem}")
    elif problem:
        warnings.append(f"{place}.signer: {problem}")
    return Decision(
        number=obj["number"],
        date=dt.date.fromisoformat(obj["date"]),
        issuer=issuer,
        signer=signer,
        award_form=obj["award"],
        reason=obj.get("reason", ""),
        articles=list(obj.get("articles", [])),
        distribution=list(obj.get("distribution", [])),
        reward=_reward(obj.get("reward")),
        awards=[
            Award(
                kind=r["kind"],
                name=r["name"],
                title=r.get("title", ""),
                unit=r.get("unit", ""),
                reason=r.get("reason", ""),
                register_number=r.get("register_number", ""),
                birth_year=int(r["birth_year"]) if "birth_year" in r else None,
                salutation=_salutation(r, issuer.style),
                position=position,
            )
            for position, r in enumerate(obj["recipients"], start=1)
        ],
    )


def _salutation(recipient: dict[str, Any], style: str) -> Any:
    """The recipient's salutation: as written, else suggested where safe (None = not known)."""
    if recipient["kind"] != "person":
        return None
    if "salutation" in recipient:
        return recipient["salutation"]
    return suggest_salutation(recipient["name"], style)


# ---------------------------------------------------------------------------------------------
# Writing


def _reward(obj: dict[str, Any] | None) -> RewardMoney | None:
    """The decision's reward money (v2, optional; the schema checked the digits)."""
    if not obj or not (obj.get("person") or obj.get("collective")):
        return None
    return RewardMoney(
        Decimal(obj["person"]) if obj.get("person") else None,
        Decimal(obj["collective"]) if obj.get("collective") else None,
        obj.get("fund", ""),
    )
