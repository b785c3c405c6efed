"""The user guide the program ships (Trợ giúp → Hướng dẫn sử dụng): which files, from docs/.

The guide is docs/user-guide.md and docs/cai-dat.md, with the images they show. setup.py (the
wheel: ``desktop/guide/``) and vinhdanh.spec (the frozen folder: ``guide/``) both take the list
from here, so a picture added to the guide ships without editing either. Standard library only:
setup.py imports it before anything is installed.
"""

from __future__ import annotations

import re
from pathlib import Path

PAGES = ("user-guide.md", "cai-dat.md")
_IMAGE = re.compile(r"!\[[^\]]*\]\((images/[^)\s]+)\)")


def guide_files(root: Path) -> list[tuple[Path, str]]:
    """(file in the checkout, path inside the guide folder) for every page and image shown."""
    docs = root / "docs"
    files: list[tuple[Path, str]] = []
    seen: set[str] = set()
    for page in PAGES:
        source = docs / page
        files.append((source, page))
        for image in _IMAGE.findall(source.read_text(encoding="utf-8")):
            if image not in seen:
                seen.add(image)
                files.append((docs / image, image))
    missing = [str(path) for path, _ in files if not path.is_file()]
    if missing:
        raise SystemExit(f"the user guide refers to missing files: {', '.join(missing)}")
    return files
