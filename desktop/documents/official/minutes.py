"""Biên bản (minutes) of a meeting: Mẫu 1.9 of Nghị định 30/2020, or the Party form (HD 16).

State (Phụ lục III, Mẫu 1.9): no place-and-date line in the header; "BIÊN BẢN" and the
meeting's name with a short rule; Thời gian bắt đầu, Địa điểm, Thành phần tham dự, Chủ trì,
Thư ký, Nội dung by agenda item; "Cuộc họp kết thúc vào … giờ …, ngày … tháng … năm …/.";
THƯ KÝ left, CHỦ TỌA right; Nơi nhận under the left column.

Party (HD 16-HD/VPTW, 2023): a date line in the header; "- Thời gian", "- Địa điểm",
"- Người chủ trì", "- Người ghi biên bản"; 1. Thành phần (có mặt / vắng mặt with reasons,
guests, press), 2. Diễn biến, 3. Kết luận; signatures.

Action items become a table (STT | Công việc | Người, đơn vị thực hiện | Thời hạn).
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from desktop.documents.official import text as ot
from desktop.documents.official.docx_render import render_docx
from desktop.documents.official.model import (
    Block,
    Column,
    Columns,
    Document,
    Para,
    Rule,
    Run,
    Spacer,
    Table,
    para,
    rule_under,
)
from desktop.documents.official.pdf_render import render_pdf
from desktop.documents.style import DocumentStyle, style_for
from desktop.domain import dates
from desktop.domain.records import ActionItem, Attendee, Meeting, Participant
from desktop.domain.text import fold, title_with_unit

TITLE = "BIÊN BẢN"
KIND_CODE = "BB"
"""Abbreviation of "Biên bản" in document numbers (Phụ lục III, I)."""
BLANK = "…"
ACTION_COLUMNS_MM = (12.0, 83.0, 45.0, 25.0)
"""STT | Công việc | Người, đơn vị thực hiện | Thời hạn; together the 165 mm text width."""
SIGNATURE_GAP_MM = 4


def _who(person: Participant | None) -> str:
    if person is None:
        return BLANK
    name = person.name
    title = person.title
    return f"{name}, {title}" if title else name


def _attendee(a: Attendee) -> str:
    """ "Name, title, organisation", without a part the name already contains."""
    name = a.name
    title = a.title
    if fold(title) in fold(name):
        title = ""
    organisation = a.organisation
    if fold(organisation) in fold(name):
        organisation = ""
    rest = title_with_unit(title, organisation)
    return f"{name}, {rest}" if rest else name


def _labelled(label: str, value: str, *, dash: bool = False) -> Para:
    """ "Địa điểm: …" with the label regular, as Mẫu 1.9 writes it."""
    prefix = "- " if dash else ""
    return Para((Run(f"{prefix}{label}: "), Run(value or BLANK)), "body")


def meeting_word(meeting: Meeting) -> str:
    """ "Hội nghị", "Hội thảo" or "Cuộc họp", from the meeting's kind."""
    kind = meeting.kind.lower()
    for word in ("hội nghị", "hội thảo"):
        if kind.startswith(word) or meeting.title.lower().startswith(word):
            return word.capitalize()
    return "Cuộc họp"


def closing_sentence(meeting: Meeting, end_mark: str) -> str:
    """ "Cuộc họp kết thúc vào 11 giờ 30, ngày 05 tháng 01 năm 2024./."."""
    if meeting.ends_at:
        when = f"{dates.time_text(meeting.ends_at)}, {dates.date_line(meeting.ends_at.date())}"
    else:
        when = "… giờ …, ngày … tháng … năm …"
    return ot.with_end_mark(f"{meeting_word(meeting)} kết thúc vào {when}.", end_mark)


def _start(meeting: Meeting) -> str:
    if not meeting.starts_at:
        return BLANK
    return f"{dates.time_text(meeting.starts_at)}, {dates.date_line(meeting.starts_at.date())}"


def _lines(text: str) -> list[str]:
    return [line for line in text.split("\n") if line]  # multi-line text: lines trimmed


def listed(prefix: str, items: list[str]) -> list[Para]:
    """One paragraph per item, "- …;" each and "- ….": the last item of a list closes it
    (NĐ 30 Phụ lục I: items end with ";", the last with ".")."""
    return [
        para(f"{prefix}{ot.ending(item, '.' if i == len(items) - 1 else ';')}", "body")
        for i, item in enumerate(items)
    ]


