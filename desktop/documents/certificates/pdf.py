"""Certificate PDF renderer: a template and a decision in, one page per award out, as bytes.

Everything that is the same on every page of a batch — the vector art, the background image
and every field whose text depends only on the decision — is drawn once into a Form XObject
per kind of recipient and reused on each page. Per page only the recipient's fields are
drawn. Before any drawing, every text is checked against its font's character map and its
box; problems name the recipient (``CertificateProblems``).
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from reportlab.lib.colors import HexColor
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.pdfgen.textobject import PDFTextObject

from desktop.documents import drawing, fonts
from desktop.documents.certificates.art import draw_art_layer, has_art_layer
from desktop.documents.certificates.batch import (
    Batch,
    CertificateProblems,
    FieldLayout,
    Placed,
    Problem,
    Slot,
)
from desktop.documents.certificates.fields import award_values, decision_values
from desktop.documents.certificates.fit import FontBox, fit_text
from desktop.documents.certificates.template import Field, Mode, Template
from desktop.documents.kerning import kerning
from desktop.documents.style import style_for
from desktop.domain.records import Award, Decision, RecipientKind

__all__ = ["Batch", "CertificateProblems", "CertificateRenderer", "FieldLayout", "Problem"]

PRODUCER = "Vinh Danh"
UNDERLINE_GAP_PT = 1.0
"""Lowest ink of the line to its rule."""
UNDERLINE_WEIGHT = 0.05
UNDERLINE_MIN_PT = 0.5
DECISION_WIDE = "(chung cho cả quyết định)"
"""Stands for the recipient in a problem with a field that is the same on every page."""


class CertificateRenderer:
    """Renders certificates of one template in one mode, with a printer's offsets applied."""

    def __init__(
        self,
        template: Template,
        *,
        mode: Mode = "full",
        offset_x_mm: float = 0.0,
        offset_y_mm: float = 0.0,
        serif: fonts.FontFamily | None = None,
        preview: bool = False,
        emblem: Path | None = None,
    ) -> None:
        """Prepare fonts and boxes.

        Args:
            template: a validated template.
            mode: ``full`` (art and fixed text, plain paper) or ``preprinted`` (phôi).
            offset_x_mm: moves everything right (negative: left) to correct a printer.
            offset_y_mm: moves everything down (negative: up).
            serif: the body family to use (e.g. Windows' Times New Roman); default Tinos.
            preview: for the screen, not the printer: in pre-printed mode the template's
                background (a scan of the phôi) is drawn under the text, to check placement.
            emblem: the emblem image the office supplied (state templates print it in
                full-render mode; none is ever made up).
        """
        self.template = template
        self.mode = mode
        self.offset_x_mm = offset_x_mm
        self.offset_y_mm = offset_y_mm
        self.preview = preview
        self.emblem = emblem
        self._serif = serif
        fonts.register_serif(serif)
        self.page_width = template.width_mm * mm
        self.page_height = template.height_mm * mm
        self._slots = [self._slot(i, f) for i, f in enumerate(template.fields) if mode in f.modes]
        self._fit_cache: dict[tuple[int, str], Placed] = {}

    def _slot(self, index: int, field: Field) -> Slot:
        if field.font_file:
            name = fonts.file_font(Path(field.font_file))
            label = fonts.font_family_name(Path(field.font_file))
        else:
            name = fonts.face_font(field.font, bold=field.bold, italic=field.italic)
            label = fonts.FACE_LABELS.get(field.font, field.font)
        path = fonts.font_path(name)
        top, bottom = fonts.ink_extent(path)
        box = FontBox(
            font=name,
            top=top,
            bottom=bottom,
            width=field.width_mm * mm,
            height=field.height_mm * mm,
            size=field.size,
            min_size=field.min_size,
            max_lines=field.max_lines,
            line_spacing=field.line_spacing,
            word_spacing=field.word_spacing,
        )
        page_top = self.page_height - field.y_mm * mm
        return Slot(
            index=index,
            field=field,
            box=box,
            chars=fonts.characters(path),
            face_label=label,
            left=field.x_mm * mm,
            bottom=page_top - box.height,
            top=page_top,
            colour=HexColor(field.colour),
        )

    # --- texts and checks ---------------------------------------------------------------------

    def _text(self, slot: Slot, values: dict[str, str]) -> str:
        field = slot.field
        if field.omit_if_empty and any(not values[n] for n in field.pattern.names):
            return ""
        text = field.pattern.fill(values).strip()
        return text.upper() if field.upper else text

    def placed(self, slot: Slot, text: str) -> Placed:
        """``text`` fitted into ``slot``'s box, each line with its start point (cached)."""
        key = (slot.index, text)
        placed = self._fit_cache.get(key)
        if placed is None:
            fitted = fit_text(text, slot.box)
            placed = Placed(fitted, tuple(zip(fitted.lines, slot.position(fitted), strict=True)))
            self._fit_cache[key] = placed
        return placed

    def _check(self, slot: Slot, text: str, recipient: str, index: int) -> Problem | None:
        if not slot.chars.issuperset(text):
            missing = [c for c in dict.fromkeys(text) if c not in slot.chars]
            shown = ", ".join(f"“{c}” (U+{ord(c):04X})" for c in missing)
            return Problem(
                recipient,
                slot.field.name,
                "glyph",
                f"phông {slot.face_label} không có ký tự {shown}",
            )
        if not self.placed(slot, text).fitted.fits:
            return Problem(
                recipient,
                slot.field.name,
                "overflow",
                f"chữ không vừa khung kể cả ở cỡ nhỏ nhất {slot.box.min_size:g} pt "
                f"trên {slot.box.max_lines} dòng: “{text}”",
                index,
            )
        return None

    def prepare(self, decision: Decision, awards: Iterable[Award] | None = None) -> Batch:
        """Fill, check and fit every text of these certificates, without drawing anything."""
        chosen = tuple(decision.awards if awards is None else awards)
        shared = decision_values(decision, style_for(decision.issuer.style).signature.authority)
        problems: list[Problem] = []
        static: dict[RecipientKind, tuple[tuple[Slot, str], ...]] = {}
        for kind in sorted({a.kind for a in chosen}):
            texts = []
            for slot in self._slots:
                if kind in slot.field.kinds and not slot.field.pattern.per_award:
                    text = self._text(slot, shared)
                    if text:
                        texts.append((slot, text))
                        problem = self._check(slot, text, DECISION_WIDE, -1)
                        if problem and problem not in problems:
                            problems.append(problem)
            static[kind] = tuple(texts)
        per_award = {
            kind: [s for s in self._slots if kind in s.field.kinds and s.field.pattern.per_award]
            for kind in ("person", "collective")
        }
        pages = []
        for index, award in enumerate(chosen):
            values = {**shared, **award_values(decision, award)}
            name = values["ten"] or award.name
            texts = []
            for slot in per_award[award.kind]:
                text = self._text(slot, values)
                if text:
                    texts.append((slot, text))
                    problem = self._check(slot, text, name, index)
                    if problem:
                        problems.append(problem)
            pages.append(tuple(texts))
        return Batch(decision, chosen, shared, static, tuple(pages), tuple(problems))

    def problems(self, decision: Decision, awards: Iterable[Award] | None = None) -> list[Problem]:
        """Every glyph and overflow problem of these certificates, in list order."""
        return list(self.prepare(decision, awards).problems)

    def texts(self, decision: Decision, award: Award) -> dict[str, str]:
        """Every field's text as printed on ``award``'s certificate in this mode (the snapshot)."""
        return self.prepare(decision, [award]).snapshot(0)

    def layout(self, decision: Decision, award: Award) -> list[FieldLayout]:
        """Every field of ``award``'s certificate as it will print (the designer's live sample):
        its text, the size and lines chosen by the fitting code, and why it does not fit."""
        batch = self.prepare(decision, [award])
        texts = [*batch.static.get(award.kind, ()), *batch.pages[0]]
        texts.sort(key=lambda item: item[0].index)
        problems = {p.field: p.detail for p in batch.problems}
        out = []
        for slot, text in texts:
            placed = self.placed(slot, text)
            out.append(
                FieldLayout(
                    name=slot.field.name,
                    text=text,
                    size=placed.fitted.size,
                    lines=tuple(
                        (line, x / mm, (self.page_height - y) / mm) for line, (x, y) in placed.lines
                    ),
                    font_file=fonts.font_path(slot.box.font),
                    fits=slot.field.name not in problems,
                    problem=problems.get(slot.field.name, ""),
                )
            )
        return out

    # --- drawing -------------------------------------------------------------------------------

    def _draw(self, canvas: Canvas, texts: Iterable[tuple[Slot, str]], clip: bool) -> None:
        """Draw texts as one text object; texts that overflow are clipped to their box."""
        block = canvas.beginText()
        clipped = []
        for slot, text in texts:
            placed = self.placed(slot, text)
            if not placed.fitted.fits:
                clipped.append((slot, placed))
                continue
            block.setFillColor(slot.colour)
            block.setFont(slot.box.font, placed.fitted.size)
            # reportlab keeps the space at code 32 of every TrueType subset, so Tw applies.
            block.setWordSpace(slot.box.word_spacing * placed.fitted.size)
            for line, (x, y) in placed.lines:
                if slot.field.kerning:
                    self._kerned(block, slot, line, x, y, placed.fitted.size)
                    continue
                block.setTextOrigin(x, y)
                block.textOut(line)
        canvas.drawText(block)
        for slot, text in texts:
            if slot.field.underline:
                self._underline(canvas, slot, self.placed(slot, text))
        if not clip:
            return
        for slot, placed in clipped:
            canvas.saveState()
            path = canvas.beginPath()
            path.rect(slot.left, slot.bottom, slot.box.width, slot.box.height)
            canvas.clipPath(path, stroke=0, fill=0)
            canvas.setFillColor(slot.colour)
            canvas.setFont(slot.box.font, placed.fitted.size)
            for line, (x, y) in placed.lines:
                canvas.drawString(x, y, line, wordSpace=slot.box.word_spacing * placed.fitted.size)
            canvas.restoreState()

    def _kerned(
        self, block: PDFTextObject, slot: Slot, line: str, x: float, y: float, size: float
    ) -> None:
        """``line`` letter by letter with the font's pair kerning, kept where alignment put it
        (centred text stays centred: the line is shifted by the share of what kerning saves)."""
        path = fonts.font_path(slot.box.font)
        kerns = kerning(path, line)
        saved = sum(kerns) * size
        shift = {"left": 0.0, "center": saved / 2, "right": saved}[slot.field.align]
        cursor = x - shift
        for index, char in enumerate(line):
            block.setTextOrigin(cursor, y)
            block.textOut(char)
            cursor += stringWidth(char, slot.box.font, size)
            if char == " ":
                cursor += slot.box.word_spacing * size
            if index < len(kerns):
                cursor += kerns[index] * size

    def _underline(self, canvas: Canvas, slot: Slot, placed: Placed) -> None:
        size = placed.fitted.size
        canvas.setStrokeColor(slot.colour)
        canvas.setLineWidth(max(UNDERLINE_MIN_PT, size * UNDERLINE_WEIGHT))
        for (_, (x, y)), width in zip(placed.lines, placed.fitted.widths, strict=True):
            rule_y = max(y + slot.box.bottom * size - UNDERLINE_GAP_PT, slot.bottom + 0.5)
            canvas.line(x, rule_y, x + width, rule_y)

    def render(
        self,
        decision: Decision,
        awards: Sequence[Award] | None = None,
        *,
        force: bool = False,
    ) -> bytes:
        """One page per award (default: all of the decision's, in list order), as PDF bytes.

        Args:
            decision: the decision; its issuer is the PDF's author.
            awards: a subset of the decision's awards, e.g. one recipient for a split batch.
            force: draw texts that do not fit anyway, clipped to their box.

        Raises:
            CertificateProblems: a character a font lacks (always), or text that does not fit
                (unless ``force``); nothing is drawn then.
        """
        return self.render_batch(self.prepare(decision, awards), force=force)

    @drawing.one_at_a_time
    def render_batch(
        self,
        batch: Batch,
        *,
        force: bool = False,
        on_page: Callable[[int, int], None] | None = None,
    ) -> bytes:
        """Draw a prepared batch (see ``prepare``); same rules and errors as ``render``.

        ``on_page(done, total)`` is called after each page; an exception it raises (the user
        cancelled) stops the batch before any bytes are returned.
        """
        blocking = [p for p in batch.problems if p.kind == "glyph" or not force]
        if blocking:
            raise CertificateProblems(blocking)
        # Drawn in this renderer's body face, whatever another export registered meanwhile.
        fonts.register_serif(self._serif)
        shared = batch.shared
        buffer = io.BytesIO()
        canvas = Canvas(
            buffer,
            pagesize=(self.page_width, self.page_height),
            invariant=1,
            pageCompression=1,
            initialFontName=fonts.SERIF,
            initialFontSize=12,
        )
        canvas.setViewerPreference("PrintScaling", "None")
        canvas.setTitle(f"{shared['hinh_thuc']} – Quyết định số {shared['so_quyet_dinh']}")
        canvas.setAuthor(shared["co_quan_day_du"])
        canvas.setSubject(f"{len(batch.awards)} {shared['hinh_thuc']} – {self.template.title}")
        canvas.setCreator(PRODUCER)
        canvas.setProducer(PRODUCER)
        forms = self._static_forms(canvas, batch)
        dx, dy = self.offset_x_mm * mm, -self.offset_y_mm * mm
        for award, texts in zip(batch.awards, batch.pages, strict=True):
            if dx or dy:
                canvas.translate(dx, dy)
            canvas.doForm(forms[award.kind])
            self._draw(canvas, texts, force)
            canvas.showPage()
            if on_page is not None:
                on_page(canvas.getPageNumber() - 1, len(batch.awards))
        if not batch.awards:
            canvas.showPage()
        canvas.save()
        return buffer.getvalue()

    def _static_forms(self, canvas: Canvas, batch: Batch) -> dict[RecipientKind, str]:
        """Draw the art and the decision-wide fields once per kind as Form XObjects."""
        art_name = "art"
        canvas.beginForm(art_name)
        self.draw_art(canvas)
        canvas.endForm()
        names: dict[RecipientKind, str] = {}
        for kind, texts in batch.static.items():
            name = f"static-{kind}"
            canvas.beginForm(name)
            canvas.doForm(art_name)
            self._draw(canvas, texts, True)
            canvas.endForm()
            names[kind] = name
        return names

    @property
    def has_art(self) -> bool:
        """Whether anything but text prints (art, a background, a picture)."""
        return has_art_layer(self.template, self.mode, self.preview)

    def draw_art(self, canvas: Canvas) -> None:
        """Everything on a page that is not text, in page coordinates (no offsets)."""
        emblem = str(self.emblem) if self.emblem is not None else None
        draw_art_layer(canvas, self.template, self.mode, self.preview, emblem)
