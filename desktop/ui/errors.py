"""What to tell the user about an error: their words for their problems, never a traceback.

Errors the user can act on (a file open in Word, a full disk, a locked database, a text that
does not fit) are ``VinhDanhError``s with a Vietnamese message, or are classified as one at the
service boundary (``services.errors.as_user_error``: SQLite's errors by their code, OS errors
by errno); anything else — a ``ValueError`` from a bug included — is logged in full and shown
as one sentence naming the log file.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication

from desktop.services import errors

log = logging.getLogger(__name__)


def user_message(error: BaseException) -> str:
    """One message for a message box."""
    # Imported here: loading the certificate renderer must not slow the window's start.
    from desktop.services.certificates import CertificateProblems

    if isinstance(error, CertificateProblems):
        lines = [str(p) for p in error.problems[:10]]
        more = len(error.problems) - len(lines)
        head = QCoreApplication.translate("Errors", "Some {0} cannot be printed:").format(
            error.form  # the decision's form, as the message names it ("giấy chứng nhận")
        )
        tail = (
            [QCoreApplication.translate("Errors", "… and {0} more").format(more)]
            if more > 0
            else []
        )
        return "\n".join([head, *lines, *tail])
    told = errors.as_user_error(error)
    if told is not None:
        return str(told)
    return bug_message(error)


def bug_message(error: BaseException) -> str:
    """Log a bug with its traceback in the rotating log file; the sentence naming that file."""
    where = errors.install_log_file()
    log.error("unexpected error", exc_info=error)
    text = QCoreApplication.translate(
        "Errors", "Something went wrong that should not have. The details are in the log file {0}"
    )
    return text.format(where or "")
