"""``python -m desktop``: the ``vinhdanh`` command (the window with no arguments)."""

import sys

from desktop.cli import main

sys.exit(main())
