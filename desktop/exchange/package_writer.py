"""Writing meeting packages: the canonical form (text normalised, optional fields that are
empty left out), in the newest version the package needs (see ``package_format.VERSION``)."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from desktop.domain.records import Organisation, Participant, RewardMoney
from desktop.exchange.package_format import FORMAT, PLAIN_VERSION, VERSION, MeetingPackage


def _compact(obj: dict[str, Any]) -> dict[str, Any]:
    """Drop optional values that are empty, so a package writes only what it holds."""
    return {k: v for k, v in obj.items() if v not in ("", None, [], {})}


def _organisation_dict(org: Organisation) -> dict[str, Any]:
    return _compact(
        {
            "name": org.name,
            "parent": org.parent,
            "full_name": org.full_name,
            "head_title": org.head_title,
            "collective_name": org.collective_name,
            "place": org.place,
            "style": org.style,
            "abbreviation": org.abbreviation,
            "legal_bases": list(org.legal_bases),
        }
    )


def _participant_dict(p: Participant) -> dict[str, Any]:
    return _compact({"name": p.name, "title": p.title})


def _minutes(moment: dt.datetime | None) -> str | None:
    if moment is None:
        return None
    return moment.isoformat(timespec="seconds" if moment.second else "minutes")


def package_to_dict(package: MeetingPackage) -> dict[str, Any]:
    """The canonical JSON object of ``package``."""
    m = package.meeting
    meeting = _compact(
        {
            "title": m.title,
            "kind": m.kind,
            "number": m.number,
            "starts_at": _minutes(m.starts_at),
            "ends_at": _minutes(m.ends_at),
            "location": m.location,
            "organiser": _organisation_dict(m.organiser),
            "chairs": [_participant_dict(c) for c in m.chairs],
            "secretary": _participant_dict(m.secretary) if m.secretary else None,
            "attendees": [
                _compact(
                    {
                        "name": a.name,
                        "title": a.title,
                        "organisation": a.organisation,
                        "role": a.role,
                        "present": a.present,
                        "reason": a.reason,
                    }
                )
                for a in m.attendees
            ],
            "agenda": [
                _compact(
                    {
                        "title": i.title,
                        "presenter": i.presenter,
                        "notes": i.notes,
                        "conclusion": i.conclusion,
                    }
                )
                for i in m.agenda
            ],
            "conclusions": m.conclusions,
            "actions": [
                _compact(
                    {
                        "task": a.task,
                        "owner": a.owner,
                        "due": a.due.isoformat() if a.due else None,
                        "done": a.done,
                    }
                )
                for a in m.actions
            ],
            "distribution": list(m.distribution),
            "status": m.status if m.status != "draft" else None,
        }
    )
    decisions = []
    for d in package.decisions:
        signer = _compact(
            {
                "name": d.signer.name,
                "title": d.signer.title,
                "relation": d.signer.relation or None,
                "delegator_title": d.signer.delegator_title,
            }
        )
        decisions.append(
            _compact(
                {
                    "number": d.number,
                    "date": d.date.isoformat(),
                    "issuer": _organisation_dict(d.issuer),
                    "signer": signer or None,
                    "award": d.award_form,
                    "reason": d.reason,
                    "articles": list(d.articles),
                    "distribution": list(d.distribution),
                    "reward": _reward_dict(d.reward),
                }
            )
            | {
                "recipients": [
                    _compact(
                        {
                            "kind": a.kind,
                            "name": a.name,
                            "title": a.title,
                            "unit": a.unit,
                            "reason": a.reason,
                            "register_number": a.register_number,
                            "birth_year": a.birth_year if a.kind == "person" else None,
                        }
                    )
                    # "" (no salutation) is a choice and is written; None (not chosen) is not.
                    | ({"salutation": a.salutation} if a.salutation is not None else {})
                    for a in sorted(d.awards, key=lambda a: a.position)
                ]
            }
        )
    born = any("birth_year" in r for d in decisions for r in d["recipients"])
    version = VERSION if born else PLAIN_VERSION
    result: dict[str, Any] = {"format": FORMAT, "version": version, "meeting": meeting}
    if decisions:
        result["decisions"] = decisions
    return result


def dump_package(package: MeetingPackage) -> bytes:
    """The package as UTF-8 JSON text, indented, Vietnamese letters as they are."""
    text = json.dumps(package_to_dict(package), ensure_ascii=False, indent=2)
    return (text + "\n").encode("utf-8")


def _reward_dict(reward: RewardMoney | None) -> dict[str, Any] | None:
    if reward is None:
        return None
    return _compact(
        {
            "person": None if reward.person is None else str(reward.person),
            "collective": None if reward.collective is None else str(reward.collective),
            "fund": reward.fund,
        }
    )
