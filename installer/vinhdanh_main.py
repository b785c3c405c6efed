"""Entry point of the frozen build: the same ``vinhdanh`` command as ``pip install`` makes."""

import sys

from desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
