"""Plain records of the domain: meetings, decisions, awards and the directory.

These dataclasses are what every layer passes around. Storage maps rows to them, documents
render them, exchange reads and writes them as packages. They hold no behaviour beyond small
derived properties, and know nothing of SQL, Qt or files.

Ids are random UUID strings (``new_id()``) so records made on two workstations can be merged.
An empty id means "not stored yet".
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Literal

from desktop.domain.collation import collation_key, name_key

DocumentStyle = Literal["state", "party"]
"""``state`` = Nghị định 30/2020/NĐ-CP; ``party`` = the Party's own rules (HD 36-HD/VPTW)."""

RecipientKind = Literal["person", "collective"]
"""``person`` = cá nhân; ``collective`` = tập thể."""

AttendeeRole = Literal["chair", "secretary", "delegate", "guest", "press"]
MeetingStatus = Literal["draft", "final"]
SignerRelation = Literal[
    "", "head", "deputy", "collective", "collective_deputy", "delegated", "authorised", "acting"
]
"""How the signer stands to the head of the issuing body (quyền hạn ký, NĐ 30 ô 7a):

- ``head``: the head signs in their own name (no prefix);
- ``deputy``: a deputy signs for the head (KT. / Party K/T);
- ``collective``: on behalf of the collective leadership (TM. / Party T/M);
- ``collective_deputy``: a deputy of the head, on behalf of the collective (TM. + KT.);
- ``delegated``: by delegation (TL. / Party T/L), for ``Signer.delegator_title``;
- ``authorised``: by authorisation (TUQ.), for ``Signer.delegator_title``;
- ``acting``: the acting head (Q.);
- ``""``: not known yet (first-release data that a person must settle): never printed.
"""
Salutation = Literal["Ông", "Bà", "Đồng chí", ""]
"""How a person is addressed on a certificate; ``""`` = no salutation."""

DOCUMENT_STYLES: tuple[DocumentStyle, ...] = ("state", "party")
RECIPIENT_KINDS: tuple[RecipientKind, ...] = ("person", "collective")
ATTENDEE_ROLES: tuple[AttendeeRole, ...] = ("chair", "secretary", "delegate", "guest", "press")
MEETING_STATUSES: tuple[MeetingStatus, ...] = ("draft", "final")
SIGNER_RELATIONS: tuple[SignerRelation, ...] = (
    "head",
    "deputy",
    "collective",
    "collective_deputy",
    "delegated",
    "authorised",
    "acting",
)
SALUTATIONS: tuple[Salutation, ...] = ("Ông", "Bà", "Đồng chí", "")


MULTILINE = {"multiline": True}
"""Field metadata of a text that keeps its line breaks (notes, conclusions): cleaned by
``domain.text.normalize_multiline``; every other text is one line (``domain.clean``)."""


def new_id() -> str:
    """Return a fresh random record id (UUID4, text)."""
    return str(uuid.uuid4())


TEXT_LIMIT = 500
"""The longest one-line text a record keeps (a name, a title, a unit): what a meeting package
accepts (resources/schemas, ``$defs.text``); the window, the list import and packages agree."""
REASON_LIMIT = 2000
"""The longest reason (thành tích) of one recipient, as a package accepts it."""


@dataclass(slots=True)
class Signer:
    """Who signs a document: name, own title and relation to the head of the body.

    The prefix line (KT. GIÁM ĐỐC, TM. ỦY BAN NHÂN DÂN …) is never stored: it is computed by
    :func:`desktop.domain.authority.signature_lines` from the relation and the body.
    """

    name: str = ""
    title: str = ""
    """The signer's own title ("Phó Giám đốc", "Chánh Văn phòng"); empty = the head's title."""
    relation: SignerRelation = "head"
    delegator_title: str = ""
    """For TL./TUQ.: the title of whoever delegates ("Giám đốc"); empty = the head's title."""


