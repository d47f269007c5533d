"""The REFI-QDA project: read by an independent implementation (pyrefiqda, whose models are
generated from the standard's XML schema), deterministic, faithful to hostile text, and
imported back into the same dossier; and an import that trusts nothing it reads."""

from __future__ import annotations

import hashlib
import io
import json
import re
import struct
import xml.etree.ElementTree as ET
import zipfile
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import pytest
from helpers import run_cli
from hypothesis import given, settings
from hypothesis import strategies as st
from pyrefiqda import RefiCodebook, RefiProject
from qdpx_files import (
    NS,
    code_guid,
    edited,
    entries,
    exported,
    fixture,
    spans,
    with_project_file,
    write,
    zipped,
)
from typer.testing import CliRunner

from cismoa_cli import xmltext
from cismoa_cli.cli import app
from cismoa_cli.errors import DataError
from cismoa_cli.export.qdpx import FIXED_TIME, codebook_qdc, project_qdpx
from cismoa_cli.models import Dossier, Evidence, Voice
from cismoa_cli.qda.importing import dossier_json, import_project
from cismoa_cli.qdavocabulary import ITEM_FACETS, Facet, item_codes, item_type
from cismoa_cli.query import ImplicationFilter, select
from cismoa_cli.store import Loaded, load
from cismoa_cli.textio import to_json

# Characters XML 1.0 cannot hold at all, not even as character references.
NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def quotes_by_item(dossier: Dossier) -> dict[str, list[tuple[int, int, str]]]:
    return {
        item.id: [(e.start, e.end, e.quote) for e in item.evidence]
        for field, _, item in dossier.items()
        if field != "voices"  # a voice is a code of its own, not a coded span
    }


def read_independently(project: bytes, folder: Path) -> tuple[Any, str]:
    """The project as pyrefiqda reads it, and its one source's text as stored."""
    path = write(folder / "project.qdpx", project)
    parsed = RefiProject.load(path, extract_dir=str(folder / "unpacked"))
    (source,) = parsed.sources.text_source
    stored = RefiProject.resolve_source_path(source.plain_text_path, folder / "unpacked")
    return parsed, stored.read_bytes().decode("utf-8")


# --- an independent reader ----------------------------------------------------------------


@pytest.mark.parametrize("name", ["mini", "hostile"])
def test_an_independent_reader_finds_every_quote(tmp_path: Path, name: str) -> None:
    loaded = fixture(name)
    parsed, text = read_independently(exported(loaded), tmp_path)
    assert text == loaded.article
    (source,) = parsed.sources.text_source
    assert source.name == loaded.article_path.name
    found: dict[str, list[tuple[int, int, str]]] = {}
    for span in source.plain_text_selection:
        start, end = span.start_position, span.end_position
        found.setdefault(span.name, []).append((start, end, text[start:end]))
        assert span.description.startswith(f"{span.name} (")
        assert span.coding, "every span carries its item's facets"
    assert found == quotes_by_item(loaded.dossier)


def test_the_codebook_has_a_group_per_facet_and_a_code_per_value(tmp_path: Path) -> None:
    loaded = fixture("mini")
    parsed, _ = read_independently(exported(loaded), tmp_path)
    groups = {group.name: group for group in parsed.code_book.codes.code}
    assert list(groups) == [facet.value for facet in Facet]
    assert all(not group.is_codable for group in groups.values())
    assert [c.name for c in groups["actors"].code] == [a.name for a in loaded.dossier.actors]
    assert [c.name for c in groups["directions"].code] == ["benefit", "risk", "mixed", "neutral"]
    assert [c.name for c in groups["voices"].code] == ["article", "critics", "ALP", "BET"]
    assert [c.name for c in groups["hedges"].code] == ["could", "is expected to"]
    codes = {c.guid: (g.name, c.name) for g in groups.values() for c in g.code}
    imp1 = next(s for s in parsed.sources.text_source[0].plain_text_selection if s.name == "IMP-1")
    assert [codes[c.code_ref.target_guid] for c in imp1.coding] == [
        ("item types", "implication"),
        ("actors", "Alpha"),
        ("domains", "economy"),
        ("directions", "risk"),
        ("certainties", "possible"),
        ("horizons", "unspecified"),
        ("voices", "critics"),
        ("hedges", "could"),
    ]
    assert imp1.description == "IMP-1 (implication)\nCould hurt Alpha's farmers."


