"""How well `cismoa draft` reads articles it was not written from, against hand-made keys.

For each article in tests/draft_articles (key: NAME.key.json, written before the drafter)
and for the bundled article (key: data/claims.json), it prints:

- claim-sentence recall and precision: a key sentence is found when a drafted implication's
  evidence overlaps it; a drafted implication is right when it overlaps a key sentence;
- on the sentences found (the first drafted implication on each): the share with the right
  voice, certainty, affected actors (the same set; sentences whose key names no actor are
  left out) and direction;
- the key actors drafted exactly once (a drafted actor is the key actor when a name or
  alias of one is a name or alias of the other, in any case).

A voice is right when the drafted voice's name (or alias) is one the key accepts, compared
without case, leading articles or a plural "s"; an unnamed group is also right when the
key's words all stand in the drafted name with the same head ("official" and "senior
official"). For the bundled key, a sentence cited by several implications accepts the
values of any of them.

With --wrong it lists each value it got wrong; with --speed it also times a 400-word
article and the drafter's growth from 1 MB to 5 MB. With --agreement it scores, instead of the
drafter, a second reader's independent key (tests/draft_articles/second_readings) against the
first reader's, by the same measures, and pools them: how far two careful readers agree. With
--bearers it says where the key's bearers of each claim whose affected actors are wrong
stand: an actor the draft does not have; all drafted and named in the claim's sentence (a
choice among its names went wrong); or one drafted but not named there (only a reading of
the text around the sentence finds it).

    .venv/bin/python benchmarks/draft.py [--wrong] [--speed] [--agreement] [--bearers]
"""

from __future__ import annotations

import json
import re
import sys
import time
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

from cismoa_cli.article import sentences
from cismoa_cli.draft import propose

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = ROOT / "tests" / "draft_articles"
SECOND_READINGS = ARTICLES / "second_readings"


@dataclass(frozen=True)
class KeyClaim:
    start: int
    end: int
    voices: frozenset[str]
    certainty: frozenset[str]
    affects: tuple[frozenset[str], ...]  # accepted sets of key actor names
    direction: frozenset[str]


@dataclass(frozen=True)
class Key:
    name: str
    text: str
    actors: dict[str, frozenset[str]]  # key actor name -> every name it goes by, folded
    claims: list[KeyClaim]


def _fold(name: str) -> str:
    words = name.casefold().replace("\u2019", "'").split()
    while words and words[0] in ("the", "a", "an", "one"):
        words = words[1:]
    if words and words[-1].endswith("s") and len(words[-1]) > 3:
        words[-1] = words[-1][:-1]
    return " ".join(words)


