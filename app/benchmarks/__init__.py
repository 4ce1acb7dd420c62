"""Benchmarks: `borderline bench NAME`. Each module here adds one NAME.

A benchmark module defines ``add_parser(subparsers)`` which adds its sub-command and sets
``run=`` as the default: ``run(args) -> int`` prints figures and returns an exit status.
Benchmarks print numbers; they never assert on speed (that is for people reading them).
"""
from __future__ import annotations

import argparse
from importlib import import_module

MODULES = (
    "app.benchmarks.classify",
    "app.benchmarks.documents",
    "app.benchmarks.exports",
    "app.benchmarks.import_",
    "app.benchmarks.gui_open",
    "app.benchmarks.learning",
    "app.benchmarks.retrain",
    "app.benchmarks.review",
    "app.benchmarks.rules",
    "app.benchmarks.soak",
    "app.benchmarks.stalls",
    "app.benchmarks.shipment_dialog",
)


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    for name in MODULES:
        import_module(name).add_parser(sub)
