"""Mentions in a clause: values (dates, numbers, durations, times), places (the
gazetteer) and persons (titles and names), in normal form."""
