"""``python -m factcheck``: the command line (cli.py), as the ``factcheck`` console script runs it."""
from .cli import entry

if __name__ == "__main__":
    entry()
