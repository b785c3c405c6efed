"""Meeting packages: a meeting and its decisions as one JSON file, in and out.

The format (``"format": "vinhdanh.meeting"``, ``"version": 2``) is described in
docs/meeting-package.md and checked by resources/schemas/meeting-package.v2.schema.json.
Version 1 files (signer typed as ``signer_prefix``/``signer_title`` in the issuer) are still
read, against their own schema, and mapped onto the authority model by the stated rule of
``desktop.domain.authority.relation_from_prefix``; where that mapping is a guess the package
carries a warning. Writing always gives version 2.
Reading validates everything before a single record is made, and reports every problem with
the place it occurs (``decisions[0].recipients[13].name: thiếu tên người nhận``). Writing gives
the canonical form: text normalised, optional fields that are empty left out.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from desktop import paths
from desktop.domain.errors import VinhDanhError

if TYPE_CHECKING:
    import jsonschema
from desktop.domain.authority import (
    relation_from_prefix,
    signer_problem,
    suggest_salutation,
)
from desktop.domain.json_text import JSON_TYPE_NAMES, JsonTextError, loads_strict
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
from desktop.domain.text import normalize, normalize_multiline
from desktop.exchange.input_files import FileTooLargeError, read_limited

FORMAT = "vinhdanh.meeting"
VERSION = 2
"""The version written."""
SCHEMA_FILES = {1: "meeting-package.v1.schema.json", 2: "meeting-package.v2.schema.json"}
"""Every version read, with its schema."""

MULTILINE_FIELDS = frozenset({"notes", "conclusion", "conclusions"})
"""Fields whose line breaks are kept (paragraphs of the minutes)."""

MAX_REPORTED_PROBLEMS = 50
MAX_PACKAGE_BYTES = 64 * 1024 * 1024
"""A package of 10,000 recipients is about 3 MB: anything past this is not a package."""

# What each field is called, for messages: "<place>: thiếu <label>". Keys are the field name,
# optionally qualified by the list or object it sits in.
_LABELS = {
    "recipients.name": "tên người nhận",
    "recipients.kind": "loại người nhận (person hoặc collective)",
    "recipients.title": "chức vụ người nhận",
    "recipients.unit": "đơn vị người nhận",
    "attendees.name": "tên đại biểu",
    "chairs.name": "tên người chủ trì",
    "secretary.name": "tên thư ký",
    "organiser.name": "tên cơ quan tổ chức",
    "issuer.name": "tên cơ quan ban hành",
    "agenda.title": "tên nội dung",
    "actions.task": "nội dung công việc",
    "meeting.title": "tên hội nghị",
    "meeting.organiser": "cơ quan tổ chức",
    "decisions.number": "số quyết định",
    "decisions.date": "ngày quyết định",
    "decisions.issuer": "cơ quan ban hành",
    "decisions.award": "hình thức khen thưởng",
    "decisions.recipients": "danh sách người nhận",
    "format": 'định dạng ("format")',
    "version": 'phiên bản ("version")',
    "meeting": "thông tin hội nghị",
}

_TYPE_NAMES = JSON_TYPE_NAMES


class PackageError(VinhDanhError, ValueError):
    """A meeting package that cannot be read; ``problems`` lists every place that is wrong."""

    def __init__(self, problems: Sequence[str], source: str = "") -> None:
        self.problems = list(problems)
        self.source = source
        first = self.problems[0] if self.problems else "gói dữ liệu không hợp lệ"
        more = len(self.problems) - 1
        text = f"{first} (và {more} lỗi khác)" if more > 0 else first
        super().__init__(f"{source}: {text}" if source else text)


@dataclass(slots=True)
class MeetingPackage:
    """A meeting and the decisions announced at it, as records (nothing stored yet)."""

    meeting: Meeting
    decisions: list[Decision] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    """What reading had to guess (version 1 signers), each naming its place."""


# ---------------------------------------------------------------------------------------------
# Reading


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
    problems = _format_problems(data)
    if problems:
        raise PackageError(problems)
    data = normalize_package(data)
    version = data["version"]
    # Meaning is checked only once the shape is right: it relies on the required fields.
    problems = list(_schema_problems(data, version)) or list(_semantic_problems(data))
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


def normalize_package(data: Any, key: str = "") -> Any:
    """Return ``data`` with every string normalised (NFC, trimmed, white space collapsed).

    Free-text fields (notes, conclusions) keep their line breaks.
    """
    if isinstance(data, str):
        return normalize_multiline(data) if key in MULTILINE_FIELDS else normalize(data)
    if isinstance(data, dict):
        return {k: normalize_package(v, k) for k, v in data.items()}
    if isinstance(data, list):
        return [normalize_package(v, key) for v in data]
    return data


def _format_problems(data: dict[str, Any]) -> list[str]:
    # Checked first and alone: with a wrong format or version nothing else is meaningful.
    if "format" not in data:
        return [
            'format: thiếu định dạng ("format": "vinhdanh.meeting"); đây không phải gói '
            "hội nghị Vinh Danh"
        ]
    if data["format"] != FORMAT:
        return [
            f'format: định dạng "{data["format"]}" không phải "{FORMAT}"; đây không phải '
            "gói hội nghị Vinh Danh"
        ]
    if "version" not in data:
        return [f'version: thiếu phiên bản ("version": {VERSION})']
    version = data["version"]
    if type(version) is not int or version not in SCHEMA_FILES:  # a list, a bool, "2", 2.0
        readable = ", ".join(map(str, SCHEMA_FILES))
        return [
            f"version: phiên bản {json.dumps(data['version'])} không được hỗ trợ "
            f"(phiên bản này của Vinh Danh đọc được phiên bản {readable})"
        ]
    return []


@functools.cache
def _validator(version: int = VERSION) -> jsonschema.Draft202012Validator:
    # Imported on first use: jsonschema costs 50 ms of start-up the window does not need.
    import jsonschema

    text = paths.resource("schemas", SCHEMA_FILES[version]).read_text(encoding="utf-8")
    schema = json.loads(text)
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def schema(version: int = VERSION) -> dict[str, Any]:
    """The JSON Schema of the package format (the version written, unless told)."""
    return cast(dict[str, Any], _validator(version).schema)


def _place(parts: Iterable[str | int]) -> str:
    text = ""
    for part in parts:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else part)
    return text


def _label(parts: Sequence[str | int], name: str) -> str:
    parent = next((p for p in reversed(parts) if isinstance(p, str)), "")
    return _LABELS.get(f"{parent}.{name}") or _LABELS.get(name) or f'trường "{name}"'


def _schema_problems(data: dict[str, Any], version: int = VERSION) -> Iterator[str]:
    errors = sorted(_validator(version).iter_errors(data), key=lambda e: list(map(str, e.path)))
    for error in errors:
        parts = list(error.absolute_path)
        place = _place(parts)
        name = parts[-1] if parts and isinstance(parts[-1], str) else ""
        parent_parts = parts[:-1] if name else parts
        validator = error.validator
        if validator == "required":
            missing = next(
                p for p in cast(list[str], error.validator_value) if p not in error.instance
            )
            yield f"{_place([*parts, missing])}: thiếu {_label(parts, missing)}"
        elif validator == "additionalProperties":
            allowed = set(error.schema.get("properties", {}))
            for extra in sorted(set(error.instance) - allowed):
                yield (
                    f"{_place([*parts, extra])}: trường không được hỗ trợ "
                    f"(các trường hợp lệ: {', '.join(sorted(allowed))})"
                )
        elif validator == "minLength":
            yield f"{place}: thiếu {_label(parent_parts, name)}"
        elif validator == "maxLength":
            yield (
                f"{place}: dài {len(error.instance)} ký tự, vượt quá giới hạn "
                f"{error.validator_value} ký tự"
            )
        elif validator == "type":
            wanted = _TYPE_NAMES.get(str(error.validator_value), str(error.validator_value))
            yield f"{place}: phải là {wanted}, không phải {json.dumps(error.instance)[:60]}"
        elif validator == "enum":
            options = ", ".join(json.dumps(v) for v in cast(list[Any], error.validator_value))
            yield (
                f"{place}: giá trị {json.dumps(error.instance, ensure_ascii=False)} không "
                f"hợp lệ (chỉ nhận {options})"
            )
        elif validator == "pattern" and str(error.validator_value).startswith("^[0-9]{1,"):
            yield (
                f'{place}: "{error.instance}" không phải số tiền (ghi số đồng, chỉ gồm chữ số: '
                '"300000")'
            )
        elif validator == "pattern":
            shape = "YYYY-MM-DDTHH:MM" if "T" in str(error.validator_value) else "YYYY-MM-DD"
            yield f'{place}: "{error.instance}" không đúng dạng {shape}'
        else:
            yield f"{place}: {error.message}"


def _semantic_problems(data: dict[str, Any]) -> Iterator[str]:
    meeting = data["meeting"]
    times: dict[str, dt.datetime] = {}
    for key in ("starts_at", "ends_at"):
        if key in meeting:
            try:
                times[key] = dt.datetime.fromisoformat(meeting[key])
            except ValueError:
                yield f'meeting.{key}: "{meeting[key]}" không phải thời điểm có thật'
    if len(times) == 2 and times["ends_at"] < times["starts_at"]:
        yield "meeting.ends_at: giờ kết thúc sớm hơn giờ bắt đầu"
    for index, action in enumerate(meeting.get("actions", [])):
        if "due" in action:
            yield from _date_problem(f"meeting.actions[{index}].due", action["due"])
    seen: dict[str, int] = {}
    for index, decision in enumerate(data.get("decisions", [])):
        yield from _date_problem(f"decisions[{index}].date", decision["date"])
        number = decision["number"]
        if number in seen:
            yield (
                f"decisions[{index}].number: số quyết định {number} đã dùng cho "
                f"decisions[{seen[number]}]"
            )
        seen.setdefault(number, index)


def _date_problem(place: str, text: str) -> Iterator[str]:
    try:
        dt.date.fromisoformat(text)
    except ValueError:
        yield f'{place}: "{text}" không phải ngày có thật'


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


def _compact(obj: dict[str, Any]) -> dict[str, Any]:
    """Drop optional values that are empty, so a package writes only what it holds."""
    return {k: v for k, v in obj.items() if v not in ("", None, [], {})}


def _organisation_dict(org: Organisation) -> dict[str, Any]:
    return _compact(
        {
            "name": org.name,
            "parent": org.parent,
            "full_name": org.full_name,
            "head_title": org.head_title,
            "collective_name": org.collective_name,
            "place": org.place,
            "style": org.style,
            "abbreviation": org.abbreviation,
            "legal_bases": list(org.legal_bases),
        }
    )


def _participant_dict(p: Participant) -> dict[str, Any]:
    return _compact({"name": p.name, "title": p.title})


def _minutes(moment: dt.datetime | None) -> str | None:
    if moment is None:
        return None
    return moment.isoformat(timespec="seconds" if moment.second else "minutes")


def package_to_dict(package: MeetingPackage) -> dict[str, Any]:
    """The canonical JSON object of ``package``."""
    m = package.meeting
    meeting = _compact(
        {
            "title": m.title,
            "kind": m.kind,
            "number": m.number,
            "starts_at": _minutes(m.starts_at),
            "ends_at": _minutes(m.ends_at),
            "location": m.location,
            "organiser": _organisation_dict(m.organiser),
            "chairs": [_participant_dict(c) for c in m.chairs],
            "secretary": _participant_dict(m.secretary) if m.secretary else None,
            "attendees": [
                _compact(
                    {
                        "name": a.name,
                        "title": a.title,
                        "organisation": a.organisation,
                        "role": a.role,
                        "present": a.present,
                        "reason": a.reason,
                    }
                )
                for a in m.attendees
            ],
            "agenda": [
                _compact(
                    {
                        "title": i.title,
                        "presenter": i.presenter,
                        "notes": i.notes,
                        "conclusion": i.conclusion,
                    }
                )
                for i in m.agenda
            ],
            "conclusions": m.conclusions,
            "actions": [
                _compact(
                    {
                        "task": a.task,
                        "owner": a.owner,
                        "due": a.due.isoformat() if a.due else None,
                        "done": a.done,
                    }
                )
                for a in m.actions
            ],
            "distribution": list(m.distribution),
            "status": m.status if m.status != "draft" else None,
        }
    )
    decisions = []
    for d in package.decisions:
        signer = _compact(
            {
                "name": d.signer.name,
                "title": d.signer.title,
                "relation": d.signer.relation or None,
                "delegator_title": d.signer.delegator_title,
            }
        )
        decisions.append(
            _compact(
                {
                    "number": d.number,
                    "date": d.date.isoformat(),
                    "issuer": _organisation_dict(d.issuer),
                    "signer": signer or None,
                    "award": d.award_form,
                    "reason": d.reason,
                    "articles": list(d.articles),
                    "distribution": list(d.distribution),
                    "reward": _reward_dict(d.reward),
                }
            )
            | {
                "recipients": [
                    _compact(
                        {
                            "kind": a.kind,
                            "name": a.name,
                            "title": a.title,
                            "unit": a.unit,
                            "reason": a.reason,
                            "register_number": a.register_number,
                        }
                    )
                    # "" (no salutation) is a choice and is written; None (not chosen) is not.
                    | ({"salutation": a.salutation} if a.salutation is not None else {})
                    for a in sorted(d.awards, key=lambda a: a.position)
                ]
            }
        )
    result: dict[str, Any] = {"format": FORMAT, "version": VERSION, "meeting": meeting}
    if decisions:
        result["decisions"] = decisions
    return result


def dump_package(package: MeetingPackage) -> bytes:
    """The package as UTF-8 JSON text, indented, Vietnamese letters as they are."""
    text = json.dumps(package_to_dict(package), ensure_ascii=False, indent=2)
    return (text + "\n").encode("utf-8")


def _reward(obj: dict[str, Any] | None) -> RewardMoney | None:
    """The decision's reward money (v2, optional; the schema checked the digits)."""
    if not obj or not (obj.get("person") or obj.get("collective")):
        return None
    return RewardMoney(
        Decimal(obj["person"]) if obj.get("person") else None,
        Decimal(obj["collective"]) if obj.get("collective") else None,
        obj.get("fund", ""),
    )


def _reward_dict(reward: RewardMoney | None) -> dict[str, Any] | None:
    if reward is None:
        return None
    return _compact(
        {
            "person": None if reward.person is None else str(reward.person),
            "collective": None if reward.collective is None else str(reward.collective),
            "fund": reward.fund,
        }
    )
