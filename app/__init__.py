"""Borderline: offline HS classification, compliance review and customs paperwork."""

__version__ = "0.1.0"