def test_relations_are_links_between_actor_codes(tmp_path: Path) -> None:
    loaded = fixture("mini")
    parsed, _ = read_independently(exported(loaded), tmp_path)
    actors = {c.guid: c.name for g in parsed.code_book.codes.code for c in g.code}
    (link,) = parsed.links.link
    assert (actors[link.origin_guid], actors[link.target_guid]) == ("Alpha", "Beta")
    assert link.name == "agreement (REL-1)"


def test_the_codebook_alone_has_the_projects_codes(tmp_path: Path) -> None:
    loaded = fixture("mini")
    selection = select(loaded.dossier, ImplicationFilter())
    codebook = RefiCodebook.load(write(tmp_path / "c.qdc", codebook_qdc(selection)))
    parsed, _ = read_independently(exported(loaded), tmp_path)

    def flat(groups: Any) -> list[tuple[str, str, str]]:
        return [(c.guid, g.name, c.name) for g in groups for c in g.code]

    assert flat(codebook.codes.code) == flat(parsed.code_book.codes.code)


def test_positions_count_code_points_not_utf16_units(tmp_path: Path) -> None:
    """An emoji (one code point, two UTF-16 units) before the quotes moves them by one."""
    loaded = with_emoji_before_the_quotes(tmp_path)
    parsed, text = read_independently(exported(loaded), tmp_path / "read")
    units = text.encode("utf-16-le")
    for span in parsed.sources.text_source[0].plain_text_selection:
        start, end = span.start_position, span.end_position
        quote = text[start:end]
        assert quote in [q for _, _, q in quotes_by_item(loaded.dossier)[span.name]]
        # Counted in UTF-16 units, the same numbers would cut the text one unit early.
        assert units[2 * start : 2 * end].decode("utf-16-le") != quote
    imported = import_project(exported(loaded), "emoji.qdpx")
    assert imported.dossier == loaded.dossier


def with_emoji_before_the_quotes(folder: Path) -> Loaded:
    """The mini dossier, its article with "🤝 " before its first sentence."""
    mini = fixture("mini")
    at = mini.article.index("Alpha has signed")
    article = mini.article[:at] + "🤝 " + mini.article[at:]
    data = json.loads(mini.path.read_text(encoding="utf-8"))
    for kind in ("actors", "interests", "relations", "implications"):
        for item in data[kind]:
            for evidence in item["evidence"]:
                evidence["start"] += 2
                evidence["end"] += 2
    data["source"]["sha256"] = hashlib.sha256(article.encode("utf-8")).hexdigest()
    (folder / "article.txt").write_text(article, encoding="utf-8")
    (folder / "claims.json").write_text(json.dumps(data), encoding="utf-8")
    return load(folder / "claims.json")


# --- the same bytes every time --------------------------------------------------------------


def test_the_same_dossier_gives_the_same_bytes() -> None:
    loaded = fixture("mini")
    first = exported(loaded)
    assert exported(fixture("mini")) == first
    with zipfile.ZipFile(io.BytesIO(first)) as archive:
        infos = archive.infolist()
    assert [i.filename for i in infos] == sorted(i.filename for i in infos)
    assert infos[0].filename == "project.qde"
    assert re.fullmatch(r"sources/[0-9a-f-]{36}\.txt", infos[1].filename)
    assert {i.date_time for i in infos} == {FIXED_TIME.timetuple()[:6]}


