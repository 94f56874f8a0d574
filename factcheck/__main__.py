"""``python -m factcheck``: the command line (cli/app.py), as the ``factcheck`` console script runs it."""
from .cli.app import entry

if __name__ == "__main__":
    entry()
