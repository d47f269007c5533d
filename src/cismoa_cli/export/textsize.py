"""How wide a line of text will be, without a browser: the layout of the report's map
places every label from these widths, so they must never fall short.

The widths are DejaVu Sans Bold's advance widths (the widest of the faces the map asks for:
DejaVu Sans, then Verdana), in thousandths of the font size, for printable ASCII; every
other character counts as a full em, which covers CJK, symbols and the marks ▼▲◆○●.
"""

from __future__ import annotations

# Printable ASCII from the space (32) to the tilde (126).
_ASCII = (
    348, 456, 521, 838, 696, 1002, 872, 306, 457, 457, 523, 838, 380, 415, 380, 365,
    696, 696, 696, 696, 696, 696, 696, 696, 696, 696, 400, 400, 838, 838, 838, 580,
    1000, 774, 762, 734, 830, 683, 683, 821, 837, 372, 372, 775, 637, 995, 837, 850,
    733, 850, 770, 720, 682, 812, 774, 1103, 771, 724, 725, 457, 365, 457, 838, 500,
    500, 675, 716, 593, 716, 678, 435, 716, 712, 343, 343, 665, 343, 1042, 712, 687,
    716, 716, 493, 595, 478, 712, 652, 924, 645, 652, 582, 712, 365, 712, 838,
)  # fmt: skip


def text_width(text: str, size: float) -> float:
    """The width of ``text`` at ``size`` (in the same unit), rounded up to be safe."""
    thousandths = sum(_ASCII[ord(c) - 32] if 32 <= ord(c) <= 126 else 1000 for c in text)
    return thousandths * size / 1000
