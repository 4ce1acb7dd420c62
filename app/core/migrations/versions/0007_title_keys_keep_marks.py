"""title keys keep combining marks

Revision ID: 0007_title_keys_keep_marks
Revises: 0006_decision_actions
Create Date: 2026-11-25 03:00:00

Decision memory matches items by a normalised title. Its normalisation dropped combining marks,
which in Thai are the vowels and tone marks: ตุ๊กตาเสื้อ (shirt doll) and ตุ๊กตาเสือ (tiger doll)
had one key, so a decision on one was given to the other without review. The keys of items and
decisions are computed again with marks kept. Downgrading leaves the new keys: they only make
fewer titles match.
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from app.core.catalogue import normalise_title

revision = "0007_title_keys_keep_marks"
down_revision = "0006_decision_actions"
branch_labels = None
depends_on = None


def upgrade() -> None:
    conn = op.get_bind()
    for table in ("items", "decisions"):
        rows = conn.execute(sa.text(f"SELECT id, title, norm_title FROM {table}")).fetchall()
        changed = [{"id": i, "key": normalise_title(title or "")} for i, title, key in rows
                   if not (title or "").isascii() and normalise_title(title or "") != key]
        if changed:
            conn.execute(sa.text(f"UPDATE {table} SET norm_title = :key WHERE id = :id"), changed)


def downgrade() -> None:
    pass
