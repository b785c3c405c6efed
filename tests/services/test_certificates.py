"""Issuing certificates from the database: files, split names, offsets, the log, errors."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pypdf
import pytest
from sqlite_utils import Database

from desktop.domain.records import Award
from desktop.services import certificates
from desktop.services.certificates import (
    CertificateError,
    CertificateProblems,
    OutputError,
    issue_certificates,
    issuing,
    safe_file_name,
)
from desktop.storage.decisions import DecisionStore
from desktop.storage.errors import NotFoundError

NUMBER = "15-QĐ/BTGTU"
T0 = dt.datetime(2024, 1, 3, 7, 0, tzinfo=dt.UTC)


def _text(path: Path, page: int = 0) -> str:
    return pypdf.PdfReader(path).pages[page].extract_text()


def _add_award(db: Database, award: Award) -> None:
    store = DecisionStore(db)
    decision = store.find(NUMBER)
    award.position = len(decision.awards) + 1
    decision.awards.append(award)
    store.save(decision)


def test_a_decision_becomes_one_pdf_and_26_log_entries(sample_db: Database, tmp_path: Path) -> None:
    out = tmp_path / "giay-khen.pdf"
    result = issue_certificates(sample_db, NUMBER, out, now=T0)
    assert result.files == [out]
    assert result.template == "giay-khen-dang"
    reader = pypdf.PdfReader(out)
    assert len(reader.pages) == result.pages == 26
    assert "Ban Tuyên giáo Huyện ủy Lục Nam" in reader.pages[0].extract_text()
    assert "Nông Văn Sự" in reader.pages[25].extract_text()
    assert "ĐẢNG CỘNG SẢN VIỆT NAM" in reader.pages[0].extract_text()
    assert [p.name for p in tmp_path.iterdir()] == ["giay-khen.pdf"]  # no temporary file left
    decision, lines = certificates.issued(sample_db, NUMBER)
    assert decision.number == NUMBER and len(lines) == 26
    assert lines[11].recipient == "Nguyễn Thị Thu Hằng"
    assert lines[11].issue.snapshot["ten"] == "Nguyễn Thị Thu Hằng"
    assert "so_vao_so" not in lines[11].issue.snapshot  # no register number: line left out
    assert lines[11].issue.template_version == "1.2"  # the layout with room to sign (issue 8)
    assert all(line.issue.reissue_of == "" for line in lines)


def test_reissuing_after_a_correction_links_to_the_earlier_issue(
    sample_db: Database, tmp_path: Path
) -> None:
    store = DecisionStore(sample_db)
    decision = store.find(NUMBER)
    award = decision.awards[12]
    first = issue_certificates(sample_db, NUMBER, tmp_path / "a.pdf", awards=[award.id], now=T0)
    award.name = "Trần Đức Thắng (sửa)"
    store.save(decision)
    later = T0 + dt.timedelta(days=1)
    again = issue_certificates(sample_db, NUMBER, tmp_path / "b.pdf", awards=[award.id], now=later)
    _, lines = certificates.issued(sample_db, NUMBER)
    assert [line.issue.id for line in lines] == first.issue_ids + again.issue_ids
    assert lines[1].issue.reissue_of == first.issue_ids[0]
    assert lines[0].issue.snapshot["ten"] == "Trần Đức Thắng"
    assert lines[1].issue.snapshot["ten"] == "Trần Đức Thắng (sửa)"
    assert "Trần Đức Thắng (sửa)" in _text(tmp_path / "b.pdf")


def test_split_writes_one_file_per_recipient_named_after_them(
    sample_db: Database, tmp_path: Path
) -> None:
    typed = "Công ty TNHH Sản xuất & Thương mại <An Phát>"
    _add_award(sample_db, Award(kind="collective", name=typed))
    _add_award(sample_db, Award(kind="person", name="Nguyễn Thị Thu Hằng", title="Chuyên viên"))
    folder = tmp_path / "tung-nguoi"
    result = issue_certificates(sample_db, NUMBER, split_dir=folder, preprinted=True, now=T0)
    names = sorted(p.name for p in folder.iterdir())
    assert len(names) == len(result.files) == 28
    # "STT - Tên.pdf", STT zero-padded: namesakes differ by their place in the list.
    namesakes = [n for n in names if n.endswith(" - Nguyễn Thị Thu Hằng.pdf")]
    assert len(namesakes) == 2 and "28 - Nguyễn Thị Thu Hằng.pdf" in namesakes
    assert names[0].startswith("01 - ")
    assert "27 - Công ty TNHH Sản xuất & Thương mại _An Phát_.pdf" in names
    odd = folder / "27 - Công ty TNHH Sản xuất & Thương mại _An Phát_.pdf"
    assert len(pypdf.PdfReader(odd).pages) == 1
    assert typed in " ".join(_text(odd).split())
    assert "ĐẢNG CỘNG SẢN" not in _text(odd)  # pre-printed: variable text only


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Đặng Thị Ngọc Ánh", "Đặng Thị Ngọc Ánh.pdf"),
        ('Phòng "A/B": 1\\2 | 3? *', "Phòng _A_B__ 1_2 _ 3_ _.pdf"),
        ("CON", "_CON.pdf"),
        ("Ban Tuyên giáo...", "Ban Tuyên giáo.pdf"),
        ("", "giay-khen.pdf"),
    ],
)
def test_safe_file_names(name: str, expected: str) -> None:
    assert safe_file_name(name) == expected


def test_overflow_stops_everything_and_names_the_recipient(
    sample_db: Database, tmp_path: Path
) -> None:
    _add_award(sample_db, Award(kind="collective", name="Ủy ban nhân dân xã Phong Vân " * 12))
    out = tmp_path / "out.pdf"
    with pytest.raises(CertificateProblems, match="Ủy ban nhân dân xã Phong Vân") as caught:
        issue_certificates(sample_db, NUMBER, out, now=T0)
    assert [p.kind for p in caught.value.problems] == ["overflow"]
    assert not out.exists()
    assert certificates.issued(sample_db, NUMBER)[1] == []
    result = issue_certificates(sample_db, NUMBER, out, force=True, now=T0)
    assert out.exists() and len(result.clipped) == 1
    assert len(pypdf.PdfReader(out).pages) == 27
    split = issue_certificates(sample_db, NUMBER, split_dir=tmp_path / "t", force=True, now=T0)
    assert len(split.files) == 27 and len(split.clipped) == 1


def test_a_file_open_in_a_viewer_gives_a_clear_message(
    sample_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "dang-mo.pdf"
    out.write_bytes(b"old")

    def locked(src: object, dst: object) -> None:
        raise PermissionError(13, "The process cannot access the file")

    monkeypatch.setattr(os, "replace", locked)
    monkeypatch.setattr("desktop.services.files.REPLACE_PAUSE_S", 0)
    with pytest.raises(OutputError, match="đang mở") as caught:
        issue_certificates(sample_db, NUMBER, out, now=T0)
    assert str(out) in str(caught.value)
    assert out.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["dang-mo.pdf"]
    assert certificates.issued(sample_db, NUMBER)[1] == []


def test_printer_offsets_are_applied_and_logged(sample_db: Database, tmp_path: Path) -> None:
    with pytest.raises(NotFoundError, match="Canon"):
        issue_certificates(sample_db, NUMBER, tmp_path / "x.pdf", printer="Canon")
    certificates.set_printer_offsets(sample_db, "Canon", 2.0, -1.0)
    result = issue_certificates(
        sample_db, NUMBER, tmp_path / "x.pdf", printer="Canon", preprinted=True, now=T0
    )
    assert (result.offsets.offset_x_mm, result.offsets.offset_y_mm) == (2.0, -1.0)
    _, lines = certificates.issued(sample_db, NUMBER)
    assert {(line.issue.printer, line.issue.offset_x_mm) for line in lines} == {("Canon", 2.0)}


def test_template_choice_and_errors(sample_db: Database, tmp_path: Path) -> None:
    result = issue_certificates(sample_db, "14-QĐ/BTGTU", tmp_path / "cn.pdf", now=T0)
    # A Party body's Giấy chứng nhận: the Party template, headed like the others.
    assert result.template == "giay-chung-nhan-dang" and result.pages == 9
    assert result.form == "giấy chứng nhận"
    first = pypdf.PdfReader(tmp_path / "cn.pdf").pages[0].extract_text()
    assert "ĐẢNG CỘNG SẢN VIỆT NAM" in first and "GIẤY CHỨNG NHẬN" in first
    result = issue_certificates(
        sample_db,
        NUMBER,
        tmp_path / "bk.pdf",
        template="bang-khen-dang",
        allow_mismatch=True,
        now=T0,
    )
    assert any("không phù hợp" in note for note in result.notes)
    assert pypdf.PdfReader(tmp_path / "bk.pdf").pages[0].mediabox.width == pytest.approx(
        420 * 72 / 25.4
    )
    with pytest.raises(CertificateError, match="Không có mẫu"):
        issue_certificates(sample_db, NUMBER, tmp_path / "x.pdf", template="khong-co")
    with pytest.raises(CertificateError, match="-o"):
        issue_certificates(sample_db, NUMBER)
    with pytest.raises(NotFoundError):
        issue_certificates(sample_db, "99-QĐ/XYZ", tmp_path / "x.pdf")
    assert "giay-khen-dang" in certificates.template_names()


def test_calibration_sheet(sample_db: Database, tmp_path: Path) -> None:
    out = certificates.write_calibration_sheet(tmp_path / "can-chinh.pdf", paper="A3")
    reader = pypdf.PdfReader(out)
    assert reader.pages[0].mediabox.width == pytest.approx(420 * 72 / 25.4)
    text = reader.pages[0].extract_text()
    assert "TRANG CĂN CHỈNH MÁY IN" in text and "MÉP TRÁI" in text
    assert reader.trailer["/Root"]["/ViewerPreferences"]["/PrintScaling"] == "/None"
    certificates.set_printer_offsets(sample_db, "HP", 1, 1)
    out = certificates.write_calibration_sheet(tmp_path / "hp.pdf", db=sample_db, printer="HP")
    assert "máy in “HP”" in pypdf.PdfReader(out).pages[0].extract_text()
    with pytest.raises(CertificateError, match="B5"):
        certificates.write_calibration_sheet(tmp_path / "x.pdf", paper="B5")


# -- the commands (desktop/cli/certificates.py) ----------------------------------------------


@pytest.fixture
def db_file(tmp_path: Path) -> Path:
    from desktop.services.packages import load_package
    from desktop.storage.database import open_database
    from tests.conftest import SAMPLE_PACKAGE

    path = tmp_path / "vd.db"
    db = open_database(path)
    load_package(db, SAMPLE_PACKAGE)
    db.close()
    return path


def test_cli_certificates_issued_and_calibration(
    db_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from desktop.cli import main

    out = tmp_path / "gk.pdf"
    assert main(["--db", str(db_file), "certificates", NUMBER, "-o", str(out)]) == 0
    assert "Đã ghi 26 giấy khen" in capsys.readouterr().out
    assert len(pypdf.PdfReader(out).pages) == 26
    assert main(["--db", str(db_file), "issued", NUMBER]) == 0
    listing = capsys.readouterr().out
    assert "26 lần in" in listing and "Nông Văn Sự" in listing
    sheet = tmp_path / "sheet.pdf"
    args = ["--db", str(db_file), "calibration", "--printer", "Canon", "--set-offset", "-1.5", "2"]
    assert main([*args, "-o", str(sheet)]) == 0
    assert "X = -1.5 mm" in capsys.readouterr().out and sheet.exists()
    split = tmp_path / "tach"
    assert (
        main(
            [
                "--db",
                str(db_file),
                "certificates",
                NUMBER,
                "--split",
                str(split),
                "--printer",
                "Canon",
                "--preprinted",
            ]
        )
        == 0
    )
    assert len(list(split.glob("*.pdf"))) == 26


def test_cli_lists_recipients_that_do_not_fit_and_exits_non_zero(
    db_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from desktop.cli import main
    from desktop.storage.database import open_database

    db = open_database(db_file)
    _add_award(db, Award(kind="person", name="Nguyễn Văn Dài " * 20))
    db.close()
    out = tmp_path / "gk.pdf"
    assert main(["--db", str(db_file), "certificates", NUMBER, "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert "không ghi tệp nào" in err and "Nguyễn Văn Dài" in err
    assert not out.exists()
    assert main(["--db", str(db_file), "certificates", NUMBER, "-o", str(out), "--force"]) == 0
    assert "cắt bớt" in capsys.readouterr().err
    assert len(pypdf.PdfReader(out).pages) == 27
    assert main(["--db", str(db_file), "certificates", "1-QĐ/KHONG", "-o", str(out)]) == 1
    assert capsys.readouterr().err.startswith("vinhdanh: ")


def test_windows_times_new_roman_is_used_when_preferred_and_installed(
    sample_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import shutil

    from desktop.documents import fonts

    windows = tmp_path / "Windows"
    (windows / "Fonts").mkdir(parents=True)
    monkeypatch.setenv("WINDIR", str(windows))
    result = issue_certificates(
        sample_db, NUMBER, tmp_path / "a.pdf", prefer_windows_times=True, now=T0
    )
    assert result.notes and "Times New Roman" in result.notes[0]
    # Stand-in files: Tinos has Times New Roman's metrics, so any layout stays the same.
    family = fonts.bundled_serif()
    for name, source in zip(
        ("times.ttf", "timesbd.ttf", "timesi.ttf", "timesbi.ttf"),
        (family.regular, family.bold, family.italic, family.bold_italic),
        strict=True,
    ):
        shutil.copy(source, windows / "Fonts" / name)
    result = issue_certificates(
        sample_db, NUMBER, tmp_path / "b.pdf", prefer_windows_times=True, now=T0
    )
    assert result.notes == []
    assert fonts.font_path(fonts.SERIF) == windows / "Fonts" / "times.ttf"
    assert len(pypdf.PdfReader(tmp_path / "b.pdf").pages) == 26
    issue_certificates(sample_db, NUMBER, tmp_path / "c.pdf", now=T0)
    assert fonts.font_path(fonts.SERIF) == family.regular


def test_chosen_recipients_by_name_position_or_id(sample_db: Database, tmp_path: Path) -> None:
    decision = DecisionStore(sample_db).find(NUMBER)
    out = tmp_path / "mot.pdf"
    result = issue_certificates(
        sample_db, NUMBER, out, awards=["nguyen thi thu hang", "26", decision.awards[0].id]
    )
    reader = pypdf.PdfReader(out)
    assert result.pages == len(reader.pages) == 3
    assert "Nguyễn Thị Thu Hằng" in reader.pages[0].extract_text()
    assert "Nông Văn Sự" in reader.pages[1].extract_text()
    assert "Ban Tuyên giáo Huyện ủy Lục Nam" in reader.pages[2].extract_text()
    with pytest.raises(CertificateError, match="không có người được khen “Ai Đó”"):
        issue_certificates(sample_db, NUMBER, out, awards=["Ai Đó"])
    _add_award(sample_db, Award(kind="person", name="Nguyễn Thị Thu Hằng"))
    with pytest.raises(CertificateError, match="số thứ tự 12, 27"):
        issue_certificates(sample_db, NUMBER, out, awards=["Nguyễn Thị Thu Hằng"])


def test_preview_writes_nothing_and_shows_what_does_not_fit(
    sample_db: Database, tmp_path: Path
) -> None:
    _add_award(sample_db, Award(kind="collective", name="Ủy ban nhân dân xã Phong Vân " * 12))
    data, problems = certificates.preview_pdf(sample_db, NUMBER, awards=["27", "1"])
    assert data.startswith(b"%PDF") and [p.recipient[:12] for p in problems] == ["Ủy ban nhân "]
    assert certificates.issued(sample_db, NUMBER)[1] == []


def test_template_choice_list_skips_broken_user_templates(tmp_path: Path) -> None:
    (tmp_path / "hong.json").write_text("{", encoding="utf-8")
    listed = certificates.templates(tmp_path)
    assert ("bang-khen", "Bằng khen (mẫu Nhà nước, A3)") in listed
    assert "hong" not in {template_id for template_id, _ in listed}
    assert len(listed) == 6


class _Stop(Exception):
    pass


def test_progress_is_reported_and_cancel_leaves_nothing(
    sample_db: Database, tmp_path: Path
) -> None:
    seen: list[tuple[int, int]] = []
    issue_certificates(
        sample_db, NUMBER, tmp_path / "all.pdf", now=T0, progress=lambda d, t: seen.append((d, t))
    )
    assert seen[0] == (1, 26) and seen[-1] == (26, 26)

    def cancel_at_ten(done: int, total: int) -> None:
        if done == 10:
            raise _Stop

    with pytest.raises(_Stop):
        issue_certificates(
            sample_db,
            NUMBER,
            tmp_path / "b.pdf",
            split_dir=tmp_path / "each",
            now=T0,
            progress=cancel_at_ten,
        )
    assert not (tmp_path / "b.pdf").exists()
    assert not (tmp_path / "each").exists() or list((tmp_path / "each").iterdir()) == []
    assert len(certificates.issued(sample_db, NUMBER)[1]) == 26  # only the first batch


def test_split_that_fails_half_way_leaves_every_earlier_file_as_it_was(
    sample_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 9 item 2: the first release's "rollback" deleted the user's earlier out.pdf and
    earlier per-person PDFs when the disk filled up halfway."""
    from desktop.services import files as files_module

    out = tmp_path / "out.pdf"
    each = tmp_path / "each"
    issue_certificates(sample_db, NUMBER, out, split_dir=each, now=T0)
    before = {p.name: p.read_bytes() for p in each.iterdir()}
    out_before = out.read_bytes()
    assert len(before) == 26
    real = files_module._write_new
    calls = []

    def full_disk_on_fifth(path: Path, data: bytes) -> None:
        calls.append(path)
        if len(calls) == 5:
            raise OSError(28, "No space left on device", str(path))
        real(path, data)

    monkeypatch.setattr(files_module, "_write_new", full_disk_on_fifth)
    with pytest.raises(OutputError, match="Ổ đĩa đầy"):
        issue_certificates(sample_db, NUMBER, out, split_dir=each, now=T0 + dt.timedelta(1))
    assert {p.name: p.read_bytes() for p in each.iterdir()} == before
    assert out.read_bytes() == out_before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["each", "out.pdf"]
    assert len(certificates.issued(sample_db, NUMBER)[1]) == 26  # the first batch only


