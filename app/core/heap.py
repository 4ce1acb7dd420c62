"""Keeping Python's cycle collector from stopping every thread for long.

The cycle collector runs in whichever thread happens to allocate when it is due, and holds
the interpreter lock while it walks every container object of the generation it collects.
The oldest generation holds everything that lives long: the modules of Qt, NumPy, SciPy,
scikit-learn and SQLAlchemy, the rules, the window. With about 200,000 such objects one
full collection takes 100-500 ms on a small machine, and a job loop that loads thousands of
rows as objects sets one off every second or two. While it walks, the window cannot paint
or answer a key, though no model work runs on the GUI thread.

:func:`settle` is called once the program has started: what is alive then lives as long as
the program, so it is collected once and moved out of the collector's view (``gc.freeze``).
Full collections after that walk only what was made since: a job's rows, not the libraries.
Reference counting still frees a frozen object that is let go; only a reference cycle among
frozen objects would stay, and the collection just before the freeze leaves none.
"""
from __future__ import annotations

import gc


def settle() -> int:
    """Collect, then keep what is alive out of later collections. Returns how many objects
    were set aside (a second call sets aside only what was made since the first)."""
    gc.collect()
    gc.freeze()
    return gc.get_freeze_count()
