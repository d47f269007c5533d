"""Who speaks in a unit: the attribution (PARC 3.0's source and cue) and its speaker.

A speaker is a named person (with the role and affiliation the text gives them), a named
organisation, an actor speaking as itself ("Beijing said"), a document ("a joint
statement") or an unnamed group ("critics argue", "analysts say"); a unit no one is said to
say is in the article's own voice. People are learnt as the text introduces them ("EU Trade
Commissioner Lena Varga", "Rina Chatterjee, a trade economist at ...") and found again by
their last name ("Varga told reporters") or a pronoun ("She said").
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from itertools import islice

from .lexicon import (
    BYLINE_WORDS,
    DETERMINERS,
    DOCUMENT_HEADS,
    FACILITY_HEADS,
    GENERIC_BODIES,
    GOVERNMENT_HEADS,
    GROUP_HEADS,
    HONORIFIC_PRONOUNS,
    HONORIFICS,
    INSTITUTION_HEADS,
    INVERTED_SAYING,
    MEDIA_HEADS,
    MEDIA_NOUNS,
    NAME_PARTICLES,
    NOT_NAMES,
    OCCUPATIONS,
    ORGANISATION_HEADS,
    ORGANISATION_NOUNS,
    PASSIVE_SAYING,
    PERSON_NOUNS,
    PERSONAL_PRONOUNS,
    PRONOUNS,
    PUBLISHED,
    QUANTIFIERS,
    ROLE_HEADS,
    SAYING,
    SCRIPT_NOTES,
    STANCE_VERBS,
    SUBORDINATORS,
    TURN_ROLES,
    WRITINGS,
)
from .mentions import CAPITAL, Mention, NamesAround, by_name, is_known


def _alternation(words: tuple[str, ...]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


_SAY = _alternation(SAYING)
_INVERTED = _alternation(INVERTED_SAYING)
_STANCE = _alternation(STANCE_VERBS)
_PASSIVE = _alternation(PASSIVE_SAYING)
# A name's words may join their parts with a hyphen ("Park Min-seo", "Jean-Pierre Moulin").
_NAME_PART = rf"{CAPITAL}[^\W\d_]+(?:-[^\W\d_]+)*"
_PARTICLE = rf"(?:(?:{'|'.join(NAME_PARTICLES)})[- ])"
_NAME = rf"{_NAME_PART}(?: {_PARTICLE}*{_NAME_PART}){{1,3}}"
# A social-media handle after a name, as a roundup of posts gives it ("Lina Sharif
# (@LinaSharifEcon), an economist").
_HANDLE = r"(?:\s+\(@\w{1,30}\))?"
# A plural's apostrophe may close a word of a source ("Lower Silesian Employers' Federation").
# It may join them with "of" or "and", and give its abbreviation ("Federation of Agriculture
# and Hospitality Employers (FEPAH)").
_SOURCE = (
    rf"{_NAME_PART}(?:['\u2019](?= ))?(?: (?:{_NAME_PART}|of|and|for)(?:['\u2019](?= ))?){{0,6}}"
    r"(?: \([A-Z]{2,8}\))?"
)
# A connective, or a fronted place or time ("In Brussels, a spokesperson said"; Quirk et al.
# (1985) 8.18: adverbials of space and time opening a clause), may stand before a source.
_OPENER = (
    r"(?:(?:However|But|Yet|Meanwhile|Still|Instead|Moreover|Indeed|And|Now|So)\s*,?\s+)?"
    # or a participle's clause ("Summing up, Mendez said"; "Speaking for almost an hour to
    # some 1,500 delegates, Kaupa said"; "Asked about readmissions, he said")
    r"(?:(?:[A-Z][a-z]+ing|Asked|Pressed|Questioned)\s(?:[^,;]|(?<=\d),(?=\d)){0,120}?,\s+)?"
    # ("In the business weekly Agora, the economist ... estimates"; "In Foz do Iguaçu,"; "In
    # Barskoon, the village nearest the mine, residents fear")
    r"(?:(?:In|At|From|On)\s+(?:the\s+(?:[a-z]+\s+){1,3})?[A-Z][^\W\d_]*"
    r"(?:\s+(?:(?:de|do|da|del|la)\s+)?[A-Z][^\W\d_]*){0,2}"
    r"(?:,\s+(?:a|an|the)\s(?:[^,;]|(?<=\d),(?=\d)){1,80})?,\s+)?"
    # or the occasion of the saying ("In a statement, the ministry said"; "In a note after
    # the call, Ms Pimchanok said"; "In written testimony, the embassy said")
    r"(?:In\s+(?:(?:a|an|its|his|her|their)\s+)?[a-z][^,;]{0,60},\s+)?"
    # or a fronted time ("For the fourth quarter, the company expects"; "Last week, officials
    # said"; "By 2030, analysts expect")
    r"(?:(?:(?:For|Over|By|During|Since|Until|Within)\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+){0,3}"
    r"|(?:This|Last|Next|Earlier\s+this|Later\s+this)\s+(?:year|week|month|quarter|season)"
    r"|Earlier|Later),\s+)?"
)
# A word that opens a subordinate clause, not a source.
_SUBORDINATOR = f"(?:{_alternation(SUBORDINATORS)})"
# A determiner, capitalised or not ("The", "its").
_DETERMINER = "(?:" + "|".join(f"[{w[0].upper()}{w[0]}]{w[1:]}" for w in DETERMINERS) + ")"
# A word of a role in lower case, a noun or a modifier ("fisheries", "finance chief"), not a
# word of its complement ("a spokesperson for the Port Authority").
_LOWER_ROLE_WORD = r"(?!(?:a|an|the|for|of|at|in|to|from|with|by|and)\s)[a-z][\w-]*\s+"
# Not the organisation a person is "of" ("Priya Mendis of the Colombo Institute ..., a
# think-tank, reckons": Mendis speaks, not the institute).
_NOT_AFTER_OF = r"(?<!\bof\s)(?<!\bof\sthe\s)(?<!\bin\s)(?<!\bat\s)(?<!\bnear\s)(?<!\baround\s)"
_AUX = (
    r"(?:(?:also|have|has|had|now|often|widely|privately|publicly|long|repeatedly"
    r"|nevertheless|still|however|though|even)\s+)*"
)

# A title without an article is a role too ("Rui Lopes, president of the cooperative,"), as
# is one that opens with an article; a relative clause may close it ("..., which represents
# 400 boats,"). Newswire style puts the role in apposition after the name (AP Stylebook,
# "titles"; PARC 3.0 annotates the whole appositive as part of the source).
# In lower case or capitalised, as house styles differ ("Ana Lopes, president of the
# cooperative,"; "Philippa Cartwright, Dean of the Faculty of Arts,").
_TITLES = "|".join(
    f"[{t[0].upper()}{t[0].lower()}]{re.escape(t[1:].lower())}"
    for t in ROLE_HEADS
    if t.isalpha() and not t.endswith(".")
)
# A possessive may stand before the title ("Mauritania's minister of fisheries").
_ROLE = (
    # (or a possessive determiner: "Aishath Shiyana, its chief executive since 2019,")
    rf"(?:(?:a|an|the|of\s+the|its|his|her|their)\s[^,;]{{2,100}}?"
    rf"|(?:[A-Z][\w.-]*(?:'|\u2019)s\s+(?:[a-z]+\s+){{0,2}})?(?:{_TITLES})\b[^,;]{{0,100}}?)"
)
# A relative clause's words, a number's comma among them ("which represents about 1,100
# boat owners") and a list's commas before names ("which represents growers in Kostanay,
# Akmola and North Kazakhstan,").
_CLAUSE_WORDS = (
    r"(?:[^,]|(?<=\d),(?=\d)"
    r"|,(?=\s+[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*)*(?:,|\s+(?:and|or)\s))"
    # and a list's commas between words in lower case ("who grows onions, peppers and
    # tomatoes on 12 acres,")
    r"|,(?=\s+[a-z][\w'\u2019-]*(?:,|\s+(?:and|or)\s)))"
)
_RELATIVE = rf"(?:,\s+(?:who|which|whose)\s{_CLAUSE_WORDS}{{2,100}}?)?"
# A capitalised word before a name that is no part of it ("For Aishath Shiyana, its chief
# executive,"; "But Elira Marku, a coastal engineer,"): matched outside the name, or the
# search would move past the name with it.
_LEAD_IN = r"(?:\b(?:For|But|And|Yet|Still|To|With|Like|Meanwhile|However)\s+)?"
# A person's age after the name, as news gives it ("Kow, 58, who has driven the run for
# nineteen years, said"; "Jason, 23, an engineering student, said").
_AGE = r"(?:\d{1,3},\s+)?"
# Where a first name alone may introduce a person: opening a sentence, or after "says" or
# "said" (not a surname after its given name: "Kane, a fisheries economist," after "Moussa
# Kane"). One cheap look behind first, as most places follow no space.
_FIRST_NAME_PLACE = (
    r"(?:^|(?<=\s)(?:(?<=[.!?]\s)|(?<=[.!?][\"\u201d]\s)|(?<=\n)|(?<=\bsays\s)|(?<=\bsaid\s)))"
)

_PATTERNS = (
    # "The Farmers' Federation: welcomes ... but warns that ...": a stakeholder's view in a
    # list, its name before a colon and the verb of its stance or saying after it
    re.compile(rf"^(?P<src>(?:The\s+)?{_SOURCE}):\s+{_AUX}(?P<cue>{_SAY}|{_STANCE})\b"),
    # "Rina Chatterjee, a trade economist at ..., said"; "Eurofer, the industry's lobby group,";
    # a second appositive may describe the first's organisation ("a senior fellow at the
    # Center for Strategic Supply, a Washington research group, testified")
    re.compile(
        rf"{_NOT_AFTER_OF}{_LEAD_IN}"
        rf"(?P<src>(?:{_NAME_PART}(?: {_NAME_PART}){{1,2}}\s+of\s+(?:the\s+)?)?"
        rf"{_SOURCE}),\s+{_AGE}"
        rf"(?P<role>{_ROLE}(?:,\s+(?:a|an|the)\s[^,]{{2,60}}?)?)"
        rf"{_RELATIVE},\s+{_AUX}(?P<cue>{_SAY})\b"
    ),
    # "The Lower Silesian Employers' Federation, which represents 200 firms, said"
    re.compile(
        rf"{_NOT_AFTER_OF}(?P<src>{_SOURCE}),\s+{_AGE}(?:who|which|whose)\s{_CLAUSE_WORDS}{{2,100}}?,"
        rf"\s+{_AUX}(?P<cue>{_SAY})\b"
    ),
    # "An Indian naval officer, who asked not to be named, said"; "Fishermen around
    # Trincomalee, who already complain about trawlers, fear that": a sentence's source
    # before a relative clause, whatever its words
    re.compile(
        rf"^{_OPENER}(?P<src>[^,;:\"\u201c\u201d]{{1,60}}?),\s+(?:who|speaking|led\s+by"
        # or a participle's clause ("A Lebanese energy ministry official, shown only in
        # silhouette, says"; "the footballers' association, known by its Spanish initials
        # SAFAP, worries that")
        r"|(?:shown|known|seen|quoted|interviewed|reached|contacted|based|filmed|pictured)"
        # or the occasion ("Iraq's oil ministry, in a post on its official account, said")
        r"|in\s+(?:a|an|its|his|her|their))\s"
        rf"{_CLAUSE_WORDS}{{2,100}}?,"
        rf"\s+{_AUX}(?P<cue>{_SAY})\b"
    ),
    # "It quotes a port official who says the line could double ...": the source a relative
    # clause of saying is about
    re.compile(
        r"\b(?P<src>(?:[Aa]n?|[Tt]he|[Ss]ome|[Oo]ne|[Tt]wo|[Tt]hree|[Ss]everal|[Mm]any|[Uu]nnamed)"
        rf"\s(?:[\w'\u2019-]+\s){{0,3}}?[\w'\u2019-]+)\s+who\s+{_AUX}(?P<cue>{_SAY})\b"
    ),
    # "a ban on flour, which Kazakh millers say will win back a market": a source inside the
    # relative clause that bears the claim, the sentence's last clause (not one inside it:
    # "the premiums, which importers reckon add 8% to costs, are likely to fall")
    re.compile(
        r",\s+which\s+(?P<src>[^,;:\"\u201c\u201d]{1,60}?)\s+"
        r"(?P<cue>say|says|said|believe|believes|expect|expects|reckon|reckons|fear|fears)\b"
        r"(?=[^,;]*$)"
    ),
    # "A draft of that protocol seen by Caspian Corridor Weekly would cut ...": a document
    # that someone has seen speaks for itself
    re.compile(
        r"\b(?P<src>(?:[Aa]n?|[Tt]he)\s+(?:draft|copy|document|memo|letter|report)"
        r"(?:\s+of\s+[^,;]{1,40}?)?)\s+(?P<cue>seen|obtained|reviewed)\s+by\b"
    ),
    # "A spokesman for China's Ministry of Commerce, Wei Jun, said"; "Its energy spokesman,
    # Piotr Zielinski, said"
    re.compile(
        r"(?P<role>\b(?:A|a|An|an|The|the|Its|its|Their|their|His|his|Her|her"
        r"|[A-Z][\w.-]*['\u2019]s)\s[^,]{2,100}?),"
        rf"\s+(?P<src>{_NAME}),\s+(?P<cue>{_SAY})\b"
    ),
    # '"...," said one Jakarta-based defence analyst, who ...'
    re.compile(
        rf"[\"\u201d][,.!?]?\s+(?P<cue>{_INVERTED})\s+"
        # a role before the name ('..." says its chairman, Anders Lund.')
        r"(?:(?:its|his|her|their|the|a|an)\s[^,.;]{1,60},\s+(?=[A-Z]))?"
        r"(?P<src>[^,.;]{2,80}?)(?=,|\.|;|$)"
    ),
    # "..., said Ibrahima Sarr, the ministry spokesperson.": the inverted attribution of
    # reported speech, as wire copy writes it (PARC 3.0: the cue before its source)
    re.compile(rf",\s+(?P<cue>{_INVERTED})\s+(?P<src>[^,.;]{{2,80}}?)(?=,|\.|;|$)"),
    # '"...," Varga told reporters'
    re.compile(rf"[,!?][\"\u201d]\s+(?P<src>[^,.\"\u201c\u201d]{{1,80}}?)\s+(?P<cue>{_SAY})\b"),
    re.compile(r"\b(?P<cue>[Aa]ccording to)\s+(?P<src>[^,.;]{2,100}?)(?=,|\.|;|$)"),
    # "was described by Australian officials as", "It is feared by refugee advocates that"
    re.compile(
        rf"\b(?:is|are|was|were|has been|have been|had been|be)\s+(?:\w+ly\s+)?"
        rf"(?P<cue>{_PASSIVE})\s+by\s+(?P<src>[^,.;\"\u201c]{{2,100}}?)"
        r"(?=\s+(?:as|that|to)\b|[,.;]|$)"
    ),
    # "is widely seen in Canberra as"
    re.compile(
        r"\b(?:is|are|was|were)\s+(?:\w+ly\s+)?(?P<cue>seen|regarded|viewed|considered)\s+"
        r"in\s+(?P<src>[A-Z][^,.;]{1,60}?)\s+as\b"
    ),
    # "She described the pact as a win for Thailand's exporters": a source that describes
    # something as what it is (PARC 3.0's cues "describe", "hail", "portray")
    re.compile(
        rf"^{_OPENER}(?!(?:Those|These|Such|Some|Many|All)\s)(?P<subject>)"
        rf"(?P<src>{_NAME_PART}(?: {_NAME_PART}){{0,3}}|He|She|They"
        rf"|{_DETERMINER}\s[^,;:\"\u201c\u201d]{{1,60}}?)\s+"
        r"(?P<cue>described|describes|hailed|hails|branded|brands|portrayed|portrays)\s"
        r"[^.;:]{1,80}?\sas\b"
    ),
    # "Critics argue that", "However, critics argue", "Chinese officials said in 2024"
    # (a determiner alone is no source: in "The report says", "report" is no cue)
    # (nor a clause that a subordinator opens: "Unless the two governments add a minimum")
    re.compile(
        rf"^{_OPENER}(?!{_SUBORDINATOR}\s)"
        rf"(?P<src>(?:{_DETERMINER}\s+)?[^,;:\"\u201c\u201d\s][^,;:\"\u201c\u201d]{{0,79}}?)"
        rf"\s+{_AUX}(?P<cue>{_SAY})\b"
    ),
    # "Senegal, in his view, probably gains the most"; "In Kane's view, ..."
    re.compile(
        r"\b(?P<cue>[Ii]n)\s+(?P<src>his|her|their|[A-Z][\w'\u2019-]*?)(?:['\u2019]s)?\s+view\b"
    ),
    # "If neither happens, she suspects the plants will ...": a person's pronoun after a
    # fronted clause; "Jobe did not dispute that, but said a deal ...": a second verb
    re.compile(rf",\s+(?P<src>he|she|they)\s+{_AUX}(?P<cue>{_SAY})\b(?!,)"),
    # "Indian officials have not commented, but diplomats in New Delhi say India is likely
    # to benefit": a source in a clause joined by "but", "and" or "while"
    re.compile(
        # (not a relative clause: "..., and which Indian officials suspect of spying")
        r"[,;]\s+(?:but|and|while)\s+(?!(?:which|who|whom|that)\b)"
        r"(?P<src>[^,;:\"\u201c\u201d]{2,60}?)\s+"
        rf"{_AUX}(?P<cue>{_SAY})\b(?!,)"
    ),
    # "Clean Air Korea, an environmental group, called the figures "double-counted" and said
    # ...": a sentence's subject, after its appositive, speaks in its second verb
    re.compile(
        rf"^{_OPENER}(?P<subject>)(?P<src>{_NAME_PART}(?: {_NAME_PART}){{0,3}}|He|She|They"
        rf"|{_DETERMINER}\s[^,;:\"\u201c\u201d]{{1,60}}?)"
        rf"(?:,\s+(?:a|an|the|who|which|speaking|led)\s{_CLAUSE_WORDS}{{1,100}}?,)?"
        r"\s+[a-z][^;:]*?,?\s+(?:but|and)\s+"
        r"(?P<cue>said|says|added|argued|warned|insisted|told|conceded|cautioned"
        r"|claims(?=\s+that)|claimed(?=\s+that))\b"
    ),
    # "Prime Minister Peter Kaupa mounted a combative defence of ..., telling his party's
    # convention that": the sentence's subject speaks through a participle of saying, perhaps
    # after a dateline ("LAE, Papua New Guinea, Dec 5 - ")
    re.compile(
        rf"^(?:[A-Z]{{2,}}[^-\u2013\u2014\n]{{0,60}}\s[-\u2013\u2014]\s+)?{_OPENER}"
        r"(?P<subject>)(?P<src>[A-Z][^,;:\"\u201c\u201d]{1,60}?)\s+[a-z]+\b[^;:\"\u201c\u201d]*?,\s+"
        r"(?P<cue>telling|saying|arguing|warning|insisting|suggesting|claiming|noting)\b"
        # what follows is a clause: "that", or a subject and its modal ("saying the
        # vehicles would strengthen ...")
        r"(?=[^,;]{0,60}?\b(?:that|will|would|could|may|might|can|should)\b)"
    ),
    # "..., a senior official in Jakarta said."; "..., an official said on condition of
    # anonymity." (a circumstance of the saying may follow its cue)
    re.compile(
        rf",\s+(?P<src>[^,;\"\u201c\u201d]{{1,80}}?)\s+(?P<cue>{_SAY})"
        # whom it was told to ("finance chief Ravi Menon told analysts on a call")
        r"(?:\s+(?:reporters|analysts|journalists|investors|lawmakers|delegates|us))?"
        r"(?:\s+(?:on|in|at|to|during|after|before|late|earlier)\s[^,;\"\u201c\u201d]{1,60}?)?"
        r"\s*[.!?]?[\"\u201d]?$"
    ),
    # "..., officials from both sides said, in a move ..."
    re.compile(rf",\s+(?P<src>[^,;\"\u201c\u201d]{{1,60}}?)\s+(?P<cue>{_SAY}),\s"),
)
_ROLE_HEADS = _alternation(ROLE_HEADS)
_INTRODUCTIONS = (
    # "EU Trade Commissioner Lena Varga", "Minister of Industry and Trade Nguyen Van Thanh"
    # "Sahyadri chairman Vikram Deshpande" too: a title in lower case after its organisation
    re.compile(
        rf"(?P<role>(?:[A-Z][\w.]*\s+){{0,3}}(?:{_ROLE_HEADS}|{_TITLES})"
        r"(?:\s+(?:of|for)\s+[A-Z]\w+(?:\s+(?:and|of)\s+[A-Z]\w+)*)?)\s+"
        rf"(?P<name>{_NAME})\b"
    ),
    # "fisheries economist Moussa Kane": an occupation in lower case before the name
    re.compile(
        # (its first word capitalised where it opens a sentence: "Chief financial officer")
        rf"(?<![\w'\u2019-])(?P<role>(?:(?:(?<=^)|(?<=[.!?]\s)|(?<=\n))[A-Z][a-z]+\s+)?"
        rf"(?:{_LOWER_ROLE_WORD}){{0,2}}(?:{'|'.join(OCCUPATIONS)}))"
        rf"\s+(?P<name>{_NAME})\b"
    ),
    # "Fatou Jobe, who coordinates the network": "who" takes up a person
    re.compile(rf"{_LEAD_IN}(?P<name>{_NAME}){_HANDLE},\s+{_AGE}who\s+(?P<role>[^,;.]{{2,100}})"),
    # a role in apposition closes with a comma, or with a semicolon in a list of guests ("Dr
    # Tomas Velarde, an energy economist at ...; and Rafael Orduna, ...")
    re.compile(rf"{_LEAD_IN}(?P<name>{_NAME}){_HANDLE},\s+{_AGE}(?P<role>{_ROLE}){_RELATIVE}[,;]"),
    # "the company's spokesperson, Ana Lopes,"; "Morocco's Minister for Energy Transition,
    # Nadia Amrani,"
    re.compile(
        r"(?P<role>\b(?:A|a|An|an|The|the|[A-Z][\w.-]*['\u2019]s)\s(?:[\w'\u2019-]+\s){0,3}"
        rf"(?i:spokesperson|official|analyst|economist|researcher|{_TITLES})"
        rf"\b[^,]{{0,80}}),\s+(?P<name>{_NAME}),"
    ),
    # a first name alone, where a sentence or a verb of saying puts it, and a role of a
    # person's occupation, studies or lot in apposition after it, perhaps an age ("Marcus,
    # a second-year biology student from Exuma,"; 'says Amina, 34, a tomato trader.'); or an
    # age and any role or relative clause ("Kow, 58, who has driven the run for years,")
    re.compile(
        rf"{_FIRST_NAME_PLACE}(?P<name>{_NAME_PART}),\s+{_AGE}"
        rf"(?P<role>(?:a|an)\s[^,;.]{{0,60}}?\b(?:{'|'.join(PERSON_NOUNS)}|{'|'.join(OCCUPATIONS)})s?"
        r"\b[^,;.]{0,100}?)[,;.]"
    ),
    re.compile(
        rf"{_FIRST_NAME_PLACE}(?P<name>{_NAME_PART}),\s+\d{{1,3}},\s+"
        r"(?P<role>(?:who|a|an)\s[^,;.]{2,100}?)[,;.]"
    ),
)
# A person's full name opening a sentence as its subject, a verb in lower case after it
# ("Ines Carvalho has spent much of the past year ..."), perhaps after a dateline ("LISBON -
# "): the text introduces a person it goes on to quote without a role.
_SUBJECT = re.compile(
    rf"(?:[A-Z][A-Z .,]+\s[-\u2013\u2014]\s+)?"
    # or a fronted time without its comma ("For fourteen months Filomena Tavares Lopes
    # shuttled between ...")
    r"(?:(?:For|Over|After|Since|During|Within)\s+(?:[a-z0-9-]+\s+){1,4})?"
    rf"(?P<name>{_NAME})\s+(?=[a-z]+\b)"
)
_KNOWN_SUBJECT = re.compile(rf"(?P<name>{_NAME_PART}(?: {_NAME_PART}){{0,3}})\s+(?=[a-z]+\b)")
# A signature, or a script's label and the name of who speaks ("SOUNDBITE: ALICIA BENÍTEZ,").
_CAPITALS_WORD = r"[A-Z\u00c0-\u00de][A-Z\u00c0-\u00de'-]+"
_SIGNATURE = re.compile(
    rf"(?:[A-Z]{{2,}}(?: [A-Z]{{2,}})?:\s*)?"
    rf"(?:(?P<capitals>{_CAPITALS_WORD}(?: {_CAPITALS_WORD}){{1,3}})|(?P<name>{_NAME})),\s"
)
_BYLINE = frozenset(BYLINE_WORDS)
# A turn's label in capitals, with what its brackets add, and the turn after it ("GUEST:
# In one sentence ...", "CALLER (Bernard, Laborie): ..."); or a person's name, with an
# honorific and a role in brackets, on a line of its own before the turn.
_ASKED = r"(?:Q\d{1,4}\s+)?"  # a committee's numbered question ("Q14 Chair:")
_TURN_LABEL = (
    rf"(?P<label>{_CAPITALS_WORD}(?: {_CAPITALS_WORD}){{0,2}})"
    r"(?: \((?P<detail>[^()\n]{1,80})\))?:[ \t]+(?=\S)"
)
_TURN = re.compile(_ASKED + _TURN_LABEL)
_TURN_AT_LINE = re.compile(rf"^{_ASKED}{_TURN_LABEL}", re.MULTILINE)
_TURNS_OF_A_SPEAKER = 2  # a label used once is a note ("PS:"), not a speaker's
_SCRIPT_NOTES = frozenset(SCRIPT_NOTES)
_TITLED = frozenset({*HONORIFICS, "Hon", "Senator", "Deputy"})
_TITLE = rf"(?:(?P<title>{'|'.join(sorted(_TITLED))})\.? )?"
# A label in a name's own capitals before a turn ("Julian Thorne:", "Dr Penhallow:", "Q14
# Chair:"): a turn only when it names a person the text has introduced, or a role it has.
_ONE_NAME_OR_MORE = rf"{_NAME_PART}(?: {_PARTICLE}*{_NAME_PART}){{0,3}}"  # "Haruka", "Jo Lee"
_SPOKEN_TURN = re.compile(rf"{_ASKED}{_TITLE}(?P<name>{_ONE_NAME_OR_MORE}):[ \t]+(?=\S)")
_NAMED_TURN = re.compile(rf"{_TITLE}(?P<name>{_NAME})" r"(?: \((?P<detail>[^()\n]{1,80})\))?:")
_NAMED = re.compile(_ONE_NAME_OR_MORE)
_TURN_ROLES = frozenset(TURN_ROLES)
# A transcript's header naming who speaks in a role ("Presenter: Marcus Joseph. Studio
# guest: Yvette Charlemagne, Permanent Secretary"), not a turn's label in capitals.
_CAST = re.compile(
    rf"\b(?P<role>{'|'.join(f'[{r[0].upper()}{r[0]}]{r[1:]}' for r in TURN_ROLES)})"
    rf":[ \t]+(?P<name>{_NAME})\b"
)
# and a list of those present naming one's role after it ("Dame Harriet Colvin (Chair);")
_CAST_AFTER = re.compile(
    rf"{_TITLE}(?P<name>{_NAME}) \((?P<role>{'|'.join(r.title() for r in TURN_ROLES)})\)"
)
_A_NAME = re.compile(_NAME)
# A word, or a name's last word ("Haddad"), as People looks them up.
_WORD_OR_NAME = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_RECENT = 8  # people "he" or "she" may point back to, the latest first
_SUBJECT_REACH = 3  # words past a sentence's shortest subject that may still belong to it
_ROLE_WORDS = frozenset(word for head in ROLE_HEADS for word in head.split())
_HONORIFICS = frozenset(HONORIFICS)
# Places in one unit where a pattern is tried at most: each costs a look at the unit's names,
# and a unit of real prose has a handful; a unit made to have thousands stays linear.
_CANDIDATES = 20
_NOT_NAMES = frozenset(NOT_NAMES)
_FACILITIES = frozenset(FACILITY_HEADS)
_LEADING = frozenset(DETERMINERS) | frozenset(QUANTIFIERS)
_QUANTIFIERS = frozenset(QUANTIFIERS)
_GROUPS = frozenset(GROUP_HEADS)
# The head of a role before a name ("Energy analyst", "Analyst", "finance minister")
_ROLE_NOUNS = frozenset(word.lower() for word in (*ROLE_HEADS, *OCCUPATIONS, *GROUP_HEADS))
_DOCUMENTS = frozenset(DOCUMENT_HEADS)
_PAPER_NAME = rf"(?!(?:The|In|At|On|From|For|But|And)\s){_NAME_PART}(?:\s+{_NAME_PART}){{0,2}}"
_MASTHEAD_NAME = rf"{_PAPER_NAME}\s+(?:{'|'.join(MEDIA_HEADS)})"  # "Cyprus Tribune"
_MASTHEAD = re.compile(_MASTHEAD_NAME)
_MEDIA_NOUN = rf"(?:{'|'.join(MEDIA_NOUNS)})"
# A newspaper the text names: by a masthead's last word ("the Cyprus Tribune"), or as it
# introduces one ("Eleftheri Foni, the conservative daily,"; "the opposition daily Ayna").
_PAPERS = re.compile(
    rf"(?<![\w'\u2019-])(?:(?P<masthead>{_MASTHEAD_NAME})\b"
    rf"|(?<!\b[Ii]n\s)(?<!\b[Aa]t\s)(?<!\b[Oo]n\s)"
    # (the medium closes the appositive: not "Ana Lopes, a columnist for the paper,")
    rf"(?P<named>{_PAPER_NAME}),\s+(?:the|a|an)\s+(?:(?!(?:for|of|at|with|in|on|to)\s)[\w-]+\s+){{0,3}}"
    rf"{_MEDIA_NOUN}(?=\s*[,;.])"
    rf"|\b(?:[Tt]he|[Aa]n?)\s+(?:[\w-]+\s+){{0,2}}{_MEDIA_NOUN}\s+(?P<after>{_PAPER_NAME})\b)"
)
_WRITINGS = frozenset(WRITINGS)
# What may stand before a sentence's subject: quotation marks, a fronted place, "The".
_SUBJECT_BEFORE = re.compile(r"[\W_]*(?:(?:In|At|On)\s[^,]{1,60},\s+)?(?:[Tt]he\s+)?")
_GENERIC_BODIES = frozenset(GENERIC_BODIES)
_INSTITUTIONS = frozenset(INSTITUTION_HEADS)
_BODY_KINDS = frozenset({"organisation", "actor"})
_GOVERNMENTS = frozenset(GOVERNMENT_HEADS)
_LOCATIVE = re.compile(r"\s+(?:(?:in|from|at|near|around|across|inside|within|on)\s+.*|there)$")
_COMPLEMENT = re.compile(r"\s+(?=(?:of|for)\s)")
_BASED = re.compile(r"\b[\w-]+-based\s+")
# "according to two finance ministry officials who asked not to be named": who the source
# after its cue is, not its name (before its cue, such words are a clause that a pattern took
# for a source: "Customs agents who knowingly submit such claims may ...")
_WHO = re.compile(r"\s+(?:who|whom|whose)\s.*$")
_FAMILIAR = re.compile(r"\s+(?:familiar with|close to|briefed on|with knowledge of)\s.*$")
_OPENING_MARKS = " \t\r\n\"'\u201c\u2018"
# initials or a social-media handle after a name: "the Industry Association (MSIA)", "Rana
# Haddad (@rana_aqaba)"
_BRACKETED = re.compile(r"\s+\((?:[A-Z]{2,8}|@\w{1,30})\)$")
# What an organisation publishes stands for its author: "estimate by Namib Capital",
# "Meridian calculations".
_PUBLISHED = _alternation(PUBLISHED)
# "a report published on Tuesday by the Basin Rights Monitor"
_PUBLISHED_BY = re.compile(
    rf"(?:[\w'\u2019-]+\s+){{0,2}}?(?P<published>{_PUBLISHED})"
    r"(?:\s+(?:published|released|issued|commissioned)(?:\s+[^,;]{1,30}?)??)?\s+(?:by|from|of)\s+"
)
_AUTHORS = re.compile(
    rf"(?P<author>[A-Z][\w'\u2019-]*(?:\s[A-Z][\w'\u2019-]*){{0,3}})"
    rf"\s+(?P<published>{_PUBLISHED})"
)
# A person's name and the organisation they are of ("Marcus Hale of the Harwood Institute").
_OF_AN_ORGANISATION = re.compile(rf"(?P<name>{_NAME})\s+(?:of|at)\s+(?:the\s+)?[A-Z][^,;]{{1,80}}")
# A role before a person's name, its first word capitalised where it opens the sentence,
# and where the person works ("Energy analyst Fiona Keough of Cape Breton University",
# "Analyst Jo Bloggs at Kestrel Capital"): a role's head noun last, then the name.
_ROLE_THEN_NAME = re.compile(
    rf"(?P<role>(?:[A-Z][\w-]*\s+)?(?:[a-z][\w-]*\s+){{0,2}})(?P<name>{_NAME})"
    r"(?P<works>\s+(?:of|at)\s+(?:the\s+)?[A-Z][^,;]{1,80})?"
)
# A role in lower case before a person's name ("finance chief Ravi Menon").
_ROLED = re.compile(rf"(?P<role>(?:{_LOWER_ROLE_WORD}){{1,3}})(?P<name>{_NAME})")
# The nouns "the association" or "The Guild" may stand for the last organisation named with
# that word in its name.
_ORGANISATION_WORDS = frozenset(
    word.lower() for word in (*ORGANISATION_HEADS, *ORGANISATION_NOUNS) if " " not in word
)


@dataclass(frozen=True)
class Speaker:
    """Who a unit is attributed to. ``actor`` is set when an actor speaks as itself (its
    key: a place id or an organisation's name); otherwise ``name`` and ``kind`` make a voice
    (person, group, organisation, government, document)."""

    name: str
    kind: str
    actor: str | None = None
    affiliation: str | None = None  # an actor's key
    role: str | None = None  # verbatim
    aliases: tuple[str, ...] = ()
    introduced: tuple[int, int] | None = None  # the unit that introduced a person


@dataclass(frozen=True)
class Attribution:
    """A speaker, the cue that attributes (verbatim), and the attribution's span."""

    speaker: Speaker
    cue: str
    start: int
    end: int


@dataclass
class People:
    """The people the text has introduced so far, by full and last name, and the last
    speakers (for "she said", "some warn")."""

    known: dict[str, Speaker] = field(default_factory=dict)
    # each given name of a person the text knows by full name, to those people's full names
    given_names: dict[str, set[str]] = field(default_factory=dict)
    last_person: Speaker | None = None
    # the people in the order last named or heard, the latest last, and the pronoun the text
    # has used for each ("Fatima Haddad reckons she could lose her trade": she)
    recent: list[Speaker] = field(default_factory=list)
    pronouns: dict[str, str] = field(default_factory=dict)
    last_group: Speaker | None = None
    last_body: Speaker | None = None  # an organisation, government or actor, for "it said"
    # each kind of publication ("report", "study") to its last author named
    authors: dict[str, Speaker] = field(default_factory=dict)
    # each word of an organisation's name, in lower case, to the last one named with it
    organisations: dict[str, str] = field(default_factory=dict)

    def learn(self, text: str, start: int, end: int, names: list[Mention]) -> None:
        """Learn the people introduced in ``text[start:end]`` with their role and affiliation;
        the one named last becomes the person "she" or "he" points back to, whether or not
        they have spoken yet ("Ana Lopes, the minister, met ... She said ...")."""
        for mention in names:
            if mention.place is None:
                for word in mention.key.split():
                    self.organisations[word.lower()] = mention.key
        for paper in _PAPERS.finditer(text, start, end):
            group = paper.lastgroup or "masthead"  # the one of the three that matched
            name, at = paper[group], paper.start(group)
            seen = self.known.get(name)
            if any(m.start <= at and at + len(name) <= m.end for m in names) or (
                seen is not None and seen.kind != "media"
            ):
                continue  # "a policy paper Kenya argued": a place or a person, not a paper
            newspaper = Speaker(name, "media")
            self.know(name, newspaper, keep=True)  # what its name says from now on
            if group != "masthead" or _SUBJECT_BEFORE.fullmatch(text, start, at):
                # introduced, or its sentence's subject: what "its editorial" is of (not "a
                # report published by the Nairobi Tribune")
                self.last_body = newspaper
        last_at = -1
        for pattern in _INTRODUCTIONS:
            for match in islice(pattern.finditer(text, start, end), _CANDIDATES):
                name = match.group("name")
                if not _is_person_name(name, names, match.start("name")) or name in self.known:
                    continue
                # named in the role ("Sahyadri chairman"), or just before it ("Peru's
                # minister ..."), where a possessive's name stands
                affiliation = _affiliation(
                    names, match.start("role"), match.end("role")
                ) or _affiliation(names, match.start("role") - 24, match.end("role"))
                person = self._meet(name, (start, end), match.group("role").strip(), affiliation)
                if match.start() > last_at:
                    last_at = match.start()
                    self.note(person)
        subject = _SUBJECT.match(text, start, end)
        known = _KNOWN_SUBJECT.match(text, start, end)
        if known is not None and known["name"] in self.known and last_at < 0:
            # a sentence whose subject is a person already known is about that person,
            # whom "he" or "she" after it points back to ("Kane walked through the basics.
            # He argued that ..."): centering's preferred center
            self.note(self.known[known["name"]])
        elif subject is not None and last_at < 0:
            name = subject.group("name")
            if (
                name not in self.known
                and _is_person_name(name, names, subject.start("name"))
                and not _ROLE_WORDS.intersection(name.split())
            ):
                self.note(self._meet(name, (start, end)))
        self._pronoun_of_the_one(text, start, end)

    def note(self, person: Speaker) -> None:
        """``person`` is now the latest named: the first "he" or "she" may point to."""
        self.last_person = person
        if person in self.recent:
            self.recent.remove(person)
        self.recent.append(person)
        del self.recent[:-_RECENT]

    def person_for(self, pronoun: str) -> Speaker | None:
        """The person "he" or "she" points back to: the latest named whose pronoun is that
        one or not yet known (the text tells it, not a list of first names)."""
        wanted = PERSONAL_PRONOUNS[pronoun]
        for person in reversed(self.recent):
            if self.pronouns.get(person.name, wanted) == wanted:
                return person
        return self.last_person

    def _pronoun_of_the_one(self, text: str, start: int, end: int) -> None:
        """A sentence that names one known person and then uses "he" or "she" (or "his",
        "her") tells that person's pronoun, unless it is known already."""
        named: Speaker | None = None
        for word in _WORD_OR_NAME.finditer(text, start, end):
            person = self.known.get(word.group())
            pronoun = PERSONAL_PRONOUNS.get(word.group().lower())
            if person is not None:
                if named is not None and named is not person:
                    return  # two people: the pronoun could be either's
                named = person
            elif pronoun is not None and named is not None:
                self.pronouns.setdefault(named.name, pronoun)
                return

    def _meet(
        self,
        name: str,
        introduced: tuple[int, int],
        role: str | None = None,
        affiliation: str | None = None,
    ) -> Speaker:
        """A person the text introduces, known from now on by full and last name (an
        honorific is no part of a name: "Dr Tomas Velarde" is Tomas Velarde)."""
        first, _, rest = name.partition(" ")
        honorific = first.rstrip(".")
        if honorific in _HONORIFICS and rest:
            known = self.known.get(rest) or self.by_given_name(rest)
            if known is not None or " " in rest:  # "Dr Velarde" after "Dr Tomas Velarde"
                person = known or self._meet(rest, introduced, role, affiliation)
                self.know(name, person)
                self._told(person, honorific)
                return person
        person = Speaker(
            name,
            "person",
            affiliation=affiliation,
            role=role,
            aliases=(name.split()[-1],),
            introduced=introduced,
        )
        self.know(name, person)
        self.know(name.split()[-1], person, keep=True)
        self._told(person, honorific)
        return person

    def _told(self, person: Speaker, honorific: str) -> None:
        """The pronoun an honorific tells ("Mr Lykouras": he), if it tells one."""
        if honorific in HONORIFIC_PRONOUNS:
            self.pronouns.setdefault(person.name, HONORIFIC_PRONOUNS[honorific])

    def by_given_name(self, word: str) -> Speaker | None:
        """The one person the text knows whose given name is ``word``: "Ms Kanya" after
        "Kanya Srisuwan", as Thai names go with an honorific (and some others)."""
        named = self.given_names.get(word, set())
        return self.known[next(iter(named))] if len(named) == 1 else None

    def know(self, name: str, speaker: Speaker, *, keep: bool = False) -> None:
        """Know ``speaker`` by ``name`` from now on (unless ``keep`` and the name is taken):
        a person known by a full name is known by its given name too."""
        if keep and name in self.known:
            return
        self.known[name] = speaker
        if speaker.kind == "person" and " " in name and name == speaker.name:
            self.given_names.setdefault(name.partition(" ")[0], set()).add(name)

    def by_role(self, noun: str) -> Speaker | None:
        """The person introduced last with ``noun`` in their role ("minister")."""
        for person in reversed(self.known.values()):
            if person.role is not None and noun in person.role.lower().split():
                return person
        return None

    def heard(self, speaker: Speaker) -> None:
        if speaker.kind == "person":
            if " " in speaker.name:  # '"...," said Helen Marchetti': "Marchetti" from now on
                self.know(speaker.name, speaker, keep=True)
                self.know(speaker.name.split()[-1], speaker, keep=True)
            self.note(speaker)
        elif speaker.kind == "group":
            self.last_group = speaker
        elif speaker.kind != "document":
            self.last_body = speaker


def attribute(
    text: str, start: int, end: int, names: list[Mention], people: People
) -> Attribution | None:
    """The leftmost attribution in ``text[start:end]`` whose source is a speaker."""
    found: list[Attribution] = []
    unit = text[start:end]  # matched alone: "^" is the unit's start, "$" its end
    for pattern in _PATTERNS:
        for match in islice(pattern.finditer(unit), _CANDIDATES):
            source = match.group("src")
            if match.start("cue") < match.start("src"):
                source = _WHO.sub("", source)
            opens = not unit[: match.start("src")].strip(_OPENING_MARKS)
            if match.groupdict().get("subject") is not None:
                speaker = _subject(unit, match, names, people, start)
            else:
                speaker = _speaker(source, start + match.start("src"), names, people, opens)
            if speaker is None and match.groupdict().get("role") and " " not in source.strip():
                # "Eurofer, the industry's lobby group, said": a one-word name with a role
                # names an organisation.
                speaker = Speaker(source.strip(), "organisation")
            if speaker is None:
                continue
            if (
                match.groupdict().get("role")
                and speaker.kind in ("person", "organisation")
                and speaker.role is None
            ):
                speaker = Speaker(
                    speaker.name,
                    speaker.kind,
                    speaker.actor,
                    _affiliation(names, start + match.start("role"), start + match.end("role")),
                    match.group("role").strip(),
                    speaker.aliases,
                    (start, end),
                )
            # from its source or its cue, whichever comes first: a dateline or a connective
            # before them is no part of it ("LAE, Papua New Guinea, Dec 5 - Prime Minister")
            begins = min(match.start("src"), match.start("cue"))
            found.append(
                Attribution(speaker, match.group("cue"), start + begins, start + match.end())
            )
            break
    if not found:
        return None
    chosen = min(found, key=lambda a: a.start)
    people.heard(chosen.speaker)
    return chosen


class Turns:
    """Who speaks each turn of a transcript: the speaker a label before a turn names
    ("GUEST: ...", "CALLER (Bernard, Laborie): ...", "GRANT: ...", "FAW: ...", "Julian
    Thorne: ...") or a line of its own names ("Hon. Tevita Akatapuria (Minister for
    Health):"), a role's label resolved by the name the header, the list of those present or
    an earlier label gives it ("Presenter: Marcus Joseph.", "Dame Harriet Colvin (Chair)",
    "HOST (MARCIA WHYTE):"). A label that names no one ("MYTH:", "VERDICT:", "UK:" once) is
    no turn."""

    def __init__(self, text: str, names_around: NamesAround) -> None:
        self._text = text
        self._names_around = names_around
        self._roles: dict[str, str] = {}
        for cast in (_CAST, _CAST_AFTER):
            for match in cast.finditer(text):
                self._roles.setdefault(match["role"].lower(), match["name"])
        # a transcript labels its speakers' turns again and again: a label in capitals that
        # opens one line ("UK: ...", "PS: ...") is no speaker's name or initials
        self._uses = Counter(m["label"] for m in _TURN_AT_LINE.finditer(text))
        # each label a person's name given so far may take (capitals), to that name: read
        # once, up to each turn, so that a long transcript costs the same per turn
        self._given: dict[str, str] = {}
        self._read_to = 0
        # and the labels of those a full name's label introduced ("SOOKUN" after "DEVESH SOOKUN")
        self._speaking: dict[str, str] = {}

    def opens(self, start: int, end: int) -> bool:
        """Whether a label, naming someone or not, opens ``text[start:end]``: a new turn."""
        return (
            _TURN.match(self._text, start, end) or _SPOKEN_TURN.match(self._text, start, end)
        ) is not None

    def speaker(self, start: int, end: int, people: People) -> Speaker | None:
        """The speaker of the turn whose label opens ``text[start:end]``, or None."""
        text = self._text
        label = _TURN.match(text, start, end)
        if label is not None:
            name = self._by_capitals(label, people)
        elif (label := _SPOKEN_TURN.match(text, start, end)) is not None:
            name = self._by_name(label["name"], label["title"], people, start)
        else:
            label = _NAMED_TURN.fullmatch(text, start, end)
            if label is None:
                return None
            name = label["name"]
            role = label["detail"] or ""
            if not (
                name in people.known
                or (
                    (label["title"] or _ROLE_NOUNS.intersection(role.lower().split()))
                    and self._is_person(name, label.start("name"))
                )
            ):
                return None  # a heading ("Key Rating Drivers:", "Cook Islands (Rarotonga):")
        if not name or not _NAMED.fullmatch(name):
            return None
        person = people.known.get(name)
        if person is None or person.kind != "person":
            last = name.split()[-1]
            aliases = (last,) if last != name else ()
            person = Speaker(name, "person", aliases=aliases, introduced=(start, end))
            people.know(name, person)
        return person

    def _by_capitals(self, label: re.Match[str], people: People) -> str | None:
        """Whom a label in capitals names: a person's name in its brackets (and, for a
        role's label, from then on), the name the header gives its role, or the name, last
        name, first name or initials of a person named before, when the label is used again
        and again."""
        said, detail = label["label"], label["detail"]
        role = said.lower()
        named = detail.partition(",")[0].strip() if detail else ""
        named = named.title() if named.isupper() else named
        if (
            named
            and _NAMED.fullmatch(named)
            and not _SCRIPT_NOTES.intersection(named.lower().split())
            and (" " in named or role in _TURN_ROLES)  # "Bernard" only as a caller's name
            and self._is_person(named, label.start("detail"))
        ):
            if role in _TURN_ROLES:
                self._roles[role] = named  # "HOST (MARCIA WHYTE)", and "HOST" after it
            return named
        if role in self._roles:
            return self._roles[role]
        if is_known(said):
            return None  # "UK:", "EU:"
        if (
            " " in said
            and (self._uses[said] >= _TURNS_OF_A_SPEAKER or self._uses[said.split()[-1]])
            and self._is_person(said.title(), label.start("label"))
        ):
            # a full name on a speaker's first turn, the last name after it ("DEVESH SOOKUN:",
            # then "SOOKUN:"), as the text spells it if it gave it before
            name = self._given_as(said, label.start()) or said.title()
            for form in _labels(name):
                self._speaking.setdefault(form, name)
            return name
        if said in self._speaking:
            return self._speaking[said]
        if self._uses[said] < _TURNS_OF_A_SPEAKER:
            return None
        return self._given_as(said, label.start())

    def _by_name(self, label: str, title: str | None, people: People, at: int) -> str | None:
        """Whom a label in a name's own capitals names: a person the text has introduced, by
        full name or by title and last name ("Dr Penhallow"), or a role's holder ("Chair")."""
        if label.lower() in self._roles:
            return self._roles[label.lower()]
        known = people.known.get(label)
        if known is not None:
            return known.name if known.kind == "person" else None
        if title is None or " " in label:
            return None  # "Capital Burden Shared:", a run-in heading
        return self._given_as(label.upper(), at)

    def _given_as(self, label: str, at: int) -> str | None:
        """The first person's name given before ``at`` that ``label`` (in capitals) may
        stand for."""
        for match in _A_NAME.finditer(self._text, self._read_to, at):
            name = match.group()
            # a name in capitals is a label or a heading, not a name given
            if not name.isupper() and self._is_person(name, match.start()):
                for form in _labels(name):
                    self._given.setdefault(form, name)
        self._read_to = max(self._read_to, at)
        return self._given.get(label)

    def _is_person(self, name: str, at: int) -> bool:
        """Whether ``name`` at ``at`` is a person's: only the names around it are looked at."""
        return _is_person_name(name, self._names_around(at, at + len(name)), at)


def _labels(name: str) -> tuple[str, str, str, str]:
    """The labels in capitals a transcript may give a person: name, last name, first name
    (a podcast's "HARUKA:"), initials."""
    words = name.split()
    initials = "".join(word[0] for word in words).upper()
    return name.upper(), words[-1].upper(), words[0].upper(), initials


def signature(text: str, start: int, end: int, names: list[Mention]) -> Speaker | None:
    """The person a line of its own under a letter names: a name alone ("Teina Marsters"),
    or with where they write from ("João Ferreira, Santarém")."""
    line = _A_NAME.fullmatch(text, start, end)
    if line is None:
        return signer(text, start, end, names)
    if line.group().isupper():
        return None  # "RATING SENSITIVITIES": a heading
    return _signing(line.group(), names, start, (start, end))


def signer(text: str, start: int, end: int, names: list[Mention]) -> Speaker | None:
    """The person a bare line names as who writes or speaks ("João Ferreira, Santarém"
    under a reader's letter; "SOUNDBITE: ALICIA BENÍTEZ, Paraguay's Minister" over a
    quotation), or None: a line that opens, perhaps after a script's label, with a person's
    name (in capitals or not) and a comma."""
    signed = _SIGNATURE.match(text, start, end)
    if signed is None:
        return None
    group = signed.lastgroup or "name"
    name = signed[group].title() if group == "capitals" else signed[group]
    return _signing(name, names, signed.start(group), (start, end))


def _signing(name: str, names: list[Mention], at: int, line: tuple[int, int]) -> Speaker | None:
    """The person who signs a line with ``name``, or None if it is no person's ("Staff
    Writer, Nairobi" signs as no one)."""
    if not _is_person_name(name, names, at) or _BYLINE.intersection(name.split()):
        return None
    return Speaker(name, "person", aliases=(name.split()[-1],), introduced=line)


def _subject(
    unit: str, match: re.Match[str], names: list[Mention], people: People, start: int
) -> Speaker | None:
    """The speaker a sentence's subject names: the source the pattern found and up to three
    words after it, the longest that names one ("Chilean diplomats went further,
    suggesting": "Chilean diplomats", not "Chilean")."""
    found, at = match.group("src"), start + match.start("src")
    after = _WORD_OR_NAME.findall(unit, match.end("src"), match.end("src") + 60)[:_SUBJECT_REACH]
    for more in range(len(after), 0, -1):
        candidate = " ".join([found, *after[:more]])
        if unit.startswith(candidate, match.start("src")):
            speaker = _speaker(candidate, at, names, people, True)
            if speaker is not None:
                return speaker
    return _speaker(found, at, names, people, True)


def _speaker(
    source: str, at: int, names: list[Mention], people: People, opens: bool = False
) -> Speaker | None:
    """What the words before or after a cue name as a speaker, or None if nothing does;
    ``opens`` when the source opens its sentence, where every word has a capital."""
    words = source.strip().split()
    if not words:
        return None
    lowered = [w.lower() for w in words]
    if len(words) == 1 and lowered[0] in PRONOUNS:
        if PRONOUNS[lowered[0]] == "person":
            return people.person_for(lowered[0])
        return people.last_group if PRONOUNS[lowered[0]] == "group" else people.last_body
    inside = [m for m in names if at <= m.start and m.end <= at + len(source)]
    if len(inside) == 1 and inside[0].text == source.strip() and not by_name(inside[0]):
        # "The company said", "the country says": the actor the description stands for
        return Speaker(inside[0].key, "actor", actor=inside[0].key)
    bare = words[:]
    while bare and (bare[0].lower() in _LEADING or bare[0] == "of"):
        bare = bare[1:]  # "One of the people"
    quantified = bool(words) and lowered[0] in _QUANTIFIERS
    if not bare:  # "Some warn": some of those last heard
        return people.last_group if quantified else None
    phrase = _BRACKETED.sub("", " ".join(bare))  # "the Industry Association (MSIA)"
    published = _author(phrase)
    if published is not None:
        kind, author = published
        written = _speaker(author, at + source.rfind(author), names, people)
        if written is not None:
            people.authors[kind] = written
            return written
    if lowered[0] == "the" and len(words) <= 4 and lowered[-1] in people.authors:
        return people.authors[lowered[-1]]  # "the report says", "The same study found"
    if len(words) == 2 and lowered[0] == "the" and lowered[1] in _ORGANISATION_WORDS:
        named = people.organisations.get(lowered[1])
        if named is not None:  # "the association said": the last one named so
            return Speaker(named, "actor", actor=named)
        body = people.last_body
        if lowered[1] in _GENERIC_BODIES and body is not None and body.kind in _BODY_KINDS:
            return body  # "The group also said": the organisation last heard
    if phrase in people.known and len(bare) <= 4:
        return people.known[phrase]
    if _MASTHEAD.fullmatch(phrase):
        return Speaker(phrase, "media")  # "the Cyprus Tribune warns"
    writing = lowered[0] == "its" and next(
        (n for n in (2, 1) if n < len(lowered) and " ".join(lowered[1 : 1 + n]) in _WRITINGS), 0
    )
    if writing:
        # "Its editorial says": the paper's; no more words ("Its front page calls")
        body = people.last_body if len(words) == 1 + writing else None
        return body if body is not None and body.kind == "media" else None
    if len(words) == 2 and lowered[0] == "the":
        titled = people.by_role(lowered[1])
        if titled is not None:  # "The minister said": the minister the text introduced
            return titled
    if len(bare) == 2 and bare[0].rstrip(".") in _HONORIFICS:
        given = people.by_given_name(bare[1])  # "Ms Kanya" after "Kanya Srisuwan"
        if given is not None:
            return given
    # A title before a person the text knows ("Mayor Kim Hye-jin said", "Deputy Minister of
    # Industry and Trade Tran Van Hai told reporters"): that person.
    for k in range(1, len(bare)):
        titled = people.known.get(" ".join(bare[k:]))
        if titled is not None:
            return titled
    # one actor, perhaps with its abbreviation after it ("Ports Association (APA)")
    if inside and inside[0].text == phrase and all(m.key == inside[0].key for m in inside):
        return Speaker(phrase, "actor", actor=inside[0].key)
    # "the Eurasia Freight Institute in Almaty": where a source is, is no part of its name
    located = _LOCATIVE.sub("", phrase)
    if located != phrase and inside and inside[0].text == located:
        return Speaker(located, "actor", actor=inside[0].key)
    if quantified and bare[0].lower() in ("in", "at", "within", "inside"):
        return Speaker(_lower_first(" ".join(words)), "group", affiliation=_first_key(inside))
    role_first = _ROLE_THEN_NAME.fullmatch(phrase)
    if (
        role_first is not None
        and role_first["role"]
        and role_first["role"].split()[-1].lower() in _ROLE_NOUNS
        and _is_person_name(role_first["name"], names, at + source.rfind(role_first["name"]))
    ):
        name = role_first["name"]
        return people.known.get(name) or Speaker(
            name,
            "person",
            affiliation=_first_key(inside) if role_first["works"] else None,
            role=role_first["role"].strip(),
            aliases=(name.split()[-1],),
        )
    if re.fullmatch(_NAME, phrase) and _is_person_name(phrase, names, at):
        return Speaker(phrase, "person", aliases=(bare[-1],))
    affiliated = _OF_AN_ORGANISATION.fullmatch(phrase)
    if affiliated is not None and _is_person_name(affiliated["name"], names, at):
        # "Marcus Hale of the Harwood Institute": a person and where they work
        name = affiliated["name"]
        return people.known.get(name) or Speaker(
            name,
            "person",
            affiliation=_first_key(inside),
            role=phrase[affiliated.end("name") :].strip(),
            aliases=(name.split()[-1],),
        )
    roled = _ROLED.fullmatch(phrase)
    if roled is not None and _is_person_name(
        roled["name"], names, at + source.rfind(phrase) + roled.start("name")
    ):
        name = roled["name"]
        return people.known.get(name) or Speaker(
            name, "person", role=roled["role"].strip(), aliases=(name.split()[-1],)
        )
    # "Orvane said", "Ridgeway estimated", "said Lopes": one word with a capital that the
    # text never introduced (people are introduced by their full names) names an
    # organisation; opening a sentence, it may be a plural noun ("Diplomats said")
    one_name = (
        len(bare) == 1 and len(phrase) > 2 and phrase[0].isupper() and phrase not in _NOT_NAMES
    )
    if one_name and not opens:
        return Speaker(phrase, "organisation")
    group = _group(phrase, inside)
    if group is None and one_name:
        return Speaker(phrase, "organisation")
    return group


def _author(phrase: str) -> tuple[str, str] | None:
    """What a source names as published and who wrote it ("an estimate by Namib Capital",
    "Meridian calculations"), or None if it names no publication."""
    by = _PUBLISHED_BY.match(phrase)
    if by is not None and phrase[by.end() :]:
        return by["published"].lower(), phrase[by.end() :]
    authors = _AUTHORS.fullmatch(phrase)
    if authors is None:
        return None
    return authors["published"].lower(), authors["author"]


def _group(phrase: str, inside: list[Mention]) -> Speaker | None:
    """An unnamed group, a document or a government body named by its head noun."""
    phrase = _BASED.sub("", phrase)
    phrase = re.sub(r"\s+in\s+\d{4}$", "", phrase)
    # Where the source is ("economists at the Kiel Institute") and what it knows ("people
    # familiar with the matter") are no part of its name; its head stands before its
    # complement ("defenders of the dams", "a spokesperson for the European Commission").
    name = _LOCATIVE.sub("", _FAMILIAR.sub("", phrase))
    head_phrase = _COMPLEMENT.split(name, maxsplit=1)[0]
    if not head_phrase:
        return None
    head = head_phrase.split()[-1].lower()
    singular = head[:-1] if head.endswith("s") and not head.endswith("ss") else head
    if head.endswith("ies"):
        singular = head[:-3] + "y"
    last_two = " ".join(head_phrase.split()[-2:]).lower()  # "foreign ministry", "central bank"
    if last_two in _GOVERNMENTS or singular in _GOVERNMENTS:
        return Speaker(_lower_first(name, inside), "government", affiliation=_first_key(inside))
    if last_two in _INSTITUTIONS or singular in _INSTITUTIONS:
        return Speaker(_lower_first(name, inside), "organisation", affiliation=_first_key(inside))
    if singular in _DOCUMENTS:
        return Speaker(_lower_first(name, inside), "document", affiliation=_first_key(inside))
    if singular in _GROUPS or _is_plural_noun(head_phrase, inside):
        return Speaker(_lower_first(name, inside), "group", affiliation=_first_key(inside))
    return None


def _is_plural_noun(phrase: str, inside: list[Mention]) -> bool:
    """Whether a short phrase ends in a plural common noun ("steelmakers", "European
    farmers"): the unnamed sources PARC annotates are not only those the lexicon lists."""
    words = phrase.split()
    head = words[-1]
    return (
        len(words) <= 3
        and len(head) > 3
        and head.isalpha()
        and head.endswith("s")
        and not head.endswith("ss")
        and not any(m.text == head for m in inside)
        and not (head[0].isupper() and len(words) > 1)
    )


def _lower_first(name: str, inside: list[Mention] | None = None) -> str:
    """The name as a reader writes it mid-sentence: "critics", but "Chinese officials" and
    "European Commission official"."""
    first = name.split()[0]
    if any(name.startswith(m.text) for m in inside or ()) or first.isupper():
        return name
    return name[0].lower() + name[1:]


def _first_key(inside: list[Mention]) -> str | None:
    return inside[0].key if inside else None


def _is_person_name(name: str, names: list[Mention], at: int) -> bool:
    """Whether capitalised words are a person's name: no word of it opens sentences or
    names a place or an organisation, and it does not end as a building's ("Moore
    Library")."""
    if any(word in _NOT_NAMES for word in name.split()) or name.split()[-1] in _FACILITIES:
        return False
    end = at + len(name)
    return not any(m.start < end and at < m.end for m in names)


def _affiliation(names: list[Mention], start: int, end: int) -> str | None:
    """The first place or organisation named in ``start..end``."""
    for mention in names:
        if start <= mention.start and mention.end <= end:
            return mention.key
    return None
