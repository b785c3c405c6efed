"""The one place that knows where resources and the user's data live.

Resources are found in a PyInstaller build (resources/ inside ``sys._MEIPASS``), an installed
wheel (``desktop/resources/``: pyproject.toml maps the repository's resources/ there) and a
source checkout or editable install (resources/ beside the package).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

APP_NAME = "VinhDanh"
APP_AUTHOR = "VinhDanh"

DATA_DIR_ENV = "VINHDANH_DATA_DIR"
"""Environment variable naming the data folder (tests, IT staff); wins over everything else."""
PORTABLE_MARKER = "portable"
"""A file of this name beside the frozen program keeps the data in ``data`` beside it (USB)."""


def resources_dir() -> Path:
    """Folder holding fonts, templates, schemas, styles, translations and the demo meeting."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    package = Path(__file__).resolve().parent
    installed = package / "resources"
    if (installed / "schemas").is_dir():
        return installed
    return package.parent / "resources"


def guide_dir() -> Path:
    """Folder of the user guide (user-guide.md, cai-dat.md, images/): shipped as ``guide/`` in
    the frozen program and ``desktop/guide`` in the wheel; docs/ in a source checkout."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "guide"
    package = Path(__file__).resolve().parent
    installed = package / "guide"
    if (installed / "user-guide.md").is_file():
        return installed
    return package.parent / "docs"


def resource(*parts: str) -> Path:
    """Path of one file under resources/."""
    return resources_dir().joinpath(*parts)


def program_dir() -> Path | None:
    """Folder of the frozen program (vinhdanh.exe); None when running from source or a wheel."""
    if not getattr(sys, "frozen", False):
        return None
    return Path(sys.executable).resolve().parent


def portable_data_dir() -> Path | None:
    """``data`` beside the program when a ``portable`` marker file is there, else None."""
    folder = program_dir()
    if folder is None or not (folder / PORTABLE_MARKER).is_file():
        return None
    return folder / "data"


def data_dir_override() -> Path | None:
    """The data folder chosen by ``VINHDANH_DATA_DIR`` or by portable mode, else None."""
    chosen = os.environ.get(DATA_DIR_ENV, "").strip()
    if chosen:
        return Path(chosen).expanduser()
    return portable_data_dir()


def user_data_dir() -> Path:
    """The user's data folder, created on first use.

    ``VINHDANH_DATA_DIR`` when set; ``data`` beside the program in portable mode; otherwise
    AppData\\Local\\VinhDanh on Windows (platformdirs), ~/.local/share/VinhDanh on Linux.
    """
    # appauthor=False: %LOCALAPPDATA%\VinhDanh on Windows (not VinhDanh\VinhDanh), as the
    # user guide and the uninstaller say.
    path = data_dir_override() or Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def settings_file() -> Path | None:
    """``settings.ini`` in the data folder in portable mode (nothing written to the host PC).

    None means the platform's usual place (QSettings' user scope); ``VINHDANH_DATA_DIR`` moves
    the data, not the settings.
    """
    folder = portable_data_dir()
    if folder is None:
        return None
    return user_data_dir() / "settings.ini"


def logs_dir() -> Path:
    """Where the windowed program writes its log (it has no console)."""
    path = user_data_dir() / "logs"
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_database_path() -> Path:
    """Where the database lives unless ``--db`` says otherwise."""
    return user_data_dir() / "vinhdanh.db"


def demo_database_path() -> Path:
    """A throw-away database for ``vinhdanh demo``."""
    return user_data_dir() / "demo.db"


def user_styles_dir() -> Path:
    """Document styles changed by the user (state.json, party.json), read before the bundled."""
    return user_data_dir() / "styles"


def user_templates_dir() -> Path:
    """Certificate templates made or changed by the user."""
    path = user_data_dir() / "templates"
    path.mkdir(parents=True, exist_ok=True)
    return path