def load_keys() -> list[Key]:
    keys = []
    for path in sorted(ARTICLES.glob("*.key.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        text = (ARTICLES / data["article"]).read_text(encoding="utf-8")
        actors = {
            a["name"]: frozenset(_fold(n) for n in [a["name"], *a["aliases"]])
            for a in data["actors"]
        }
        claims = []
        for claim in data["claims"]:
            start = text.index(claim["sentence"])
            voice = claim["voice"]
            voices = [voice] if isinstance(voice, str) else voice
            claims.append(
                KeyClaim(
                    start,
                    start + len(claim["sentence"]),
                    frozenset(voices),
                    frozenset([claim["certainty"]]),
                    (frozenset(claim["affects"]),),
                    frozenset([claim["direction"]]),
                )
            )
        keys.append(Key(path.stem.removesuffix(".key"), text, actors, claims))
    keys.append(_bundled())
    return keys


def _bundled() -> Key:
    data = json.loads((ROOT / "data" / "claims.json").read_text(encoding="utf-8"))
    text = (ROOT / "data" / "article.txt").read_text(encoding="utf-8")
    names = {a["id"]: a["name"] for a in data["actors"]}
    actors = {
        a["name"]: frozenset(_fold(n) for n in [a["name"], *a["aliases"]]) for a in data["actors"]
    }
    by_sentence: dict[tuple[int, int], list[dict[str, Any]]] = {}
    spans = sentences(text)
    for item in data["implications"]:
        for evidence in item["evidence"]:
            for s in spans:
                if s.start < evidence["end"] and evidence["start"] < s.end:
                    by_sentence.setdefault((s.start, s.end), []).append(item)
    claims = []
    for (start, end), items in sorted(by_sentence.items()):
        claims.append(
            KeyClaim(
                start,
                end,
                frozenset(names.get(i["asserted_by"], i["asserted_by"]) for i in items),
                frozenset(i["certainty"] for i in items),
                tuple(frozenset(names[a] for a in i["affects"]) for i in items),
                frozenset(i["direction"] for i in items),
            )
        )
    return Key("bundled (data/claims.json)", text, actors, claims)


@dataclass
class Score:
    name: str
    key_claims: int = 0
    found: int = 0
    drafted: int = 0
    right_drafts: int = 0
    voice: int = 0
    certainty: int = 0
    affects: int = 0
    affects_scored: int = 0
    # where the bearers of a claim whose affected actors are wrong stand: one no drafted
    # actor; all drafted and named in its sentence; all drafted, one named only elsewhere
    bearers_named: int = 0
    bearers_elsewhere: int = 0
    bearers_undrafted: int = 0
    direction: int = 0
    key_actors: int = 0
    actors_once: int = 0
    misses: tuple[str, ...] = ()
    wrong: tuple[str, ...] = ()

    def row(self) -> str:
        def share(n: int, d: int) -> str:
            return f"{n / d:.2f} ({n}/{d})" if d else "-"

        return (
            f"| {self.name} | {share(self.found, self.key_claims)} "
            f"| {share(self.right_drafts, self.drafted)} | {share(self.voice, self.found)} "
            f"| {share(self.certainty, self.found)} "
            f"| {share(self.affects, self.affects_scored)} "
            f"| {share(self.direction, self.found)} "
            f"| {share(self.actors_once, self.key_actors)} |"
        )


def pooled(name: str, scores: list[Score]) -> Score:
    """The counts of ``scores`` added up, as one article's."""
    total = Score(name)
    for field in fields(Score):
        if isinstance(getattr(total, field.name), int):  # the counts, not the name or lists
            setattr(total, field.name, sum(getattr(s, field.name) for s in scores))
    return total


def as_draft(reading: dict[str, Any], text: str) -> dict[str, Any]:
    """A key in the shape of a draft, each claim an implication whose evidence is its
    sentence and whose voice accepts the names the key accepts: to score one reader's key
    against another's as the drafter's draft is scored."""
    voices = []
    implications = []
    for n, claim in enumerate(reading["claims"]):
        start = text.index(claim["sentence"])
        names = [claim["voice"]] if isinstance(claim["voice"], str) else claim["voice"]
        voices.append({"id": f"voice-{n}", "name": names[0], "aliases": names[1:]})
        implications.append(
            {
                "evidence": [{"start": start, "end": start + len(claim["sentence"])}],
                "asserted_by": f"voice-{n}",
                "certainty": claim["certainty"],
                "affects": claim["affects"],
                "direction": claim["direction"],
            }
        )
    actors = [
        {"id": a["name"], "name": a["name"], "aliases": a["aliases"]} for a in reading["actors"]
    ]
    return {"actors": actors, "voices": voices, "implications": implications}


def score(key: Key, drafted: dict[str, Any]) -> Score:
    """How ``drafted`` (a draft, or a key as one) reads ``key``'s article against it."""
    actor_names = {
        a["id"]: frozenset(_fold(n) for n in [a["name"], *a["aliases"]]) for a in drafted["actors"]
    }
    voice_names = {
        v["id"]: frozenset(_fold(n) for n in [v["name"], *v["aliases"]]) for v in drafted["voices"]
    }
    voice_names["article"] = frozenset(["article"])

    def key_actor(actor_id: str) -> str:
        for name, forms in key.actors.items():
            if forms & actor_names[actor_id]:
                return name
        return actor_id

    result = Score(key.name, key_claims=len(key.claims), key_actors=len(key.actors))
    drafted_actors = {key_actor(a) for a in actor_names}  # the key's names of drafted actors
    implications = drafted["implications"]
    result.drafted = len(implications)

    def overlaps(item: dict[str, Any], claim: KeyClaim) -> bool:
        return any(e["start"] < claim.end and claim.start < e["end"] for e in item["evidence"])

    result.right_drafts = sum(1 for i in implications if any(overlaps(i, c) for c in key.claims))
    misses: list[str] = []
    wrong: list[str] = []
    for claim in key.claims:
        item = next((i for i in implications if overlaps(i, claim)), None)
        if item is None:
            misses.append(key.text[claim.start : claim.end][:70])
            continue
        result.found += 1
        said_by = voice_names.get(item["asserted_by"]) or actor_names[item["asserted_by"]]
        checks = {
            "voice": any(_voice_matches(v, said_by) for v in claim.voices),
            "certainty": item["certainty"] in claim.certainty,
            "direction": item["direction"] in claim.direction,
        }
        if any(claim.affects):
            result.affects_scored += 1
            affected = frozenset(key_actor(a) for a in item["affects"])
            checks["affects"] = affected in claim.affects
            result.affects += checks["affects"]
            if not checks["affects"]:
                _place_bearers(result, key, claim, drafted_actors)
        result.voice += checks["voice"]
        result.certainty += checks["certainty"]
        result.direction += checks["direction"]
        for what, right in checks.items():
            if not right:
                drafted_value = item["asserted_by"] if what == "voice" else item[what]
                wrong.append(f"{what}: {drafted_value} for {key.text[claim.start : claim.end]}")
    result.misses = tuple(misses)
    result.wrong = tuple(wrong)
    for forms in key.actors.values():
        result.actors_once += sum(1 for names in actor_names.values() if forms & names) == 1
    return result


def _place_bearers(result: Score, key: Key, claim: KeyClaim, drafted: set[str]) -> None:
    """Count a claim whose affected actors are wrong by where its key's bearers stand: an
    actor the draft lacks, a choice among the names its sentence gives, or a reading of the
    text around it."""
    bearers = claim.affects[0]
    sentence = key.text[claim.start : claim.end].casefold().replace("\u2019", "'")
    if not bearers <= drafted:
        result.bearers_undrafted += 1
    elif all(sentence_names(sentence, key.actors[bearer]) for bearer in bearers):
        result.bearers_named += 1
    else:
        result.bearers_elsewhere += 1


def sentence_names(sentence: str, forms: frozenset[str]) -> bool:
    """Whether a folded sentence names an actor by one of its folded forms, as whole words
    (a plural or a possessive after it)."""
    return any(re.search(rf"(?<!\w){re.escape(form)}(?:s|'s)?(?!\w)", sentence) for form in forms)


def bearers(scores: list[Score]) -> str:
    """Where the bearers of the claims whose affected actors are wrong stand, pooled."""
    total = pooled("pooled", scores)
    wrong = total.affects_scored - total.affects
    return (
        f"- affected actors wrong on {wrong} of {total.affects_scored} claims: a bearer the "
        f"draft does not have on {total.bearers_undrafted}; every bearer drafted and named "
        f"in the sentence on {total.bearers_named} (a choice among its names); a drafted "
        f"bearer the sentence does not name on {total.bearers_elsewhere} (a reading of the "
        "text around it)"
    )


def _voice_matches(key_voice: str, drafted: frozenset[str]) -> bool:
    wanted = _fold(key_voice)
    if wanted in drafted:
        return True
    words = wanted.split()
    return any(
        name.split()[-1:] == words[-1:] and set(words) <= set(name.split()) for name in drafted
    )


def speed() -> list[str]:
    text = (ARTICLES / "wire_trade.txt").read_text(encoding="utf-8")
    words = len(text.split())
    best = min(_timed(text) for _ in range(5))
    lines = [f"- one article of {words} words: {best * 1000:.0f} ms (best of 5, processor time)"]
    corpus = "\n\n".join(
        (ARTICLES / name).read_text(encoding="utf-8")
        for name in ("wire_trade.txt", "oped_energy.txt", "brief_water.txt", "passive_pact.txt")
    )
    times = {}
    for megabytes in (1, 5):
        size = megabytes * 1_000_000
        big = (corpus * (size // len(corpus) + 1))[:size]
        times[megabytes] = _timed(big)
        lines.append(f"- {megabytes} MB: {times[megabytes]:.1f} s")
    lines.append(f"- 5 MB / 1 MB: {times[5] / times[1]:.2f} (5.00 is linear)")
    # One sentence, without an end, of names, verbs of saying and "whether": the worst case
    # for the per-unit work.
    phrase = "China said whether Pakistan, the U.S. and Beijing could lose, critics argue, "
    hostile = {}
    for size in (200_000, 1_000_000):
        hostile[size] = _timed((phrase * (size // len(phrase) + 1))[:size] + ".")
    lines.append(
        f"- one sentence of 0.2 MB / 1 MB of names and verbs of saying: "
        f"{hostile[200_000]:.1f} s / {hostile[1_000_000]:.1f} s, ratio "
        f"{hostile[1_000_000] / hostile[200_000]:.2f} (5.00 is linear)"
    )
    # A run of capitalised words with no organisation's head word: each word starts a walk.
    capitals = {
        size: _timed("Word " * (size // 5) + "said China may lose.") for size in (50_000, 250_000)
    }
    lines.append(
        f"- a run of capitalised words, 50 KB / 250 KB: {capitals[50_000]:.1f} s / "
        f"{capitals[250_000]:.1f} s, ratio {capitals[250_000] / capitals[50_000]:.2f} "
        "(5.00 is linear)"
    )
    return lines


def _timed(text: str) -> float:
    """The processor time of one draft: on a machine shared with other work, wall time
    measures the others as much as the drafter."""
    began = time.process_time()
    propose(text)
    return time.process_time() - began


def agreement(keys: list[Key]) -> list[Score]:
    """Each second reading scored against the first key of its article."""
    first = {key.name: key for key in keys}
    scores = []
    for path in sorted(SECOND_READINGS.glob("*.key.json")):
        reading = json.loads(path.read_text(encoding="utf-8"))
        key = first[path.stem.removesuffix(".key")]
        scores.append(score(key, as_draft(reading, key.text)))
    return [*scores, pooled("pooled", scores)]


def main() -> None:
    print(
        "| article | recall | precision | voice | certainty | affects | direction | actors once |"
    )
    print("| --- | --- | --- | --- | --- | --- | --- | --- |")
    keys = load_keys()
    if "--agreement" in sys.argv[1:]:
        scores = agreement(keys)
    else:
        scores = [score(key, propose(key.text)) for key in keys]
    for result in scores:
        print(result.row())
    for result in scores:
        for miss in result.misses:
            print(f"missed in {result.name}: {miss}")
    if "--wrong" in sys.argv[1:]:
        for result in scores:
            for line in result.wrong:
                print(f"wrong in {result.name}: {line}")
    if "--bearers" in sys.argv[1:]:
        print(bearers([s for s in scores if s.name != "pooled"]))
    if "--speed" in sys.argv[1:]:
        print("\n".join(speed()))


if __name__ == "__main__":
    try:
        main()
    except BrokenPipeError:  # piped into head
        sys.stderr.close()
