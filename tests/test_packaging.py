"""What a user installs: the wheel carries every resource, the frozen folder stays in budget.

The wheel is built as ``pip install .`` builds it (pip wheel, isolated build with the build hook of
setup.py); the frozen folder is checked only when installer/build.py has made one (``.ci/run``
builds it and checks it headless with installer/verify.py).
"""

from __future__ import annotations

import importlib.util
import subprocess
import sys
import zipfile
from pathlib import Path
from types import ModuleType
from xml.etree import ElementTree

import pytest

ROOT = Path(__file__).resolve().parent.parent
RESOURCES = ROOT / "resources"


def _verify() -> ModuleType:
    spec = importlib.util.spec_from_file_location("verify", ROOT / "installer" / "verify.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", str(ROOT), "-w", str(out)],
        check=True,
        capture_output=True,
        timeout=600,
    )
    (built,) = out.glob("vinhdanh-*.whl")
    return built


def _shipped() -> list[str]:
    """Every file of resources/ the program reads (not the translators' .ts, not .gitignore)."""
    return sorted(
        p.relative_to(RESOURCES).as_posix()
        for p in RESOURCES.rglob("*")
        if p.is_file() and p.suffix not in (".ts", ".qm") and p.name != ".gitignore"
    )


@pytest.mark.slow
def test_wheel_carries_fonts_templates_schemas_styles_translation_and_demo(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
    inside = {n.removeprefix("desktop/resources/") for n in names if "/resources/" in n}
    for folder in ("fonts", "templates", "schemas", "styles", "demo"):
        assert any(n.startswith(f"{folder}/") for n in inside), folder
    assert "fonts/tinos/Tinos-Regular.ttf" in inside
    assert "schemas/meeting-package.v1.schema.json" in inside
    assert "demo/hoi-nghi-tong-ket-2023.json" in inside
    missing = [n for n in _shipped() if n not in inside]
    assert missing == []
    assert "translations/vinhdanh_vi.qm" in inside
    assert "translations/qt_vi.qm" in inside  # Qt's own buttons and menus
    assert "desktop/cli/__init__.py" in names and "desktop/paths.py" in names
    # The user guide (Trợ giúp → Hướng dẫn sử dụng) with every picture it shows.
    assert {"desktop/guide/user-guide.md", "desktop/guide/cai-dat.md"} <= names
    assert "desktop/guide/images/ui-meetings.png" in names


@pytest.mark.slow
def test_the_wheel_translation_is_the_compiled_vietnamese(wheel: Path, tmp_path: Path) -> None:
    """The .qm made at build time translates what the .ts says (first translated message)."""
    from PySide6.QtCore import QTranslator

    with zipfile.ZipFile(wheel) as archive:
        qm = tmp_path / "vinhdanh_vi.qm"
        qm.write_bytes(archive.read("desktop/resources/translations/vinhdanh_vi.qm"))
    ts = ElementTree.parse(RESOURCES / "translations" / "vinhdanh_vi.ts")
    context = ts.find("context")
    assert context is not None
    name, message = context.findtext("name"), context.find("message")
    assert name and message is not None
    source, translation = message.findtext("source"), message.findtext("translation")
    assert source and translation and translation != source
    translator = QTranslator()
    assert translator.load(str(qm))
    assert translator.translate(name, source) == translation


def test_frozen_folder_within_its_budget() -> None:
    verify = _verify()
    folder = ROOT / "dist" / "VinhDanh"
    if not folder.is_dir():
        pytest.skip("no frozen build (installer/build.py makes dist/VinhDanh)")
    size_mb = verify.folder_size(folder) / 2**20
    assert size_mb <= verify.budget_mb(), verify.largest_parts(folder)


def test_the_budget_counts_each_file_once(tmp_path: Path) -> None:
    """Linux builds hold symbolic links to the Qt libraries: they must not count twice."""
    verify = _verify()
    (tmp_path / "lib.so").write_bytes(b"x" * 1000)
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "other").write_bytes(b"y" * 24)
    (tmp_path / "sub" / "lib.so").symlink_to(tmp_path / "lib.so")
    assert verify.folder_size(tmp_path) == 1024
    assert verify.budget_mb() > 0


def test_nothing_sorts_through_qt_collation() -> None:
    """The Linux bundle carries no ICU data (installer/README.md): QCollator would sort by code
    point there. Vietnamese order is desktop.domain.text's own; Qt lives only in desktop/ui."""
    qt_collation = ("QCollator", "localeAwareCompare", "setSortLocaleAware")
    users = [
        f"{path.relative_to(ROOT)}: {word}"
        for path in (ROOT / "desktop" / "ui").rglob("*.py")
        for word in qt_collation
        if word in path.read_text(encoding="utf-8")
    ]
    assert users == []
