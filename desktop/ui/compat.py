"""Small shims for Python 3.11: ``typing.override`` arrived in 3.12."""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

F = TypeVar("F", bound=Callable[..., object])

if TYPE_CHECKING or sys.version_info >= (3, 12):
    from typing_extensions import override
else:
    try:
        from typing_extensions import override
    except ImportError:  # only a marker at run time

        def override(method: F) -> F:
            """Mark a Qt virtual we override (checked by mypy)."""
            return method


__all__ = ["override"]
