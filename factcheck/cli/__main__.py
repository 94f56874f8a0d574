"""``python -m factcheck.cli``: the ``factcheck`` command."""
from .app import entry

entry()
