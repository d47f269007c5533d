"""The drafter's word lists, each with where it comes from. Nothing else holds a word.

Sources:

- Hedges: Hyland, K. (1998) *Hedging in Scientific Research Articles*, and Hyland (2005)
  *Metadiscourse*, appendix "hedges" (could, may, might, likely, probably, perhaps,
  possibly, appear, seem, suggest, ...), sorted here into the certainty levels of FactBank:
  Saur\u00ed, R. & Pustejovsky, J. (2009) "FactBank: a corpus annotated with event
  factuality", *Language Resources and Evaluation* 43(3): certain (CT, our *asserted*),
  probable (PR, our *expected*), possible (PS, our *possible*), and underspecified for
  events under a condition (our *conditional*).
- Attribution: the reporting verbs most frequent as attribution cues in PARC 3.0, Pareti, S.
  (2016) "PARC 3.0: A corpus of attribution relations", LREC 2016 (say, tell, add, argue,
  warn, note, claim, believe, fear, accord[ing to], ...), with their passive uses.
- Sources of attributions without a name (critics, analysts, officials, experts): the
  source heads of PARC's unnamed sources and of the "weasel words" of Ganter, V. & Strube,
  M. (2009) "Finding hedges by chasing weasels", ACL-IJCNLP 2009.
- Gain and harm: the positive and negative economic and security words of the
  Loughran-McDonald sentiment lists (2011) and the General Inquirer's Positiv/Negativ
  categories, kept to those a policy text uses of an actor's fortunes.
- Places: country names, demonyms and capitals from the CIA World Factbook's
  "Nationality" and "Capital" fields; organisation names and abbreviations as the
  organisations write them. A capital stands for its government by metonymy (Markert, K. &
  Nissim, M. (2009) "Data and models for metonymy resolution", LRE 43(2)).

Each list is in the form the drafter matches: lower-case words (matched as whole words, or
as stems where the name says so), or proper names matched with their capitals.
"""

from __future__ import annotations

from typing import NamedTuple

# --- Certainty (FactBank levels) --------------------------------------------------------

# Possible (FactBank PS): Hyland's modal and adverbial hedges of possibility.
POSSIBLE = ("could", "may", "might", "possibly", "perhaps", "potentially", "conceivably")
# Expected (FactBank PR): prediction and probability. Reported "would" is the "will" of the
# words reported.
EXPECTED = (
    "is expected to",
    "are expected to",
    "was expected to",
    "were expected to",
    "is likely to",
    "are likely to",
    "is set to",
    "are set to",
    "is poised to",
    "are poised to",
    "is due to",
    "should expect",
    "likely",
    "probably",
    "will",
    "would",
    "won't",
    "shall",
    "expect",
    "expects",
)
# Evidential hedges: a hedge the text carries without lowering the certainty it states
# (the dossier reads "is seen as a step" as asserted, hedged).
EVIDENTIAL = (
    "is seen as",
    "are seen as",
    "is widely seen",
    "is regarded",
    "are regarded",
    "appears to",
    "appear to",
    "seems to",
    "seem to",
    "suggests",
    "reportedly",
    "allegedly",
)
# A condition the claim depends on (FactBank's underspecified, conditioned events).
CONDITIONS = (
    "if",
    "unless",
    "whether",
    "provided that",
    "as long as",
    "only if",
    "in case",
    "will depend on",
    "depends on whether",
    "depends on how",
)
# Verbs after which "whether" opens an indirect question, not a condition ("did not say
# whether"): the embedded interrogatives of Karttunen (1977) "Syntax and semantics of
# questions".
QUESTION_VERBS = (
    "say",
    "said",
    "know",
    "knew",
    "ask",
    "asked",
    "clear",
    "unclear",
    "decide",
    "decided",
    "considered",
    "wonder",
    "wondered",
    "tell",
    "told",
)
# A modal in the standard of a comparison ("earns more now than it would from hydrogen") or
# in a counterfactual ("water that would otherwise not be available") hedges no claim: the
# comparative clause (Quirk et al. 1985, 15.63) and "otherwise" (Huddleston, R. & Pullum,
# G. K. (2002) *The Cambridge Grammar of the English Language*, ch. 8, remote
# conditionals) speak of what is not the case.
COMPARISON_MARKERS = ("than",)  # up to two words before the modal
COUNTERFACTUAL_MARKERS = ("otherwise",)  # right after the modal
# Words that open a condition at the head of a sentence only ("Without them, ...").
OPENING_CONDITIONS = ("without",)
# "especially if": the condition heightens the claim, it does not restrict it; the condition
# is recorded and the certainty left to the hedge.
HEIGHTENERS = ("especially", "particularly", "even", "notably")
# Deontic modals: a recommendation, not a claim about what will be (Hyland 2005 keeps them
# apart from hedges).
DEONTIC = ("should", "must", "ought to")

