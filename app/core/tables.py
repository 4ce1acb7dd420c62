"""Typed ORM tables. The schema itself is created and upgraded by Alembic (migrations/)."""
from __future__ import annotations

from datetime import datetime, timezone
from decimal import Decimal
from typing import Any

from sqlalchemy import JSON, ForeignKey, Index, MetaData, String, Text, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship
from sqlalchemy.types import TypeDecorator

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> datetime:
    """UTC now, naive, to the second: what SQLite gives back is what was hashed."""
    return datetime.now(timezone.utc).replace(tzinfo=None, microsecond=0)


class DecimalText(TypeDecorator[Decimal]):
    """A Decimal stored as its exact text, so money never passes through float."""

    impl = String(40)
    cache_ok = True

    def process_bind_param(self, value: Decimal | None, dialect: Any) -> str | None:
        return None if value is None else str(value)

    def process_result_value(self, value: str | None, dialect: Any) -> Decimal | None:
        return None if value is None else Decimal(value)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Catalogue(Base):
    __tablename__ = "catalogues"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(255))
    source_path: Mapped[str] = mapped_column(Text)
    imported_at: Mapped[datetime] = mapped_column(default=utcnow)
    rows_read: Mapped[int] = mapped_column(default=0)
    rows_imported: Mapped[int] = mapped_column(default=0)
    rows_rejected: Mapped[int] = mapped_column(default=0)
    column_map: Mapped[dict[str, str]] = mapped_column(JSON, default=dict)
    # How the file was read: kind, encoding, delimiter, sheet, header row, headers, blank rows.
    source_info: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    # Of the import's items, how many were classified (or came again with their earlier code,
    # decided or not) and how many of those then waited for review. Counted as the work is
    # done, batch by batch; None for imports made before these figures were kept.
    classified: Mapped[int | None] = mapped_column(nullable=True, default=None)
    to_review: Mapped[int | None] = mapped_column(nullable=True, default=None)

    rejections: Mapped[list[ImportRejection]] = relationship(back_populates="catalogue")


class ImportRejection(Base):
    """A row the importer could not take, kept with the reason so nothing is lost."""

    __tablename__ = "import_rejections"

    id: Mapped[int] = mapped_column(primary_key=True)
    catalogue_id: Mapped[int] = mapped_column(ForeignKey("catalogues.id"), index=True)
    row_number: Mapped[int]
    column: Mapped[str] = mapped_column(String(255), default="")
    reason: Mapped[str] = mapped_column(Text)
    raw: Mapped[dict[str, str]] = mapped_column(JSON, default=dict)

    catalogue: Mapped[Catalogue] = relationship(back_populates="rejections")


class Item(Base):
    __tablename__ = "items"

    id: Mapped[int] = mapped_column(primary_key=True)
    catalogue_id: Mapped[int] = mapped_column(ForeignKey("catalogues.id"), index=True)
    sku: Mapped[str] = mapped_column(String(255), unique=True)
    title: Mapped[str] = mapped_column(Text)
    description: Mapped[str] = mapped_column(Text, default="")
    material: Mapped[str] = mapped_column(Text, default="")
    origin: Mapped[str] = mapped_column(String(2), default="")
    unit_value: Mapped[Decimal | None] = mapped_column(DecimalText, nullable=True)
    currency: Mapped[str] = mapped_column(String(3), default="")
    net_weight_kg: Mapped[float | None] = mapped_column(nullable=True)
    quantity_unit: Mapped[str] = mapped_column(String(16), default="pcs")
    attributes: Mapped[dict[str, str]] = mapped_column(JSON, default=dict)
    brand: Mapped[str] = mapped_column(Text, default="")
    variation: Mapped[str] = mapped_column(Text, default="")
    quantity: Mapped[Decimal | None] = mapped_column(DecimalText, nullable=True)
    norm_title: Mapped[str] = mapped_column(Text, index=True, default="")
    # pending: not yet classified; flagged: waits for a person; auto: accepted without
    # review; decided: a reviewer chose the code.
    status: Mapped[str] = mapped_column(String(16), default="pending", index=True)
    suggestions: Mapped[list[list[Any]]] = mapped_column(JSON, default=list)
    top_code: Mapped[str | None] = mapped_column(String(6), nullable=True)
    top_p: Mapped[float | None] = mapped_column(nullable=True)
    suggestion_source: Mapped[str] = mapped_column(String(16), default="")
    model_version_id: Mapped[int | None] = mapped_column(ForeignKey("model_versions.id"), nullable=True)
    hs_code: Mapped[str | None] = mapped_column(String(6), nullable=True)
    # the HS code the seller's catalogue gives, when it is an HS 2022 subheading: compared with
    # the model's suggestion, never taken as a decision (the cell as written is an attribute)
    catalogue_code: Mapped[str | None] = mapped_column(String(6), nullable=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    flags: Mapped[list[Flag]] = relationship(back_populates="item", cascade="all, delete-orphan")


class Flag(Base):
    """One reason an item needs (or may need) a person, for one market or for all ('*')."""

    __tablename__ = "flags"

    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("items.id"), index=True)
    market: Mapped[str] = mapped_column(String(3))
    rule_id: Mapped[str] = mapped_column(String(64))
    severity: Mapped[str] = mapped_column(String(8))
    reason: Mapped[str] = mapped_column(Text)
    trigger: Mapped[str] = mapped_column(Text, default="")
    ruleset_version: Mapped[str] = mapped_column(String(64), default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    item: Mapped[Item] = relationship(back_populates="flags")

    __table_args__ = (Index("ix_flags_rule_market", "rule_id", "market"),)


class Decision(Base):
    """A reviewer's choice of code for an item. Undone decisions stay, marked."""

    __tablename__ = "decisions"

    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("items.id"), index=True)
    sku: Mapped[str] = mapped_column(String(255), index=True)
    norm_title: Mapped[str] = mapped_column(Text, index=True)
    title: Mapped[str] = mapped_column(Text)
    code: Mapped[str] = mapped_column(String(6))
    replaced_code: Mapped[str | None] = mapped_column(String(6), nullable=True)
    kind: Mapped[str] = mapped_column(String(16))  # accept | override
    reviewer: Mapped[str] = mapped_column(String(255))
    note: Mapped[str] = mapped_column(Text, default="")
    flags_resolved: Mapped[list[str]] = mapped_column(JSON, default=list)
    # markets of the flags the reviewer saw (None for decisions recorded before this was kept)
    markets: Mapped[list[str] | None] = mapped_column(JSON, nullable=True, default=None)
    # [rule id, trigger, market] of each flag the reviewer saw (no market in decisions recorded
    # before markets were kept, None before triggers were): what the decision settles, on its
    # own item and, remembered, on another
    flags_seen: Mapped[list[list[str]] | None] = mapped_column(JSON, nullable=True, default=None)
    decided_at: Mapped[datetime] = mapped_column(default=utcnow)
    undone_at: Mapped[datetime | None] = mapped_column(nullable=True)
    # decisions taken in one action (several items, "same title") share the first one's id, so
    # one undo takes the action back; None for a single decision and for older ones
    action_id: Mapped[int | None] = mapped_column(nullable=True, default=None)


