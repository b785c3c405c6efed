"""Helpers for tests of meeting packages."""

from __future__ import annotations

from typing import Any

from desktop.domain.text import normalize, normalize_multiline
from desktop.exchange.package_format import MULTILINE_FIELDS


def canonical(data: Any, key: str = "") -> Any:
    """The package as the format defines its normal form, computed independently of the
    code under test: text normalised, empty optional values left out."""
    if isinstance(data, str):
        return normalize_multiline(data) if key in MULTILINE_FIELDS else normalize(data)
    if isinstance(data, list):
        return [canonical(v, key) for v in data]
    if isinstance(data, dict):
        out = {k: canonical(v, k) for k, v in data.items()}
        return {k: v for k, v in out.items() if v not in ("", [], None)}
    return data


def as_version_2(data: dict[str, Any], organiser_learns_head: bool = False) -> dict[str, Any]:
    """A version 1 package whose signers sign as the head (no prefix), in the version 2 form
    the format defines: the signer moves to ``decision.signer`` with relation "head", the
    issuer gains the head's title, Party persons are addressed "Đồng chí". With
    ``organiser_learns_head`` the meeting's organiser (the same body, once stored) knows its
    head's title too."""
    import copy

    out = copy.deepcopy(canonical(data))
    out["version"] = 2
    head = ""
    for decision in out.get("decisions", []):
        issuer = decision["issuer"]
        assert not issuer.pop("signer_prefix", ""), "only prefix-less signers are mapped here"
        title = issuer.pop("signer_title", "")
        name = issuer.pop("signer_name", "")
        decision["signer"] = {"name": name, "title": title, "relation": "head"}
        issuer["head_title"] = head = title
        party = issuer.get("style") == "party"
        for recipient in decision["recipients"]:
            if recipient["kind"] == "person" and party:
                recipient["salutation"] = "Đồng chí"
    if organiser_learns_head and head:
        out["meeting"]["organiser"]["head_title"] = head
    return out