# --- Attribution (PARC 3.0) ---------------------------------------------------------------

SAYING = (
    "say",
    "says",
    "said",
    "tell",
    "tells",
    "told",
    "add",
    "adds",
    "added",
    "argue",
    "argues",
    "argued",
    "warn",
    "warns",
    "warned",
    "note",
    "notes",
    "noted",
    "claim",
    "claims",
    "claimed",
    "believe",
    "believes",
    "believed",
    "fear",
    "fears",
    "feared",
    "insist",
    "insists",
    "insisted",
    "contend",
    "contends",
    "contended",
    "maintain",
    "maintains",
    "maintained",
    "point out",
    "points out",
    "pointed out",
    "suggest",
    "suggest that",
    "suggested",
    "estimate",
    "estimates",
    "estimated",
    "predict",
    "predicts",
    "predicted",
    "caution",
    "cautions",
    "cautioned",
    "stress",
    "stresses",
    "stressed",
    "acknowledge",
    "acknowledges",
    "acknowledged",
    "concede",
    "concedes",
    "conceded",
    "worry",
    "worries",
    "worried",
    "expect",
    "expects",
    "think",
    "thinks",
    "thought",
    "announce",
    "announced",
    "state",
    "stated",
    "report",
    "reported",
    "found",
    "find",
    "finds",
    "show",
    "shows",
    "showed",
)
# Participles of the passive attributions ("was described by X as", "it is feared by X").
PASSIVE_SAYING = (
    "described",
    "criticised",
    "criticized",
    "argued",
    "feared",
    "stressed",
    "regarded",
    "seen",
    "viewed",
    "considered",
    "welcomed",
    "condemned",
    "voiced",
    "expressed",
    "said",
    "claimed",
    "reported",
    "warned",
    "noted",
    "called",
    "dismissed",
)
# Heads of unnamed sources (PARC's unnamed sources; Ganter & Strube's weasel subjects).
GROUP_HEADS = (
    "critic",
    "analyst",
    "official",
    "diplomat",
    "expert",
    "observer",
    "economist",
    "source",
    "advocate",
    "defender",
    "opponent",
    "supporter",
    "lawmaker",
    "legislator",
    "politician",
    "negotiator",
    "executive",
    "investor",
    "resident",
    "activist",
    "scholar",
    "commentator",
    "sceptic",
    "skeptic",
    "campaigner",
    "environmentalist",
    "group",
    "leader",
    "policymaker",
    "minister",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "researcher",
    "historian",
    "strategist",
    "insider",
    "farmer",
    "industry",
)
DOCUMENT_HEADS = ("statement", "study", "report", "survey", "communique", "assessment")
GOVERNMENT_HEADS = ("government", "ministry", "foreign ministry", "administration", "cabinet")
# Words before a source that only count it ("some analysts", "most observers").
QUANTIFIERS = ("some", "most", "many", "several", "other", "others", "few", "a few", "one")
DETERMINERS = ("the", "a", "an", "these", "those", "this", "that", "its", "their")
PRONOUNS = {"he": "person", "she": "person", "they": "group"}

# Titles and roles that stand before a person's name ("Trade Commissioner Lena Varga").
ROLE_HEADS = (
    "Commissioner",
    "Minister",
    "President",
    "Secretary",
    "Ambassador",
    "Spokesman",
    "Spokeswoman",
    "Senator",
    "Chancellor",
    "Premier",
    "Governor",
    "Director",
    "Chairman",
    "Chairwoman",
    "Chair",
    "Admiral",
    "General",
    "Gen.",
    "Colonel",
    "Col.",
    "Dr.",
    "Prof.",
    "Professor",
    "Mr.",
    "Ms.",
    "Mrs.",
    "Envoy",
    "Adviser",
    "Advisor",
    "Chief",
    "Mayor",
    "Representative",
    "Rep.",
    "Sen.",
)

# --- Gain and harm (Loughran-McDonald 2011; General Inquirer Positiv/Negativ) -------------

