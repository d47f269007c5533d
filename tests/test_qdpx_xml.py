"""The project's XML both ways: read as a stream within documented limits, every malformed
value a data error at its place; written as a stream, the same bytes as ever."""

from __future__ import annotations

import hashlib
import io
import re
import tracemalloc
import uuid
import zipfile
from pathlib import Path

import pytest
from helpers import run_cli
from qdpx_files import entries, exported, fixture, with_project_file, write

from cismoa_cli.errors import DataError
from cismoa_cli.export.qdpx import codebook_qdc
from cismoa_cli.qda import projectxml
from cismoa_cli.qda.importing import import_project
from cismoa_cli.qdavocabulary import GUID_NAMESPACE, Facet, Guids
from cismoa_cli.query import ImplicationFilter, select
from cismoa_cli.xmltext import XmlWriter

MINI = exported(fixture("mini"))
QDE = entries(MINI)["project.qde"].decode("utf-8")
PLACE = re.compile(r"^p\.qdpx: project\.qde:\d+:\d+: ")


def project_with(qde: str) -> bytes:
    return with_project_file(MINI, qde.encode("utf-8"))


def replaced(old: str, new: str) -> str:
    assert old in QDE
    return QDE.replace(old, new, 1)


def refusal(qde: str, tmp_path: Path) -> str:
    """The one line ``cismoa import qdpx`` prints for this project, which it refuses."""
    project = write(tmp_path / "p.qdpx", project_with(qde))
    shown = run_cli("import", "qdpx", project, "-o", tmp_path / "out" / "d.json")
    assert shown.code == 1, shown.stderr
    (line,) = shown.stderr.strip().splitlines()
    assert "internal error" not in line
    assert not (tmp_path / "out").exists()
    return line.removeprefix(f"cismoa: error: {tmp_path}/")


DIGITS = "9" * 5000
POSITION_CASES = {
    "5,000 digits": f'startPosition="{DIGITS}"',
    "5,000 digits at the end": f'endPosition="{DIGITS}"',
    "19 digits": 'startPosition="1000000000000000000"',
    "negative": 'startPosition="-4"',
    "not a number": 'startPosition="four"',
    "an exponent": 'startPosition="1e3"',
    "a space": 'startPosition=" 4"',
    "other digits": 'startPosition="\u0664"',
    "empty": 'startPosition=""',
}


@pytest.mark.parametrize("case", list(POSITION_CASES))
def test_a_malformed_position_is_a_data_error_at_its_place(tmp_path: Path, case: str) -> None:
    attribute = POSITION_CASES[case].split("=")[0]
    qde = re.sub(f'{attribute}="[0-9]+"', POSITION_CASES[case], QDE, count=1)
    line = refusal(qde, tmp_path)
    assert PLACE.match(line), line
    assert f"the PlainTextSelection's {attribute}" in line and "is not a position" in line
    assert len(line) < 300  # the value is cut short, not printed whole


def test_the_place_is_the_elements_start(tmp_path: Path) -> None:
    qde = re.sub('startPosition="[0-9]+"', 'startPosition="-1"', QDE, count=1)
    number = next(n for n, text in enumerate(qde.splitlines(), 1) if 'startPosition="-1"' in text)
    column = qde.splitlines()[number - 1].index("<PlainTextSelection") + 1
    assert refusal(qde, tmp_path).startswith(f"p.qdpx: project.qde:{number}:{column}: ")


@pytest.mark.parametrize(
    ("edit", "what"),
    [
        (('<CodeRef targetGUID="', '<CodeRef targetGUID="not-'), "CodeRef's targetGUID"),
        (('<Code guid="', '<Code guid="x'), "Code's guid"),
        (('<Coding guid="', '<Coding guid="{'), "Coding's guid"),
        (('originGUID="', 'originGUID="0'), "Link's originGUID"),
        (('creatingUserGUID="', 'creatingUserGUID="?'), "Project's creatingUserGUID"),
    ],
)
def test_a_bad_guid_is_a_data_error(tmp_path: Path, edit: tuple[str, str], what: str) -> None:
    line = refusal(replaced(*edit), tmp_path)
    assert PLACE.match(line) and f"the {what}" in line and "is not a GUID" in line


def test_a_guid_in_braces_is_a_guid() -> None:
    guid = re.search(r'<Coding guid="([^"]+)"', QDE)
    assert guid is not None
    braced = QDE.replace(f'guid="{guid.group(1)}"', f'guid="{{{guid.group(1).upper()}}}"')
    assert import_project(project_with(braced), "p.qdpx").notes == []