def _agenda_blocks(meeting: Meeting, numbering: str) -> list[Block]:
    blocks: list[Block] = []
    for i, item in enumerate(meeting.agenda, start=1):
        blocks.append(para(f"{numbering}{i}. {item.title}", "heading"))
        if item.presenter:
            blocks.append(_labelled("Trình bày", item.presenter))
        blocks += [para(line, "body") for line in _lines(item.notes)]
        if item.conclusion:
            # Named after its item, so it never reads as the meeting's overall conclusion.
            label = f"Kết luận nội dung {numbering}{i}: "
            blocks.append(Para((Run(label, italic=True), Run(item.conclusion)), "body"))
    return blocks


def _due(day: dt.date | None) -> str:
    return dates.short_date(day) if day else ""


def action_table(actions: list[ActionItem]) -> Table:
    """The action items as a table, in their order."""
    titles = ("STT", "Công việc", "Người, đơn vị thực hiện", "Thời hạn")
    aligns = ("centre", "justify", "left", "centre")
    columns = tuple(
        Column(t, w, a)  # type: ignore[arg-type]
        for t, w, a in zip(titles, ACTION_COLUMNS_MM, aligns, strict=True)
    )
    rows = tuple((str(i), a.task, a.owner, _due(a.due)) for i, a in enumerate(actions, start=1))
    return Table(columns, rows)


def _state_body(meeting: Meeting) -> list[Block]:
    present = [a for a in meeting.attendees if a.present]
    absent = [a for a in meeting.attendees if not a.present]
    blocks: list[Block] = [
        _labelled("Thời gian bắt đầu", _start(meeting)),
        _labelled("Địa điểm", meeting.location),
        _labelled("Thành phần tham dự", f"{len(present)} người" if present else BLANK),
    ]
    blocks += listed("- ", [_attendee(a) for a in present])
    if absent:
        blocks.append(_labelled("Vắng mặt", f"{len(absent)} người"))
        blocks += listed("- ", [_absent(a) for a in absent])
    blocks.append(_labelled("Chủ trì (chủ tọa)", "; ".join(_who(c) for c in meeting.chairs)))
    blocks.append(_labelled("Thư ký (người ghi biên bản)", _who(meeting.secretary)))
    blocks.append(para("Nội dung (theo diễn biến cuộc họp/hội nghị/hội thảo):", "body"))
    blocks += _agenda_blocks(meeting, "")
    if meeting.conclusions:
        # The meeting's conclusion, apart from each item's "Kết luận nội dung N".
        blocks.append(para(f"Kết luận chung của {meeting_word(meeting).lower()}:", "heading"))
        blocks += [para(line, "body") for line in _lines(meeting.conclusions)]
    if meeting.actions:
        blocks.append(para("Phân công thực hiện:", "heading"))
        blocks.append(action_table(meeting.actions))
    return blocks


def _absent(a: Attendee) -> str:
    reason = a.reason.rstrip(".;")
    # Inside the sentence after "lý do:", lower case ("lý do: đi công tác").
    return f"{_attendee(a)} (lý do: {ot.lower_first(reason)})" if reason else _attendee(a)


def _contents(meeting: Meeting) -> str:
    """ "- Nội dung:" of HD 16: the agenda in one line, or the meeting's name."""
    titles = [item.title for item in meeting.agenda if item.title]
    return ot.ending("; ".join(titles), ".") if titles else meeting.title


