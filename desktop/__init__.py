"""Vinh Danh: meetings, minutes, decisions and award certificates for Vietnamese offices."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("vinhdanh")
except PackageNotFoundError:  # a source tree that was never installed
    __version__ = "0.0.0+source"