@pytest.mark.parametrize(
    ("edit", "element"),
    [
        (("<Project ", '<Project evil="1" '), "Project"),
        (("<Coding ", '<Coding weight="2" '), "Coding"),
        (("<PlainTextSelection ", '<PlainTextSelection length="4" '), "PlainTextSelection"),
        (("<CodeRef ", '<CodeRef guid="0b5e0a44-0000-4000-8000-000000000001" '), "CodeRef"),
    ],
)
def test_an_unknown_attribute_is_a_data_error(
    tmp_path: Path, edit: tuple[str, str], element: str
) -> None:
    line = refusal(replaced(*edit), tmp_path)
    assert PLACE.match(line) and f"is not one a REFI-QDA {element} has" in line


def test_attributes_in_another_namespace_are_left_alone() -> None:
    qde = replaced(
        "<Project ",
        '<Project xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
        'xsi:schemaLocation="urn:QDA-XML:project:1.0 Project.xsd" ',
    )
    assert import_project(project_with(qde), "p.qdpx").notes == []


@pytest.mark.parametrize("where", ["<Users>", "<Codes>", "<Sources>"])
def test_5000_nested_elements_stop_at_the_depth_limit(tmp_path: Path, where: str) -> None:
    nested = "<Code>" * 5000 + "</Code>" * 5000
    line = refusal(replaced(where, where + nested), tmp_path)
    assert PLACE.match(line)
    assert f"nests elements more than {projectxml.MAX_DEPTH} deep, cismoa's limit" in line


def test_more_elements_than_the_limit_stop_with_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(projectxml, "MAX_ELEMENTS", 20_000)
    line = refusal(replaced("<Users>", "<Users>" + "<x/>" * 20_000), tmp_path)
    assert PLACE.match(line) and "holds more than 20,000 elements, cismoa's limit" in line


def test_elements_cismoa_does_not_use_cost_no_memory() -> None:
    """80,000 elements a dossier has no use for are counted, not kept: reading them costs
    next to nothing, where a tree of them took about 350 bytes each (28 MB, over the bound
    below; tracing every allocation is slow, so no more are read)."""
    wide = replaced("<Users>", "<Users>" + "<x/>" * 40_000)
    wide = wide.replace("</Sources>", '<TextSource name="more"/>' * 40_000 + "</Sources>", 1)
    data = wide.encode("utf-8")
    tracemalloc.start()
    try:
        root = projectxml.parse([data], "p.qdpx", "project.qde").root
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert root.skipped()["Users"] == 1 and root.child("Users") is None
    sources = root.child("Sources")
    assert sources is not None and len(sources.children) == 1
    assert sources.skipped()["TextSource"] == 40_000
    assert peak < 2 * len(data) + 10_000_000


def test_only_the_first_text_source_is_read() -> None:
    others = '<TextSource name="second">' + "<PlainTextSelection/>" * 1000 + "</TextSource>"
    others += '<PDFSource name="scan"/><PDFSource name="scan 2"/>'
    project = project_with(replaced("</Sources>", others + "</Sources>"))
    notes = import_project(project, "p.qdpx").notes
    assert notes == [
        "1 more text source ignored: a dossier reads one text article",
        "2 PDFSource ignored: a dossier reads one text article",
    ]


@pytest.mark.parametrize(
    ("prologue", "reference"),
    [
        ('<!DOCTYPE Project SYSTEM "http://example.invalid/p.dtd">', ""),
        ('<!DOCTYPE Project [<!ENTITY e "x">]>', "&e;"),
        ('<!DOCTYPE Project [<!ENTITY % p SYSTEM "file:///etc/passwd"> %p;]>', ""),
    ],
)
def test_a_document_type_is_still_refused(tmp_path: Path, prologue: str, reference: str) -> None:
    body = QDE.split("\n", 1)[1].replace("<Description>", f"<Description>{reference}", 1)
    line = refusal(f'<?xml version="1.0"?>\n{prologue}\n{body}', tmp_path)
    assert PLACE.match(line) and "refused: a document type declaration (DOCTYPE)" in line
    assert "passwd" not in line and "root:" not in line


def test_an_undeclared_entity_is_invalid_xml(tmp_path: Path) -> None:
    line = refusal(replaced("<Description>", "<Description>&xxe;"), tmp_path)
    assert PLACE.match(line) and "invalid XML: undefined entity" in line