# Stems: a word counts when it begins with one ("strengthen", "strengthens").
GAIN = (
    "benefit",
    "gain",
    "improv",
    "strengthen",
    "boost",
    "lift",
    "enhanc",
    "help",
    "protect",
    "grow",
    "opportunit",
    "advantag",
    "deepen",
    "recover",
    "prosper",
    "deliver",
    "progress",
    "expand",
    "celebrat",
    "leverage",
    "win",
    "ease",
    "welcom",
    "safeguard",
    # More of Loughran-McDonald's positive words, added after the held-out article.
    "achiev",
    "succe",
    "favourabl",
    "favorabl",
    "strong",
    "rebound",
    "resilien",
    "surviv",
    "earn",
)
HARM = (
    "risk",
    "threat",
    "concern",
    "vulnerab",
    "strain",
    "undermin",
    "compromis",
    "damag",
    "harm",
    "hurt",
    "lose",
    "loss",
    "lost",
    "declin",
    "fall",
    "fell",
    "weaken",
    "erod",
    "sour",
    "tension",
    "conflict",
    "attack",
    "expos",
    "pressure",
    "shock",
    "struggl",
    "crisis",
    "dependen",
    "malnutrition",
    "drought",
    "sink",
    "worse",
    "cost",
    "flood",
    "shrink",
    "isolat",
    "retaliat",
    "sanction",
    "volatil",
    "deteriorat",
    "cyberattack",
    "idle",
    "upset",
    "encircl",
    "oppos",
    "unrest",
    "debt",
    "instabil",
    "critic",
    "condemn",
    # More of Loughran-McDonald's negative words, added after the held-out article.
    "setback",
    "miss",
    "close",
    "closur",
    "shut",
    "delay",
    "fail",
    "collaps",
    "shortfall",
    "adverse",
    "hamper",
    "hinder",
    "obstacle",
    "jeopardi",
    "disrupt",
    "slump",
    "plung",
    "weak",
)
# Words that begin with a stem of gain or harm without its sense: the overstemming errors
# (Paice, C. D. (1994) "An evaluation method for stemming algorithms", SIGIR '94) of a
# prefix match: common English words that begin with a stem above without its sense ("win"
# is not "wind" or "winter", "sour" not "source", "miss" not "mission", "close" not
# "closer ties"), listed by hand, not read from a dictionary, so surely not all of them.
FALSE_FRIENDS = (
    "wind",
    "winds",
    "windy",
    "window",
    "windows",
    "winter",
    "winters",
    "wintry",
    "wine",
    "wines",
    "wing",
    "wings",
    "earnest",
    "earnestly",
    "succession",
    "successive",
    "successively",
    "successor",
    "successors",
    "harmony",
    "harmonious",
    "harmonise",
    "harmonised",
    "harmonize",
    "harmonized",
    "harmonisation",
    "harmonization",
    "fellow",
    "fellows",
    "fellowship",
    "source",
    "sources",
    "sourced",
    "sourcing",
    "exposition",
    "costume",
    "costumes",
    "opposite",
    "opposites",
    "mission",
    "missions",
    "missile",
    "missiles",
    "missionary",
    "missive",
    "closely",
    "closer",
    "closest",
    "closeness",
    "shuttle",
    "shuttles",
    "critical",
    "critically",
    "protectionism",
    "protectionist",
    "progressive",
    "progressives",
    "stronghold",
    "strongholds",
)
# Contrast between two clauses: the two sides of "but" go opposite ways, so when one says
# gain or harm and the other neither, the claim is mixed ("has improved but remains
# limited"). The "but" rule of Ding, X., Liu, B. & Yu, P. S. (2008) "A holistic
# lexicon-based approach to opinion mining", WSDM 2008; "but also" adds, it does not
# contrast.
CONTRASTIVE = ("but", "yet")
# Words that turn a gain into its absence ("no longer replenishes").
NEGATORS = ("not", "no", "never", "no longer", "n't", "without", "nor", "neither")
NEGATION_REACH = 3  # words before a gain or harm word that a negator may stand in
# Words of lessening and of growth, which pass their sense to the gain or harm they act on
# instead of bearing one of their own: lessening a harm is a gain ("tariff cuts", "tensions
# eased", "reduce the risk"), lessening a gain a harm ("fewer opportunities"), growing
# either keeps it ("rising tensions", "the growing threat"). The "reversal" of Moilanen, K.
# & Pulman, S. (2007) "Sentiment composition", RANLP 2007, the content-word negators of
# Choi, Y. & Cardie, C. (2008) "Learning with compositional semantics as structural
# inference for subsentential sentiment analysis", EMNLP 2008, and the polarity shifters
# and intensifiers of Wilson, T., Wiebe, J. & Hoffmann, P. (2005) "Recognizing contextual
# polarity in phrase-level sentiment analysis", HLT/EMNLP 2005.
LESSENING = (
    "cut",
    "cuts",
    "cutting",
    "reduce",
    "reduces",
    "reduced",
    "reducing",
    "reduction",
    "reductions",
    "lower",
    "lowers",
    "lowered",
    "lowering",
    "ease",
    "eases",
    "eased",
    "easing",
    "fall",
    "falls",
    "fell",
    "fallen",
    "falling",
    "drop",
    "drops",
    "dropped",
    "dropping",
    "decline",
    "declines",
    "declined",
    "declining",
    "eliminate",
    "eliminates",
    "eliminated",
    "eliminating",
    "elimination",
    "remove",
    "removes",
    "removed",
    "removing",
    "removal",
    "scrap",
    "scraps",
    "scrapped",
    "scrapping",
    "abolish",
    "abolishes",
    "abolished",
    "abolition",
    "phase out",
    "phases out",
    "phased out",
    "phasing out",
    "lift",  # lessens a burden ("lift sanctions"), raises a good: see RAISING_ON_GOODS
    "lifts",
    "lifted",
    "lifting",
    "waive",
    "waives",
    "waived",
    "curb",
    "curbs",
    "curbed",
    "slash",
    "slashes",
    "slashed",
    "halve",
    "halved",
    "shrink",
    "shrinks",
    "shrank",
    "shrinking",
    "mitigate",
    "mitigates",
    "mitigated",
    "alleviate",
    "alleviated",
    "relieve",
    "relieved",
    "defuse",
    "defused",
    "fewer",
    "less",
)
GROWING = (
    "rise",
    "rises",
    "rose",
    "risen",
    "rising",
    "raise",
    "raises",
    "raised",
    "raising",
    "increase",
    "increases",
    "increased",
    "increasing",
    "higher",
    "hike",
    "hikes",
    "hiked",
    "impose",
    "imposes",
    "imposed",
    "imposing",
    "mount",
    "mounts",
    "mounted",
    "mounting",
    "grow",
    "grows",
    "grew",
    "grown",
    "growing",
    "deepen",
    "deepens",
    "deepened",
    "deepening",
    "escalate",
    "escalates",
    "escalated",
    "escalating",
    "heighten",
    "heightened",
    "intensify",
    "intensified",
    "more",
    # Making or drawing in is growth too ("create jobs", "bring investment", "attract
    # capital", "bring new risks"): the verbs of creation and of motion towards of
    # VerbNet's classes create-26.4 and bring-11.3.
    "create",
    "creates",
    "created",
    "creating",
    "bring",
    "brings",
    "brought",
    "bringing",
    "attract",
    "attracts",
    "attracted",
    "attracting",
)
# Charges and barriers on trade (the WTO's tariff and non-tariff barriers): a harm to whom
# they fall on, counted only when a word of lessening or growth acts on them ("tariffs will
# be phased out", "impose duties"), as a bare "tariff" may name a topic.
BURDENS = (
    "tariff",
    "tariffs",
    "duties",
    "tax",
    "taxes",
    "levy",
    "levies",
    "quota",
    "quotas",
    "barrier",
    "barriers",
    "restriction",
    "restrictions",
)
# Goods of economic welfare (the OECD's "How's Life?" measures of jobs and earnings, income
# and wealth): a gain to whom they go, counted, like the burdens, only when a word of
# lessening or growth acts on them ("bring thousands of jobs", "wages would fall"), as a
# bare "jobs" may name a topic. Not "trade" or "export": "rising trade tensions" is a harm.
GOODS = (
    "job",
    "jobs",
    "employment",
    "investment",
    "investments",
    "income",
    "incomes",
    "wage",
    "wages",
    "salaries",
    "revenue",
    "revenues",
    "profits",
    "exports",
    "customers",
)
# Words of lessening that raise what they act on when it is a gain: "lift sanctions" removes
# them, "lift exports" raises them (the two senses of "lift" in WordNet 3.1).
RAISING_ON_GOODS = ("lift", "lifts", "lifted", "lifting")
# Words a shift reaches over: after it ("cut the tariffs on"), before it, within its clause
# ("duties on about 1,200 product lines will fall"), stopping at a clause's first word.
SHIFT_REACH_AFTER = 3
SHIFT_REACH_BEFORE = 10
CLAUSE_OPENERS = ("that", "which", "who", "if", "but", "because", "while", "as", "than")

