"""the HS code a seller's catalogue gives for an item

Revision ID: 0009_catalogue_codes
Revises: 0008_classification_figures
Create Date: 2026-11-26 10:00:00

A catalogue's HS code column (``HS Code``, ``Kode HS``, ``Mã HS``, ...) was kept as an attribute
and never read. Its code, when it is an HS 2022 subheading, is now kept in
``items.catalogue_code`` and compared with the model's suggestion: an item whose code differs
waits for review. NULL for items imported before this revision (their cell stays an
attribute; importing the file again reads it).
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009_catalogue_codes"
down_revision = "0008_classification_figures"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("items", schema=None) as batch_op:
        batch_op.add_column(sa.Column("catalogue_code", sa.String(length=6), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("items", schema=None) as batch_op:
        batch_op.drop_column("catalogue_code")