def test_split_reprint_never_overwrites_earlier_files(sample_db: Database, tmp_path: Path) -> None:
    each = tmp_path / "each"
    issue_certificates(sample_db, NUMBER, split_dir=each, awards=["1"], now=T0)
    first = next(each.iterdir())
    content = first.read_bytes()
    again = issue_certificates(sample_db, NUMBER, split_dir=each, awards=["1"], now=T0)
    assert first.read_bytes() == content
    assert [p.name for p in again.files] == [first.name.replace(".pdf", " (2).pdf")]
    assert len(certificates.issued(sample_db, NUMBER)[1]) == 2


def test_a_failed_log_removes_the_new_files_and_keeps_the_old(
    sample_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out.pdf"
    out.write_bytes(b"the earlier batch")

    def broken_log(*args: object) -> list[str]:
        raise RuntimeError("database went away")

    monkeypatch.setattr(issuing, "_log", broken_log)
    with pytest.raises(RuntimeError):
        issue_certificates(sample_db, NUMBER, out, split_dir=tmp_path / "each", now=T0)
    assert out.read_bytes() == b"the earlier batch"
    assert list((tmp_path / "each").iterdir()) == []
    assert sorted(p.name for p in tmp_path.iterdir()) == ["each", "out.pdf"]


def test_a_decision_without_recipients_writes_no_blank_page(
    sample_db: Database, tmp_path: Path
) -> None:
    store = DecisionStore(sample_db)
    decision = store.find(NUMBER)
    decision.awards = []
    store.save(decision)
    out = tmp_path / "giay-khen.pdf"
    with pytest.raises(CertificateError, match=f"Quyết định {NUMBER} chưa có người"):
        issue_certificates(sample_db, NUMBER, out, split_dir=tmp_path / "each", now=T0)
    assert list(tmp_path.iterdir()) == []


def test_a_draft_is_written_but_not_logged_as_issued(sample_db: Database, tmp_path: Path) -> None:
    """Issue 8 item 9: previews and draft exports are not logged; a final export is."""
    draft = issue_certificates(sample_db, NUMBER, tmp_path / "nhap.pdf", draft=True, now=T0)
    assert draft.files == [tmp_path / "nhap.pdf"] and draft.issue_ids == []
    assert certificates.issued(sample_db, NUMBER)[1] == []
    final = issue_certificates(sample_db, NUMBER, tmp_path / "in.pdf", now=T0)
    assert len(final.issue_ids) == 26
    assert len(certificates.issued(sample_db, NUMBER)[1]) == 26


def test_a_read_only_file_among_the_targets_writes_nothing(
    sample_db: Database, tmp_path: Path
) -> None:
    """Issue 9 item 2: a read-only file among the targets is found before anything is written."""
    out = tmp_path / "out.pdf"
    out.write_bytes(b"kept, marked read-only by the user")
    out.chmod(0o444)
    with pytest.raises(OutputError, match="chỉ đọc"):
        issue_certificates(sample_db, NUMBER, out, split_dir=tmp_path / "each", now=T0)
    assert out.read_bytes() == b"kept, marked read-only by the user"
    assert list((tmp_path / "each").iterdir()) == []
    assert sorted(p.name for p in tmp_path.iterdir()) == ["each", "out.pdf"]
    assert certificates.issued(sample_db, NUMBER)[1] == []


@pytest.mark.parametrize(
    ("decision", "template", "message"),
    [
        # A Giấy chứng nhận decision printed with a Giấy khen template.
        ("14-QĐ/BTGTU", "giay-khen-dang", "dùng cho Giấy khen, không dùng cho Giấy chứng nhận"),
        # A Party body's awards printed with a state template.
        (NUMBER, "giay-khen-nha-nuoc", "là mẫu của Nhà nước, không dùng cho cơ quan của Đảng"),
    ],
)
def test_a_template_for_something_else_is_refused(
    sample_db: Database, tmp_path: Path, decision: str, template: str, message: str
) -> None:
    out = tmp_path / "x.pdf"
    with pytest.raises(certificates.TemplateMismatch, match=message) as caught:
        issue_certificates(sample_db, decision, out, template=template, now=T0)
    assert "--force" in str(caught.value) and not out.exists()
    assert certificates.issued(sample_db, decision)[1] == []
    assert message in certificates.template_mismatch(sample_db, decision, template)
    assert certificates.template_mismatch(sample_db, NUMBER, "giay-khen-dang") == ""
    forced = issue_certificates(
        sample_db, decision, out, template=template, allow_mismatch=True, now=T0
    )
    assert out.exists() and forced.files == [out]


def test_every_builtin_template_says_what_it_serves() -> None:
    from desktop.documents.certificates.template import find_template

    served = set()
    for name in certificates.template_names():
        tpl = find_template(name)
        assert tpl.forms and tpl.styles, name
        served |= {(f, s) for f in tpl.forms for s in tpl.styles}
    forms = ("Giấy khen", "Giấy chứng nhận", "Bằng khen")
    assert served == {(f, s) for f in forms for s in ("state", "party")}


def test_cli_names_the_form_and_refuses_a_wrong_template(
    db_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from desktop.cli import main

    out = tmp_path / "cn.pdf"
    assert main(["--db", str(db_file), "certificates", "14-QĐ/BTGTU", "-o", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "Đã ghi 9 giấy chứng nhận" in printed and "giấy khen" not in printed
    wrong = ["--db", str(db_file), "certificates", "14-QĐ/BTGTU", "-o", str(tmp_path / "x.pdf")]
    assert main([*wrong, "--template", "giay-khen-dang"]) == 1
    err = capsys.readouterr().err
    assert "không dùng cho Giấy chứng nhận" in err and "--force" in err
    assert not (tmp_path / "x.pdf").exists()
    assert main([*wrong, "--template", "giay-khen-dang", "--force"]) == 0
    assert "không phù hợp" in capsys.readouterr().err


def test_printing_logs_later_only_the_pages_the_printer_took(
    sample_db: Database, tmp_path: Path
) -> None:
    from desktop.services.certificates import log_issues
    from desktop.services.issue_log import entries

    result = issue_certificates(sample_db, NUMBER, tmp_path / "in.pdf", now=T0, log_after=True)
    assert entries(sample_db) == []  # nothing logged before the printer has the pages
    assert len(result.pending) == 26 == len(pypdf.PdfReader(tmp_path / "in.pdf").pages)
    log_issues(sample_db, result.pending[:5])
    logged = entries(sample_db)
    assert len(logged) == 5
    assert {e.award_id for e in logged} == {i.award_id for i in result.pending[:5]}
