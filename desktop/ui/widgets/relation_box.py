"""A drop-down list of the signer's relation to the head of the body (quyền hạn ký)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QWidget

from desktop.domain.records import SIGNER_RELATIONS, SignerRelation


class RelationBox(QComboBox):
    """Chooses how the signer signs; the prefix line (KT. GIÁM ĐỐC …) is computed from it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        labels = {
            "head": self.tr("The head signs"),
            "deputy": self.tr("Deputy, for the head (KT.)"),
            "collective": self.tr("On behalf of the collective (TM.)"),
            "collective_deputy": self.tr("Deputy, on behalf of the collective (TM. + KT.)"),
            "delegated": self.tr("By delegation (TL.)"),
            "authorised": self.tr("By authorisation (TUQ.)"),
            "acting": self.tr("Acting head (Q.)"),
        }
        self.addItem(self.tr("— choose how the signer signs —"), "")
        for relation in SIGNER_RELATIONS:
            self.addItem(labels[relation], relation)

    def relation(self) -> SignerRelation:
        """The chosen relation ("" = not chosen)."""
        value = self.currentData()
        return next((r for r in SIGNER_RELATIONS if r == value), "")

    def set_relation(self, relation: str) -> None:
        """Show ``relation`` (unknown values show "not chosen")."""
        self.setCurrentIndex(max(0, self.findData(relation)))

    @staticmethod
    def needs_delegator(relation: str) -> bool:
        """TL. and TUQ. name whoever delegates."""
        return relation in ("delegated", "authorised")
