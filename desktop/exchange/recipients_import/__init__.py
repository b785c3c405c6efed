"""Recipient lists from Excel, CSV or pasted cells: rows in, awards out, all or nothing.

Offices keep their lists (danh sách đề nghị khen thưởng) in Excel in many shapes. This package
finds the header row, maps the columns it recognises (Họ và tên, Chức vụ, Đơn vị, Thành tích …),
follows section rows ("I. TẬP THỂ", "II. CÁ NHÂN") to tell collectives from people, and refuses
the whole file with every problem named by its row when anything is wrong.

- ``files``: a file (.xlsx, .xls, .csv/.tsv/.txt) or pasted text into rows of text, with
  ``xlsx`` for Excel's sheets (the sheet to read, merged cells, hidden rows, size limits);
- ``columns``: which row is the header and which column is what; ``content``: the columns
  of rows without a header, read by what their cells hold (and whether that is sure);
- ``rows``: rows into awards (sections, totals, the signature block, every problem named);
- ``common``: the limits, the error, the mapping, shared by all.
"""

from desktop.exchange.recipients_import.columns import (
    HEADER_WORDS,
    describe_mapping,
    guess_mapping,
    paste_mapping,
)
from desktop.exchange.recipients_import.common import (
    HEADER_SCAN_ROWS,
    MAX_COLUMNS,
    MAX_FILE_BYTES,
    MAX_NAME,
    MAX_REASON,
    MAX_ROWS,
    MAX_TEXT,
    MAX_UNZIPPED_BYTES,
    NO_HEADER,
    Column,
    ColumnMapping,
    ListFile,
    PassedOver,
    RecipientImportError,
    from_legacy,
)
from desktop.exchange.recipients_import.files import parse_text, read_list
from desktop.exchange.recipients_import.rows import (
    awards_from_pasted_text,
    awards_from_rows,
    read_awards,
)

__all__ = [
    "HEADER_SCAN_ROWS",
    "HEADER_WORDS",
    "MAX_COLUMNS",
    "MAX_FILE_BYTES",
    "MAX_NAME",
    "MAX_REASON",
    "MAX_ROWS",
    "MAX_TEXT",
    "MAX_UNZIPPED_BYTES",
    "NO_HEADER",
    "Column",
    "ColumnMapping",
    "ListFile",
    "PassedOver",
    "RecipientImportError",
    "awards_from_pasted_text",
    "awards_from_rows",
    "describe_mapping",
    "from_legacy",
    "guess_mapping",
    "parse_text",
    "paste_mapping",
    "read_awards",
    "read_list",
]
