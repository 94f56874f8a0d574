"""Invented mixed stories (English and Arabic outlets; other names, places and numbers than any
scored story) where values about a person must meet whatever script and form the name is written
in: a Dutch particle name, a Hungarian name whose Arabic spelling reads as ب + ال, Portuguese and
Slavic names, and two defendants whose surnames share a consonant skeleton."""
import datetime as dt

from factcheck import pipeline
from factcheck.extract.normalize import Normalizer
from factcheck.models import Article

PUBLISHED = dt.date(2031, 5, 11)


def _story(texts: dict[str, str]):
    return pipeline.analyze([Article(id=k, path=f"{k}.txt", text=t, published=PUBLISHED,
                                     language="ar" if k.startswith("a") else "en")
                             for k, t in texts.items()])


def _clashes(rep, prop_prefix: str = "quantity:count") -> list[set[tuple[str, str]]]:
    cl = {c.id: c for c in rep.claims}
    return [{(cl[i].article, cl[i].value) for i in f.claims} for f in rep.findings
            if f.kind == "contradiction" and f.property.startswith(prop_prefix)]


def _subjects(rep, article: str, prop: str) -> set[str | None]:
    return {c.subject for c in rep.claims if c.article == article and c.property == prop}


CYCLING = {
    "e1": "Dutch cyclist Lotte van Rijn, 24, won the Ardennes time trial on Saturday.\n\n"
          "Van Rijn finished ahead of the Hungarian rider Balint Farkas, who was second.\n\n"
          "Farkas, 29, said the course was hard.\n",
    "e2": "Lotte van Rijn, 24, took the Ardennes time trial on Saturday, with Balint Farkas, 29, in second place.\n\n"
          "Farkas praised the winner. Van Rijn thanked her team.\n",
    "a1": "فازت الهولندية لوتي فان راين (26 عاما) بسباق ضد الساعة في الأردين يوم السبت.\n\n"
          "وحل الدراج المجري بالينت فاركاس (31 عاما) في المركز الثاني.\n\n"
          "وقال فاركاس إن المسار كان صعبا.\n",
}


def test_ages_of_a_particle_name_and_a_proclitic_looking_name_meet_across_scripts():
    clashes = _clashes(_story(CYCLING))
    assert {("a1", "26"), ("e1", "24"), ("e2", "24")} in clashes      # van Rijn / فان راين
    assert {("a1", "31"), ("e1", "29"), ("e2", "29")} in clashes      # Farkas / بالينت فاركاس
    assert len(clashes) == 2


def test_a_name_whose_arabic_first_word_reads_as_al_is_learnt_in_both_scripts():
    arts = [Article(id=k, path=f"{k}.txt", text=t, published=PUBLISHED, language="ar" if k.startswith("a") else "en")
            for k, t in CYCLING.items()]
    registry = Normalizer(arts).registry
    assert {"farkas", "فاركاس"} <= registry.forms          # "وقال فاركاس" then names him too
    assert registry.lookup("فاركاس") == registry.lookup("Farkas") is not None


MARATHON = {
    "e1": "The 27-year-old Marta dos Reis won the women's race in Porto on Sunday.\n\n"
          "Serbian runner Jelena Marković, 31, finished second. Marković said she was tired.\n",
    "e2": "Marta dos Reis, 25, won the women's race in Porto on Sunday.\n\n"
          "Jelena Markovic, 33, came second, and Dos Reis thanked the crowd.\n",
    "a1": "فازت العداءة مارتا دوس ريس (27 عاما) بسباق السيدات في بورتو يوم الأحد.\n\n"
          "وحلت العداءة الصربية يلينا ماركوفيتش (31 عاما) في المركز الثاني.\n",
}


def test_a_particle_name_after_an_age_and_a_slavic_surname_keep_their_ages():
    clashes = _clashes(_story(MARATHON))
    assert {("a1", "27"), ("e1", "27"), ("e2", "25")} in clashes      # "The 27-year-old Marta dos Reis"
    assert {("a1", "31"), ("e1", "31"), ("e2", "33")} in clashes      # Marković / Markovic / ماركوفيتش
    assert len(clashes) == 2


TRIAL = {
    "e1": "A court in Minya sentenced the defendant Karim Hassan, 34, to ten years in prison on Monday.\n\n"
          "His co-defendant Tarek Hussein, 41, was acquitted. Hassan plans to appeal, his lawyer said.\n",
    "e2": "Karim Hassan, 36, was jailed on Monday by a court in Minya.\n\n"
          "Tarek Hussein, 41, walked free. Hussein thanked the judge.\n",
}


def test_two_defendants_whose_surnames_share_a_skeleton_are_two_people():
    clashes = _clashes(_story(TRIAL))
    assert clashes == [{("e1", "34"), ("e2", "36")}]                  # Hassan's age, never Hussein's