class AuditEntry(Base):
    """Append-only trail; each entry hashes the previous one so tampering shows."""

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(default=utcnow)
    actor: Mapped[str] = mapped_column(String(255))
    action: Mapped[str] = mapped_column(String(32))
    subject: Mapped[str] = mapped_column(Text, default="")
    payload: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


class ModelVersion(Base):
    __tablename__ = "model_versions"

    id: Mapped[int] = mapped_column(primary_key=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    file_name: Mapped[str] = mapped_column(String(255))
    sha256: Mapped[str] = mapped_column(String(64))
    active: Mapped[bool] = mapped_column(default=False)
    n_examples: Mapped[int] = mapped_column(default=0)
    n_decisions: Mapped[int] = mapped_column(default=0)
    metrics: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class Reclassification(Base):
    """Written when a retrain or an activation (or the catch-up of items left with an older
    version's suggestions) has classified the undecided items again: how many undecided items
    then carried the version's suggestions, and how many of them waited for review."""

    __tablename__ = "reclassifications"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(default=utcnow)
    model_version_id: Mapped[int] = mapped_column(ForeignKey("model_versions.id"))
    reason: Mapped[str] = mapped_column(String(16))  # retrain | activation | older-version
    items: Mapped[int]
    to_review: Mapped[int]


class Shipment(Base):
    __tablename__ = "shipments"

    id: Mapped[int] = mapped_column(primary_key=True)
    invoice_number: Mapped[str] = mapped_column(String(64))
    revision: Mapped[int] = mapped_column(default=1)
    data: Mapped[dict[str, Any]] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    __table_args__ = (UniqueConstraint("invoice_number", "revision"),)


class Document(Base):
    __tablename__ = "documents"

    id: Mapped[int] = mapped_column(primary_key=True)
    shipment_id: Mapped[int] = mapped_column(ForeignKey("shipments.id"), index=True)
    kind: Mapped[str] = mapped_column(String(32))
    path: Mapped[str] = mapped_column(Text)
    sha256: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class ColumnMapping(Base):
    """A seller's column mapping, remembered for the next file with the same header row."""

    __tablename__ = "column_mappings"

    id: Mapped[int] = mapped_column(primary_key=True)
    headers_key: Mapped[str] = mapped_column(String(64), unique=True)
    headers: Mapped[list[str]] = mapped_column(JSON)
    mapping: Mapped[dict[str, str]] = mapped_column(JSON)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class Setting(Base):
    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[Any] = mapped_column(JSON)


class PartyRecord(Base):
    """An address-book entry: a consignee or buyer used on a shipment before."""

    __tablename__ = "parties"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(255), index=True)
    address: Mapped[str] = mapped_column(Text, default="")
    country: Mapped[str] = mapped_column(String(2), default="")
    tax_id: Mapped[str] = mapped_column(String(64), default="")
    phone: Mapped[str] = mapped_column(String(64), default="")
    email: Mapped[str] = mapped_column(String(255), default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    used_at: Mapped[datetime] = mapped_column(default=utcnow)
