"""Two documents drawn at once in two threads (an export of certificates in the background and
one of the decision): reportlab reads every font's glyphs through one shared file cursor when a
document is saved, so the second waits for the first instead of embedding glyphs read at the
other's position (a letter without its accent)."""

from __future__ import annotations

import io
import shutil
import threading
from pathlib import Path

import pypdf
import pytest

from desktop.documents import fonts
from desktop.documents.certificates.pdf import CertificateRenderer
from desktop.documents.certificates.template import find_template
from desktop.documents.official.decision import decision_pdf
from desktop.domain.records import Decision

WAIT_S = 1.0
"""Longer than drawing the decision takes on this machine (about 0.1 s)."""


def test_a_document_waits_while_certificates_are_drawn(sample_decision: Decision) -> None:
    renderer = CertificateRenderer(find_template("giay-khen-dang"), mode="full")
    batch = renderer.prepare(sample_decision)
    alone = decision_pdf(sample_decision)
    certificates_alone = renderer.render_batch(batch)
    first_page = threading.Event()
    go_on = threading.Event()
    made: dict[str, bytes] = {}

    def on_page(done: int, total: int) -> None:
        if done == 1:
            first_page.set()
            assert go_on.wait(30)

    def certificates() -> None:
        made["certificates"] = renderer.render_batch(batch, on_page=on_page)

    def decision() -> None:
        made["decision"] = decision_pdf(sample_decision)

    drawing = threading.Thread(target=certificates)
    drawing.start()
    assert first_page.wait(30)
    second = threading.Thread(target=decision)
    second.start()
    second.join(WAIT_S)
    waited = second.is_alive()  # still waiting for the certificates to be saved
    go_on.set()
    drawing.join(30)
    second.join(30)
    assert waited, "the decision was drawn while the certificates were being drawn"
    # Each as if drawn alone: the same bytes, the names with their accents.
    assert made["certificates"] == certificates_alone
    assert made["decision"] == alone
    first = pypdf.PdfReader(io.BytesIO(made["certificates"])).pages[0].extract_text()
    assert sample_decision.awards[0].name in " ".join(first.split())  # "Tuyên", "Huyện ủy"


@pytest.fixture
def times(tmp_path: Path) -> fonts.FontFamily:
    """A stand-in for Windows' Times New Roman: the bundled files under its names."""
    bundled = fonts.bundled_serif()
    copies = [tmp_path / n for n in ("times.ttf", "timesbd.ttf", "timesi.ttf", "timesbi.ttf")]
    originals = (bundled.regular, bundled.bold, bundled.italic, bundled.bold_italic)
    for source, copy in zip(originals, copies, strict=True):
        shutil.copy(source, copy)
    return fonts.FontFamily(*copies)


def test_the_font_setting_changed_meanwhile_waits_for_the_next_document(
    sample_decision: Decision, times: fonts.FontFamily
) -> None:
    """The user switches to Times New Roman while certificates are exported: the window does
    not wait; the export ends in the face it began with; the next document uses the new one."""
    bundled = fonts.bundled_serif()
    renderer = CertificateRenderer(find_template("giay-khen-dang"), mode="full")
    batch = renderer.prepare(sample_decision)
    first_page, go_on = threading.Event(), threading.Event()

    def on_page(done: int, total: int) -> None:
        if done == 1:
            first_page.set()
            assert go_on.wait(30)

    drawing = threading.Thread(target=lambda: renderer.render_batch(batch, on_page=on_page))
    drawing.start()
    try:
        assert first_page.wait(30)
        switch = threading.Thread(target=fonts.use_serif, args=(times,))
        switch.start()
        switch.join(WAIT_S)
        assert not switch.is_alive(), "the window waited for the export"
        assert fonts.font_path(fonts.SERIF) == bundled.regular  # the export's face, unchanged
    finally:
        go_on.set()
        drawing.join(30)
    try:
        decision_pdf(sample_decision)
        assert fonts.font_path(fonts.SERIF) == times.regular
    finally:
        fonts.use_serif(None)
    assert fonts.font_path(fonts.SERIF) == bundled.regular


def test_certificates_are_drawn_in_their_own_face_whatever_was_registered_since(
    sample_decision: Decision, times: fonts.FontFamily
) -> None:
    """Certificates prepared in Times New Roman are drawn in it even when another export (or
    the setting) registered the bundled face between their preparation and their drawing."""
    bundled = fonts.bundled_serif()
    renderer = CertificateRenderer(find_template("giay-khen-dang"), mode="full", serif=times)
    batch = renderer.prepare(sample_decision)
    try:
        fonts.use_serif(None)  # meanwhile: the bundled face registered again
        assert fonts.font_path(fonts.SERIF) == bundled.regular
        seen: list[Path] = []
        renderer.render_batch(batch, on_page=lambda *_: seen.append(fonts.font_path(fonts.SERIF)))
        assert seen and set(seen) == {times.regular}
    finally:
        fonts.use_serif(None)
