"""The selection as a REFI-QDA project (.qdpx) for ATLAS.ti, NVivo, MAXQDA or QualCoder, and
its codebook alone (.qdc).

The project is a zip holding ``project.qde`` (the XML) and ``sources/<guid>.txt`` (the article,
byte for byte). What maps to what is in :mod:`cismoa_cli.qda.codebook`. The same selection
always gives the same bytes: GUIDs come from the dossier, entries are sorted, and every
timestamp, in the XML and in the zip, is ``timestamp`` (by default a fixed one).
"""

from __future__ import annotations

import io
import json
import zipfile
from datetime import datetime, timezone

from ..models import Dossier, Voice
from ..qda.codebook import (
    CODEBOOK_NAMESPACE,
    GUIDE,
    ORIGIN,
    PROJECT_NAMESPACE,
    Code,
    Facet,
    Guids,
    codebook,
    group_description,
    item_codes,
    span_record,
)
from ..qda.xmltext import Element, to_xml
from ..query import Selection

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
    codebook, and a coded span for every quote of every item."""
    dossier = selection.dossier
    guids = Guids(dossier.source.sha256)
    when = _xml_time(timestamp)
    user = guids.of("user")
    source_guid = guids.of("source")
    stamp = [("creatingUser", user), ("creationDateTime", when)]

    root = Element(
        "Project",
        [
            ("name", dossier.source.title),
            ("origin", ORIGIN),
            ("creatingUserGUID", user),
            ("creationDateTime", when),
            ("modifyingUserGUID", user),
            ("modifiedDateTime", when),
        ],
    )
    root.add("Users").add("User", ("guid", user), ("name", ORIGIN))
    codes = _codes(root.add("CodeBook"), dossier, guids)
    variables = root.add("Variables")
    for name in VARIABLES:
        variable = variables.add(
            "Variable",
            ("guid", guids.of("variable", name)),
            ("name", name),
            ("typeOfVariable", "Text"),
        )
        variable.add("Description", text=_VARIABLE_DESCRIPTIONS[name])

    source = root.add("Sources").add(
        "TextSource",
        ("guid", source_guid),
        ("name", article_name),
        ("plainTextPath", f"internal://{source_guid}.txt"),
        *stamp,
    )
    for _, _, item in dossier.items():
        if isinstance(item, Voice):
            continue  # a voice is a code of the voices facet, not a span of its own
        record = span_record(item)
        coded = [codes[code] for code in item_codes(item)]
        for n, evidence in enumerate(item.evidence):
            span = source.add(
                "PlainTextSelection",
                ("guid", guids.of("span", item.id, n)),
                ("name", item.id),
                ("startPosition", str(evidence.start)),
                ("endPosition", str(evidence.end)),
                *stamp,
            )
            span.add("Description", text=record)
            for k, code_guid in enumerate(coded):
                coding = span.add("Coding", ("guid", guids.of("coding", item.id, n, k)), *stamp)
                coding.add("CodeRef", ("targetGUID", code_guid))
    for name, value in _metadata(dossier).items():
        value_element = source.add("VariableValue")
        value_element.add("VariableRef", ("targetGUID", guids.of("variable", name)))
        value_element.add("TextValue", text=value)

    if dossier.relations:
        links = root.add("Links")
        for relation in dossier.relations:
            first, second = (codes[Facet.ACTORS, a] for a in relation.actors)
            links.add(
                "Link",
                ("guid", guids.of("link", relation.id)),
                ("name", f"{relation.kind.value} ({relation.id})"),
                ("direction", "Associative"),
                ("originGUID", first),
                ("targetGUID", second),
            )
    root.add("Description", text=GUIDE)

    return _zip(
        {
            PROJECT_FILE: to_xml(root, PROJECT_NAMESPACE),
            f"{SOURCES}/{source_guid}.txt": article.encode("utf-8"),
        },
        timestamp,
    )


def codebook_qdc(selection: Selection) -> bytes:
    """The selection's codebook alone, as a REFI-QDA codebook (.qdc): the same codes, with
    the same GUIDs, as its project."""
    root = Element("CodeBook", [("origin", ORIGIN)])
    _codes(root, selection.dossier, Guids(selection.dossier.source.sha256))
    return to_xml(root, CODEBOOK_NAMESPACE)


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


def _codes(parent: Element, dossier: Dossier, guids: Guids) -> dict[tuple[Facet, str], str]:
    """Write the code groups under ``parent``; return each code's GUID by (facet, value)."""
    codes = parent.add("Codes")
    found: dict[tuple[Facet, str], str] = {}
    for facet, members in codebook(dossier):
        group = codes.add(
            "Code",
            ("guid", guids.of("group", facet)),
            ("name", facet.value),
            ("isCodable", "false"),
        )
        group.add("Description", text=group_description(facet))
        for code in members:
            guid = guids.of("code", facet, code.value)
            found[facet, code.value] = guid
            _code(group, code, guid)
    return found


def _code(group: Element, code: Code, guid: str) -> None:
    attributes = [("guid", guid), ("name", code.name), ("isCodable", "true")]
    if code.colour is not None:
        attributes.append(("color", code.colour))
    element = group.add("Code", *attributes)
    if code.description is not None:
        element.add("Description", text=code.description)


def _xml_time(when: datetime) -> str:
    return when.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def _zip(entries: dict[str, bytes], timestamp: datetime) -> bytes:
    """A zip of ``entries`` whose bytes depend on nothing but the entries and the time."""
    date_time = timestamp.astimezone(timezone.utc).timetuple()[:6]
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name in sorted(entries):
            info = zipfile.ZipInfo(name, date_time=date_time)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 3  # Unix, whatever the platform
            info.external_attr = 0o644 << 16
            archive.writestr(info, entries[name])
    return buffer.getvalue()