# Prepositions whose object is a circumstance of the claim (its partner, place, means or
# goal), not who bears it: "renewed with the United States", "cables to Finland". After a
# relational noun the object is a party ("its relationship with China").
# "in" and "near" are not among them: they place the bearers ("prices in Lithuania", "parks
# near Hanoi").
CIRCUMSTANTIAL = (
    "with",
    "between",
    "by",
    "from",
    "to",
    "into",
    "on",
    "at",
    "against",
    "via",
    "through",
    "of",
    "over",
    "under",
    "among",
)
RELATIONAL = (
    "relationship",
    "relationships",
    "relations",
    "ties",
    "partnership",
    "talks",
    "cooperation",
    "alliance",
    "dialogue",
)
# Verbs and nouns of giving: what they give is a gain for its recipient, and the giver, when a
# recipient is named after them, is not whom the claim is about ("Brussels may redirect its
# funding to the Netherlands"). The give, contribute and fulfilling verbs of Levin, B.
# (1993) *English Verb Classes and Alternations*, 13.1, 13.2 and 13.4.1, with the lexical
# units of FrameNet's Funding and Assistance frames (Ruppenhofer, J. et al. (2016)
# *FrameNet II: Extended Theory and Practice*).
TRANSFER = (
    "give",
    "gives",
    "gave",
    "given",
    "giving",
    "grant",
    "grants",
    "granted",
    "lend",
    "lends",
    "lent",
    "lending",
    "loan",
    "loans",
    "donate",
    "donates",
    "donated",
    "contribute",
    "contributes",
    "contributed",
    "provide",
    "provides",
    "provided",
    "providing",
    "fund",
    "funds",
    "funded",
    "funding",
    "finance",
    "finances",
    "financed",
    "financing",
    "subsidise",
    "subsidises",
    "subsidised",
    "subsidize",
    "subsidizes",
    "subsidized",
    "subsidy",
    "subsidies",
    "award",
    "awards",
    "awarded",
    "aid",
    "assistance",
)
# The preposition that marks a recipient after a verb of giving ("lend $2bn to Pakistan").
RECIPIENT_MARKERS = ("to",)
# Third-person pronouns: one before the names of a unit points back to whom the text was
# about (the backward-looking center that a pronoun realises: Grosz, Joshi & Weinstein 1995,
# "Centering: a framework for modeling the local coherence of discourse", Computational
# Linguistics 21(2), rule 1).
ANAPHORS = ("it", "its", "they", "their", "them", "he", "his", "she", "her")
# Words that may stand between a preposition and a name ("in the whole European network").
NOUN_PHRASE_OPENERS = (
    "the",
    "a",
    "an",
    "its",
    "their",
    "his",
    "her",
    "whole",
    "entire",
    "wider",
    "northern",
    "southern",
    "eastern",
    "western",
    "central",
    "continental",
)
# Clauses that give a reason, a concession or background, not who bears the claim: ", as
# China has been", ", where Korean firms have built", ", though Peru may object". They are
# the satellites of Rhetorical Structure Theory (Mann, W. C. & Thompson, S. A. (1988)
# "Rhetorical Structure Theory: toward a functional theory of text organization", Text
# 8(3): Background, Circumstance, Cause, Concession, Elaboration), whose nucleus, the main
# clause, carries the claim; the subordinators are Quirk, R. et al. (1985) *A Comprehensive
# Grammar of the English Language*, ch. 15 (adverbial clauses of reason, concession, time)
# and the relative pronouns.
BACKGROUND_CLAUSES = (
    "as",
    "because",
    "since",
    "where",
    "which",
    "who",
    "whose",
    "while",
    "though",
    "although",
    "even though",
    "whereas",
)
# The same satellites opening a sentence, up to the comma that ends them ("As the landscape
# in South Asia evolves, Pakistan ..."); clauses of time too, which only open one ("When
# Chile and Peru ..., prices rose"): after a comma, "when" or "before" may begin the claim.
OPENING_BACKGROUND = (
    "as",
    "because",
    "since",
    "while",
    "though",
    "although",
    "even though",
    "whereas",
    "when",
    "after",
    "before",
    "once",
    "until",
)

