"""The meeting package format: its name and versions, limits, records and the checks.

``meeting_package`` reads packages and ``package_writer`` writes them; both share what is
here: the schema of every version read (resources/schemas/meeting-package.v*.schema.json),
the messages that name the place of each problem (``decisions[0].recipients[13].name: thiếu
tên người nhận``), and the checks of meaning the schema cannot express (dates that exist,
decision numbers unique in the package).
"""

from __future__ import annotations

import datetime as dt
import functools
import json
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, cast

from desktop import paths

if TYPE_CHECKING:
    import jsonschema
from desktop.domain.clean import multiline_names
from desktop.domain.errors import VinhDanhError
from desktop.domain.json_text import JSON_TYPE_NAMES
from desktop.domain.meetings import MeetingTimeError, checked_end
from desktop.domain.records import Decision, Meeting
from desktop.domain.text import normalize, normalize_multiline

FORMAT = "vinhdanh.meeting"
VERSION = 3
"""The newest version, written when a recipient carries a birth year (``birth_year``)."""
PLAIN_VERSION = 2
"""The version written when no recipient has a birth year: the first release reads it."""
SCHEMA_FILES = {
    1: "meeting-package.v1.schema.json",
    2: "meeting-package.v2.schema.json",
    3: "meeting-package.v3.schema.json",
}
"""Every version read, with its schema."""

MULTILINE_FIELDS = multiline_names(Meeting, Decision)
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
    "recipients.birth_year": "năm sinh",
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


def format_problems(data: dict[str, Any]) -> list[str]:
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


def schema_problems(data: dict[str, Any], version: int = VERSION) -> Iterator[str]:
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
        elif validator in ("minimum", "maximum"):
            yield (
                f"{place}: {json.dumps(error.instance)} không hợp lệ "
                f"({'nhỏ nhất' if validator == 'minimum' else 'lớn nhất'} "
                f"{error.validator_value})"
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


def semantic_problems(data: dict[str, Any]) -> Iterator[str]:
    meeting = data["meeting"]
    times: dict[str, dt.datetime] = {}
    for key in ("starts_at", "ends_at"):
        if key in meeting:
            try:
                times[key] = dt.datetime.fromisoformat(meeting[key])
            except ValueError:
                yield f'meeting.{key}: "{meeting[key]}" không phải thời điểm có thật'
    if len(times) == 2:
        try:
            checked_end(times["starts_at"], times["ends_at"])
        except MeetingTimeError as exc:
            yield f"meeting.ends_at: {exc}"
    for index, action in enumerate(meeting.get("actions", [])):
        if "due" in action:
            yield from _date_problem(f"meeting.actions[{index}].due", action["due"])
    seen: dict[str, int] = {}
    for index, decision in enumerate(data.get("decisions", [])):
        yield from _date_problem(f"decisions[{index}].date", decision["date"])
        for position, recipient in enumerate(decision["recipients"]):
            if "birth_year" in recipient and recipient["kind"] != "person":
                yield (
                    f"decisions[{index}].recipients[{position}].birth_year: năm sinh chỉ ghi "
                    f"cho cá nhân, “{recipient['name']}” là tập thể"
                )
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
