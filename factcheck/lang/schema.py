"""The schemas of a language folder's data files: one pydantic model per file (``Lexicon`` for
``lexicon.json``, ``Values`` for ``values.json``, ...) and per section. Unknown keys are errors, so a
misspelt section fails loudly; keys starting with ``_`` or ending in ``_comment`` are comments.
``language`` loads and validates the files with these models."""
from __future__ import annotations

from typing import Any, Literal

from pydantic import field_validator, model_validator

from .cues import NO_CUES, CueList, Words

from .sections import (Attribution, COMPASS_POINTS, Events, Furniture, FutureVerbs, Leadership, Modality, Negation, Nisba, Occurrence, Places, Properties, RatePeriods, Region, Route, Section, Titles)


class Lexicon(Section):
    """``lexicon.json``: the cue words of every stage."""

    @field_validator("compass_points", "compass_abbreviations")
    @classmethod
    def _known_points(cls, value: dict) -> dict:
        unknown = sorted(set(value) - set(COMPASS_POINTS))
        if unknown:
            raise ValueError(f"unknown compass points {unknown}: one of {list(COMPASS_POINTS)}")
        return value

    @model_validator(mode="before")
    @classmethod
    def _inflected_forms(cls, data: Any) -> Any:
        """Each measure also takes its cues' generated inflected forms (``measure_forms``,
        tools/build_cue_forms.py: "killing", "kills" beside "killed")."""
        if not isinstance(data, dict) or not isinstance(data.get("measure_forms"), dict) \
                or not isinstance(data.get("measures"), dict):
            return data
        out = dict(data)
        out["measures"] = {name: cues + [f for f in data["measure_forms"].get(name, []) if f not in cues]
                           if isinstance(cues, list) else cues for name, cues in data["measures"].items()}
        return out

    @model_validator(mode="before")
    @classmethod
    def _counted_forms(cls, data: Any) -> Any:
        """Each single-word measure cue also in the form a counted noun takes after a number
        (``count_noun_suffixes``: Arabic's accusative of specification, "41 قتيلا", "230 مصابا")."""
        if not isinstance(data, dict) or not data.get("count_noun_suffixes") or not isinstance(data.get("measures"), dict):
            return data
        suffixes, article = data["count_noun_suffixes"], data.get("article") or ""
        finals = data.get("count_noun_final_letters") or []
        if not isinstance(suffixes, list) or not isinstance(article, str) or not isinstance(finals, list):
            return data   # the field validators say what is wrong
        finals = tuple(finals)

        def counted(w: object) -> bool:   # a single word, without the article, not ending in a final letter
            return isinstance(w, str) and " " not in w and not (article and w.startswith(article)) \
                and not (finals and w.endswith(finals))

        out = dict(data)
        out["measures"] = {
            name: cues + [w + sfx for w in cues if counted(w) for sfx in suffixes if w + sfx not in cues]
            if isinstance(cues, list) else cues
            for name, cues in data["measures"].items()}
        return out

    furniture: Furniture
    stopwords: CueList
    proclitics: Words
    subordinators: CueList
    clause_cues: CueList
    negation: Negation
    modality: Modality
    attribution: Attribution
    titles: Titles
    leadership: Leadership
    nationality: dict[str, CueList]
    events: Events
    venues: CueList
    properties: Properties
    measures: dict[str, CueList]
    projection_cues: CueList
    places: Places
    venue_wrappers: CueList
    complementizers: CueList
    nisba: Nisba | None = None      # languages that derive nationality adjectives by rule
    future_verbs: FutureVerbs | None = None   # a future prefix on a verb ("سيرتدي"): lang.future
    generic_count_nouns: CueList
    conjunctions: CueList
    named_kinds: dict[str, CueList]
    noun_head: Literal["first", "last"]
    verb_first: bool                # a reporting verb precedes the source it names (Arabic: VSO order)
    article: str
    conjunction_prefixes: Words
    preposition_prefixes: Words
    suffixes: Words
    rate_periods: RatePeriods
    rate_markers: CueList
    # prepositions of the level a change reaches ("rose 24% to 3.1 billion"): the level's words are the
    # change's (``kinds.quantity_read.frame``). Absent: none.
    level_prepositions: CueList = NO_CUES
    change_prepositions: CueList = NO_CUES
    period_start_cues: CueList = NO_CUES
    period_end_cues: CueList = NO_CUES
    partitives: CueList
    # a partitive with a pronoun for the group just named ("12 of them children", "12 of whom were
    # children", "12 منهم أطفال"): the figure is a part of that group and counts the noun after it
    # (``extract.measured.counted``). Absent: none.
    partitive_pronouns: CueList = NO_CUES
    # words that introduce a part of a group the sentence just counted ("killed 38, including four
    # students", "بينهم 12 طفلا"): the part counts what the group's figure counts (``extract.parts``).
    # Absent: none.
    inclusion_cues: CueList = NO_CUES
    rank_cues: CueList
    quantity_modifiers: CueList
    # nouns that name no measure alone ("rate", "level", "معدل"): the word that qualifies them says which
    # ("jobless rate" / "inflation rate"; "معدل البطالة"), and a figure's counted noun is both. Absent: none.
    light_nouns: CueList = NO_CUES
    # verbs that open a clause before the subject whose value a figure then states ("بلغ معدل البطالة
    # 5.6 في المئة"): the noun after the verb is what the figure measures. Absent: none.
    subject_value_verbs: CueList = NO_CUES
    # words opening the earlier value a figure is compared with ("up from 47% in 2029", "مقابل 47 في
    # المئة في 2029"; ``ingest.clauses``). Absent: none.
    baseline_cues: CueList = NO_CUES
    # words that make a prison term a suspended one ("a two-year suspended sentence", "مع وقف التنفيذ";
    # ``kinds.duration``). Absent: none.
    suspended_cues: CueList = NO_CUES
    match_minute_words: CueList
    sequence_cues: CueList
    score_cues: CueList
    score_win_cues: CueList
    score_transitive_wins: CueList
    score_opponent_preps: CueList
    score_final_cues: CueList
    score_half_cues: CueList
    score_goal_counts: dict[str, int]
    score_goal_words: CueList
    score_nil_words: CueList
    score_only_words: CueList
    score_same_words: CueList
    score_connectors: CueList
    score_connector_prefixes: Words
    score_goalless: CueList
    score_other_cues: CueList
    score_aggregate_cues: CueList = NO_CUES
    score_possessive_suffixes: Words = ()   # "فوزه": a result noun with whose result it is
    score_possessive_stems: dict[str, str] = {}
    score_rounds: dict[str, CueList] = {}   # earlier knockout round ("semi_final") -> words naming it
    race_time_cues: CueList
    race_prior_cues: CueList
    race_margin_cues: CueList
    race_margin_after_cues: CueList = NO_CUES
    race_split_cues: CueList = NO_CUES
    race_record_cues: CueList = NO_CUES
    race_standings_cues: CueList = NO_CUES   # a lead or a time overall ("leads the general classification by")
    race_clocked_cues: CueList = NO_CUES    # a bare number of seconds right after them is a time ("clocked 58.2")
    race_improved_cues: CueList = NO_CUES   # a margin taken off an earlier time ("33 seconds off the 2:03:21")
    competition_nouns_after: CueList = NO_CUES    # a competition named by a figure before it ('the 400m hurdles')
    competition_nouns_before: CueList = NO_CUES   # ... or after it ('سباق 100 م')
    race_holder_cues: CueList = NO_CUES   # words after an earlier mark before its holder ("set by", "المسجل باسم")
    race_places: dict[str, CueList] = {}   # finishing place ("1", "2", "3") -> words naming it ("silver", "runner-up")
    age_years_cues: CueList
    value_cues: CueList
    unit_value_cues: CueList
    duration_measures: dict[str, CueList]
    # penalties that are no length, by penalty (death, life) and the duration measure they are a value of
    # ("a life sentence", "بالإعدام"), the words that name one only after a measure's cue ("sentenced
    # Name to death", "jailed for life"), the words that make one a risk, not a verdict ("faces life in
    # prison"), and the words of a changed sentence ("commuted to life"; ``kinds.penalty``). Absent: none.
    penalty_nouns: dict[str, dict[str, CueList]] = {}
    penalty_complements: dict[str, CueList] = {}
    penalty_risk_cues: CueList = NO_CUES
    sentence_change_cues: CueList = NO_CUES
    verb_endings: list[str]
    relative_pronouns: CueList
    person_nouns: CueList = NO_CUES
    perpetrator_nouns: CueList = NO_CUES    # "the gunman", "المسلح": extract.perpetrators
    definite_articles: CueList = NO_CUES
    subject_pronouns: CueList = NO_CUES   # "He passed halfway": extract.anaphora
    match_minute_preps: CueList = NO_CUES
    as_of_cues: CueList = NO_CUES
    match_minute_repeat_cues: CueList = NO_CUES
    deal_verbs: CueList = NO_CUES
    deal_nouns: CueList = NO_CUES
    price_prepositions: CueList = NO_CUES
    tranche_nouns: CueList = NO_CUES
    deadline_cues: CueList = NO_CUES        # "within" before a duration: kinds.deadline
    remainder_words: CueList = NO_CUES      # "the rest" of the money: kinds.deadline
    duration_for: CueList = NO_CUES         # "closed for two weeks": kinds.duration_read
    duration_links: CueList = NO_CUES       # "will stay closed": kinds.duration_read
    duration_np_links: CueList = NO_CUES    # "the strike in Valberg": kinds.duration_read
    duration_chain_links: CueList = NO_CUES     # "رخصة ... في منطقة ... لمدة": kinds.duration_read
    duration_chain_prefixes: Words = ()         # "رخصة لاستغلال ... لمدة": kinds.duration_read
    stake_nouns: CueList = NO_CUES          # "stake", "حصة": kinds.deal.retained_stake
    retain_verbs: CueList = NO_CUES         # "will retain", "تحتفظ": kinds.deal.retained_stake
    own_verbs: CueList = NO_CUES            # "owns 70%", "تمتلك 70%": kinds.deal.stake
    request_verbs: CueList = NO_CUES        # "prosecutors sought", "طالبت النيابة": kinds.requested
    requirement_cues: CueList = NO_CUES     # "needs 151 seats", "يحتاج إلى": kinds.required
    requirement_attributes: CueList = NO_CUES   # "the 151 needed", "اللازمة": kinds.required
    provisional_cues: CueList = NO_CUES     # "preliminary results", "النتائج الأولية": kinds.provisional
    final_cues: CueList = NO_CUES           # "final results", "النتائج النهائية": kinds.provisional
    others_before: CueList = NO_CUES        # "another 12": kinds.quantity_nouns.others_word
    others_after: CueList = NO_CUES         # "seven other candidates", "مرشحين آخرين": kinds.quantity_nouns.others_word
    payment_forms: dict[str, CueList] = {}   # the forms of a deal's money ("in cash"): kinds.deal.deal_part
    predicates: dict[str, CueList] = {}   # concept -> news predicates ("took part", "شارك"): kinds.crossword
    dimension_nouns: dict[str, CueList] = {}   # concept -> nouns of a unit's dimension ("depth", "عمق"): kinds.crossword
    # words saying "exactly one" before (or, in noun-first languages, after) an evolving measure's cue:
    # "the sole survivor", "a single death", "الناجي الوحيد" (extract.figures.one_frames)
    sole_cues_before: CueList = NO_CUES
    sole_cues_after: CueList = NO_CUES
    agreement_endings: list[str] = []
    # designators of organisations ("Real", "United", "Holdings", "Court") and verb forms agreeing only with
    # a plural subject ("have", "are"): a capitalised run with one, or followed by one, names no person
    # (``mentions.persons``). Absent: none.
    organisation_words: CueList = NO_CUES
    plural_verbs: CueList = NO_CUES
    name_particles: list[str] = []          # "van", "bin", "فان": lower-case words inside a name (mentions.persons)
    count_noun_suffixes: list[str] = []
    count_noun_final_letters: list[str] = []
    measure_forms: dict[str, list[str]] = {}   # tools/build_cue_forms.py
    name_abbreviations: list[str] = []      # tools/build_abbreviations.py
    number_abbreviations: list[str] = []
    route: Route = Route()
    occurrence: Occurrence = Occurrence()
    # compass point ("N", "NE" ... "NW", "C" the centre) -> every form of it; the forms that are
    # adjectives ("northern": a direction before a capitalised name, where "North" names a place);
    # point -> its abbreviation, read only after a distance ("40 km NE of"): tools/build_compass.py
    compass_points: dict[str, CueList] = {}
    compass_adjectives: CueList = NO_CUES
    compass_abbreviations: dict[str, CueList] = {}
    region: Region = Region()


