"""Fitting text into a box, for any text: what fits stays inside, nothing is lost."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.documents import fonts
from desktop.documents.certificates.fit import FontBox, fit_text

WORD = st.text(
    alphabet="aăâbcdđeêghiklmnoôơpqrstuưvxyÀẢÃÁẠẰẲẴẮẶẦẨẪẤẬỄỆỖỘỮỰỴ-,", min_size=1, max_size=14
)


def _box(max_lines: int, word_spacing: float = 0.0) -> FontBox:
    name = fonts.face_font("serif", bold=True)
    top, bottom = fonts.ink_extent(fonts.font_path(name))
    return FontBox(
        name,
        top,
        bottom,
        width=300.0,
        height=60.0,
        size=22.0,
        min_size=12.0,
        max_lines=max_lines,
        line_spacing=1.1,
        word_spacing=word_spacing,
    )


@settings(max_examples=150, deadline=None)
@given(
    words=st.lists(WORD, min_size=1, max_size=30),
    max_lines=st.integers(1, 4),
    word_spacing=st.sampled_from([0.0, 0.25]),
)
def test_fitted_text_stays_in_its_box_and_keeps_every_word(
    words: list[str], max_lines: int, word_spacing: float
) -> None:
    text = " ".join(words)
    box = _box(max_lines, word_spacing)
    fitted = fit_text(text, box)
    assert " ".join(fitted.lines) == text
    assert box.min_size <= fitted.size <= box.size
    if fitted.fits:
        assert len(fitted.lines) <= box.max_lines
        assert max(fitted.widths) <= box.width + 1e-6
        assert fitted.block_height(box) <= box.height + 1e-6
    else:
        assert fitted.size == box.min_size


def test_a_single_line_is_preferred_while_it_stays_at_or_above_the_minimum() -> None:
    box = _box(3)
    short = fit_text("Báo Bắc Giang", box)
    assert short.lines == ("Báo Bắc Giang",) and short.size == box.size


def test_a_heading_wraps_by_the_vietnamese_rule() -> None:
    import dataclasses

    box = dataclasses.replace(_box(2), width=230.0, size=19.0, min_size=19.0)
    fitted = fit_text("GIÁM ĐỐC SỞ NỘI VỤ TỈNH THÁI NGUYÊN", box)
    assert fitted.fits
    assert fitted.lines == ("GIÁM ĐỐC SỞ NỘI VỤ", "TỈNH THÁI NGUYÊN")
    box = dataclasses.replace(box, width=420.0, height=80.0)
    fitted = fit_text("TRƯỞNG BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY TUYÊN QUANG", box)
    assert fitted.lines == ("TRƯỞNG BAN TUYÊN GIÁO VÀ DÂN VẬN", "TỈNH ỦY TUYÊN QUANG")
