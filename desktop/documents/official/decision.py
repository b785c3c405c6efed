"""Quyết định khen thưởng (draft): Mẫu 1.2 of Nghị định 30/2020, or the Party equivalent.

State order (Phụ lục III, Mẫu 1.2): header, "QUYẾT ĐỊNH", "Về việc tặng …" with a short rule,
the authority (thẩm quyền ban hành), the "Căn cứ …" lines, "QUYẾT ĐỊNH:", Điều 1 with the
counts computed from the awards, Điều 2, Điều 3 …, then Nơi nhận left and the signer right.
The Party form puts the Căn cứ lines as "- Căn cứ …;" and closes them with "<AUTHORITY>
QUYẾT ĐỊNH:" (HD 36 practice). Wording comes from the record and the style's defaults.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal

from desktop.documents.official import text as ot
from desktop.documents.official.docx_render import render_docx
from desktop.documents.official.model import (
    Block,
    Columns,
    Document,
    Para,
    Rule,
    Run,
    Spacer,
    para,
    rule_under,
)
from desktop.documents.official.pdf_render import render_pdf
from desktop.documents.style import DocumentStyle, decision_summary, style_for
from desktop.domain.authority import check_decision_signer
from desktop.domain.docnumbers import written_number
from desktop.domain.numbers import format_number
from desktop.domain.records import Decision, Organisation, RewardMoney

TITLE = "QUYẾT ĐỊNH"


def _article_text(index: int, text: str) -> Para:
    """ "Điều N. …" with "Điều N." in bold; a leading "Điều N." typed by the user is kept."""
    label = f"Điều {index}."
    if text.lower().startswith("điều"):
        head, _, rest = text.partition(".")
        return Para((Run(f"{head}.", bold=True), Run(rest)), "body")
    return Para((Run(f"{label} ", bold=True), Run(text)), "body")


def article_one(decision: Decision) -> str:
    """Text of Điều 1: "Tặng Giấy khen cho 11 tập thể và 15 cá nhân đã có … (có danh sách
    kèm theo)." with the counts computed from the awards."""
    counts = ot.counts_text(len(decision.collectives), len(decision.people))
    text = f"Tặng {decision.award_form}"
    if counts:
        text += f" cho {counts}"
    if decision.reason:
        text += f" {ot.lower_first(decision.reason).rstrip('.;,')}"
    return f"{text} (có danh sách kèm theo)."


def reward_article(decision: Decision, reward: RewardMoney) -> str:
    """ "Mỗi tập thể được thưởng 600.000 đồng, mỗi cá nhân được thưởng 300.000 đồng; tổng
    cộng 2.100.000 đồng, trích từ …" with the total computed from the awards."""
    parts, total = [], Decimal(0)
    for amount, count, who in (
        (reward.collective, len(decision.collectives), "tập thể"),
        (reward.person, len(decision.people), "cá nhân"),
    ):
        if amount and count:
            parts.append(f"mỗi {who} được thưởng {format_number(amount)} đồng")
            total += amount * count
    text = ", ".join(parts)
    text = text[:1].upper() + text[1:]
    text += f"; tổng cộng {format_number(total)} đồng"
    if reward.fund:
        text += f", trích từ {reward.fund}"
    return text + "."


PROPOSAL_STARTS = ("xét đề nghị", "theo đề nghị", "xét tờ trình")
PROPOSAL_PLACEHOLDER = "Xét đề nghị của ……………………………"
"""Mẫu 1.2 ends the bases with who proposed the decision; left to fill in when not set."""


def _is_proposal(line: str) -> bool:
    return line.lstrip("-–+ ").lower().startswith(PROPOSAL_STARTS)


def basis_lines(decision: Decision, style: DocumentStyle) -> list[str]:
    """The Căn cứ lines with their prefix and endings (";" each, the last "." or ",").

    The lines come from the body's settings (``Organisation.legal_bases``, one per line); a
    line "Xét đề nghị của …" (or "Theo đề nghị …") typed there goes last, as Mẫu 1.2 has it;
    without one a "Xét đề nghị của ……" line is left for the clerk to fill in.
    """
    body = style.body
    lines = list(decision.issuer.legal_bases)
    if lines:
        proposals = [x for x in lines if _is_proposal(x)]
        lines = [x for x in lines if not _is_proposal(x)] + (
            proposals[-1:] or [PROPOSAL_PLACEHOLDER]
        )
    lines = lines or list(body.default_bases)
    out = []
    for i, line in enumerate(lines):
        line = line.lstrip("-–+ ").strip()
        end = body.basis_last_end if i == len(lines) - 1 else body.basis_separator
        out.append(f"{body.basis_prefix}{ot.ending(line, end)}")
    return out


