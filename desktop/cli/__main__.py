"""``python -m desktop.cli``: the ``vinhdanh`` command."""

import sys

from desktop.cli import main

sys.exit(main())
