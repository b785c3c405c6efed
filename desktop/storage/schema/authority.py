"""0003_authority: the issuing authority as data, and salutations (issue 8)."""

from __future__ import annotations

from sqlite_utils import Database


def authority(db: Database) -> None:
    """The issuing authority as data, and salutations (issue 8).

    Organisations get their proper full name, the head's title, the collective leadership's
    name, and the default signer's relation (and delegator's title); decisions get their
    signer's relation; person awards get a salutation. First-release values are mapped by the
    rules of ``desktop.domain.authority.relation_from_prefix`` (stated in docs/documents.md):
    ``name`` and ``parent`` already are the two header lines and stay as they are; the proper
    name is derived from them; the typed ``signer_prefix`` columns are kept, unread, as the
    record of what was typed. A deputy who signed with no prefix gets the relation "" (not
    known), which the application asks for before printing.
    """
    from desktop.domain.authority import (
        derive_full_name,
        relation_from_prefix,
        suggest_salutation,
    )

    organisations = db.table("organisations")
    for column in ("full_name", "head_title", "collective_name", "signer_delegator_title"):
        organisations.add_column(column, str, not_null_default="")
    organisations.add_column("signer_relation", str, not_null_default="head")
    decisions = db.table("decisions")
    decisions.add_column("signer_relation", str, not_null_default="head")
    decisions.add_column("signer_delegator_title", str, not_null_default="")
    db.table("awards").add_column("salutation", str)

    bodies: dict[str, dict[str, str]] = {}
    for row in list(organisations.rows):
        mapping = relation_from_prefix(
            row["signer_prefix"] or "", row["signer_title"] or "", row["name"], row["style"]
        )
        body = {
            "full_name": derive_full_name(row["name"], row["parent"] or "", row["style"]),
            "head_title": mapping.head_title,
            "collective_name": mapping.collective_name,
        }
        bodies[row["id"]] = body
        empty_signer = not (row["signer_prefix"] or row["signer_title"] or row["signer_name"])
        organisations.update(
            row["id"],
            {
                **body,
                "signer_relation": "head" if empty_signer else mapping.relation,
                "signer_delegator_title": mapping.delegator_title,
            },
        )
    styles = {row["id"]: row["style"] for row in organisations.rows}
    names = {row["id"]: row["name"] for row in organisations.rows}
    for row in list(decisions.rows):
        mapping = relation_from_prefix(
            row["signer_prefix"] or "",
            row["signer_title"] or "",
            names.get(row["organisation_id"], ""),
            styles.get(row["organisation_id"], "state"),
        )
        empty_signer = not (row["signer_prefix"] or row["signer_title"] or row["signer_name"])
        decisions.update(
            row["id"],
            {
                "signer_relation": "head" if empty_signer else mapping.relation,
                "signer_delegator_title": mapping.delegator_title,
            },
        )
        # A body learns its head's title and collective from the decisions it signed.
        learned = bodies.get(row["organisation_id"])
        if learned is not None:
            fill = {
                key: value
                for key, value in (
                    ("head_title", mapping.head_title),
                    ("collective_name", mapping.collective_name),
                )
                if value and not learned[key]
            }
            if fill:
                learned.update(fill)
                organisations.update(row["organisation_id"], fill)
    decision_styles = {
        row["id"]: styles.get(row["organisation_id"], "state") for row in decisions.rows
    }
    for row in list(db.table("awards").rows_where("kind = 'person'")):
        style = decision_styles.get(row["decision_id"], "state")
        db.table("awards").update(row["id"], {"salutation": suggest_salutation(row["name"], style)})
