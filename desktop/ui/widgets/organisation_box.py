"""A choice of issuing body (cơ quan) for a meeting or a decision."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QWidget

from desktop.domain.records import Organisation


class OrganisationBox(QComboBox):
    """The stored organisations by name ("Ban Tuyên giáo (Tỉnh ủy Bắc Giang)")."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._organisations: list[Organisation] = []

    def show_organisations(self, organisations: list[Organisation], chosen: Organisation) -> None:
        """List ``organisations`` and select ``chosen`` (added to the list if missing)."""
        self.blockSignals(True)
        self.clear()
        self._organisations = list(organisations)
        if chosen.id and all(o.id != chosen.id for o in self._organisations):
            self._organisations.append(chosen)
        for org in self._organisations:
            self.addItem(f"{org.name} ({org.parent})" if org.parent else org.name, org.id)
        self.setCurrentIndex(max(0, self.findData(chosen.id)))
        self.blockSignals(False)

    def organisation(self) -> Organisation | None:
        """The chosen organisation."""
        index = self.currentIndex()
        return self._organisations[index] if 0 <= index < len(self._organisations) else None