def test_the_timestamp_is_a_parameter() -> None:
    loaded = fixture("mini")
    selection = select(loaded.dossier, ImplicationFilter())
    when = datetime(2024, 5, 6, 7, 8, 10, tzinfo=timezone.utc)
    project = project_qdpx(selection, loaded.article, "article.txt", timestamp=when)
    root = ET.fromstring(entries(project)["project.qde"])
    assert root.get("creationDateTime") == "2024-05-06T07:08:10Z"
    with zipfile.ZipFile(io.BytesIO(project)) as archive:
        assert {i.date_time for i in archive.infolist()} == {(2024, 5, 6, 7, 8, 10)}
    # Only the times differ: the GUIDs come from the dossier.
    fixed = entries(exported(loaded))["project.qde"].decode()
    assert re.sub(r'DateTime="[^"]*"', "", fixed) == re.sub(
        r'DateTime="[^"]*"', "", entries(project)["project.qde"].decode()
    )


# --- hostile text ---------------------------------------------------------------------------


def test_hostile_text_is_escaped_and_forbidden_characters_follow_the_rule(tmp_path: Path) -> None:
    loaded = fixture("hostile")
    xml = entries(exported(loaded))["project.qde"].decode("utf-8")
    assert not NOT_XML.search(xml)
    root = ET.fromstring(xml)  # well formed: markup in the data stayed text
    assert not root.findall(".//script") and not root.findall(".//{*}script")
    alpha = next(c for c in root.iterfind(".//q:Code", NS) if c.get("name", "").startswith("Alpha"))
    # ESC and BEL, which XML 1.0 cannot carry, are written as their Control Pictures...
    assert "\u241b]0;title\u2407" in alpha.get("name", "")
    # ...and read back exactly, as are CR, the C1 control and the bidi override.
    assert xmltext.decode(alpha.get("name", "")) == loaded.dossier.actors[0].name
    described = {s.get("name"): s.find("q:Description", NS) for s in spans(root)}
    imp1 = described["IMP-1"]
    assert imp1 is not None and imp1.text is not None
    assert (
        xmltext.decode(imp1.text)
        == f"IMP-1 (implication)\n{loaded.dossier.implications[0].statement}"
    )


@pytest.mark.parametrize("name", ["mini", "hostile"])
def test_export_then_import_gives_the_same_dossier(name: str) -> None:
    loaded = fixture(name)
    imported = import_project(exported(loaded), "project.qdpx")
    assert imported.dossier == loaded.dossier
    assert imported.article == loaded.article
    assert imported.notes == []
    written = dossier_json(imported.dossier)
    assert written == to_json(loaded.dossier.model_dump())  # the default domains left out
    assert '"domains"' not in written and '"$schema"' not in written


def test_the_text_rule_round_trips_and_yields_only_xml_characters() -> None:
    for char, written in [("\x1b", "\u241b"), ("\x00", "\u2400"), ("\ufffe", "\ue000FFFE")]:
        assert xmltext.encode(char) == written
    # A genuine Control Picture or private-use mark stays itself, not a control.
    for text in ["\u241b", "\ue000", "\ue000FFFE", "\u241b\x1b", "\t\n\r\x85\u202e"]:
        assert xmltext.decode(xmltext.encode(text)) == text


# Any character, with the ones the rule is about (controls, their Control Pictures, the
# private-use mark, noncharacters and lone surrogates) drawn far more often than by chance.
ANY_CHARACTER = st.one_of(
    st.characters(codec=None),
    st.characters(categories=["Cs"]),
    st.sampled_from("\x00\x1b\x07\t\n\r\x85\u2400\u241b\u2409\ue000\ufffe\uffffF0"),
)


@settings(max_examples=300, deadline=None)
@given(st.text(ANY_CHARACTER, max_size=30))
def test_any_text_survives_the_xml_rule(text: str) -> None:
    encoded = xmltext.encode(text)
    assert not NOT_XML.search(encoded)
    assert xmltext.decode(encoded) == text


# --- the import trusts nothing ----------------------------------------------------------------


BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE Project [
  <!ENTITY lol "lol">
  <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
  <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
  <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
  <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
  <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
  <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
  <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
  <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
  <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<Project xmlns="urn:QDA-XML:project:1.0" name="&lol9;"/>
"""


def project_reading(secret: Path) -> bytes:
    """A project whose title and description would be the secret file's text."""
    return f"""<?xml version="1.0"?>
<!DOCTYPE Project [<!ENTITY secret SYSTEM "file://{secret}">]>
<Project xmlns="urn:QDA-XML:project:1.0" name="&secret;"><Description>&secret;</Description>
</Project>
""".encode()


def test_an_entity_bomb_is_refused_unexpanded(tmp_path: Path) -> None:
    project = with_project_file(exported(fixture("mini")), BILLION_LAUGHS)
    with pytest.raises(DataError, match="DOCTYPE") as refused:
        import_project(project, "bomb.qdpx")
    assert "lol" not in str(refused.value)
    target = tmp_path / "out.json"
    shown = run_cli(
        "import", "qdpx", str(write(tmp_path / "bomb.qdpx", project)), "-o", str(target)
    )
    assert shown.code == 1 and "refused" in shown.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bomb.qdpx"]


def test_an_external_entity_is_never_read(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-d41d8cd98f00", encoding="utf-8")
    project = with_project_file(exported(fixture("mini")), project_reading(secret))
    path = write(tmp_path / "xxe.qdpx", project)
    shown = run_cli("import", "qdpx", str(path), "-o", str(tmp_path / "out.json"))
    assert shown.code == 1 and "DOCTYPE" in shown.stderr
    assert "TOP-SECRET" not in shown.stdout + shown.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["secret.txt", "xxe.qdpx"]


UNSAFE_NAMES = [
    "../escape.txt",
    "sources/../../escape.txt",
    "/etc/escape.txt",
    "C:/escape.txt",
    "sources\\..\\escape.txt",
]


@pytest.mark.parametrize("name", UNSAFE_NAMES)
def test_an_entry_that_would_leave_the_folder_is_refused(tmp_path: Path, name: str) -> None:
    project = zipped({**entries(exported(fixture("mini"))), name: b"x"})
    path = write(tmp_path / "evil.qdpx", project)
    shown = run_cli("import", "qdpx", str(path), "-o", str(tmp_path / "out.json"))
    assert shown.code == 1 and "outside the project's folder" in shown.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["evil.qdpx"]
    assert not (tmp_path.parent / "escape.txt").exists()


def test_an_archive_that_unpacks_too_large_is_refused() -> None:
    project = exported(fixture("mini"))
    with pytest.raises(DataError, match="would unpack to"):
        import_project(project, "big.qdpx", max_bytes=1000)


def test_an_entry_larger_than_its_header_says_is_refused() -> None:
    """The bytes read, not the size declared, are what count."""
    files = entries(exported(fixture("mini")))
    project = bytearray(zipped(files))
    real = len(files["project.qde"])
    for signature, offset in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):
        at = project.index(signature)  # project.qde is the first entry
        assert struct.unpack_from("<I", project, at + offset)[0] == real
        struct.pack_into("<I", project, at + offset, 100)
    with pytest.raises(DataError, match=r"project\.qde"):
        import_project(bytes(project), "lying.qdpx", max_bytes=real - 1)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"not a zip", "not a REFI-QDA project"),
        (zipped({"readme.txt": b"hello"}), "holds no project.qde"),
        (zipped({"project.qde": b"<Project>"}), "invalid XML"),
        (zipped({"project.qde": b"<Project/>"}), "not a REFI-QDA Project"),
    ],
)
def test_what_is_not_a_project_says_so(data: bytes, message: str) -> None:
    with pytest.raises(DataError, match=message):
        import_project(data, "x.qdpx")


# --- a project edited in a QDA tool ---------------------------------------------------------


def q(name: str) -> str:
    """An element name in the project's namespace."""
    return f"{{{NS['q']}}}{name}"


