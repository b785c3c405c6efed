"""The user interface language: English in the source, Vietnamese (the default) from a .qm file.

resources/translations/vinhdanh_vi.ts is the translation the translators edit; the compiled
.qm is made by pyside6-lrelease as part of the build, or here at start-up when it is missing or
older than the .ts (a source checkout), into the user's data folder when resources/ is
read-only, or into the folder named by ``VINHDANH_QM_DIR`` when that is set (the tests set it,
so a test run never writes into resources/).
"""

from __future__ import annotations

import logging
import os
import shutil
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from desktop import paths

log = logging.getLogger(__name__)

LANGUAGES = {"vi": "Tiếng Việt", "en": "English"}
DOMAIN = "vinhdanh"
QT_DOMAIN = "qt"
"""Our translation of Qt's own strings (resources/translations/qt_vi.ts): Qt ships no
qtbase_vi, so buttons of message boxes, context menus and wizards would stay English."""
QM_DIR_VARIABLE = "VINHDANH_QM_DIR"
"""Environment variable: compile the .qm into this folder instead of beside the .ts."""


def source_file(language: str, domain: str = DOMAIN) -> Path:
    """The .ts file of ``language`` (ours, or ``QT_DOMAIN`` for Qt's own strings)."""
    return paths.resource("translations", f"{domain}_{language}.ts")


def _lrelease() -> list[str] | None:
    beside = Path(sys.executable).with_name("pyside6-lrelease")
    for candidate in (beside, beside.with_suffix(".exe")):
        if candidate.exists():
            return [str(candidate)]
    found = shutil.which("pyside6-lrelease") or shutil.which("lrelease")
    return [found] if found else None


def compiled_file(language: str, domain: str = DOMAIN) -> Path | None:
    """The .qm of ``language``, compiled now if missing or stale; None when unavailable."""
    ts = source_file(language, domain)
    qm = ts.with_suffix(".qm")
    elsewhere = os.environ.get(QM_DIR_VARIABLE)
    if elsewhere:
        qm = Path(elsewhere) / qm.name
    # A frozen build ships its .qm; a copy of the folder (a USB stick) may make the .ts look newer.
    frozen = getattr(sys, "frozen", False)
    if qm.exists() and (frozen or not ts.exists() or qm.stat().st_mtime >= ts.stat().st_mtime):
        return qm
    if not ts.exists():
        return None
    import subprocess  # only to compile a missing or stale .qm (not at a normal start)

    tool = _lrelease()
    if tool is None:
        log.warning("pyside6-lrelease not found; %s not compiled", ts)
        return qm if qm.exists() else None
    for target in (qm, paths.user_data_dir() / "translations" / qm.name):
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            subprocess.run(
                [*tool, "-silent", str(ts), "-qm", str(target)],
                check=True,
                capture_output=True,
                timeout=60,
            )
            return target
        except (OSError, subprocess.SubprocessError) as exc:
            log.warning("could not compile %s to %s: %s", ts, target, exc)
    return None


def install(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Load ``language`` (ours and Qt's own dialogs) into ``app``; English needs nothing."""
    if language not in LANGUAGES:
        language = "vi"
    QLocale.setDefault(
        QLocale(QLocale.Language.Vietnamese if language == "vi" else QLocale.Language.English)
    )
    if language == "en":
        return []
    installed: list[QTranslator] = []
    qm = compiled_file(language)
    ours = QTranslator(app)
    if qm is not None and ours.load(str(qm)):
        app.installTranslator(ours)
        installed.append(ours)
    else:
        log.warning("no %s translation loaded", language)
    qt = QTranslator(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_qm = compiled_file(language, QT_DOMAIN)
    if qt.load(f"qtbase_{language}", qt_dir) or (qt_qm is not None and qt.load(str(qt_qm))):
        app.installTranslator(qt)
        installed.append(qt)
    else:
        log.warning("no %s translation of Qt's own strings loaded", language)
    return installed
