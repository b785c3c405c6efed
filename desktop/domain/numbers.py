"""Numbers as Vietnamese documents write them: "." between thousands, "," before decimals.

"1.000.000 đồng", "4.739 người", "1.234,5 ha" (docs/vn-document-rules.md §4.4; the glibc vi_VN
locale agrees). The format does not depend on the machine's locale settings, so a PDF made on an
English Windows reads the same.
"""

from __future__ import annotations

import decimal
from decimal import ROUND_HALF_UP, Decimal

_SWAP_SEPARATORS = str.maketrans({",": ".", ".": ","})


def format_number(value: int | float | Decimal, decimals: int = 0) -> str:
    """Return ``value`` in Vietnamese number format, rounded half up to ``decimals`` places.

    Examples: 4739 → "4.739"; 1000000 → "1.000.000"; 1234.5 with ``decimals=1`` → "1.234,5";
    -1000 → "-1.000". A value that rounds to zero never shows a minus sign.

    Floats are taken at their shortest decimal form (1.005 is read as "1.005", not as the
    binary 1.00499…), so they round as a person reading the number would expect.

    Raises:
        ValueError: for NaN, infinity or a negative ``decimals``.
        TypeError: for ``bool`` or anything that is not a number.
    """
    if isinstance(value, bool) or not isinstance(value, int | float | Decimal):
        raise TypeError(f"format_number expects a number, got {type(value).__name__}")
    if decimals < 0:
        raise ValueError(f"decimals must not be negative: {decimals}")
    exact = Decimal(repr(value)) if isinstance(value, float) else Decimal(value)
    if not exact.is_finite():
        raise ValueError(f"Không thể viết số không xác định: {value}")
    # Enough precision for every digit before and after the decimal mark: quantize() fails
    # rather than rounds when the context is too small.
    with decimal.localcontext() as context:
        context.prec = max(28, exact.adjusted() + decimals + 2)
        rounded = exact.quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)
        if rounded.is_zero():
            rounded = abs(rounded)
        text = f"{rounded:,.{decimals}f}"
    return text.translate(_SWAP_SEPARATORS)
