"""Fonts for every document: registered once from files, checked before drawing.

Fonts are loaded from file paths, never by family name (two installed fonts may share a
family name and one of them may lack Vietnamese: see docs/pitfalls.md).
"""

from __future__ import annotations

import functools
import hashlib
import os
import struct
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from fontTools.ttLib import TTFont as FontToolsFont
from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont, TTFontFace

from desktop import paths
from desktop.documents.drawing import LOCK, one_at_a_time

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
_preferred: FontFamily | None = None
"""The body family the user chose (``use_serif``); None means the bundled Tinos."""


def use_serif(family: FontFamily | None) -> None:
    """Make ``family`` the body face of every document drawn from now on (None: Tinos).

    This is the user's setting "use Windows' Times New Roman"; a renderer given a family of
    its own still uses that one. A document being drawn meanwhile (an export in the
    background) ends in the family it began with; the next one registers this one (never a
    wait here: the setting is changed from the window).
    """
    global _preferred
    _preferred = family
    if LOCK.acquire(blocking=False):
        try:
            register_serif()
        finally:
            LOCK.release()


def serif_in_use() -> FontFamily:
    """The body family documents are drawn in now: the user's choice, else the bundled Tinos."""
    return _preferred or bundled_serif()


@one_at_a_time
def register_serif(family: FontFamily | None = None) -> str:
    """Register the body family with reportlab (once per process) and return its regular name.

    ``family`` defaults to the one chosen with ``use_serif``, else the bundled Tinos. Calling
    again with another family re-registers the names, so documents drawn afterwards use it.
    """
    family = family or _preferred or bundled_serif()
    names = {
        SERIF: family.regular,
        SERIF_BOLD: family.bold,
        SERIF_ITALIC: family.italic,
        SERIF_BOLD_ITALIC: family.bold_italic,
    }
    for name, path in names.items():
        if _registered.get(name) != path:
            # reportlab keeps the first font registered under a name: forget it, or a
            # change of the setting would draw on in the old family until a restart.
            pdfmetrics._fonts.pop(name, None)
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


# --- Faces for certificates (display faces beside the body serif) -------------------------------

SERIF_FACE = "serif"
"""Template key of the body family (Tinos, or Windows' Times New Roman when preferred)."""


def _display_faces() -> dict[str, FontFamily]:
    """Bundled display faces, each checked for full Vietnamese coverage (tests/documents).

    Faces that ship in fewer than four styles repeat a file: a script face has no bold.
    """
    playfair = paths.resource("fonts", "playfair-display")
    vibes = paths.resource("fonts", "great-vibes", "GreatVibes-Regular.ttf")
    dancing = paths.resource("fonts", "dancing-script", "DancingScript-Bold.ttf")
    return {
        "playfair": FontFamily(
            regular=playfair / "PlayfairDisplay-Bold.ttf",
            bold=playfair / "PlayfairDisplay-Bold.ttf",
            italic=playfair / "PlayfairDisplay-BoldItalic.ttf",
            bold_italic=playfair / "PlayfairDisplay-BoldItalic.ttf",
        ),
        "great-vibes": FontFamily(vibes, vibes, vibes, vibes),
        "dancing-script": FontFamily(dancing, dancing, dancing, dancing),
    }


FACE_LABELS: dict[str, str] = {
    SERIF_FACE: "Tinos (tương thích Times New Roman)",
    "playfair": "Playfair Display (chữ tiêu đề)",
    "great-vibes": "Great Vibes (chữ viết tay)",
    "dancing-script": "Dancing Script (chữ viết tay, đậm)",
}
"""Every face a template may name, with the label shown to the user."""

FACES: tuple[str, ...] = tuple(FACE_LABELS)

_STYLE_SUFFIX = {
    (False, False): "",
    (True, False): "-Bold",
    (False, True): "-Italic",
    (True, True): "-BoldItalic",
}


