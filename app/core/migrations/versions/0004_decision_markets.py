"""markets and flag triggers a decision was made for

Revision ID: 0004_decision_markets
Revises: 0003_address_book
Create Date: 2026-11-24 23:00:00

The review log used to read a decision's markets from the item's current flags, which change
when the markets in Settings change or the print gate adds a destination's flags. Decisions
now record the markets of the flags the reviewer saw; older decisions keep NULL and are
shown with the item's current markets, as before.

Decisions also record each flag they resolved with its trigger. A remembered decision then
settles another item's flag only for the same trigger: a 10000mAh variation's decision does
not clear the 100 Wh block of a 40000mAh variation with the same title. Older decisions
(NULL) settle by rule, as before.
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004_decision_markets"
down_revision = "0003_address_book"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("decisions", schema=None) as batch_op:
        batch_op.add_column(sa.Column("markets", sa.JSON(), nullable=True))
        batch_op.add_column(sa.Column("flags_seen", sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("decisions", schema=None) as batch_op:
        batch_op.drop_column("flags_seen")
        batch_op.drop_column("markets")
