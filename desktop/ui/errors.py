"""What to tell the user about an error: their words for their problems, never a traceback.

Errors the user can act on (a file open in Word, a full disk, a text that does not fit) carry
a Vietnamese message from the layer that raised them; anything else is a bug, logged in full and
shown as one sentence.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication

from desktop.services.files import OutputError
from desktop.storage.errors import StorageError

log = logging.getLogger(__name__)


def user_message(error: BaseException) -> str:
    """One message for a message box."""
    # Imported here: loading the certificate renderer must not slow the window's start.
    from desktop.exchange.meeting_package import PackageError
    from desktop.services.certificates import CertificateError, CertificateProblems

    user_errors = (OutputError, StorageError, CertificateError, PackageError, ValueError)
    if isinstance(error, CertificateProblems):
        lines = [str(p) for p in error.problems[:10]]
        more = len(error.problems) - len(lines)
        head = QCoreApplication.translate("Errors", "Some certificates cannot be printed:")
        tail = (
            [QCoreApplication.translate("Errors", "… and {0} more").format(more)]
            if more > 0
            else []
        )
        return "\n".join([head, *lines, *tail])
    if isinstance(error, user_errors):
        return str(error)
    if type(error).__name__ == "OperationalError" and "readonly" in str(error):
        return QCoreApplication.translate(
            "Errors",
            "This window is read-only: the data file is open in another Vinh Danh window. "
            "Make the change there.",
        )
    if type(error).__name__ == "OperationalError" and "locked" in str(error):
        return QCoreApplication.translate(
            "Errors", "The database is busy in another program. Close it and try again."
        )
    if isinstance(error, OSError):
        if error.errno == 28:
            return QCoreApplication.translate("Errors", "The disk is full.")
        return QCoreApplication.translate("Errors", "Cannot use the file {0}: {1}").format(
            error.filename or "", error.strerror or error
        )
    log.error("unexpected error", exc_info=error)
    text = QCoreApplication.translate(
        "Errors", "Something went wrong that should not have ({0}). The details are in the log."
    )
    return text.format(type(error).__name__)
