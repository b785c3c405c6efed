"""A template made on another PC with a font this PC lacks: printed in Tinos, and said so."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pypdf
from sqlite_utils import Database

from desktop.documents.certificates.template import builtin_templates_dir
from desktop.services.certificates import issue_certificates


def test_a_missing_font_file_prints_in_tinos_with_a_note_naming_it(
    sample_db: Database, tmp_path: Path
) -> None:
    user = tmp_path / "templates"
    user.mkdir()
    data = json.loads((builtin_templates_dir() / "giay-khen-dang.json").read_text("utf-8"))
    name = next(f for f in data["fields"] if f["name"] == "ten")
    name["font_file"] = r"C:\Windows\Fonts\UTM-Avo-Khong-Co.ttf"
    (user / "giay-khen-dang.json").write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    out = tmp_path / "gk.pdf"
    result = issue_certificates(
        sample_db,
        "15-QĐ/BTGTU",
        out,
        user_templates=user,
        draft=True,
        now=dt.datetime(2024, 1, 3, tzinfo=dt.UTC),
    )
    assert any("UTM-Avo-Khong-Co.ttf" in note and "Tinos" in note for note in result.notes)
    fonts = set()
    for page in pypdf.PdfReader(out).pages[:1]:
        for font in page["/Resources"]["/Font"].values():
            fonts.add(str(font.get_object()["/BaseFont"]).split("+")[-1])
    assert all(f.startswith(("Tinos", "Playfair")) for f in fonts), fonts