def archive_line(line: str, issuer: Organisation) -> str:
    """The style's archive line with the unit that keeps the file: "- Lưu: VT, SNV." (NĐ 30
    Phụ lục I, ô 9b: "Lưu: VT, <viết tắt đơn vị soạn thảo>"). The body's abbreviation stands
    for the drafting unit, which is not recorded; a last Nơi nhận line starting "Lưu" typed in
    the decision replaces it ("- Lưu: VT, TCCB.")."""
    unit = issuer.abbreviation
    if not unit or not line.rstrip(".").endswith("Lưu: VT"):
        return line
    return f"{line.rstrip('.')}, {unit}."


def build_decision(
    decision: Decision, style: DocumentStyle | None = None, reward: RewardMoney | None = None
) -> Document:
    """The decision as a :class:`Document` in its issuer's style (or ``style``); with
    ``reward`` (default: the one stored with the decision), an article on the money follows
    Điều 1."""
    check_decision_signer(decision)
    reward = reward if reward is not None else decision.reward
    style = style or style_for(decision.issuer.style)
    issuer = decision.issuer
    signer = decision.effective_signer()
    header = ot.header(
        style,
        issuer,
        ot.number_text(style, decision.number),
        ot.place_date(issuer, decision.date),
    )
    summary = style.body.summary_style
    summary_text = decision_summary(style, decision.award_form)
    text_width = style.page.text_width_mm
    blocks: list[Block] = [
        para(TITLE, "title"),
        para(summary_text, "summary"),
        Rule(
            rule_under(summary_text, summary, style.body.summary_rule_ratio, text_width),
            style.body.summary_rule,
        ),
    ]
    authority = ot.authority(signer, issuer, style)
    if style.body.form == "state":
        blocks.append(para(authority, "authority"))
        blocks += [para(line, "basis") for line in basis_lines(decision, style)]
        blocks.append(para(f"{TITLE}:", "decides"))
    else:
        blocks.append(Spacer(2))
        blocks += [para(line, "basis") for line in basis_lines(decision, style)]
        blocks.append(para(f"{authority} {TITLE}:", "decides"))

    articles = [article_one(decision)]
    if reward is not None and (
        (reward.person and decision.people) or (reward.collective and decision.collectives)
    ):
        articles.append(reward_article(decision, reward))
    articles += decision.articles or list(style.body.default_articles)
    articles[-1] = ot.with_end_mark(articles[-1], style.body.end_mark)
    blocks += [_article_text(i, text) for i, text in enumerate(articles, start=1)]

    sig = style.signature
    recipients = ot.recipient_lines(
        decision.distribution, style, archive_line(sig.archive_line, issuer), sig.default_recipients
    )
    left: list[Para | Spacer] = [para(sig.recipients_label, "recipients_label")]
    left += [para(line, "recipients") for line in recipients]
    right: list[Para | Spacer] = [
        para(line, "sign_authority") for line in ot.signer_lines(signer, issuer, style)
    ]
    right.append(Spacer(sig.sign_space_mm))
    if signer.name:
        right.append(para(signer.name, "sign_name"))
    blocks.append(Spacer(3))
    blocks.append(Columns(tuple(left), tuple(right), sig.left_width_mm, sig.right_width_mm))
    return Document(
        style=style,
        header=header,
        blocks=tuple(blocks),
        title=f"Quyết định {written_number(decision.number)}",
        subject=summary_text,
        author=ot.issuer_full_name(issuer, style),
    )


def decision_pdf(
    decision: Decision,
    style: DocumentStyle | None = None,
    created: dt.datetime | None = None,
    reward: RewardMoney | None = None,
) -> bytes:
    """The decision draft as PDF bytes."""
    document = build_decision(decision, style, reward)
    return render_pdf(dataclasses.replace(document, created=created))


def decision_docx(
    decision: Decision,
    style: DocumentStyle | None = None,
    created: dt.datetime | None = None,
    reward: RewardMoney | None = None,
) -> bytes:
    """The decision draft as a Word document (bytes)."""
    document = build_decision(decision, style, reward)
    return render_docx(dataclasses.replace(document, created=created))
