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
POSSIBLE = (
    "could",
    "may",
    "might",
    "possibly",
    "perhaps",
    "potentially",
    "conceivably",
    "I suspect",  # Hyland's hedge of the writer's tentative judgement
)
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
    # what a model or an assessment projects ("The Project is predicted to give both towns a
    # reliable supply"; "Real disposable income is projected to grow")
    "is predicted to",
    "are predicted to",
    "is projected to",
    "are projected to",
    "is forecast to",
    "are forecast to",
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
    "stands to",
    "stand to",
    # the negated expectation ("is unlikely to turn a profit") and the first person's
    # estimate or belief in an analyst's note ("we estimate", "we think"): Hyland's hedges of
    # the writer's commitment
    "unlikely",
    "we estimate",
    "we believe",
    "we think",
    # and the estimative language of intelligence and risk analysis ("We assess that",
    # "we judge it unlikely"; ODNI, Intelligence Community Directive 203, 2015)
    "we assess",
    "we judge",
    "we see",
    "I think",
    "I believe",
    "I expect",
    "looks like",
    "look like",
    # A prediction in the past ("Rabat expected earnings to reach ..."), a course that looks
    # set, and the evidential hedges of appearance ("appear well placed to benefit"; Hyland,
    # K. (1998) *Hedging in Scientific Research Articles*, 5.3)
    "expected",
    "looks set to",
    "looked set to",
    "seems set to",
    "appear to",
    "appears to",
    "appeared to",
    "seem to",
    "seems to",
    "seemed to",
    "appear well placed",
    "appears well placed",
)
# A concern voiced ("residents have raised concerns that drilling could ..."): a cue of
# saying (PARC 3.0 counts "concern" among the nouns of attribution) and of apprehension.
VOICED_CONCERNS = (
    *("raised concerns that", "raised concern that", "expressed concern that"),
    *("expressed concerns that", "voiced concern that", "voiced concerns that"),
)
# Verbs of saying that apprehend or suspect: what the source fears or suspects will happen is
# held possible, not expected ("residents fear that the company will cut jobs"; PARC 3.0's
# attribution cues of belief, with FactBank's PS for a source's uncertain commitment).
APPREHENDING = (
    "fear",
    "fears",
    "feared",
    "suspect",
    "suspects",
    "suspected",
    "worry",
    "worries",
    "worried",
    # a concern voiced: 22 of the keys' 23 claims under a fear, a worry or a concern are
    # possible, but for a condition
    *VOICED_CONCERNS,
)
# Verbs of saying that predict: the source expects what it says ("Analysts at Corvane
# expect the duty to lift profit"), so what they attribute is expected at least.
PREDICTING = (
    "expect",
    "expects",
    "expected",
    "predict",
    "predicts",
    "predicted",
    "forecast",
    "forecasts",
    "projects",
    "anticipate",
    "anticipates",
    "anticipated",
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
    # A scenario that is not the one expected frames its outcomes as a condition does ("In
    # our bear case, ... SNM is worth US$18"): the counterfactual scenarios of analysts'
    # notes, as against the base case they expect.
    "in our bull case",
    "in our bear case",
    "in the bull case",
    "in the bear case",
    "in a bear case",
    "in a bull case",
    "in the worst case",
    "in a worst case",
    "in that scenario",
    "in this scenario",
    "in our downside scenario",
    "in a downside scenario",
    "in our upside scenario",
    "in which case",
    "in that case",
    "under those conditions",
    "under these conditions",
    "under this option",
    "under that option",
)
# What opens a paragraph that poses a supposition, to which the claims after it hold until
# the next heading ("Option A: Accept the request in full." over "Namibia would gain two
# patrol boats"): the options of a policy memo and the scenarios of a forecast, whose
# consequences a reader takes as conditional on them, as the "if" of a conditional.
SUPPOSITIONS = ("Option", "Scenario")
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
# Words that open a condition at the head of a sentence only ("Without them, ..."), and the
# auxiliaries of an inverted condition ("Should the deal collapse, ...", "Were prices to
# fall, ...", "Had the talks failed, ...": Quirk et al. (1985) 15.36).
OPENING_CONDITIONS = ("without", "should", "were", "had")
# A proviso: the conditional subordinators of Quirk et al. (1985) "A Comprehensive Grammar
# of the English Language", 15.19. "Provided" and "providing" open a clause ("..., provided
# volumes are large enough"; "provided that"), not a participle's phrase ("providing relief
# to households", "provided free of charge"); "subject to" opens the sentence ("Subject to
# ratification, ...") or follows a clause ("... will remain at that level, subject to the
# recruitment of ..."), not a noun ("Kenyan exports, subject to a 10% tariff, will fall").
PROVISOS = ("provided", "providing")
SUBJECT_TO = "subject to"
# What opens a clause's subject after "provided": a determiner or a pronoun, or a name.
CLAUSE_SUBJECT_OPENERS = (
    *("that", "the", "a", "an", "this", "these", "those", "its", "their", "his", "her", "our"),
    *("it", "they", "we", "he", "she", "you", "both", "each", "every", "all", "enough", "no"),
)
# The verbs of a clause a proviso may follow: a modal, "be", "have", or a verb of expecting.
CLAUSE_VERBS = (
    *("will", "would", "could", "can", "may", "might", "should", "shall", "must"),
    *("is", "are", "was", "were", "has", "have", "had"),
    *("expects", "expect", "expected", "plans", "intends", "allows", "lets"),
)
# Words after which "without" still opens a clause, fronted before its main clause ("she
# warned that without an agreement, investors would ...", "and without Brazilian buyers, much
# of that power would go unsold"): a conditional adjunct (Quirk et al. (1985) 15.34), unless
# a gerund follows ("and without paying duty"), which tells a manner.
FRONTING_WORDS = ("that", "and", "but")
# "especially if": the condition heightens the claim, it does not restrict it; the condition
# is recorded and the certainty left to the hedge.
HEIGHTENERS = ("especially", "particularly", "even", "notably")
# Deontic modals: a recommendation, not a claim about what will be (Hyland 2005 keeps them
# apart from hedges).
DEONTIC = ("should", "must", "ought to")
# "should" of expectation, not of advice (Palmer 2001, epistemic against deontic modality):
# before a verb of effect and after a subject that names no one who could be advised ("the
# pact should close that gap", "the terminal should bring steady port fees", "the central
# bank should be able to clear the backlog"), against "the commission should publish ...",
# "we should listen".
EFFECT_VERBS = (
    "make", "release", "lift", "bring", "reduce", "let", "mean", "end", "close", "give",
    "shield", "lower", "ease", "boost", "allow", "benefit", "feel", "improve", "increase",
    "cut", "raise", "help", "create", "save", "protect", "be able to", "be profitable",
)  # fmt: skip
ADVISED_SUBJECTS = (
    "we", "you", "they", "i", "he", "she", "government", "governments", "minister",
    "ministers", "ministry", "commission", "donors", "operators", "clients", "members",
    "investors", "readers", "parties", "nobody", "authorities", "officials", "regulator",
    "regulators", "states", "countries",
)  # fmt: skip
# What opens a recommendation or a provision in the imperative, in lower case as a list item
# writes it ("allow a foreign-flagged ship to ...", "require permit holders to ...") or after
# an ordinal ("Third, help Finland and Poland expand ..."): Searle's directives (Searle, J. R.
# (1976) "A classification of illocutionary acts", Language in Society 5(1)), the verbs that
# open the recommendations of policy briefs; and "whether", which opens an open question
# ("whether the rule can be enforced ..."). Neither is a claim.
DIRECTIVE_VERBS = (
    "allow",
    "require",
    "commission",
    "help",
    "publish",
    "ensure",
    "invest",
    "write",
    "settle",
    "adopt",
    "establish",
    "fund",
    "give",
    "make",
    "keep",
    "review",
    "ask",
    "agree",
    "introduce",
    "extend",
    "limit",
    "set",
    "provide",
    "support",
    "negotiate",
    "consider",
    "reform",
    "monitor",
    "apply",
    "share",
    "amend",
    "ratify",
    "exempt",
    "ban",
    "cap",
    "urge",
    "develop",
    "offer",
    "tie",
    "link",
    "build",
    "create",
)
ORDINAL_OPENERS = ("First", "Second", "Third", "Fourth", "Fifth", "Finally", "Next", "Last")
OPEN_QUESTIONS = ("whether",)

