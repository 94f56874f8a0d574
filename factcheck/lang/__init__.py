"""Languages: the per-language data (``factcheck/data``), language detection, script-level
text folding and the token-level cue matching every stage uses."""
