"""Read a rendered page with the standard library's HTML parser, for assertions about its markup."""

import json
from dataclasses import dataclass, field
from html.parser import HTMLParser

VOID_ELEMENTS = {
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
}  # fmt: skip
URL_ATTRIBUTES = {
    "href",
    "src",
    "action",
    "formaction",
    "srcset",
    "data",
    "poster",
    "background",
    "xlink:href",
}


@dataclass(eq=False)
class Element:
    tag: str
    attrs: list[tuple[str, str | None]]
    in_copy: bool  # inside editor-written copy: an element with the class "prose"
    form_id: str | None  # the id of the enclosing <form>, if any
    parent: "Element | None" = field(default=None, repr=False)
    text: str = ""  # all the text inside, as the parser saw it

    def get(self, name: str, default: str | None = None) -> str | None:
        return dict(self.attrs).get(name, default)

    def has(self, name: str) -> bool:
        return any(attribute == name for attribute, _ in self.attrs)

    def is_inside(self, ancestor: "Element") -> bool:
        parent = self.parent
        while parent is not None and parent is not ancestor:
            parent = parent.parent
        return parent is ancestor


class Document(HTMLParser):
    def __init__(self, html: str):
        super().__init__(convert_charrefs=True)
        self.elements: list[Element] = []
        self.comments: list[str] = []
        self._open: list[tuple[str, Element]] = []
        self.feed(html)
        self.close()

    def handle_starttag(self, tag, attrs):
        parent = self._open[-1][1] if self._open else None
        element = Element(
            tag=tag,
            attrs=attrs,
            in_copy=bool(parent and parent.in_copy) or "prose" in (dict(attrs).get("class") or "").split(),
            form_id=dict(attrs).get("id") if tag == "form" else (parent.form_id if parent else None),
            parent=parent,
        )
        self.elements.append(element)
        if tag not in VOID_ELEMENTS:
            self._open.append((tag, element))

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag not in VOID_ELEMENTS and self._open and self._open[-1][0] == tag:
            self._open.pop()

    def handle_endtag(self, tag):
        for index in range(len(self._open) - 1, -1, -1):
            if self._open[index][0] == tag:
                del self._open[index:]
                return

    def handle_data(self, data):
        for _, element in self._open:
            element.text += data

    def handle_comment(self, data):
        self.comments.append(data)

    def find_all(self, tag: str, **attrs: str) -> list[Element]:
        return [
            element
            for element in self.elements
            if element.tag == tag and all(element.get(name) == value for name, value in attrs.items())
        ]

    def find(self, tag: str, **attrs: str) -> Element:
        found = self.find_all(tag, **attrs)
        assert len(found) == 1, f"expected one <{tag} {attrs}>, found {len(found)}"
        return found[0]

    @property
    def title(self) -> str:
        return self.find("title").text.strip()

    def meta(self, **attrs: str) -> str:
        return self.find("meta", **attrs).get("content")

    def json_ld(self) -> list:
        """Every JSON-LD block, parsed; a block that is not valid JSON fails the test here."""
        return [json.loads(script.text) for script in self.find_all("script", type="application/ld+json")]

    def form_data(self, form_id: str) -> dict[str, list[str]]:
        """What a browser would post from this form without a button: every named field's value."""
        data: dict[str, list[str]] = {}
        for element in self.elements:
            name = element.get("name")
            if element.form_id != form_id or not name or element.has("disabled"):
                continue
            if element.tag == "input":
                kind = (element.get("type") or "text").lower()
                if kind in {"submit", "button", "image", "reset", "file"}:
                    continue
                if kind in {"checkbox", "radio"} and not element.has("checked"):
                    continue
                data.setdefault(name, []).append(element.get("value") or ("on" if kind == "checkbox" else ""))
            elif element.tag == "textarea":
                # Browsers drop the newline that Django writes right after <textarea>.
                data.setdefault(name, []).append(element.text.removeprefix("\n"))
            elif element.tag == "select":
                data.setdefault(name, []).extend(self._selected_options(element))
        return data

    def _selected_options(self, select: Element) -> list[str]:
        options = [
            element for element in self.elements if element.tag == "option" and element.is_inside(select)
        ]
        selected = [option for option in options if option.has("selected")]
        if not selected and options and not select.has("multiple"):
            selected = options[:1]
        return [option.get("value", option.text) for option in selected]


def parse(html: bytes | str) -> Document:
    return Document(html.decode() if isinstance(html, bytes) else html)


def without_space(url: str) -> str:
    """The URL as a browser reads its scheme: tabs, newlines and other control characters removed."""
    return "".join(character for character in url if ord(character) > 32).lower()


def main_menu(document: Document) -> Element:
    """The main menu as a wide screen shows it: a phone's copy, behind its Menu button, holds the same
    links (templates/includes/header.html)."""
    return document.find("div", **{"class": "site-menu-wide"})
