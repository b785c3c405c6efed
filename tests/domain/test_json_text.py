"""Issue 9, item 8: strict JSON — duplicate keys, deep nesting and giant numbers refused."""

from __future__ import annotations

import pytest

from desktop.domain.json_text import MAX_DEPTH, JsonTextError, loads_strict


def test_ordinary_json_loads() -> None:
    assert loads_strict('{"a": [1, {"b": "c"}]}') == {"a": [1, {"b": "c"}]}


def test_a_duplicate_key_is_named_with_its_place() -> None:
    text = '{"decisions": [{"number": "1", "recipients": [{"name": "A", "name": "B"}]}]}'
    with pytest.raises(JsonTextError, match=r'decisions\[0\]\.recipients\[0\]\.name: khóa "name"'):
        loads_strict(text)


@pytest.mark.parametrize("depth", [MAX_DEPTH + 1, 5_000, 200_000])
def test_deep_nesting_is_refused_without_recursion_error(depth: int) -> None:
    with pytest.raises(JsonTextError, match="lồng nhau quá sâu"):
        loads_strict("[" * depth + "]" * depth)
    with pytest.raises(JsonTextError, match="lồng nhau quá sâu"):
        loads_strict('{"a":' * depth + "1" + "}" * depth)


def test_nesting_up_to_the_limit_loads() -> None:
    assert loads_strict("[" * MAX_DEPTH + "]" * MAX_DEPTH) is not None


def test_a_number_of_thousands_of_digits_is_refused() -> None:
    with pytest.raises(JsonTextError, match="số quá lớn"):
        loads_strict('{"version": ' + "9" * 5000 + "}")


def test_a_syntax_error_names_line_and_column() -> None:
    with pytest.raises(JsonTextError, match="dòng 2, cột 1"):
        loads_strict('{"a": 1,\n}')