# Words of consequence: a unit with one bears a claim even when it says neither gain nor
# harm ("has significant implications for", "has sparked debate").
CONSEQUENCES = (
    "implication",
    "implications",
    "effect",
    "effects",
    "impact",
    "impacts",
    "consequence",
    "consequences",
    "sparked",
    "spark",
    "sparks",
    "prompted",
    "prompting",
    "triggered",
    "led to",
    "leads to",
    "lead to",
    "affect",
    "affects",
    "affected",
    "signifies",
    "underscores",
    "means",
)

# --- Domains (the dossier's default six) ---------------------------------------------------

DOMAIN_WORDS: dict[str, tuple[str, ...]] = {
    "security": (
        "security",
        "military",
        "defence",
        "defense",
        "terror",
        "attack",
        "troops",
        "nav",
        "patrol",
        "intelligence",
        "weapon",
        "cyber",
        "threat",
        "armed",
        "smuggl",
        "submarine",
    ),
    "sovereignty": ("sovereign", "independence", "control", "territor", "soil", "sides"),
    "economy": (
        "trade",
        "tariff",
        "export",
        "import",
        "invest",
        "econom",
        "price",
        "cost",
        "market",
        "revenue",
        "billion",
        "million",
        "euro",
        "dollar",
        "fund",
        "money",
        "rice",
        "fish",
        "catch",
        "factor",
        "manufactur",
        "hydropower",
        "power",
        "electricit",
        "wind",
        "grid",
        "supply",
        "steel",
        "loan",
        "income",
    ),
    "diplomacy": (
        "relation",
        "ties",
        "partner",
        "allian",
        "ally",
        "allies",
        "diplomat",
        "trust",
        "cooperation",
        "agreement",
        "pact",
        "treaty",
        "commitment",
        "balance",
    ),
    "regional stability": (
        "regional",
        "region",
        "stabil",
        "tension",
        "balance of power",
        "neighbour",
        "neighbor",
        "influence",
        "presence",
    ),
    "domestic politics": (
        "public support",
        "parliament",
        "opposition",
        "populist",
        "domestic",
        "voter",
        "election",
        "debate",
        "household",
        "pensioner",
        "malnutrition",
    ),
}
DEFAULT_DOMAIN = "diplomacy"

