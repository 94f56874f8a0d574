"""factcheck: source-consistency fact-checking across news articles."""

__version__ = "0.1.0"