def _party_body(meeting: Meeting) -> list[Block]:
    official = [a for a in meeting.attendees if a.role in ("chair", "secretary", "delegate")]
    guests = [a for a in meeting.attendees if a.role == "guest"]
    press = [a for a in meeting.attendees if a.role == "press"]
    present = [a for a in official if a.present]
    absent = [a for a in official if not a.present]
    start = f"bắt đầu vào hồi {_start(meeting)}" if meeting.starts_at else BLANK
    blocks: list[Block] = [
        _labelled("Thời gian", start, dash=True),
        _labelled("Địa điểm", meeting.location, dash=True),
        _labelled("Nội dung", _contents(meeting), dash=True),
        _labelled("Người chủ trì", "; ".join(_who(c) for c in meeting.chairs), dash=True),
        _labelled("Người ghi biên bản", _who(meeting.secretary), dash=True),
        para("1. Thành phần hội nghị", "heading"),
        para("1.1. Đại biểu chính thức", "heading"),
        _labelled("Có mặt", f"{len(present)} đồng chí", dash=True),
    ]
    blocks += listed("+ ", [_attendee(a) for a in present])
    blocks.append(_labelled("Vắng mặt", f"{len(absent)} đồng chí", dash=True))
    blocks += listed("+ ", [_absent(a) for a in absent])
    number = 2
    if guests:
        blocks.append(para(f"1.{number}. Đại biểu mời dự", "heading"))
        blocks += listed("- ", [_attendee(a) for a in guests])
        number += 1
    if press:
        blocks.append(para(f"1.{number}. Cơ quan báo chí, truyền hình đưa tin", "heading"))
        blocks += listed("- ", [_attendee(a) for a in press])
    blocks.append(para("2. Diễn biến hội nghị", "heading"))
    blocks += _agenda_blocks(meeting, "2.")
    blocks.append(para("3. Kết luận của hội nghị", "heading"))
    blocks += [para(line, "body") for line in _lines(meeting.conclusions)] or [para(BLANK, "body")]
    if meeting.actions:
        blocks.append(para("Phân công thực hiện:", "heading"))
        blocks.append(action_table(meeting.actions))
    return blocks


def _signature(meeting: Meeting, style: DocumentStyle) -> list[Block]:
    sig = style.signature
    chair = meeting.chairs[0] if meeting.chairs else None
    left: list[Para | Spacer] = [
        para(sig.secretary_label, "sign_authority"),
        Spacer(sig.sign_space_mm),
    ]
    right: list[Para | Spacer] = [
        para(sig.chair_label, "sign_authority"),
        Spacer(sig.sign_space_mm),
    ]
    if meeting.secretary and meeting.secretary.name:
        left.append(para(meeting.secretary.name, "sign_name"))
    if chair and chair.name:
        right.append(para(chair.name, "sign_name"))
    recipients = ot.recipient_lines(meeting.distribution, style, sig.minutes_archive_line, [])
    return [
        Spacer(SIGNATURE_GAP_MM),
        Columns(tuple(left), tuple(right), sig.left_width_mm, sig.right_width_mm),
        Spacer(SIGNATURE_GAP_MM),
        para(sig.recipients_label, "recipients_label"),
        *[para(line, "recipients") for line in recipients],
    ]


def build_minutes(meeting: Meeting, style: DocumentStyle | None = None) -> Document:
    """The minutes of ``meeting`` as a :class:`Document` in its organiser's style."""
    style = style or style_for(meeting.organiser.style)
    organiser = meeting.organiser
    date_text = None
    if style.header.minutes_date_line:
        day = meeting.starts_at.date() if meeting.starts_at else None
        date_text = (
            ot.place_date(organiser, day) if day else f"{organiser.place}, ngày … tháng … năm …"
        )
    header = ot.header(
        style,
        organiser,
        ot.number_text(style, meeting.number)
        if meeting.number
        else ot.blank_number_text(style, KIND_CODE, organiser.abbreviation),
        date_text,
    )
    title = meeting.title or BLANK
    summary = style.body.summary_style
    blocks: list[Block] = [
        para(TITLE, "title"),
        para(title, "summary"),
        Rule(
            rule_under(title, summary, style.body.summary_rule_ratio, style.page.text_width_mm),
            style.body.summary_rule,
        ),
        Spacer(2),
    ]
    blocks += _party_body(meeting) if style.body.form == "party" else _state_body(meeting)
    blocks.append(para(closing_sentence(meeting, style.body.end_mark), "body"))
    blocks += _signature(meeting, style)
    return Document(
        style=style,
        header=header,
        blocks=tuple(blocks),
        title=f"Biên bản {title}",
        subject=title,
        author=ot.issuer_full_name(meeting.organiser, style),
    )


def minutes_pdf(
    meeting: Meeting, style: DocumentStyle | None = None, created: dt.datetime | None = None
) -> bytes:
    """The minutes as PDF bytes."""
    return render_pdf(dataclasses.replace(build_minutes(meeting, style), created=created))


def minutes_docx(
    meeting: Meeting, style: DocumentStyle | None = None, created: dt.datetime | None = None
) -> bytes:
    """The minutes as a Word document (bytes)."""
    return render_docx(dataclasses.replace(build_minutes(meeting, style), created=created))
