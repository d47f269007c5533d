"""One sanitiser for every piece of data text shown: nothing from a dossier reaches a
terminal as a control sequence, and nothing in it is read as Rich markup.
"""

from __future__ import annotations

import re

# C0 and C1 controls, DEL, and the characters that reorder or break lines invisibly
# (bidi embeddings, overrides and isolates, the Arabic letter mark, line/paragraph separators).
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]")
# What json.dumps(ensure_ascii=False) leaves raw: it escapes C0 itself, and the only raw
# C0 characters left in its output are the indentation's newlines.
_UNSAFE_IN_JSON = re.compile("[\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]")
_NAMED = {"\t": "\\t", "\n": "\\n", "\r": "\\r"}


def escape_char(char: str) -> str:
    """A visible spelling of one unsafe character: ``\\n``, ``\\x1b``, ``\\u202e``."""
    code = ord(char)
    return _NAMED.get(char) or (f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}")


def visible(text: str, keep: str = "") -> str:
    """``text`` with every unsafe character (except those in ``keep``) spelled out."""
    return _UNSAFE.sub(lambda m: m.group() if m.group() in keep else escape_char(m.group()), text)


def json_safe(encoded: str) -> str:
    """JSON text with the unsafe characters json.dumps leaves raw written as \\u escapes.

    The decoded values are unchanged; only their spelling is.
    """
    return _UNSAFE_IN_JSON.sub(lambda m: f"\\u{ord(m.group()):04x}", encoded)


def xml_safe(encoded: str) -> str:
    """XML text with the same characters written as character references (``&#x202e;``).

    The parsed values are unchanged; only their spelling is.
    """
    return _UNSAFE_IN_JSON.sub(lambda m: f"&#x{ord(m.group()):x};", encoded)