# --- Attribution (PARC 3.0) ---------------------------------------------------------------

SAYING = (
    "say",
    "says",
    "said",
    "reply",
    "replies",
    "replied",
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
    "stated",  # not "state": "Chinese state media" is no saying
    "complain",
    "complains",
    "complained",
    "admit",
    "admits",
    "admitted",
    "judged",
    "report",
    "reported",
    "found",
    "find",
    "finds",
    "show",
    "shows",
    "showed",
    # Testimony before a committee or a court (PARC 3.0 counts "testify" among the
    # attribution cues of speech).
    "testify",
    "testifies",
    "testified",
    # Written evidence and letters ("the Council wrote that ..."): PARC's "write".
    "write",
    "writes",
    "wrote",
    "written",  # "has written that"
    *VOICED_CONCERNS,
    # a party's case before a tribunal or an authority (PARC 3.0's "submit", "allege")
    "submitted that",
    "submits that",
    "alleged that",
    "alleges that",
    # What researchers record, and what people reckon, suspect or have no doubt of
    "documented",
    "reckon",
    "reckons",
    "reckoned",
    "suspect",
    "suspects",
    "no doubt",
    "hope",
    "hopes",
    "hoped",
    # What a ministry or an institute forecasts, projects or considers likely ("The ministry
    # forecasts 230,000 arrivals"; "the impact assessment projects additional exports")
    "forecast",
    "forecasts",
    "projects",
    "considers",
)
# The heads of bodies that speak for their members or their people (unions, associations,
# federations, forums of villages, alliances of communities): what such a body says of no
# one else is said of those it speaks for, where an institute's or a ministry's estimate is
# about what the text is about ("The Ministry of Agriculture estimates that the abattoir
# would create 1,400 jobs" is Botswana's gain, not the ministry's).
REPRESENTATIVE_HEADS = (
    "union", "association", "federation", "confederation", "forum", "alliance", "guild",
    "cooperative", "co-operative", "coalition", "league", "syndicate", "network",
)  # fmt: skip
# Verbs of a stance that a list of stakeholders' views puts after each one's name and a
# colon ("The Farmers' Federation: welcomes a guaranteed second market but warns that ...";
# "Seafarers' Guild: opposes the Bill, and says that ..."), where the name speaks the line.
STANCE_VERBS = ("welcomes", "supports", "opposes", "considers", "accepts", "rejects", "backs")
# Verbs of saying that may come before their source, after what is said ('"...," said
# Ibrahima Sarr'; '"...," wrote Rana Haddad'; '"...," posted Abu Zaid', as a roundup of
# social media quotes its posts): PARC 3.0's inverted attributions.
INVERTED_SAYING = ("said", "says", "told", "added", "argued", "warned", "wrote", "writes", "posted")
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
    # the unnamed sources of wire copy ("people familiar with the matter", "a person close to
    # the company"; AP Stylebook, "anonymous sources")
    "people",
    "person",
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
    "trader",
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
    # and the irregular plurals and ranks the rule for plural nouns misses
    "officer",
    "fishermen",
    "fisherman",
    "media",
)
# The last words of a newspaper's or a broadcaster's name ("the Cyprus Tribune", "The Athens
# Ledger", "Ege Haber"): the mastheads of the press, by the words newspapers name themselves
# with (ACE 2005 tags them ORG.Media).
MEDIA_HEADS = (
    "Tribune",
    "Times",
    "Post",
    "Herald",
    "Ledger",
    "Journal",
    "Gazette",
    "Daily",
    "News",
    "Chronicle",
    "Observer",
    "Guardian",
    "Standard",
    "Telegraph",
    "Courier",
    "Mail",
    "Express",
    "Weekly",
    "Monitor",
    "Record",
    "Dispatch",
    "Haber",
    "Gazete",
)
# Words that open a subordinate clause, which is no source ("Unless the two governments add
# a minimum ..., I fear"; Quirk et al. (1985) 14.11, subordinators).
SUBORDINATORS = (
    *("If", "Unless", "When", "Whether", "Although", "Though", "While", "As", "Because"),
    *("Since", "Once", "After", "Before", "Until"),
)
# What any organisation may be called ("the group said"), unlike "the regulator" or "the
# union", which name a kind of body.
GENERIC_BODIES = ("group", "organisation", "organization")
# The heads of an institution's name that a text may use alone, without having named it
# ("the regulator says", "The tribunal found that"): PARC 3.0 annotates such a noun phrase as
# the source, as it does a named one.
INSTITUTION_HEADS = (
    *("regulator", "tribunal", "court", "commission", "committee", "council", "authority"),
    *("panel", "watchdog", "secretariat", "board", "inspectorate", "ombudsman", "central bank"),
)
# The words of a byline or of a page's furniture, which no one signs with ("Staff Writer,
# Nairobi", "Read More, ...").
BYLINE_WORDS = (
    *("Staff", "Writer", "Reporter", "Correspondent", "Editor", "Desk", "Team", "Agency"),
    *("Service", "Read", "More", "Follow", "Share", "Sign", "Related", "Subscribe", "Contact"),
)
# What the text calls a newspaper or a broadcaster when it introduces one ("Eleftheri Foni, the
# conservative daily,"; "the opposition daily Ayna").
MEDIA_NOUNS = (
    "daily",
    "weekly",
    "paper",
    "newspaper",
    "tabloid",
    "broadsheet",
    "magazine",
    "broadcaster",
    "channel",
    "news agency",
    "news site",
)
# What a newspaper writes, which speaks for it ("Its editorial says").
WRITINGS = ("editorial", "leader", "front page", "column", "commentary", "headline")
DOCUMENT_HEADS = (
    "statement",
    "study",
    "report",
    "survey",
    "communique",
    "assessment",
    "release",
    "draft",
    "memo",
    "document",
)
GOVERNMENT_HEADS = (
    "government",
    "ministry",
    "foreign ministry",
    "administration",
    "cabinet",
    "embassy",
    "consulate",
)
# What an organisation publishes, which speaks with its author's voice: "according to an
# estimate by Namib Capital", "according to Meridian calculations" (PARC 3.0 takes the
# author of such a document as the source).
PUBLISHED = (
    "estimate",
    "estimates",
    "calculation",
    "calculations",
    "figures",
    "data",
    "forecast",
    "forecasts",
    "projection",
    "projections",
    "analysis",
    "report",
    "study",
    "survey",
)
# Words before a source that only count it ("some analysts", "most observers").
QUANTIFIERS = ("some", "most", "many", "several", "other", "others", "few", "a few", "one")
ARTICLES = ("the", "a", "an")
POSSESSIVE_DETERMINERS = ("its", "their", "his", "her", "our")
DETERMINERS = (*ARTICLES, "these", "those", "this", "that", "its", "their")
PRONOUNS = {
    "he": "person",
    "she": "person",
    "they": "group",
    "it": "body",
    # and the possessives that name a source ("in his view")
    "his": "person",
    "her": "person",
    "their": "group",
}