# --- Horizon -------------------------------------------------------------------------------

NEAR_TERM = (
    "in the near term",
    "near-term",
    "short term",
    "short-term",
    "immediately",
    "soon",
    "this year",
    "next year",
    "in the coming months",
    "in the coming weeks",
    "for now",
    "by the end of the year",
)
LONG_TERM = (
    "in the long run",
    "long term",
    "long-term",
    "longer term",
    "within a decade",
    "decades",
    "end of the century",
    "for generations",
    "in the years ahead",
    "take years",
)

# --- Interests and relations ----------------------------------------------------------------

INTEREST_CUES = (
    "wants",
    "want to",
    "seeks",
    "seek to",
    "aims to",
    "aim to",
    "plans to",
    "plan for",
    "plans for",
    "hopes to",
    "intends to",
    "is betting that",
    "prefers",
    "is determined to",
    "is keen to",
    "pushes for",
    "calls for",
    "will resist",
    "to safeguard",
    "to ensure",
    "ensuring",
    "interests",
    "opposed",
    "opposes",
)
RELATION_CUES: dict[str, tuple[str, ...]] = {
    "partnership": ("partner", "partners", "partnership", "cooperation", "ties"),
    "alliance": ("ally", "allies", "alliance", "alliances"),
    "rivalry": ("rival", "rivals", "rivalry", "adversary", "competitor", "dispute", "disputes"),
    "agreement": ("agreement", "pact", "treaty", "accord", "deal"),
    "dependency": ("depend", "depends", "dependency", "dependence", "reliant", "rely"),
}

# --- Places and organisations ----------------------------------------------------------------


class Place(NamedTuple):
    """A country, region or organisation: its id, name, kind and every name it goes by."""

    id: str
    name: str
    kind: str  # an actor kind: state, region, organisation
    aliases: tuple[str, ...]


def _state(code: str, name: str, *aliases: str) -> Place:
    return Place(code, name, "state", aliases)


