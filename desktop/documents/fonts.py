"""Fonts for every document: registered once from files, checked before drawing.

Fonts are loaded from file paths, never by family name (two installed fonts may share a
family name and one of them may lack Vietnamese: see docs/pitfalls.md).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path

from fontTools.ttLib import TTFont as FontToolsFont
from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from desktop import paths

SERIF = "VD-Serif"
"""reportlab name of the default body face (regular); bold/italic via the family mapping."""
SERIF_BOLD = "VD-Serif-Bold"
SERIF_ITALIC = "VD-Serif-Italic"
SERIF_BOLD_ITALIC = "VD-Serif-BoldItalic"


@dataclass(frozen=True, slots=True)
class FontFamily:
    """Four files of one family: regular, bold, italic, bold italic."""

    regular: Path
    bold: Path
    italic: Path
    bold_italic: Path


def bundled_serif() -> FontFamily:
    """Tinos: metric-compatible with Times New Roman, full Vietnamese coverage, Apache 2.0."""
    folder = paths.resource("fonts", "tinos")
    return FontFamily(
        regular=folder / "Tinos-Regular.ttf",
        bold=folder / "Tinos-Bold.ttf",
        italic=folder / "Tinos-Italic.ttf",
        bold_italic=folder / "Tinos-BoldItalic.ttf",
    )


_registered: dict[str, Path] = {}


def register_serif(family: FontFamily | None = None) -> str:
    """Register the body family with reportlab (once per process) and return its regular name.

    Calling again with another family (e.g. Windows' Times New Roman chosen in the settings)
    re-registers the names, so documents drawn afterwards use it.
    """
    family = family or bundled_serif()
    names = {
        SERIF: family.regular,
        SERIF_BOLD: family.bold,
        SERIF_ITALIC: family.italic,
        SERIF_BOLD_ITALIC: family.bold_italic,
    }
    for name, path in names.items():
        if _registered.get(name) != path:
            pdfmetrics.registerFont(TTFont(name, str(path)))
            _registered[name] = path
    addMapping(SERIF, 0, 0, SERIF)
    addMapping(SERIF, 1, 0, SERIF_BOLD)
    addMapping(SERIF, 0, 1, SERIF_ITALIC)
    addMapping(SERIF, 1, 1, SERIF_BOLD_ITALIC)
    return SERIF


def font_path(name: str) -> Path:
    """File of a font registered through this module."""
    return _registered[name]


@functools.lru_cache(maxsize=32)
def _cmap(path: Path) -> frozenset[int]:
    with FontToolsFont(str(path), lazy=True) as font:
        return frozenset(font.getBestCmap())


def missing_glyphs(text: str, path: Path) -> list[str]:
    """Characters of ``text`` (in order, once each) that the font file cannot draw.

    White space and line breaks are ignored; everything else must be in the font's cmap.
    """
    cmap = _cmap(path)
    seen: list[str] = []
    for char in text:
        if char.isspace() or char in seen:
            continue
        if ord(char) not in cmap:
            seen.append(char)
    return seen
