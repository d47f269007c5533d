"""The selection as a REFI-QDA project (.qdpx) for ATLAS.ti, NVivo, MAXQDA or QualCoder, and
its codebook alone (.qdc).

The project is a zip holding ``project.qde`` (the XML) and ``sources/<guid>.txt`` (the article,
byte for byte). What maps to what is in :mod:`cismoa_cli.qdavocabulary`. The same selection
always gives the same bytes: GUIDs come from the dossier, entries are sorted, and every
timestamp, in the XML and in the zip, is ``timestamp`` (by default a fixed one).
"""

from __future__ import annotations

import io
import json
import zipfile
from datetime import datetime, timezone

from ..models import Dossier, Voice
from ..qdavocabulary import (
    CODEBOOK_NAMESPACE,
    GUIDE,
    ORIGIN,
    PROJECT_NAMESPACE,
    Code,
    Coded,
    Facet,
    Guids,
    codebook,
    group_description,
    item_codes,
    span_record,
)
from ..query import Selection
from ..xmltext import Attributes, XmlWriter

# The earliest time a zip entry can carry: plainly not a real date, and the same every run.
FIXED_TIME = datetime(1980, 1, 1, tzinfo=timezone.utc)
PROJECT_FILE = "project.qde"
SOURCES = "sources"
# The source's variables: the article's metadata, so an import can rebuild the dossier.
VARIABLES = ("title", "place", "tags", "sha256")


def project_qdpx(
    selection: Selection, article: str, article_name: str, *, timestamp: datetime = FIXED_TIME
) -> bytes:
    """The REFI-QDA project of a selection: the article as its one text source, the
    codebook, and a coded span for every quote of every item.

    The XML goes into the zip as it is written, a line at a time: the project costs the
    memory of its compressed bytes, not of its text.
    """
    guids = Guids(selection.dossier.source.sha256)
    source_guid = guids.of("source")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        # Entries in sorted order: "project.qde" before "sources/...".
        with archive.open(_entry(PROJECT_FILE, timestamp), "w") as entry:
            xml = XmlWriter(entry, PROJECT_NAMESPACE)
            _project(xml, selection.dossier, guids, article_name, _xml_time(timestamp))
            xml.close()
        archive.writestr(_entry(f"{SOURCES}/{source_guid}.txt", timestamp), article.encode())
    return buffer.getvalue()


def _project(xml: XmlWriter, dossier: Dossier, guids: Guids, article_name: str, when: str) -> None:
    user = guids.of("user")
    source_guid = guids.of("source")
    stamp = Attributes.of(("creatingUser", user), ("creationDateTime", when))
    with xml.element(
        "Project",
        ("name", dossier.source.title),
        ("origin", ORIGIN),
        ("creatingUserGUID", user),
        ("creationDateTime", when),
        ("modifyingUserGUID", user),
        ("modifiedDateTime", when),
    ):
        with xml.element("Users"):
            xml.leaf("User", ("guid", user), ("name", ORIGIN))
        with xml.element("CodeBook"):
            codes = _codes(xml, dossier, guids)
        with xml.element("Variables"):
            for name in VARIABLES:
                with xml.element(
                    "Variable",
                    ("guid", guids.of("variable", name)),
                    ("name", name),
                    ("typeOfVariable", "Text"),
                ):
                    xml.leaf("Description", text=_VARIABLE_DESCRIPTIONS[name])
        with (
            xml.element("Sources"),
            xml.element(
                "TextSource",
                ("guid", source_guid),
                ("name", article_name),
                ("plainTextPath", f"internal://{source_guid}.txt"),
                stamp,
            ),
        ):
            # Written once each: every coding carries one of these, and the stamp.
            references = {guid: Attributes.of(("targetGUID", guid)) for guid in codes.values()}
            for _, _, item in dossier.items():
                if isinstance(item, Voice):
                    continue  # a voice is a code of the voices facet, not a span of its own
                coded = [references[codes[code]] for code in item_codes(item)]
                _spans(xml, item, coded, guids, stamp)
            for name, value in _metadata(dossier).items():
                with xml.element("VariableValue"):
                    xml.leaf("VariableRef", ("targetGUID", guids.of("variable", name)))
                    xml.leaf("TextValue", text=value)
        if dossier.relations:
            with xml.element("Links"):
                for relation in dossier.relations:
                    first, second = (codes[Facet.ACTORS, a] for a in relation.actors)
                    xml.leaf(
                        "Link",
                        ("guid", guids.of("link", relation.id)),
                        ("name", f"{relation.kind.value} ({relation.id})"),
                        ("direction", "Associative"),
                        ("originGUID", first),
                        ("targetGUID", second),
                    )
        xml.leaf("Description", text=GUIDE)


