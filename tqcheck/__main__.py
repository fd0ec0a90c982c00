"""``python -m tqcheck`` is the ``tqcheck`` command."""
import sys

from tqcheck.cli import main

sys.exit(main())
