"""catalogue import: brand, variation and quantity on items; how each file was read;
remembered column mappings

Revision ID: 0002_import
Revises: 0001
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002_import"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("items", schema=None) as batch_op:
        batch_op.add_column(sa.Column("brand", sa.Text(), nullable=False, server_default=""))
        batch_op.add_column(sa.Column("variation", sa.Text(), nullable=False, server_default=""))
        batch_op.add_column(sa.Column("quantity", sa.String(length=40), nullable=True))
    with op.batch_alter_table("catalogues", schema=None) as batch_op:
        batch_op.add_column(sa.Column("source_info", sa.JSON(), nullable=False, server_default=sa.text("'{}'")))
    op.create_table(
        "column_mappings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("headers_key", sa.String(length=64), nullable=False),
        sa.Column("headers", sa.JSON(), nullable=False),
        sa.Column("mapping", sa.JSON(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_column_mappings")),
        sa.UniqueConstraint("headers_key", name=op.f("uq_column_mappings_headers_key")),
    )


def downgrade() -> None:
    op.drop_table("column_mappings")
    with op.batch_alter_table("catalogues", schema=None) as batch_op:
        batch_op.drop_column("source_info")
    with op.batch_alter_table("items", schema=None) as batch_op:
        batch_op.drop_column("quantity")
        batch_op.drop_column("variation")
        batch_op.drop_column("brand")
