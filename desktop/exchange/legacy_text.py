"""Text typed in the legacy Vietnamese encodings TCVN3 (ABC) and VNI-Windows, to Unicode.

Offices still keep lists made with the .VnTime fonts (TCVN3) or the VNI-Times fonts (VNI). In
such a file Excel holds each byte as the Windows-1252 character it happens to be, so "Nguyễn"
arrives as "NguyÔn" (TCVN3) or "Nguyeãn" (VNI). These functions turn that back into Unicode,
NFC.

- TCVN3 is one byte per letter. The table below is the lower-case part of glibc's
  ``TCVN5712-1`` charmap plus Ă Â Ê Ô Ơ Ư Đ (TCVN3 has no toned capitals: text in a font whose
  name ends in "H", .VnTimeH, is shown in capitals). tests/exchange checks it against iconv.
- VNI writes a base letter followed by a mark character (á = "aù", ậ = "aä"), with a few
  letters as one character (ơ = "ô", ư = "ö", đ = "ñ", ĩ = "ó"). The table is built from
  those rules.
"""

from __future__ import annotations

import unicodedata
from typing import Literal

LegacyEncoding = Literal["tcvn3", "vni"]

# -- TCVN3 -------------------------------------------------------------------------------------

_TCVN3_LETTERS = (
    "\u00a1Ă \u00a2Â \u00a3Ê \u00a4Ô \u00a5Ơ \u00a6Ư \u00a7Đ \u00a8ă \u00a9â \u00aaê \u00abô "
    "\u00acơ \u00adư \u00aeđ \u00b5à \u00b6ả \u00b7ã \u00b8á \u00b9ạ \u00bbằ \u00bcẳ \u00bdẵ "
    "\u00beắ \u00c6ặ \u00c7ầ \u00c8ẩ \u00c9ẫ \u00caấ \u00cbậ \u00ccè \u00ceẻ \u00cfẽ \u00d0é "
    "\u00d1ẹ \u00d2ề \u00d3ể \u00d4ễ \u00d5ế \u00d6ệ \u00d7ì \u00d8ỉ \u00dcĩ \u00ddí \u00deị "
    "\u00dfò \u00e1ỏ \u00e2õ \u00e3ó \u00e4ọ \u00e5ồ \u00e6ổ \u00e7ỗ \u00e8ố \u00e9ộ \u00eaờ "
    "\u00ebở \u00ecỡ \u00edớ \u00eeợ \u00efù \u00f1ủ \u00f2ũ \u00f3ú \u00f4ụ \u00f5ừ \u00f6ử "
    "\u00f7ữ \u00f8ứ \u00f9ự \u00faỳ \u00fbỷ \u00fcỹ \u00fdý \u00feỵ"
)
TCVN3: dict[str, str] = {pair[0]: pair[1] for pair in _TCVN3_LETTERS.split()}
"""TCVN3 character (as Windows-1252 shows the byte) → Unicode letter."""

# -- VNI ---------------------------------------------------------------------------------------

_GRAVE, _ACUTE, _HOOK, _TILDE, _DOT = "\u0300", "\u0301", "\u0309", "\u0303", "\u0323"
_CIRCUMFLEX, _BREVE, _HORN = "\u0302", "\u0306", "\u031b"

_VNI_TONES = {"ù": _ACUTE, "ø": _GRAVE, "û": _HOOK, "õ": _TILDE, "ï": _DOT}
_VNI_CIRCUMFLEX = {"â": "", "á": _ACUTE, "à": _GRAVE, "å": _HOOK, "ã": _TILDE, "ä": _DOT}
_VNI_BREVE = {"ê": "", "é": _ACUTE, "è": _GRAVE, "ú": _HOOK, "ü": _TILDE, "ë": _DOT}
# Letters VNI writes as one character (lower case; the upper-case character is the capital).
_VNI_SINGLE = {
    "ô": "ơ",
    "ö": "ư",
    "ñ": "đ",
    "í": "í",
    "ì": "ì",
    "æ": "ỉ",
    "ó": "ĩ",
    "ò": "ị",
    "î": "ỵ",
}


