"""The decision editor, in panels around a Qt-free edit state (``services.editing.decision``):
``header`` (the form), ``recipients`` (the table), ``documents`` (preview, checks, export,
print, on the shared ``widgets.document_panel``) and ``editor`` (the composition)."""

from desktop.ui.editors.decision.documents import (
    DOCUMENT_CERTIFICATE,
    DOCUMENT_DECISION,
    DOCUMENT_LIST,
)
from desktop.ui.editors.decision.editor import DecisionEditor
from desktop.ui.widgets.paste_table import PasteTableView, setup_record_table

__all__ = [
    "DOCUMENT_CERTIFICATE",
    "DOCUMENT_DECISION",
    "DOCUMENT_LIST",
    "DecisionEditor",
    "PasteTableView",
    "setup_record_table",
]
