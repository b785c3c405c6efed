"""Pair kerning read from a TrueType font's GPOS table (reportlab sets text without it)."""

from __future__ import annotations

import functools
import itertools
from pathlib import Path

from fontTools.ttLib import TTFont as FontToolsFont


@functools.lru_cache(maxsize=8)
def _kerning_table(path: Path) -> tuple[dict[str, str], int, list[object]]:
    """(cmap, units per em, pair-positioning subtables of the 'kern' feature) of a font."""
    font = FontToolsFont(str(path), lazy=True)
    cmap = {chr(code): name for code, name in font.getBestCmap().items()}
    units = int(font["head"].unitsPerEm)
    subtables: list[object] = []
    if "GPOS" in font:
        table = font["GPOS"].table
        indexes = {
            index
            for record in table.FeatureList.FeatureRecord
            if record.FeatureTag == "kern"
            for index in record.Feature.LookupListIndex
        }
        for index in sorted(indexes):
            lookup = table.LookupList.Lookup[index]
            for sub in lookup.SubTable:
                sub = getattr(sub, "ExtSubTable", sub)  # extension lookups (type 9) wrap it
                if getattr(sub, "LookupType", 2) == 2:
                    subtables.append(sub)
    return cmap, units, subtables


def _pair_value(subtables: list[object], left: str, right: str) -> int:
    for sub in subtables:
        coverage = sub.Coverage.glyphs  # type: ignore[attr-defined]
        if left not in coverage:
            continue
        if sub.Format == 1:  # type: ignore[attr-defined]
            pairs = sub.PairSet[coverage.index(left)].PairValueRecord  # type: ignore[attr-defined]
            for record in pairs:
                if record.SecondGlyph == right:
                    value = record.Value1
                    return int(getattr(value, "XAdvance", 0) or 0) if value else 0
        elif sub.Format == 2:  # type: ignore[attr-defined]
            first = sub.ClassDef1.classDefs.get(left, 0)  # type: ignore[attr-defined]
            second = sub.ClassDef2.classDefs.get(right, 0)  # type: ignore[attr-defined]
            record = sub.Class1Record[first].Class2Record[second]  # type: ignore[attr-defined]
            value = record.Value1
            adjust = int(getattr(value, "XAdvance", 0) or 0) if value else 0
            if adjust:
                return adjust
    return 0


@functools.lru_cache(maxsize=256)
def kerning(path: Path, text: str) -> tuple[float, ...]:
    """The font's kerning after each character of ``text`` but the last, in em.

    reportlab sets text without kerning; display titles ("GIẤY KHEN") look uneven without it
    ("Y" and "K" stand apart). Read from the font's GPOS 'kern' feature (pair adjustments,
    formats 1 and 2).
    """
    cmap, units, subtables = _kerning_table(path)
    out = []
    for left, right in itertools.pairwise(text):
        a, b = cmap.get(left), cmap.get(right)
        out.append(_pair_value(subtables, a, b) / units if a and b else 0.0)
    return tuple(out)
