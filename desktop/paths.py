"""The one place that knows where resources and the user's data live.

Resources are found in a PyInstaller build (resources/ inside ``sys._MEIPASS``), an installed
wheel (``desktop/resources/``: pyproject.toml maps the repository's resources/ there) and a
source checkout or editable install (resources/ beside the package).
"""

from __future__ import annotations

import sys
from pathlib import Path

import platformdirs

APP_NAME = "VinhDanh"
APP_AUTHOR = "VinhDanh"


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


def resource(*parts: str) -> Path:
    """Path of one file under resources/."""
    return resources_dir().joinpath(*parts)


def user_data_dir() -> Path:
    """The user's data folder (AppData\\Local\\VinhDanh on Windows), created on first use."""
    path = Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))
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
