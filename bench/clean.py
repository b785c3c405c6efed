"""Benchmark: ``domain.clean.clean`` over a decision of N recipients, against the hand-written
normalisation it replaced (``dataclasses.replace`` of each award with its four texts through
``normalize``, as ``services.decisions.normalized_decision`` did), in one run, as a ratio.

``clean`` walks every field of every record (issuer, signer, awards …) generically, so it does
more than the hand-written code; the fast path (``text.is_normalized``: text already clean is
kept as it is) is what keeps it in the same range. Both run on clean text (a decision as stored,
the usual case: autosave, previews) and on dirty text (a paste from Word: NFD, no-break spaces).

    python bench/clean.py [--recipients 2000] [--repeat 5]
"""

from __future__ import annotations

import argparse
import datetime as dt
import time
import unicodedata
from collections.abc import Callable
from dataclasses import replace

from desktop.domain.clean import clean
from desktop.domain.records import Award, Decision, Organisation, Signer
from desktop.domain.text import normalize


def _decision(recipients: int, dirty: bool) -> Decision:
    def text(value: str) -> str:
        return unicodedata.normalize("NFD", value).replace(" ", " \u00a0") if dirty else value

    return Decision(
        number="15-QĐ/BTGTU",
        date=dt.date(2024, 1, 3),
        issuer=Organisation(
            name="Ban Tuyên giáo",
            parent="Tỉnh ủy Bắc Giang",
            style="party",
            legal_bases=[text("Căn cứ Quy định số 22-QĐ/TW ngày 28/7/2021")] * 4,
        ),
        signer=Signer(name=text("Nguyễn Văn Minh"), title="Phó Trưởng ban", relation="deputy"),
        reason=text("Đã có thành tích xuất sắc trong công tác tuyên giáo năm 2023"),
        awards=[
            Award(
                "person",
                text(f"Nguyễn Thị Thu Hằng {i}"),
                title=text("Chuyên viên"),
                unit=text("Phòng Tổ chức cán bộ"),
                reason=text("Hoàn thành xuất sắc nhiệm vụ") if i % 3 else "",
                position=i + 1,
            )
            for i in range(recipients)
        ],
    )


def _by_hand(decision: Decision) -> Decision:
    n = normalize
    return replace(
        decision,
        number=n(decision.number),
        reason=n(decision.reason),
        signer=replace(
            decision.signer, name=n(decision.signer.name), title=n(decision.signer.title)
        ),
        awards=[
            replace(a, name=n(a.name), title=n(a.title), unit=n(a.unit), reason=n(a.reason))
            for a in decision.awards
        ],
    )


def _best(run: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--recipients", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    for label, dirty in (("clean text", False), ("dirty text", True)):
        decision = _decision(args.recipients, dirty)
        generic = _best(lambda d=decision: clean(d), args.repeat)
        by_hand = _best(lambda d=decision: _by_hand(d), args.repeat)
        print(
            f"{label}, {args.recipients} recipients: clean() {generic * 1000:.1f} ms, "
            f"by hand {by_hand * 1000:.1f} ms, ratio {generic / by_hand:.2f}"
        )


if __name__ == "__main__":
    main()