@dataclass(slots=True)
class Organisation:
    """Cơ quan, tổ chức ban hành — the issuing body of decisions and organiser of meetings."""

    name: str
    """Name of the body as its header's second line writes it ("Sở Nội vụ", "Ban Tuyên giáo")."""
    parent: str = ""
    """The chủ quản line of the header ("Ủy ban nhân dân tỉnh Thái Nguyên", "Tỉnh ủy Bắc
    Giang"); empty when the body has none."""
    full_name: str = ""
    """Proper full name in running text ("Sở Nội vụ tỉnh Thái Nguyên"); empty = derived by
    :func:`desktop.domain.authority.derive_full_name`."""
    head_title: str = ""
    """Title of the head ("Giám đốc", "Chủ tịch", "Trưởng Ban", "Bí thư")."""
    collective_name: str = ""
    """The collective leadership that signs "TM." ("Ủy ban nhân dân", "Ban Thường vụ")."""
    place: str = ""
    """Place name for the date line ("Bắc Giang, ngày …")."""
    style: DocumentStyle = "state"
    abbreviation: str = ""
    """Abbreviation used in document numbers ("BTGTU" in 15-QĐ/BTGTU)."""
    default_signer: Signer = field(default_factory=Signer)
    legal_bases: list[str] = field(default_factory=list)
    """The "Căn cứ …" lines of this body's decisions, editable by the user."""
    id: str = ""
    version: int = 0
    """The stored version this copy was read at (0: not stored yet); see ``domain.merge``."""


@dataclass(slots=True)
class Participant:
    """A named person with a title, as chair or secretary of a meeting."""

    name: str
    title: str = ""


@dataclass(slots=True)
class Attendee:
    """Thành phần tham dự: one line of the attendance list."""

    name: str
    title: str = ""
    organisation: str = ""
    role: AttendeeRole = "delegate"
    present: bool = True
    reason: str = ""
    """Why the attendee was absent (lý do vắng mặt); empty when present."""
    id: str = ""


@dataclass(slots=True)
class AgendaItem:
    """One item of the agenda (nội dung), with the secretary's notes and its conclusion."""

    title: str
    presenter: str = ""
    notes: str = field(default="", metadata=MULTILINE)
    conclusion: str = field(default="", metadata=MULTILINE)
    id: str = ""


@dataclass(slots=True)
class ActionItem:
    """A task decided at the meeting, with its owner and due date."""

    task: str
    owner: str = ""
    due: dt.date | None = None
    done: bool = False
    id: str = ""


@dataclass(slots=True)
class Meeting:
    """Hội nghị / cuộc họp, with everything the minutes (biên bản) need."""

    title: str
    organiser: Organisation
    kind: str = ""
    number: str = ""
    """Số, ký hiệu of the minutes ("12/BB-SNV"); empty leaves the number for the văn thư."""
    starts_at: dt.datetime | None = None
    ends_at: dt.datetime | None = None
    location: str = ""
    chairs: list[Participant] = field(default_factory=list)
    secretary: Participant | None = None
    attendees: list[Attendee] = field(default_factory=list)
    agenda: list[AgendaItem] = field(default_factory=list)
    conclusions: str = field(default="", metadata=MULTILINE)
    actions: list[ActionItem] = field(default_factory=list)
    distribution: list[str] = field(default_factory=list)
    """Nơi nhận lines of the minutes; empty = the defaults of the document renderer."""
    status: MeetingStatus = "draft"
    id: str = ""
    version: int = 0
    """The stored version this copy was read at (0: not stored yet); see ``domain.merge``."""


@dataclass(slots=True)
class Person:
    """Cá nhân in the directory, reused across decisions and years."""

    name: str
    title: str = ""
    unit: str = ""
    id: str = ""
    birth_year: int | None = None
    """Năm sinh when known: two namesakes at one unit with different years are two people."""


@dataclass(slots=True)
class Collective:
    """Tập thể in the directory, reused across decisions and years."""

    name: str
    id: str = ""