def test_edits_come_back_and_what_the_dossier_cannot_hold_is_listed(tmp_path: Path) -> None:
    loaded = fixture("mini")

    def edit(root: ET.Element) -> None:
        by_name = {s.get("name"): s for s in spans(root)}
        # A coder decides IMP-1 is a benefit after all...
        risk, benefit = (code_guid(root, "directions", d) for d in ("risk", "benefit"))
        for ref in by_name["IMP-1"].iterfind("q:Coding/q:CodeRef", NS):
            if ref.get("targetGUID") == risk:
                ref.set("targetGUID", benefit)
        # ...widens INT-1's quote by one word to the left...
        by_name["INT-1"].set("startPosition", str(loaded.article.index("Beta wants") - 6))
        # ...codes a span with a code of their own, and adds a span no item claims.
        codes, source = root.find("q:CodeBook/q:Codes", NS), root.find("q:Sources/q:TextSource", NS)
        assert codes is not None and source is not None
        theme = "0b5e0a44-0000-4000-8000-000000000001"
        ET.SubElement(codes, q("Code"), guid=theme, name="my themes", isCodable="true")
        coding = ET.SubElement(by_name["IMP-2"], q("Coding"), guid=theme)
        ET.SubElement(coding, q("CodeRef"), targetGUID=theme)
        unclaimed = {"startPosition": "0", "endPosition": "5"}
        source.insert(0, ET.Element(q("PlainTextSelection"), unclaimed, guid=theme[:-1] + "2"))
        ET.SubElement(root, q("Sets"))

    project = write(tmp_path / "edited.qdpx", edited(exported(loaded), edit))
    target = tmp_path / "back.json"
    shown = run_cli("import", "qdpx", str(project), "-o", str(target))
    assert shown.code == 0, shown.stderr
    back = load(target).dossier  # every check passes on what was written
    imp1 = next(i for i in back.implications if i.id == "IMP-1")
    assert imp1.direction.value == "benefit"
    (widened,) = back.interests[0].evidence
    assert widened.quote == "both. Beta wants new markets."
    assert loaded.article[widened.start : widened.end] == widened.quote
    notes = shown.stderr
    assert "the code group 'my themes' (0 codes under it) is not one of cismoa's facets" in notes
    assert "1 span coded with 'my themes' lost that code" in notes
    assert "the span 0..5 ('Alpha') does not start its description with 'ID (kind)'" in notes
    assert "the project's sets (1) have no place in a dossier" in notes
    assert (tmp_path / "back.txt").read_text(encoding="utf-8") == loaded.article


def test_a_span_described_with_an_items_id_is_a_new_quote_of_it() -> None:
    loaded = fixture("mini")
    start = loaded.article.index("The pact is")
    end = start + len("The pact")

    def edit(root: ET.Element) -> None:
        source = root.find("q:Sources/q:TextSource", NS)
        assert source is not None
        span = ET.Element(
            q("PlainTextSelection"),
            guid="0b5e0a44-0000-4000-8000-000000000003",
            startPosition=str(start),
            endPosition=str(end),
        )
        ET.SubElement(span, q("Description")).text = "IMP-2 (implication)"
        source.insert(0, span)  # as a tool that sorts spans by position would

    imported = import_project(edited(exported(loaded), edit), "edited.qdpx")
    back = imported.dossier
    imp2 = next(i for i in back.implications if i.id == "IMP-2")
    assert imp2 == loaded.dossier.implications[1].model_copy(
        update={
            "evidence": (
                Evidence(quote="The pact", start=start, end=end),
                *loaded.dossier.implications[1].evidence,
            )
        }
    )
    assert imported.notes == []


def test_an_item_left_without_its_facets_is_listed_not_guessed(tmp_path: Path) -> None:
    loaded = fixture("mini")

    def edit(root: ET.Element) -> None:
        imp2 = next(s for s in spans(root) if s.get("name") == "IMP-2")
        economy = code_guid(root, "domains", "economy")
        for coding in imp2.findall("q:Coding", NS):
            ref = coding.find("q:CodeRef", NS)
            if ref is not None and ref.get("targetGUID") == economy:
                imp2.remove(coding)

    imported = import_project(edited(exported(loaded), edit), "edited.qdpx")
    assert [i.id for i in imported.dossier.implications] == ["IMP-1"]
    assert "IMP-2: needs one code from 'domains', has 0; not imported" in imported.notes


