"""The one base class of every error the user is told about.

``VinhDanhError``'s text is a Vietnamese sentence naming the record, row or field at fault;
the window shows it in a message box and the ``vinhdanh`` command prints it on one line. Any
other exception is a bug: logged with its traceback, never shown as the user's mistake.

It lives at the bottom of the layers so that storage, exchange and services errors can derive
from it; the GUI and the CLI import it from ``desktop.services.errors``. Errors of the
documents layer are wrapped at the service boundary (``services.errors.as_user_error``).
"""

from __future__ import annotations

__all__ = ["InvalidInput", "VinhDanhError"]


class VinhDanhError(Exception):
    """A problem the user can act on; ``str()`` is the Vietnamese message.

    ``details``: further lines worth printing under the message (the candidates of an
    ambiguous key, every wrong row of a list), empty by default.
    """

    details: tuple[str, ...] = ()


class InvalidInput(VinhDanhError, ValueError):
    """What the user typed or chose is not valid (a year, a date, a sort order, a printer)."""
