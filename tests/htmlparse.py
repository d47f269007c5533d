"""Reading cismoa's HTML back with Python's own HTML parser, for the report's tests."""

from __future__ import annotations

from dataclasses import dataclass
from html.parser import HTMLParser

_VOID = frozenset({"meta", "br", "input", "img", "link", "hr", "wbr", "source"})


@dataclass
class Element:
    tag: str
    attributes: dict[str, str | None]
    text: str = ""  # all the text inside it


class Document(HTMLParser):
    """Every element with its attributes and text; each span's text (a mark's head and its
    continuing pieces); and any end tag that does not close the element last opened."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: list[Element] = []
        self.open: list[Element] = []
        self.spans: dict[str, str] = {}  # mark id -> the text of its head and pieces
        self.problems: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        element = Element(tag, dict(attrs))
        self.elements.append(element)
        if tag not in _VOID:
            self.open.append(element)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.elements.append(Element(tag, dict(attrs)))

    def handle_endtag(self, tag: str) -> None:
        if tag in _VOID:
            return
        if not self.open or self.open[-1].tag != tag:
            self.problems.append(f"</{tag}> closes <{self.open[-1].tag if self.open else None}>")
            return
        self.open.pop()

    def handle_data(self, data: str) -> None:
        spans = set()
        for element in self.open:
            element.text += data
            if element.tag == "mark":
                spans.add(element.attributes.get("id") or element.attributes.get("data-of") or "")
        for span in spans:  # once per span, however its pieces nest
            self.spans[span] = self.spans.get(span, "") + data

    def all(self, tag: str) -> list[Element]:
        return [e for e in self.elements if e.tag == tag]

    def ids(self) -> list[str]:
        return [e.attributes["id"] or "" for e in self.elements if "id" in e.attributes]


def parse(html: str) -> Document:
    document = Document()
    document.feed(html)
    document.close()
    return document