def _vni_table() -> dict[str, str]:
    table: dict[str, str] = {}

    def add(sequence: str, letter: str) -> None:
        table[sequence] = unicodedata.normalize("NFC", letter)
        table[sequence.upper()] = unicodedata.normalize("NFC", letter.upper())
        # A capital typed with lower-case marks ("Aù") is common in hand-edited lists.
        table[sequence[0].upper() + sequence[1:]] = unicodedata.normalize("NFC", letter.upper())

    for base in "aeiouy":
        for mark, tone in _VNI_TONES.items():
            add(base + mark, base + tone)
    for base in "aeo":
        for mark, tone in _VNI_CIRCUMFLEX.items():
            add(base + mark, base + _CIRCUMFLEX + tone)
    for mark, tone in _VNI_BREVE.items():
        add("a" + mark, "a" + _BREVE + tone)
    for single, letter in _VNI_SINGLE.items():
        table[single] = letter
        table[single.upper()] = letter.upper()
    for single, letter in (("ô", "ơ"), ("ö", "ư")):
        for mark, tone in _VNI_TONES.items():
            add(single + mark, unicodedata.normalize("NFD", letter) + tone)
    return table


VNI: dict[str, str] = _vni_table()
"""VNI sequence (one or two Windows-1252 characters) → Unicode letter."""

# -- detection and conversion ------------------------------------------------------------------

# Characters that Unicode Vietnamese never uses but each legacy encoding uses a lot.
_VIETNAMESE_LATIN1 = set("àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ")
_TCVN3_SIGNS = frozenset(TCVN3) - _VIETNAMESE_LATIN1
_VNI_SINGLE_SIGNS = frozenset("öñæîÖÑÆÎ")


def to_unicode(text: str, encoding: LegacyEncoding, upper: bool = False) -> str:
    """Convert ``text`` typed in a legacy encoding to Unicode NFC.

    Args:
        text: as Excel or a text file gives it (each legacy byte as its Windows-1252 char).
        encoding: "tcvn3" or "vni".
        upper: the text was shown in a capitals-only font (.VnTimeH, VNI-…H): make it upper case.
    """
    if encoding == "tcvn3":
        converted = "".join(TCVN3.get(char, char) for char in text)
    else:
        out: list[str] = []
        index = 0
        while index < len(text):
            pair = text[index : index + 2]
            if len(pair) == 2 and pair in VNI:
                out.append(VNI[pair])
                index += 2
                continue
            out.append(VNI.get(text[index], text[index]))
            index += 1
        converted = "".join(out)
    converted = unicodedata.normalize("NFC", converted)
    return converted.upper() if upper else converted


def detect(texts: list[str]) -> LegacyEncoding | None:
    """Which legacy encoding a whole table of text is typed in, or None for Unicode.

    Any character beyond Latin-1 (ạ, ă, ư …) means the text is Unicode. Otherwise VNI shows
    itself by vowel + mark pairs ("eã", "aê") and by its one-character letters (ñ = đ,
    ö = ư), TCVN3 by characters Vietnamese never uses otherwise (¸ µ ¨ Þ …); the encoding with
    clearly more evidence wins.
    """
    tcvn3 = vni = 0
    for text in texts:
        index = 0
        while index < len(text):
            char = text[index]
            if ord(char) > 0xFF:
                return None
            if text[index : index + 2] in VNI:
                vni += 2
                index += 2
                continue
            if char in _VNI_SINGLE_SIGNS:
                vni += 1
            elif char in _TCVN3_SIGNS:
                tcvn3 += 1
            index += 1
    if max(tcvn3, vni) < 2:
        return None
    if tcvn3 >= 2 * vni:
        return "tcvn3"
    if vni >= 2 * tcvn3:
        return "vni"
    return None


def encoding_of_font(font_name: str | None) -> tuple[LegacyEncoding | None, bool]:
    """The legacy encoding a font name implies, and whether it is a capitals-only font.

    ".VnTime", ".VnArial" → TCVN3; ".VnTimeH" → TCVN3 in capitals; "VNI-Times" → VNI.
    """
    name = (font_name or "").strip()
    if name.lower().startswith(".vn"):
        return "tcvn3", name.endswith("H")
    if name.lower().startswith("vni-"):
        return "vni", False  # VNI has its own capitals
    return None, False
