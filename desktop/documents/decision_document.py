"""Quyết định khen thưởng (draft): Mẫu 1.2 of Nghị định 30/2020, or the Party equivalent.

State order (Phụ lục III, Mẫu 1.2): header, "QUYẾT ĐỊNH", "Về việc tặng …" with a short rule,
the authority (thẩm quyền ban hành), the "Căn cứ …" lines, "QUYẾT ĐỊNH:", Điều 1 with the
counts computed from the awards, Điều 2, Điều 3 …, then Nơi nhận left and the signer right.
The Party form puts the Căn cứ lines as "- Căn cứ …;" and closes them with "<AUTHORITY>
QUYẾT ĐỊNH:" (HD 36 practice). Wording comes from the record and the style's defaults.
"""

from __future__ import annotations

from desktop.documents import official_text as ot
from desktop.documents.document_model import (
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
from desktop.documents.document_style import DocumentStyle, decision_summary, style_for
from desktop.documents.docx_render import render_docx
from desktop.documents.pdf_render import render_pdf
from desktop.domain.records import Decision
from desktop.domain.text import normalize

TITLE = "QUYẾT ĐỊNH"


def _article_text(index: int, text: str) -> Para:
    """ "Điều N. …" with "Điều N." in bold; a leading "Điều N." typed by the user is kept."""
    text = normalize(text)
    label = f"Điều {index}."
    if text.lower().startswith("điều"):
        head, _, rest = text.partition(".")
        return Para((Run(f"{head}.", bold=True), Run(rest)), "body")
    return Para((Run(f"{label} ", bold=True), Run(text)), "body")


def article_one(decision: Decision) -> str:
    """Text of Điều 1: "Tặng Giấy khen cho 11 tập thể và 15 cá nhân đã có … (có danh sách
    kèm theo)." with the counts computed from the awards."""
    counts = ot.counts_text(len(decision.collectives), len(decision.people))
    text = f"Tặng {normalize(decision.award_form)}"
    if counts:
        text += f" cho {counts}"
    if normalize(decision.reason):
        text += f" {ot.lower_first(decision.reason).rstrip('.;,')}"
    return f"{text} (có danh sách kèm theo)."


def basis_lines(decision: Decision, style: DocumentStyle) -> list[str]:
    """The Căn cứ lines with their prefix and endings (";" each, the last "." or ",")."""
    body = style.body
    lines = [normalize(x) for x in decision.issuer.legal_bases if normalize(x)]
    lines = lines or list(body.default_bases)
    out = []
    for i, line in enumerate(lines):
        line = line.lstrip("-–+ ").strip()
        end = body.basis_last_end if i == len(lines) - 1 else body.basis_separator
        out.append(f"{body.basis_prefix}{ot.ending(line, end)}")
    return out


def build_decision(decision: Decision, style: DocumentStyle | None = None) -> Document:
    """The decision as a :class:`Document` in its issuer's style (or ``style``)."""
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
    summary_text = decision_summary(style, normalize(decision.award_form))
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
    articles += [normalize(a) for a in decision.articles if normalize(a)] or list(
        style.body.default_articles
    )
    articles[-1] = ot.with_end_mark(articles[-1], style.body.end_mark)
    blocks += [_article_text(i, text) for i, text in enumerate(articles, start=1)]

    sig = style.signature
    recipients = ot.recipient_lines(
        decision.distribution, style, sig.archive_line, sig.default_recipients
    )
    left: list[Para | Spacer] = [para(sig.recipients_label, "recipients_label")]
    left += [para(line, "recipients") for line in recipients]
    right: list[Para | Spacer] = [
        para(line, "sign_authority") for line in ot.signer_lines(signer, issuer, style)
    ]
    right.append(Spacer(sig.sign_space_mm))
    if normalize(signer.name):
        right.append(para(normalize(signer.name), "sign_name"))
    blocks.append(Spacer(3))
    blocks.append(Columns(tuple(left), tuple(right), sig.left_width_mm, sig.right_width_mm))
    return Document(
        style=style,
        header=header,
        blocks=tuple(blocks),
        title=f"Quyết định {ot.document_number(decision.number)}",
        subject=summary_text,
    )


def decision_pdf(decision: Decision, style: DocumentStyle | None = None) -> bytes:
    """The decision draft as PDF bytes."""
    return render_pdf(build_decision(decision, style))


def decision_docx(decision: Decision, style: DocumentStyle | None = None) -> bytes:
    """The decision draft as a Word document (bytes)."""
    return render_docx(build_decision(decision, style))