def test_a_project_past_nothing_reads_as_before() -> None:
    with pytest.raises(DataError, match=r"project\.qde:1:\d+: invalid XML"):
        import_project(project_with("<Project"), "p.qdpx")


def test_the_help_states_the_limits_and_the_article() -> None:
    shown = run_cli("import", "qdpx", "--help")
    text = " ".join(shown.stdout.split())
    assert f"at most {projectxml.MAX_ELEMENTS:,} XML elements" in text
    assert f"nested at most {projectxml.MAX_DEPTH} deep" in text
    assert "--article" in text and "writes home/dossier.txt" in text
    assert "cismoa import qdpx cismoa.qdpx -o edited.json --article edited-article.txt" in text


# --- written as a stream --------------------------------------------------------------------

# The bytes `export qdpx` and `export qdc` write for the fixtures, as the whole document
# written at once made them (format 2's codebook: voices, conditions, the dossier's domains);
# they must never change by accident (a change of format is a new version).
PINNED = {
    ("mini", "qdpx"): "7a57d08654a4845be6b1c80c58af933c59474aac57ee6b8edb0ae62fa5261d30",
    ("mini", "qdc"): "df50ae26eccc3fc5ab15a26ed90f9700b2d439abade2202092fa2f60a057bedc",
    ("hostile", "qdpx"): "727b4df1499b51bcc5ab3562f83f484c855123cd50e740393a50507a81d0ebb5",
    ("hostile", "qdc"): "69404a3bfbfbe549f4b0a01046ae4cbcf56527e57065a535b64cf2f0ef6fa760",
}


def made(name: str, kind: str) -> bytes:
    loaded = fixture(name)
    if kind == "qdpx":
        return exported(loaded)
    return codebook_qdc(select(loaded.dossier, ImplicationFilter()))


@pytest.mark.parametrize(("name", "kind"), list(PINNED))
def test_the_streamed_xml_is_the_same_bytes(name: str, kind: str) -> None:
    assert hashlib.sha256(made(name, kind)).hexdigest() == PINNED[name, kind]


