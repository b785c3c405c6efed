"""Tests for desktop.domain.numbers: Vietnamese number format."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.domain.numbers import format_number


@pytest.mark.parametrize(
    ("value", "decimals", "expected"),
    [
        (0, 0, "0"),
        (7, 0, "7"),
        (999, 0, "999"),
        (1000, 0, "1.000"),
        (4739, 0, "4.739"),
        (1_000_000, 0, "1.000.000"),
        (630_000_000_000, 0, "630.000.000.000"),
        (-1000, 0, "-1.000"),
        (-999, 0, "-999"),
        (1234.5, 1, "1.234,5"),
        (1234.5, 0, "1.235"),  # half up, not to even
        (2.5, 0, "3"),
        (-2.5, 0, "-3"),
        (1.005, 2, "1,01"),  # read as written, not as the binary 1.00499…
        (0.5, 2, "0,50"),
        (1000, 2, "1.000,00"),
        (-0.4, 0, "0"),  # no "-0"
        (Decimal("-0.001"), 2, "0,00"),
        (Decimal("1234567.891"), 2, "1.234.567,89"),
        (Decimal("0.1"), 3, "0,100"),
        (
            Decimal("12345678901234567890123456789012345"),
            0,
            "12.345.678.901.234.567.890.123.456.789.012.345",
        ),
        (1.5e21, 0, "1.500.000.000.000.000.000.000"),
    ],
)
def test_format_number(value: int | float | Decimal, decimals: int, expected: str) -> None:
    assert format_number(value, decimals) == expected


@pytest.mark.parametrize("value", [float("nan"), float("inf"), float("-inf"), Decimal("NaN")])
def test_format_number_rejects_non_finite(value: float | Decimal) -> None:
    with pytest.raises(ValueError):
        format_number(value)


@pytest.mark.parametrize("value", [True, "1000", None])
def test_format_number_rejects_non_numbers(value: object) -> None:
    with pytest.raises(TypeError):
        format_number(value)  # type: ignore[arg-type]


def test_format_number_rejects_negative_decimals() -> None:
    with pytest.raises(ValueError):
        format_number(1, -1)


@given(st.integers())
def test_integers_round_trip(value: int) -> None:
    text = format_number(value)
    assert "," not in text
    assert int(text.replace(".", "")) == value
    groups = text.lstrip("-").split(".")
    assert 1 <= len(groups[0]) <= 3
    assert all(len(group) == 3 for group in groups[1:])


@given(st.decimals(allow_nan=False, allow_infinity=False, places=2), st.integers(2, 6))
def test_decimals_round_trip(value: Decimal, decimals: int) -> None:
    text = format_number(value, decimals)
    whole, _, fraction = text.partition(",")
    assert len(fraction) == decimals
    assert Decimal(whole.replace(".", "") + "." + fraction) == value
