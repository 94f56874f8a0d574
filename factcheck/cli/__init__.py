"""The command line: each command parses its options, calls one library function and renders
the result (``python -m factcheck.cli`` or the ``factcheck`` command)."""