# --- the command line -----------------------------------------------------------------------


def test_export_qdpx_refuses_a_terminal() -> None:
    env = {"FORCE_COLOR": "1", "TERM": "xterm-256color", "NO_COLOR": ""}
    shown = run_cli("--data", str(fixture("mini").path), "export", "qdpx", env=env)
    assert shown.code == 2
    assert "add -o FILE" in shown.stderr and shown.stdout == ""


def test_export_qdpx_to_a_pipe_or_a_file_gives_the_same_bytes(tmp_path: Path) -> None:
    data = str(fixture("mini").path)
    piped = CliRunner().invoke(app, ["--data", data, "export", "qdpx"], catch_exceptions=False)
    assert piped.exit_code == 0
    target = tmp_path / "mini.qdpx"
    shown = run_cli("--data", data, "export", "qdpx", "-o", str(target))
    assert shown.code == 0 and f"wrote {target}" in shown.stderr
    assert target.read_bytes() == piped.stdout_bytes == exported(fixture("mini"))


def test_now_stamps_the_project_with_the_current_time(tmp_path: Path) -> None:
    target = tmp_path / "now.qdpx"
    data = str(fixture("mini").path)
    assert run_cli("--data", data, "export", "qdpx", "--now", "-o", str(target)).code == 0
    stamp = ET.fromstring(entries(target.read_bytes())["project.qde"]).get("creationDateTime")
    assert stamp is not None
    written = datetime.strptime(stamp, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)
    assert abs(datetime.now(timezone.utc) - written).total_seconds() < 3600
    assert run_cli("--data", data, "export", "markdown", "--now").code == 2


def test_export_qdc_is_the_codebook() -> None:
    shown = run_cli("--data", str(fixture("mini").path), "export", "qdc")
    assert shown.code == 0
    root = ET.fromstring(shown.stdout)
    assert root.tag == "{urn:QDA-XML:codebook:1.0}CodeBook"
    assert [c.get("name") for c in root.findall("{*}Codes/{*}Code")] == [f.value for f in Facet]


def test_import_writes_the_dossier_and_its_article_and_never_overwrites(tmp_path: Path) -> None:
    loaded = fixture("mini")
    project = write(tmp_path / "mini.qdpx", exported(loaded))
    out = tmp_path / "out"
    out.mkdir()
    target = out / "dossier.json"
    shown = run_cli("import", "qdpx", str(project), "-o", str(target))
    assert shown.code == 0, shown.stderr
    assert f"wrote {target} and its article {out / 'dossier.txt'}" in shown.stderr
    assert load(target).dossier == loaded.dossier.model_copy(update={"article": "dossier.txt"})
    assert json.loads(target.read_text(encoding="utf-8"))["article"] == "dossier.txt"
    # Again: the article is the same, so it is kept; the dossier is not replaced.
    target.write_text("mine", encoding="utf-8")
    again = run_cli("import", "qdpx", str(project), "-o", str(target))
    assert again.code == 1 and "already exists; add --force" in again.stderr
    assert target.read_text(encoding="utf-8") == "mine"
    (out / "dossier.txt").write_text("another article", encoding="utf-8")
    target.unlink()
    refused = run_cli("import", "qdpx", str(project), "-o", str(target))
    assert refused.code == 1 and "dossier.txt: already exists" in refused.stderr
    assert not target.exists()
    forced = run_cli("import", "qdpx", str(project), "-o", str(target), "--force")
    assert forced.code == 0
    assert load(target).article == loaded.article


@pytest.mark.parametrize("name", ["mini", "hostile"])
def test_every_item_is_coded_with_exactly_its_kinds_facets(name: str) -> None:
    for _, _, item in fixture(name).dossier.items():
        if isinstance(item, Voice):
            continue  # a voice is a code, not a coded span
        facets = {facet for facet, _ in item_codes(item)}
        wanted = ITEM_FACETS[item_type(item)]
        optional = {Facet.HEDGES, Facet.CONDITIONS}  # coded only when the item has one
        assert wanted - optional <= facets <= wanted
