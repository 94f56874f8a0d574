"""A bare currency noun resolved by the cities its article names (kinds.currency rule 3): court and
business news names the city of a court or a firm more often than its country ("محكمة جنايات
الجيزة", "a court in Amman"). One row per article -> the resolved figure (None: nothing decides)."""
import pytest

from factcheck.kinds import currency

DINARS = "BHD|DZD|IQD|JOD|KWD|LYD|RSD|TND"
POUNDS = "EGP|FKP|GBP|GIP|SDG|SHP|SSP"


@pytest.mark.parametrize("text, lang, value, resolved", [
    ("قضت محكمة جنايات الجيزة بتغريمه 50 ألف جنيه.", "ar", f"50000 {POUNDS}", "50000 EGP"),
    # a city name of several places (Alexandria, Egypt / Iskandariya, Iraq) decides nothing alone
    ("وقضت محكمة في الإسكندرية بتغريم الشركة مليون جنيه.", "ar", f"1000000 {POUNDS}", None),
    ("A court in Amman fined the firm 20,000 dinars.", "en", f"20000 {DINARS}", "20000 JOD"),
    ("A court in Sfax fined the firm 20,000 dinars.", "en", f"20000 {DINARS}", "20000 TND"),
    # cities of two candidate countries: nothing decides
    ("Courts in Amman and Sfax fined the two firms 20,000 dinars each.", "en", f"20000 {DINARS}", None),
    # a country named decides first, whatever the cities
    ("The Tunisian firm, fined in Amman, paid 20,000 dinars.", "en", f"20000 {DINARS}", "20000 TND"),
    # a city outside every candidate country: nothing decides
    ("A court in Lyon fined the firm 20,000 dinars.", "en", f"20000 {DINARS}", None),
])
def test_a_bare_noun_is_resolved_by_the_cities_named(text, lang, value, resolved):
    got = currency.resolve(value, text, lang)
    assert (got[0] if got else None) == resolved
    if got:
        assert got[1].startswith("currency:") and got[2] in text   # provenance: the rule and what decided