# Titles and roles that stand before a person's name ("Trade Commissioner Lena Varga").
# Occupations that introduce a person in lower case before the name ("fisheries economist
# Moussa Kane", "host Claire Mensah"): the descriptive titles the AP Stylebook writes in
# lower case ("titles": "occupational descriptions are always lowercase").
OCCUPATIONS = (
    "economist",
    "analyst",
    "host",
    "presenter",
    "researcher",
    "scientist",
    "professor",
    "lecturer",
    "historian",
    "lawyer",
    "consultant",
    "activist",
    "campaigner",
    "journalist",
    "editor",
    "correspondent",
    "engineer",
    "diplomat",
    "strategist",
    "expert",
    "hydrologist",
    "founder",
    "owner",
    # and the officers of a company as the financial press writes them in lower case before
    # a name ("chief executive Kanya Srisuwan", "chief financial officer Anan Phrom")
    "executive",
    "officer",
    "director",
    "manager",
    "chairman",
    "chairwoman",
    # and the elected, before a name ("Miri City Council councillor Dayang Rosnah said")
    "councillor",
    "councilor",
    "mayor",
)
# The lower-case particles inside a person's name, before its last part ("Mustafa
# al-Rubaie", "Pieter van Wyk", "Ursula von der Leyen", "Ana de la Cruz"): Arabic, Dutch,
# German, Romance and Portuguese nobiliary and patronymic particles.
NAME_PARTICLES = (
    "al", "el", "bin", "ibn", "van", "von", "der", "den", "de", "la", "da", "di", "du", "del",
    "dos", "ter",
)  # fmt: skip
# Honorifics before a name, with or without their stop (British style drops it: "Dr Velarde"),
# and the pronoun those that have one tell.
HONORIFICS = ("Dr", "Prof", "Mr", "Ms", "Mrs", "Sir", "Dame")
# News and photo agencies, which a credit under a photograph names beside the photographer
# ("John Smith\nReuters"): no letter's signature.
NEWS_AGENCIES = (
    *("Reuters", "AFP", "AP", "EPA", "Getty Images", "Xinhua", "Bloomberg", "Anadolu"),
    *("dpa", "PA", "Shutterstock", "Alamy"),
)
# The roles under which a transcript labels its speakers' turns ("PRESENTER:", "GUEST:",
# "CALLER (Bernard, Laborie):"), and under which its header names them ("Presenter: Marcus
# Joseph."): as broadcasters', podcasts' and interviews' published transcripts write them.
TURN_ROLES = (
    *("presenter", "host", "anchor", "moderator", "interviewer", "guest", "caller"),
    *("reporter", "correspondent", "chair"),
)
# What a script's brackets after a label say of the turn, not who speaks it ("REPORTER
# (VO):", "MINISTER (THROUGH INTERPRETER):", "ANCHOR (on camera):"): broadcast scripts'
# production notes.
SCRIPT_NOTES = (
    *("vo", "sot", "oc", "ots", "voice-over", "voiceover", "live", "cont", "cont'd"),
    *("continued", "through", "interpreter", "translated", "translation", "in", "on"),
    *("camera", "off", "phone", "video", "link", "studio", "archive", "file"),
)
HONORIFIC_PRONOUNS = {"Mr": "he", "Sir": "he", "Ms": "she", "Mrs": "she", "Dame": "she"}
# The pronouns of a person, each to the one that stands as a subject.
PERSONAL_PRONOUNS = {"he": "he", "him": "he", "his": "he", "she": "she", "her": "she"}
# Nouns of people by their occupation, studies or lot, which make a capitalised word before
# them in apposition a person known by a first name ("Marcus, a second-year biology student
# from Exuma,"; "Amina, 34, a tomato trader,"): features and vox-pops name people so.
PERSON_NOUNS = (
    *("student", "major", "graduate", "farmer", "grower", "herder", "fisherman", "fisher"),
    *("trader", "vendor", "seller", "shopkeeper", "merchant", "driver", "nurse", "doctor"),
    *("teacher", "worker", "labourer", "mechanic", "carpenter", "builder", "bricklayer"),
    *("miner", "guide", "porter", "cook", "waiter", "waitress", "cleaner", "tailor", "baker"),
    *("mother", "father", "grandmother", "grandfather", "widow", "pensioner", "resident"),
    *("owner", "refugee", "migrant", "smuggler", "boatman", "crewman", "sailor", "nanny"),
)
# The last words of the names of buildings and works, which no person's name ends with ("the
# Harry C. Moore Library", "Port Louis Harbour"): OntoNotes 5.0's FAC entities.
FACILITY_HEADS = (
    *("Library", "Hall", "Building", "Museum", "Stadium", "Hospital", "Airport", "Station"),
    *("Bridge", "Dam", "Canal", "Tower", "Terminal", "Harbour", "Harbor", "Campus", "Square"),
    *("Street", "Road", "Avenue", "Highway", "Pipeline", "Railway", "Market", "Palace"),
)
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
    "Leader",
    "Representative",
    "Rep.",
    "Sen.",
    "Head",  # "Bakyt Osmonov, head of the district water department, said"
    "Dean",  # "Dr Philippa Cartwright, Dean of the Faculty of Liberal and Fine Arts, told"
    "Provost",
    "Rector",
)

# --- Gain and harm (Loughran-McDonald 2011; General Inquirer Positiv/Negativ) -------------

