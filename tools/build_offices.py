#!/usr/bin/env python3
"""Generate the bilingual office lexicon (``factcheck/data/<lang>/offices.json``) from one table of
office nouns and government portfolios, each written once with its forms in every language::

    python tools/build_offices.py            # writes factcheck/data/{en,ar}/offices.json
    python tools/build_offices.py --out DIR

The table is a general list, not a story's: the offices news writes before a person's name (heads of
bodies, ministers, envoys, local executives, royal and military titles, judicial offices) and the
standard portfolios of a government (the ministries most cabinets have). A canonical key joins the
synonyms of one office within and across languages ("chairman" / "head" / "رئيس"; "mayor" /
"رئيس البلدية"), so that a title is its office key plus the domain keys of its portfolio.
``exclusive`` lists groups of offices one person does not hold at once in one story (the executive of
a town and of a province): two of them for one person clash.
"""
from __future__ import annotations

import argparse
import json
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "factcheck" / "data"
LANGS = ("en", "ar")

# office key -> {language: forms}. A longer form wins over its parts ("prime minister" over "minister").
OFFICES: dict[str, dict[str, list[str]]] = {
    "head": {"en": ["head", "chairman", "chairwoman", "chairperson", "chair", "leader", "chief", "president"],
             "ar": ["رئيس", "رئيسة", "زعيم", "زعيمة"]},
    "deputy": {"en": ["deputy", "vice"], "ar": ["نائب", "نائبة"]},
    "assistant": {"en": ["assistant"], "ar": ["مساعد", "مساعدة"]},
    "prime_minister": {"en": ["prime minister", "premier"],
                       "ar": ["رئيس الوزراء", "رئيسة الوزراء", "رئيس الحكومة", "رئيسة الحكومة", "رئيس مجلس الوزراء"]},
    "minister": {"en": ["minister"], "ar": ["وزير", "وزيرة"]},
    "mayor": {"en": ["mayor"], "ar": ["عمدة", "رئيس البلدية", "رئيسة البلدية", "رئيس بلدية", "رئيسة بلدية"]},
    "governor": {"en": ["governor"], "ar": ["محافظ", "والي", "حاكم"]},
    "ambassador": {"en": ["ambassador"], "ar": ["سفير", "سفيرة"]},
    "envoy": {"en": ["envoy"], "ar": ["مبعوث", "مبعوثة"]},
    "consul": {"en": ["consul"], "ar": ["قنصل"]},
    "spokesperson": {"en": ["spokesman", "spokeswoman", "spokesperson"],
                     "ar": ["متحدث", "متحدثة", "ناطق", "ناطقة"]},
    "representative": {"en": ["representative"], "ar": ["ممثل", "ممثلة"]},
    "adviser": {"en": ["adviser", "advisor"], "ar": ["مستشار", "مستشارة"]},
    "secretary_general": {"en": ["secretary-general", "secretary general"],
                          "ar": ["الأمين العام", "أمين عام", "الأمينة العامة", "أمينة عامة"]},
    "chief_executive": {"en": ["chief executive", "chief executive officer", "ceo"],
                        "ar": ["الرئيس التنفيذي", "رئيس تنفيذي", "الرئيسة التنفيذية"]},
    # the other officers of a company's executive (its "C-suite"), each one post
    "chief_financial_officer": {"en": ["chief financial officer", "cfo", "finance director"],
                                "ar": ["المدير المالي", "مدير مالي", "المديرة المالية", "الرئيس المالي"]},
    "chief_operating_officer": {"en": ["chief operating officer", "coo"],
                                "ar": ["مدير العمليات", "الرئيس التنفيذي للعمليات", "مديرة العمليات"]},
    "chief_technology_officer": {"en": ["chief technology officer", "chief technical officer", "cto"],
                                 "ar": ["المدير التقني", "مدير التكنولوجيا", "الرئيس التنفيذي للتكنولوجيا"]},
    "director": {"en": ["director", "director-general", "director general"], "ar": ["مدير", "مديرة", "مدير عام"]},
    "commander": {"en": ["commander"], "ar": ["قائد", "قائدة"]},
    "king": {"en": ["king"], "ar": ["ملك"]},
    "queen": {"en": ["queen"], "ar": ["ملكة"]},
    "prince": {"en": ["prince", "emir", "amir"], "ar": ["أمير"]},
    "crown_prince": {"en": ["crown prince"], "ar": ["ولي العهد"]},
    "general": {"en": ["general"], "ar": ["جنرال"]},
    "commissioner": {"en": ["commissioner"], "ar": ["مفوض", "مفوضة"]},
    "senator": {"en": ["senator"], "ar": ["سيناتور", "عضو مجلس الشيوخ"]},
    "attorney_general": {"en": ["attorney general", "attorney-general", "prosecutor general"],
                         "ar": ["النائب العام", "نائب عام"]},
    "prosecutor": {"en": ["prosecutor"], "ar": ["مدع عام", "المدعي العام"]},
    "judge": {"en": ["judge"], "ar": ["قاض", "قاضي", "قاضية"]},
    "coach": {"en": ["coach", "head coach"], "ar": ["مدرب", "مدربة"]},
    "pilot": {"en": ["pilot"], "ar": ["طيار", "طيارة"]},
    "co_pilot": {"en": ["co-pilot", "copilot", "co pilot", "first officer"], "ar": ["مساعد الطيار", "مساعد طيار"]},
}