def _spans(
    xml: XmlWriter,
    item: Coded,
    coded: list[Attributes],
    guids: Guids,
    stamp: Attributes,
) -> None:
    """A coded span for each quote of ``item``, coded with the codes ``coded`` (each a
    reference to a code's GUID)."""
    record = span_record(item)
    span_guid, coding_guid = guids.numbered("span", item.id), guids.numbered("coding", item.id)
    for n, evidence in enumerate(item.evidence):
        with xml.element(
            "PlainTextSelection",
            ("guid", span_guid(n)),
            ("name", item.id),
            ("startPosition", str(evidence.start)),
            ("endPosition", str(evidence.end)),
            stamp,
        ):
            xml.leaf("Description", text=record)
            for k, code_guid in enumerate(coded):
                with xml.element("Coding", ("guid", coding_guid(n, k)), stamp):
                    xml.leaf("CodeRef", code_guid)


def codebook_qdc(selection: Selection) -> bytes:
    """The selection's codebook alone, as a REFI-QDA codebook (.qdc): the same codes, with
    the same GUIDs, as its project."""
    buffer = io.BytesIO()
    xml = XmlWriter(buffer, CODEBOOK_NAMESPACE)
    with xml.element("CodeBook", ("origin", ORIGIN)):
        _codes(xml, selection.dossier, Guids(selection.dossier.source.sha256))
    xml.close()
    return buffer.getvalue()


_VARIABLE_DESCRIPTIONS = {
    "title": "The article's title, verbatim.",
    "place": "The article's dateline, verbatim.",
    "tags": "The article's tags, as a JSON array.",
    "sha256": "The SHA-256 of the article's UTF-8 bytes.",
}


def _metadata(dossier: Dossier) -> dict[str, str]:
    source = dossier.source
    return {
        "title": source.title,
        "place": source.place,
        "tags": json.dumps(list(source.tags), ensure_ascii=False),
        "sha256": source.sha256,
    }


def _codes(xml: XmlWriter, dossier: Dossier, guids: Guids) -> dict[tuple[Facet, str], str]:
    """Write the code groups; return each code's GUID by (facet, value)."""
    found: dict[tuple[Facet, str], str] = {}
    with xml.element("Codes"):
        for facet, members in codebook(dossier):
            with xml.element(
                "Code",
                ("guid", guids.of("group", facet)),
                ("name", facet.value),
                ("isCodable", "false"),
            ):
                xml.leaf("Description", text=group_description(facet))
                for code in members:
                    guid = guids.of("code", facet, code.value)
                    found[facet, code.value] = guid
                    _code(xml, code, guid)
    return found


def _code(xml: XmlWriter, code: Code, guid: str) -> None:
    attributes = [("guid", guid), ("name", code.name), ("isCodable", "true")]
    if code.colour is not None:
        attributes.append(("color", code.colour))
    if code.description is None:
        xml.leaf("Code", *attributes)
    else:
        with xml.element("Code", *attributes):
            xml.leaf("Description", text=code.description)


def _xml_time(when: datetime) -> str:
    return when.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def _entry(name: str, timestamp: datetime) -> zipfile.ZipInfo:
    """A zip entry whose header depends on nothing but its name and the time."""
    info = zipfile.ZipInfo(name, date_time=timestamp.astimezone(timezone.utc).timetuple()[:6])
    info.compress_type = zipfile.ZIP_DEFLATED
    info.create_system = 3  # Unix, whatever the platform
    info.external_attr = 0o644 << 16
    return info
