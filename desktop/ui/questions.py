"""One way to ask the user to choose between named actions (a message box with buttons), and
one way to tell them what to note about work that is done."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

Choice = tuple[str, str, QMessageBox.ButtonRole]
"""(key returned when chosen, button label, the button's role)."""


def ask(
    icon: QMessageBox.Icon,
    title: str,
    text: str,
    choices: list[Choice],
    *,
    default: str,
    escape: str,
    parent: QWidget | None = None,
) -> str:
    """Show ``text`` with one button per choice; the key of the one pressed (``escape`` when
    the box is closed with Esc or the title bar)."""
    box = QMessageBox(icon, title, text, parent=parent)
    buttons = {key: box.addButton(label, role) for key, label, role in choices}
    box.setDefaultButton(buttons[default])
    box.setEscapeButton(buttons[escape])
    box.exec()
    clicked = box.clickedButton()
    return next((key for key, button in buttons.items() if button is clicked), escape)


def tell(parent: QWidget | None, text: str, notes: list[str]) -> QMessageBox:
    """Show ``text`` and the ``notes`` under it, without blocking (the work is done; this is
    what the user should know about it)."""
    box = QMessageBox(QMessageBox.Icon.Information, "Vinh Danh", text, parent=parent)
    box.setInformativeText("\n".join(f"• {note}" for note in notes))
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box