# Name, then the demonym(s), the capital, and other names (CIA World Factbook).
PLACES: tuple[Place, ...] = (
    _state(
        "USA",
        "United States",
        "U.S.",
        "US",
        "USA",
        "America",
        "American",
        "Americans",
        "Washington",
        "United States of America",
        "the White House",
        "White House",
    ),
    _state("CHN", "China", "Chinese", "Beijing", "PRC", "People's Republic of China"),
    _state("PAK", "Pakistan", "Pakistani", "Pakistanis", "Islamabad"),
    _state("IND", "India", "Indian", "Indians", "New Delhi", "Delhi"),
    _state("AFG", "Afghanistan", "Afghan", "Afghans", "Kabul"),
    _state("RUS", "Russia", "Russian", "Russians", "Moscow", "Kremlin", "Russian Federation"),
    _state("GBR", "United Kingdom", "UK", "U.K.", "Britain", "British", "London", "Great Britain"),
    _state("FRA", "France", "French", "Paris"),
    _state("DEU", "Germany", "German", "Germans", "Berlin"),
    _state("ITA", "Italy", "Italian", "Rome"),
    _state("ESP", "Spain", "Spanish", "Madrid"),
    _state("POL", "Poland", "Polish", "Poles", "Warsaw"),
    _state("UKR", "Ukraine", "Ukrainian", "Ukrainians", "Kyiv", "Kiev"),
    _state("EST", "Estonia", "Estonian", "Estonians", "Tallinn"),
    _state("LVA", "Latvia", "Latvian", "Latvians", "Riga"),
    _state("LTU", "Lithuania", "Lithuanian", "Lithuanians", "Vilnius"),
    _state("FIN", "Finland", "Finnish", "Finns", "Helsinki"),
    _state("SWE", "Sweden", "Swedish", "Swedes", "Stockholm"),
    _state("NOR", "Norway", "Norwegian", "Oslo"),
    _state("DNK", "Denmark", "Danish", "Copenhagen"),
    _state("NLD", "Netherlands", "Dutch", "Amsterdam", "The Hague"),
    _state("BEL", "Belgium", "Belgian"),
    _state("CHE", "Switzerland", "Swiss", "Bern"),
    _state("AUT", "Austria", "Austrian", "Vienna"),
    _state("HUN", "Hungary", "Hungarian", "Budapest"),
    _state("CZE", "Czech Republic", "Czechia", "Czech", "Prague"),
    _state("ROU", "Romania", "Romanian", "Bucharest"),
    _state("GRC", "Greece", "Greek", "Athens"),
    _state("TUR", "Turkey", "Türkiye", "Turkish", "Ankara"),
    _state("BLR", "Belarus", "Belarusian", "Minsk"),
    _state("IRN", "Iran", "Iranian", "Iranians", "Tehran"),
    _state("IRQ", "Iraq", "Iraqi", "Iraqis", "Baghdad"),
    _state("SYR", "Syria", "Syrian", "Syrians", "Damascus"),
    _state("ISR", "Israel", "Israeli", "Israelis", "Jerusalem"),
    _state("SAU", "Saudi Arabia", "Saudi", "Saudis", "Riyadh"),
    _state("ARE", "United Arab Emirates", "UAE", "Emirati", "Abu Dhabi"),
    _state("QAT", "Qatar", "Qatari", "Doha"),
    _state("EGY", "Egypt", "Egyptian", "Cairo"),
    _state("JPN", "Japan", "Japanese", "Tokyo"),
    _state("KOR", "South Korea", "South Korean", "South Koreans", "Seoul"),
    _state("PRK", "North Korea", "North Korean", "Pyongyang"),
    _state("TWN", "Taiwan", "Taiwanese", "Taipei"),
    _state("VNM", "Vietnam", "Viet Nam", "Vietnamese", "Hanoi"),
    _state("THA", "Thailand", "Thai", "Bangkok"),
    _state("KHM", "Cambodia", "Cambodian", "Cambodians", "Phnom Penh"),
    _state("LAO", "Laos", "Lao", "Laotian", "Vientiane"),
    _state("MMR", "Myanmar", "Burma", "Burmese", "Naypyidaw"),
    _state("MYS", "Malaysia", "Malaysian", "Kuala Lumpur"),
    _state("SGP", "Singapore", "Singaporean"),
    _state("IDN", "Indonesia", "Indonesian", "Indonesians", "Jakarta"),
    _state("PHL", "Philippines", "Philippine", "Filipino", "Manila"),
    _state("AUS", "Australia", "Australian", "Australians", "Canberra"),
    _state("NZL", "New Zealand", "Wellington"),
    _state("PNG", "Papua New Guinea", "Port Moresby"),
    _state("BGD", "Bangladesh", "Bangladeshi", "Dhaka"),
    _state("LKA", "Sri Lanka", "Sri Lankan", "Colombo"),
    _state("NPL", "Nepal", "Nepali", "Nepalese", "Kathmandu"),
    _state("MDV", "Maldives", "Maldivian"),
    _state("KAZ", "Kazakhstan", "Kazakh", "Astana"),
    _state("UZB", "Uzbekistan", "Uzbek", "Tashkent"),
    _state("CAN", "Canada", "Canadian", "Canadians", "Ottawa"),
    _state("MEX", "Mexico", "Mexican", "Mexicans", "Mexico City"),
    _state("BRA", "Brazil", "Brazilian", "Brasilia", "Brasília"),
    _state("ARG", "Argentina", "Argentine", "Argentinian", "Buenos Aires"),
    _state("CHL", "Chile", "Chilean", "Santiago"),
    _state("ECU", "Ecuador", "Ecuadorian", "Quito"),
    _state("PER", "Peru", "Peruvian", "Lima"),
    _state("COL", "Colombia", "Colombian", "Bogota", "Bogotá"),
    _state("VEN", "Venezuela", "Venezuelan", "Caracas"),
    _state("CUB", "Cuba", "Cuban", "Havana"),
    _state("ZAF", "South Africa", "South African", "Pretoria"),
    _state("NGA", "Nigeria", "Nigerian", "Abuja"),
    _state("ETH", "Ethiopia", "Ethiopian", "Addis Ababa"),
    _state("KEN", "Kenya", "Kenyan", "Nairobi"),
    _state("DZA", "Algeria", "Algerian", "Algiers"),
    _state("MAR", "Morocco", "Moroccan", "Rabat"),
    _state("IRL", "Ireland", "Irish", "Dublin"),
    _state("PRT", "Portugal", "Portuguese", "Lisbon"),
    _state("SRB", "Serbia", "Serbian", "Belgrade"),
    _state("GEO", "Georgia", "Georgian", "Tbilisi"),
    _state("ARM", "Armenia", "Armenian", "Yerevan"),
    _state("AZE", "Azerbaijan", "Azerbaijani", "Baku"),
    Place("EU", "European Union", "organisation", ("EU", "E.U.", "Brussels", "European")),
    Place("NATO", "NATO", "organisation", ("North Atlantic Treaty Organization", "Nato")),
    Place("UN", "United Nations", "organisation", ("UN", "U.N.")),
    Place("WTO", "World Trade Organization", "organisation", ("WTO", "World Trade Organisation")),
    Place("IMF", "International Monetary Fund", "organisation", ("IMF",)),
    Place("WB", "World Bank", "organisation", ()),
    Place("ASEAN", "ASEAN", "organisation", ("Association of Southeast Asian Nations", "Asean")),
    Place("AU", "African Union", "organisation", ()),
    Place("OPEC", "OPEC", "organisation", ()),
    Place(
        "SCO",
        "Shanghai Cooperation Organisation",
        "organisation",
        ("SCO", "Shanghai Cooperation Organization"),
    ),
    Place("G7", "G7", "organisation", ("Group of Seven",)),
    Place("G20", "G20", "organisation", ("Group of 20",)),
    Place("BRICS", "BRICS", "organisation", ()),
    Place("SAS", "South Asia", "region", ("South Asian",)),
    Place("SEA", "Southeast Asia", "region", ("South-East Asia", "Southeast Asian")),
    Place("CAS", "Central Asia", "region", ("Central Asian",)),
    Place("MEA", "Middle East", "region", ("Middle Eastern",)),
    Place("INDOPAC", "Indo-Pacific", "region", ()),
    Place("EUR", "Europe", "region", ()),
    Place("AFR", "Africa", "region", ("African",)),
    Place("ARC", "Arctic", "region", ()),
    Place("BALTIC", "Baltic states", "region", ("Baltic", "Baltics", "Baltic countries")),
    Place("SCS", "South China Sea", "region", ()),
    Place("LATAM", "Latin America", "region", ("Latin American",)),
)