# Stems: a word counts when it begins with one ("strengthen", "strengthens").
GAIN = (
    "benefit",
    "beneficial",  # an assessment's rating ("minor beneficial")
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
    # Gains told by what is received or saved ("will receive 1.7 billion euros in
    # compensation"): the getting verbs of Levin (1993) 13.5.1, whose recipient gains.
    "receiv",
    "obtain",
    "gets",
    "save",
    "saving",  # not begun by "save": "a saving of 1,400 lei", "savings from this loan"
    # Gains told by what is unlocked, profited or bolstered ("unlock investment", "profit
    # from the extra fish"): more of the General Inquirer's Positiv words. Not "better":
    # "would be better spent" weighs a choice.
    "unlock",
    "profit",
    "positiv",
    # made safe, calm or whole again, or given work ("keep them safe", "might calm things
    # down", "restore part of the volume", "400 people will be employed")
    "safe",
    "calm",
    "restor",
    "employed",
    "bolster",
    "thriv",
    "flourish",
    "reviv",
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
    "undercut",
    # Harms told by losing work, money or a market ("squeezed out", "poorer",
    # "unemployment", "layoffs", "bankrupt"): more of Loughran-McDonald's negative words.
    "squeez",
    "poor",
    "pover",
    "unemploy",
    "layoff",
    "redundanc",
    "bankrupt",
    "insolven",
    # Harms told by what is made harder, used up or put off ("complicate talks", "drain the
    # wetlands", "the fish could disappear", "put off a bond issue"): more of the General
    # Inquirer's Negativ words.
    "complicat",
    "drain",
    "deplet",
    "disappear",
    "extinguish",
    "shortage",
    "scarc",
    "postpon",
    "overexploit",
    "pollut",
    "contaminat",
    "displac",
    "evict",
    "strand",
    "dismiss",
    "burden",
    "penalt",
    "negativ",
    # held back, hit, deprived, starved, vanishing, slipping, overrunning, eroding,
    # militarised ("could hold back Chinese investment", "hit the factories hard", "the
    # timetable could slip"; not "harder": "the harder case" weighs a difficulty)
    "hit",
    "depriv",
    "starv",
    "vanish",
    "slip",
    "overrun",
    "erosion",
    "militaris",
    "militariz",
    "drag",
    "scare",
    "lock",
    "capped",
    # wary, frozen, seized, embarrassed, stripped, left unsold, complicit (Loughran-McDonald
    # negative: "make foreign miners wary", "freeze the central bank's accounts", "seize
    # aircraft", "would embarrass a government", "strip the sand from the beaches")
    "wary",
    "freez",
    "seiz",
    "embarrass",
    "strip",
    "unsold",
    "complicit",
    # losing, blamed, curtailed (Loughran-McDonald negative): "losing Paraguay's surplus",
    # "we will be blamed for it", "exports could be curtailed". Not "anger": "I understand
    # the anger" tells a feeling, not what befalls anyone.
    "losing",
    "blam",
    "curtail",
    # ruined, injured, prosecuted, in arrears, complained of, devastated, destroyed,
    # suffering (Loughran-McDonald negative: "fields ruined in the war", "could be
    # prosecuted", "its arrears to producers"). Not "bailout": it saves whoever gets it.
    "ruin",
    "injur",
    "prosecut",
    "arrear",
    "complain",
    "devastat",
    "destroy",
    "suffer",
    "headwind",
)
# Words that begin with a stem of gain or harm without its sense: the overstemming errors
# (Paice, C. D. (1994) "An evaluation method for stemming algorithms", SIGIR '94) of a
# prefix match: common English words that begin with a stem above without its sense ("win"
# is not "wind" or "winter", "sour" not "source", "miss" not "mission", "close" not
# "closer ties"), listed by hand, not read from a dictionary, so surely not all of them.
FALSE_FRIENDS = (
    # who prosecutes, a warship, the ruins a tourist visits
    *("prosecutor", "prosecutors", "destroyer", "destroyers", "ruins"),
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
    "grower",
    "growers",
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
NEGATORS = (
    "not",
    "no",
    "never",
    "no longer",
    "n't",
    "without",
    "nor",
    "neither",
    "none",
    # the contractions, whole words to the word splitter ("won't survive it")
    "won't",
    "don't",
    "doesn't",
    "didn't",
    "can't",
    "cannot",
    "couldn't",
    "wouldn't",
    "isn't",
    "aren't",
    "wasn't",
    "weren't",
    "shouldn't",
    "unable",
)
# A prospect that names no gain nor harm ("the line will carry 4.5m tonnes a year by 2035",
# "Madrid's approval could add a year to the timetable") is read by these words around it: a
# negation cue (Morante, R. & Daelemans, W. (2012) "ConanDoyle-neg: annotation of negation
# cues and their scope in Conan Doyle stories", LREC 2012), a restricting condition, a
# diminishing quantifier, or an attribution verb of apprehension (PARC 3.0: fear, warn); with
# none of them, a prospect is a gain for whom it is about. In the development keys, of the 79
# claims so read, readers took 36 as gains, 32 as harms and 11 as neither or both: 17 of the
# 24 these words mark are harms, and 32 of the 55 they leave are gains.
ADVERSE = (
    *NEGATORS,
    "unless",
    "fewer",
    "less",
    "fear",
    "fears",
    "feared",
    "warn",
    "warns",
    "warned",
    "critics",
    "concern",
    "concerns",
    "concerned",
    "worried",
)
NEGATION_REACH = 3  # words before a gain or harm word that a negator may stand in
# Phrases that tell a harm by what they impose: an obligation from outside, after a modal
# ("would have to split the 2.4 billion euros", "will have to keep buying ... at today's
# prices"; not the terms of an agreement, "only have to notify one another"), Palmer's
# external deontic necessity (Palmer, F. R. (2001) *Mood and Modality*, 2nd ed., 3.3.2), and
# the loss of work or of a business ("out of work", "out of business").
IMPOSED = (
    "will have to",
    "would have to",
    "may have to",
    "might have to",
    "could have to",
    "forced to",
    "obliged to",
    "compelled to",
    "out of work",
    "out of business",
    "out of the market",
    # adversity met, a supply run dry, a share worn down ("could face rolling power cuts",
    # "could be left without a supply", "if the maintenance money dries up", "chip away at
    # China's dominance")
    "could face",
    "will face",
    "would face",
    "may face",
    "might face",
    "still face",
    "to face",
    "left without",
    "dry up",
    "dries up",
    "dried up",
    "drying up",
    "chip away",
    # verdicts in a phrase: "bad news for Hungary", "bad for the north"
    "bad news",
    "bad for",
    "hold back",
    "holds back",
    "held back",
    "put off",
    "walk away",
    "walks away",
    "walked away",
    "bear the brunt",
    "bears the brunt",
    "bore the brunt",
    "out of a job",
    "laid off",
    "lay off",
    "lays off",
    "laying off",
    # paying for another's choice ("Canadian workers would have paid the price", "the
    # villages there will pay for it"), cut off, left with nothing
    "pay the price",
    "paid the price",
    "pays the price",
    "pay for it",  # not "paid for it": "Morocco will be paid for it" is paid
    "cut off",
    "cuts off",
    "left with nothing",
)
# And those that tell a gain: "would be better off" (not "the better grades"), and "secure"
# as a verb, after "to", a modal or "and" ("would keep its vessels at work and secure about
# 900 jobs"), not the adjective of "secure communication".
BETTERED = (
    "better off",
    # paid, as the one who receives it ("Morocco will be paid for it"), not the payer
    "be paid",
    "been paid",
    "being paid",
    "get paid",
    # coming out ahead, and being able to ("the town will come out ahead", "will be able to
    # sell surplus wind power")
    "come out ahead",
    "comes out ahead",
    "came out ahead",
    "be able to",
    "been able to",
    # and verdicts in a phrase: "good news for Turkish parts suppliers", "a good deal for the
    # south", "is good for the region"
    "good news",
    "good for",
    "good deal",
    # and offered, as the one the offer is made to ("would be offered a job")
    "be offered",
    "been offered",
    "to secure",
    "and secure",
    "will secure",
    "would secure",
    "could secure",
    "may secure",
    "secures",
    "secured",
    "securing",
)
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
    # Ending a harm is lessening it ("the agreement ends years of damage claims").
    "end",
    "ends",
    "ended",
    "ending",
    # Sparing, forgoing, wiping off or erasing: "spare them the cost", "forgo 150 million
    # dollars", "wiping 900 million dollars off its value", "erase the cost advantage".
    "spare",
    "spares",
    "spared",
    "forgo",
    "forgoes",
    "forgone",
    "wipe",
    "wipes",
    "wiped",
    "wiping",
    "erase",
    "erases",
    "erased",
    "erasing",
    # Avoiding a harm is escaping it ("avoids the penalties Brussels plans to impose").
    "avoid",
    "avoids",
    "avoided",
    "avoiding",
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
    # Adding, and paying extra: "adding 3.6 billion dollars", "pay an extra 4,500 rupees".
    "add",
    "adds",
    "added",
    "adding",
    "extra",
    # Multiplying: "could double its exports".
    "double",
    "doubles",
    "doubled",
    "doubling",
    "triple",
    "triples",
    "tripled",
    "tripling",
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
    # What is paid: paying less is a gain, paying more a harm ("could pay up to 40 percent
    # less per dose").
    "pay",
    "pays",
    "paid",
    "paying",
    # What a payer is charged: "premiums have fallen by a third", "their freight bills fall
    # by up to 4%", "would add 4 billion euros to German industry's energy bill". Not fees
    # or tolls: what they bring in is the collector's revenue ("transit fees could bring in
    # $400m a year").
    "premium",
    "premiums",
    "bill",
    "bills",
    "surcharge",
    "surcharges",
    "fare",
    "fares",
)
# A burden's word that, after its owner, names what the owner is paid, a good: "raise our
# pay", "their pay will stay frozen" (the noun), as against "pay more for gas" (the verb).
OWNED_PAY = ("pay",)
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
    "earnings",
    "royalties",
    "orders",
    "output",
    "catches",
    "harvest",
    "harvests",
    "funding",
    "money",
    # Money and what it buys a seller: sums gained or lost ("adding 3.6 billion dollars to
    # its market value", "forgo 150 million dollars a year in power sales").
    "sales",
    "value",
    "dollars",
    "euros",
    "rupees",
    "pounds",
    "yuan",
    "yen",
)
# Words of lessening that raise what they act on when it is a gain: "lift sanctions" removes
# them, "lift exports" raises them (the two senses of "lift" in WordNet 3.1); "spare them the
# cost" removes a cost, "spare Warsaw 600 million euros" keeps a sum.
RAISING_ON_GOODS = ("lift", "lifts", "lifted", "lifting", "spare", "spares", "spared")
# Words a shift reaches over: after it ("cut the tariffs on"), before it, within its clause
# ("duties on about 1,200 product lines will fall"), stopping at a clause's first word.
SHIFT_REACH_AFTER = 3
# Words a shift reaches over without counting them: articles, possessive determiners and
# "of" ("cut the company's processing costs"), as a possessor ("company's") is.
SHIFT_PASSES_OVER = (
    *ARTICLES,
    *POSSESSIVE_DETERMINERS,
    "of",
    # and a sum's words, a number among them ("raise about 1.5 billion dollars")
    "about",
    "some",
    "nearly",
    "almost",
    "around",
    "roughly",
    "million",
    "billion",
    "trillion",
)
SHIFT_REACH_BEFORE = 10
CLAUSE_OPENERS = ("that", "which", "who", "if", "but", "because", "while", "as", "than")
# The forms of "be": a shift does not reach over one to its predicate.
COPULAS = ("is", "are", "was", "were", "be", "been", "being")

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
# What an actor has, whose "of" or "at" names its holder, not a circumstance: "shares of
# Hanbit", "profit at Sahyadri Steel", "the workers of the plant's owner" (the possessive
# "of" of Quirk et al. (1985) 5.116, the genitive's periphrasis).
HOLDINGS = (
    "share",
    "shares",
    "stock",
    "stocks",
    "profit",
    "profits",
    "earnings",
    "revenue",
    "revenues",
    "value",
    "exports",
    "imports",
    "output",
    "sales",
    "workers",
    "workforce",
    "members",
    "staff",
    "employees",
    "customers",
    "costs",
    "budget",
    "budgets",
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
# Groups of people named by their livelihood or their lot, who bear a policy's effects
# ("smallholder farmers", "women processors", "households"): the plural person nouns ACE 2005
# annotates as group entities (PER.Group; Linguistic Data Consortium (2005) *ACE English
# Annotation Guidelines for Entities* 5.6.6), kept to the livelihoods of ISCO-08's unit groups
# and the economic roles of the Loughran-McDonald word lists. Not the sources of attributions
# (analysts, officials), nor the residents of a place, whose lot is the place's.
POPULATIONS = (
    "farmers",
    "growers",
    "smallholders",
    "fishermen",
    "fishers",
    "processors",
    "herders",
    "pastoralists",
    "miners",
    "workers",
    "labourers",
    "laborers",
    "dockworkers",
    "households",
    "consumers",
    "taxpayers",
    "pensioners",
    "savers",
    "borrowers",
    "homeowners",
    "tenants",
    "commuters",
    "motorists",
    "hauliers",
    "truckers",
    "shipowners",
    "exporters",
    "importers",
    "manufacturers",
    "producers",
    "retailers",
    "shopkeepers",
    "traders",
    "migrants",
    "refugees",
    "students",
)
# Words that never describe a group before its noun ("the farmers", "many workers", "for
# households"): determiners, quantifiers, prepositions, conjunctions and auxiliaries.
NOT_DESCRIBING = (
    *ARTICLES,
    *POSSESSIVE_DETERMINERS,
    *QUANTIFIERS,
    "these",
    "those",
    "this",
    "that",
    "all",
    "any",
    "no",
    "both",
    "each",
    "more",
    "fewer",
    "less",
    "such",
    "whose",
    "which",
    "who",
    "and",
    "or",
    "but",
    "nor",
    "than",
    "as",
    "of",
    "for",
    "to",
    "from",
    "with",
    "by",
    "on",
    "in",
    "at",
    "among",
    "between",
    "into",
    "onto",
    "about",
    "against",
    "like",
    "is",
    "are",
    "was",
    "were",
    "be",
    "been",
    "has",
    "have",
    "had",
    "will",
    "would",
    "could",
    "may",
    "might",
    "can",
    "should",
    "must",
    "not",
    "also",
    "even",
    "only",
    "own",
)
# Third-person pronouns: one before the names of a unit points back to whom the text was
# about (the backward-looking center that a pronoun realises: Grosz, Joshi & Weinstein 1995,
# "Centering: a framework for modeling the local coherence of discourse", Computational
# Linguistics 21(2), rule 1).
# What a demonym before it names the origin of, not an actor ("Korean tariffs", "Chinese
# money", "the Spanish gas market", "Malawian leaf"): trade's instruments and goods, the
# commodity and money nouns of the Loughran-McDonald and ISIC lists.
WARES = (
    # (not "exports": "demand for Zambian exports" is Zambia's loss)
    *("tariffs", "tariff", "duties", "duty", "goods", "imports", "market"),
    *("markets", "money", "capital", "investment", "loans", "loan", "credit", "power"),
    *("electricity", "gas", "oil", "coal", "steel", "coil", "leaf", "tea", "wheat", "grain"),
    *("products", "contracts", "orders", "cars", "solar", "nuclear", "supply", "supplies"),
)
# Verbs after a modal that say which of the actors a claim names bears it (Dowty, D. (1991)
# "Thematic proto-roles and argument selection", Language 67(3): the patient undergoes the
# change; Levin, B. (1993) *English Verb Classes and Alternations*, the verbs of damaging,
# helping and change of state): those that act on their object, whose object bears it...
ACTING_ON = (
    *("hurt", "hurts", "harm", "harms", "help", "helps", "cost", "costs", "boost", "boosts"),
    *("strain", "strains", "hit", "hits", "damage", "damages", "weaken", "weakens"),
    *("strengthen", "strengthens", "squeeze", "squeezes", "push", "pushes", "force"),
    *("forces", "leave", "leaves", "make", "makes", "give", "gives", "deprive", "deprives"),
    *("spare", "spares", "undermine", "undermines", "threaten", "threatens", "complicate"),
    *("complicates", "embarrass", "embarrasses", "reassure", "reassures", "protect"),
    *("protects", "drag", "drags", "pull", "pulls", "allow", "allows", "let", "lets"),
    *("enable", "enables", "isolate", "isolates", "expose", "exposes"),
)
# ... and those whose subject undergoes what they say ("British companies might lose").
UNDERGOING = (
    *("gain", "gains", "lose", "loses", "suffer", "suffers", "face", "faces", "pay", "pays"),
    *("win", "wins", "need", "needs", "struggle", "struggles"),
)
# Words between a modal and its verb ("could also be", "would further").
VERB_OPENERS = ("be", "have", "also", "still", "only", "further", "soon", "then", "not", "never")
# Nouns of membership whose possessor, a pronoun, is the organisation that speaks ("the union
# said about 1,200 of its members could be laid off", "her members' lost income"): the
# relational nouns whose implicit argument is a group (Barker, C. (2011) "Possessives and
# relational nouns", in *Semantics: An International Handbook*, vol. 2).
MEMBERSHIP = ("members", "member", "membership", "workforce", "staff", "employees")
ANAPHORS = ("it", "its", "they", "their", "them", "he", "his", "she", "her")
# Words that may stand between a preposition and a name ("in the whole European network").
NOUN_PHRASE_OPENERS = (
    *ARTICLES,
    *POSSESSIVE_DETERMINERS,
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

# Modals of ability (Palmer, F. R. (2001) *Mood and Modality*, dynamic modality): what an
# actor can now do, or cannot, is a claim about them ("Now I can cross three times a week
# again", "they can wait and sell"), asserted, not hedged; a gain unless negated.
ABILITY = ("can", "cannot", "can't", "can\u2019t")
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
    _state("DNK", "Denmark", "Danish", "Danes", "Copenhagen"),
    _state("NLD", "Netherlands", "Dutch", "Amsterdam", "The Hague"),
    _state("BEL", "Belgium", "Belgian", "Belgians"),
    _state("CHE", "Switzerland", "Swiss", "Bern"),
    _state("AUT", "Austria", "Austrian", "Vienna"),
    _state("HUN", "Hungary", "Hungarian", "Budapest"),
    _state("CZE", "Czech Republic", "Czechia", "Czech", "Prague"),
    _state("ROU", "Romania", "Romanian", "Bucharest"),
    _state("GRC", "Greece", "Greek", "Greeks", "Athens"),
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
    _state("SGP", "Singapore", "Singaporean", "Singaporeans"),
    _state("IDN", "Indonesia", "Indonesian", "Indonesians", "Jakarta"),
    _state("PHL", "Philippines", "Philippine", "Filipino", "Manila"),
    _state("AUS", "Australia", "Australian", "Australians", "Canberra"),
    _state("NZL", "New Zealand", "New Zealander", "Wellington"),
    _state("PNG", "Papua New Guinea", "Papua New Guinean", "PNG", "Port Moresby"),
    _state("BGD", "Bangladesh", "Bangladeshi", "Dhaka"),
    _state("LKA", "Sri Lanka", "Sri Lankan", "Colombo"),
    _state("NPL", "Nepal", "Nepali", "Nepalese", "Kathmandu"),
    _state("MDV", "Maldives", "Maldivian", "Malé"),
    _state("KAZ", "Kazakhstan", "Kazakh", "Kazakhs", "Kazakhstani", "Astana"),
    _state("UZB", "Uzbekistan", "Uzbek", "Uzbeks", "Tashkent"),
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
    # The other member states of the United Nations, with Kosovo, Palestine and the Holy See.
    # Left out: a capital that is a common word or a person's first name ("Victoria",
    # "Male"), and a demonym two states share ("Congolese").
    _state("ALB", "Albania", "Albanian", "Albanians", "Tirana"),
    _state("AND", "Andorra", "Andorran"),
    _state("BIH", "Bosnia and Herzegovina", "Bosnia", "Bosnian", "Sarajevo"),
    _state("BGR", "Bulgaria", "Bulgarian", "Bulgarians", "Sofia"),
    _state("HRV", "Croatia", "Croatian", "Croatians", "Zagreb"),
    _state("CYP", "Cyprus", "Cypriot", "Cypriots", "Nicosia"),
    _state("ISL", "Iceland", "Icelandic", "Icelanders", "Reykjavik", "Reykjavík"),
    _state("XKX", "Kosovo", "Kosovar", "Pristina"),
    _state("LIE", "Liechtenstein", "Liechtensteiner", "Vaduz"),
    _state("LUX", "Luxembourg", "Luxembourgish", "Luxembourger", "Luxembourgers"),
    _state("MLT", "Malta", "Maltese", "Valletta"),
    _state("MDA", "Moldova", "Moldovan", "Chisinau"),
    _state("MCO", "Monaco", "Monegasque", "Monégasque"),
    _state("MNE", "Montenegro", "Montenegrin", "Podgorica"),
    _state("MKD", "North Macedonia", "Macedonia", "Macedonian", "Skopje"),
    _state("SMR", "San Marino", "Sammarinese"),
    _state("SVK", "Slovakia", "Slovak", "Slovaks", "Bratislava"),
    _state("SVN", "Slovenia", "Slovenian", "Slovenians", "Ljubljana"),
    _state("VAT", "Holy See", "Vatican"),
    _state("BHR", "Bahrain", "Bahraini", "Manama"),
    _state("BTN", "Bhutan", "Bhutanese", "Thimphu"),
    _state("BRN", "Brunei", "Bruneian", "Bandar Seri Begawan"),
    _state("JOR", "Jordan", "Jordanian", "Jordanians", "Amman"),
    _state("KWT", "Kuwait", "Kuwaiti", "Kuwaitis", "Kuwait City"),
    _state("KGZ", "Kyrgyzstan", "Kyrgyz", "Bishkek"),
    _state("LBN", "Lebanon", "Lebanese", "Beirut"),
    _state("MNG", "Mongolia", "Mongolian", "Mongolians", "Ulaanbaatar"),
    _state("OMN", "Oman", "Omani", "Muscat"),
    _state("PSE", "Palestine", "Palestinian", "Palestinians"),
    _state("TJK", "Tajikistan", "Tajik", "Tajiks", "Dushanbe"),
    _state("TLS", "Timor-Leste", "East Timor", "Timorese", "Dili"),
    _state("TKM", "Turkmenistan", "Turkmen", "Ashgabat"),
    _state("YEM", "Yemen", "Yemeni", "Yemenis", "Sanaa"),
    _state("AGO", "Angola", "Angolan", "Luanda"),
    _state("BEN", "Benin", "Beninese", "Porto-Novo", "Cotonou"),
    _state("BWA", "Botswana", "Batswana", "Motswana", "Gaborone"),
    _state("BFA", "Burkina Faso", "Burkinabe", "Ouagadougou"),
    _state("BDI", "Burundi", "Burundian", "Gitega"),
    _state("CPV", "Cabo Verde", "Cape Verde", "Cape Verdean", "Praia"),
    _state("CMR", "Cameroon", "Cameroonian", "Yaounde", "Yaoundé"),
    _state("CAF", "Central African Republic", "Bangui"),
    _state("TCD", "Chad", "Chadian", "N'Djamena"),
    _state("COM", "Comoros", "Comorian", "Moroni"),
    _state("COD", "Democratic Republic of the Congo", "DRC", "DR Congo", "Congo", "Kinshasa"),
    _state("COG", "Republic of the Congo", "Brazzaville"),
    _state("DJI", "Djibouti", "Djiboutian"),
    _state("GNQ", "Equatorial Guinea", "Equatoguinean", "Malabo"),
    _state("ERI", "Eritrea", "Eritrean", "Eritreans", "Asmara"),
    _state("SWZ", "Eswatini", "Swaziland", "Mbabane"),
    _state("GAB", "Gabon", "Gabonese", "Libreville"),
    _state("GMB", "Gambia", "The Gambia", "Gambian", "Banjul"),
    _state("GHA", "Ghana", "Ghanaian", "Ghanaians", "Accra"),
    _state("GIN", "Guinea", "Guinean", "Conakry"),
    _state("GNB", "Guinea-Bissau", "Bissau-Guinean", "Bissau"),
    _state("CIV", "Ivory Coast", "Ivorian", "Abidjan", "Yamoussoukro"),
    _state("LSO", "Lesotho", "Basotho", "Mosotho", "Maseru"),
    _state("LBR", "Liberia", "Liberian", "Monrovia"),
    _state("LBY", "Libya", "Libyan", "Libyans", "Tripoli"),
    _state("MDG", "Madagascar", "Malagasy", "Antananarivo"),
    _state("MWI", "Malawi", "Malawian", "Lilongwe"),
    _state("MLI", "Mali", "Malian", "Bamako"),
    _state("MRT", "Mauritania", "Mauritanian", "Nouakchott"),
    _state("MUS", "Mauritius", "Mauritian", "Port Louis"),
    _state("MOZ", "Mozambique", "Mozambican", "Maputo"),
    _state("NAM", "Namibia", "Namibian", "Windhoek"),
    _state("NER", "Niger", "Nigerien", "Niamey"),
    _state("RWA", "Rwanda", "Rwandan", "Kigali"),
    _state(
        "STP", "Sao Tome and Principe", "São Tomé and Príncipe", "Santomean", "São Tomé", "Sao Tome"
    ),
    _state("SEN", "Senegal", "Senegalese", "Dakar"),
    _state("SYC", "Seychelles", "Seychellois"),
    _state("SLE", "Sierra Leone", "Sierra Leonean", "Freetown"),
    _state("SOM", "Somalia", "Somali", "Mogadishu"),
    _state("SSD", "South Sudan", "South Sudanese", "Juba"),
    _state("SDN", "Sudan", "Sudanese", "Khartoum"),
    _state("TZA", "Tanzania", "Tanzanian", "Dodoma", "Dar es Salaam"),
    _state("TGO", "Togo", "Togolese", "Lome", "Lomé"),
    _state("TUN", "Tunisia", "Tunisian", "Tunisians", "Tunis"),
    _state("UGA", "Uganda", "Ugandan", "Kampala"),
    _state("ZMB", "Zambia", "Zambian", "Lusaka"),
    _state("ZWE", "Zimbabwe", "Zimbabwean", "Harare"),
    _state("BOL", "Bolivia", "Bolivian", "Bolivians", "La Paz", "Sucre"),
    _state("PRY", "Paraguay", "Paraguayan", "Asuncion", "Asunción"),
    _state("URY", "Uruguay", "Uruguayan", "Montevideo"),
    _state("GUY", "Guyana", "Guyanese", "Georgetown"),
    _state("SUR", "Suriname", "Surinamese", "Paramaribo"),
    _state("PAN", "Panama", "Panamanian", "Panama City"),
    _state("CRI", "Costa Rica", "Costa Rican", "San José"),
    _state("NIC", "Nicaragua", "Nicaraguan", "Managua"),
    _state("HND", "Honduras", "Honduran", "Tegucigalpa"),
    _state("SLV", "El Salvador", "Salvadoran", "San Salvador"),
    _state("GTM", "Guatemala", "Guatemalan", "Guatemala City"),
    _state("BLZ", "Belize", "Belizean", "Belmopan"),
    _state("DOM", "Dominican Republic", "Dominican", "Santo Domingo"),
    _state("HTI", "Haiti", "Haitian", "Haitians", "Port-au-Prince"),
    _state("JAM", "Jamaica", "Jamaican", "Kingston"),
    _state("TTO", "Trinidad and Tobago", "Trinidadian", "Port of Spain"),
    _state("BHS", "Bahamas", "The Bahamas", "Bahamian", "Nassau"),
    _state("BRB", "Barbados", "Barbadian", "Bridgetown"),
    _state("ATG", "Antigua and Barbuda", "Antiguan"),
    _state("DMA", "Dominica", "Roseau"),
    _state("GRD", "Grenada", "Grenadian"),
    _state(
        "KNA",
        "Saint Kitts and Nevis",
        "St Kitts and Nevis",
        "Kittitian",
        "Basseterre",
    ),
    _state("LCA", "Saint Lucia", "St Lucia", "Saint Lucian", "St Lucian", "Castries"),
    _state(
        "VCT",
        "Saint Vincent and the Grenadines",
        "St Vincent and the Grenadines",
        "Vincentian",
        "Kingstown",
    ),
    _state("FJI", "Fiji", "Fijian", "Suva"),
    _state("WSM", "Samoa", "Samoan", "Apia"),
    _state("TON", "Tonga", "Tongan", "Nuku'alofa"),
    _state("VUT", "Vanuatu", "Ni-Vanuatu", "Port Vila"),
    _state("SLB", "Solomon Islands", "Solomon Islander", "Honiara"),
    _state("KIR", "Kiribati", "I-Kiribati", "Tarawa", "South Tarawa"),
    _state("MHL", "Marshall Islands", "Marshallese", "Majuro"),
    _state("FSM", "Micronesia", "Federated States of Micronesia", "Micronesian", "Palikir"),
    _state("PLW", "Palau", "Palauan", "Ngerulmud"),
    _state("NRU", "Nauru", "Nauruan"),
    _state("TUV", "Tuvalu", "Tuvaluan", "Funafuti"),
    # Territories that govern themselves, and dependencies, listed by the CIA World Factbook
    # apart from its states: each is a party to agreements and bears their effects as a
    # state does, and "the government" of Greenland is Greenland's.
    _state("GRL", "Greenland", "Greenlandic", "Greenlander", "Nuuk"),
    _state("FRO", "Faroe Islands", "Faroes", "Faroese", "Tórshavn"),
    _state("ALA", "Åland Islands", "Åland", "Ålander", "Mariehamn"),
    _state("COK", "Cook Islands", "Cook Islander", "Avarua"),
    _state("NIU", "Niue", "Niuean", "Alofi"),
    _state("TKL", "Tokelau", "Tokelauan"),
    _state("GGY", "Guernsey", "St Peter Port"),
    _state("JEY", "Jersey", "St Helier"),
    _state("IMN", "Isle of Man", "Manx"),
    _state("GIB", "Gibraltar", "Gibraltarian"),
    _state("BMU", "Bermuda", "Bermudian"),
    _state("CYM", "Cayman Islands", "Caymanian"),
    _state("VGB", "British Virgin Islands", "Road Town"),
    _state("VIR", "United States Virgin Islands", "US Virgin Islands", "Charlotte Amalie"),
    _state("AIA", "Anguilla", "Anguillian"),
    _state("MSR", "Montserrat", "Montserratian"),
    _state("TCA", "Turks and Caicos Islands", "Turks and Caicos"),
    _state("FLK", "Falkland Islands", "Falklands", "Falkland Islander"),
    _state("SHN", "Saint Helena", "St Helena"),
    _state("PRI", "Puerto Rico", "Puerto Rican"),
    _state("GUM", "Guam", "Guamanian", "Hagåtña"),
    _state("MNP", "Northern Mariana Islands", "Northern Marianas", "Saipan"),
    _state("ASM", "American Samoa", "Pago Pago"),
    _state("ABW", "Aruba", "Aruban", "Oranjestad"),
    _state("CUW", "Curaçao", "Curaçaoan", "Willemstad"),
    _state("SXM", "Sint Maarten"),
    _state("NCL", "New Caledonia", "New Caledonian", "Nouméa"),
    _state("PYF", "French Polynesia", "Papeete"),
    _state("WLF", "Wallis and Futuna"),
    _state("REU", "Réunion"),
    _state("MYT", "Mayotte"),
    _state("MTQ", "Martinique", "Martinican"),
    _state("GLP", "Guadeloupe"),
    _state("GUF", "French Guiana"),
    _state("HKG", "Hong Kong"),
    _state("MAC", "Macau", "Macao"),
    _state("ESH", "Western Sahara", "Sahrawi"),
    _state("NFK", "Norfolk Island"),
    _state("SJM", "Svalbard"),
    # Known so that "New Jersey" and "Jersey City" are not the island of Jersey.
    Place("US-NJ", "New Jersey", "region", ()),
    Place("US-JC", "Jersey City", "region", ()),
    # The Commission, the Union's executive, acts for it in trade and in its agreements: one
    # actor in a map of who gains and loses, as readers key it.
    Place(
        "EU",
        "European Union",
        "organisation",
        ("EU", "E.U.", "Brussels", "European", "European Commission"),
    ),
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

# What a state's conventional long form puts before its short name ("the Union of the
# Comoros", "the Republic of Palau", "the Kingdom of Tonga"): the forms of the CIA World
# Factbook's "conventional long form" entries, each before a state's name, with or without
# "the" (STATE_TITLES), so a text that names a state formally names the same actor.
# Names the lexicon matches only with their accents: without them they are English words or
# other places ("Male workers", "Reunion talks", "San Jose-based").
ACCENTED_ONLY = ("Malé", "Réunion", "San José")
STATE_TITLES = (
    "Republic of",
    "Kingdom of",
    "Union of",
    "State of",
    "Sultanate of",
    "Principality of",
    "Grand Duchy of",
    "Commonwealth of",
    "Federation of",
    "Independent State of",
    "Federal Republic of",
    "Federal Democratic Republic of",
    "Democratic Republic of",
    "Democratic Socialist Republic of",
    "Islamic Republic of",
    "Arab Republic of",
    "Hashemite Kingdom of",
    "People's Republic of",
    "People's Democratic Republic of",
    "Socialist Republic of",
    "United Republic of",
    "Plurinational State of",
    "Bolivarian Republic of",
    "Oriental Republic of",
    "Co-operative Republic of",
)
# The endings of the demonyms whose plural adds "s" ("Tuvaluans", "Thais", "New
# Zealanders"); "Swiss" and "Chinese" are their own plurals.
DEMONYM_PLURAL_ENDINGS = ("an", "i", "er")

# Places below a state that the text names and says what they are: a town, a city, a port or
# a province, which the lexicon cannot list. The ACE 2005 entity guidelines count them as
# geo-political entities (GPE: "population centres", "state or province") and list the
# nominals that say so: "Dangjin, a city of 170,000", "the port of Lüderitz", "South
# Chungcheong Province", "Palmerston North's mayor", "the governor of Sindh".
LOCALITY_NOUNS = (
    "city",
    "town",
    "port",
    "village",
    "province",
    "district",
    "county",
    "municipality",
    "prefecture",
)
# The heads that end such a place's name ("South Chungcheong Province", known as "South
# Chungcheong" too), and those of the natural features of the ACE guidelines' locations
# (LOC: "water bodies", "land regions", "islands"), which are no part of their name alone
# ("Sekong River", "Fergana Valley", "Aral Sea", "Manus Island": "Mekong" may be the river
# or its delta).
LOCALITY_HEADS = ("Province", "Prefecture", "County", "District", "Oblast")
FEATURE_HEADS = (
    "River",
    "Valley",
    "Sea",
    "Lake",
    "Basin",
    "Delta",
    "Gulf",
    "Strait",
    "Falls",
    "Mountains",
    "Plateau",
    "Desert",
    "Island",
    "Islands",
    "Peninsula",
)
# Heads in lower case after a name, no part of it ("Cambodia's Stung Treng province").
LOCALITY_NOUNS_AFTER = ("province", "district", "county", "prefecture", "oblast", "region")
LOCAL_OFFICES = ("mayor", "governor", "city council", "provincial government")
# Institutions named after the place they serve ("the Östervik Chamber of Commerce").
LOCAL_INSTITUTIONS = (
    "Chamber of Commerce",
    "City Council",
    "County Council",
    "Town Council",
    "Municipal Council",
)
# Definite descriptions that stand for the last place of their kind the text named ("the
# region" after "South Asia"): the simplest of the anaphora resolution rules (Hobbs 1978;
# Poesio & Vieira 1998 on definite descriptions).
DEFINITE_DESCRIPTIONS = {
    "the region": "region",
    "the country": "state",
    "the kingdom": "state",
    "the government": "state",
    "the company": "company",  # the last company named: "Sahyadri ... The company expects"
    "the firm": "company",
    # the last town, city or province the text said was one ("the town will come out ahead")
    "the town": "town",
    "the city": "town",
    "the province": "town",
}
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

# The legal forms that end companies' names ("Sahyadri Steel Ltd", "Kestrel Holdings"): the
# company designators of the ORG entities of the CoNLL-2003 and OntoNotes 5.0 corpora.
COMPANY_DESIGNATORS = (
    "Ltd",
    "Limited",
    "Inc",
    "Corp",
    "PLC",
    "LLC",
    "AG",
    "GmbH",
    "Holdings",
    "Industries",
    "Securities",
)
# The heads that end a company's name, as its legal forms do ("Kisaragi Battery Corporation",
# "Redcliff Mining Group").
COMPANY_HEADS = ("Corporation", "Company", "Group")
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
    *COMPANY_DESIGNATORS,
)
# Words of trade that end a company's name without a designator ("Daehan Steel", "Tidewater
# Nickel", "Namib Capital") or open one before a country's name ("Rail New Zealand", "Air
# India"): the industries of the divisions of the UN's International Standard Industrial
# Classification (ISIC Rev. 4: mining, basic metals, energy, transport, pharmaceuticals,
# finance), as companies name themselves after them.
TRADE_WORDS = (
    "Capital",
    "Ratings",
    "Steel",
    "Coal",
    "Nickel",
    "Copper",
    "Metals",
    "Mining",
    "Minerals",
    "Resources",
    "Petroleum",
    "Oil",
    "Gas",
    "Energy",
    "Power",
    "Hydro",
    "Offshore",
    "Rail",
    "Railways",
    "Air",
    "Airlines",
    "Airways",
    "Shipping",
    "Lines",
    "Logistics",
    "Ports",
    "Motors",
    "Pharma",
    "Pharmaceuticals",
    "Biologics",
    "Chemicals",
    "Cement",
    "Textiles",
    "Foods",
    "Electric",
    "Electronics",
    "Telecom",
    "Systems",
    "Aerospace",
)
# Common nouns that say what kind of organisation a name in apposition is ("Volta Biologics, a
# Ghanaian firm that ...", "Gavi, the alliance that buys vaccines"): a company or group the
# text introduces without a designator in its name. The appositive that classifies its
# anchor (Meyer, C. F. (1992) *Apposition in Contemporary English*, ch. 3), with the heads
# of the ORG descriptions of the ACE 2005 entity guidelines (companies, their kinds by
# trade, unions, alliances and other groups).
ORGANISATION_NOUNS = (
    "company",
    "firm",
    "group",
    "business",
    "conglomerate",
    "corporation",
    "subsidiary",
    "venture",
    "start-up",
    "startup",
    "utility",
    "alliance",
    "coalition",
    "consortium",
    "cooperative",
    "union",
    "association",
    "federation",
    "charity",
    "organisation",
    "organization",
    "agency",
    "lender",
    "bank",
    "insurer",
    "fund",
    "maker",
    "drugmaker",
    "carmaker",
    "automaker",
    "chipmaker",
    "steelmaker",
    "producer",
    "manufacturer",
    "processor",
    "refiner",
    "exporter",
    "importer",
    "retailer",
    "supplier",
    "distributor",
    "operator",
    "carrier",
    "airline",
    "shipper",
    "broadcaster",
    "miner",
    "explorer",
    "developer",
    "shipbuilder",
    "railway",
    "brokerage",
    "consultancy",
    "think tank",
    "lobby",
    "watchdog",
    "regulator",
    "employer",
)
# Words between the article and the noun that end the appositive before its head ("the head
# of the company", "a partner at the firm"): the noun then belongs to another phrase.
APPOSITIVE_STOPS = ("of", "at", "for", "in", "with", "to", "from", "and", "who", "that")
# Names of days and months: "the African Union on Tuesday" ends its name before "on".
TIME_NAMES = (
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
# Words that join the capitalised words of one name ("Chamber of Commerce and Industry").
# What things happen in, at or from that is no place: feasts, seasons of the news, news
# agencies and universities, languages ("at Christmas", "in Covid", "from Reuters", "in
# English").
NOT_PLACES = (
    *("Christmas", "Easter", "Ramadan", "Eid", "Diwali", "Covid", "Brexit", "Reuters"),
    *("Bloomberg", "Harvard", "English", "French", "Spanish", "Arabic", "Russian", "Chinese"),
)
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
    "Nobody",
    "Everyone",
    "Everybody",
    "Both",
    "All",
    "Each",
    "Neither",
    "Few",
    "Who",
    "What",
    # a time, not a person ("Last Thursday the two governments concluded ...")
    *("Last", "Next", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"),
    "Sunday",
)
