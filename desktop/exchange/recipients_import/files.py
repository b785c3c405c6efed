"""Reading a list file into rows of text: .xlsx, .xls, .csv/.tsv/.txt, and pasted cells."""

from __future__ import annotations

import codecs
import csv
import io
import zipfile
from pathlib import Path

from desktop.exchange import legacy_text
from desktop.exchange.input_files import FileTooLargeError, check_regular, read_limited
from desktop.exchange.recipients_import.common import (
    MAX_COLUMNS,
    MAX_FILE_BYTES,
    MAX_ROWS,
    ListFile,
    RecipientImportError,
    cell_text,
    from_legacy,
)
from desktop.exchange.recipients_import.xlsx import xlsx_list


def read_list(path: str | Path) -> ListFile:
    """The cells of an .xlsx sheet (the active sheet if it has a header row, else the first
    visible sheet with one; hidden sheets and hidden rows are passed over and listed), of the
    first sheet of an .xls file, or of a .csv/.tsv/.txt file, as text.

    Files over ``MAX_FILE_BYTES``, an .xlsx inflating past ``MAX_UNZIPPED_BYTES``, a sheet
    claiming more than ``MAX_ROWS`` rows or ``MAX_COLUMNS`` columns, a FIFO or a device are
    refused before they are read.

    Raises:
        RecipientImportError: the file is missing, of another type, too large, or unreadable.
    """
    path = Path(path)
    suffix = path.suffix.lower()
    try:
        if suffix in (".xlsx", ".xlsm"):
            read_limited_size(path)
            return xlsx_list(path)
        if suffix == ".xls":
            read_limited_size(path)
            return ListFile(from_legacy(_xls_rows(path)))
        if suffix in (".csv", ".tsv", ".txt"):
            return ListFile(_text_rows(read_limited(path, MAX_FILE_BYTES)))
        if not path.is_file():
            raise FileNotFoundError(str(path))
    except RecipientImportError as exc:
        raise RecipientImportError(exc.problems, str(path)) from None
    except FileTooLargeError as exc:
        raise RecipientImportError([str(exc)], str(path)) from None
    except FileNotFoundError:
        raise RecipientImportError(["không tìm thấy tệp"], str(path)) from None
    except IsADirectoryError:
        raise RecipientImportError(["đây là một thư mục, không phải tệp"], str(path)) from None
    except PermissionError:
        raise RecipientImportError(["không có quyền đọc tệp"], str(path)) from None
    except zipfile.BadZipFile:
        raise RecipientImportError(
            [f"không đọc được tệp {suffix}: tệp bị hỏng hoặc không phải tệp Excel"], str(path)
        ) from None
    except Exception as exc:
        raise RecipientImportError(
            [f"không đọc được tệp {suffix} ({type(exc).__name__}: {str(exc)[:200]})"], str(path)
        ) from None
    raise RecipientImportError(
        [f"không đọc được loại tệp {suffix or '(không có đuôi)'}; hãy dùng .xlsx, .xls hoặc .csv"],
        str(path),
    )


def read_limited_size(path: Path) -> None:
    """Refuse ``path`` unless it is a regular file of at most ``MAX_FILE_BYTES``."""
    check_regular(path, MAX_FILE_BYTES)


def _xls_rows(path: Path) -> list[list[str]]:
    import xlrd

    sheet = xlrd.open_workbook(str(path)).sheet_by_index(0)
    if sheet.nrows > MAX_ROWS or sheet.ncols > MAX_COLUMNS:
        raise RecipientImportError(
            [
                f"trang tính có {sheet.nrows} dòng, {sheet.ncols} cột, vượt quá giới hạn "
                f"{MAX_ROWS} dòng, {MAX_COLUMNS} cột của một danh sách"
            ]
        )
    return [[cell_text(v) for v in sheet.row_values(r)] for r in range(sheet.nrows)]


def _text_rows(raw: bytes) -> list[list[str]]:
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        # Excel's "Unicode Text (*.txt)": UTF-16 with a byte order mark, tab-separated.
        return from_legacy(parse_text(raw.decode("utf-16", errors="replace"), strict=True))
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    else:
        return from_legacy(parse_text(text, strict=True))
    # Not UTF-8: either legacy TCVN3/VNI bytes saved from a .VnTime/VNI-Times sheet (read as
    # Windows-1252, the code page their fonts were drawn over), or Excel on Vietnamese Windows
    # saving "CSV" in Windows-1258, whose tones are combining marks (normalize() composes them).
    rows = parse_text(raw.decode("cp1252", errors="replace"), strict=True)
    if legacy_text.detect([cell for row in rows for cell in row]):
        return from_legacy(rows)
    return parse_text(raw.decode("cp1258", errors="replace"), strict=True)


def parse_text(text: str, strict: bool = False) -> list[list[str]]:
    """Rows of CSV text or of cells pasted from Excel (tab-separated).

    ``strict`` (files): a quote that is never closed, or text after a closing quote, is an
    error naming the line where the quoted cell starts; more than ``MAX_ROWS`` rows or
    ``MAX_COLUMNS`` cells in a row are refused.
    """
    sample = text[:4096]
    if "\t" in sample:
        delimiter = "\t"
    else:
        try:
            delimiter = csv.Sniffer().sniff(sample, delimiters=",;").delimiter
        except csv.Error:
            delimiter = ","
    if not strict:
        return [list(row) for row in csv.reader(io.StringIO(text), delimiter=delimiter)]
    if "\0" in text:
        text = text.replace("\0", "")  # csv refuses NUL; normalize() drops controls anyway
    reader = csv.reader(io.StringIO(text), delimiter=delimiter, strict=True)
    rows: list[list[str]] = []
    start = 1
    try:
        for row in reader:
            if len(row) > MAX_COLUMNS:
                raise RecipientImportError(
                    [f"Dòng {start}: có {len(row)} ô, vượt quá giới hạn {MAX_COLUMNS} cột"]
                )
            rows.append(row)
            if len(rows) > MAX_ROWS:
                raise RecipientImportError(
                    [f"tệp có hơn {MAX_ROWS} dòng, vượt quá giới hạn của một danh sách"]
                )
            start = reader.line_num + 1
    except csv.Error:
        raise RecipientImportError(
            [
                f'Dòng {start}: dấu ngoặc kép (") không cân: một ô mở ngoặc kép mà không đóng '
                'đúng chỗ; hãy sửa dòng này (ngoặc kép trong ô viết thành "")'
            ]
        ) from None
    return rows