@pytest.mark.parametrize(("name", "kind"), list(PINNED))
def test_flushing_after_every_line_changes_no_byte(
    name: str, kind: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(XmlWriter, "_FLUSH_AT", 1)
    assert hashlib.sha256(made(name, kind)).hexdigest() == PINNED[name, kind]


@pytest.mark.parametrize(
    "parts", [("user",), ("coding", "IMP-1", 0, 3), ("code", Facet.ACTORS, "Zé\x1b"), ()]
)
def test_a_guid_is_the_uuid5_of_its_parts(parts: tuple[object, ...]) -> None:
    guids = Guids("0" * 64)
    namespace = uuid.uuid5(GUID_NAMESPACE, "0" * 64)
    words = [p.value if isinstance(p, Facet) else str(p) for p in parts]
    assert guids.of(*parts) == str(uuid.uuid5(namespace, "\x1f".join(words)))
    if len(parts) == 4:
        assert guids.numbered(*parts[:2])(*parts[2:]) == guids.of(*parts)


@pytest.mark.parametrize(
    ("edit", "message"),
    [
        (("internal://", "file:///etc/"), "the TextSource's text is at 'file:///etc/"),
        (("internal://", "internal://missing-"), "the TextSource's text, 'missing-"),
        (("<Sources>", "<Sources><PDFSource/>"), None),
        (("<CodeBook>", "<Other>"), "the project has no codebook"),
    ],
)
def test_what_a_dossier_cannot_be_made_from_is_named_at_its_place(
    tmp_path: Path, edit: tuple[str, str], message: str | None
) -> None:
    qde = replaced(*edit)
    if edit[0] == "<CodeBook>":
        qde = qde.replace("</CodeBook>", "</Other>", 1)
    if message is None:  # a source of another kind before the text source is only noted
        notes = import_project(project_with(qde), "p.qdpx").notes
        assert notes == ["1 PDFSource ignored: a dossier reads one text article"]
        return
    line = refusal(qde, tmp_path)
    assert PLACE.match(line) and message in line, line


# --- coded spans, read as they stream past ---------------------------------------------------

FIRST_SPAN = re.compile(r"<PlainTextSelection [^>]*>\s*<Description>ALP \(actor\)</Description>")
MEMO = "0b5e0a44-0000-4000-8000-00000000000f"


def test_a_span_is_read_whatever_else_it_holds() -> None:
    """Of a coded span, only its first description and each coding's first CodeRef count;
    a coding without one loses its code, and memos are listed, as QDA tools write them."""
    first_coding = re.compile(r'(<Coding [^>]*>\s*<CodeRef targetGUID="[^"]+"/>)')
    qde = first_coding.sub(rf'\1<CodeRef targetGUID="{MEMO}"/><Other>text</Other>', QDE, count=1)
    found = FIRST_SPAN.search(qde)
    assert found is not None
    extra = (
        f'<Description>BET (actor)</Description><NoteRef targetGUID="{MEMO}"/>'
        f'<Coding guid="{MEMO}"/><Coding guid="{MEMO}">'
        f'<Other><CodeRef targetGUID="{MEMO}"/></Other></Coding>'
    )
    span = found.group().replace("</Description>", "<b>not this</b></Description>") + extra
    qde = qde.replace(found.group(), span, 1)
    imported = import_project(project_with(qde), "p.qdpx")
    assert imported.notes == [
        "ALP: memos on the span 43..59 were not imported",
        "2 spans coded with 'an unknown code ()' lost that code",
    ]
    assert imported.dossier == import_project(MINI, "p.qdpx").dossier


def test_the_codebook_may_come_after_the_spans_that_use_it() -> None:
    codebook = re.search(r"\s*<CodeBook>.*</CodeBook>", QDE, re.DOTALL)
    assert codebook is not None
    moved = QDE.replace(codebook.group(), "", 1).replace(
        "</Sources>", "</Sources>" + codebook.group()
    )
    imported = import_project(project_with(moved), "p.qdpx")
    assert imported.notes == []
    assert imported.dossier == import_project(MINI, "p.qdpx").dossier


@pytest.mark.parametrize("size", [1, 7, 4096])
def test_the_xml_reads_the_same_in_pieces_of_any_size(size: int) -> None:
    data = QDE.encode("utf-8")
    pieces = [data[i : i + size] for i in range(0, len(data), size)]
    whole = projectxml.parse([data], "p.qdpx", "project.qde")
    assert projectxml.parse(pieces, "p.qdpx", "project.qde") == whole
    assert len(whole.selections) == QDE.count("<PlainTextSelection")
    bad = re.sub('startPosition="[0-9]+"', 'startPosition="-1"', QDE, count=1).encode("utf-8")
    places = set()
    for chunked in ([bad], [bad[i : i + size] for i in range(0, len(bad), size)]):
        with pytest.raises(DataError) as refused:
            projectxml.parse(chunked, "p.qdpx", "project.qde")
        places.add(refused.value.problems[0].where)
    assert len(places) == 1


def test_a_coded_span_costs_what_a_dossier_takes_from_it() -> None:
    """8,000 coded spans of three codings each: read as a tree of elements they took about
    3 KB each; a span is now its positions, its description and its codes' GUIDs."""
    found = re.search(r"<PlainTextSelection .*?</PlainTextSelection>", QDE, re.DOTALL)
    assert found is not None
    many = QDE.replace(found.group(), found.group() * 8_000, 1).encode("utf-8")
    tracemalloc.start()
    try:
        project = projectxml.parse(
            [many[i : i + 65536] for i in range(0, len(many), 65536)], "p.qdpx", "project.qde"
        )
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert len(project.selections) >= 8_000
    assert peak < len(many) + 8_000 * 600


def test_a_project_whose_packed_bytes_are_damaged_is_a_data_error(tmp_path: Path) -> None:
    """Damage met halfway through unpacking, as the XML is read: one line, not a crash."""
    data = bytearray(MINI)
    with zipfile.ZipFile(io.BytesIO(MINI)) as archive:
        entry = archive.getinfo("project.qde")
    start = entry.header_offset + 30 + len(entry.filename.encode()) + len(entry.extra)
    for at in range(start + 50, start + 80):
        data[at] ^= 0xFF
    project = write(tmp_path / "p.qdpx", bytes(data))
    shown = run_cli("import", "qdpx", project, "-o", tmp_path / "out" / "d.json")
    assert shown.code == 1, shown.stderr
    (line,) = shown.stderr.strip().splitlines()
    assert "project.qde: cannot be unpacked" in line and "internal error" not in line
    assert not (tmp_path / "out").exists()
