"""Stages 1-2, ingest: files, folders or standard input -> articles (decoded text, format,
date, language) -> body text without page furniture -> clauses."""