@dataclass(slots=True)
class Award:
    """One line of a decision's list: who gets the award, in which position.

    ``title`` and ``unit`` are the recipient's chức vụ and đơn vị as they were when the decision
    was made (the directory may change later). ``reason`` overrides the decision's default
    reason when not empty.
    """

    kind: RecipientKind
    name: str
    title: str = ""
    unit: str = ""
    reason: str = ""
    salutation: Salutation | None = None
    """Ông, Bà, Đồng chí or "" (none) for a person; ``None`` = not chosen yet (a warning
    before printing). Always ``None`` for a collective."""
    register_number: str = ""
    """Số vào sổ, when the office keeps a register."""
    position: int = 0
    recipient_id: str = ""
    """Id of the Person or Collective in the directory."""
    id: str = ""
    birth_year: int | None = None
    """Năm sinh read from an imported list: it goes to the directory person (telling namesakes
    apart), not into the award; ``None`` on awards read back from the database."""

    @property
    def is_collective(self) -> bool:
        """True for a tập thể."""
        return self.kind == "collective"


def sorted_by_name(awards: list[Award]) -> list[Award]:
    """The list "sorted by tên": collectives first in Vietnamese order of their whole name,
    then people by given name, middle name, family name (stable for equal names)."""
    collectives = sorted(
        (a for a in awards if a.is_collective), key=lambda a: collation_key(a.name)
    )
    people = sorted((a for a in awards if not a.is_collective), key=lambda a: name_key(a.name))
    return collectives + people


@dataclass(frozen=True, slots=True)
class RewardMoney:
    """The money that goes with the award, for the optional article after Điều 1.

    The amounts are the office's (the rates depend on the award and on the decree in force:
    NĐ 98/2023, replaced by NĐ 152/2025; nothing here computes them).
    """

    person: Decimal | None = None
    """Per individual, in đồng."""
    collective: Decimal | None = None
    """Per collective, in đồng."""
    fund: str = ""
    """Where it comes from: "Quỹ thi đua, khen thưởng của Sở Nội vụ"."""


@dataclass(slots=True)
class Decision:
    """Quyết định khen thưởng, with its ordered list of awards."""

    number: str
    date: dt.date
    issuer: Organisation
    signer: Signer = field(default_factory=Signer)
    award_form: str = "Giấy khen"
    """Hình thức khen thưởng: Giấy khen, Giấy chứng nhận, Bằng khen, …"""
    reason: str = ""
    """Default reason ("Đã có thành tích …"), used where an award has none of its own."""
    awards: list[Award] = field(default_factory=list)
    articles: list[str] = field(default_factory=list)
    """Text of Điều 2, Điều 3 … (Điều 1 is computed from the awards); empty = the defaults."""
    distribution: list[str] = field(default_factory=list)
    """Nơi nhận lines; empty = the defaults of the document renderer."""
    meeting_id: str = ""
    id: str = ""
    version: int = 0
    """The stored version this copy was read at (0: not stored yet); see ``domain.merge``."""
    reward: RewardMoney | None = None
    """The optional article on the reward money (None: no such article)."""

    def effective_signer(self) -> Signer:
        """Who signs: the decision's own signer, else the issuing body's default signer."""
        if self.signer.name or self.signer.title:
            return self.signer
        return self.issuer.default_signer

    def reason_for(self, award: Award) -> str:
        """The reason printed for ``award``: its own, else the decision's default."""
        return award.reason or self.reason

    @property
    def collectives(self) -> list[Award]:
        """The awards to tập thể, in list order."""
        return [a for a in self.awards if a.kind == "collective"]

    @property
    def people(self) -> list[Award]:
        """The awards to cá nhân, in list order."""
        return [a for a in self.awards if a.kind == "person"]


@dataclass(slots=True)
class CertificateIssue:
    """One certificate written to paper or PDF: the issue log (sổ theo dõi cấp phát)."""

    award_id: str
    template: str
    template_version: str
    snapshot: dict[str, str]
    """The field values exactly as printed."""
    issued_at: dt.datetime
    printer: str = ""
    offset_x_mm: float = 0.0
    offset_y_mm: float = 0.0
    reissue_of: str = ""
    """Id of the earlier issue this one replaces after a correction."""
    id: str = ""


@dataclass(slots=True)
class SearchHit:
    """One search result: what kind of record, its id, and what to show."""

    kind: Literal["person", "collective", "meeting", "decision"]
    id: str
    title: str
    detail: str = ""