# portfolio key -> {language: forms}: the domain a title's office is of ("transport minister",
# "minister of transport", "وزير النقل"). The ministries most governments have, and the services whose
# head is titled by them (police, civil defence, aviation).
DOMAINS: dict[str, dict[str, list[str]]] = {
    "foreign": {"en": ["foreign", "foreign affairs", "external affairs"], "ar": ["الخارجية", "الشؤون الخارجية"]},
    "interior": {"en": ["interior", "home affairs", "home"], "ar": ["الداخلية"]},
    "defence": {"en": ["defence", "defense"], "ar": ["الدفاع"]},
    "civil_defence": {"en": ["civil defence", "civil defense", "civil protection"], "ar": ["الدفاع المدني", "الحماية المدنية"]},
    "finance": {"en": ["finance", "treasury"], "ar": ["المالية", "الخزانة"]},
    "economy": {"en": ["economy", "economic affairs"], "ar": ["الاقتصاد"]},
    "health": {"en": ["health", "public health"], "ar": ["الصحة"]},
    "education": {"en": ["education"], "ar": ["التعليم", "التربية", "التربية والتعليم"]},
    "higher_education": {"en": ["higher education"], "ar": ["التعليم العالي"]},
    "justice": {"en": ["justice"], "ar": ["العدل", "العدالة"]},
    "transport": {"en": ["transport", "transportation"], "ar": ["النقل", "المواصلات"]},
    "energy": {"en": ["energy"], "ar": ["الطاقة"]},
    "oil": {"en": ["oil", "petroleum"], "ar": ["النفط", "البترول"]},
    "agriculture": {"en": ["agriculture"], "ar": ["الزراعة"]},
    "trade": {"en": ["trade", "commerce"], "ar": ["التجارة"]},
    "industry": {"en": ["industry"], "ar": ["الصناعة"]},
    "labour": {"en": ["labour", "labor", "employment"], "ar": ["العمل", "التشغيل"]},
    "tourism": {"en": ["tourism"], "ar": ["السياحة"]},
    "culture": {"en": ["culture"], "ar": ["الثقافة"]},
    "information": {"en": ["information", "media"], "ar": ["الإعلام"]},
    "communications": {"en": ["communications", "telecommunications"], "ar": ["الاتصالات"]},
    "housing": {"en": ["housing"], "ar": ["الإسكان"]},
    "environment": {"en": ["environment"], "ar": ["البيئة"]},
    "water": {"en": ["water", "water resources", "irrigation"], "ar": ["المياه", "الموارد المائية", "الري"]},
    "sport": {"en": ["sport", "sports", "youth and sports"], "ar": ["الرياضة", "الشباب والرياضة"]},
    "social_affairs": {"en": ["social affairs", "social solidarity"], "ar": ["الشؤون الاجتماعية", "التضامن الاجتماعي"]},
    "religious_affairs": {"en": ["religious affairs", "endowments"], "ar": ["الشؤون الدينية", "الأوقاف"]},
    "planning": {"en": ["planning"], "ar": ["التخطيط"]},
    "investment": {"en": ["investment"], "ar": ["الاستثمار"]},
    "local_government": {"en": ["local government", "local administration"], "ar": ["الحكم المحلي", "الإدارة المحلية"]},
    "public_works": {"en": ["public works"], "ar": ["الأشغال العامة"]},
    "electricity": {"en": ["electricity"], "ar": ["الكهرباء"]},
    "aviation": {"en": ["aviation", "civil aviation"], "ar": ["الطيران", "الطيران المدني"]},
    "police": {"en": ["police"], "ar": ["الشرطة", "شرطة"]},
    "intelligence": {"en": ["intelligence"], "ar": ["المخابرات", "الاستخبارات"]},
    "immigration": {"en": ["immigration", "migration"], "ar": ["الهجرة"]},
    "emergency": {"en": ["emergency", "emergencies"], "ar": ["الطوارئ"]},
}

# Offices one person does not hold at once: the executive of a town and of a province; two officers of
# one company's executive (the chief executive is not also its finance or operations chief).
EXCLUSIVE: list[list[str]] = [["mayor", "governor"],
                              ["chief_executive", "chief_financial_officer", "chief_operating_officer",
                               "chief_technology_officer"]]


def build(lang: str) -> dict:
    return {
        "_comment": "generated by tools/build_offices.py; edit the table there, not this file",
        "offices": {k: v[lang] for k, v in OFFICES.items() if v.get(lang)},
        "domains": {k: v[lang] for k, v in DOMAINS.items() if v.get(lang)},
        "exclusive": EXCLUSIVE,
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args()
    for lang in LANGS:
        path = args.out / lang / "offices.json"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(build(lang), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {path}")


if __name__ == "__main__":
    main()
