"""decisions taken in one action share an action id

Revision ID: 0006_decision_actions
Revises: 0005_flag_markets
Create Date: 2026-11-25 02:40:00

"Apply to every item with this title" and a decision on several selected items record one
decision per item. They now share ``action_id`` (the first decision's id), so that one undo
takes back the whole action, as the reviewer took it. Older decisions keep NULL and are undone
one at a time, as before.
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006_decision_actions"
down_revision = "0005_flag_markets"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("decisions", schema=None) as batch_op:
        batch_op.add_column(sa.Column("action_id", sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("decisions", schema=None) as batch_op:
        batch_op.drop_column("action_id")