def face_font(face: str, *, bold: bool = False, italic: bool = False) -> str:
    """Register (once) and return the reportlab name of ``face`` in the given style.

    Raises:
        KeyError: ``face`` is not one of ``FACES``.
    """
    if face == SERIF_FACE:
        if SERIF not in _registered:
            register_serif()
        return {
            (False, False): SERIF,
            (True, False): SERIF_BOLD,
            (False, True): SERIF_ITALIC,
            (True, True): SERIF_BOLD_ITALIC,
        }[(bold, italic)]
    family = _display_faces()[face]
    path = {
        (False, False): family.regular,
        (True, False): family.bold,
        (False, True): family.italic,
        (True, True): family.bold_italic,
    }[(bold, italic)]
    name = f"VD-{face}{_STYLE_SUFFIX[(bold, italic)]}"
    if _registered.get(name) != path:
        pdfmetrics.registerFont(TTFont(name, str(path)))
        _registered[name] = path
    return name


def windows_times_new_roman(fonts_dir: Path | None = None) -> FontFamily | None:
    """The Times New Roman installed on Windows, or None where its four files are not all there.

    It may be embedded in a PDF but not redistributed, so it is only ever read from the
    system's Fonts folder (``%WINDIR%\\Fonts``).
    """
    folder = fonts_dir or Path(os.environ.get("WINDIR", r"C:\Windows")) / "Fonts"
    family = FontFamily(
        regular=folder / "times.ttf",
        bold=folder / "timesbd.ttf",
        italic=folder / "timesi.ttf",
        bold_italic=folder / "timesbi.ttf",
    )
    files = (family.regular, family.bold, family.italic, family.bold_italic)
    return family if all(p.is_file() for p in files) else None


def _face(path: Path) -> TTFontFace:
    """reportlab's parsed face of a registered font file (parsed once, at registration)."""
    for name, registered in _registered.items():
        if registered == path:
            face = pdfmetrics.getFont(name).face
            assert isinstance(face, TTFontFace)
            return face
    return TTFontFace(str(path))


@functools.lru_cache(maxsize=32)
def characters(path: Path) -> frozenset[str]:
    """Every character the font file can draw (its cmap), plus the white space it need not."""
    return frozenset(chr(code) for code in _face(path).charToGlyph) | frozenset(" \t\n")


@functools.lru_cache(maxsize=32)
def ink_extent(path: Path) -> tuple[float, float]:
    """Highest and lowest ink of Vietnamese letters, in em, as (top > 0, bottom < 0).

    Stacked marks (Ễ, Ẩ) reach above the font's ascent in some faces; a box that keeps this
    extent keeps every letter on paper. The PDF's own descent is included so that a
    reader's idea of the glyph box (pdfminer: descent up to descent + 1 em) is covered too.
    Read from the glyph headers of the face reportlab has already parsed (no second parse).
    """
    face = _face(path)
    data = face._ttf_data
    glyf = face.table["glyf"]["offset"]
    top, bottom = 0, 0
    for char in VIETNAMESE_LETTERS:
        glyph = face.charToGlyph.get(ord(char))
        if glyph is None or face.glyphPos[glyph] == face.glyphPos[glyph + 1]:
            continue
        _, _, y_min, _, y_max = struct.unpack_from(">hhhhh", data, glyf + face.glyphPos[glyph])
        top, bottom = max(top, y_max), min(bottom, y_min)
    units = face.unitsPerEm
    descent = face.descent / 1000  # reportlab keeps it in thousandths of an em
    return max(top / units, 1 + descent), min(bottom / units, descent)


def _vietnamese_letters() -> str:
    vowels = "aăâeêioôơuưy"
    tones = ("", "\u0300", "\u0301", "\u0303", "\u0309", "\u0323")
    letters = {unicodedata.normalize("NFC", v + t) for v in vowels for t in tones}
    letters |= set("bcdđghklmnpqrstvxfjwz")
    letters |= {c.upper() for c in letters}
    return "".join(sorted(letters))


VIETNAMESE_LETTERS = _vietnamese_letters()
"""All 186 letters of Vietnamese (with every tone, both cases, and f j w z), NFC."""


# --- Installed fonts named by file (a template's ``font_file``) ---------------------------------