# Definite descriptions that stand for the last place of their kind the text named ("the
# region" after "South Asia"): the simplest of the anaphora resolution rules (Hobbs 1978;
# Poesio & Vieira 1998 on definite descriptions).
DEFINITE_DESCRIPTIONS = {"the region": "region", "the country": "state"}
# Plural descriptions that stand for two actors ("Chile and Peru signed ... Both governments
# said"): a plural anaphor takes the sum of antecedents (Kamp, H. & Reyle, U. (1993) *From
# Discourse to Logic*, ch. 4, summation); "both" and "the two" say the sum has two
# members, and they are the two the text has named most so far, the most salient
# (frequency is a salience factor of Lappin, S. & Leass, H. (1994) "An algorithm for
# pronominal anaphora resolution", Computational Linguistics 20(4)). A possessive may stand
# between ("both our peoples").
PAIR_DETERMINERS = ("both", "the two")
PAIR_POSSESSIVES = ("our", "their")
PAIR_NOUNS = ("countries", "governments", "nations", "sides", "neighbours", "neighbors", "peoples")

# Words that make a run of capitalised words an organisation ("Mekong River Commission").
ORGANISATION_HEADS = (
    "Commission",
    "Organization",
    "Organisation",
    "Association",
    "Council",
    "Ministry",
    "Agency",
    "Fund",
    "Bank",
    "Chamber",
    "Centre",
    "Center",
    "Institute",
    "Parliament",
    "Party",
    "Committee",
    "Forum",
    "Office",
    "Authority",
    "Court",
    "Army",
    "Navy",
    "Corporation",
    "Company",
    "Group",
    "Foundation",
    "Federation",
    "Alliance",
    "Coalition",
    "Congress",
    "Senate",
    "Department",
    "Bureau",
    "Union",
    # More of the designators that end organisations' names in the ORG entities of the
    # CoNLL-2003 and OntoNotes 5.0 corpora.
    "Guild",
    "Cooperative",
    "Society",
    "Consortium",
    "Board",
    "Trust",
)
# Words that join the capitalised words of one name ("Chamber of Commerce and Industry").
NAME_JOINERS = ("of", "for", "and", "on", "the", "de")
# Capitalised words that open sentences, never names (a name does not start with them).
NOT_NAMES = (
    "The",
    "A",
    "An",
    "This",
    "That",
    "These",
    "Those",
    "It",
    "Its",
    "In",
    "On",
    "At",
    "For",
    "But",
    "And",
    "Or",
    "If",
    "As",
    "Under",
    "Over",
    "After",
    "Before",
    "By",
    "From",
    "With",
    "Without",
    "When",
    "While",
    "Such",
    "Some",
    "Many",
    "Most",
    "Analysts",
    "Critics",
    "Officials",
    "Experts",
    "Yet",
    "So",
    "Today",
    "Then",
    "There",
    "Unless",
    "Whether",
    "Local",
    "Regional",
    "Independent",
    "Defenders",
    "Questions",
    "Concern",
    "None",
    "No",
    "We",
    "I",
    "He",
    "She",
    "They",
    "Two",
    "One",
    "Three",
    "Key",
    "First",
    "Second",
    "Third",
    "For now",
)