Table = dict[str, Any]


class Values(Section):
    """``values.json``: the words of numbers, dates, durations and units (compiled by value_tables)."""

    borrow: dict[str, list[str]]
    clitics: list[str]
    digit_prefixes: list[str]
    thousands_separators: list[str]
    decimal_separators: list[str]
    numeric_date_order: str
    months: dict[str, list[str]]
    ambiguous_months: list[str] | str
    capitalized_months: bool
    month_cues: list[str]
    weekdays: dict[str, list[str]]
    weekday_prefixes: list[str]
    weekday_suffixes: list[str]
    day_prefixes: list[str]
    day_joiners: list[str]
    day_month_connectors: list[str]
    month_year_connectors: list[str]
    ordinal_suffixes: list[str]
    year_cues: list[str]
    year_suffixes: dict[str, int | str]
    relative_markers: Table
    relative_blockers: Table
    relative_periods: Table
    number_words: dict[str, int | float]
    number_joiners: list[str]
    number_word_blockers: Table
    scales: dict[str, int | float]
    standalone_scales: list[str]
    number_forms: dict[str, int | float] = {}  # tools/build_number_forms.py (zero, "ألفا شخص": the dual)
    hijri_months: dict[str, int] = {}        # tools/build_hijri.py ("29 شعبان 1445 هـ")
    hijri_suffixes: list[str] = []
    fractions: dict[str, float] = {}         # "half a million", "نصف مليون" (the rule fraction-of)
    fraction_links: list[str] = []
    fractions_after: dict[str, float] = {}   # "one and a half million", "مليون ونصف" (and-a-fraction)
    ordinals: dict[str, int]
    ordinal_forms: dict[str, int] = {}   # tools/build_ordinals.py (num2words: "thirteenth", "الثالثة عشرة")
    qualifiers: Table
    percent: list[str]
    percent_before: list[str] = []   # a percent sign typed before the digits ("٪35")
    ratio_connectors: list[str]
    range_connectors: dict[str, str]
    range_openers: list[str]
    range_blockers_before: list[str]
    units: dict[str, str]
    currencies: Table
    duration_units: Table
    duration_blockers_after: list[str]
    clock_words: list[str]
    clock_hours: dict[str, int]
    clock_fractions: dict[str, int | float]
    dayparts: Table
    race_cues: list[str]
    compact_duration_units: dict[str, str]
    letter_units: dict[str, dict[str, Any]] = {}   # one-letter unit forms read by context (mentions.value_letters)
    minute_words: Table
    number_articles: list[str]
    clock_separators: list[str]
    day_periods: dict[str, str]
    dateline_cues: list[str]
    time_zones: list[str] = []   # universal time's names ("2247 GMT"; CLDR gmtZeroFormat / gmtUtcFormat)
    currency_carriers: list[str] = []   # words of addition that carry a sum's currency to the next number ("plus 10 million")
    clock_bounds: dict[str, list[str]] = {}   # "shortly before 4 a.m." (kinds.clock_read)


