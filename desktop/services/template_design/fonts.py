"""Installed fonts a template may use, scanned once and kept in a cache file."""

from __future__ import annotations

import contextlib
import json
from pathlib import Path

from desktop import paths
from desktop.documents.fonts import system_font_folders, usable_fonts
from desktop.domain.json_text import JsonTextError, loads_strict
from desktop.services.files import write_atomically

FONT_CACHE_FILE = "font-cache.json"
FONT_CACHE_FORMAT = 1


def installed_fonts(
    cache_file: Path | None = None,
    *,
    rescan: bool = False,
    folders: list[Path] | None = None,
) -> list[tuple[str, Path]]:
    """(label, file) of the installed TrueType fonts a template may use (every Vietnamese
    letter, not OTF/CFF), for the designer's font box.

    Scanning opens every font file (seconds on a PC with many fonts), so the result is kept in
    ``font-cache.json`` in the user's data folder and read from there on later calls; fonts
    removed since are dropped from the answer. ``rescan`` scans again (a font installed later).
    """
    cache = cache_file or paths.user_data_dir() / FONT_CACHE_FILE
    if not rescan:
        try:
            data = loads_strict(cache.read_text(encoding="utf-8"))
            if isinstance(data, dict) and data.get("format") == FONT_CACHE_FORMAT:
                listed = [(str(f["label"]), Path(f["path"])) for f in data["fonts"]]
                return [(label, path) for label, path in listed if path.is_file()]
        except (OSError, UnicodeDecodeError, JsonTextError, KeyError, TypeError):
            pass  # no cache yet, or a damaged one: scan again
    found = usable_fonts(folders if folders is not None else system_font_folders())
    text = json.dumps(
        {
            "format": FONT_CACHE_FORMAT,
            "fonts": [{"label": label, "path": str(path)} for label, path in found],
        },
        ensure_ascii=False,
        indent=1,
    )
    # A read-only data folder: the list still works, it is scanned again next time.
    with contextlib.suppress(OSError, ValueError):
        write_atomically(cache, text.encode("utf-8"))
    return found