class FontFileError(ValueError):
    """A font file a template may not use; the message is for the user (Vietnamese)."""


@functools.lru_cache(maxsize=256)
def _file_problem(path: Path, stamp: tuple[int, int]) -> str:
    try:
        with FontToolsFont(str(path), lazy=True, fontNumber=0) as font:
            if "glyf" not in font or "CFF " in font or "CFF2" in font:
                return (
                    f"Phông chữ {path.name} là phông OpenType/CFF; chỉ dùng được phông TrueType "
                    "(.ttf)"
                )
            cmap = font.getBestCmap() or {}
            family = font["name"].getBestFamilyName() or path.stem
    except Exception as exc:  # fontTools raises many kinds for a damaged or foreign file
        return f"Không đọc được phông chữ {path.name}: {exc}"
    missing = [c for c in VIETNAMESE_LETTERS if ord(c) not in cmap]
    if missing:
        return (
            f"Phông chữ {family} ({path.name}) thiếu {len(missing)} chữ cái tiếng Việt "
            f"(ví dụ: {' '.join(missing[:8])}); hãy chọn phông khác"
        )
    return ""


def font_file_problem(path: Path) -> str:
    """Why the TrueType file at ``path`` cannot be used for a certificate, in Vietnamese; empty
    when it can (a TrueType outline font with every Vietnamese letter). OTF/CFF is refused:
    reportlab cannot embed it (docs/pitfalls.md)."""
    try:
        info = path.stat()
    except OSError:
        return f"Không thấy tệp phông chữ {path}"
    return _file_problem(path, (int(info.st_mtime), info.st_size))


def font_family_name(path: Path) -> str:
    """The family name stored in a font file (for labels), else its file name."""
    try:
        with FontToolsFont(str(path), lazy=True, fontNumber=0) as font:
            name = font["name"]
            family = name.getBestFamilyName() or path.stem
            sub = name.getBestSubFamilyName() or ""
    except Exception:
        return path.stem
    return f"{family} {sub}".strip() if sub and sub.lower() != "regular" else family


def file_font(path: Path) -> str:
    """Register (once) the font file at ``path`` and return its reportlab name.

    The name is derived from the full path, so two files whose fonts share an internal name
    stay two fonts. Bold and italic are whatever the file is (a file is one style).

    Raises:
        FontFileError: the file is missing, not TrueType, or lacks Vietnamese letters.
    """
    problem = font_file_problem(path)
    if problem:
        raise FontFileError(problem)
    digest = hashlib.sha1(str(path.resolve()).encode("utf-8")).hexdigest()[:12]
    name = f"VD-file-{digest}"
    if _registered.get(name) != path:
        pdfmetrics.registerFont(TTFont(name, str(path)))
        _registered[name] = path
    return name


def system_font_folders() -> list[Path]:
    """Where installed fonts live: %WINDIR%\\Fonts and the per-user folder on Windows;
    /usr/share/fonts, /usr/local/share/fonts and ~/.local/share/fonts elsewhere."""
    if os.name == "nt":
        folders = [Path(os.environ.get("WINDIR", r"C:\Windows")) / "Fonts"]
        local = os.environ.get("LOCALAPPDATA")
        if local:
            folders.append(Path(local) / "Microsoft" / "Windows" / "Fonts")
        return folders
    return [
        Path("/usr/share/fonts"),
        Path("/usr/local/share/fonts"),
        Path.home() / ".local" / "share" / "fonts",
    ]


def usable_fonts(folders: list[Path]) -> list[tuple[str, Path]]:
    """(label, file) of every .ttf under ``folders`` that passes ``font_file_problem``,
    sorted by label. Slow (every file is opened): the service caches the result."""
    found: dict[Path, str] = {}
    for folder in folders:
        if not folder.is_dir():
            continue
        for path in sorted(folder.rglob("*")):
            if path.suffix.lower() != ".ttf" or not path.is_file() or path in found:
                continue
            if not font_file_problem(path):
                found[path] = font_family_name(path)
    return sorted(((label, p) for p, label in found.items()), key=lambda item: item[0].lower())