class Manifest(Section):
    """``language.json``."""

    code: str
    name: str
    script: str
    direction: Literal["ltr", "rtl"]


class Reversals(Section):
    """``reversals.json`` (tools/build_reversals.py): opposite-outcome word pairs and their rules."""

    inflections: Any
    negators: Any
    pairs: Any
    antonyms: Any = None   # generated pairs (tools/build_antonyms.py), read as more reversal pairs
    direction_breaks: Any = None   # words that start another happening within a clause ("مع", "as")
    participles: Any = None   # generated (tools/build_participles.py): lemma -> participles, more list words
    elatives: Any = None      # generated (tools/build_participles.py): adjective -> elatives, more list words


class Units(Section):
    """``units.json`` (tools/build_units.py): CLDR unit and currency names."""

    currencies: Table
    currency_nouns: Table = {}   # bare nouns of several currencies ('riyals': 'QAR|SAR')
    day_period_rules: Any
    day_periods: Table
    units: Table


class Demonyms(Section):
    """``demonyms.json`` (tools/build_demonyms.py): country code -> demonym forms."""

    demonyms: dict[str, list[str]]
    # the nouns for one person where the demonym is no such noun ("a Dane", "two Britons")
    person_nouns: dict[str, list[str]] = {}


class Offices(Section):
    """``offices.json`` (tools/build_offices.py): office key -> title forms, portfolio key -> forms,
    and groups of offices one person does not hold at once."""

    offices: dict[str, list[str]]
    domains: dict[str, list[str]]
    exclusive: list[list[str]] = []


# The files of a language folder and their models; the first two are required.
PARTS: dict[str, type[Section]] = {"lexicon": Lexicon, "values": Values, "reversals": Reversals,
                                   "units": Units, "demonyms": Demonyms, "offices": Offices}
