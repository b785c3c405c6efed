"""Issue 9, item 9: a user's style file goes through the safe placeholder parser."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.documents.style import StyleError, load_style, style_path
from desktop.services.documents import decision_bytes, resolve_style
from tests.documents.pdf_read import text
from tests.documents.records import state_decision


def _style_file(folder: Path, summary: str) -> Path:
    data = json.loads(style_path("state").read_text(encoding="utf-8"))
    data["body"]["decision_summary"] = summary
    path = folder / "state.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    "summary",
    [
        "Về việc tặng {award_form.__class__.__mro__}",  # printed Python internals
        "Về việc tặng {award_form:>20000000}",  # took 494 MB
        "Về việc tặng {award_form[0]}",
        "Về việc tặng {award_form!r}",
        "Về việc tặng {ten}",  # a certificate placeholder, not a style one
        "Về việc tặng {award_form",
    ],
)
def test_a_style_with_an_expression_is_refused_naming_file_and_key(
    tmp_path: Path, summary: str
) -> None:
    path = _style_file(tmp_path, summary)
    with pytest.raises(StyleError) as caught:
        resolve_style("state", tmp_path)
    message = str(caught.value)
    assert message.startswith(f"{path.name}: body.decision_summary: ")
    assert "không phải tên trường có sẵn" in message or "đứng lẻ" in message
    assert "<class" not in message  # no Python internals


def test_the_placeholder_still_fills_and_braces_escape(tmp_path: Path) -> None:
    style = load_style("state", _style_file(tmp_path, "Về việc tặng {award_form} {{năm 2023}}"))
    content = text(decision_bytes(state_decision(), ".pdf", style))
    assert "Về việc tặng Giấy khen {năm 2023}" in " ".join(content.split())


def test_deeply_nested_style_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "state.json"
    path.write_text('{"page":' * 10_000 + "1" + "}" * 10_000, encoding="utf-8")
    with pytest.raises(StyleError, match=r"state\.json: .*lồng nhau quá sâu"):
        load_style("state", path)
    path.write_text('{"page": 1, "page": 2}', encoding="utf-8")
    with pytest.raises(StyleError, match=r'state\.json: page: khóa "page"'):
        load_style("state", path)
