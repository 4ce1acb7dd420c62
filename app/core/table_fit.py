"""Column widths from a table's content, so numbers never run into the next column.

A table cell that holds a plain string (a number, a code, "pcs") does not wrap: in a column
too narrow for it, reportlab draws it over its neighbour. An amount in rupiah or dong is
three to four digits longer than one in dollars, so fixed shares of the page do not do:
:func:`fit_widths` widens each column to its longest unwrapping text, taking the room from
the wrapping columns (descriptions) first and then from any column with room to spare, and
the table keeps its total width. Where even that is not enough, :func:`font_size_to_fit`
gives the cell a smaller font.
"""
from __future__ import annotations

from collections.abc import Collection

PADDING = 12.0  # reportlab's default left + right cell padding, in points
WRAP_FLOOR = 0.4  # a wrapping column keeps at least this share of its width (or its longest word)
WRAP_CEILING = 1.5  # and grows for its longest word up to this share (a longer word is broken)
MIN_FONT = 5.0


def fit_widths(widths: list[float], needs: list[float], give_first: Collection[int] = ()) -> list[float]:
    """Each column at least as wide as it needs, the sum unchanged.

    The room comes from the columns in `give_first` (those that wrap), then from the others,
    each giving in proportion to what it has beyond its own need. If the needs together pass
    the table's width, the widened columns share what there is in proportion to their needs
    (their text is then set smaller: see :func:`font_size_to_fit`)."""
    total = sum(widths)
    out = [max(w, n) for w, n in zip(widths, needs)]
    deficit = sum(out) - total
    first = [i for i in range(len(out)) if i in give_first]
    for group in (first, [i for i in range(len(out)) if i not in give_first]):
        spare = {i: out[i] - needs[i] for i in group if out[i] > needs[i]}
        room = sum(spare.values())
        if deficit <= 0 or room <= 0:
            continue
        take = min(deficit, room)
        for i, s in spare.items():
            out[i] -= take * s / room
        deficit -= take
    if deficit > 1e-6:  # no room left anywhere: the columns that grew give back their share
        grown = [i for i in range(len(out)) if out[i] > widths[i]]
        excess = sum(out[i] - widths[i] for i in grown)
        for i in grown:
            out[i] -= deficit * (out[i] - widths[i]) / excess
    return out


def font_size_to_fit(text_width: float, size: float, column: float) -> float:
    """The font size at which text `text_width` points wide (at `size`) fits the column."""
    room = column - PADDING
    if text_width <= room:
        return size
    return max(MIN_FONT, int(size * room / text_width * 10) / 10)
