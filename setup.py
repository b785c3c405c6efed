"""Build hook: compile the Vietnamese translation into the wheel, and add the user guide.

Everything else about the package is in pyproject.toml. ``resources/`` stays at the top of the
repository and is mapped to the package ``desktop.resources`` there (package-dir); this hook
adds what is not in the repository: the compiled ``.qm`` of every ``.ts``, made by
``pyside6-lrelease`` (PySide6-Essentials is a build requirement for that reason), and the user
guide (docs/user-guide.md, docs/cai-dat.md and their pictures, listed by installer/guide.py) as
``desktop/guide/``. An editable install needs no hook: the source checkout compiles the ``.qm``
at start-up (desktop/ui/translations.py) and shows the guide from docs/.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from setuptools import find_packages, setup
from setuptools.command.build_py import build_py

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE / "installer"))

from guide import guide_files  # noqa: E402  (installer/guide.py: standard library only)


def _lrelease() -> list[str]:
    """The lrelease program that comes with PySide6 (its binary, or the pyside6- wrapper)."""
    try:
        import PySide6  # only the build needs it

        folder = Path(PySide6.__file__).parent
        for name in ("lrelease", "lrelease.exe"):
            if (folder / name).is_file():
                return [str(folder / name)]
    except ImportError:
        pass
    found = shutil.which("pyside6-lrelease")
    if found:
        return [found]
    raise SystemExit("pyside6-lrelease not found: the wheel needs PySide6-Essentials to build")


class BuildWithTranslations(build_py):
    """build_py, then every resources/translations/*.ts compiled to a .qm in the build."""

    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return
        sources = sorted((HERE / "resources" / "translations").glob("*.ts"))
        if not sources:
            raise SystemExit("resources/translations/*.ts missing: the wheel would be untranslated")
        target = Path(self.build_lib) / "desktop" / "resources" / "translations"
        target.mkdir(parents=True, exist_ok=True)
        for ts in sources:
            qm = target / ts.with_suffix(".qm").name
            subprocess.run([*_lrelease(), "-silent", str(ts), "-qm", str(qm)], check=True)
            if not qm.is_file():
                raise SystemExit(f"{ts.name}: lrelease wrote no {qm.name}")
        guide = Path(self.build_lib) / "desktop" / "guide"
        for source, inside in guide_files(HERE):
            (guide / inside).parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source, guide / inside)

    def get_outputs(self, include_bytecode: bool = True) -> list[str]:  # type: ignore[override]
        outputs = list(super().get_outputs(include_bytecode))
        folder = Path(self.build_lib) / "desktop" / "resources" / "translations"
        for ts in sorted((HERE / "resources" / "translations").glob("*.ts")):
            outputs.append(str(folder / ts.with_suffix(".qm").name))
        guide = Path(self.build_lib) / "desktop" / "guide"
        outputs.extend(str(guide / inside) for _, inside in guide_files(HERE))
        return outputs


setup(
    # desktop and its subpackages, and resources/ as desktop.resources (package-dir in
    # pyproject.toml): pyproject.toml's package discovery cannot add a mapped package.
    packages=[*find_packages(include=["desktop", "desktop.*"]), "desktop.resources"],
    cmdclass={"build_py": BuildWithTranslations},
)
