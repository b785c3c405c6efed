"""A module imported when one of its functions is first called (``session`` uses it for the
services that draw documents, so that the window opens without reportlab and openpyxl)."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any


class Later:
    """``Later("desktop.services.documents").write_decision`` is a function that imports
    ``desktop.services.documents`` on its first call and calls its ``write_decision``."""

    def __init__(self, module: str) -> None:
        self._module = module

    def __getattr__(self, name: str) -> Callable[..., Any]:
        module = self._module

        def call(*args: Any, **kwargs: Any) -> Any:
            return getattr(importlib.import_module(module), name)(*args, **kwargs)

        call.__name__ = call.__qualname__ = name
        call.__module__ = module
        return call
