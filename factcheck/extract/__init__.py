"""Stage 3, extract: clauses -> claims (subject, property, value, polarity, modality,
attribution, event), built by frames from the mentions, each anchored to its event."""
